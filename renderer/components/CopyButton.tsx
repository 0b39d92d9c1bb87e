// i18n-pending: its words are moving to the message catalogs.
import { useEffect, useState } from 'react';
import { ApiError } from '../api';
import { copyWithClear } from '../hooks';
import { ErrorNote } from './ErrorNote';

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
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 4000);
    return () => clearTimeout(t);
  }, [copied]);
  const copy = async () => {
    setError(null);
    try {
      await copyWithClear(typeof text === 'string' ? text : await text());
      setCopied(true);
    } catch (e) {
      // A refusal from main (a secret that could not be read) says why; a clipboard the browser
      // refused leaves the admin one way out.
      setError(e instanceof ApiError ? e : new ApiError('internal', 'Could not copy to the clipboard.', 'Select the text and copy it by hand.'));
    }
  };
  return (
    <span className="copy-button">
      <button type="button" aria-label={label} disabled={disabled} onClick={() => void copy()}>
        {children ?? 'Copy'}
      </button>
      {copied && (
        <span className="copied" role="status">
          Copied — the clipboard clears in 60 s
        </span>
      )}
      <ErrorNote error={error} />
    </span>
  );
}
