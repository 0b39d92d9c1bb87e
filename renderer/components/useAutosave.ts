import { useEffect, useRef, useState } from 'react';

/**
 * A text field that persists as the admin types (after a short pause) and on blur, so nothing typed
 * is lost by leaving the step. `save` must be idempotent.
 */
export function useAutosave(initial: string, save: (v: string) => Promise<unknown>, delayMs = 600) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  /** At least one value was saved since the field appeared. */
  const [savedOnce, setSavedOnce] = useState(false);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = async (v: string) => {
    clearTimeout(timer.current);
    if (v === saved.current) return;
    setSaving(true);
    try {
      await saveRef.current(v);
      saved.current = v;
      setError(null);
      setSavedOnce(true);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    value,
    error,
    saving,
    savedOnce,
    onChange: (v: string) => {
      setValue(v);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(v), delayMs);
    },
    onBlur: () => void flush(value),
  };
}
