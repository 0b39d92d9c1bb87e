import type { Translation } from '../catalog';
import type en from '../en/web';

export default {} satisfies Translation<typeof en>;
