import { VisibleName } from './VisibleName';
import type { PackageView } from './types';

const ATS_LABEL = { on: 'ATS use on', off: 'ATS use off', unknown: 'ATS use unknown', confirmed: 'ATS use confirmed by you' } as const;

/** A package with its verification at a glance and the two things the admin can do to it. */
export function PackageRow({ p, busy, onSelect, onConfirmAts }: { p: PackageView; busy: boolean; onSelect: (on: boolean) => void; onConfirmAts: () => void }) {
  const v = p.verification;
  const atsOk = v.ats === 'on' || v.ats === 'confirmed';
  return (
    <div className={`package-row ${p.selected ? 'selected' : ''}`}>
      <input
        type="checkbox"
        className="pick"
        aria-label={`Select ${p.name.trim()} for iCIMS`}
        checked={p.selected}
        onChange={(e) => onSelect(e.target.checked)}
      />
      <div className="package-main">
        <div className="package-name">
          <VisibleName name={p.name} />
          {v.ready ? <span className="badge ok">Ready for iCIMS</span> : <span className="badge warn">Not ready</span>}
        </div>
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
            <span key={n} className="badge bad">
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
