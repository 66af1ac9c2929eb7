// Mechanisms of the thirteenth release round, in sentences written for the test: a title that names a
// magazine issue, with no media noun of its own, is a magazine (the series cited in an oblique case
// before it); the past tense of the Russian "is called" marks a title; the Arabic accusative of
// "poster"; how or where a speaker spoke ("in a statement") and an agency's own name after its noun
// ("агентство РИА Новости") in a source; the French "learnt from" (auprès de) gives the source.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const releases = (lang: string, text: string): Array<[string, string | null]> =>
  extract(text, { lang, published: '2021-06-01' })
    .releases.filter((r) => r.title !== null)
    .map((r) => [r.media, r.title]);
const sources = (lang: string, text: string): Array<string | null> =>
  extract(text, { lang, published: '2021-06-01' }).claims.map((c) => c.source);

describe("an issue's own title with no media noun", () => {
  it('is a magazine when the series stands in an oblique case between the issue and the marker', () => {
    expect(releases('ru', 'Во втором номере «Дабика» под названием «Возвращение» писали о хиджре.')).toEqual([
      ['magazine', 'Возвращение'],
    ]);
  });
  it('is marked by the past tense of "называться"', () => {
    expect(releases('ru', 'Четвертый номер «Истока» назывался «Выбор».')).toEqual([['magazine', 'Выбор']]);
    expect(releases('ru', 'Первый номер журнала назывался «Рассвет».')).toEqual([['magazine', 'Рассвет']]);
  });
});

describe('a title marker right after the issue number', () => {
  it("names the issue's own title, not the series'", () => {
    expect(releases('en', 'The bulletin’s ninth issue, titled Days of Wrath, praised the raid.')).toEqual([
      ['magazine', 'Days of Wrath'],
    ]);
    expect(releases('ar', 'نشرت مجلة رومية في عددها الرابع بعنوان "يوم الغضب" مقالا.')).toEqual([
      ['magazine', 'يوم الغضب'],
    ]);
  });
  it('reads an issue number after "number" and "رقم"', () => {
    expect(releases('en', 'Issue number 30 of Rumiyah urged attacks.')).toEqual([['magazine', 'Rumiyah 30']]);
    expect(releases('ar', 'نشرت صحيفة النبأ في عددها رقم 199 خبرا.')).toEqual([['magazine', 'النبأ 199']]);
  });
});

describe('an English title in title case after its media noun, with no verb after it', () => {
  it('runs to the end of its clause', () => {
    expect(releases('en', 'Teenagers feature in the film Knights of the Steppe.')).toEqual([
      ['video', 'Knights of the Steppe'],
    ]);
    expect(releases('en', 'The audio Call to the Youth, read in Uzbek, urges hijra.')).toEqual([
      ['audio', 'Call to the Youth'],
    ]);
  });
  it('needs a small lower-case word between capitalised ones, and the clause to end there', () => {
    expect(releases('en', 'Teenagers feature in the film Abu Omar.')).toEqual([]);
    expect(
      releases('en', 'Teenagers feature in the film Knights of the Steppe shooting at targets.'),
    ).toEqual([]);
  });
});

describe('the Arabic accusative of a poster', () => {
  it('is a photo release', () => {
    expect(releases('ar', 'نشر التنظيم ملصقا بعنوان "يوم الحساب" على تلغرام.')).toEqual([
      ['photo', 'يوم الحساب'],
    ]);
  });
});

describe("a source's name", () => {
  it('ends before how or where the speaker spoke', () => {
    expect(sources('en', 'Twenty girls were freed, according to the army in a statement.')).toEqual([
      'the army',
    ]);
    expect(
      sources('en', 'According to Amnesty International in its report, 90 boys are held in Syria.'),
    ).toEqual(['Amnesty International']);
  });
  it('starts after how the speaker spoke, in Russian', () => {
    expect(sources('ru', '«Из лагеря вывезли 17 детей», — сказала в эфире омбудсмен.')).toEqual([
      'омбудсмен',
    ]);
  });
  it("keeps an agency's own name after its noun, when the name could be whom it told", () => {
    expect(sources('ru', 'Как сообщает агентство ТАСС, 9 боевиков задержаны в Ингушетии.')).toEqual([
      'агентство ТАСС',
    ]);
  });
  it('starts after the French "auprès de" of whom the report learnt it', () => {
    expect(sources('fr', 'Douze femmes ont été arrêtées, a-t-on appris auprès du parquet.')).toEqual([
      'parquet',
    ]);
  });
});
