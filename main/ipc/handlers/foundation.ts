import { auditFacts, auditSentence } from '../../shared/audit-words';
import { AppError } from '../../shared/errors';
import { fileSlug } from '../../shared/slug';
import type { Services } from '../../services';
import { ok } from '../contract/define';
import type { Handlers } from '../contract';
import { t } from '../../shared/i18n';

type FoundationHandlers = Pick<Handlers, 'app' | 'vault' | 'prefs' | 'integrations' | 'secrets' | 'audit'>;

export function foundationHandlers(s: Services): FoundationHandlers {
  const { vault, prefs, integrations, audit } = s;
  return {
    app: {
      info: () => ({ version: s.opts.version ?? '0.0.0', mode: s.opts.mode, dataDir: s.opts.dataDir, logDir: s.opts.logDir ?? null }),
    },
    vault: {
      status: () => vault.status(),
      init: async ({ passphrase }) => (await vault.init(passphrase), vault.status()),
      unlock: async ({ passphrase }) => (await vault.unlock(passphrase), vault.status()),
      lock: () => (vault.lock(), vault.status()),
      changePassphrase: async ({ current, next }) => (await vault.changePassphrase(current, next), vault.status()),
    },
    prefs: {
      get: () => {
        const p = prefs.get();
        return { ...p, locale: prefs.locale(p) };
      },
      set: (patch) => {
        const next = prefs.set(patch);
        vault.autoLockMinutes = next.autoLockMinutes;
        return { ...next, locale: prefs.locale(next) };
      },
    },
    integrations: {
      list: () => integrations.list(),
      create: ({ name, environment }) => {
        // Each change commits with its audit entry: a crash leaves both or neither.
        const row = s.db.transaction(() => {
          const created = integrations.create(name, environment);
          audit.record('integration.created', created.id, { name, environment });
          return created;
        })();
        prefs.set({ lastIntegrationId: row.id, firstRunDone: true });
        return row;
      },
      rename: ({ id, name }) => {
        return s.db.transaction(() => {
          const before = integrations.get(id).name;
          const row = integrations.rename(id, name);
          audit.record('integration.renamed', id, { from: before, to: name });
          return row;
        })();
      },
      remove: ({ id, confirmName }) => {
        const row = integrations.get(id);
        if (confirmName.trim() !== row.name) {
          throw new AppError('confirm_mismatch', t('errors.integration.confirmMismatch'), t('errors.integration.confirmMismatch.hint', { name: row.name }));
        }
        s.db.transaction(() => {
          integrations.delete(id);
          audit.record('integration.deleted', id, { name: row.name });
        })();
        if (prefs.get().lastIntegrationId === id) prefs.set({ lastIntegrationId: null });
        return ok;
      },
      setStep: ({ id, step }) => {
        const row = integrations.setStep(id, step);
        prefs.set({ lastIntegrationId: id });
        return row;
      },
      overview: ({ id }) => ({ integration: integrations.get(id), steps: s.steps.readiness.of(id).steps() }),
    },
    secrets: {
      list: ({ integrationId }) => (integrations.get(integrationId), vault.list(integrationId)),
      reveal: ({ integrationId, kind, purpose }) => ({ value: vault.reveal(integrationId, kind, purpose) }),
    },
    audit: {
      list: (q) => {
        const names = audit.integrationNames();
        return audit.list(q).map((e) => ({
          ...e,
          integrationName: e.integrationId ? (names.get(e.integrationId) ?? 'unknown integration') : null,
          summary: auditSentence(e.action, e.detail, t),
          facts: auditFacts(e.detail, t),
        }));
      },
      exportCsv: (q) => {
        const name = q.integrationId ? (audit.integrationNames().get(q.integrationId) ?? 'integration') : 'all';
        const csv = audit.toCsv(q);
        audit.record('audit.exported', q.integrationId ?? null, {});
        return { fileName: `${fileSlug(name)}-audit-log.csv`, csv };
      },
    },
  };
}
