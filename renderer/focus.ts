// Keyboard and screen-reader users must never be dropped on <body>: after a navigation, focus goes to
// the new screen's heading; after an async action, back to the button that started it, or to what
// replaced it; and new results are read out through one polite live region.

// The live region sits in a closed shadow root: screen readers read it like any other node, while
// text searches over the page (find-in-page, scripts, tests) do not find each message twice.
let liveRegion: HTMLElement | null = null;
let announcerLabel = '';

/** Ref callback for the app's single, always-present live region host. */
export function mountAnnouncer(host: HTMLElement | null): void {
  if (!host || host.dataset.mounted) return;
  host.dataset.mounted = 'true';
  const root = host.attachShadow({ mode: 'closed' });
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-label', announcerLabel);
  root.append(region);
  liveRegion = region;
}

/** Names the live region in the console's language (the shell calls it whenever the language changes). */
export function labelAnnouncer(label: string): void {
  announcerLabel = label;
  liveRegion?.setAttribute('aria-label', label);
}

const nobodyFocused = () => !document.activeElement || document.activeElement === document.body;

const usable = (el: HTMLElement): boolean =>
  el.isConnected && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;

function focusElement(el: HTMLElement) {
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus();
}

const mainHeading = () => document.querySelector<HTMLElement>('main h1');

/** Says `text` once through the live region (cleared first so a repeated message is read again). */
export function announce(text: string): void {
  const region = liveRegion;
  if (!region || !text.trim()) return;
  region.textContent = '';
  setTimeout(() => (region.textContent = text.trim()), 60);
}

/** Polls briefly: React commits and data loads land a little after the event that caused them. */
function poll(check: () => boolean, ms = 2000): void {
  const start = Date.now();
  const tick = () => {
    if (check() || Date.now() - start > ms) return;
    setTimeout(tick, 50);
  };
  setTimeout(tick, 0);
}

/** After moving to another step or screen: focus its h1 once it has replaced the previous one. */
export function focusNewHeading(): void {
  const before = mainHeading();
  const start = Date.now();
  poll(() => {
    const h = mainHeading();
    if (!h || (h === before && Date.now() - start < 400)) return false;
    focusElement(h);
    return true;
  });
}

/** Skip link target: the screen's heading, or the main landmark itself. */
export function focusMain(): void {
  const target = mainHeading() ?? document.querySelector<HTMLElement>('main');
  if (target) focusElement(target);
}

const RESULT_SELECTOR = 'main [role="status"], main .ok-note, main .ok-box';

export interface ActionStart {
  trigger: HTMLElement | null;
  results: Set<string>;
  headings: Set<Element>;
}

/** Remembers where focus was and which results were on screen when an action started. */
export function actionStarted(): ActionStart {
  const active = document.activeElement;
  return {
    trigger: active instanceof HTMLElement && active !== document.body ? active : null,
    results: new Set([...document.querySelectorAll(RESULT_SELECTOR)].map((e) => e.textContent?.trim() ?? '')),
    headings: new Set(document.querySelectorAll('main h1, main h2')),
  };
}

/**
 * When an action has finished: announce results that were not on screen before, and if focus was
 * lost (the button was disabled while busy, or replaced), put it back on the button or on the first
 * new heading, else on the screen's heading.
 */
export function actionFinished(start: ActionStart, ok: boolean): void {
  if (ok) {
    poll(() => {
      const fresh = [...document.querySelectorAll(RESULT_SELECTOR)]
        .map((e) => e.textContent?.trim() ?? '')
        .filter((t) => t && !start.results.has(t));
      if (fresh.length) announce(fresh.join(' '));
      return fresh.length > 0;
    }, 1500);
  }
  const trigger = start.trigger;
  if (!trigger) return;
  const began = Date.now();
  poll(() => {
    if (!nobodyFocused() && document.activeElement !== trigger) return true;
    if (usable(trigger)) {
      if (document.activeElement !== trigger) trigger.focus();
      return true;
    }
    if (trigger.isConnected && Date.now() - began < 1500) return false;
    const newHeading = [...document.querySelectorAll<HTMLElement>('main h1, main h2')].find((h) => !start.headings.has(h));
    const target = newHeading ?? mainHeading();
    if (target) focusElement(target);
    return true;
  }, 2500);
}
