// [assumed] Our model of Certn's answers lives here and only here. Documented by a public Certn page we
// can point to: the Case fields id/overall_status/email_address and the error envelope's `type` with the
// words "validation_error" / "client_error". [assumed], because no stored public page shows them: the
// pagination envelope (seen once in the groups docs, never confirmed), the Group fields, Package
// fields, Case fields beyond those above, the answer of POST /cases/{id}/generate-report/ and the JSON
// form of GET /cases/report-files/{id}/, and the `errors[]` item shape. Every object is loose: Certn
// adds fields, we must not break.
import { z } from 'zod';

// [assumed] list envelope.
export const paginationSchema = z.looseObject({
  result_count: z.number().int().nonnegative(),
  page_count: z.number().int().nonnegative(),
  page_size: z.number().int().positive(),
  current_page: z.number().int().positive(),
  next_page: z.number().int().positive().nullable(),
  previous_page: z.number().int().positive().nullable(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({ pagination: paginationSchema, results: z.array(item) });
}

// [assumed] group fields.
export const groupSchema = z.looseObject({
  id: z.string(),
  short_id: z.string().nullish(),
  parent_id: z.string().nullish(),
  name: z.string(),
  is_active: z.boolean().optional(),
});
export type CertnGroup = z.infer<typeof groupSchema>;

// [assumed] package fields beyond id/name.
export const packageSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  is_active: z.boolean().optional(),
  use_for_ats: z.boolean().optional(),
  tags: z.array(z.unknown()).optional(),
  check_types: z.array(z.string()).optional(),
  created: z.string().nullish(),
  modified: z.string().nullish(),
});
export type CertnPackage = z.infer<typeof packageSchema>;

const refSchema = z.looseObject({ id: z.string(), name: z.string().nullish() });

// [assumed] beyond id, short_id, email_address, overall_status, overall_score.
export const caseSchema = z.looseObject({
  id: z.string(),
  short_id: z.string().nullish(),
  email_address: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  overall_status: z.string(),
  overall_score: z.string().nullish(),
  group: z.union([refSchema, z.string()]).nullish(),
  package: z.union([refSchema, z.string()]).nullish(),
  check_types: z.array(z.string()).optional(),
  created: z.string().nullish(),
  modified: z.string().nullish(),
  report_url: z.string().nullish(),
  source: z.string().nullish(),
  icims: z
    .looseObject({
      customer_id: z.union([z.string(), z.number()]).nullish(),
      workflow_id: z.union([z.string(), z.number()]).nullish(),
      person_id: z.union([z.string(), z.number()]).nullish(),
      job_id: z.union([z.string(), z.number()]).nullish(),
    })
    .nullish(),
});
export type CertnCase = z.infer<typeof caseSchema>;

// [assumed] generate-report answers with an id for report-files; we accept the names seen in
// similar APIs, and fall back to the case id when none is given.
export const generateReportSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  report_file_id: z.union([z.string(), z.number()]).optional(),
  status: z.string().optional(),
});

// [assumed] report-files answers either the file itself (PDF bytes) or JSON about it (pending, or a link).
export const reportFileJsonSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  status: z.string().optional(),
  url: z.string().nullish(),
  file: z.string().nullish(),
  download_url: z.string().nullish(),
});
export type ReportFileJson = z.infer<typeof reportFileJsonSchema>;

// [assumed] error envelope items; `type` is documented, items are not.
export const errorBodySchema = z.looseObject({
  type: z.string().optional(),
  detail: z.string().optional(),
  errors: z
    .array(
      z.looseObject({
        code: z.string().optional(),
        detail: z.unknown().optional(),
        attr: z.string().nullish(),
      }),
    )
    .optional(),
});
export type CertnErrorBody = z.infer<typeof errorBodySchema>;
