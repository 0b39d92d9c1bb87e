// A package name with every space that matters made visible: leading, trailing, runs of two or
// more, and anything that looks like a space but is not one (tab, non-breaking space). The
// consultant must type the name exactly, so "Screen " and "Screen" must look different on every
// screen and in every text; this is the one rule they all use.

export interface NamePart {
  text: string;
  /** A stretch of spaces that matters, shown as one ␣ per character. */
  space: boolean;
}

const MARKED = /^\s+|\s+$|\s{2,}|[^\S ]/g;

export function visibleNameParts(name: string): NamePart[] {
  const parts: NamePart[] = [];
  let last = 0;
  for (const m of name.matchAll(MARKED)) {
    if (m.index > last) parts.push({ text: name.slice(last, m.index), space: false });
    parts.push({ text: m[0], space: true });
    last = m.index + m[0].length;
  }
  if (last < name.length) parts.push({ text: name.slice(last), space: false });
  return parts;
}

/** The name as text, each space that matters shown as ␣. */
export function visibleName(name: string): string {
  return visibleNameParts(name).map((p) => (p.space ? '␣'.repeat(p.text.length) : p.text)).join('');
}
