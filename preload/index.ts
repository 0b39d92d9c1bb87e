import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, EVENT_NAMES, ipcEventChannel } from '../main/ipc/contract/names';

// One named function per contract channel, grouped by domain: consoleBridge.integrations.create(input).
// The page never receives ipcRenderer or a generic invoke.
const bridge: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
for (const channel of channelNames()) {
  const [domain, method] = channel.split('.');
  (bridge[domain] ??= {})[method] = (input: unknown) => ipcRenderer.invoke(channel, input);
}
contextBridge.exposeInMainWorld('consoleBridge', bridge);

const known = new Set<string>(EVENT_NAMES);

// Events main pushes: consoleEvents.on('vault.locked', listener) returns the function that stops
// listening. An AbortSignal cannot cross the context bridge (objects lose their prototype there),
// so the page ties its own signal to that function; only the payload reaches the page, never the
// IPC event object.
contextBridge.exposeInMainWorld('consoleEvents', {
  on(name: string, listener: (payload: unknown) => void): () => void {
    if (!known.has(name) || typeof listener !== 'function') return () => undefined;
    const channel = ipcEventChannel(name as (typeof EVENT_NAMES)[number]);
    const onIpc = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, onIpc);
    return () => void ipcRenderer.off(channel, onIpc);
  },
});
