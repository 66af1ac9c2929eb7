// Arabic grammar: numbers, antecedents, clause boundaries and origins, each pinned on sentences
// written for these tests (not taken from any report).
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const counted = (text: string) =>
  extract(text, { lang: 'ar', published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');
const only = (text: string): Claim => {
  const found = counted(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const keys = (text: string) =>
  counted(text).map((c) => [c.value.min, c.value.max, c.population, c.origin ?? []]);

describe('Arabic number grammar', () => {
  it('reads compound teens written apart as one number', () => {
    expect(keys('احتجزت الشرطة أربعة عشر مسلحا قرب الحدود.')).toEqual([[14, 14, 'fighters', []]]);
    expect(keys('ونقلت السلطات ست عشرة امرأة إلى مخيم آخر.')).toEqual([[16, 16, 'women', []]]);
  });

  it('reads "ما يربو عن" and "ما ينيف على" as more than', () => {
    const c = only('وقال المسؤول إن ما يربو عن 700 مواطن أردني سافروا إلى العراق.');
    expect(c.value).toEqual({ min: 700, max: null });
    expect(c.origin).toEqual(['JO']);
  });
});

describe('Arabic population words', () => {
  it('counts a feminine plural nisba as women of that nationality', () => {
    const c = only('وأعادت الحكومة 14 عراقيات من المخيم.');
    expect(c.population).toBe('women');
    expect(c.origin).toEqual(['IQ']);
  });

  it('counts captives as people with no default origin', () => {
    const c = only('وأعدم المسلحون تسعة أسرى في الصحراء.');
    expect(c.population).toBe('people');
    expect(c.origin).toBeNull();
  });

  it('counts taking part in combat operations as fighting, but not bare ranks', () => {
    expect(only('وحوكم 450 مواطنا أردنيا بتهمة المشاركة في العمليات القتالية في سوريا.').population).toBe(
      'fighters',
    );
    expect(only('والتحق نحو 640 مواطنا لبنانيا بصفوف التنظيم منذ 2014.').population).toBe('people');
  });

  it('reads a country left behind as the origin', () => {
    expect(only('وتقدر السلطات أن 350 شخصا غادروا الأردن للانضمام إلى التنظيم.').origin).toEqual(['JO']);
  });
});

describe('Arabic duals', () => {
  it('reads a dual noun as a count of two', () => {
    const c = only('وأعادت السلطات طفلين من المخيم إلى الأردن.');
    expect(c.value).toEqual({ min: 2, max: 2 });
    expect(c.population).toBe('children');
    expect(only('ونقل مقاتلان إلى السجن المركزي.').population).toBe('fighters');
  });

  it('keeps a dual apart from the count before it instead of pairing it', () => {
    expect(keys('وأعادت لبنان 75 امرأة وطفلين من المخيمات.')).toEqual([
      [75, 75, 'women', ['LB']],
      [2, 2, 'children', ['LB']],
    ]);
  });

  it('reads nothing more from a dual that is the noun of a number before it', () => {
    expect(keys('وظهر في التسجيل 3 طفلين.').length).toBeLessThanOrEqual(1);
  });
});

describe('Arabic antecedents and conjuncts', () => {
  it('takes part of the nearest definite people named before منهم', () => {
    const found = counted(
      'وعاد إلى البلاد 150 مقاتلا. وتتابع الأجهزة الأمنية العائدين، وقد أدانت المحاكم 35 منهم واعتقلت 12 آخرين.',
    );
    expect(found.map((c) => [c.value.min, c.population, c.status])).toEqual([
      [150, 'fighters', 'returned'],
      [35, 'people', 'detained'],
      [12, 'people', 'detained'],
    ]);
  });

  it('does not give a count the status of a verb with a glued و that opens the next conjunct', () => {
    const found = counted('غادر 400 شخص البلاد وعاد 60 منهم بعد سنوات.');
    expect(found.map((c) => [c.value.min, c.status])).toEqual([
      [400, 'joined'],
      [60, 'returned'],
    ]);
  });
});

describe('Arabic planned returns', () => {
  it('leaves people where they are when a return is only intended, with a subject between', () => {
    expect(only('تعتزم الحكومة إعادة 60 طفلا من المخيمات في سوريا.').status).toBe('present');
    expect(only('وتسعى الوزارة إلى إعادة 28 طفلا من المخيمات.').status).toBe('present');
    const c = only('ومن المقرر أن تستعيد السلطات 45 امرأة من العراق الشهر المقبل.');
    expect(c.status).toBe('present');
    expect(c.origin).toBeNull();
  });

  it('still reads a return that was made', () => {
    expect(only('وأعادت الحكومة 60 طفلا من المخيمات في سوريا.').status).toBe('returned');
  });
});

describe('Arabic numbering frames', () => {
  it('counts the noun and takes the nisba before "البالغ عددهم" (not البالغ as adults)', () => {
    const c = only('وأشارت إلى أن المقاتلين الأردنيين البالغ عددهم 2500 موجودون في سوريا.');
    expect([c.value.min, c.population, c.origin]).toEqual([2500, 'fighters', ['JO']]);
  });

  it('gives "their number" the nationality its pronoun refers to', () => {
    const c = only('وكان اللبنانيون أكبر جماعة في المخيم، حيث وصل عددهم إلى 9,000 شخص.');
    expect([c.value.min, c.population, c.origin]).toEqual([9000, 'people', ['LB']]);
    expect(only('ويقيم في المخيم أطفال أجانب يبلغ عددهم 7000 طفل.').origin).toEqual(['region:foreign']);
  });
});

describe('Arabic counts named by their group, case or position', () => {
  it('counts "N من GROUP" as fighters of that group', () => {
    const named = only('وقتل 14 من داعش في الاشتباكات قرب الحدود.');
    expect([named.population, named.affiliation]).toEqual(['fighters', 'isis']);
    expect(only('فقد تسلل سبعة من الجماعة المسلحة إلى البلدة.').population).toBe('fighters');
  });

  it('reads an accusative nisba written like the country as a nationality', () => {
    const c = only('وقالت الوزارة إن 15 روسيًا قتلوا في المعارك.');
    expect([c.value.min, c.origin]).toEqual([15, ['RU']]);
  });

  it('counts a definite numeral after its definite noun', () => {
    const c = only('أما النساء الخمس فقد نقلن إلى سجن آخر.');
    expect([c.value.min, c.population]).toEqual([5, 'women']);
  });

  it('reads digits glued to the word before them, with the hedge kept', () => {
    const c = only('اعتقلت الشرطة نحو70 شخصا في ضواحي العاصمة.');
    expect([c.value.min, c.qualifier]).toEqual([70, 'approx']);
  });

  it('pairs women and children across a comma before a glued و', () => {
    expect(only('أعادت أوزبكستان 95 امرأة، وطفلاً من سوريا.').population).toBe('people');
  });
});

describe('Arabic verbs before their subject', () => {
  it('gives coordinated counts the verb before the subject that stands between', () => {
    const found = counted('واستعادت الأردن 22 امرأة و57 طفلاً من رعاياها في مخيمي الهول وروج.');
    expect(found.map((c) => [c.value.min, c.status])).toEqual([
      [22, 'returned'],
      [57, 'returned'],
    ]);
  });

  it('reads belonging to a group as having joined it', () => {
    expect(only('وحددت الأجهزة هوية 700 مواطن أردني مشتبه بهم في الانتماء إلى التنظيم.').status).toBe(
      'joined',
    );
  });
});

describe('Arabic days and year-like bounds', () => {
  it('reads both days of "D و D من شهر MONTH" as dates, not counts', () => {
    expect(keys('واستقبلت العاصمة 65 طفلا عائدا في 11 و13 من شهر نيسان.')).toEqual([
      [65, 65, 'children', []],
    ]);
  });

  it('reads a range whose low end looks like a year', () => {
    const c = only('ويقدر الخبراء عدد المقاتلين القادمين من القوقاز بين 1950 و2600 مقاتل.');
    expect(c.value).toEqual({ min: 1950, max: 2600 });
    expect(c.population).toBe('fighters');
  });
});

describe('Arabic post-posed digits', () => {
  it('counts digits with the article after their definite noun', () => {
    expect(keys('ووصل الأطفال الـ30 إلى العاصمة أمس.')).toEqual([[30, 30, 'children', []]]);
    expect(keys('وقالت إن النساء الـ 12 نقلن إلى سجن آخر.')).toEqual([[12, 12, 'women', []]]);
  });
});

describe('Arabic agents of a return', () => {
  it('does not take a dateline city for the country that brings people back', () => {
    expect(only('عمان (رويترز) - أعادت السلطات 30 طفلا من المخيمات.').origin).toBeNull();
    expect(only('أعادت الأردن 30 طفلا من المخيمات.').origin).toEqual(['JO']);
  });

  it('gives those handed over the recipient country as origin', () => {
    expect(only('سلمت السلطات العراقية 15 طفلا إلى أذربيجان.').origin).toEqual(['AZ']);
  });
});

describe('Arabic possessed counts', () => {
  it('keeps the country of "its nationals" when they are counted as fighters', () => {
    const c = only('وقالت تونس إن 3000 من مواطنيها يقاتلون في سوريا.');
    expect([c.population, c.origin]).toEqual(['fighters', ['TN']]);
  });
});

describe('Arabic frames, parts and lists met in the dev reports (issue 9)', () => {
  it('counts the frame noun, not a predicate said of part of them, in "البالغ عددهم N هم من"', () => {
    const c = only('وقالت الإدارة إن ثلثي الأجانب البالغ عددهم 6,000 هم من الأطفال.');
    expect([c.value.min, c.population, c.origin]).toEqual([6000, 'people', ['region:foreign']]);
  });

  it("does not carry a part's own origin to the count of the next paragraph", () => {
    const found = counted(
      'ويضم المخيم الصغير اليوم 3,000 شخص، أكثر من 2,000 منهم أجانب.\nويضم المخيم الكبير أكثر من 50,000 شخص من 40 دولة، بينهم 25,000 طفل.',
    );
    expect(found.map((c) => [c.value.min, c.origin])).toEqual([
      [3000, null],
      [2000, ['region:foreign']],
      [50000, null],
      [25000, null],
    ]);
  });

  it('reads no "in" in "بما في ذلك" (including): the countries listed are not where they are', () => {
    const found = counted('ويضم المخيم أكثر من 50,000 شخص من 40 دولة بما في ذلك ألمانيا وبلجيكا.');
    expect(found.map((c) => [c.value.min, c.location])).toEqual([[50000, []]]);
  });
});

describe('Arabic sources after "وفقا ل" (issue 9)', () => {
  it('leaves a glued ل out of the name', () => {
    expect(only('ووفقا لإدارة المخيم، يقيم 500 طفل في المخيم.').source).toBe('إدارة المخيم');
    expect(only('وقتل 300 مقاتل، وفقا لأرقام رسمية.').source).toBe('أرقام رسمية');
  });

  it('restores the article ل fused with: the name as it is written standing alone', () => {
    expect(only('ووفقا لليونيسف، يقيم 500 طفل في المخيم.').source).toBe('اليونيسف');
    expect(only('ووفقا للمفوضية السامية، يقيم 500 طفل في المخيم.').source).toBe('المفوضية السامية');
  });

  it('names no source for figures that name no one', () => {
    expect(only('وعاد 500 شخص، وفقا لأحدث الأرقام.').source).toBeNull();
    expect(only('ووفقا للتقديرات، عاد 500 شخص.').source).toBeNull();
    expect(only('وبحسب إحصائيات الأمم المتحدة، عاد 500 شخص.').source).toBe('إحصائيات الأمم المتحدة');
  });
});
