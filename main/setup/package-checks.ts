// How a package is judged for iCIMS: the facts from Certn, look-alikes across the account, and the
// one verdict (main/shared/package-verdict.ts) every screen and text shows.
import type { Verification } from '../ipc/contract/setup';
import { lookalikeKey, nameIssues as wordNameIssues, nameProblems as wordNameProblems, packageVerdict } from '../shared/package-verdict';
import { t } from '../shared/i18n';

export interface PackageFacts {
  id: string;
  name: string;
  isActive: boolean | null;
  useForAts: boolean | null;
  exists: boolean;
  atsConfirmed: boolean;
}

export { lookalikeKey } from '../shared/package-verdict';

/** What is risky in a package name, in the console's language ("ends with a space"). */
export const nameProblems = (name: string): string[] => wordNameProblems(name, t);
/** The same as sentences that say why it matters. */
export const nameIssues = (name: string): string[] => wordNameIssues(name, t);


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

export function verify(p: PackageFacts, all: { id: string; name: string }[] | Map<string, { id: string; name: string }[]>): Verification {
  const index = all instanceof Map ? all : lookalikeIndex(all);
  const lookalikes = (index.get(lookalikeKey(p.name)) ?? []).filter((o) => o.id !== p.id).map((o) => o.name);
  const ats = p.atsConfirmed ? 'confirmed' : p.useForAts === true ? 'on' : p.useForAts === false ? 'off' : 'unknown';
  const verdict = packageVerdict({ name: p.name, exists: p.exists, active: p.isActive, ats, lookalikes }, t);
  return {
    exists: p.exists,
    active: p.isActive,
    ats,
    regionMatches: true,
    nameIssues: nameIssues(p.name),
    lookalikes,
    ready: verdict.level === 'ready',
    verdict,
  };
}
