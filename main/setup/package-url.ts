import { AppError } from '../shared/errors';
import { CERTN_REGIONS, type CertnRegion } from '../shared/regions';
import { t, type MainMessageId } from '../shared/i18n';

// Certn's portal shows a package at https://client.certn.co/<ca|uk|au>/package/<package id>/ (documented by Certn).
const PORTAL_HOST = 'client.certn.co';
const REGION_LABELS = { ca: 'setup.packageUrl.region.ca', uk: 'setup.packageUrl.region.uk', au: 'setup.packageUrl.region.au' } as const satisfies Record<CertnRegion, MainMessageId>;
/** "North America (ca)", in the console's language. */
const regionName = (r: CertnRegion) => t('setup.packageUrl.regionName', { label: t(REGION_LABELS[r]), code: r });

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
  if (!text) throw new AppError('package_url_empty', t('setup.packageUrl.empty'), t('setup.packageUrl.empty.hint', { shape }));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  const hasHost = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (scheme && !hasHost && !/^[\w.-]+:\d+/.test(text)) {
    throw new AppError('package_url_not_web', t('setup.packageUrl.scheme', { scheme: `${scheme}:` }), t('setup.packageUrl.scheme.hint', { start: `https://${PORTAL_HOST}/` }));
  }
  let url: URL;
  try {
    url = new URL(hasHost ? text : `https://${text}`);
  } catch {
    throw new AppError('package_url_not_web', t('setup.packageUrl.notWeb'), t('setup.packageUrl.notWeb.hint', { shape }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('package_url_not_web', t('setup.packageUrl.scheme', { scheme: url.protocol }), t('setup.packageUrl.protocol.hint', { start: `https://${PORTAL_HOST}/` }));
  }
  if (url.hostname.toLowerCase() !== PORTAL_HOST) {
    throw new AppError('package_url_host', url.hostname ? t('setup.packageUrl.host', { host: url.hostname }) : t('setup.packageUrl.noHost'), t('setup.packageUrl.host.hint', { shape }));
  }
  if (url.protocol !== 'https:') {
    throw new AppError('package_url_not_https', t('setup.packageUrl.http'), t('setup.packageUrl.http.hint', { shape }));
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const region = (parts[0] ?? '').toLowerCase();
  if (!region) throw new AppError('package_url_not_package', t('setup.packageUrl.home'), t('setup.packageUrl.home.hint', { shape }));
  if (!(CERTN_REGIONS as readonly string[]).includes(region)) {
    throw new AppError(
      'package_url_unknown_region',
      t('setup.packageUrl.unknownRegion', { region: short(parts[0]), regions: CERTN_REGIONS.map((r) => t('setup.packageUrl.regionFor', { code: r, label: t(REGION_LABELS[r]) })).join(', ') }),
      t('setup.packageUrl.unknownRegion.hint', { shape }),
    );
  }
  if (parts[1] !== 'package') {
    throw new AppError('package_url_not_package', t('setup.packageUrl.portalPage', { path: `/${short(parts.slice(1).join('/'))}/` }), t('setup.packageUrl.portalPage.hint', { shape }));
  }
  if (!parts[2]) throw new AppError('package_url_missing_id', t('setup.packageUrl.missingId'), t('setup.packageUrl.missingId.hint', { shape }));
  if (parts.length > 3) {
    throw new AppError('package_url_extra', t('setup.packageUrl.extra', { path: `/${short(parts.slice(3).join('/'))}/` }), t('setup.packageUrl.extra.hint', { shape }));
  }
  let packageId: string;
  try {
    packageId = decodeURIComponent(parts[2]);
  } catch {
    packageId = parts[2];
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(packageId)) {
    throw new AppError('package_url_bad_id', t('setup.packageUrl.badId', { id: short(packageId) }), t('setup.packageUrl.badId.hint'));
  }
  if (region !== expectedRegion) {
    throw new AppError(
      'package_url_region',
      t('setup.packageUrl.region', { packageRegion: regionName(region as CertnRegion), integrationRegion: regionName(expectedRegion) }),
      t('setup.packageUrl.region.hint'),
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
