import type { Translation } from '../catalog';
import type en from '../en/rotation';

export default {} satisfies Translation<typeof en>;
