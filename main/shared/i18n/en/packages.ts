export default {
  // Refusals of the packages step
  'unknown': 'That package is not in this integration’s list.',
  'unknown.hint': 'Sync the packages or add it by its portal address.',
  'notFound': 'Certn has no package with the id {packageId} in this account.',
  'notFound.hint': 'Check that the address was copied whole, and that the package belongs to this Certn account and region.',
  'willFail': '“{name}” will fail when a recruiter orders it: {reasons}.',
  'willFail.hint': 'Fix it in the Client Portal and sync again, or select it anyway with an explicit override (recorded in the audit log).',
  'atsOff': 'Certn reports that this package is not marked for ATS use.',
  'atsOff.hint': 'In the Client Portal, edit the package, switch on “Mark this package for ATS use”, save, then sync the packages again.',
  'planUnknown': 'That package plan no longer exists.',
  'planUnknown.hint': 'Plan the package again.',

  // The checklist for making a planned package in the Client Portal, one line each
  'plan.open': 'In the Client Portal, open Packages → New Package.',
  'plan.name': 'Name: "{name}" (exactly; iCIMS will match it character for character).',
  'plan.description': 'Description: {description}',
  'plan.descriptionOptional': 'Description: optional.',
  'plan.ats': 'Switch on “Mark this package for ATS use”.',
  'plan.tags': 'Tags: {tags}.',
  'plan.tagsOptional': 'Tags: optional.',
  'plan.checks': 'Checks: {checks}.',
  'plan.save': 'Review, then Save package.',
  'plan.paste': 'Copy the new package’s address from the browser and paste it below.',
} as const;
