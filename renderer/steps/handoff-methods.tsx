// How a handoff can reach the consultant, and the markup helpers its messages use; shared by the
// handoff form and the list of past handoffs.
import type { ReactNode } from 'react';
import type { MessageId } from '../i18n';
import { SENDSAFELY_METHOD } from './SendSafelyPanel';

export type Method = 'keycode' | 'keycode-split' | 'public-key' | 'sendsafely';
export const METHODS: readonly { id: Method; label: MessageId; help: MessageId }[] = [
  { id: 'keycode', label: 'handoff.method.keycode', help: 'handoff.method.keycode.help' },
  { id: 'keycode-split', label: 'handoff.method.keycodeSplit', help: 'handoff.method.keycodeSplit.help' },
  { id: 'public-key', label: 'handoff.method.publicKey', help: 'handoff.method.publicKey.help' },
  SENDSAFELY_METHOD,
];

export const mono = (chunks: ReactNode[]) => <span className="mono">{chunks}</span>;
export const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
