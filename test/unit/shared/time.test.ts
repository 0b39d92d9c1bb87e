// The zone is pinned before anything reads it: a half-hour zone far from UTC catches both a UTC
// time shown as local and a day cut from an ISO string.
process.env.TZ = 'America/St_Johns';

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, daysBetween, formatDate, formatDateTime, formatDateTimeZoned, formatTime, isoWithOffset, userTimeZone } from '../../../main/shared/time';

const gb = { locale: 'en-GB' };

describe('one time formatting module', () => {
  it('shows an instant in the user’s zone (the pinned TZ), not in UTC', () => {
    expect(userTimeZone()).toBe('America/St_Johns');
    // 04:48 UTC is 01:18 the same day in Newfoundland (UTC−3:30 in November).
    expect(formatTime('2026-11-28T04:48:00Z', gb)).toBe('01:18');
    expect(formatDateTime('2026-11-28T04:48:00Z', gb)).toBe('28 Nov 2026, 01:18');
    expect(formatDateTime('2026-11-28T02:00:00Z', gb)).toBe('27 Nov 2026, 22:30');
    expect(formatDateTimeZoned('2026-11-28T02:00:00Z', gb)).toBe('27 Nov 2026, 22:30 (America/St_Johns)');
  });

  it('takes an explicit zone and locale', () => {
    expect(formatDateTime('2026-11-28T04:48:00Z', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('28 Nov 2026, 13:48');
    expect(formatDate('2026-11-28T04:48:00Z', { locale: 'de-DE', timeZone: 'UTC' })).toBe('28. Nov. 2026');
  });

  it('keeps a French time on one line: the spaces around « h » do not break', () => {
    expect(formatTime('2026-11-28T19:07:00Z', { locale: 'fr-CA', timeZone: 'America/Toronto' })).toBe('14\u00a0h\u00a007');
    expect(formatDateTime('2026-11-28T19:07:00Z', { locale: 'fr-CA', timeZone: 'America/Toronto' })).toMatch(/ 14\u00a0h\u00a007$/);
    expect(formatTime('2026-11-28T19:07:00Z', { locale: 'en-CA', timeZone: 'America/Toronto' })).not.toContain('\u00a0h');
  });

  it('keeps a calendar date (from a date field) on its day in every zone', () => {
    expect(formatDate('2026-11-28', gb)).toBe('28 Nov 2026');
    expect(formatDate('2026-11-28', { locale: 'en-GB', timeZone: 'Pacific/Kiritimati' })).toBe('28 Nov 2026');
    expect(formatDate('2026-11-28', { locale: 'en-GB', timeZone: 'Pacific/Pago_Pago' })).toBe('28 Nov 2026');
  });

  it('gives the day an instant falls on where the user is, for date fields and counting', () => {
    expect(calendarDate('2026-11-28T02:00:00Z')).toBe('2026-11-27');
    expect(calendarDate('2026-11-28T02:00:00Z', { timeZone: 'UTC' })).toBe('2026-11-28');
    expect(addDays('2026-01-05', 365)).toBe('2027-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-04', '2027-01-05')).toBe(32);
  });

  it('writes ISO 8601 with the user’s offset for files', () => {
    expect(isoWithOffset('2026-11-28T04:48:00Z')).toBe('2026-11-28T01:18:00-03:30');
    expect(isoWithOffset('2026-11-28T04:48:00Z', { timeZone: 'Asia/Kolkata' })).toBe('2026-11-28T10:18:00+05:30');
    expect(isoWithOffset('2026-07-01T12:00:00Z', { timeZone: 'Europe/Paris' })).toBe('2026-07-01T14:00:00+02:00');
    expect(Date.parse(isoWithOffset('2026-11-28T04:48:00Z'))).toBe(Date.parse('2026-11-28T04:48:00Z'));
  });

  it('is the only place screens format times: no ISO slicing or toLocaleString in the renderer or the setup services', () => {
    const root = path.resolve(__dirname, '../../..');
    const files = ['renderer', 'main/setup', 'main/cli'].flatMap((d) =>
      (fs.readdirSync(path.join(root, d), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(d, f)),
    );
    const bad = /toISOString\(\)\.slice|toLocale(Date|Time)?String\(|\.slice\(0, 1[069]\)|\.slice\(11, 16\)/;
    const offenders = files.filter((f) => bad.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
