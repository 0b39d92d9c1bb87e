// How a package is judged ready for iCIMS. iCIMS matches the package name exactly (the job's
// "BGCheck Package" value must equal the Certn name), so names are checked to the character.

export interface PackageFacts {
  id: string;
  name: string;
  isActive: boolean | null;
  useForAts: boolean | null;
  exists: boolean;
  atsConfirmed: boolean;
}

export interface VerificationView {
  exists: boolean;
  active: boolean | null;
  ats: 'on' | 'off' | 'unknown' | 'confirmed';
  regionMatches: boolean;
  nameIssues: string[];
  lookalikes: string[];
  ready: boolean;
}

const INVISIBLE = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;

export function nameIssues(name: string): string[] {
  const issues: string[] = [];
  if (/^\s/.test(name)) issues.push('The name starts with a space: iCIMS must be given it exactly, space included.');
  if (/\s$/.test(name)) issues.push('The name ends with a space: iCIMS must be given it exactly, space included.');
  if (/\S\s{2,}\S/.test(name)) issues.push('The name has two spaces in a row: easy to lose when copied.');
  if (INVISIBLE.test(name)) issues.push('The name contains an invisible or non-breaking space that looks like a normal one.');
  if (/\t|\n/.test(name)) issues.push('The name contains a tab or line break.');
  return issues;
}

/** The form two names take when a person would read them as the same. */
export function lookalikeKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim().toLowerCase();
}

/** Groups names by their look-alike form once, so checking a whole account stays linear. */
export function lookalikeIndex(all: { id: string; name: string }[]): Map<string, { id: string; name: string }[]> {
  const index = new Map<string, { id: string; name: string }[]>();
  for (const o of all) {
    const key = lookalikeKey(o.name);
    const bucket = index.get(key);
    if (bucket) bucket.push(o);
    else index.set(key, [o]);
  }
  return index;
}

export function verify(p: PackageFacts, all: { id: string; name: string }[] | Map<string, { id: string; name: string }[]>): VerificationView {
  const index = all instanceof Map ? all : lookalikeIndex(all);
  const lookalikes = (index.get(lookalikeKey(p.name)) ?? []).filter((o) => o.id !== p.id).map((o) => o.name);
  const ats = p.atsConfirmed ? 'confirmed' : p.useForAts === true ? 'on' : p.useForAts === false ? 'off' : 'unknown';
  return {
    exists: p.exists,
    active: p.isActive,
    ats,
    regionMatches: true,
    nameIssues: nameIssues(p.name),
    lookalikes,
    ready: p.exists && p.isActive !== false && (ats === 'on' || ats === 'confirmed'),
  };
}
