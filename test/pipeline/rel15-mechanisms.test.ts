// Mechanisms of the fifteenth release round, in sentences written for the test: a title in brackets
// after its media noun; a title set off after a propaganda medium and the group that made it; an issue
// number after a series set off by commas and its verb, or after the language the series is written
// in (Arabic); a Russian outlet name in an oblique case is no title. For claims: the group named
// right after the counted noun is theirs; a prison after the count's own verb holds them even past an
// apposition; a country after an unknown town and a comma is where they are; the Arabic "عدن من"
// (returned from) and a relay verb with an object pronoun ("نقلته … عن").
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const releases = (lang: string, text: string): Array<[string, string | null]> =>
  extract(text, { lang, published: '2021-06-01' })
    .releases.filter((r) => r.title !== null)
    .map((r) => [r.media, r.title]);
const claims = (lang: string, text: string): Claim[] =>
  extract(text, { lang, published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');

describe('a quoted title in brackets right after its media noun', () => {
  it('is the title', () => {
    expect(releases('en', 'The nasheed (“Dawn Over the River”) was shared widely.')).toEqual([
      ['audio', 'Dawn Over the River'],
    ]);
    expect(releases('fr', 'La vidéo (« Les héritiers ») dure douze minutes.')).toEqual([
      ['video', 'Les héritiers'],
    ]);
  });
});

describe('a quoted title set off after a propaganda medium and its group', () => {
  it('is the title', () => {
    expect(releases('en', 'A propaganda video of Boko Haram, “Road to Paradise”, shows boys.')).toEqual([
      ['video', 'Road to Paradise'],
    ]);
  });
  it('also after a two-word possessor ("of al-Shabaab")', () => {
    expect(releases('en', 'A propaganda video of al-Shabaab, “Lions of the Coast”, shows boys.')).toEqual([
      ['video', 'Lions of the Coast'],
    ]);
  });
  it('needs the propaganda word: a group and a quote alone may be speech', () => {
    expect(releases('en', 'A video of al-Shabaab, “we are coming”, shows boys.')).toEqual([]);
  });
});

describe('an issue number after the series', () => {
  it('is read past a comma and the verb before the possessive', () => {
    expect(releases('en', 'Its magazine, Voice of Hind, devoted its fourth issue to Kashmir.')).toEqual([
      ['magazine', 'Voice of Hind 4'],
    ]);
  });
  it('is read past the Arabic "written in LANGUAGE"', () => {
    expect(releases('ar', 'وخصصت مجلة رومية الناطقة بالإنجليزية عددها الثالث للهجمات.')).toEqual([
      ['magazine', 'رومية 3'],
    ]);
  });
});

describe('a Russian outlet name in an oblique case', () => {
  it('is a producer, not a title', () => {
    expect(releases('ru', 'В видеосюжете «Амака» показаны боевики в Ракке.')).toEqual([]);
  });
});

describe("a count's own group", () => {
  it('is the one named right after the counted noun, not the one holding them', () => {
    expect(
      claims('ar', 'وتحتجز حركة الشباب 20 مقاتلا من داعش في بونتلاند.').map((c) => c.affiliation),
    ).toEqual(['isis']);
    expect(claims('ru', 'Талибы удерживают 30 боевиков из «ИГИЛ».').map((c) => c.affiliation)).toEqual([
      'isis',
    ]);
  });
});

describe('a prison after the count’s own verb', () => {
  it('holds them even past an apposition after the count', () => {
    expect(
      claims('en', 'About 40 Tajik women, widows of fighters, are held in Syrian prisons.').map(
        (c) => c.status,
      ),
    ).toEqual(['detained']);
  });
});

describe('a country after an unknown town and a comma', () => {
  it('is where they are', () => {
    expect(claims('en', 'Troops killed 16 militants in Garissa, Kenya.').map((c) => c.location)).toEqual([
      ['KE'],
    ]);
  });
  it('not when a verb follows the country', () => {
    expect(claims('en', '16 militants were killed in raids, Kenya said.').map((c) => c.location)).toEqual([
      [],
    ]);
  });
});

describe('Arabic returns and relays', () => {
  it('reads "عدن من" as they returned from', () => {
    expect(claims('ar', 'وأكدت الوزارة أن 19 امرأة عدن من العراق.').map((c) => c.status)).toEqual([
      'returned',
    ]);
  });
  it('reads a relay verb with an object pronoun: the speaker after عن is the source', () => {
    expect(claims('ar', 'وحسب ما نقلته الوكالة عن مسؤول محلي، اعتقل 15 مسلحا.').map((c) => c.source)).toEqual(
      ['مسؤول محلي'],
    );
  });
});

describe('the four open items of round 13', () => {
  it('reads a title set off by commas after "’s title"', () => {
    expect(releases('en', 'The nasheed’s title, Call of the Mountains, recalls an older song.')).toEqual([
      ['audio', 'Call of the Mountains'],
    ]);
  });
  it('reads the finite "называлась" past a possessor as the media noun’s title', () => {
    expect(releases('ru', 'Новая аудиозапись группировки называлась «Зов гор».')).toEqual([
      ['audio', 'Зов гор'],
    ]);
  });
  it('names the agent of a verb that attributes only with it ("given by", "provided by")', () => {
    expect(
      claims('en', 'The estimate of 250 fighters was provided by the army.').map((c) => c.source),
    ).toEqual(['the army']);
    expect(claims('en', 'Given the danger, 40 boys stayed in the camp.').map((c) => c.source)).toEqual([
      null,
    ]);
  });
  it('ends a Russian speaker named before the verb where it says where it spoke', () => {
    expect(
      claims('ru', 'Глава МВД на пресс-конференции сообщил, что 12 боевиков задержаны.').map((c) => c.source),
    ).toEqual(['Глава МВД']);
  });
});
