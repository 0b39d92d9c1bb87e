import { useCallback, useEffect, useRef, useState } from 'react';
import { actionFinished, actionStarted } from './focus';

/**
 * Runs an action, tracking busy and the last error, so every button reports failures the same way;
 * focus is kept (or moved to the result) and new results are announced.
 */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    const started = actionStarted();
    let ok = false;
    setBusy(true);
    setError(null);
    try {
      const result = await fnRef.current(...args);
      ok = true;
      return result;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
      actionFinished(started, ok);
    }
  }, []);
  return { run, busy, error, setError };
}

/** Loads data and reloads on demand; `deps` restart it. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (d) => live && (setData(d), setError(null)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, reload, setData };
}

/** Copies text and clears the clipboard after 60 s if it still holds what we put there (best effort). */
export async function copyWithClear(text: string, clearAfterMs = 60_000): Promise<void> {
  await navigator.clipboard.writeText(text);
  setTimeout(() => {
    void navigator.clipboard.writeText('').catch(() => undefined);
  }, clearAfterMs);
}

/** Triggers a download of text content (browser mode and Electron alike). */
export function downloadText(fileName: string, content: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
