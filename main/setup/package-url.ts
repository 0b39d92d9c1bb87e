// i18n-pending: its words are moving to the message catalogs.
import { AppError } from '../shared/errors';
import { CERTN_REGIONS, type CertnRegion } from '../shared/regions';

// Certn's portal shows a package at https://client.certn.co/<ca|uk|au>/package/<package id>/ (documented by Certn).
const PORTAL_HOST = 'client.certn.co';
const REGION_LABELS: Record<CertnRegion, string> = { ca: 'North America', uk: 'Europe, Middle East and Africa', au: 'Asia Pacific' };
const REGION_NAMES = Object.fromEntries(CERTN_REGIONS.map((r) => [r, `${REGION_LABELS[r]} (${r})`])) as Record<CertnRegion, string>;

export interface ParsedPackageUrl {
  region: CertnRegion;
  packageId: string;
}

/**
 * Reads a package id from a pasted portal URL. Tolerates surrounding spaces, a missing scheme or
 * trailing slash, query strings and fragments; refuses anything else with what to do about it.
 */
export function parsePackageUrl(raw: string, expectedRegion: CertnRegion): ParsedPackageUrl {
  const text = raw.trim();
  const shape = `https://${PORTAL_HOST}/${expectedRegion}/package/<package id>/`;
  if (!text) throw new AppError('package_url_empty', 'Paste the package’s address from the Certn portal.', `It looks like ${shape}`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  const hasHost = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (scheme && !hasHost && !/^[\w.-]+:\d+/.test(text)) {
    throw new AppError('package_url_not_web', `That is not a web address: it starts with “${scheme}:”.`, `Copy the address from the browser’s address bar while the package is open; it starts with https://${PORTAL_HOST}/`);
  }
  let url: URL;
  try {
    url = new URL(hasHost ? text : `https://${text}`);
  } catch {
    throw new AppError('package_url_not_web', 'That is not a web address.', `A package address looks like ${shape} — open the package in the Client Portal and copy the address bar.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('package_url_not_web', `That is not a web address: it starts with “${url.protocol}”.`, `Copy the address from the browser’s address bar; it starts with https://${PORTAL_HOST}/`);
  }
  if (url.hostname.toLowerCase() !== PORTAL_HOST) {
    throw new AppError('package_url_host', `That address is on ${url.hostname || 'no host'}, not the Certn Client Portal.`, `Open the package in the Client Portal and copy its address: ${shape}`);
  }
  if (url.protocol !== 'https:') {
    throw new AppError('package_url_not_https', 'That address starts with http://, but the Client Portal is only served over https://.', `Copy the address again from the browser: ${shape}`);
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const region = (parts[0] ?? '').toLowerCase();
  if (!region) throw new AppError('package_url_not_package', 'That is the Client Portal’s home page, not a package.', `Open the package under Packages, then copy the address: ${shape}`);
  if (!(CERTN_REGIONS as readonly string[]).includes(region)) {
    throw new AppError(
      'package_url_unknown_region',
      `“${short(parts[0])}” is not a Certn region: package addresses use ${CERTN_REGIONS.map((r) => `${r} for ${REGION_LABELS[r]}`).join(', ')}.`,
      `Copy the address again from the Client Portal: ${shape}`,
    );
  }
  if (parts[1] !== 'package') {
    throw new AppError('package_url_not_package', `That address is a portal page (/${short(parts.slice(1).join('/'))}/), not one package.`, `Open the package itself under Packages, then copy the address: ${shape}`);
  }
  if (!parts[2]) throw new AppError('package_url_missing_id', 'The address ends before the package id: nothing follows /package/.', `Copy the whole address; it continues with the id: ${shape}`);
  if (parts.length > 3) {
    throw new AppError('package_url_extra', `The address goes on after the package id (/${short(parts.slice(3).join('/'))}/).`, `Use the package’s own page: ${shape}`);
  }
  let packageId: string;
  try {
    packageId = decodeURIComponent(parts[2]);
  } catch {
    packageId = parts[2];
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(packageId)) {
    throw new AppError('package_url_bad_id', `“${short(packageId)}” is not a Certn package id: ids are letters, digits and dashes, up to 64.`, 'Check that the address was copied whole and nothing was typed into it.');
  }
  if (region !== expectedRegion) {
    throw new AppError(
      'package_url_region',
      `That package is in ${REGION_NAMES[region as CertnRegion]}, but this integration is in ${REGION_NAMES[expectedRegion]}.`,
      'Packages belong to one region. Pick the package from this region’s portal, or create a separate integration for the other region.',
    );
  }
  return { region: region as CertnRegion, packageId };
}

/** Echoes a piece of what was pasted, cut short so a long paste cannot flood the message. */
function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export function packagePortalUrl(region: CertnRegion, id: string): string {
  return `https://${PORTAL_HOST}/${region}/package/${encodeURIComponent(id)}/`;
}

/** [assumed] The portal path of "Packages → New Package"; Certn does not document it. */
export function newPackagePortalUrl(region: CertnRegion): string {
  return `https://${PORTAL_HOST}/${region}/packages/new/`;
}
