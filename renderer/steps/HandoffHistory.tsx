// Step 4's record of past handoffs, with the guidance when one may have leaked.
import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks';
import { ErrorNote } from '../components/ErrorNote';
import { useT } from '../i18n';
import type { HandoffRecord } from '../../main/ipc/contract/handoff';
import type { StepProps } from './types';
import { SendSafelyTrackingNote } from './SendSafelyPanel';
import { METHODS } from './handoff-methods';

export function History({ records, error, integrationId, onChanged, go }: { records: HandoffRecord[]; error: unknown; integrationId: string; onChanged: () => void; go: StepProps['go'] }) {
  const t = useT();
  const [asking, setAsking] = useState<string | null>(null);
  const [alsoDelete, setAlsoDelete] = useState(true);
  const [ssProblem, setSsProblem] = useState<string | null>(null);
  const mark = useAction(async (handoffId: string, deleteFromSendSafely: boolean) => {
    const r = await api.handoff.markLeaked({ integrationId, handoffId, deleteFromSendSafely });
    setSsProblem(r.sendsafelyProblem);
    setAsking(null);
    onChanged();
  });
  const track = useAction(async () => {
    await api.handoff.refreshTracking({ integrationId });
    onChanged();
  });
  const hasSendSafely = records.some((r) => r.sendsafely && !r.sendsafely.deletedAt);
  const leaked = records.filter((r) => r.leakedAt);
  return (
    <div className="card" aria-labelledby="handoff-history">
      <h2 id="handoff-history">{t('handoff.history.title')}</h2>
      <ErrorNote error={error ?? mark.error ?? track.error} />
      {ssProblem && <p className="error-note" role="alert">{ssProblem}</p>}
      {hasSendSafely && (
        <div className="actions">
          <button type="button" disabled={track.busy} onClick={() => void track.run()}>{t(track.busy ? 'handoff.history.tracking' : 'handoff.history.track')}</button>
        </div>
      )}
      {leaked.length > 0 && (
        <div className="warn-note" role="alert" aria-label={t('handoff.leak.label')}>
          <strong>{t('handoff.leak.title')}</strong>
          <ol>
            <li>{t('shared.leak.guidance.portal')}</li>
            <li>{t('shared.leak.guidance.save', { golive: t.stepRef('golive'), certn: t.stepRef('certn') })}</li>
            <li>{t('shared.leak.guidance.reissue')}</li>
            <li>{t('shared.leak.guidance.tell')}</li>
          </ol>
          <p>
            {t(leaked.every((r) => r.rotatedSinceLeak) ? 'handoff.leak.rotated' : 'handoff.leak.notRotated')}{' '}
            {t(leaked.every((r) => r.reissuedSinceLeak) ? 'handoff.leak.reissued' : 'handoff.leak.notReissued')}
          </p>
          <button className="link" onClick={() => go('certn')}>{t('handoff.goTo', { step: t.stepRef('certn') })}</button>{' '}
          <button className="link" onClick={() => go('golive')}>{t('handoff.leak.guided', { step: t.stepRef('golive') })}</button>
        </div>
      )}
      {records.length === 0 ? (
        <p className="muted">{t('handoff.history.none')}</p>
      ) : (
        <table className="handoff-history">
          <thead>
            <tr>
              <th>{t('handoff.history.created')}</th>
              <th>{t('handoff.history.recipient')}</th>
              <th>{t('handoff.history.validUntil')}</th>
              <th>{t('handoff.history.method')}</th>
              <th>{t('handoff.history.sha')}</th>
              <th>{t('handoff.history.status')}</th>
              <th><span className="visually-hidden">{t('handoff.history.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <td>{t.dateTime(r.createdAt)}</td>
                <td>{r.recipientLabel}</td>
                <td>{t.dateTimeZoned(r.expiresAt)}</td>
                <td>{t(METHODS.find((m) => m.id === r.method)!.label)}{r.fingerprint && <div className="mono muted">{r.fingerprint}</div>}</td>
                <td className="mono handoff-hash" title={r.sendsafely ? t('handoff.history.sha.sendsafely', { sha: r.sha256 }) : r.sha256}>{r.sha256}</td>
                <td>
                  {r.supersededAt && <span className="badge" title={t('handoff.history.superseded.title')}>{t('handoff.history.superseded')}</span>}
                  {r.leakedAt ? (
                    <span className="badge bad">{t('handoff.history.leaked')}</span>
                  ) : r.expired ? (
                    <span className="badge">{t('handoff.history.expired')}</span>
                  ) : (
                    <span className="badge ok">{t('handoff.history.valid')}</span>
                  )}
                  <SendSafelyTrackingNote record={r} />
                </td>
                <td>
                  {!r.leakedAt && asking !== r.id && <button type="button" onClick={() => setAsking(r.id)}>{t('handoff.history.markLeaked')}</button>}
                  {r.leakedAt && r.sendsafely && !r.sendsafely.deletedAt && (
                    <button type="button" disabled={mark.busy} onClick={() => void mark.run(r.id, true)}>{t('handoff.history.deleteSendSafely')}</button>
                  )}
                  {asking === r.id && (
                    <span className="handoff-confirm">
                      {r.sendsafely && !r.sendsafely.deletedAt && (
                        <label className="inline">
                          <input type="checkbox" checked={alsoDelete} onChange={(e) => setAlsoDelete(e.target.checked)} />
                          {t('handoff.history.alsoDelete')}
                        </label>
                      )}
                      <button type="button" className="danger" disabled={mark.busy} onClick={() => void mark.run(r.id, !!r.sendsafely && alsoDelete)}>{t('handoff.history.confirmLeak')}</button>
                      <button type="button" onClick={() => setAsking(null)}>{t('handoff.history.cancel')}</button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
