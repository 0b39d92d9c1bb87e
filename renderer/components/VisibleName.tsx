/**
 * A package name with its spaces made visible where they matter (leading, trailing, doubled):
 * the iCIMS consultant must type the name exactly, so "Screen " and "Screen" must look different.
 */
export function VisibleName({ name }: { name: string }) {
  const parts: { text: string; space: boolean }[] = [];
  const re = /(^ +| +$| {2,})/g;
  let last = 0;
  for (let m = re.exec(name); m; m = re.exec(name)) {
    if (m.index > last) parts.push({ text: name.slice(last, m.index), space: false });
    parts.push({ text: m[0], space: true });
    last = m.index + m[0].length;
  }
  if (last < name.length) parts.push({ text: name.slice(last), space: false });
  return (
    <span className="visible-name" title={`“${name}”`}>
      {parts.map((p, i) =>
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
