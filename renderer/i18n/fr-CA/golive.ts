import type { Translation } from '../../../main/shared/i18n/catalog';
import type en from '../en/golive';

export default {} satisfies Translation<typeof en>;
