// Counts that are parts of another count of the same report: the estimates never set a part against
// its whole, so the engine must say which count each part belongs to.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const parts = (text: string, lang = 'en') =>
  extract(text, { lang, published: '2021-02-04' }).claims.map((c, i, all) => [
    c.quote,
    c.partOf === null || c.partOf === undefined ? null : all[c.partOf]!.quote,
    i,
  ]);

describe('a count broken down by a list that adds up to it', () => {
  it('reads a list after a colon as the parts of the count before it', () => {
    expect(parts('Officials said 595 people came back: 406 children, 156 women and 33 men.')).toEqual([
      ['595 people', null, 0],
      ['406 children', '595 people', 1],
      ['156 women', '595 people', 2],
      ['33 men', '595 people', 3],
    ]);
  });

  it('takes no list for a breakdown when its numbers do not add up, or count other people', () => {
    const coincidence = parts('The camp holds 5 men, 3 women and 2 children from the region.');
    expect(coincidence.map(([, whole]) => whole)).toEqual([null, null, null]);
    const short = parts('Officials said 600 people came back: 406 children, 156 women and 33 men.');
    expect(short.map(([, whole]) => whole)).toEqual([null, null, null, null]);
  });
});

describe('a part of a count said twice', () => {
  it('belongs to the one claim the repeated count became', () => {
    const found = parts(
      'Kazakhstan flew back 7 children from Syria on Monday. The group consists of 7 children, including 2 orphans.',
    );
    expect(found.filter(([q]) => q === '7 children')).toHaveLength(1);
    expect(found.find(([q]) => q === '2 orphans')![1]).toBe('7 children');
  });
});

describe('a nationality counted as a part', () => {
  const read = (text: string, lang: string) =>
    extract(text, { lang, published: '2021-02-04' }).claims.map((c) => [c.quote, c.population, c.origin]);

  it('quotes the nationality with the number after "among them", and keeps the whole’s people', () => {
    expect(read('Police detained 12 people, among them 5 Sudanese.', 'en')).toEqual([
      ['12 people', 'people', null],
      ['5 Sudanese', 'people', ['SD']],
    ]);
    expect(read('قتل في الكمين 20 مسلحا من بينهم 6 تونسيين.', 'ar')[1]).toEqual([
      '6 تونسيين',
      'fighters',
      ['TN'],
    ]);
  });

  it('gives a noun after another number to that number, even when "and" is glued to it', () => {
    expect(read('اعتقلت الشرطة 5 سودانيين و4 أطفال.', 'ar').map(([q, p]) => [q, p])).toEqual([
      ['5 سودانيين', 'people'],
      ['4 أطفال', 'children'],
    ]);
    expect(read('اعتقلت الشرطة خمسة سودانيين وأربعة أطفال.', 'ar').map(([q, p]) => [q, p])).toEqual([
      ['خمسة سودانيين', 'people'],
      ['أربعة أطفال', 'children'],
    ]);
  });
});
