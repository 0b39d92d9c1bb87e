import type { ComponentType } from 'react';
import type { StepId } from '../../main/shared/steps';
import { Connect } from './Connect';
import { Packages } from './Packages';
import { IcimsRequest } from './IcimsRequest';
import { CertnConnection } from './CertnConnection';
import { Handoff } from './Handoff';
import { GoLive } from './GoLive';
import type { StepProps } from './types';

export type { StepProps } from './types';

/** One component per step, in renderer/steps/. */
export const STEP_COMPONENTS: Record<StepId, ComponentType<StepProps>> = {
  connect: Connect,
  packages: Packages,
  icims: IcimsRequest,
  certn: CertnConnection,
  handoff: Handoff,
  golive: GoLive,
};
