// i18n-pending: its words are moving to the message catalogs.
// One verdict per package, used by every place that shows one: the packages list, its filters and
// counts, the iCIMS request text, the handoff preview, the CLI and the offline decryptor. Pure data
// and functions (no Node built-ins), so main and the renderer share it.
//
// iCIMS matches the package name exactly (the job's "BGCheck Package" value must equal the Certn
// name), so names are checked to the character; a package that is inactive or not marked for ATS
// use is refused by Certn when a recruiter orders it.

export type AtsState = 'on' | 'off' | 'unknown' | 'confirmed';

export interface VerdictFacts {
  name: string;
  exists: boolean;
  active: boolean | null;
  ats: AtsState;
  lookalikes: string[];
}

export type VerdictLevel = 'ready' | 'caution' | 'blocked';

export interface Verdict {
  level: VerdictLevel;
  /** The one label shown for the package everywhere. */
  label: string;
  /** Why an order would fail (level "blocked"). */
  blockers: string[];
  /** What to check before handing it over (level "caution"). */
  cautions: string[];
}

export const VERDICT_LABEL: Record<VerdictLevel, string> = {
  ready: 'Ready for iCIMS',
  caution: 'Check before handing over',
  blocked: 'Will fail when ordered',
};

/** Each name check: a pattern, what is wrong in a few words, and why it matters. */
export const NAME_CHECKS: readonly { pattern: RegExp; problem: string; why: string }[] = [
  { pattern: /^\s/, problem: 'starts with a space', why: 'iCIMS must be given it exactly, space included.' },
  { pattern: /\s$/, problem: 'ends with a space', why: 'iCIMS must be given it exactly, space included.' },
  { pattern: /\S {2,}\S/, problem: 'has two or more spaces in a row', why: 'easy to lose when copied.' },
  { pattern: /[^\S ]/, problem: 'has a tab or an unusual space (for example a non-breaking space)', why: 'it looks like a normal space but does not match one.' },
  { pattern: /^[\s\S]{201,}$/, problem: 'is longer than 200 characters', why: 'check that it was copied whole.' },
];

/** The form two names take when a person would read them as the same. */
export function lookalikeKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim().toLowerCase();
}

/** Short descriptions of what is risky in a package name, e.g. "ends with a space". */
export function nameProblems(name: string): string[] {
  return NAME_CHECKS.filter((c) => c.pattern.test(name)).map((c) => c.problem);
}

/** The same, as sentences that say why it matters. */
export function nameIssues(name: string): string[] {
  return NAME_CHECKS.filter((c) => c.pattern.test(name)).map((c) => `The name ${c.problem}: ${c.why}`);
}

export function packageVerdict(f: VerdictFacts): Verdict {
  const blockers: string[] = [];
  if (!f.exists) blockers.push('not found in Certn');
  if (f.active === false) blockers.push('inactive in Certn');
  if (f.ats === 'off') blockers.push('not marked for ATS use in Certn');
  const cautions: string[] = [];
  if (f.active === null && f.exists) cautions.push('Certn does not say whether it is active');
  if (f.ats === 'unknown' && f.exists) cautions.push('ATS use not confirmed: confirm it in the portal');
  for (const p of nameProblems(f.name)) cautions.push(`the name ${p}`);
  if (f.lookalikes.length) cautions.push(`looks like ${f.lookalikes.map((n) => `“${n}”`).join(', ')}`);
  const level: VerdictLevel = blockers.length ? 'blocked' : cautions.length ? 'caution' : 'ready';
  return { level, label: VERDICT_LABEL[level], blockers, cautions };
}

/** One line for texts (the iCIMS request, the CLI): the verdict and its reasons. */
export function verdictSentence(v: Verdict, overridden = false): string | null {
  if (v.level === 'blocked') return `${overridden ? 'selected anyway, but it will' : 'it will'} fail when ordered: ${v.blockers.join(', ')}`;
  if (v.level === 'caution') return `check: ${v.cautions.join('; ')}`;
  return null;
}
