// R1: plant known secrets, drive every flow, then look for them in everything the console wrote.
import fs from 'node:fs';
import path from 'node:path';
import { allFiles, driveEveryFlow, makeHarness, scanBytes, tempDir } from './flow';

export interface CanaryResult {
  hits: string[];
  filesScanned: number;
  secrets: number;
}

export async function runCanary(): Promise<CanaryResult> {
  const h = await makeHarness();
  const exportDir = tempDir('reliability-exports-');
  const consoleOut: string[] = [];
  // Whatever the services print while they work is part of "the logs".
  const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  for (const k of Object.keys(originals) as (keyof typeof originals)[]) console[k] = (...a: unknown[]) => void consoleOut.push(a.map(String).join(' '));
  let flow;
  try {
    flow = await driveEveryFlow(h.app);
  } finally {
    Object.assign(console, originals);
  }
  // Exports and handoff files, saved as a person would save them.
  for (const f of flow.exports) fs.writeFileSync(path.join(exportDir, path.basename(f.name)), f.content);
  fs.writeFileSync(path.join(h.dataDir, 'console.log'), [...h.log, ...consoleOut].join('\n'));

  const hits: string[] = [];
  let filesScanned = 0;
  const scanAll = () => {
    for (const file of [...allFiles(h.dataDir), ...allFiles(exportDir)]) {
      filesScanned++;
      hits.push(...scanBytes(file, fs.readFileSync(file), flow.secrets));
    }
  };
  // While running (the WAL holds the newest pages), then after a clean close.
  scanAll();
  await h.app.close();
  scanAll();
  return { hits, filesScanned, secrets: flow.secrets.length };
}
