// What the contract says about a field it refuses. The contract holds only these ids (it is
// bundled into the page, which must not carry main's catalogs); main words them when it answers.
export default {
  illFormed: 'contains a broken character (half of a UTF-16 surrogate pair); retype or paste the text again',
  'integration.name.empty': 'Give the integration a name.',
  'integration.name.long': 'Keep the name under 80 characters.',
  'handoff.recipient.empty': 'Say who the handoff is for.',
  'handoff.recipient.long': 'Keep the recipient label under 120 characters.',
  'handoff.days': 'A handoff stays valid for 1 to 365 days.',
  'handoff.email': 'Enter the consultant’s e-mail address.',
  'sendsafely.host': 'Enter your SendSafely organisation host.',
  'sendsafely.apiKey': 'Enter the API key.',
  'sendsafely.apiSecret': 'Enter the API secret.',
  date: 'Use a date like 2026-11-27.',
  'package.name': 'Give the package a name.',
  'package.checks': 'Pick at least one check.',
  email: 'Enter an email address like name@example.com.',
  customerId: 'An iCIMS customer ID is a number of up to 12 digits, like 4821.',
} as const;
