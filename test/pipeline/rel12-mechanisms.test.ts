// Mechanisms of the twelfth release round, in sentences written for the test: an unquoted title in
// sentence case set off after its media noun by the verb that released it; a Russian magazine series
// named in one of its cases, titled as cited; a headline's speaker before a colon or after a final
// dash; a headline count told with another verb in the body takes the body's source; the euphonic t
// and a preposition of place are no part of a speaker's name.
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const titles = (lang: string, text: string): Array<string | null> =>
  extract(text, { lang, published: '2021-06-01' })
    .releases.filter((r) => r.title !== null)
    .map((r) => r.title);
const sources = (lang: string, text: string): Array<string | null> =>
  extract(text, { lang, published: '2021-06-01' }).claims.map((c) => c.source);

describe('an unquoted title after its media noun, set off before the verb that released it', () => {
  it('reads a sentence-case title in French and Russian', () => {
    expect(titles('fr', 'Une vidéo Les fils du fleuve, diffusée en juin, montre des enfants armés.')).toEqual(
      ['Les fils du fleuve'],
    );
    expect(titles('ru', 'Ролик Сыны пустыни, опубликованный весной, показывает подростков.')).toEqual([
      'Сыны пустыни',
    ]);
  });
  it('reads it before the auxiliaries of a passive verb of releasing', () => {
    expect(titles('fr', 'La vidéo Le chemin des braves a été diffusée en juin.')).toEqual([
      'Le chemin des braves',
    ]);
    expect(titles('ru', 'Видео Сыны пустыни было опубликовано весной.')).toEqual(['Сыны пустыни']);
    expect(titles('fr', 'La vidéo montre des garçons et a été diffusée en juin.')).toEqual([]);
  });
  it('reads no lower-case words, no single name and nothing without the verb', () => {
    expect(titles('fr', 'La vidéo de Raqqa, diffusée en juin, montre des enfants.')).toEqual([]);
    expect(titles('fr', 'La vidéo Abou Hamza, diffusée en juin, montre des enfants.')).toEqual([]);
    expect(titles('fr', 'La vidéo Les fils du fleuve, selon les experts, est récente.')).toEqual([]);
  });
});

describe('a Russian series named in one of its cases', () => {
  it('is titled with its name as cited, with its issue number', () => {
    expect(titles('ru', 'Во 2-м номере «Румии» напечатана статья о детях.')).toEqual(['Румия 2']);
    expect(titles('ru', 'Седьмой номер «Дабика» вышел летом.')).toEqual(['Дабик 7']);
  });
});

describe("a headline's speaker", () => {
  it('stands before a colon or after a dash at its end', () => {
    expect(sources('en', 'Interior ministry: 120 Tajik women returned from Syria')).toEqual([
      'Interior ministry',
    ]);
    expect(sources('ru', 'МВД: 40 граждан Киргизии вернулись из Ирака')).toEqual(['МВД']);
    expect(sources('en', '25 children flown home from Iraq - regional governor')).toEqual([
      'regional governor',
    ]);
  });
  it('is no place, no single common word and no people', () => {
    expect(sources('en', 'Iraq: 25 children flown home')).toEqual([null]);
    expect(sources('en', 'Update: 25 children flown home')).toEqual([null]);
    expect(sources('en', 'Women and children: 25 flown home from Iraq')).toEqual([null]);
  });
  it('is the body speaker of the same count told with another verb', () => {
    expect(
      sources(
        'en',
        '300 Kazakh women live in Syrian camps\n\n300 Kazakh women went to Syria, the minister said.',
      ),
    ).toEqual(['the minister', 'the minister']);
  });
});

describe('what only joins a speaker to its verb is no part of its name', () => {
  it('drops the euphonic t of an inverted French subject', () => {
    expect(sources('fr', '« Nous avons accueilli 18 mineurs », a-t-elle précisé.')).toEqual(['elle']);
  });
  it('drops a preposition of place before the body that speaks', () => {
    expect(sources('ru', 'На родину доставлены 22 ребенка, сообщили в Минздраве.')).toEqual(['Минздраве']);
  });
});

const first = (lang: string, text: string): Release | undefined =>
  extract(text, { lang, published: '2021-06-01' }).releases.find((r) => r.title !== null);

describe('a media noun heading the subject of a verb of releasing', () => {
  it('is the producer, with the group that owns it', () => {
    expect(first('en', 'Boko Haram\'s media arm posted a clip titled "Sons of the Forest".')?.producer).toBe(
      "Boko Haram's media arm",
    );
    expect(first('ru', 'Медиацентр группировки распространил ролик «Сыны леса».')?.producer).toBe(
      'Медиацентр группировки',
    );
  });
});

describe('a Russian bare title', () => {
  it('ends before the verb by which the release came out', () => {
    expect(titles('ru', 'Фильм под названием Дети рассвета вышел летом.')).toEqual(['Дети рассвета']);
  });
});
