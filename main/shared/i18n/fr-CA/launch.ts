import type { Translation } from '../catalog';
import type en from '../en/launch';

export default {} satisfies Translation<typeof en>;
