// Drift: iCIMS orders a package by its exact name, so a package renamed, deactivated or taken off
// ATS use in Certn after the handoff breaks every order for it, silently. Measured against what the
// latest handoff gave the consultant, not against today's selection in the console.
import { AppError } from '../shared/errors';
import { visibleName } from '../shared/visible-name';
import type { CheckResult } from '../shared/health';
import { msg, type Message, type WordArg } from '../shared/health-words';
import { couldNotCheck, result, stepFix } from './result';

export interface HandedPackage {
  id: string;
  name: string;
}

export interface HandoffSnapshot {
  id: string;
  createdAt: string;
  expiresAt: string;
  recipientLabel: string;
  leakedAt: string | null;
  /** Null for handoffs made before the console recorded what they carried. */
  packages: HandedPackage[] | null;
}

export interface CertnPackageFacts {
  id: string;
  name: string;
  is_active?: boolean;
  use_for_ats?: boolean;
}

export interface DriftInput {
  handoff: HandoffSnapshot | null;
  /** One package from Certn; a package that no longer exists throws `certn_not_found`. */
  getPackage: (id: string) => Promise<CertnPackageFacts>;
}

export async function checkDrift(i: DriftInput): Promise<CheckResult> {
  const id = 'package-drift';
  if (!i.handoff) return result(id, 'warn', msg('health.drift.noHandoff'), [], stepFix('handoff', msg('health.fix.makeHandoff', { step: { step: 'handoff' } })));
  const handed = i.handoff.packages;
  const handoffOf = { date: { dateTime: i.handoff.createdAt }, recipient: i.handoff.recipientLabel };
  if (!handed) {
    return result(id, 'warn', msg('health.drift.unrecorded'), [msg('health.drift.handoffOf', handoffOf)], stepFix('handoff', msg('health.fix.newHandoffPackages')));
  }
  const problems: Message[] = [];
  const fine: Message[] = [];
  for (const h of handed) {
    let p: CertnPackageFacts;
    const named = { name: visibleName(h.name), id: h.id };
    try {
      p = await i.getPackage(h.id);
    } catch (e) {
      if (e instanceof AppError && e.code === 'certn_not_found') {
        problems.push(msg('health.drift.gone', named));
        continue;
      }
      return couldNotCheck(id, e, msg('health.what.packagesInCertn'));
    }
    const wrong: WordArg[] = [];
    if (p.name !== h.name) wrong.push(msg('health.drift.renamed', { now: visibleName(p.name), given: visibleName(h.name) }));
    if (p.is_active === false) wrong.push(msg('health.drift.inactive'));
    if (p.use_for_ats === false) wrong.push(msg('health.drift.notAts'));
    if (wrong.length) problems.push(msg('health.drift.changed', { ...named, problems: { list: wrong } }));
    else fine.push(msg(p.is_active === undefined || p.use_for_ats === undefined ? 'health.drift.unchangedUnknown' : 'health.drift.unchanged', named));
  }
  const base = msg('health.drift.base', { ...handoffOf, count: handed.length });
  if (problems.length) {
    return result(
      id,
      'fail',
      msg('health.drift.fail', { count: problems.length }),
      [base, ...problems, ...fine],
      stepFix('packages', msg('health.fix.undoChange')),
    );
  }
  return result(id, 'ok', msg('health.drift.ok'), [base, ...fine]);
}
