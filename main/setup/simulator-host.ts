import { startSimulator, type Simulator, type SimulatorOptions } from '../simulator';
import type { Services } from '../app';

/**
 * One in-process simulator per "Local simulator" integration, started on first use and stopped
 * with the console. The simulator keeps its candidates and cases in memory; what the admin did in
 * its "portals" (packages planned, the iCIMS connection, event notifications) is restored from the
 * console's own records when it starts again (see restore.ts).
 */
export class SimulatorHost {
  private readonly running = new Map<string, Promise<Simulator>>();

  constructor(
    private readonly s: Services,
    private readonly credentialsFor: (integrationId: string) => SimulatorOptions['credentials'],
    private readonly onStarted: (integrationId: string, sim: Simulator) => Promise<void>,
  ) {
    s.onClose(() => this.stopAll());
  }

  isRunning(integrationId: string): boolean {
    return this.running.has(integrationId);
  }

  ensure(integrationId: string): Promise<Simulator> {
    let p = this.running.get(integrationId);
    if (!p) {
      p = this.start(integrationId);
      this.running.set(integrationId, p);
      p.catch(() => this.running.delete(integrationId));
    }
    return p;
  }

  async stop(integrationId: string): Promise<void> {
    const p = this.running.get(integrationId);
    this.running.delete(integrationId);
    if (p) await (await p.catch(() => null))?.stop();
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((id) => this.stop(id)));
  }

  private async start(integrationId: string): Promise<Simulator> {
    const sim = await startSimulator({ region: 'ca', seedKey: integrationId, credentials: this.credentialsFor(integrationId) });
    try {
      await this.onStarted(integrationId, sim);
    } catch (e) {
      await sim.stop();
      throw e;
    }
    return sim;
  }
}
