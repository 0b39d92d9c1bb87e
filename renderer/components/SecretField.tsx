import { useEffect, useRef, useState } from 'react';
import { ErrorNote } from './ErrorNote';
import { formatDateTime } from '../../main/shared/time';

interface Props {
  label: string;
  /** Whether the vault already holds this value (it is never shown back). */
  saved: boolean;
  savedAt?: string | null;
  onSave: (value: string) => Promise<unknown>;
  /** Save while typing after this pause, so a value shown only once is never lost. */
  debounceMs?: number;
  type?: 'password' | 'text';
}

/** A secret input that stores what is typed or pasted at once (pause or blur), then shows only "saved". */
export function SecretField({ label, saved, savedAt, onSave, debounceMs = 500, type = 'password' }: Props) {
  const [value, setValue] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);
  const lastSaved = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = async (v: string) => {
    clearTimeout(timer.current);
    if (!v || v === lastSaved.current) return;
    setState('saving');
    setError(null);
    try {
      await onSave(v);
      lastSaved.current = v;
      setState('saved');
    } catch (e) {
      setError(e);
      setState('idle');
    }
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <div className="secret-field">
      <label>
        {label}
        <input
          type={type}
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={saved ? 'Saved in the vault — paste a new value to replace it' : ''}
          onChange={(e) => {
            const v = e.target.value;
            setValue(v);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => void save(v), debounceMs);
          }}
          onBlur={() => void save(value)}
        />
      </label>
      <span className="secret-state" role="status" aria-label={`${label} state`}>
        {state === 'saving' ? 'Saving…' : saved || state === 'saved' ? `✓ Saved in the vault${savedAt ? ` (${formatDateTime(savedAt)})` : ''}` : 'Not saved yet'}
      </span>
      <ErrorNote error={error} />
    </div>
  );
}
