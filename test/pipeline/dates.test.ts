// Dates of claims said relative to the publication date: each pack names the phrases chrono-node can
// place ("last week", "two weeks ago", أمس); plurals it cannot place ("for weeks") give no date.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const PUBLISHED = '2023-03-15';

function dateOf(lang: string, text: string): string | null | undefined {
  return extract(text, { lang, published: PUBLISHED }).claims[0]?.date;
}

describe('relative dates', () => {
  it('places weeks and days said relative to the publication in English', () => {
    expect(dateOf('en', 'Last week 40 children were repatriated from the camp.')).toBe('2023-03-08');
    expect(dateOf('en', 'Two weeks ago 40 children were repatriated from the camp.')).toBe('2023-03-01');
    expect(dateOf('en', 'Yesterday 40 children were repatriated from the camp.')).toBe('2023-03-14');
    expect(dateOf('en', 'On Monday 40 children were repatriated from the camp.')).toBe('2023-03-13');
    expect(dateOf('en', 'A few weeks ago 40 children were repatriated from the camp.')).toBe('2023-02-22');
    expect(dateOf('en', 'Officials said 40 children had left three weeks earlier.')).toBe('2023-02-22');
  });

  it('gives no date for weeks that name no day', () => {
    expect(dateOf('en', 'For weeks 40 children waited in the camp.')).toBeNull();
    expect(dateOf('en', 'Weeks earlier 40 children had been repatriated from the camp.')).toBeNull();
    expect(dateOf('en', 'The weekly count rose: 40 children were repatriated.')).toBeNull();
  });

  it('reads the relative phrase even after a plural that names no day', () => {
    expect(dateOf('en', 'After weeks of talks, 40 children were repatriated yesterday.')).toBe('2023-03-14');
  });

  it('places them in French, Russian and Arabic', () => {
    expect(dateOf('fr', 'La semaine dernière, 40 enfants ont été rapatriés du camp.')).toBe('2023-03-08');
    expect(dateOf('fr', 'Hier, 40 enfants ont été rapatriés du camp.')).toBe('2023-03-14');
    expect(dateOf('ru', 'На прошлой неделе из лагеря вернули 40 детей.')).toBe('2023-03-08');
    expect(dateOf('ru', 'Вчера из лагеря вернули 40 детей.')).toBe('2023-03-14');
    expect(dateOf('ar', 'أعيد أمس 40 طفلا من المخيم.')).toBe('2023-03-14');
  });

  it('does not take a word that holds a relative one for it', () => {
    // "cahier" holds "hier"; "несколько недель" (several weeks) names no week.
    expect(dateOf('fr', 'Selon un cahier du camp, 40 enfants ont été rapatriés.')).toBeNull();
    expect(dateOf('ru', 'Несколько недель спустя из лагеря вернули 40 детей.')).toBeNull();
    expect(dateOf('ar', 'أعيد 40 طفلا من المخيم خلال أسابيع.')).toBeNull();
  });

  it('keeps a year the sentence names when nothing relative is said', () => {
    expect(dateOf('en', 'In 2019, 40 children were repatriated from the camp.')).toBe('2019');
  });
});
