import type { StepId } from '../../main/shared/steps';
import { STEP_HELP } from '../../main/shared/help-links';
import { useT } from '../i18n';

/** The step's own part of Certn's iCIMS article and iCIMS's documentation, opened in the browser. */
export function StepHelp({ step }: { step: StepId }) {
  const t = useT();
  return (
    <aside className="step-help" aria-label={t('shell.help.title')}>
      <h2>{t('shell.help.title')}</h2>
      <ul>
        {STEP_HELP[step].map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {t(l.labelId)}
              <span className="sr-only"> {t('shell.help.opensBrowser')}</span>
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
