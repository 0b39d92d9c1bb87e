import type { Translation } from '../../../main/shared/i18n/catalog';
import type en from '../en/healthPage';

export default {} satisfies Translation<typeof en>;
