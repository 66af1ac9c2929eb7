import { describe, expect, it } from 'vitest';
import { claimTime, compareDates, dayInterval, daysApart } from '../../src/analysis/dates.ts';

describe('partial dates', () => {
  it('reads a year as all of that year and a month as all of that month', () => {
    const year = dayInterval('2019')!;
    expect(year.last - year.first).toBe(364);
    const february = dayInterval('2020-02')!;
    expect(february.last - february.first).toBe(28);
  });

  it('puts a day inside its year 0 days apart, and counts days between a month and a later day', () => {
    expect(daysApart('2019', '2019-06-02')).toBe(0);
    expect(daysApart('2019-05', '2019-07-01')).toBe(31);
    expect(daysApart('2019-05-30', '2019-06-02')).toBe(3);
    expect(daysApart('2019-05-30T10:00:00Z', '2019-05-30')).toBe(0);
  });

  it('rejects impossible dates and missing ones', () => {
    expect(dayInterval('2019-02-30')).toBeNull();
    expect(dayInterval('2019-13')).toBeNull();
    expect(dayInterval('May 2019')).toBeNull();
    expect(daysApart(null, '2019')).toBeNull();
  });

  it('takes the claim date before the publication date, and neither when unreadable', () => {
    expect(claimTime({ date: '2019-05', published: '2019-06-01' })).toEqual({
      date: '2019-05',
      basis: 'claim',
    });
    expect(claimTime({ date: null, published: '2019-06-01' })).toEqual({
      date: '2019-06-01',
      basis: 'published',
    });
    expect(claimTime({ date: 'soon', published: null })).toBeNull();
  });

  it('orders the less precise date first when both start on the same day', () => {
    expect(['2019-01-01', '2018-12', '2019'].sort(compareDates)).toEqual(['2018-12', '2019', '2019-01-01']);
  });
});
