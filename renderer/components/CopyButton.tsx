import { useEffect, useState } from 'react';
import { ApiError, localError } from '../api';
import { copyWithClear } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useT } from '../i18n';

interface Props {
  /** Accessible name, e.g. "Copy the endpoint URL". */
  label: string;
  /** The text, or a function fetching it (secrets come from main only when copied). */
  text: string | (() => Promise<string>);
  children?: React.ReactNode;
  disabled?: boolean;
}

/** Copies to the clipboard and clears it after 60 s, saying so. */
export function CopyButton({ label, text, children, disabled }: Props) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 4000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    setError(null);
    try {
      await copyWithClear(typeof text === 'string' ? text : await text());
      setCopied(true);
    } catch (e) {
      // A refusal from main (a secret that could not be read) says why; a clipboard the browser
      // refused leaves the admin one way out.
      setError(e instanceof ApiError ? e : localError('internal', 'shell.error.copy', 'shell.error.copy.hint'));
    }
  };
  return (
    <span className="copy-button">
      <button type="button" aria-label={label} disabled={disabled} onClick={() => void copy()}>
        {children ?? t('shell.copy.button')}
      </button>
      {copied && (
        <span className="copied" role="status">
          {t('shell.copy.done')}
        </span>
      )}
      <ErrorNote error={error} />
    </span>
  );
}
