import { useAutosave } from './useAutosave';
import { ErrorNote } from './ErrorNote';
import { useT } from '../i18n';

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
  const t = useT();
  // An emptied field is not a value to store: the vault keeps what it holds.
  const field = useAutosave('', (v) => (v ? onSave(v) : Promise.resolve()), debounceMs);
  return (
    <div className="secret-field">
      <label>
        {label}
        <input
          type={type}
          autoComplete="off"
          spellCheck={false}
          value={field.value}
          placeholder={saved ? t('shell.secret.placeholder') : ''}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
        />
      </label>
      <span className="secret-state" role="status" aria-label={t('shell.secret.stateLabel', { label })}>
        {field.saving
          ? t('shell.secret.saving')
          : saved || field.savedOnce
            ? savedAt
              ? t('shell.secret.savedAt', { at: t.dateTime(savedAt) })
              : t('shell.secret.saved')
            : t('shell.secret.notSaved')}
      </span>
      <ErrorNote error={field.error} />
    </div>
  );
}
