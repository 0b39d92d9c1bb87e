import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../main/ipc/contract';

// One named function per contract channel, grouped by domain: consoleBridge.integrations.create(input).
// The page never receives ipcRenderer or a generic invoke.
const bridge: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
for (const channel of CHANNELS) {
  const [domain, method] = channel.split('.');
  (bridge[domain] ??= {})[method] = (input: unknown) => ipcRenderer.invoke(channel, input);
}
contextBridge.exposeInMainWorld('consoleBridge', bridge);
