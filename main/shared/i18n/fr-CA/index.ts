import cli from './cli';
import email from './email';
import errors from './errors';
import handoff from './handoff';
import health from './health';
import record from './record';
import setup from './setup';
import shared from './shared';
import steps from './steps';
import type { MAIN_AREAS_EN } from '../en';

export const MAIN_AREAS_FR_CA = { cli, email, errors, handoff, health, record, setup, shared, steps } satisfies Record<keyof typeof MAIN_AREAS_EN, unknown>;
