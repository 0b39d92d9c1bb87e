// i18n-pending: its words are moving to the message catalogs.
import { useState } from 'react';
import { VisibleName } from './VisibleName';
import type { PackageView } from '../../main/ipc/contract/setup';

const ATS_LABEL = { on: 'ATS use on', off: 'ATS use off', unknown: 'ATS use unknown', confirmed: 'ATS use confirmed by you' } as const;

const VERDICT_CLASS = { ready: 'ok', caution: 'warn', blocked: 'bad' } as const;

/** A package with its one verdict at a glance and the things the admin can do to it. */
export function PackageRow({ p, busy, onSelect, onConfirmAts }: { p: PackageView; busy: boolean; onSelect: (on: boolean, override?: boolean) => void; onConfirmAts: () => void }) {
  const v = p.verification;
  const verdict = v.verdict;
  const atsOk = v.ats === 'on' || v.ats === 'confirmed';
  // A package that will fail when ordered is selected only after the admin says so explicitly.
  const [asking, setAsking] = useState(false);
  const name = p.name.trim();
  return (
    <div className={`package-row ${p.selected ? 'selected' : ''}`}>
      <input
        type="checkbox"
        className="pick"
        aria-label={`Select ${name} for iCIMS`}
        checked={p.selected}
        onChange={(e) => (e.target.checked && verdict.level === 'blocked' && !p.override ? setAsking(true) : onSelect(e.target.checked))}
      />
      <div className="package-main">
        <div className="package-name">
          <VisibleName name={p.name} />
          <span className={`badge ${VERDICT_CLASS[verdict.level]}`} aria-label={`Verdict: ${verdict.label}`}>
            {verdict.label}
          </span>
          {p.override && <span className="badge bad">Selected anyway (override recorded)</span>}
        </div>
        {verdict.level !== 'ready' && (
          <div className="small">{verdict.level === 'blocked' ? `An order would fail: ${verdict.blockers.join(', ')}.` : `Check: ${verdict.cautions.join('; ')}.`}</div>
        )}
        {asking && (
          <div className="warn-note" role="alertdialog" aria-label={`Select ${name} anyway?`}>
            <p>
              “{name}” will fail when a recruiter orders it ({verdict.blockers.join(', ')}). Fix it in the Client Portal and sync again, or select it anyway: the override is recorded in the audit log and shown in the request and the handoff.
            </p>
            <button disabled={busy} onClick={() => (setAsking(false), onSelect(true, true))}>
              Select anyway (recorded)
            </button>{' '}
            <button onClick={() => setAsking(false)}>Cancel</button>
          </div>
        )}
        <div className="muted small">
          <span className="mono">{p.id}</span>
          {p.checkTypes.length > 0 && <> · {p.checkTypes.length} check{p.checkTypes.length > 1 ? 's' : ''}</>}
          {p.source === 'url' && <> · added by URL</>}
        </div>
        <div className="badges">
          <span className={`badge ${v.exists ? 'ok' : 'bad'}`}>{v.exists ? 'Exists' : 'Not found in Certn'}</span>
          <span className={`badge ${v.active === false ? 'bad' : v.active ? 'ok' : 'warn'}`}>{v.active === null ? 'Active?' : v.active ? 'Active' : 'Inactive'}</span>
          <span className={`badge ${atsOk ? 'ok' : v.ats === 'off' ? 'bad' : 'warn'}`}>{ATS_LABEL[v.ats]}</span>
          <span className={`badge ${v.regionMatches ? 'ok' : 'bad'}`}>{v.regionMatches ? 'Region matches' : 'Other region'}</span>
          {v.nameIssues.map((n) => (
            <span key={n} className="badge warn">
              {n}
            </span>
          ))}
          {v.lookalikes.length > 0 && <span className="badge warn">Looks like: {v.lookalikes.join(', ')}</span>}
        </div>
      </div>
      {(v.ats === 'off' || v.ats === 'unknown') && v.exists && (
        <button className="small-button" disabled={busy} aria-label={`I confirmed ATS use in the portal for ${p.name.trim()}`} onClick={onConfirmAts}>
          I confirmed ATS use in the portal
        </button>
      )}
    </div>
  );
}
