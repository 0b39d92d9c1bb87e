import { z } from 'zod';
import { channel, Id } from './define';

// After go-live: credential rotation, the integration record (PDF) and the export/import of the
// non-secret configuration. No channel here returns a secret: capture takes one in, and the
// record and the configuration file are built without reading the vault.

export const ROTATION_KIND_IDS = ['webhook', 'certn_api_key', 'icims'] as const;

const Check = z.object({ label: z.string(), ok: z.boolean(), detail: z.string() });
export const RotationStep = z.object({
  id: z.enum(['portal', 'capture', 'handoff', 'apply', 'revoke', 'verify']),
  title: z.string(),
  instructions: z.array(z.string()),
  state: z.enum(['todo', 'done', 'not_needed']),
  doneAt: z.string().nullable(),
  canDoItForMe: z.boolean(),
});
export const RotationView = z.object({
  id: z.string(),
  kind: z.enum(ROTATION_KIND_IDS),
  kindLabel: z.string(),
  reason: z.string(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  steps: z.array(RotationStep),
  verification: z.array(Check).nullable(),
  canComplete: z.boolean(),
  remaining: z.array(z.string()),
});
export type RotationView = z.infer<typeof RotationView>;
export const RotationState = z.object({ current: RotationView.nullable(), history: z.array(RotationView) });
export type RotationState = z.infer<typeof RotationState>;

const Secret = z.string().min(1).max(500);

export const maintenance = {
  rotation: {
    state: channel({ integrationId: Id }, RotationState),
    start: channel({ integrationId: Id, kind: z.enum(ROTATION_KIND_IDS), reason: z.string().min(1).max(40) }, RotationState),
    capture: channel(
      {
        integrationId: Id,
        username: z.string().trim().min(1).max(200).optional(),
        password: Secret.optional(),
        apiKey: Secret.optional(),
        keyCreatedOn: z.iso.date().optional(),
      },
      RotationState,
    ),
    confirm: channel({ integrationId: Id, step: z.enum(['apply', 'revoke']) }, RotationState),
    doItForMe: channel({ integrationId: Id, step: z.enum(['portal', 'apply', 'revoke']) }, RotationState),
    verify: channel({ integrationId: Id }, RotationState),
    complete: channel({ integrationId: Id }, RotationState),
    cancel: channel({ integrationId: Id }, RotationState),
  },
  record: {
    /** The PDF as base64, for a browser download. */
    pdf: channel({ integrationId: Id }, z.object({ fileName: z.string(), base64: z.string() })),
    /** Electron: asks where to save with the system dialog and writes the file; null if cancelled. */
    save: channel({ integrationId: Id }, z.object({ savedTo: z.string().nullable() })),
  },
  config: {
    export: channel({ integrationId: Id }, z.object({ fileName: z.string(), json: z.string() })),
    import: channel({ json: z.string().min(1).max(20_000_000), name: z.string().trim().min(1).max(100).optional() }, z.object({ id: z.string(), name: z.string() })),
  },
};
