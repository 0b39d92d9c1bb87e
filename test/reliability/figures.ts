// The five figures of the reliability suite, each one line: name, the measured figure, the target.
import { runCanary } from './r1-canary';
import { runCrash } from './r2-crash';
import { runFuzz } from './r3-fuzz';
import { runFaults } from './r4-faults';
import { runTamper } from './r6-tamper';

export interface Figure {
  id: string;
  line: string;
  ok: boolean;
  /** The first few findings, for a failing figure. */
  details: string[];
}

export const FULL = { crashRuns: 100, fuzzCalls: 10_000, faultPairs: undefined as number | undefined, tamperStride: 1 };
export const SHORT = { crashRuns: 10, fuzzCalls: 600, faultPairs: 12, tamperStride: 3 };
export type Sizes = typeof FULL;

const mark = (ok: boolean) => (ok ? 'ok' : 'FAIL');

export async function r1(): Promise<Figure> {
  const r = await runCanary();
  const ok = r.hits.length === 0 && r.filesScanned > 0;
  return { id: 'R1', ok, details: r.hits.slice(0, 10), line: `R1 canary: ${r.hits.length} hits (${r.secrets} secrets × raw/base64/hex/UTF-16 in ${r.filesScanned} files: data folder, WAL, preferences, log, exports, handoff files; target 0) ${mark(ok)}` };
}

export async function r2(s: Sizes): Promise<Figure> {
  const r = await runCrash({ runs: s.crashRuns });
  const ok = r.runs === s.crashRuns && r.integrityFailures === 0 && r.lostWrites.length === 0 && r.unpaired.length === 0;
  return {
    id: 'R2',
    ok,
    details: [...r.lostWrites, ...r.unpaired].slice(0, 10),
    line: `R2 crash: ${r.runs} SIGKILLs, ${r.integrityFailures} failed integrity_check, ${r.lostWrites.length} lost of ${r.acknowledged} acknowledged writes, ${r.unpaired.length} unpaired audit rows (target 0/0/0) ${mark(ok)}`,
  };
}

export async function r3(s: Sizes): Promise<Figure> {
  const r = await runFuzz({ calls: s.fuzzCalls });
  const bad = r.crashes.length + r.serverErrors.length + r.untyped.length + r.stackTraces.length + r.secretsInAnswers.length;
  const ok = bad === 0 && r.calls === s.fuzzCalls;
  return {
    id: 'R3',
    ok,
    details: [...r.crashes, ...r.serverErrors, ...r.untyped, ...r.stackTraces, ...r.secretsInAnswers].slice(0, 10),
    line: `R3 fuzz: ${r.calls} calls over ${r.channels} channels (${r.httpCalls} over HTTP): ${r.crashes.length} crashes, ${r.serverErrors.length} 5xx, ${r.untyped.length} untyped errors, ${r.stackTraces.length} stack traces, ${r.secretsInAnswers.length} secrets in answers (target 0 each) ${mark(ok)}`,
  };
}

export async function r4(s: Sizes): Promise<Figure> {
  const r = await runFaults({ sample: s.faultPairs });
  const ok = r.unhandled.length === 0 && r.unclear.length === 0 && r.pairs > 0;
  return {
    id: 'R4',
    ok,
    details: [...r.unhandled, ...r.unclear].slice(0, 10),
    line: `R4 faults: ${r.pairs} fault×route pairs (${r.kinds} kinds, ${r.routes} routes, ${r.calls} calls): ${r.unhandled.length} unhandled rejections, ${r.unclear.length} failures without a clear typed error (target 0/0) ${mark(ok)}`,
  };
}

export async function r6(s: Sizes): Promise<Figure> {
  const r = await runTamper({ stride: s.tamperStride });
  const ok = r.failures.length === 0 && r.bytes > 0;
  return {
    id: 'R6',
    ok,
    details: r.failures.slice(0, 10),
    line: `R6 tamper: ${r.bytes} bytes of the .asc flipped${s.tamperStride > 1 ? ` (one in ${s.tamperStride})` : ''}: ${r.rejected} rejected, ${r.unchanged} provably unchanged, ${r.failures.length} accepted with a different plaintext or untyped (target 0) ${mark(ok)}`,
  };
}
