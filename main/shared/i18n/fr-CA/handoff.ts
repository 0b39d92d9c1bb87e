import type { Translation } from '../catalog';
import type en from '../en/handoff';

export default {} satisfies Translation<typeof en>;
