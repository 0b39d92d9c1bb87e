import { ApiError } from '../api';

/** Shows an error as the console words it: what happened, then what to do next. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const e = error instanceof ApiError ? error : new ApiError('internal', error instanceof Error ? error.message : String(error));
  return (
    <div className="error-note" role="alert" data-code={e.code}>
      <strong>{e.message}</strong>
      {e.hint && <span className="hint"> {e.hint}</span>}
    </div>
  );
}
