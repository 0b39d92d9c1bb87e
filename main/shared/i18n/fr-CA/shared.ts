import type { Translation } from '../catalog';
import type en from '../en/shared';

export default {} satisfies Translation<typeof en>;
