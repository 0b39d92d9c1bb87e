import { startSimulator, type Simulator, type SimulatorOptions } from '../simulator';
import type { Services } from '../app';

interface SimulatorPorts {
  certn: number;
  icims: number;
  sendsafely?: number;
}

const portOf = (url: string) => Number(new URL(url).port);

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

  /**
   * Each integration's simulator keeps its ports across restarts, so a rehearsal handoff made
   * earlier still names a live endpoint. If a port has been taken meanwhile, it starts on free
   * ones and leaves a notice saying the endpoint moved.
   */
  private async start(integrationId: string): Promise<Simulator> {
    const saved = this.s.settings.get<SimulatorPorts>(integrationId, 'simulatorPorts');
    const base = { region: 'ca' as const, seedKey: integrationId, credentials: this.credentialsFor(integrationId) };
    let sim: Simulator;
    let busy = false;
    try {
      sim = await startSimulator({ ...base, certnPort: saved?.certn, icimsPort: saved?.icims, sendsafelyPort: saved?.sendsafely });
    } catch (e) {
      if (!saved || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      sim = await startSimulator(base);
      busy = true;
    }
    const ports: SimulatorPorts = { certn: portOf(sim.certnUrl), icims: portOf(sim.icimsUrl), sendsafely: portOf(sim.sendsafelyUrl) };
    const patch: Record<string, unknown> = { simulatorPorts: ports };
    if (busy && saved) {
      patch.simulatorPortNotice = `The simulator's earlier port ${saved.certn} was taken by another program, so it now listens on ${ports.certn}: handoffs made before name the old endpoint. Make a new handoff for rehearsals.`;
      this.s.audit.record('simulator.port_changed', integrationId, { from: saved.certn, to: ports.certn });
    } else if (!busy) patch.simulatorPortNotice = null;
    this.s.settings.set(integrationId, patch);
    try {
      await this.onStarted(integrationId, sim);
    } catch (e) {
      await sim.stop();
      throw e;
    }
    return sim;
  }
}
