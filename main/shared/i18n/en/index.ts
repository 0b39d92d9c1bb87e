// Every main-process area in English. The renderer's catalog takes `steps` and `shared` from here too.
import cli from './cli';
import contract from './contract';
import email from './email';
import errors from './errors';
import handoff from './handoff';
import health from './health';
import menu from './menu';
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

export const MAIN_AREAS_EN = { cli, contract, email, errors, handoff, health, launch, menu, packages, probe, record, rotation, sendsafely, setup, shared, steps, web } as const;
