// Child safety (issue 12): the name of a child is never extracted. A count attributed to a speaker the
// text says is a minor (an age under 18, or a child noun) takes a generic source instead of the name.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const sourceOf = (lang: string, text: string, value: number) => {
  const c = extract(text, { lang, published: '2022-03-01' }).claims.find((x) => x.value.min === value);
  expect(c, `a claim of ${value}`).toBeDefined();
  return c!.source;
};

describe('a child speaking is never named as the source', () => {
  it('English: an age after the name, a "year-old" before it, a child noun', () => {
    expect(sourceOf('en', '"The fighters drove 25 girls to the base," said Leyla, 13.', 25)).toBe('a minor');
    expect(sourceOf('en', '"They kept 25 girls in one room," 16-year-old Leyla told the agency.', 25)).toBe(
      'a minor',
    );
    expect(sourceOf('en', 'Leyla, a fifteen-year-old girl, said the militants held 25 girls.', 25)).toBe(
      'a minor',
    );
    expect(sourceOf('en', 'Leyla, 12, said the militants held 25 girls in the school.', 25)).toBe('a minor');
    expect(sourceOf('en', 'The boy told aid workers that 25 girls were kept there.', 25)).toBe('a minor');
  });

  it('English: adults keep their names, and a group named for children is no child', () => {
    expect(sourceOf('en', '"They kept 25 girls in one room," said Leyla Haddad, a nurse.', 25)).toBe(
      'Leyla Haddad',
    );
    expect(sourceOf('en', 'Child Soldiers Watch said 25 girls were held there.', 25)).toBe(
      'Child Soldiers Watch',
    );
    // A thousands group is not an age: "the agency, 2,300 boys".
    expect(sourceOf('en', 'According to the agency, 2,300 boys were recruited.', 2300)).toBe('the agency');
  });

  it('French: "N ans", "âgée de N ans", a child noun', () => {
    expect(sourceOf('fr', '« Ils ont pris 25 filles de l’école », a raconté Leïla, 13 ans.', 25)).toBe(
      'un mineur',
    );
    expect(sourceOf('fr', 'Leïla, âgée de 15 ans, a déclaré que 25 filles étaient retenues.', 25)).toBe(
      'un mineur',
    );
    expect(sourceOf('fr', 'Selon Karim (16 ans), 25 garçons ont été enrôlés.', 25)).toBe('un mineur');
    expect(sourceOf('fr', 'Selon Karim Haddad, 52 ans, 25 garçons ont été enrôlés.', 25)).not.toBe(
      'un mineur',
    );
  });

  it('Russian: "N-летний", "(N лет)", a child noun', () => {
    expect(sourceOf('ru', '«Нас было 25 девочек в одной комнате», — рассказал 14-летний Тимур.', 25)).toBe(
      'несовершеннолетний',
    );
    expect(sourceOf('ru', 'По словам Тимура (16 лет), в лагере держали 25 мальчиков.', 25)).toBe(
      'несовершеннолетний',
    );
    expect(sourceOf('ru', 'По словам Тимура Исаева, в лагере держали 25 мальчиков.', 25)).toBe(
      'Тимура Исаева',
    );
    // The counted children before the verb do not make the speaker a child.
    expect(sourceOf('ru', 'В лагере держали 25 мальчиков, сообщил Тимур Исаев.', 25)).toBe('Тимур Исаев');
  });

  it('Arabic: "(N عاما)", "البالغ من العمر", a child noun', () => {
    expect(sourceOf('ar', 'وقالت ليلى (13 عاما) إن المسلحين احتجزوا 25 فتاة في المدرسة.', 25)).toBe('قاصر');
    expect(sourceOf('ar', 'وقال الفتى كريم البالغ من العمر 15 عاما إن التنظيم جند 25 طفلا.', 25)).toBe(
      'قاصر',
    );
    expect(sourceOf('ar', 'وقال كريم، 12 عاما، إن التنظيم جند 25 طفلا.', 25)).toBe('قاصر');
    expect(sourceOf('ar', 'وقال كريم، 50 عاما، إن التنظيم جند 25 طفلا.', 25)).toBe('كريم');
  });
});
