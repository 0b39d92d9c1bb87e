import type { Translation } from '../catalog';
import type en from '../en/email';

export default {} satisfies Translation<typeof en>;
