// A case's life on the simulated clock: invited at once, then submitted, in progress and complete at
// fixed offsets. Every change is written back to iCIMS, in order, one case at a time.
import { HOUR_MS, type SimClock } from './clock';
import type { Case, CaseRecord, CertnState } from './state';

export const LIFE: { status: string; afterMs: number }[] = [
  { status: 'APPLICANT_INVITED', afterMs: 0 },
  { status: 'APPLICANT_SUBMITTED', afterMs: 24 * HOUR_MS },
  { status: 'IN_PROGRESS', afterMs: 25 * HOUR_MS },
  { status: 'COMPLETE', afterMs: 72 * HOUR_MS },
];

export interface CaseLifeDeps {
  state: CertnState;
  clock: SimClock;
  /** Must not reject: failures are recorded on the record. */
  writeBack: (rec: CaseRecord, snapshot: Case) => Promise<void>;
  reportUrl: (rec: CaseRecord) => string;
}

/** Demo hook: "+review" / "+reject" in the candidate's email decide the score. */
function scoreFor(c: Case): string {
  const e = c.email_address.toLowerCase();
  if (e.includes('+reject')) return 'REJECT';
  if (e.includes('+review')) return 'REVIEW';
  return 'CLEAR';
}

export class CaseLife {
  constructor(private readonly deps: CaseLifeDeps) {}

  /** Called after the event was answered: sends the invite and plans the rest. */
  begin(rec: CaseRecord): void {
    const start = this.deps.clock.now();
    rec.schedule = LIFE.map((l) => ({ at: start + l.afterMs, status: l.status }));
    this.applyDue(rec);
  }

  private apply(rec: CaseRecord, status: string): void {
    const c = rec.pub;
    c.overall_status = status;
    c.modified = this.deps.clock.iso();
    if (status === 'COMPLETE') {
      c.overall_score = scoreFor(c);
      c.report_url = this.deps.reportUrl(rec);
    }
    const snapshot = structuredClone(c);
    rec.chain = rec.chain.then(() => this.deps.writeBack(rec, snapshot));
  }

  private applyDue(rec: CaseRecord): void {
    const now = this.deps.clock.now();
    while (rec.schedule.length > 0 && rec.schedule[0].at <= now) this.apply(rec, rec.schedule.shift()!.status);
  }

  /** Runs every transition that is due and waits for their write-backs. */
  async runDue(): Promise<void> {
    for (const rec of this.deps.state.cases) this.applyDue(rec);
    await this.settle();
  }

  /** Moves one case to its next status now, whatever the clock says. */
  async advance(rec: CaseRecord): Promise<Case> {
    const next = rec.schedule.shift();
    if (next) this.apply(rec, next.status);
    await rec.chain;
    return rec.pub;
  }

  async settle(): Promise<void> {
    for (;;) {
      const chains = this.deps.state.cases.map((r) => r.chain);
      await Promise.all(chains);
      if (this.deps.state.cases.every((r, i) => r.chain === chains[i])) return;
    }
  }
}
