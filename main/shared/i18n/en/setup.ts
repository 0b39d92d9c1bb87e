// What the setup services say to the admin: refusals and their hints, verdicts, reminders.
export default {
  // iCIMS request
  'icims.dateInvalid': 'That date is not valid.',
  'icims.dateInvalid.hint': 'Use a date like 2026-11-27.',
  'icims.dateFuture': 'That date is in the future.',
  'icims.dateFuture.hint': 'Record a milestone when it has happened.',
  'icims.consultantName': 'Enter the consultant’s name.',
  'icims.consultantName.hint': 'It is in the iCIMS email that introduced them.',
  'icims.consultantEmail': 'That email address does not look right.',
  'icims.consultantEmail.hint': 'Use the form name@company.com.',
  'icims.customerId': 'The iCIMS Customer ID is digits only (for example 1234).',
  'icims.customerId.hint': 'Copy it from the consultant’s email, without letters or spaces.',
  'icims.hostingSimulator': 'A simulator integration uses the simulated iCIMS.',
  'icims.hostingSimulator.hint': 'Choose “Local simulator”.',
  'icims.hostingChoose': 'Choose where this customer’s iCIMS is hosted: US or EU.',
  'icims.hostingChoose.hint': 'The consultant can tell you; EU-hosted customers use api-eu.icims.com.',
  'icims.refusedNothingSaved': '{message} Nothing was saved.',
} as const;
