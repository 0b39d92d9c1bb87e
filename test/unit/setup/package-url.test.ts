import { describe, expect, it } from 'vitest';
import { parsePackageUrl } from '../../../main/setup/package-url';
import { lookalikeIndex, lookalikeKey, nameIssues, verify } from '../../../main/setup/package-checks';

const ID = '3f1c2a9e-5b7d-4c1e-9a0b-2d4e6f8a1b3c';

describe('package URL parsing', () => {
  it.each([
    `https://client.certn.co/ca/package/${ID}/`,
    `https://client.certn.co/ca/package/${ID}`,
    `   https://client.certn.co/ca/package/${ID}/  `,
    `https://client.certn.co/ca/package/${ID}/?tab=checks`,
    `https://client.certn.co/ca/package/${ID}/#summary`,
    `client.certn.co/ca/package/${ID}/`,
    `HTTPS://CLIENT.CERTN.CO/CA/package/${ID}/`,
  ])('reads the id from %s', (url) => {
    expect(parsePackageUrl(url, 'ca')).toEqual({ region: 'ca', packageId: ID });
  });

  it.each([
    ['', 'package_url_empty'],
    ['not a url at all', 'package_url_not_web'],
    ['javascript:alert(1)', 'package_url_not_web'],
    ['example.com/ca/package/x/', 'package_url_host'],
    ['https://client.certn.co/', 'package_url_not_package'],
    ['https://client.certn.co/ca/packages/', 'package_url_not_package'],
    [`https://client.certn.co/ca/package/`, 'package_url_missing_id'],
    [`https://client.certn.co/ca/package/${ID}/edit/`, 'package_url_extra'],
    [`https://client.certn.co/us/package/${ID}/`, 'package_url_unknown_region'],
    [`http://client.certn.co/ca/package/${ID}/`, 'package_url_not_https'],
    [`https://client.certn.co/ca/package/${ID}%3Cscript%3E/`, 'package_url_bad_id'],
    [`https://certn.example.com/ca/package/${ID}/`, 'package_url_host'],
    [`https://client.certn.co.evil.example/ca/package/${ID}/`, 'package_url_host'],
    [`https://client.certn.co/uk/package/${ID}/`, 'package_url_region'],
  ])('refuses %j with %s', (url, code) => {
    expect(() => parsePackageUrl(url, 'ca')).toThrow(expect.objectContaining({ code }));
  });

  it('says what is wrong, in words', () => {
    const message = (url: string) => {
      try {
        parsePackageUrl(url, 'ca');
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(message(`https://client.certn.co/us/package/${ID}/`)).toBe('“us” is not a Certn region: package addresses use ca for North America, uk for Europe, Middle East and Africa, au for Asia Pacific.');
    expect(message('https://client.certn.co/ca/package/')).toBe('The address ends before the package id: nothing follows /package/.');
    expect(message('javascript:alert(1)')).toBe('That is not a web address: it starts with “javascript:”.');
    expect(message('https://client.certn.co/ca/packages/')).toBe('That address is a portal page (/packages/), not one package.');
    expect(message(`https://client.certn.co/ca/package/${'x'.repeat(80)}/`)).toMatch(/^“x{40}…” is not a Certn package id/);
  });

  it('says which regions differ', () => {
    expect(() => parsePackageUrl(`https://client.certn.co/au/package/${ID}/`, 'uk')).toThrow(/Asia Pacific.*Europe/);
  });
});

describe('package checks', () => {
  it('flags spaces that iCIMS would not forgive', () => {
    expect(nameIssues('Executive Screen ')).toEqual([expect.stringMatching(/ends with a space/)]);
    expect(nameIssues(' Lead')).toEqual([expect.stringMatching(/starts with a space/)]);
    expect(nameIssues('Driver  Screen')).toEqual([expect.stringMatching(/two or more spaces in a row/)]);
    expect(nameIssues('Driver\u00A0Screen')).toEqual([expect.stringMatching(/non-breaking space/)]);
    expect(nameIssues('Driver Screen')).toEqual([]);
  });

  it('finds look-alike duplicates', () => {
    expect(lookalikeKey('Executive  Screen ')).toBe(lookalikeKey('executive screen'));
    const all = [{ id: '1', name: 'Executive Screen ' }, { id: '2', name: 'Executive Screen' }, { id: '3', name: 'Driver' }];
    expect(verify({ id: '1', name: 'Executive Screen ', isActive: true, useForAts: true, exists: true, atsConfirmed: false }, all).lookalikes).toEqual(['Executive Screen']);
  });

  it('judges look-alikes across a large account from one shared index', () => {
    const all = Array.from({ length: 20_000 }, (_, i) => ({ id: String(i), name: `Package ${i}` }));
    all.push({ id: 'dup', name: 'package  7 ' });
    const index = lookalikeIndex(all);
    const results = all.map((p) => verify({ ...p, isActive: true, useForAts: true, exists: true, atsConfirmed: false }, index));
    expect(results.find((_, i) => all[i].id === '7')!.lookalikes).toEqual(['package  7 ']);
    expect(results.filter((r) => r.lookalikes.length).length).toBe(2);
  });

  it('is ready only when it exists, is active and ATS use is on or confirmed', () => {
    const base = { id: '1', name: 'P', isActive: true, useForAts: true, exists: true, atsConfirmed: false };
    expect(verify(base, []).ready).toBe(true);
    expect(verify({ ...base, isActive: false }, []).ready).toBe(false);
    expect(verify({ ...base, useForAts: false }, []).ready).toBe(false);
    expect(verify({ ...base, useForAts: null }, []).ats).toBe('unknown');
    expect(verify({ ...base, useForAts: null, atsConfirmed: true }, []).ready).toBe(true);
    expect(verify({ ...base, exists: false }, []).ready).toBe(false);
  });
});
