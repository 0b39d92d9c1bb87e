// What the browser-mode server answers a page (or anyone else on this machine) that it refuses.
// The page shows an RPC refusal's message and hint as it shows any error.
export default {
  forbiddenHost: 'Requests must be addressed to this console on 127.0.0.1.',
  forbiddenOrigin: 'Requests from other sites are refused.',
  methodNotAllowed: 'Method not allowed.',
  useMethod: 'Use {method}.',
  internal: 'The console server failed to answer.',
  badToken: 'That access token is not this console’s.',
  'badToken.hint': 'Open the address the console printed when it started.',
  tokenUsed: 'This sign-in address was already used once.',
  'tokenUsed.hint': 'Use the browser tab that opened it, or restart the console for a new address.',
  notSignedIn: 'This browser tab is not signed in to the console.',
  'notSignedIn.hint': 'Open the address the console printed when it started (it carries a one-use access token).',
  noEvents: 'This console sends no events.',
  badChannel: 'The operation name in that address is not valid (a broken % escape).',
  'badChannel.hint': 'Reload the window.',
  sendJson: 'Send JSON.',
  tooLarge: 'The request is too large.',
  invalidJson: 'The request was not valid JSON.',
  notFound: 'Not found',
} as const;
