// One verdict per package, used by every place that shows one: the packages list, its filters and
// counts, the iCIMS request text, the handoff preview, the CLI and the offline decryptor. Pure data
// and functions (no Node built-ins), so main and the renderer share it; each passes its translator.
//
// iCIMS matches the package name exactly (the job's "BGCheck Package" value must equal the Certn
// name), so names are checked to the character; a package that is inactive or not marked for ATS
// use is refused by Certn when a recruiter orders it.
import type { SharedMessageId, SharedT } from './i18n/shared-ids';

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

export const VERDICT_LABEL_IDS: Record<VerdictLevel, SharedMessageId> = {
  ready: 'shared.verdict.ready',
  caution: 'shared.verdict.caution',
  blocked: 'shared.verdict.blocked',
};

/** Each name check: a pattern, what is wrong in a few words, and why it matters (message ids). */
export const NAME_CHECKS: readonly { pattern: RegExp; problem: SharedMessageId; why: SharedMessageId }[] = [
  { pattern: /^\s/, problem: 'shared.verdict.name.startsSpace', why: 'shared.verdict.name.spaceIncluded' },
  { pattern: /\s$/, problem: 'shared.verdict.name.endsSpace', why: 'shared.verdict.name.spaceIncluded' },
  { pattern: /\S {2,}\S/, problem: 'shared.verdict.name.doubleSpace', why: 'shared.verdict.name.doubleSpace.why' },
  { pattern: /[^\S ]/, problem: 'shared.verdict.name.oddSpace', why: 'shared.verdict.name.oddSpace.why' },
  { pattern: /^[\s\S]{201,}$/, problem: 'shared.verdict.name.tooLong', why: 'shared.verdict.name.tooLong.why' },
];

/** The form two names take when a person would read them as the same. */
export function lookalikeKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim().toLowerCase();
}

/** Short descriptions of what is risky in a package name, e.g. "ends with a space". */
export function nameProblems(name: string, t: SharedT): string[] {
  return NAME_CHECKS.filter((c) => c.pattern.test(name)).map((c) => t(c.problem));
}

/** The same, as sentences that say why it matters. */
export function nameIssues(name: string, t: SharedT): string[] {
  return NAME_CHECKS.filter((c) => c.pattern.test(name)).map((c) => t('shared.verdict.nameIssue', { problem: t(c.problem), why: t(c.why) }));
}

/** Only the level, for counts and filters that show no words (the same rules, worded as ids). */
export function verdictLevel(f: VerdictFacts): VerdictLevel {
  return packageVerdict(f, (id) => id).level;
}

export function packageVerdict(f: VerdictFacts, t: SharedT): Verdict {
  const blockers: string[] = [];
  if (!f.exists) blockers.push(t('shared.verdict.notFound'));
  if (f.active === false) blockers.push(t('shared.verdict.inactive'));
  if (f.ats === 'off') blockers.push(t('shared.verdict.atsOff'));
  const cautions: string[] = [];
  if (f.active === null && f.exists) cautions.push(t('shared.verdict.activeUnknown'));
  if (f.ats === 'unknown' && f.exists) cautions.push(t('shared.verdict.atsUnknown'));
  for (const p of nameProblems(f.name, t)) cautions.push(t('shared.verdict.nameCaution', { problem: p }));
  if (f.lookalikes.length) cautions.push(t('shared.verdict.lookalikes', { names: f.lookalikes.map((name) => t('shared.verdict.quoted', { name })).join(', ') }));
  const level: VerdictLevel = blockers.length ? 'blocked' : cautions.length ? 'caution' : 'ready';
  return { level, label: t(VERDICT_LABEL_IDS[level]), blockers, cautions };
}

/** One line for texts (the iCIMS request, the CLI): the verdict and its reasons. */
export function verdictSentence(v: Verdict, overridden: boolean, t: SharedT): string | null {
  if (v.level === 'blocked') return t('shared.verdict.blockedSentence', { overridden: overridden ? 'yes' : 'no', reasons: v.blockers.join(', ') });
  if (v.level === 'caution') return t('shared.verdict.cautionSentence', { cautions: v.cautions.join('; ') });
  return null;
}
