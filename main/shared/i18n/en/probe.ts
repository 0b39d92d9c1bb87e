// The webhook endpoint probe (step 5 and the health check): how each answer of Certn's iCIMS
// endpoint is read. A best-effort reading, and every explanation says so.
export default {
  bestEffort: 'This is a best-effort reading: Certn has no official test for these credentials and does not document how its iCIMS endpoint answers one.',
  'title.cancelled': 'Check cancelled',
  'title.unreachable': 'Could not reach the endpoint',
  'title.rejected': 'Webhook credentials probably rejected',
  'title.accepted': 'Endpoint reached, credentials probably accepted',
  'title.inconclusive': 'Inconclusive',
  failure:
    '{kind, select, cancelled {The check was cancelled.} timeout {{host} did not answer in time.} dns {The server {host} could not be found.} offline {This computer seems to be offline.} refused {Nothing is answering at {host}.} tls {The secure connection to {host} could not be verified.} other {The connection to {host} failed.}}',
  unreachable: '{failure} The credentials were not checked. {bestEffort}',
  rejected:
    "Certn's iCIMS endpoint for {where} answered HTTP 401, which most likely means it refused this webhook username and password. Check them against what Certn showed when the integration was saved; if they were lost, regenerate them in Certn (Settings → Integrations → iCIMS). {bestEffort}",
  accepted:
    "Certn's iCIMS endpoint for {where} answered HTTP 400 to the empty test event, which most likely means it accepted the webhook credentials and refused only the event. Nothing was ordered. {bestEffort}",
  inconclusive: "Certn's iCIMS endpoint for {where} answered HTTP {status}, which says nothing about the credentials. Try again later. {bestEffort}",
} as const;
