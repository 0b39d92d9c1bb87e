// i18n-pending: its words are moving to the message catalogs.
import { visibleNameParts } from '../../main/shared/visible-name';

/** A package name with its spaces that matter shown as ␣ (the same rule as the handoff and the CLI). */
export function VisibleName({ name }: { name: string }) {
  return (
    <span className="visible-name" title={`“${name}”`}>
      {visibleNameParts(name).map((p, i) =>
        p.space ? (
          <span key={i} className="space-mark" aria-label={`${p.text.length} extra space${p.text.length > 1 ? 's' : ''}`}>
            {'␣'.repeat(p.text.length)}
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
