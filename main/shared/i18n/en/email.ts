// The request to iCIMS for the integration: an e-mail the admin sends to their iCIMS account manager,
// worded in the language chosen for it (which may differ from the console's).
export default {
  subject: 'Request: Certn background screening integration for {company}',
  greeting: 'Hello,',
  intro: '{company} uses Certn for background checks and would like the Certn integration enabled in iCIMS.',
  ask: 'Please assign a Customer Integration Consultant. We will need the iCIMS Customer ID, and an integration username and password for Certn.',
  region: 'Certn region: {region}',
  endpoint: 'Certn endpoint for iCIMS events: {endpoint}',
  endpointPending: 'Certn endpoint for iCIMS events: (shown in the console once connected)',
  packagesHeading: 'Certn packages to offer in iCIMS (exact full names, in quotes, and IDs):',
  packagesPending: 'Certn packages: to follow.',
  packageLine: '  - {name}  ID {id}',
  packageLineNote: '  - {name}  ID {id} ({note})',
  credentials: 'The webhook credentials will be sent to the consultant separately through a secure channel.',
  closing: 'Thank you,',
} as const;
