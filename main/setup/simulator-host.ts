import type { Simulator, SimulatorOptions } from '../simulator';
import type { AuditLog } from '../store/audit';
import type { SettingsRepo, SettingsPatch, SettingsMap } from '../store/settings';
import type { SimulatorAccess } from './apis';
import type { EmitEvent } from '../ipc/contract/push';

type SimulatorPorts = SettingsMap['simulatorPorts'];

const portOf = (url: string) => Number(new URL(url).port);
/** Quiet time after the simulator's last change before the window is told. */
const CHANGE_SETTLE_MS = 100;

export interface SimulatorHostDeps {
  settings: Pick<SettingsRepo, 'get' | 'set'>;
  audit: Pick<AuditLog, 'record'>;
  /** Starts one simulator: the composition root passes the simulator's own `startSimulator`. */
  start: (opts: SimulatorOptions) => Promise<Simulator>;
  /** The credentials an integration already saved, so a restarted simulator accepts them again. */
  credentialsFor: (integrationId: string) => SimulatorOptions['credentials'];
  /** Brings a fresh simulator back to what the admin already did in its "portals". */
  onStarted: (integrationId: string, sim: Simulator) => Promise<void>;
  /** Pushes rehearsal.changed to the window. */
  emit: EmitEvent;
}

/**
 * One in-process simulator per "Local simulator" integration, started on first use and stopped
 * with the console. The simulator keeps its candidates and cases in memory; what the admin did in
 * its "portals" (packages planned, the iCIMS connection, event notifications) is restored from the
 * console's own records when it starts again (see restore.ts).
 */
export class SimulatorHost implements SimulatorAccess {
  private readonly running = new Map<string, Promise<Simulator>>();
  private readonly pendingChange = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly d: SimulatorHostDeps) {}

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
    for (const t of this.pendingChange.values()) clearTimeout(t);
    this.pendingChange.clear();
  }

  /**
   * A burst of simulator requests (a move, its event, the case, its write-backs) becomes one
   * rehearsal.changed shortly after the last of them, so the window re-reads once, not per request.
   */
  private changed(integrationId: string): void {
    clearTimeout(this.pendingChange.get(integrationId));
    const t = setTimeout(() => {
      this.pendingChange.delete(integrationId);
      this.d.emit('rehearsal.changed', { integrationId });
    }, CHANGE_SETTLE_MS);
    t.unref();
    this.pendingChange.set(integrationId, t);
  }

  /**
   * Each integration's simulator keeps its ports across restarts, so a rehearsal handoff made
   * earlier still names a live endpoint. If a port has been taken meanwhile, it starts on free
   * ones and leaves a notice saying the endpoint moved.
   */
  private async start(integrationId: string): Promise<Simulator> {
    const saved = this.d.settings.get(integrationId, 'simulatorPorts');
    const base = { region: 'ca' as const, seedKey: integrationId, credentials: this.d.credentialsFor(integrationId), onChange: () => this.changed(integrationId) };
    let sim: Simulator;
    let busy = false;
    try {
      sim = await this.d.start({ ...base, certnPort: saved?.certn, icimsPort: saved?.icims, sendsafelyPort: saved?.sendsafely });
    } catch (e) {
      if (!saved || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      sim = await this.d.start(base);
      busy = true;
    }
    const ports: SimulatorPorts = { certn: portOf(sim.certnUrl), icims: portOf(sim.icimsUrl), sendsafely: portOf(sim.sendsafelyUrl) };
    const patch: SettingsPatch = { simulatorPorts: ports };
    if (busy && saved) {
      // Kept as numbers and worded when read, so it speaks the console's language of that moment.
      patch.simulatorPortNotice = { from: saved.certn, to: ports.certn };
      this.d.audit.record('simulator.port_changed', integrationId, { from: saved.certn, to: ports.certn });
    } else if (!busy) patch.simulatorPortNotice = null;
    this.d.settings.set(integrationId, patch);
    try {
      await this.d.onStarted(integrationId, sim);
    } catch (e) {
      await sim.stop();
      throw e;
    }
    return sim;
  }
}
