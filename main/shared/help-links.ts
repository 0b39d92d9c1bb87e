// i18n-pending: its words are moving to the message catalogs.
// Where each step's own documentation lives: the part of Certn's iCIMS setup article that matches
// the step, and iCIMS's side where iCIMS documents it. Text fragments (#:~:text=) scroll the
// article to the step's heading in browsers that support them; others open the article's top.
// Every address must pass the external-link allow-list (main/shared/external-links.ts).
import type { StepId } from './steps';

export const CERTN_ICIMS_ARTICLE = 'https://help.certn.co/hc/en-us/articles/50495958396307-ICIMS-Certn-Integration-Setup';
const ICIMS_AUTH = 'https://developer.icims.com/REST-API/Connecting-Authenticating';
const ICIMS_EVENTS = 'https://developer.icims.com/REST-API/Integration-Events';

export interface HelpLink {
  label: string;
  url: string;
}

const certn = (fragment: string, label: string): HelpLink => ({ label, url: `${CERTN_ICIMS_ARTICLE}#:~:text=${encodeURIComponent(fragment)}` });

export const STEP_HELP: Record<StepId, HelpLink[]> = {
  connect: [
    certn('Overview', 'Certn’s iCIMS setup guide: what the integration does'),
    { label: 'iCIMS developer guide: how iCIMS sends events to a vendor such as Certn', url: ICIMS_EVENTS },
  ],
  packages: [certn('Step 1', 'Certn’s iCIMS setup guide, step 1: create packages for ATS use')],
  icims: [
    certn('Step 2', 'Certn’s iCIMS setup guide, step 2: ask iCIMS for the integration'),
    { label: 'iCIMS developer guide: Customer ID, API credentials and EU hosting', url: ICIMS_AUTH },
  ],
  certn: [certn('Step 3', 'Certn’s iCIMS setup guide, step 3: add iCIMS in the Certn portal')],
  handoff: [
    certn('Step 4', 'Certn’s iCIMS setup guide, step 4: send the consultant the webhook credentials and packages'),
    { label: 'iCIMS developer guide: the event notifications the consultant sets up', url: ICIMS_EVENTS },
  ],
  golive: [
    certn('Overview', 'Certn’s iCIMS setup guide: how recruiters order a check from iCIMS'),
    { label: 'iCIMS developer guide: integration events and what a vendor must answer', url: ICIMS_EVENTS },
  ],
};
