import { Notification } from 'electron';
import { failureNotice } from '../shared/health';
import type { HealthChanged } from '../health';
import { t } from '../shared/i18n';

/** A desktop notification when a health run finds a check newly failing; a click brings the window. */
export function notifyHealthFailure(e: HealthChanged, focus: () => void): void {
  if (!e.newFailures.length || !Notification.isSupported()) return;
  const n = new Notification(failureNotice(e, t));
  n.on('click', focus);
  n.show();
}
