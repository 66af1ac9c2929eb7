// Language identification that holds on short and mixed texts: franc restricted to the languages of the
// text's script, a margin for short texts, and paragraphs in another script identified on their own.
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageRuns, type ReadLanguage } from '../../src/pipeline/detect-language.ts';
import { extract } from '../../src/pipeline/extract.ts';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';

describe('language identification', () => {
  it('a one-sentence English report is English, with its claims', () => {
    const r = extract(
      'In 2020, Uzbekistan brought back 318 nationals from Iraq, among them 127 minors, a spokesman said.',
    );
    expect(r.lang).toBe('en');
    expect(r.claims.map((c) => c.value.min)).toEqual(expect.arrayContaining([318, 127]));
  });

  it('a short line in English is not taken for Uyghur or Turkish', () => {
    expect(extract('The agency said 52 widows came home.').lang).toBe('en');
  });

  it('a German report is German: not read, said so, not stored as French', () => {
    const r = extract(
      'Im Jahr 2020 holte Usbekistan 318 Staatsangehörige aus dem Irak zurück, darunter 127 Minderjährige, sagte ein Sprecher des Ministeriums.',
    );
    expect(r.lang).toBeNull();
    expect(r.languages).toEqual(['de']);
    expect(r.claims).toEqual([]);
    expect(r.notices.join(' ')).toMatch(/does not read \(deu\)/);
  });

  it('a report with an Arabic and a Russian paragraph is read in both, spans on the whole text', () => {
    const arabic = 'أعلنت وزارة الخارجية أن 145 طفلا عادوا من المخيمات في سوريا خلال شهر مارس الماضي.';
    const russian =
      'По данным министерства, из лагерей в Сирии вернулись 88 женщин и их дети в прошлом месяце.';
    const text = `${arabic}\n\n${russian}\n`;
    const r = extract(text);
    expect([...r.languages!].sort()).toEqual(['ar', 'ru']);
    const values = r.claims.map((c) => c.value.min);
    expect(values).toEqual(expect.arrayContaining([145, 88]));
    for (const c of r.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    const eightyEight = r.claims.find((c) => c.value.min === 88)!;
    expect(eightyEight.span.start).toBeGreaterThan(arabic.length);
  });

  it('a paragraph in a language not read beside one that is: the claims of one, a notice for the other', () => {
    const english =
      'Officials said that 64 children were repatriated from camps in northeast Syria last week.';
    const kazakh =
      'Сыртқы істер министрлігінің мәліметінше, өткен аптада Сириядағы лагерьлерден балалар елге оралды және олардың аналары да қайтты.';
    const r = extract(`${english}\n\n${kazakh}`);
    expect(r.lang).toBe('en');
    expect([...r.languages!].sort()).toEqual(['en', 'kk']);
    expect(r.claims.map((c) => c.value.min)).toContain(64);
    expect(r.notices.join(' ')).toMatch(/characters look like a language Tessera does not read \(kaz\)/);
  });

  it('an English and a French paragraph, one script: each read in its own language', () => {
    const english =
      'Kazakhstan has brought back 64 children from the camps in north-east Syria, the ministry said, and they are now with their relatives.';
    const french =
      'Selon le ministère, 37 femmes et leurs enfants sont toujours détenues dans les camps du nord-est de la Syrie, où les conditions sont difficiles pour les familles.';
    const r = extract(`${english}\n\n${french}\n`, { published: '2021-03-01' });
    expect([...r.languages!].sort()).toEqual(['en', 'fr']);
    expect(r.claims.map((c) => [c.quote, c.population, c.status])).toEqual([
      ['64 children', 'children', 'returned'],
      ['37 femmes', 'women', 'present'],
    ]);
  });

  it("a short quotation in another language leaves the paragraph in the report's", () => {
    const r = extract(
      'Officials said that 64 children were repatriated from camps in northeast Syria, calling it "une mission de la plus haute importance" for the country.',
    );
    expect(r.languages).toEqual(['en']);
  });

  it('a language given holds for the whole text', () => {
    const r = extract('Im Jahr 2020 kamen 318 Personen zurück.', { lang: 'en' });
    expect(r.lang).toBe('en');
    expect(r.languages).toEqual(['en']);
  });
});

describe('what a language contributes to identification lives in its pack', () => {
  // A pack for German declares its script and function words; nothing else is edited.
  const german: ReadLanguage = {
    code: 'de',
    francCode: 'deu',
    script: 'latin',
    functionWords: ['der', 'die', 'das', 'und', 'ist', 'sind', 'nicht', 'mit', 'von', 'aus', 'den', 'dem'],
  };
  const readable = [...LANGUAGE_PACKS, german];
  const germanParagraph =
    'Nach Angaben der Behörden sind die Kinder mit ihren Müttern aus den Lagern zurückgekehrt, und die Familien werden von den Sozialdiensten betreut, die nicht genug Personal haben.';
  const englishParagraph =
    'The ministry said that the children and their mothers were brought home from the camps by plane, and that they have been placed with their families for the time being.';

  it('a language added as a pack is identified in its script without any other change', () => {
    expect(detectLanguage(germanParagraph, readable).lang).toBe('de');
    expect(detectLanguage(germanParagraph, LANGUAGE_PACKS).lang).toBeNull();
  });

  it('its function words tell its paragraph apart inside a report in another language of its script', () => {
    const text = `${englishParagraph}\n\n${germanParagraph}\n`;
    const runs = languageRuns(text, readable);
    expect(runs.map((r) => r.lang)).toEqual(['en', 'de']);
    expect(runs[1]!.start).toBe(englishParagraph.length + 2);
  });

  it('too few letters to tell: the first read language registered in the script', () => {
    expect(detectLanguage('Die Kinder', [german, ...LANGUAGE_PACKS]).lang).toBe('de');
    expect(detectLanguage('Die Kinder', LANGUAGE_PACKS).lang).toBe('en');
  });
});
