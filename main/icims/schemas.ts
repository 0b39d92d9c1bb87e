// Our model of iCIMS answers, all loose (iCIMS adds fields at any time and clients must ignore them).
// Documented or seen in working client code (iCIMS's public API pages): the error envelope, search
// results, list values, profile refs, person/job/workflow field names.
// [assumed]: `backgroundscreens` rows on the workflow (the real field names are not public), and
// that a field we ask for may be absent rather than null.
import { z } from 'zod';

export const errorBodySchema = z.looseObject({
  errors: z
    .array(
      z.looseObject({
        errorMessage: z.string().optional(),
        errorCode: z.union([z.number(), z.string()]).optional(),
      }),
    )
    .optional(),
});

export const searchResultsSchema = z.looseObject({
  searchResults: z
    .array(z.looseObject({ id: z.union([z.number(), z.string()]), self: z.string().optional() }))
    .default([]),
});

export const listValueSchema = z.looseObject({
  id: z.string().optional(),
  value: z.string().optional(),
  formattedvalue: z.string().optional(),
});
export type IcimsListValue = z.infer<typeof listValueSchema>;

export const profileRefSchema = z.looseObject({
  profile: z.string().optional(),
  id: z.union([z.number(), z.string()]).optional(),
  value: z.string().optional(),
});

export const personSchema = z.looseObject({
  firstname: z.string().optional(),
  middlename: z.string().optional(),
  lastname: z.string().optional(),
  email: z.string().optional(),
});
export type IcimsPerson = z.infer<typeof personSchema>;

export const jobSchema = z.looseObject({
  jobtitle: z.string().optional(),
  joblocation: z.unknown().optional(),
  folder: listValueSchema.optional(),
  bgcpackagetype: z.array(listValueSchema).optional(),
});
export type IcimsJob = z.infer<typeof jobSchema>;

// [assumed] background-screen rows written back by Certn.
export const backgroundScreenSchema = z.looseObject({
  entry: z.union([z.number(), z.string()]).optional(),
  package: z.unknown().optional(),
  status: listValueSchema.optional(),
  result: z.unknown().optional(),
  url: z.string().nullish(),
  date: z.string().nullish(),
  vendororderid: z.string().nullish(),
});

export const workflowSchema = z.looseObject({
  baseprofile: profileRefSchema.optional(),
  associatedprofile: profileRefSchema.optional(),
  status: listValueSchema.optional(),
  backgroundscreens: z.array(backgroundScreenSchema).optional(),
});
export type IcimsWorkflow = z.infer<typeof workflowSchema>;
