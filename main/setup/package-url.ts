import { AppError } from '../shared/errors';
import { CERTN_REGIONS, type CertnRegion } from '../shared/regions';

// Certn's portal shows a package at https://client.certn.co/<ca|uk|au>/package/<package id>/ (certn.md, [doc]).
const PORTAL_HOST = 'client.certn.co';
const REGION_NAMES: Record<CertnRegion, string> = { ca: 'North America (ca)', uk: 'Europe, Middle East and Africa (uk)', au: 'Asia Pacific (au)' };

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
  if (!text) throw new AppError('package_url_empty', 'Paste the package’s address from the Certn portal.', `It looks like https://${PORTAL_HOST}/${expectedRegion}/package/<id>/`);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw malformed(expectedRegion);
  }
  if (url.hostname.toLowerCase() !== PORTAL_HOST) {
    throw new AppError('package_url_host', `That address is on ${url.hostname || 'no host'}, not the Certn Client Portal.`, `Open the package in the Client Portal and copy its address: https://${PORTAL_HOST}/${expectedRegion}/package/<id>/`);
  }
  if (url.protocol !== 'https:') throw malformed(expectedRegion);
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 3 || parts[1] !== 'package' || !parts[2]) throw malformed(expectedRegion);
  const region = parts[0].toLowerCase();
  if (!(CERTN_REGIONS as readonly string[]).includes(region)) throw malformed(expectedRegion);
  const packageId = decodeURIComponent(parts[2]);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(packageId)) throw malformed(expectedRegion);
  if (region !== expectedRegion) {
    throw new AppError(
      'package_url_region',
      `That package is in ${REGION_NAMES[region as CertnRegion]}, but this integration is in ${REGION_NAMES[expectedRegion]}.`,
      'Packages belong to one region. Pick the package from this region’s portal, or create a separate integration for the other region.',
    );
  }
  return { region: region as CertnRegion, packageId };
}

function malformed(expected: CertnRegion): AppError {
  return new AppError('package_url_malformed', 'That is not a Certn package address.', `A package address looks like https://${PORTAL_HOST}/${expected}/package/<package id>/ — open the package in the Client Portal and copy the address bar.`);
}

export function packagePortalUrl(region: CertnRegion, id: string): string {
  return `https://${PORTAL_HOST}/${region}/package/${encodeURIComponent(id)}/`;
}

/** [assumed] The portal path of "Packages → New Package"; Certn does not document it. */
export function newPackagePortalUrl(region: CertnRegion): string {
  return `https://${PORTAL_HOST}/${region}/packages/new/`;
}
