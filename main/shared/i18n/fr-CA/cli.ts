import type { Translation } from '../catalog';
import type en from '../en/cli';

export default {} satisfies Translation<typeof en>;
