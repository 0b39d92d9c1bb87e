// What the admin sends along with the handoff (by e-mail, chat or phone): how the consultant opens
// it. Worded by the translator it is given, since the consultant may not read the console's language.
import type { Translator } from '../shared/i18n';
import { formatDateTimeZoned } from '../shared/time';
import type { HandoffMethod } from '.';

/** What to tell the consultant about a SendSafely package. */
export function sendSafelyInstructions(tr: Translator, email: string, notified: boolean, expiresAt: string): string[] {
  const until = formatDateTimeZoned(expiresAt, { locale: tr.locale });
  return [
    tr.t(notified ? 'handoff.sendsafely.notified' : 'handoff.sendsafely.passOn', { email }),
    tr.t('handoff.sendsafely.opens', { email }),
    tr.t('handoff.sendsafely.deletes', { until }),
  ];
}

/** How the consultant opens the files. */
export function consultantInstructions(tr: Translator, method: HandoffMethod, ascName: string, htmlName: string | null, expiresAt: string): string[] {
  // i18n-ignore: a command the consultant types
  const gpg = `gpg --output certn-icims-handoff.json --decrypt ${ascName}`;
  const until = tr.t('handoff.instructions.until', { until: formatDateTimeZoned(expiresAt, { locale: tr.locale }) });
  if (method === 'public-key') {
    return [
      tr.t('handoff.instructions.publicKey.send', { asc: ascName }),
      tr.t('handoff.instructions.publicKey.run', { command: gpg }),
      tr.t('handoff.instructions.publicKey.passphrase'),
      until,
    ];
  }
  const split = method === 'keycode-split';
  return [
    htmlName ? tr.t('handoff.instructions.sendFiles', { asc: ascName, html: htmlName }) : tr.t('handoff.instructions.sendFile', { asc: ascName }),
    tr.t(split ? 'handoff.instructions.keycodeSplit' : 'handoff.instructions.keycode'),
    tr.t(split ? 'handoff.instructions.gpgSplit' : 'handoff.instructions.gpg', { command: gpg }),
    ...(htmlName ? [tr.t(split ? 'handoff.instructions.pageSplit' : 'handoff.instructions.page', { html: htmlName })] : []),
    until,
  ];
}
