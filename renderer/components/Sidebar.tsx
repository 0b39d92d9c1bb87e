import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from './ErrorNote';
import { useT } from '../i18n';
import { ENVIRONMENT_LABEL_IDS } from '../../main/shared/regions';
import type { Integration } from '../../main/ipc/contract/foundation';
import { VERDICT_LABEL_IDS, type HealthVerdict } from '../../main/shared/health';

export type View = 'steps' | 'settings' | 'audit' | 'new' | 'health';

interface Props {
  integrations: Integration[];
  selectedId: string | null;
  view: View;
  onSelect: (id: string) => void;
  onView: (v: View) => void;
  onChanged: () => void;
  /** The latest health verdict per integration id (none until a run). */
  health?: Record<string, HealthVerdict | null>;
  onHealth?: (id: string) => void;
}

export function Sidebar({ integrations, selectedId, view, onSelect, onView, onChanged, health, onHealth }: Props) {
  const t = useT();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [text, setText] = useState('');
  const act = useAction(async (fn: () => Promise<unknown>) => {
    await fn();
    setRenaming(null);
    setDeleting(null);
    setText('');
    onChanged();
  });
  return (
    <aside className="sidebar" aria-label={t('shell.sidebar.label')}>
      <div className="brand">Certn × iCIMS</div>
      <nav>
        <h2>{t('shell.sidebar.heading')}</h2>
        <ul className="integration-list">
          {integrations.map((i) => (
            <li key={i.id} className={i.id === selectedId && (view === 'steps' || view === 'health') ? 'active' : ''}>
              {renaming === i.id ? (
                <form onSubmit={(e) => (e.preventDefault(), void act.run(() => api.integrations.rename({ id: i.id, name: text })))}>
                  <input aria-label={t('shell.sidebar.newName')} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
                  <button type="submit" disabled={act.busy}>{t('shell.sidebar.save')}</button>
                  <button type="button" className="link" onClick={() => setRenaming(null)}>{t('shell.sidebar.cancel')}</button>
                </form>
              ) : deleting === i.id ? (
                <form className="confirm-delete" onSubmit={(e) => (e.preventDefault(), void act.run(() => api.integrations.remove({ id: i.id, confirmName: text })))}>
                  <p>{t('shell.sidebar.deleteConfirm', { name: i.name })}</p>
                  <input aria-label={t('shell.sidebar.deleteConfirmLabel')} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
                  <button type="submit" className="danger" disabled={act.busy}>{t('shell.sidebar.delete')}</button>
                  <button type="button" className="link" onClick={() => setDeleting(null)}>{t('shell.sidebar.cancel')}</button>
                </form>
              ) : (
                <div className="row">
                  <button className="integration" onClick={() => onSelect(i.id)} title={t(ENVIRONMENT_LABEL_IDS[i.environment])}>
                    <span className="name">{i.name}</span>
                    <span className="env">{t(ENVIRONMENT_LABEL_IDS[i.environment])}</span>
                  </button>
                  {health?.[i.id] && (
                    <button className={`health-badge ${health[i.id]}`} aria-label={t('shell.sidebar.healthOf', { name: i.name, verdict: t(VERDICT_LABEL_IDS[health[i.id]!]) })} title={t('shell.sidebar.openHealth')} onClick={() => onHealth?.(i.id)}>
                      <span aria-hidden="true">●</span> {t(VERDICT_LABEL_IDS[health[i.id]!])}
                    </button>
                  )}
                  <span className="row-actions">
                    <button className="icon" aria-label={t('shell.sidebar.renameOf', { name: i.name })} title={t('shell.sidebar.rename')} onClick={() => (setRenaming(i.id), setText(i.name))}>
                      <PencilIcon />
                    </button>
                    <button className="icon" aria-label={t('shell.sidebar.deleteOf', { name: i.name })} title={t('shell.sidebar.delete')} onClick={() => (setDeleting(i.id), setText(''))}>
                      <TrashIcon />
                    </button>
                  </span>
                </div>
              )}
            </li>
          ))}
        </ul>
        <button className="new-integration" onClick={() => onView('new')}>{t('shell.sidebar.newIntegration')}</button>
        <ErrorNote error={act.error} />
      </nav>
      <div className="sidebar-foot">
        {selectedId && <button className={view === 'health' ? 'active' : ''} onClick={() => onView('health')}>{t('shell.sidebar.health')}</button>}
        <button className={view === 'audit' ? 'active' : ''} onClick={() => onView('audit')}>{t('shell.sidebar.audit')}</button>
        <button className={view === 'settings' ? 'active' : ''} onClick={() => onView('settings')}>{t('shell.sidebar.settings')}</button>
      </div>
    </aside>
  );
}

// Drawn inline so they render the same everywhere: emoji such as 🗑 are missing from many Linux fonts.
function PencilIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
      <path d="M11.5 2.5l2 2L5 13H3v-2z" />
      <path d="M10 4l2 2" />
    </svg>
  );
}

function TrashIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <path d="M2.5 4h11" />
      <path d="M6 4V2.5h4V4" />
      <path d="M4 4l.7 9.5h6.6L12 4" />
      <path d="M6.8 6.5v4.5M9.2 6.5v4.5" />
    </svg>
  );
}
