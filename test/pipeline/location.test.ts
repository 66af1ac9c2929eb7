// Where the people counted are or were (GUIDELINES.md `location`): the places said of them, in their
// own clause, before the places the rest of the sentence names for other people. Sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const where = (lang: string, text: string, value: number) => {
  const c = extract(text, { lang, published: '2023-09-01' }).claims.find((x) => x.value.min === value);
  expect(c, `a claim of ${value}`).toBeDefined();
  return c!.location;
};

describe('each count of a sentence is where its own clause puts it', () => {
  it('en', () => {
    const text =
      'The minister said that 70 women are held in camps in Syria and 30 Lebanese mothers are serving prison terms in Iraq.';
    expect(where('en', text, 70)).toEqual(['SY']);
    expect(where('en', text, 30)).toEqual(['IQ']);
    const short = 'Officials say 70 women are held in Syria and 30 children in Iraq.';
    expect(where('en', short, 70)).toEqual(['SY']);
    expect(where('en', short, 30)).toEqual(['IQ']);
  });

  it('fr', () => {
    const text =
      'Selon le ministre, 70 femmes sont détenues en Syrie et 30 mères purgent leur peine en Irak.';
    expect(where('fr', text, 70)).toEqual(['SY']);
    expect(where('fr', text, 30)).toEqual(['IQ']);
  });

  it('ru', () => {
    const text =
      'По словам министра, 70 женщин находятся в лагерях в Сирии, а 30 матерей отбывают наказание в Ираке.';
    expect(where('ru', text, 70)).toEqual(['SY']);
    expect(where('ru', text, 30)).toEqual(['IQ']);
  });

  it('ar', () => {
    const text = 'وقال الوزير إن 70 امرأة محتجزات في مخيمات في سوريا، و30 أما يقضين أحكاما بالسجن في العراق.';
    expect(where('ar', text, 70)).toEqual(['SY']);
    expect(where('ar', text, 30)).toEqual(['IQ']);
  });

  it('a place fronted in the count’s own clause is its own', () => {
    const en = 'Some 70 women are held in Syria, while in Iraq 30 mothers serve prison terms.';
    expect(where('en', en, 70)).toEqual(['SY']);
    expect(where('en', en, 30)).toEqual(['IQ']);
    const ar = 'وتحتجز في سوريا 70 امرأة وفي العراق 30 امرأة أخرى.';
    expect(where('ar', ar, 70)).toEqual(['SY']);
    expect(where('ar', ar, 30)).toEqual(['IQ']);
  });

  it('a count whose clause names no place still takes the zones of its sentence', () => {
    const text =
      'Officials say 20 Lebanese fighters died and 70 Lebanese fighters were detained after the battles in Syria and Iraq.';
    expect(where('en', text, 20)).toEqual(['IQ', 'SY']);
    expect(where('en', text, 70)).toEqual(['IQ', 'SY']);
  });
});

describe('a nationality said of a place names the place (ar: the definite feminine nisba after a place noun)', () => {
  it('ar: "في الأراضي السورية", "في السجون العراقية", as en, fr and ru read "Iraqi prisons"', () => {
    expect(where('ar', 'وقال التقرير إن 1666 مغربيا يقاتلون في الأراضي السورية.', 1666)).toEqual(['SY']);
    expect(where('ar', 'وتحتجز 40 امرأة تونسية في السجون العراقية.', 40)).toEqual(['IQ']);
    expect(where('ar', 'ويقاتل نحو 300 مغربي في الأراضي العراقية والسورية.', 300)).toEqual(['IQ', 'SY']);
    expect(where('en', 'Forty Tunisian women are held in Iraqi prisons.', 40)).toEqual(['IQ']);
    expect(where('fr', 'Quarante femmes tunisiennes sont détenues dans les prisons irakiennes.', 40)).toEqual(
      ['IQ'],
    );
    expect(where('ru', 'Сорок тунисских женщин содержатся в иракских тюрьмах.', 40)).toEqual(['IQ']);
  });

  it('ar: not after a noun for an institution ("الحكومة السورية")', () => {
    expect(where('ar', 'وقالت الحكومة السورية إن 40 مقاتلا قتلوا.', 40)).toEqual([]);
  });
});

describe('a place said without a country ("the Middle East", "conflict zones") gives no code and takes none from before', () => {
  const before = (s: string) => s;
  it('en, fr, ru, ar', () => {
    expect(
      where(
        'en',
        before(
          'Thousands went to Syria and Iraq. Officials say 500 Lebanese were killed in conflicts in the Middle East.',
        ),
        500,
      ),
    ).toEqual([]);
    expect(
      where(
        'en',
        'Thousands went to Syria and Iraq. About 100 Lebanese have returned from the conflict zones.',
        100,
      ),
    ).toEqual([]);
    expect(
      where(
        'fr',
        'Des milliers sont partis en Syrie et en Irak. Quelque 500 Libanais ont été tués au Moyen-Orient.',
        500,
      ),
    ).toEqual([]);
    expect(
      where(
        'ru',
        'Тысячи уехали в Сирию и Ирак. Около 100 ливанцев вернулись из зоны вооруженных конфликтов.',
        100,
      ),
    ).toEqual([]);
    expect(where('ar', 'وسافر الآلاف إلى سوريا والعراق. والتحقت 289 لبنانية ببؤر التوتر.', 289)).toEqual([]);
  });

  it('a country named beside it is still where they are', () => {
    expect(
      where('en', 'Some 500 Lebanese were killed in the Middle East, most of them in Syria.', 500),
    ).toEqual(['SY']);
  });
});

describe('a count takes the place of the count before it only when the same happened to them', () => {
  it('en, fr, ru, ar: people who came home are not where others are held', () => {
    const en =
      'The study says a further 2,500 people have been arrested in Turkey. 130 Jordanian nationals have come home.';
    expect(where('en', en, 130)).not.toContain('TR');
    const fr =
      'Selon le rapport, 3000 personnes ont été arrêtées en Turquie. 147 ressortissants libanais sont rentrés chez eux.';
    expect(where('fr', fr, 147)).not.toContain('TR');
    const ru = 'По данным доклада, в Турции задержаны 3000 человек. 147 граждан Ливана вернулись домой.';
    expect(where('ru', ru, 147)).not.toContain('TR');
    const ar = 'وقال التقرير إن 3000 شخص اعتقلوا في تركيا. وعاد 147 مواطنا لبنانيا إلى بلادهم.';
    expect(where('ar', ar, 147)).not.toContain('TR');
  });

  it('en: people held as those before them are where those are', () => {
    const en =
      'About 70 Lebanese women are held in camps in Syria. 30 Lebanese children are also held with them.';
    expect(where('en', en, 30)).toEqual(['SY']);
  });
});
