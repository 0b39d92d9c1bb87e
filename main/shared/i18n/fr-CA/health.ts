import type { Translation } from '../catalog';
import type en from '../en/health';

export default {} satisfies Translation<typeof en>;
