// Where each step's own documentation lives: the part of Certn's iCIMS setup article that matches
// the step, and iCIMS's side where iCIMS documents it. Text fragments (#:~:text=) scroll the
// article to the step's heading in browsers that support them; others open the article's top.
// Every address must pass the external-link allow-list (main/shared/external-links.ts).
import type { SharedMessageId } from './i18n/shared-ids';
import type { StepId } from './steps';

export const CERTN_ICIMS_ARTICLE = 'https://help.certn.co/hc/en-us/articles/50495958396307-ICIMS-Certn-Integration-Setup';
const ICIMS_AUTH = 'https://developer.icims.com/REST-API/Connecting-Authenticating';
const ICIMS_EVENTS = 'https://developer.icims.com/REST-API/Integration-Events';

export interface HelpLink {
  /** The link's words: a `shared` message id each side words with its own t(). */
  labelId: SharedMessageId;
  url: string;
}

const certn = (fragment: string, labelId: SharedMessageId): HelpLink => ({ labelId, url: `${CERTN_ICIMS_ARTICLE}#:~:text=${encodeURIComponent(fragment)}` });

export const STEP_HELP: Record<StepId, HelpLink[]> = {
  connect: [certn('Overview', 'shared.help.certn.overview'), { labelId: 'shared.help.icims.events', url: ICIMS_EVENTS }],
  packages: [certn('Step 1', 'shared.help.certn.step1')],
  icims: [certn('Step 2', 'shared.help.certn.step2'), { labelId: 'shared.help.icims.auth', url: ICIMS_AUTH }],
  certn: [certn('Step 3', 'shared.help.certn.step3')],
  handoff: [certn('Step 4', 'shared.help.certn.step4'), { labelId: 'shared.help.icims.notifications', url: ICIMS_EVENTS }],
  golive: [certn('Overview', 'shared.help.certn.ordering'), { labelId: 'shared.help.icims.vendorAnswer', url: ICIMS_EVENTS }],
};
