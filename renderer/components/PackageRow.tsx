import { useState } from 'react';
import { VisibleName } from './VisibleName';
import type { PackageView } from '../../main/ipc/contract/setup';
import { useT, type MessageId } from '../i18n';

const ATS_LABEL = { on: 'packages.row.ats.on', off: 'packages.row.ats.off', unknown: 'packages.row.ats.unknown', confirmed: 'packages.row.ats.confirmed' } as const satisfies Record<PackageView['verification']['ats'], MessageId>;

const VERDICT_CLASS = { ready: 'ok', caution: 'warn', blocked: 'bad' } as const;

/** A package with its one verdict at a glance and the things the admin can do to it. */
export function PackageRow({ p, busy, onSelect, onConfirmAts }: { p: PackageView; busy: boolean; onSelect: (on: boolean, override?: boolean) => void; onConfirmAts: () => void }) {
  const t = useT();
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
        aria-label={t('packages.row.select', { name })}
        checked={p.selected}
        onChange={(e) => (e.target.checked && verdict.level === 'blocked' && !p.override ? setAsking(true) : onSelect(e.target.checked))}
      />
      <div className="package-main">
        <div className="package-name">
          <VisibleName name={p.name} />
          <span className={`badge ${VERDICT_CLASS[verdict.level]}`} aria-label={t('packages.row.verdict', { label: verdict.label })}>
            {verdict.label}
          </span>
          {p.override && <span className="badge bad">{t('packages.row.override')}</span>}
        </div>
        {verdict.level !== 'ready' && (
          <div className="small">{verdict.level === 'blocked' ? t('packages.row.wouldFail', { blockers: verdict.blockers.join(', ') }) : t('packages.row.check', { cautions: verdict.cautions.join('; ') })}</div>
        )}
        {asking && (
          <div className="warn-note" role="alertdialog" aria-label={t('packages.row.ask', { name })}>
            <p>
              {t('packages.row.askBody', { name, blockers: verdict.blockers.join(', ') })}
            </p>
            <button disabled={busy} onClick={() => (setAsking(false), onSelect(true, true))}>
              {t('packages.row.selectAnyway')}
            </button>{' '}
            <button onClick={() => setAsking(false)}>{t('packages.row.cancel')}</button>
          </div>
        )}
        <div className="muted small">
          <span className="mono">{p.id}</span>
          {p.checkTypes.length > 0 && <> · {t('packages.row.checks', { count: p.checkTypes.length })}</>}
          {p.source === 'url' && <> · {t('packages.row.byUrl')}</>}
        </div>
        <div className="badges">
          <span className={`badge ${v.exists ? 'ok' : 'bad'}`}>{v.exists ? t('packages.row.exists') : t('packages.row.notFound')}</span>
          <span className={`badge ${v.active === false ? 'bad' : v.active ? 'ok' : 'warn'}`}>{v.active === null ? t('packages.row.activeUnknown') : v.active ? t('packages.row.active') : t('packages.row.inactive')}</span>
          <span className={`badge ${atsOk ? 'ok' : v.ats === 'off' ? 'bad' : 'warn'}`}>{t(ATS_LABEL[v.ats])}</span>
          <span className={`badge ${v.regionMatches ? 'ok' : 'bad'}`}>{v.regionMatches ? t('packages.row.regionMatches') : t('packages.row.otherRegion')}</span>
          {v.nameIssues.map((n) => (
            <span key={n} className="badge warn">
              {n}
            </span>
          ))}
          {v.lookalikes.length > 0 && <span className="badge warn">{t('packages.row.looksLike', { names: v.lookalikes.join(', ') })}</span>}
        </div>
      </div>
      {(v.ats === 'off' || v.ats === 'unknown') && v.exists && (
        <button className="small-button" disabled={busy} aria-label={t('packages.row.confirmAtsFor', { name })} onClick={onConfirmAts}>
          {t('packages.row.confirmAts')}
        </button>
      )}
    </div>
  );
}
