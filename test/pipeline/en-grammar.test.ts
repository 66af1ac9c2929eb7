// English grammar mechanisms: each test pins one general reading on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const counts = (text: string) => extract(text, { lang: 'en' }).claims.filter((c) => c.qualifier !== 'vague');

describe('English units, ratios and multiples', () => {
  it('does not read "Europeans" as the unit "euro*"', () => {
    const [c] = counts('About 300 Europeans joined the group in Syria.');
    expect(c?.value).toEqual({ min: 300, max: 300 });
    expect(c?.origin).toEqual(['region:europe']);
  });

  it('reads "one in five children" and "three in five young men" as ratios, not counts', () => {
    expect(counts('One in five children was recruited by the group.')).toHaveLength(0);
    expect(counts('Three in five young men joined IS.')).toHaveLength(0);
    expect(counts('One out of every ten fighters was a child.')).toHaveLength(0);
  });

  it('keeps counts joined by "in" that are not ratios: "40 fighters in 3 raids"', () => {
    const [c, ...rest] = counts('Police arrested 40 fighters in 3 raids.');
    expect(rest).toHaveLength(0);
    expect(c?.value).toEqual({ min: 40, max: 40 });
  });

  it('reads "two-fold", "three-fold" and "two thirds" as multiples and shares, not counts', () => {
    expect(counts('There was a two-fold rise, with three-fold more children recruited.')).toHaveLength(0);
    expect(counts('Two thirds of the women returned home.')).toHaveLength(0);
  });
});

describe('English nationality words that qualify something else', () => {
  it('keeps a nationality that stands before a noun for people: "from documented Tajik families"', () => {
    const [c] = counts('Seven children from documented Tajik families returned.');
    expect(c?.origin).toEqual(['TJ']);
  });
});

describe('English citizens', () => {
  it('gives citizens with no origin of their own the country named before them', () => {
    const [c] = counts('Kyrgyzstan admits that about 20 citizens went to fight in Syria.');
    expect(c?.population).toBe('fighters');
    expect(c?.origin).toEqual(['KG']);
  });
});

describe('English definite repeats', () => {
  it('reads "the 12 militants" after a count of 12 as the same people', () => {
    const found = counts('Twelve Tajik fighters died in Syria. The 12 militants appear in a new video.');
    expect(found).toHaveLength(1);
    expect(found[0]?.origin).toEqual(['TJ']);
  });
});

describe('English number ranges', () => {
  it('applies spelled hundreds to both ends: "two to three hundred" is 200-300', () => {
    expect(counts('Between two and three hundred children live there.')[0]?.value).toEqual({
      min: 200,
      max: 300,
    });
  });
});
