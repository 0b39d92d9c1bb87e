import type { Translation } from '../catalog';
import type en from '../en/packages';

export default {} satisfies Translation<typeof en>;
