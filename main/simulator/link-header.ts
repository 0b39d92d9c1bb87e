// The event's `Link` header, read on the Certn side. iCIMS's own example writes each link bare,
// `http://…/jobs/1209;rel="job";title="Job Profile",` (no angle brackets, a trailing comma); RFC 8288
// writes `<http://…>; rel="job"`. Both are accepted, so a proxy that normalises the header breaks nothing.

export interface EventLink {
  url: string;
  rel: string | null;
  title: string | null;
}

/** Splits on commas that are outside quotes and angle brackets. */
function splitTop(value: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  let bracketed = false;
  for (const ch of value) {
    if (ch === '"' && !bracketed) quoted = !quoted;
    else if (ch === '<' && !quoted) bracketed = true;
    else if (ch === '>' && !quoted) bracketed = false;
    if (ch === ',' && !quoted && !bracketed) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function parseLinkHeader(value: string | null | undefined): EventLink[] {
  if (!value) return [];
  const links: EventLink[] = [];
  for (const part of splitTop(value)) {
    let url: string;
    let rest: string;
    if (part.startsWith('<')) {
      const end = part.indexOf('>');
      if (end < 0) continue;
      url = part.slice(1, end).trim();
      rest = part.slice(end + 1);
    } else {
      const semi = part.indexOf(';');
      url = (semi < 0 ? part : part.slice(0, semi)).trim();
      rest = semi < 0 ? '' : part.slice(semi);
    }
    if (!url) continue;
    const params: Record<string, string> = {};
    for (const m of rest.matchAll(/;\s*([A-Za-z*-]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g)) params[m[1].toLowerCase()] = m[2] ?? m[3] ?? '';
    links.push({ url, rel: params.rel ?? null, title: params.title ?? null });
  }
  return links;
}

/** Writes links the way iCIMS's example shows them. */
export function formatIcimsLinkHeader(links: { url: string; rel: string; title: string }[]): string {
  return links.map((l) => `${l.url};rel="${l.rel}";title="${l.title}"`).join(',');
}
