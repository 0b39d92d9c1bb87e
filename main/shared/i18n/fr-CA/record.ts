import type { Translation } from '../catalog';
import type en from '../en/record';

export default {} satisfies Translation<typeof en>;
