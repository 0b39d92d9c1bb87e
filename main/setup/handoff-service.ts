// The handoff step's service (issue 5), shared by the IPC handlers and `npm run handoff`, so a
// handoff made from the terminal is recorded and audited exactly like one made in the window.
// It gathers what the consultant needs from the store and the vault, hands it to main/handoff for
// encryption, and keeps a record of hashes and dates only: the keycode is returned once, never kept.
import { createHash, randomUUID } from 'node:crypto';
import type { Services } from '../app';
import { AppError } from '../shared/errors';
import { nameProblems, visibleName } from '../shared/package-verdict';
import { listPackages } from './packages';
import type { StepId } from '../shared/steps';
import { SANDBOX_ENDPOINT_NOTE } from '../shared/regions';
import { formatDateTimeZoned } from '../shared/time';
import { JOIN_RULE, buildHandoffPayload, createHandoff, handoffFileBase, readRecipientKey, type HandoffMethod } from '../handoff';
import {
  DEFAULT_VALID_DAYS, ROTATION_GUIDANCE,
  type HandoffCreated, type HandoffPreview, type HandoffRecord, type RecipientKeyView,
} from '../ipc/contract/handoff';
import { SendSafelyService } from './sendsafely-service';

export interface CreateHandoffRequest {
  integrationId: string;
  recipientLabel: string;
  validForDays?: number;
  method: HandoffMethod | 'sendsafely';
  recipientPublicKey?: string;
  confirmedFingerprint?: string;
  /** SendSafely: the consultant's e-mail address. */
  recipientEmail?: string;
  /** SendSafely: let SendSafely e-mail the link, handing it the keyCode. */
  notifyBySendSafely?: boolean;
}

/** Where the request came from, for the audit trail. */
export type HandoffVia = 'console' | 'cli';

export const MISSING_WEBHOOK = 'The webhook username and password from Certn are not saved: go to step 3, Certn connection.';
export const MISSING_WEBHOOK_USERNAME = 'The webhook username from Certn is not saved: go to step 3, Certn connection.';
export const MISSING_WEBHOOK_PASSWORD = 'The webhook password from Certn is not saved: go to step 3, Certn connection.';
export const MISSING_PACKAGES = 'No package is selected for iCIMS: go to step 1, Packages, and select at least one.';
export const MISSING_CUSTOMER_ID = 'The iCIMS Customer ID is not saved: go to step 2, iCIMS request.';
// The handoff carries only a confirmed endpoint, so the sandbox's (unconfirmed) one is not handed over.
const SANDBOX_NO_ENDPOINT = `${SANDBOX_ENDPOINT_NOTE} Until Certn confirms it, make the handoff from a live region (North America, EMEA, Asia Pacific) or from the local simulator.`;
const MAX_PACKAGES = 200;

interface HandoffRow {
  id: string;
  created_at: string;
  expires_at: string;
  recipient_label: string;
  method: HandoffMethod | 'sendsafely';
  sha256: string;
  sha256_html: string | null;
  file_base: string | null;
  fingerprint: string | null;
  leaked_at: string | null;
  ss_package_id: string | null;
  ss_host: string | null;
  ss_recipient: string | null;
  ss_life_days: number | null;
  ss_notified: number | null;
  ss_state: string | null;
  ss_opened_at: string | null;
  ss_openings: number | null;
  ss_checked_at: string | null;
  ss_deleted_at: string | null;
}

