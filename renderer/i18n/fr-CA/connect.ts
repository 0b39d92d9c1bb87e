import type { Translation } from '../../../main/shared/i18n/catalog';
import type en from '../en/connect';

export default {} satisfies Translation<typeof en>;
