// Step 4, Handoff: the service shared by the IPC handlers and `npm run handoff`, so a
// handoff made from the terminal is recorded and audited exactly like one made in the window.
// It gathers what the consultant needs from the store and the vault, hands it to main/handoff for
// encryption, and keeps a record of hashes and dates only: the keycode is returned once, never kept.
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { nameProblems } from '../../shared/package-verdict';
import { visibleName } from '../../shared/visible-name';
import { sandboxEndpointNote } from '../../shared/regions';
import { currentLocale, t, translator } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n/locales';
import { buildHandoffPayload, createHandoff, handoffFileBase, readRecipientKey, type HandoffMethod } from '../../handoff';
import { consultantInstructions, sendSafelyInstructions } from '../../handoff/instructions';
import type { HandoffRow } from '../../store/handoffs';
import type { Handlers } from '../../ipc/contract';
import {
  DEFAULT_VALID_DAYS,
  type HandoffCreated, type HandoffPreview, type HandoffRecord, type RecipientKeyView,
} from '../../ipc/contract/handoff';
import type { StepDeps } from '../deps';
import type { Problem } from '../readiness';
import { SendSafelyService } from '../sendsafely';
import { linkHandoffToRotation } from '../rotation';
import { stepRef } from '../../shared/step-ref';

export type HandoffDeps = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'integrations' | 'settings' | 'vault' | 'handoffs' | 'rotations' | 'apis' | 'readiness'>;

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
  /** The language of what the consultant reads; the console's when absent. */
  language?: Locale;
}

/** Where the request came from, for the audit trail. */
export type HandoffVia = 'console' | 'cli';

