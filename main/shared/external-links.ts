// External links the console may open in the system browser: https only, and only these hosts.
const ALLOWED_HOSTS = new Set([
  'client.certn.co',
  'help.certn.co',
  'certn.co',
  'www.certn.co',
  'centric-api-docs.certn.co',
  'www.icims.com',
  'icims.com',
  'community.icims.com',
  'developer.icims.com',
]);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && ALLOWED_HOSTS.has(url.hostname);
}