export { visibleName };

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const bareFingerprint = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export class HandoffService {
  readonly sendsafely: SendSafelyService;

  constructor(private readonly s: Services) {
    this.sendsafely = new SendSafelyService(s);
  }

  async preview(integrationId: string): Promise<HandoffPreview> {
    const integration = this.s.integrations.get(integrationId);
    const problems: { message: string; step: StepId | null }[] = [];
    const need = (message: string, step: StepId | null) => problems.push({ message, step });

    const user = this.s.vault.info(integrationId, 'webhook_username');
    const pass = this.s.vault.info(integrationId, 'webhook_password');
    if (!user && !pass) need(MISSING_WEBHOOK, 'certn');
    else if (!user) need(MISSING_WEBHOOK_USERNAME, 'certn');
    else if (!pass) need(MISSING_WEBHOOK_PASSWORD, 'certn');

    const rows = listPackages(this.s.setup, integrationId, { selected: true });
    if (rows.length === 0) need(MISSING_PACKAGES, 'packages');
    if (rows.length > MAX_PACKAGES) need(`${rows.length} packages are selected; a handoff holds at most ${MAX_PACKAGES}: unselect some in step 1, Packages.`, 'packages');
    for (const r of rows) {
      if (!r.name.trim()) need(`A selected package (ID ${r.id}) has no name: check it in step 1, Packages.`, 'packages');
      else if (r.name.length > 200) need(`The package “${r.name.slice(0, 40)}…” has a name longer than 200 characters: check it in step 1, Packages.`, 'packages');
      if (!/^\S{1,100}$/.test(r.id)) need(`The package “${r.name.trim()}” has an ID with spaces or over 100 characters: check it in step 1, Packages.`, 'packages');
      const v = r.verification.verdict;
      if (v.level === 'blocked' && !r.override) need(`The package “${r.name.trim()}” will fail when ordered (${v.blockers.join(', ')}): in step 1, Packages, unselect it, fix it in Certn, or select it anyway with an override.`, 'packages');
    }

    const rawCustomerId = this.s.settings.get<unknown>(integrationId, 'icimsCustomerId');
    const customerId = typeof rawCustomerId === 'string' || typeof rawCustomerId === 'number' ? String(rawCustomerId).trim() || null : null;
    if (!customerId) need(MISSING_CUSTOMER_ID, 'icims');
    else if (!/^\S{1,100}$/.test(customerId)) need('The iCIMS Customer ID contains spaces or is over 100 characters: correct it in step 2, iCIMS request.', 'icims');

    let endpointUrl: string | null = null;
    if (integration.environment === 'sandbox') need(SANDBOX_NO_ENDPOINT, null);
    else {
      try {
        endpointUrl = await this.s.setup.endpointUrl(integrationId);
      } catch (e) {
        need(e instanceof AppError ? `${e.message} ${e.hint ?? ''}`.trim() : 'The Certn endpoint could not be worked out.', null);
      }
    }

    const fileBase = handoffFileBase(integration.name);
    return {
      integrationName: integration.name,
      companyLabel: this.companyLabel(integrationId, integration.name),
      environment: integration.environment,
      endpointUrl,
      icimsCustomerId: customerId,
      webhookUsername: { saved: !!user, masked: user?.masked ?? null },
      webhookPassword: { saved: !!pass, masked: pass?.masked ?? null },
      packages: rows.map((r) => ({ id: r.id, name: r.name, visibleName: visibleName(r.name), nameIssues: nameProblems(r.name), verdict: r.verification.verdict, overridden: !!r.override })),
      ascFileName: `${fileBase}.asc`,
      htmlFileName: `${fileBase}.html`,
      missing: problems.map((p) => p.message),
      problems,
      ready: problems.length === 0,
    };
  }

  async create(req: CreateHandoffRequest, via: HandoffVia = 'console'): Promise<HandoffCreated> {
    const integration = this.s.integrations.get(req.integrationId);
    const preview = await this.preview(req.integrationId);
    if (!preview.ready) {
      throw new AppError('handoff_not_ready', `The handoff cannot be made yet. ${preview.missing.join(' ')}`, 'Complete the steps named, then make the handoff again.');
    }
    const recipientLabel = req.recipientLabel.trim();
    if (!recipientLabel) throw new AppError('handoff_invalid', 'Say who the handoff is for.', 'For example the consultant’s name and company.');
    if (req.method === 'public-key') await this.checkConfirmedKey(req);
    const recipientEmail = req.recipientEmail?.trim();
    if (req.method === 'sendsafely') {
      if (!recipientEmail || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(recipientEmail)) {
        throw new AppError('handoff_invalid', 'Enter the consultant’s e-mail address: SendSafely sends the package to it.', 'The consultant verifies this address before the package opens.');
      }
      // Fails early, before anything is built, when the account is not connected.
      await this.sendsafely.client(req.integrationId);
    }

    const environment = integration.environment;
    const payload = buildHandoffPayload({
      integrationName: integration.name,
      companyLabel: preview.companyLabel,
      environment,
      simulatorBaseUrl: environment === 'simulator' ? await this.s.setup.certnBaseUrl(req.integrationId) : undefined,
      icimsCustomerId: preview.icimsCustomerId!,
      webhookUsername: this.s.vault.read(req.integrationId, 'webhook_username'),
      webhookPassword: this.s.vault.read(req.integrationId, 'webhook_password'),
      packages: preview.packages.map((p) => ({ id: p.id, name: p.name })),
      validForDays: req.validForDays ?? DEFAULT_VALID_DAYS,
      now: this.s.clock.now(),
    });
    if (req.method === 'sendsafely') return this.createSendSafely(req, recipientLabel, recipientEmail!, payload, via);
    const made = await createHandoff({ payload, method: req.method, recipientPublicKeyArmored: req.recipientPublicKey });

    const id = randomUUID();
    // The record and its audit row commit together.
    this.s.db.transaction(() => {
      this.s.db
        .prepare(
          `INSERT INTO handoffs (id, integration_id, created_at, expires_at, recipient_label, method, sha256, sha256_html, file_base, fingerprint)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, req.integrationId, made.record.createdAt, made.record.expiresAt, recipientLabel, made.method, made.sha256Asc, made.sha256Html ?? null, made.fileBase, made.fingerprint ?? null);
      this.s.audit.record('handoff.created', req.integrationId, {
        handoffId: id,
        recipientLabel,
        method: made.method,
        sha256: made.sha256Asc,
        ...(made.sha256Html ? { sha256Html: made.sha256Html } : {}),
        ...(made.fingerprint ? { fingerprint: made.fingerprint } : {}),
        expiresAt: made.record.expiresAt,
        packageCount: payload.packages.length,
        via,
      });
    })();

    const files = [{ name: made.ascFileName, content: made.armored, mimeType: 'application/pgp-encrypted', sha256: made.sha256Asc }];
    if (made.html && made.htmlFileName) files.push({ name: made.htmlFileName, content: made.html, mimeType: 'text/html', sha256: sha256Hex(made.html) });
    return {
      record: this.get(req.integrationId, id),
      files,
      keycode: made.keycode ?? null,
      keycodeParts: made.keycodeParts ?? null,
      fingerprint: made.fingerprint ?? null,
      secureLink: null,
      consultantInstructions: consultantInstructions(made.method, made.ascFileName, made.htmlFileName ?? null, made.record.expiresAt),
    };
  }

  /** One SendSafely package with the same payload the files carry; the link comes back once. */
  private async createSendSafely(req: CreateHandoffRequest, recipientLabel: string, recipientEmail: string, payload: ReturnType<typeof buildHandoffPayload>, via: HandoffVia): Promise<HandoffCreated> {
    const lifeDays = req.validForDays ?? DEFAULT_VALID_DAYS;
    const notify = req.notifyBySendSafely === true;
    // The same bytes the .asc file holds, so the consultant reads exactly what the other methods carry.
    const message = JSON.stringify(payload, null, 2) + '\n';
    const sent = await this.sendsafely.send(req.integrationId, { message, recipientEmail, lifeDays, notify });
    const id = randomUUID();
    const sha256 = createHash('sha256').update(Buffer.from(sent.encryptedMessage, 'base64')).digest('hex');
    this.s.db.transaction(() => {
      this.s.db
        .prepare(
          `INSERT INTO handoffs (id, integration_id, created_at, expires_at, recipient_label, method, sha256, ss_package_id, ss_host, ss_recipient, ss_life_days, ss_notified, ss_state, ss_openings)
           VALUES (?, ?, ?, ?, ?, 'sendsafely', ?, ?, ?, ?, ?, ?, ?, 0)`,
        )
        .run(id, req.integrationId, payload.createdAt, payload.expiresAt, recipientLabel, sha256, sent.packageId, sent.host, recipientEmail, lifeDays, notify ? 1 : 0, 'Waiting for Pickup');
      this.s.audit.record('handoff.created', req.integrationId, {
        handoffId: id, recipientLabel, method: 'sendsafely', sha256, packageId: sent.packageId, recipientEmail, lifeDays,
        notifiedBySendSafely: notify, escrowedKeys: sent.escrowedKeyIds.length, expiresAt: payload.expiresAt, packageCount: payload.packages.length, via,
      });
    })();
    return {
      record: this.get(req.integrationId, id),
      files: [],
      keycode: null,
      keycodeParts: null,
      fingerprint: null,
      secureLink: sent.link,
      consultantInstructions: sendSafelyInstructions(recipientEmail, notify, payload.expiresAt),
    };
  }

  /** Asks SendSafely, one package at a time, whether each consultant has opened their package. */
  async refreshTracking(integrationId: string): Promise<HandoffRecord[]> {
    const rows = (this.s.db.prepare("SELECT * FROM handoffs WHERE integration_id = ? AND method = 'sendsafely' AND ss_deleted_at IS NULL").all(integrationId) as HandoffRow[])
      .filter((r) => r.ss_state !== 'deleted');
    if (rows.length) {
      const client = await this.sendsafely.client(integrationId);
      const update = this.s.db.prepare('UPDATE handoffs SET ss_state = ?, ss_opened_at = COALESCE(ss_opened_at, ?), ss_openings = ?, ss_checked_at = ? WHERE id = ?');
      for (const r of rows) {
        const t = await this.sendsafely.track(client, r.ss_package_id!, r.ss_recipient!);
        if (t.openedAt && !r.ss_opened_at) this.s.audit.record('handoff.opened', integrationId, { handoffId: r.id, packageId: r.ss_package_id, openedAt: t.openedAt });
        update.run(t.state, t.openedAt, t.openings, this.s.clock.now().toISOString(), r.id);
      }
    }
    return this.list(integrationId);
  }

  list(integrationId: string): HandoffRecord[] {
    this.s.integrations.get(integrationId);
    const rows = this.s.db.prepare('SELECT * FROM handoffs WHERE integration_id = ? ORDER BY created_at DESC, rowid DESC').all(integrationId) as HandoffRow[];
    return rows.map((r) => this.toRecord(integrationId, r, rows));
  }

  async markLeaked(integrationId: string, handoffId: string, deleteFromSendSafely = false): Promise<{ record: HandoffRecord; guidance: string[]; sendsafelyProblem: string | null }> {
    const before = this.get(integrationId, handoffId);
    if (!before.leakedAt) {
      // The first time counts: marking again must not move the moment rotation is measured from.
      this.s.db.transaction(() => {
        this.s.db.prepare('UPDATE handoffs SET leaked_at = ? WHERE id = ? AND integration_id = ?').run(this.s.clock.now().toISOString(), handoffId, integrationId);
        this.s.audit.record('handoff.leaked', integrationId, { handoffId, recipientLabel: before.recipientLabel, sha256: before.sha256 });
      })();
    }
    let sendsafelyProblem: string | null = null;
    const ss = before.sendsafely;
    if (deleteFromSendSafely && ss && !ss.deletedAt) {
      // The leak stays recorded even if SendSafely cannot be reached: the admin can delete again.
      try {
        const client = await this.sendsafely.client(integrationId);
        await client.deletePackage(ss.packageId).catch((e: unknown) => {
          if (!(e instanceof AppError && e.code === 'sendsafely_unknown_package')) throw e;
        });
        this.s.db.prepare("UPDATE handoffs SET ss_deleted_at = ?, ss_state = 'deleted' WHERE id = ?").run(this.s.clock.now().toISOString(), handoffId);
        this.s.audit.record('handoff.sendsafely_deleted', integrationId, { handoffId, packageId: ss.packageId });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        sendsafelyProblem = `The package was not deleted from SendSafely: ${e.message}${e.hint ? ` ${e.hint}` : ''}`;
      }
    }
    return { record: this.get(integrationId, handoffId), guidance: [...ROTATION_GUIDANCE], sendsafelyProblem };
  }

  async readRecipientKey(armored: string): Promise<RecipientKeyView> {
    try {
      const info = await readRecipientKey(armored, this.s.clock.now());
      return { fingerprint: info.fingerprint, userIds: info.userIds, expires: info.expires, canEncrypt: info.canEncrypt, problems: info.problem ? [info.problem] : [] };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      return { fingerprint: null, userIds: [], expires: null, canEncrypt: false, problems: [e.hint ? `${e.message} ${e.hint}` : e.message] };
    }
  }

  private get(integrationId: string, handoffId: string): HandoffRecord {
    const rows = this.s.db.prepare('SELECT * FROM handoffs WHERE integration_id = ?').all(integrationId) as HandoffRow[];
    const row = rows.find((r) => r.id === handoffId);
    if (!row) throw new AppError('not_found', 'That handoff is not on record for this integration.', 'Reload the list of handoffs.');
    return this.toRecord(integrationId, row, rows);
  }

  private toRecord(integrationId: string, r: HandoffRow, all: HandoffRow[]): HandoffRecord {
    const now = this.s.clock.now().getTime();
    let rotated: boolean | null = null;
    let reissued: boolean | null = null;
    if (r.leaked_at) {
      const saved = this.s.vault.info(integrationId, 'webhook_password')?.updatedAt;
      rotated = !!saved && saved > r.leaked_at;
      reissued = all.some((o) => o.id !== r.id && o.created_at > r.leaked_at!);
    }
    return {
      id: r.id,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      expired: Date.parse(r.expires_at) <= now,
      recipientLabel: r.recipient_label,
      method: r.method,
      sha256: r.sha256,
      sha256Html: r.sha256_html,
      fileBase: r.file_base,
      fingerprint: r.fingerprint,
      leakedAt: r.leaked_at,
      rotatedSinceLeak: rotated,
      reissuedSinceLeak: reissued,
      sendsafely: r.ss_package_id
        ? {
          packageId: r.ss_package_id,
          host: r.ss_host ?? '',
          recipientEmail: r.ss_recipient ?? '',
          lifeDays: r.ss_life_days ?? 0,
          notified: r.ss_notified === 1,
          state: r.ss_state,
          openedAt: r.ss_opened_at,
          openings: r.ss_openings ?? 0,
          checkedAt: r.ss_checked_at,
          deletedAt: r.ss_deleted_at,
        }
        : null,
    };
  }

  private companyLabel(integrationId: string, fallback: string): string {
    return this.s.settings.get<string>(integrationId, 'company')?.trim() || fallback;
  }

  /** A key swapped between the phone call and Create must not be used. */
  private async checkConfirmedKey(req: CreateHandoffRequest): Promise<void> {
    if (!req.recipientPublicKey) {
      throw new AppError('handoff_recipient_key_missing', 'No public key was given for the consultant.', "Paste or import the consultant's OpenPGP public key, or choose a keycode instead.");
    }
    if (req.confirmedFingerprint === undefined) return;
    const info = await this.readRecipientKey(req.recipientPublicKey);
    if (!info.fingerprint || bareFingerprint(info.fingerprint) !== bareFingerprint(req.confirmedFingerprint)) {
      throw new AppError('handoff_fingerprint_mismatch', 'The public key does not have the fingerprint you confirmed.', 'Read the fingerprint shown now to the consultant again before making the handoff.');
    }
  }
}

/** What to tell the consultant about a SendSafely package. */
export function sendSafelyInstructions(email: string, notified: boolean, expiresAt: string): string[] {
  return [
    notified
      ? `SendSafely e-mails the secure link to ${email}.`
      : `Send the secure link to ${email} yourself, for example by e-mail or chat: SendSafely has not e-mailed it. Anyone who has the link and can read that mailbox can open the package.`,
    `The consultant opens the link in a browser, confirms ${email} with the code SendSafely sends there, and reads the values; no account or software is needed.`,
    `SendSafely deletes the package after ${formatDateTimeZoned(expiresAt)}. You can see here when it was opened, and delete it early by marking the handoff as leaked.`,
  ];
}

/** What the admin sends along (by email, chat or phone): how the consultant opens the files. */
export function consultantInstructions(method: HandoffMethod, ascName: string, htmlName: string | null, expiresAt: string): string[] {
  const gpg = `gpg --output certn-icims-handoff.json --decrypt ${ascName}`;
  const until = `The handoff is marked valid until ${formatDateTimeZoned(expiresAt)}. This is advisory: the file itself keeps working, so ask the consultant to delete it once the values are in iCIMS.`;
  if (method === 'public-key') {
    return [
      `Send ${ascName} to the consultant by email or a file share. Only their private key opens it, so no keycode is needed.`,
      `The consultant runs: ${gpg}`,
      'GnuPG asks for their own key’s passphrase, if it has one, and writes the values as JSON.',
      until,
    ];
  }
  const keycodeLine = method === 'keycode-split'
    ? 'Send part 1 and part 2 of the keycode by two different channels (for example part 1 by phone and part 2 by text message), never in the email that carries the files.'
    : 'Tell the consultant the keycode by a different channel, for example by phone, never in the email that carries the files.';
  const typed = method === 'keycode-split' ? `${JOIN_RULE} Capitals and dashes exactly as given.` : 'Type the keycode exactly as given (capitals and dashes).';
  return [
    `Send ${ascName}${htmlName ? ` and ${htmlName}` : ''} to the consultant by email or a file share.`,
    keycodeLine,
    `With GnuPG (2.2 or later): run ${gpg} and enter the keycode when asked for the passphrase. ${typed}`,
    ...(htmlName ? [`Without GnuPG: open ${htmlName} in a current browser (it works offline and sends nothing), enter the keycode${method === 'keycode-split' ? ' (part 1 and part 2)' : ''} and copy the values. Mail filters often strip .html attachments: if it does not arrive, use a file share or GnuPG.`] : []),
    until,
  ];
}
