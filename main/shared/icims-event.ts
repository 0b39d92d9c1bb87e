// i18n-pending: its words are moving to the message catalogs.
import { z } from 'zod';

// The WorkFlowStatusChangeEvent as iCIMS's integration-events page shows it: every value a string,
// ids as digits, statuses as bare numbers, and a links array. Pure so the renderer can show it too.
const digits = (what: string) => z.string({ error: `${what} must be a string of digits, as iCIMS sends it.` }).regex(/^\d{1,18}$/, `${what} must be a string of digits, as iCIMS sends it.`);

export const EVENT_FIELDS = {
  eventType: z.literal('WorkFlowStatusChangeEvent', { error: 'eventType must be "WorkFlowStatusChangeEvent".' }),
  customerId: digits('customerId'),
  systemId: digits('systemId (the applicant workflow id)'),
  personId: digits('personId'),
  jobId: digits('jobId'),
  userId: digits('userId').optional(),
  oldStatus: digits('oldStatus').optional(),
  newStatus: digits('newStatus'),
  links: z
    .array(z.object({ rel: z.string(), title: z.string(), url: z.string() }), { error: 'links must be a list of {rel, title, url}.' })
    .optional(),
} as const;

export const workflowStatusChangeEvent = z.object(EVENT_FIELDS);

export interface FieldCheck {
  field: string;
  ok: boolean;
  value: string | null;
  message: string | null;
}

/** Field by field, in the documented order; unknown fields are listed as not part of the shape. */
export function checkEventFields(text: string): { parsed: boolean; message: string | null; fields: FieldCheck[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { parsed: false, message: 'This is not valid JSON.', fields: [] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { parsed: false, message: 'The event must be a JSON object.', fields: [] };
  const obj = raw as Record<string, unknown>;
  const fields: FieldCheck[] = Object.entries(EVENT_FIELDS).map(([field, schema]) => {
    const v = obj[field];
    const r = (schema as z.ZodType).safeParse(v);
    const shown = v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);
    return { field, ok: r.success, value: shown, message: r.success ? null : v === undefined ? 'Missing.' : (r.error.issues[0]?.message ?? 'Not valid.') };
  });
  for (const k of Object.keys(obj)) {
    if (!Object.hasOwn(EVENT_FIELDS, k)) fields.push({ field: k, ok: false, value: JSON.stringify(obj[k]), message: 'Not part of the documented event shape.' });
  }
  return { parsed: true, message: null, fields };
}
