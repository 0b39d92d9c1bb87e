import type { Services } from '../../services';
import { ConfigRowsRepo } from '../../store/config-rows';
import type { Handlers } from '../contract';
import { AppError } from '../../shared/errors';
import { RotationService } from '../../setup/rotation';
import { makeRecord } from '../../setup/record';
import { exportConfig, importConfig } from '../../setup/config-transfer';
import { t } from '../../shared/i18n';

// After go-live: rotation, the integration record and configuration transfer; thin wiring only.
export function maintenanceHandlers(s: Services): Pick<Handlers, 'rotation' | 'record' | 'config'> {
  const d = s.steps;
  const rotation = new RotationService(d);
  const recordDeps = { ...d, auditLog: s.audit };
  const configDeps = { ...d, configRows: new ConfigRowsRepo(s.db) };
  return {
    rotation: {
      state: ({ integrationId }) => rotation.state(integrationId),
      start: ({ integrationId, kind, reason }) => rotation.start(integrationId, kind, reason),
      capture: ({ integrationId, ...values }) => rotation.capture(integrationId, values),
      confirm: ({ integrationId, step }) => rotation.confirm(integrationId, step),
      doItForMe: ({ integrationId, step }) => rotation.doItForMe(integrationId, step),
      verify: ({ integrationId }) => rotation.verify(integrationId),
      complete: ({ integrationId }) => rotation.complete(integrationId),
      cancel: ({ integrationId }) => rotation.cancel(integrationId),
    },
    record: {
      pdf: async ({ integrationId }) => {
        const made = await makeRecord(recordDeps, integrationId, 'console', s.opts.health);
        return { fileName: made.fileName, base64: Buffer.from(made.bytes).toString('base64') };
      },
      save: async ({ integrationId }) => {
        const saveFile = s.opts.saveFile;
        if (!saveFile) throw new AppError('no_save_dialog', t('errors.save.noDialog'), t('errors.save.noDialog.hint'));
        const made = await makeRecord(recordDeps, integrationId, 'console', s.opts.health);
        return { savedTo: await saveFile({ suggestedName: made.fileName, bytes: made.bytes, filter: { name: t('errors.save.pdfFilter'), extensions: ['pdf'] } }) };
      },
    },
    config: {
      export: ({ integrationId }) => exportConfig(configDeps, integrationId),
      import: ({ json, name }) => {
        const i = importConfig(configDeps, json, name);
        return { id: i.id, name: i.name };
      },
    },
  };
}
