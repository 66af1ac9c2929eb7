// English: each test pins one behaviour of the engine, in sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const claims = (text: string, published = '2020-03-10') => extract(text, { lang: 'en', published }).claims;
const only = (text: string): Claim => {
  const found = claims(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('English counts', () => {
  it('reads "more than 600 children" as at least 600, unbounded above', () => {
    const c = only('Officials said more than 600 children from Central Asia remain in camps in Syria.');
    expect(c.value).toEqual({ min: 600, max: null });
    expect(c.qualifier).toBe('more_than');
    expect(c.population).toBe('children');
    expect(c.origin).toEqual(['region:central-asia']);
    expect(c.location).toEqual(['SY']);
  });

  it('marks a hedged count as approximate with equal bounds', () => {
    const c = only('About 140 minors from Kyrgyzstan were sent to training camps.');
    expect(c.value).toEqual({ min: 140, max: 140 });
    expect(c.qualifier).toBe('approx');
    expect(c.origin).toEqual(['KG']);
    expect(c.status).toBe('joined');
  });

  it('multiplies scale words and reads number words', () => {
    expect(only('Some 1.5 million people fled the fighting in Iraq.').value).toEqual({
      min: 1_500_000,
      max: 1_500_000,
    });
    expect(only('Two hundred and fifty Uzbek women were flown home.').value).toEqual({ min: 250, max: 250 });
  });

  it('reads ranges with words and with a dash', () => {
    expect(only('Between 400 and 600 Tajik fighters are thought to be in Afghanistan.').value).toEqual({
      min: 400,
      max: 600,
    });
    const dash = only('The camp held 2,000-4,000 foreign women last year.');
    expect(dash.value).toEqual({ min: 2000, max: 4000 });
    expect(dash.qualifier).toBe('range');
  });

  it('takes the nationality adjective as origin but not one that qualifies something else', () => {
    const c = only('Eleven Tajik children will stay in Iraqi prisons for now.');
    expect(c.origin).toEqual(['TJ']);
    expect(c.location).toEqual(['IQ']);
  });

  it('splits "women and children" counted apart but keeps them together as people', () => {
    const apart = claims('The flight carried 24 women and 68 children from Uzbekistan.');
    expect(apart.map((c) => [c.value.min, c.population])).toEqual([
      [24, 'women'],
      [68, 'children'],
    ]);
    expect(only('Nearly 240 women and children from Uzbekistan were repatriated.').population).toBe('people');
  });

  it('reads "120 children, including 15 orphans" as two claims with the same origin', () => {
    const found = claims('Kazakhstan brought back 120 children, including 15 orphans, from Syria.');
    expect(found.map((c) => [c.value.min, c.population, c.origin])).toEqual([
      [120, 'children', ['KZ']],
      [15, 'children', ['KZ']],
    ]);
  });

  it('makes one claim per origin for distributive counts', () => {
    const found = claims('About 500 people each from Kazakhstan and Kyrgyzstan have joined the group.');
    expect(found.map((c) => c.origin).sort()).toEqual([['KG'], ['KZ']]);
    const bare = claims('In 2015, 300 each from Kazakhstan and Tajikistan travelled to Syria.');
    expect(bare.map((c) => [c.value.min, c.population, c.origin])).toEqual([
      [300, 'people', ['KZ']],
      [300, 'people', ['TJ']],
    ]);
  });

  it('counts generic nouns as fighters when the text says they fight', () => {
    expect(only('Some 1,300 Tajik nationals are fighting in Syria.').population).toBe('fighters');
  });

  it('ignores ages, dates, money, percentages and numbers of videos', () => {
    expect(claims('A boy aged 10 appears in the video released on 26 August 2015.')).toEqual([]);
    expect(claims('The group paid $5,000 and 40% of recruits were women.')).toEqual([]);
    expect(claims('The group released 12 videos in 2016.')).toEqual([]);
  });

  it('keeps vague quantities apart with qualifier "vague"', () => {
    const found = claims('Dozens of children and hundreds of women remain in the camp, and many said so.');
    expect(found.map((c) => [c.qualifier, c.population, c.quote])).toEqual([
      ['vague', 'children', 'Dozens of children'],
      ['vague', 'women', 'hundreds of women'],
    ]);
    expect(claims('Some 1,300 Tajik nationals remain.').map((c) => c.qualifier)).toEqual(['approx']);
  });

  it('restricts ages from "under the age of five"', () => {
    const c = only('Officials said 211 children under the age of five died in the camp.');
    expect(c.age).toEqual({ min: null, max: 4 });
    expect(c.status).toBe('killed');
  });

  it('attributes a count to whoever the text says gave it', () => {
    expect(only('According to the Foreign Ministry, 84 children were returned.').source).toBe(
      'the Foreign Ministry',
    );
  });

  it('quotes exactly the words its span points at', () => {
    const text = 'The ministry confirmed that 156 children had returned.';
    const c = only(text);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(c.quote).toBe('156 children');
  });

  it('finds a titled release with duration, languages and a relative date', () => {
    const r = extract(
      'The group released a 15-minute video entitled "Race Towards Good" over the weekend, subtitled in English and Arabic.',
      {
        lang: 'en',
        published: '2014-11-25',
      },
    ).releases;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({
      media: 'video',
      title: 'Race Towards Good',
      duration_min: 15,
      subtitles: ['en', 'ar'],
      date: '2014-11',
    });
  });
});

describe('language handling', () => {
  it('detects the language when none is given', () => {
    expect(
      extract('More than 300 children from Kazakhstan were returned from Syria this week, officials said.')
        .lang,
    ).toBe('en');
  });

  it('returns a notice and no claims for a language it does not read', () => {
    const r = extract(
      'Mehr als 300 Kinder aus Kasachstan wurden diese Woche aus Syrien zurückgebracht, sagten Beamte heute.',
    );
    expect(r.claims).toEqual([]);
    expect(r.notices[0]).toMatch(/does not read/);
  });
});

describe('footnotes', () => {
  it('reads a count with a footnote marker glued to it', () => {
    const c = only('Officials said 4,000[12] fighters from Central Asia joined the group.');
    expect(c.value).toEqual({ min: 4000, max: 4000 });
    expect(c.origin).toEqual(['region:central-asia']);
    expect(only('About 300¹ Kazakh women were returned.').value).toEqual({ min: 300, max: 300 });
  });
});
