import { visibleNameParts } from '../../main/shared/visible-name';
import { useT } from '../i18n';

/** A package name with its spaces that matter shown as ␣ (the same rule as the handoff and the CLI). */
export function VisibleName({ name }: { name: string }) {
  const t = useT();
  return (
    <span className="visible-name" title={t('shell.visibleName.title', { name })}>
      {visibleNameParts(name).map((p, i) =>
        p.space ? (
          <span key={i} className="space-mark" aria-label={t('shell.visibleName.spaces', { count: p.text.length })}>
            {'␣'.repeat(p.text.length)}
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
