import type { Translation } from '../catalog';
import type en from '../en/setup';

export default {} satisfies Translation<typeof en>;
