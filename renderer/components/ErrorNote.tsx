import { ApiError } from '../api';
import { useT } from '../i18n';

/** Shows an error as the console words it: what happened, then what to do next. */
export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const e = error instanceof ApiError ? error : new ApiError('internal', error instanceof Error ? error.message : String(error));
  // The page's own errors carry message ids: worded here, in the language chosen now.
  const message = e.words ? t(e.words.message, e.words.values) : e.message;
  const hint = e.words ? e.words.hint && t(e.words.hint, e.words.values) : e.hint;
  return (
    <div className="error-note" role="alert" data-code={e.code}>
      <strong>{message}</strong>
      {hint && <span className="hint"> {hint}</span>}
    </div>
  );
}
