import type { Translation } from '../catalog';
import type en from '../en/errors';

export default {} satisfies Translation<typeof en>;
