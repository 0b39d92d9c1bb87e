// Every main-process area in English. The renderer's catalog takes `steps` and `shared` from here too.
import cli from './cli';
import email from './email';
import errors from './errors';
import handoff from './handoff';
import health from './health';
import record from './record';
import setup from './setup';
import shared from './shared';
import steps from './steps';

export const MAIN_AREAS_EN = { cli, email, errors, handoff, health, record, setup, shared, steps } as const;
