// The words of a credential rotation: each step's title and instructions per credential, and the
// lines of the final check. The check is kept on the rotation (SQLite) with its message ids and
// values beside the worded text, so a rotation checked in one language reads in the language of
// whoever opens it later; checks stored before that read as they were worded.
import { t, type MainMessageId } from '../shared/i18n';
import { msg, word, type Message, type Words } from '../shared/health-words';
import { stepRef } from '../shared/step-ref';
import type { StepId } from '../shared/steps';
import type { RotationKind, VerificationCheck } from '../store/rotations';
import type { RotationView } from '../ipc/contract/maintenance';

export type RotationStepId = RotationView['steps'][number]['id'];
type Check = NonNullable<RotationView['verification']>[number];

const KIND_LABEL_IDS = {
  webhook: 'rotation.kind.webhook',
  certn_api_key: 'rotation.kind.certn_api_key',
  icims: 'rotation.kind.icims',
} as const satisfies Record<RotationKind, MainMessageId>;

/** "Webhook username and password", as a label in the console's language. */
export function kindLabel(kind: RotationKind): string {
  return t(KIND_LABEL_IDS[kind]);
}

/** The setup step where each credential is first saved (where to go when there is nothing to rotate). */
export const SETUP_STEP: Record<RotationKind, StepId> = { webhook: 'certn', certn_api_key: 'connect', icims: 'icims' };

interface StepText {
  title: MainMessageId;
  lines: MainMessageId[];
}

/** What each step asks, per credential; a step missing here is the check, the same for all. */
const INSTRUCTIONS: Partial<Record<`${RotationKind}:${RotationStepId}`, StepText>> = {
  'webhook:portal': { title: 'rotation.step.webhook.portal.title', lines: ['rotation.step.webhook.portal.1', 'rotation.step.webhook.portal.2', 'rotation.step.webhook.portal.3'] },
  'webhook:capture': { title: 'rotation.step.webhook.capture.title', lines: ['rotation.step.webhook.capture.1'] },
  'webhook:handoff': { title: 'rotation.step.webhook.handoff.title', lines: ['rotation.step.webhook.handoff.1'] },
  'webhook:apply': { title: 'rotation.step.webhook.apply.title', lines: ['rotation.step.webhook.apply.1'] },
  'webhook:revoke': { title: 'rotation.step.noRevoke.title', lines: ['rotation.step.noRevoke.1'] },
  'certn_api_key:portal': { title: 'rotation.step.certn_api_key.portal.title', lines: ['rotation.step.certn_api_key.portal.1', 'rotation.step.certn_api_key.portal.2'] },
  'certn_api_key:capture': { title: 'rotation.step.certn_api_key.capture.title', lines: ['rotation.step.certn_api_key.capture.1'] },
  'certn_api_key:revoke': { title: 'rotation.step.certn_api_key.revoke.title', lines: ['rotation.step.certn_api_key.revoke.1'] },
  'certn_api_key:handoff': { title: 'rotation.step.noHandoff.title', lines: ['rotation.step.certn_api_key.handoff.1'] },
  'icims:portal': { title: 'rotation.step.icims.portal.title', lines: ['rotation.step.icims.portal.1'] },
  'icims:capture': { title: 'rotation.step.icims.capture.title', lines: ['rotation.step.icims.capture.1'] },
  'icims:apply': { title: 'rotation.step.icims.apply.title', lines: ['rotation.step.icims.apply.1'] },
  'icims:handoff': { title: 'rotation.step.noHandoff.title', lines: ['rotation.step.icims.handoff.1'] },
  'icims:revoke': { title: 'rotation.step.noRevoke.title', lines: ['rotation.step.noRevoke.1'] },
};
const VERIFY: StepText = { title: 'rotation.step.verify.title', lines: ['rotation.step.verify.1'] };

/** A step's title and instructions in the console's language. */
export function instructions(kind: RotationKind, step: RotationStepId): { title: string; lines: string[] } {
  const text = INSTRUCTIONS[`${kind}:${step}`] ?? VERIFY;
  const values = { step: stepRef('handoff') };
  return { title: t(text.title), lines: text.lines.map((id) => t(id, values)) };
}

/** A check as stored: worded now, with what it was worded from. */
export function check(label: Message, ok: boolean, detail: Words): VerificationCheck {
  return { label: word(label), ok, detail: word(detail), words: { label, detail } };
}

/** A stored check in the reader's language. */
export function rewordCheck(c: VerificationCheck): Check {
  return c.words ? { label: word(c.words.label), ok: c.ok, detail: word(c.words.detail) } : { label: c.label, ok: c.ok, detail: c.detail };
}

/** What the endpoint probe saw, in words that do not depend on the language it ran in. */
export function probeDetail(p: { outcome: string; httpStatus?: number }): Message {
  return msg('rotation.check.probeDetail', { outcome: p.outcome, status: p.httpStatus ? String(p.httpStatus) : 'none' });
}
