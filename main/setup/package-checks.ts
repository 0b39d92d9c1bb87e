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

// Each check: what is wrong in a few words (the handoff shows these as badges) and why it matters.
const NAME_CHECKS: { test: (name: string) => boolean; problem: string; why: string }[] = [
  { test: (n) => /^\s/.test(n), problem: 'starts with a space', why: 'iCIMS must be given it exactly, space included.' },
  { test: (n) => /\s$/.test(n), problem: 'ends with a space', why: 'iCIMS must be given it exactly, space included.' },
  { test: (n) => /\S {2,}\S/.test(n), problem: 'has two or more spaces in a row', why: 'easy to lose when copied.' },
  { test: (n) => /[^\S ]/.test(n), problem: 'has a tab or an unusual space (for example a non-breaking space)', why: 'it looks like a normal space but does not match one.' },
  { test: (n) => n.length > 200, problem: 'is longer than 200 characters', why: 'check that it was copied whole.' },
];

/** Short descriptions of what is risky in a package name, e.g. "ends with a space". */
export function nameProblems(name: string): string[] {
  return NAME_CHECKS.filter((c) => c.test(name)).map((c) => c.problem);
}

/** The same, as sentences that say why it matters. */
export function nameIssues(name: string): string[] {
  return NAME_CHECKS.filter((c) => c.test(name)).map((c) => `The name ${c.problem}: ${c.why}`);
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
