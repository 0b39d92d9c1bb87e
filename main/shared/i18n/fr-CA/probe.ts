import type { Translation } from '../catalog';
import type en from '../en/probe';

export default {} satisfies Translation<typeof en>;
