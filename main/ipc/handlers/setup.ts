import type { Services } from '../../app';
import type { Handlers } from '../contract';
import { AppError } from '../../shared/errors';

type SetupHandlers = Pick<Handlers, 'certn' | 'packages' | 'icims' | 'connection' | 'golive' | 'rehearsal'>;

const notYet = (): never => {
  throw new AppError('not_implemented', 'This step is still being built.');
};

export function setupHandlers(_s: Services): SetupHandlers {
  return {
    certn: { status: notYet, connect: notYet, connectSimulator: notYet },
    packages: { sync: notYet, syncStatus: notYet, list: notYet, addByUrl: notYet, select: notYet, confirmAts: notYet, offeredChecks: notYet, plans: notYet, plan: notYet, completePlan: notYet, createPlanInSimulator: notYet },
    icims: { get: notYet, setCompany: notYet, setMilestone: notYet, clearMilestone: notYet, saveCredentials: notYet, verify: notYet, useSimulatorAccount: notYet },
    connection: { get: notYet, syncGroups: notYet, saveWebhookField: notYet, setOptions: notYet, confirmSaved: notYet, copyIcimsValue: notYet, doItForMe: notYet },
    golive: { probe: notYet, cases: notYet },
    rehearsal: { state: notYet, configureEvents: notYet, createCandidate: notYet, moveToTrigger: notYet, advance: notYet },
  };
}
