// One handoff as one message-only SendSafely package, in the SDKs' order. The keyCode lives only
// in this function and in the returned link; SendSafely gets the checksum and escrowed copies.
import { SendSafelyClient } from './client';
import { encryptMessage, escrowKeyCode, generateKeyCode, keyCodeChecksum, secureLink } from './crypto';

export interface SendPackageInput {
  client: SendSafelyClient;
  /** The exact text the recipient reads (the handoff payload as JSON). */
  message: string;
  recipientEmail: string;
  lifeDays: number;
  /** Lets SendSafely e-mail the link, which hands it the keyCode. Off unless the admin chose it. */
  notify?: boolean;
  signal?: AbortSignal;
  /** Each step as it completes, for progress and tests. */
  onStep?: (step: SendStep) => void;
}

export type SendStep = 'created' | 'recipient' | 'message' | 'life' | 'keys' | 'finalized' | 'notified';

export interface SentPackage {
  packageId: string;
  /** Shown once; carries the keyCode in its fragment. Never stored. */
  link: string;
  /** The base64 OpenPGP message as uploaded, so the caller can record its hash. */
  encryptedMessage: string;
  escrowedKeyIds: string[];
}

export async function sendPackage(input: SendPackageInput): Promise<SentPackage> {
  const { client, signal } = input;
  const step = (s: SendStep) => input.onStep?.(s);
  const pkg = await client.createPackage(signal);
  step('created');
  const keyCode = generateKeyCode();
  await client.addRecipients(pkg.packageId, [input.recipientEmail], signal);
  step('recipient');
  const encryptedMessage = await encryptMessage(input.message, pkg.serverSecret, keyCode);
  await client.saveMessage(pkg.packageId, encryptedMessage, signal);
  step('message');
  await client.setLife(pkg.packageId, input.lifeDays, signal);
  step('life');
  // Skipping a listed key would lock the organisation's master key (or a trusted device) out.
  const keys = await client.publicKeys(pkg.packageId, signal);
  for (const k of keys) await client.uploadKeycode(pkg.packageId, k.id, await escrowKeyCode(keyCode, k.key), signal);
  step('keys');
  const base = await client.finalize(pkg.packageId, keyCodeChecksum(keyCode, pkg.packageCode), signal);
  step('finalized');
  if (input.notify) {
    await client.notify(pkg.packageId, keyCode, signal);
    step('notified');
  }
  return { packageId: pkg.packageId, link: secureLink(base, keyCode), encryptedMessage, escrowedKeyIds: keys.map((k) => k.id) };
}
