import cli from './cli';
import contract from './contract';
import email from './email';
import errors from './errors';
import handoff from './handoff';
import health from './health';
import launch from './launch';
import packages from './packages';
import probe from './probe';
import record from './record';
import rotation from './rotation';
import sendsafely from './sendsafely';
import setup from './setup';
import shared from './shared';
import steps from './steps';
import web from './web';
import type { MAIN_AREAS_EN } from '../en';

export const MAIN_AREAS_FR_CA = { cli, contract, email, errors, handoff, health, launch, packages, probe, record, rotation, sendsafely, setup, shared, steps, web } satisfies Record<keyof typeof MAIN_AREAS_EN, unknown>;
