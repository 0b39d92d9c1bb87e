// i18n-pending: its words are moving to the message catalogs.
// Drift: iCIMS orders a package by its exact name, so a package renamed, deactivated or taken off
// ATS use in Certn after the handoff breaks every order for it, silently. Measured against what the
// latest handoff gave the consultant, not against today's selection in the console.
import { AppError } from '../shared/errors';
import { visibleName } from '../shared/visible-name';
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import { couldNotCheck, plural, result, stepFix } from './result';

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
  if (!i.handoff) return result(id, 'warn', 'No handoff has been made yet, so there is nothing to compare.', [], stepFix('handoff', `Make the handoff in ${stepRef('handoff')}`));
  const handed = i.handoff.packages;
  if (!handed) {
    return result(id, 'warn', 'The latest handoff was made before the console recorded its packages, so drift cannot be measured.', [`Handoff of ${i.handoff.createdAt} to ${i.handoff.recipientLabel}.`], stepFix('handoff', 'Make a new handoff so its packages are on record'));
  }
  const problems: string[] = [];
  const fine: string[] = [];
  for (const h of handed) {
    let p: CertnPackageFacts;
    try {
      p = await i.getPackage(h.id);
    } catch (e) {
      if (e instanceof AppError && e.code === 'certn_not_found') {
        problems.push(`“${visibleName(h.name)}” (ID ${h.id}) no longer exists in Certn.`);
        continue;
      }
      return couldNotCheck(id, e, 'the packages in Certn');
    }
    const wrong: string[] = [];
    if (p.name !== h.name) wrong.push(`is now named “${visibleName(p.name)}” (iCIMS was given “${visibleName(h.name)}”; ␣ marks a space)`);
    if (p.is_active === false) wrong.push('is inactive');
    if (p.use_for_ats === false) wrong.push('is no longer marked for ATS use');
    if (wrong.length) problems.push(`“${visibleName(h.name)}” (ID ${h.id}) ${wrong.join(', ')}.`);
    else fine.push(`“${visibleName(h.name)}” (ID ${h.id}) unchanged${p.is_active === undefined || p.use_for_ats === undefined ? ' (Certn did not say whether it is active and marked for ATS use)' : ''}.`);
  }
  const base = `Compared with the handoff of ${i.handoff.createdAt} to ${i.handoff.recipientLabel} (${plural(handed.length, 'package')}).`;
  if (problems.length) {
    return result(
      id,
      'fail',
      `${plural(problems.length, 'package')} handed to the consultant changed in Certn: iCIMS orders for ${problems.length === 1 ? 'it' : 'them'} will fail.`,
      [base, ...problems, ...fine],
      stepFix('packages', 'Undo the change in the Certn portal, or select the packages again and make a new handoff'),
    );
  }
  return result(id, 'ok', `Every package handed over still exists, is active, is marked for ATS use and has the same name.`, [base, ...fine]);
}
