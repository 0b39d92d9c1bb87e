// `npm run reliability`: the full suite, one figure per line. `--short` runs the sizes `npm test` uses.
import { FULL, r1, r2, r3, r4, r6, SHORT, type Figure } from './figures';

const sizes = process.argv.includes('--short') ? SHORT : FULL;
const only = process.argv.slice(2).filter((a) => /^R\d$/i.test(a)).map((a) => a.toUpperCase());
const steps: [string, () => Promise<Figure>][] = [
  ['R1', () => r1()],
  ['R2', () => r2(sizes)],
  ['R3', () => r3(sizes)],
  ['R4', () => r4(sizes)],
  ['R6', () => r6(sizes)],
];

let failed = 0;
for (const [id, run] of steps) {
  if (only.length && !only.includes(id)) continue;
  const started = Date.now();
  let f: Figure;
  try {
    f = await run();
  } catch (e) {
    f = { id, ok: false, line: `${id}: could not run (${e instanceof Error ? e.message : String(e)})`, details: [] };
  }
  console.log(`${f.line}  [${Math.round((Date.now() - started) / 1000)} s]`);
  for (const d of f.details) console.log(`    ${d}`);
  if (!f.ok) failed++;
}
process.exit(failed ? 1 : 0);
