import * as m001 from './001_init';
import * as m002 from './002_settings';
import * as m003 from './003_handoff';
import * as m004 from './004_sendsafely';
import * as m005 from './005_rotation';
import * as m006 from './006_package_index';
import * as m007 from './007_health';

/** Ordered: the database's `user_version` is the number of migrations applied. */
export const MIGRATIONS: readonly { name: string; up: string }[] = [
  { name: '001_init', up: m001.up },
  { name: '002_settings', up: m002.up },
  { name: '003_handoff', up: m003.up },
  { name: '004_sendsafely', up: m004.up },
  { name: '005_rotation', up: m005.up },
  { name: '006_package_index', up: m006.up },
  { name: '007_health', up: m007.up },
];
