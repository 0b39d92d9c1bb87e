import type { Translation } from '../catalog';
import type en from '../en/sendsafely';

export default {} satisfies Translation<typeof en>;
