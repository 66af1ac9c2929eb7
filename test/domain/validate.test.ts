// The checks every input passes at the edges: real calendar dates, languages that exist, places the
// gazetteer knows, integers in range; and error messages that never show the database's text.
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/options.ts';
import { invalidInput } from '../../src/domain/errors.ts';
import { ExportQuestion, parseQuestion } from '../../src/domain/filters.ts';
import {
  check,
  integerSchema,
  isIsoDate,
  isLanguageCode,
  isPlaceCode,
  placeCodeSchema,
  recordIdSchema,
} from '../../src/domain/validate.ts';
import { sidecarSchema } from '../../src/ingest/sidecar.ts';
import { claimFilter } from '../../src/services/claims.service.ts';
import { estimateQuestion } from '../../src/services/estimates.service.ts';
import { factFilter } from '../../src/services/facts.service.ts';
import { gradeClaim, gradeSource } from '../../src/services/grades.service.ts';
import type { Repository } from '../../src/storage/repository.ts';

describe('shared input validators', () => {
  it('dates are real calendar dates, whole or partial', () => {
    for (const ok of ['2019', '2019-05', '2019-05-10', '2020-02-29', '2018-12-31'])
      expect(isIsoDate(ok)).toBe(true);
    for (const bad of [
      '2019-13-45',
      '2019-13',
      '2019-00',
      '2019-02-29',
      '2019-04-31',
      '2019-05-00',
      '19-05',
      '2019/05',
      '',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
  });

  it('language codes are ISO 639-1 codes of languages that exist', () => {
    for (const ok of ['en', 'ar', 'kk', 'de']) expect(isLanguageCode(ok)).toBe(true);
    for (const bad of ['zz', 'qq', 'EN', 'eng', 'e']) expect(isLanguageCode(bad), bad).toBe(false);
  });

  it('place codes are countries or regions the gazetteer knows', () => {
    for (const ok of ['KZ', 'kz', 'SY', 'region:central-asia']) expect(isPlaceCode(ok)).toBe(true);
    for (const bad of ['ZZ', 'XX', 'region:atlantis', 'KAZ', '']) expect(isPlaceCode(bad), bad).toBe(false);
    expect(placeCodeSchema.parse(' uz ')).toBe('UZ');
  });

  it('integers are digits within range, never rounded', () => {
    expect(check(recordIdSchema, '42', 'ID')).toEqual({ ok: true, value: 42 });
    for (const bad of ['0', '-1', '1e3', '4.5', '99999999999999999999', '2147483648', 'x'])
      expect(check(recordIdSchema, bad, 'ID').ok, bad).toBe(false);
    expect(check(integerSchema(1), '0', '--limit')).toEqual({
      ok: false,
      message: '--limit must be a positive integer, not "0"',
    });
  });

  it('filters and questions of every surface use them', () => {
    expect(() => claimFilter({ since: '2019-13-45' })).toThrow(/--since must be a real date/);
    expect(() => claimFilter({ origin: 'ZZ' })).toThrow(/--origin must be an ISO 3166-1 code/);
    expect(claimFilter({ origin: 'kg', since: '2020-02-29' })).toMatchObject({
      origin: 'KG',
      since: '2020-02-29',
    });
    expect(() => factFilter({ since: '2021-02-30' })).toThrow(/--since/);
    expect(() => factFilter({ minClaims: '99999999999999999999' })).toThrow(/--min-claims/);
    expect(() => estimateQuestion({ population: 'children', origin: 'KZ,QQ' })).toThrow(/--origin/);
    expect(() => estimateQuestion({ population: 'children', origin: 'KZ', at: '2019-13' })).toThrow(/--at/);
  });

  it('ids beyond what the store can hold are refused before any query', async () => {
    const noStore = {} as Repository;
    await expect(gradeClaim(noStore, '99999999999999999999', '3', 'x')).rejects.toThrow(
      /ID must be an integer/,
    );
    await expect(gradeSource(noStore, '99999999999999999999', 'A', 'x')).rejects.toThrow(/source not found/);
  });

  it('sidecars with impossible dates or unknown languages are refused', () => {
    expect(sidecarSchema.safeParse({ published: '2019-13-45' }).success).toBe(false);
    expect(sidecarSchema.safeParse({ lang: 'zz' }).success).toBe(false);
    expect(sidecarSchema.parse({ published: '2019-05-10T08:00:00Z', lang: 'ru' })).toMatchObject({
      published: '2019-05-10',
      lang: 'ru',
    });
  });

  it('error messages never carry SQL or driver text', () => {
    const drizzle = new Error(
      'Failed query: select "claims"."id" from "claims" where "claims"."id" = $1\nparams: 1e20',
    );
    expect(describeError(drizzle)).not.toMatch(/select|claims"|params/);
    const pg = Object.assign(new Error('value "1e20" is out of range for type integer'), {
      severity: 'ERROR',
      code: '22003',
    });
    expect(describeError(pg)).not.toMatch(/out of range|integer/);
    expect(describeError(invalidInput('--since must be a real date'))).toBe('--since must be a real date');
    expect(describeError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or folder');
  });
});

describe('a question with a list field', () => {
  it('names a wrong value by its field, not by its place in the list', () => {
    expect(() =>
      parseQuestion(ExportQuestion, { format: 'csv', population: ['children', 'aliens'] }, (f) => `--${f}`),
    ).toThrow(/^--population must be one of .*not "aliens"$/);
  });
});
