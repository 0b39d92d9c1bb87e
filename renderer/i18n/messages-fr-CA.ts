// Loaded only when the console is in French, so English users never download it.
import { flatten } from '../../main/shared/i18n/catalog';
import shared from '../../main/shared/i18n/fr-CA/shared';
import steps from '../../main/shared/i18n/fr-CA/steps';
import after from './fr-CA/after';
import certn from './fr-CA/certn';
import connect from './fr-CA/connect';
import golive from './fr-CA/golive';
import handoff from './fr-CA/handoff';
import healthPage from './fr-CA/healthPage';
import icims from './fr-CA/icims';
import packages from './fr-CA/packages';
import shell from './fr-CA/shell';
import type { AREAS_EN } from './messages-en';

export const AREAS_FR_CA = { after, certn, connect, golive, handoff, healthPage, icims, packages, shared, shell, steps } satisfies Record<keyof typeof AREAS_EN, unknown>;
export const MESSAGES_FR_CA = flatten(AREAS_FR_CA);
