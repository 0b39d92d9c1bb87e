import { z } from 'zod';
import type { SharedT } from './i18n/shared-ids';

// The WorkFlowStatusChangeEvent as iCIMS's integration-events page shows it: every value a string,
// ids as digits, statuses as bare numbers, and a links array. Pure so the renderer can show it too.
const digits = () => z.string().regex(/^\d{1,18}$/);

export const EVENT_FIELDS = {
  eventType: z.literal('WorkFlowStatusChangeEvent'),
  customerId: digits(),
  systemId: digits(),
  personId: digits(),
  jobId: digits(),
  userId: digits().optional(),
  oldStatus: digits().optional(),
  newStatus: digits(),
  links: z.array(z.object({ rel: z.string(), title: z.string(), url: z.string() })).optional(),
} as const;

export const workflowStatusChangeEvent = z.object(EVENT_FIELDS);

export interface FieldCheck {
  field: string;
  ok: boolean;
  value: string | null;
  message: string | null;
}

/** What a field must be, in the reader's words. */
function fieldRule(field: keyof typeof EVENT_FIELDS, t: SharedT): string {
  if (field === 'eventType') return t('shared.event.eventType');
  if (field === 'links') return t('shared.event.links');
  return t('shared.event.digits', { field });
}

/** Field by field, in the documented order; unknown fields are listed as not part of the shape. */
export function checkEventFields(text: string, t: SharedT): { parsed: boolean; message: string | null; fields: FieldCheck[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { parsed: false, message: t('shared.event.notJson'), fields: [] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { parsed: false, message: t('shared.event.notObject'), fields: [] };
  const obj = raw as Record<string, unknown>;
  const fields: FieldCheck[] = (Object.keys(EVENT_FIELDS) as (keyof typeof EVENT_FIELDS)[]).map((field) => {
    const v = obj[field];
    const r = (EVENT_FIELDS[field] as z.ZodType).safeParse(v);
    const shown = v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);
    return { field, ok: r.success, value: shown, message: r.success ? null : v === undefined ? t('shared.event.missing') : fieldRule(field, t) };
  });
  for (const k of Object.keys(obj)) {
    if (!Object.hasOwn(EVENT_FIELDS, k)) fields.push({ field: k, ok: false, value: JSON.stringify(obj[k]), message: t('shared.event.unknownField') });
  }
  return { parsed: true, message: null, fields };
}
