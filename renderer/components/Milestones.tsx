// i18n-pending: its words are moving to the message catalogs.
import { useId, useState } from 'react';
import { api } from '../api';
import { calendarDate, formatDate } from '../../main/shared/time';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useAutosave } from './useAutosave';
import type { IcimsStep } from '../../main/ipc/contract/setup';

type Kind = 'requested' | 'consultant' | 'credentials';
const today = () => calendarDate();

const ROWS: { kind: Kind; title: string; dateLabel: string; mark: string }[] = [
  { kind: 'requested', title: 'Integration requested from iCIMS', dateLabel: 'Requested on', mark: 'I sent the request' },
  { kind: 'consultant', title: 'Integration consultant assigned', dateLabel: 'Consultant assigned on', mark: 'A consultant was assigned' },
  { kind: 'credentials', title: 'iCIMS credentials received', dateLabel: 'Credentials received on', mark: 'I received the credentials' },
];

/** Where the iCIMS request stands; each change is saved at once. */
export function Milestones({ integrationId, step, onStep }: { integrationId: string; step: IcimsStep; onStep: (s: IcimsStep) => void }) {
  const act = useAction(async (fn: () => Promise<IcimsStep>) => onStep(await fn()));
  const get = (k: Kind) => step.milestones.find((m) => m.kind === k);
  const consultant = get('consultant');
  const set = (kind: Kind, on: string, extra: { name?: string; email?: string } = {}) =>
    void act.run(() => api.icims.setMilestone({ integrationId, kind, on, ...(kind === 'consultant' ? { name: consultant?.data.name, email: consultant?.data.email } : {}), ...extra }));

  return (
    <div className="card">
      <h2>Milestones</h2>
      {step.expectedFrom && (
        <p className={step.overdue ? 'warn-note' : 'muted'} role={step.overdue ? 'alert' : undefined}>
          iCIMS quotes 6–12 weeks: expect the consultant's credentials between {formatDate(step.expectedFrom)} and {formatDate(step.expectedTo ?? step.expectedFrom)}
          {step.weeksWaiting !== null && (step.weeksWaiting < 1 ? ' (requested less than a week ago)' : ` (waiting ${step.weeksWaiting} week${step.weeksWaiting === 1 ? '' : 's'} so far)`)}.
          {step.overdue && ' Overdue: ask your iCIMS account manager where the request stands.'}
        </p>
      )}
      <ul className="milestones">
        {ROWS.map((r) => {
          const m = get(r.kind);
          return (
            <li key={r.kind} className={m ? 'done' : ''}>
              <span className="milestone-title">
                {m ? '✓ ' : ''}
                {r.title}
              </span>
              {m ? (
                <span className="row">
                  <label className="inline">
                    {r.dateLabel}
                    <input type="date" value={m.on} max={today()} onChange={(e) => e.target.value && set(r.kind, e.target.value)} />
                  </label>
                  <button className="link" aria-label={`Clear: ${r.title}`} disabled={act.busy} onClick={() => void act.run(() => api.icims.clearMilestone({ integrationId, kind: r.kind }))}>
                    Clear
                  </button>
                </span>
              ) : r.kind === 'consultant' ? (
                <NewConsultant busy={act.busy} mark={r.mark} onMark={(name, email) => set('consultant', today(), { name, email: email || undefined })} />
              ) : (
                <button disabled={act.busy} onClick={() => set(r.kind, today())}>
                  {r.mark}
                </button>
              )}
              {r.kind === 'consultant' && m && <ConsultantFields integrationId={integrationId} on={m.on} data={m.data} onStep={onStep} />}
            </li>
          );
        })}
      </ul>
      <ErrorNote error={act.error} />
    </div>
  );
}

/** The consultant's name is what makes this milestone useful, so it is asked for with it, not after. */
function NewConsultant({ busy, mark, onMark }: { busy: boolean; mark: string; onMark: (name: string, email: string) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const why = useId();
  return (
    <form className="consultant" onSubmit={(e) => (e.preventDefault(), name.trim() && onMark(name.trim(), email.trim()))}>
      <label>
        Consultant name
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Consultant email (optional)
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <span className="row">
        <button type="submit" disabled={busy || !name.trim()} aria-describedby={name.trim() ? undefined : why}>
          {mark}
        </button>
        {!name.trim() && (
          <span id={why} className="muted">
            Enter the consultant's name first: it is in the iCIMS email that introduced them.
          </span>
        )}
      </span>
    </form>
  );
}

function ConsultantFields({ integrationId, on, data, onStep }: { integrationId: string; on: string; data: Record<string, string>; onStep: (s: IcimsStep) => void }) {
  const latest = { name: data.name ?? '', email: data.email ?? '' };
  const save = (patch: Partial<typeof latest>) => api.icims.setMilestone({ integrationId, kind: 'consultant', on, ...latest, ...patch }).then(onStep);
  const name = useAutosave(latest.name, (v) => save({ name: v, email: email.value }));
  const email = useAutosave(latest.email, (v) => save({ name: name.value, email: v }));
  return (
    <div className="consultant">
      <label>
        Consultant name
        <input value={name.value} onChange={(e) => name.onChange(e.target.value)} onBlur={name.onBlur} />
      </label>
      <label>
        Consultant email
        <input type="email" value={email.value} onChange={(e) => email.onChange(e.target.value)} onBlur={email.onBlur} />
      </label>
      <ErrorNote error={name.error ?? email.error} />
    </div>
  );
}
