// Every date and time a person reads, formatted one way: Intl.DateTimeFormat in the user's time
// zone and locale. Stored values stay ISO 8601 in UTC; only this module turns them into words.
// Pure (no Node built-ins): main, the CLI and the renderer all use it.

export interface TimeOptions {
  /** BCP 47 locale; the runtime's default when absent. */
  locale?: string;
  /** IANA zone; the runtime's (the user's) when absent. */
  timeZone?: string;
}

type Instant = string | number | Date;

const toDate = (v: Instant): Date => (v instanceof Date ? v : new Date(v));
const valid = (d: Date) => !Number.isNaN(d.getTime());
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(o: TimeOptions, style: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([o.locale ?? '', o.timeZone ?? '', style]);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(o.locale, { ...style, ...(o.timeZone ? { timeZone: o.timeZone } : {}) });
    cache.set(key, f);
  }
  return f;
}

/**
 * A time never breaks across lines: French writes "14 h 07" with ordinary spaces, which a narrow
 * table cell would split into "14" and "h 07". The spaces around the hour mark become no-break ones.
 */
const unbroken = (s: string): string => s.replace(/(\d) (h) (\d)/gu, '$1\u00a0$2\u00a0$3');

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** The zone times are shown in, e.g. "Europe/Paris". */
export function userTimeZone(o: TimeOptions = {}): string {
  return o.timeZone ?? new Intl.DateTimeFormat(o.locale).resolvedOptions().timeZone ?? 'UTC';
}

/**
 * A day: "28 Nov 2026". A plain calendar date ("2026-11-28", as typed in a date field) is a day
 * already and is never shifted by the zone; an instant is shown as the day it is in the user's zone.
 */
export function formatDate(v: Instant, o: TimeOptions = {}): string {
  if (typeof v === 'string' && CALENDAR_DATE.test(v)) return fmt({ locale: o.locale, timeZone: 'UTC' }, DATE).format(new Date(`${v}T00:00:00Z`));
  const d = toDate(v);
  return valid(d) ? fmt(o, DATE).format(d) : String(v);
}

/** A time of day in the user's zone: "06:40". */
export function formatTime(v: Instant, o: TimeOptions = {}): string {
  const d = toDate(v);
  return valid(d) ? unbroken(fmt(o, TIME).format(d)) : String(v);
}

/** An instant in the user's zone: "28 Nov 2026, 06:40". */
export function formatDateTime(v: Instant, o: TimeOptions = {}): string {
  const d = toDate(v);
  return valid(d) ? unbroken(fmt(o, { ...DATE, ...TIME }).format(d)) : String(v);
}

/** The same with the zone named, where a reader elsewhere must not guess: "28 Nov 2026, 06:40 (Europe/Paris)". */
export function formatDateTimeZoned(v: Instant, o: TimeOptions = {}): string {
  return `${formatDateTime(v, o)} (${userTimeZone(o)})`;
}

/** A day with the zone named, for deadlines such as a handoff's expiry. */
export function formatDateZoned(v: Instant, o: TimeOptions = {}): string {
  return `${formatDate(v, o)} (${userTimeZone(o)})`;
}

/** The calendar date an instant falls on in the user's zone, as "YYYY-MM-DD" (a date field's value). */
export function calendarDate(v: Instant = new Date(), o: TimeOptions = {}): string {
  const parts = fmt({ timeZone: o.timeZone }, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(toDate(v));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** ISO 8601 with the user's offset, e.g. "2026-11-28T07:40:00+01:00" (for files people open elsewhere). */
export function isoWithOffset(v: Instant, o: TimeOptions = {}): string {
  const d = toDate(v);
  const parts = fmt({ timeZone: o.timeZone }, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  const wall = Date.UTC(+get('year'), +get('month') - 1, +get('day'), +get('hour'), +get('minute'), +get('second'));
  const offsetMin = Math.round((wall - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${off}`;
}

/** Whole days from one calendar date to another ("YYYY-MM-DD"), independent of any zone. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A calendar date ("YYYY-MM-DD") moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