export { missingCustomerId, missingPackages, missingWebhook, missingWebhookPassword, missingWebhookUsername } from '../readiness';
// The handoff carries only a confirmed endpoint, so the sandbox's (unconfirmed) one is not handed over.
const sandboxNoEndpoint = () => t('setup.handoff.sandboxNoEndpoint', { note: sandboxEndpointNote(t) });

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const bareFingerprint = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export class HandoffService {
  readonly sendsafely: SendSafelyService;

  constructor(private readonly s: HandoffDeps) {
    this.sendsafely = new SendSafelyService(s);
  }

  async preview(integrationId: string): Promise<HandoffPreview> {
    const integration = this.s.integrations.get(integrationId);
    const facts = this.s.readiness.of(integrationId);
    const problems: Problem[] = facts.handoffProblems();
    const need = (message: string, step: Problem['step']) => problems.push({ message, step });

    const user = this.s.vault.info(integrationId, 'webhook_username');
    const pass = this.s.vault.info(integrationId, 'webhook_password');
    const rows = facts.selectedPackages;
    const customerId = facts.icimsCustomerId;

    let endpointUrl: string | null = null;
    if (integration.environment === 'sandbox') need(sandboxNoEndpoint(), null);
    else {
      try {
        endpointUrl = await this.s.apis.endpointUrl(integrationId);
      } catch (e) {
        need(e instanceof AppError ? `${e.message} ${e.hint ?? ''}`.trim() : t('setup.handoff.noEndpoint'), null);
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
      packages: rows.map((r) => ({ id: r.id, name: r.name, visibleName: visibleName(r.name), nameIssues: nameProblems(r.name, t), verdict: r.verification.verdict, overridden: !!r.override })),
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
      throw new AppError('handoff_not_ready', t('setup.handoff.notReady', { missing: preview.missing.join(' ') }), t('setup.handoff.notReady.hint'));
    }
    const recipientLabel = req.recipientLabel.trim();
    if (!recipientLabel) throw new AppError('handoff_invalid', t('setup.handoff.noRecipient'), t('setup.handoff.noRecipient.hint'));
    if (req.method === 'public-key') await this.checkConfirmedKey(req);
    const recipientEmail = req.recipientEmail?.trim();
    if (req.method === 'sendsafely') {
      if (!recipientEmail || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(recipientEmail)) {
        throw new AppError('handoff_invalid', t('setup.handoff.noEmail'), t('setup.handoff.noEmail.hint'));
      }
      // Fails early, before anything is built, when the account is not connected.
      await this.sendsafely.client(req.integrationId);
    }

    const environment = integration.environment;
    const payload = buildHandoffPayload({
      integrationName: integration.name,
      companyLabel: preview.companyLabel,
      environment,
      simulatorBaseUrl: environment === 'simulator' ? await this.s.apis.certnBaseUrl(req.integrationId) : undefined,
      icimsCustomerId: preview.icimsCustomerId!,
      webhookUsername: this.s.vault.read(req.integrationId, 'webhook_username'),
      webhookPassword: this.s.vault.read(req.integrationId, 'webhook_password'),
      packages: preview.packages.map((p) => ({ id: p.id, name: p.name })),
      validForDays: req.validForDays ?? DEFAULT_VALID_DAYS,
      now: this.s.clock.now(),
      language: req.language,
    });
    if (req.method === 'sendsafely') return this.createSendSafely(req, recipientLabel, recipientEmail!, payload, via);
    const made = await createHandoff({ payload, method: req.method, recipientPublicKeyArmored: req.recipientPublicKey, language: req.language });

    const id = randomUUID();
    // The record and its audit row commit together.
    this.s.tx(() => {
      this.s.handoffs.insertFile({
        id, integrationId: req.integrationId, createdAt: made.record.createdAt, expiresAt: made.record.expiresAt, recipientLabel,
        method: made.method, sha256: made.sha256Asc, sha256Html: made.sha256Html ?? null, fileBase: made.fileBase, fingerprint: made.fingerprint ?? null, packages: payload.packages,
      });
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
      linkHandoffToRotation(this.s, req.integrationId, id);
    });

    const files = [{ name: made.ascFileName, content: made.armored, mimeType: 'application/pgp-encrypted', sha256: made.sha256Asc }];
    if (made.html && made.htmlFileName) files.push({ name: made.htmlFileName, content: made.html, mimeType: 'text/html', sha256: sha256Hex(made.html) });
    return {
      record: this.get(req.integrationId, id),
      files,
      keycode: made.keycode ?? null,
      keycodeParts: made.keycodeParts ?? null,
      fingerprint: made.fingerprint ?? null,
      secureLink: null,
      consultantInstructions: consultantInstructions(translator(req.language ?? currentLocale()), made.method, made.ascFileName, made.htmlFileName ?? null, made.record.expiresAt),
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
    this.s.tx(() => {
      this.s.handoffs.insertSendSafely({
        id, integrationId: req.integrationId, createdAt: payload.createdAt, expiresAt: payload.expiresAt, recipientLabel, sha256,
        packageId: sent.packageId, host: sent.host, recipientEmail, lifeDays, notified: notify,
        // i18n-ignore: SendSafely's own state name, as its API reports it
        state: 'Waiting for Pickup',
        packages: payload.packages,
      });
      this.s.audit.record('handoff.created', req.integrationId, {
        handoffId: id, recipientLabel, method: 'sendsafely', sha256, packageId: sent.packageId, recipientEmail, lifeDays,
        notifiedBySendSafely: notify, escrowedKeys: sent.escrowedKeyIds.length, expiresAt: payload.expiresAt, packageCount: payload.packages.length, via,
      });
      linkHandoffToRotation(this.s, req.integrationId, id);
    });
    return {
      record: this.get(req.integrationId, id),
      files: [],
      keycode: null,
      keycodeParts: null,
      fingerprint: null,
      secureLink: sent.link,
      consultantInstructions: sendSafelyInstructions(translator(req.language ?? currentLocale()), recipientEmail, notify, payload.expiresAt),
    };
  }

  /** Asks SendSafely, one package at a time, whether each consultant has opened their package. */
  async refreshTracking(integrationId: string): Promise<HandoffRecord[]> {
    const rows = this.s.handoffs.trackable(integrationId);
    if (rows.length) {
      const client = await this.sendsafely.client(integrationId);
      for (const r of rows) {
        const t = await this.sendsafely.track(client, r.ss_package_id!, r.ss_recipient!);
        if (t.openedAt && !r.ss_opened_at) this.s.audit.record('handoff.opened', integrationId, { handoffId: r.id, packageId: r.ss_package_id, openedAt: t.openedAt });
        this.s.handoffs.recordTracking(r.id, { ...t, checkedAt: this.s.clock.now().toISOString() });
      }
    }
    return this.list(integrationId);
  }

  list(integrationId: string): HandoffRecord[] {
    this.s.integrations.get(integrationId);
    const rows = this.s.handoffs.list(integrationId);
    return rows.map((r) => this.toRecord(integrationId, r, rows));
  }

  async markLeaked(integrationId: string, handoffId: string, deleteFromSendSafely = false): Promise<{ record: HandoffRecord; guidance: string[]; sendsafelyProblem: string | null }> {
    const before = this.get(integrationId, handoffId);
    if (!before.leakedAt) {
      // The first time counts: marking again must not move the moment rotation is measured from.
      this.s.tx(() => {
        this.s.handoffs.markLeaked(integrationId, handoffId, this.s.clock.now().toISOString());
        this.s.audit.record('handoff.leaked', integrationId, { handoffId, recipientLabel: before.recipientLabel, sha256: before.sha256 });
      });
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
        this.s.handoffs.markDeletedFromSendSafely(handoffId, this.s.clock.now().toISOString());
        this.s.audit.record('handoff.sendsafely_deleted', integrationId, { handoffId, packageId: ss.packageId });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        sendsafelyProblem = t('setup.handoff.notDeleted', { problem: e.hint ? `${e.message} ${e.hint}` : e.message });
      }
    }
    return { record: this.get(integrationId, handoffId), guidance: leakGuidance(), sendsafelyProblem };
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
    const rows = this.s.handoffs.list(integrationId);
    const row = rows.find((r) => r.id === handoffId);
    if (!row) throw new AppError('not_found', t('setup.handoff.notFound'), t('setup.handoff.notFound.hint'));
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
      supersededAt: r.superseded_at,
      supersededBy: r.superseded_by,
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
    return this.s.settings.get(integrationId, 'company')?.trim() || fallback;
  }

  /** A key swapped between the phone call and Create must not be used. */
  private async checkConfirmedKey(req: CreateHandoffRequest): Promise<void> {
    if (!req.recipientPublicKey) {
      throw new AppError('handoff_recipient_key_missing', t('setup.handoff.noKey'), t('setup.handoff.noKey.hint'));
    }
    if (req.confirmedFingerprint === undefined) return;
    const info = await this.readRecipientKey(req.recipientPublicKey);
    if (!info.fingerprint || bareFingerprint(info.fingerprint) !== bareFingerprint(req.confirmedFingerprint)) {
      throw new AppError('handoff_fingerprint_mismatch', t('setup.handoff.fingerprint'), t('setup.handoff.fingerprint.hint'));
    }
  }
}

/** Step 4's service: the `handoff` domain of the contract. */
export function handoffStep(d: HandoffDeps): Handlers['handoff'] {
  const svc = new HandoffService(d);
  return {
    preview: ({ integrationId }) => svc.preview(integrationId),
    create: (input) => svc.create(input, 'console'),
    list: ({ integrationId }) => svc.list(integrationId),
    markLeaked: ({ integrationId, handoffId, deleteFromSendSafely }) => svc.markLeaked(integrationId, handoffId, deleteFromSendSafely),
    refreshTracking: ({ integrationId }) => svc.refreshTracking(integrationId),
    sendsafelyStatus: ({ integrationId }) => svc.sendsafely.status(integrationId),
    sendsafelyConnect: ({ integrationId, ...input }) => svc.sendsafely.connect(integrationId, input),
    sendsafelyDisconnect: ({ integrationId }) => svc.sendsafely.disconnect(integrationId),
    sendsafelySimulatorAccount: ({ integrationId }) => svc.sendsafely.simulatorAccount(integrationId),
    readRecipientKey: ({ armored }) => svc.readRecipientKey(armored),
  };
}

/** What to do once a handoff may have leaked, in the console's language; the page words the same messages. */
function leakGuidance(): string[] {
  return [
    t('shared.leak.guidance.portal'),
    t('shared.leak.guidance.save', { golive: stepRef('golive'), certn: stepRef('certn') }),
    t('shared.leak.guidance.reissue'),
    t('shared.leak.guidance.tell'),
  ];
}
