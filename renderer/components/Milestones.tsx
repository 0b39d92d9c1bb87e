import { useId, useState } from 'react';
import { api } from '../api';
import { calendarDate } from '../../main/shared/time';
import { useT, type MessageId } from '../i18n';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useAutosave } from './useAutosave';
import type { IcimsStep } from '../../main/ipc/contract/setup';

type Kind = 'requested' | 'consultant' | 'credentials';
const today = () => calendarDate();

const ROWS: { kind: Kind; title: MessageId; dateLabel: MessageId; mark: MessageId }[] = (['requested', 'consultant', 'credentials'] as const).map((kind) => ({
  kind,
  title: `shell.milestones.${kind}.title`,
  dateLabel: `shell.milestones.${kind}.date`,
  mark: `shell.milestones.${kind}.mark`,
}));

/** Where the iCIMS request stands; each change is saved at once. */
export function Milestones({ integrationId, step, onStep }: { integrationId: string; step: IcimsStep; onStep: (s: IcimsStep) => void }) {
  const t = useT();
  const act = useAction(async (fn: () => Promise<IcimsStep>) => onStep(await fn()));
  const get = (k: Kind) => step.milestones.find((m) => m.kind === k);
  const consultant = get('consultant');
  const set = (kind: Kind, on: string, extra: { name?: string; email?: string } = {}) =>
    void act.run(() => api.icims.setMilestone({ integrationId, kind, on, ...(kind === 'consultant' ? { name: consultant?.data.name, email: consultant?.data.email } : {}), ...extra }));

  return (
    <div className="card">
      <h2>{t('shell.milestones.title')}</h2>
      {step.expectedFrom && (
        <p className={step.overdue ? 'warn-note' : 'muted'} role={step.overdue ? 'alert' : undefined}>
          {t(step.weeksWaiting === null ? 'shell.milestones.expected' : step.weeksWaiting < 1 ? 'shell.milestones.expectedRecent' : 'shell.milestones.expectedWaiting', {
            from: t.date(step.expectedFrom),
            to: t.date(step.expectedTo ?? step.expectedFrom),
            weeks: step.weeksWaiting ?? 0,
          })}
          {step.overdue && <> {t('shell.milestones.overdue')}</>}
        </p>
      )}
      <ul className="milestones">
        {ROWS.map((r) => {
          const m = get(r.kind);
          return (
            <li key={r.kind} className={m ? 'done' : ''}>
              <span className="milestone-title">
                {m ? '✓ ' : ''}
                {t(r.title)}
              </span>
              {m ? (
                <span className="row">
                  <label className="inline">
                    {t(r.dateLabel)}
                    <input type="date" value={m.on} max={today()} onChange={(e) => e.target.value && set(r.kind, e.target.value)} />
                  </label>
                  <button className="link" aria-label={t('shell.milestones.clearOf', { title: t(r.title) })} disabled={act.busy} onClick={() => void act.run(() => api.icims.clearMilestone({ integrationId, kind: r.kind }))}>
                    {t('shell.milestones.clear')}
                  </button>
                </span>
              ) : r.kind === 'consultant' ? (
                <NewConsultant busy={act.busy} mark={t(r.mark)} onMark={(name, email) => set('consultant', today(), { name, email: email || undefined })} />
              ) : (
                <button disabled={act.busy} onClick={() => set(r.kind, today())}>
                  {t(r.mark)}
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
  const t = useT();
  return (
    <form className="consultant" onSubmit={(e) => (e.preventDefault(), name.trim() && onMark(name.trim(), email.trim()))}>
      <label>
        {t('shell.milestones.consultantName')}
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('shell.milestones.consultantEmailOptional')}
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <span className="row">
        <button type="submit" disabled={busy || !name.trim()} aria-describedby={name.trim() ? undefined : why}>
          {mark}
        </button>
        {!name.trim() && (
          <span id={why} className="muted">
            {t('shell.milestones.nameFirst')}
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
  const t = useT();
  return (
    <div className="consultant">
      <label>
        {t('shell.milestones.consultantName')}
        <input value={name.value} onChange={(e) => name.onChange(e.target.value)} onBlur={name.onBlur} />
      </label>
      <label>
        {t('shell.milestones.consultantEmail')}
        <input type="email" value={email.value} onChange={(e) => email.onChange(e.target.value)} onBlur={email.onBlur} />
      </label>
      <ErrorNote error={name.error ?? email.error} />
    </div>
  );
}
