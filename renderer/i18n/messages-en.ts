// Every renderer area in English, plus the areas the renderer shares with main (step titles and
// the texts main/shared words for both sides).
import { flatten } from '../../main/shared/i18n/catalog';
import shared from '../../main/shared/i18n/en/shared';
import steps from '../../main/shared/i18n/en/steps';
import after from './en/after';
import certn from './en/certn';
import connect from './en/connect';
import golive from './en/golive';
import handoff from './en/handoff';
import healthPage from './en/healthPage';
import icims from './en/icims';
import packages from './en/packages';
import shell from './en/shell';

export const AREAS_EN = { after, certn, connect, golive, handoff, healthPage, icims, packages, shared, shell, steps } as const;
export const MESSAGES_EN = flatten(AREAS_EN);
