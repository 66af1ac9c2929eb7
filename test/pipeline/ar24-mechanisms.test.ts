// Arabic, twenty-fourth round: the leftovers of the last round, each a mechanism pinned with sentences
// of its own (unit level: one rule, its limits).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { checkProbe } from './probe-helpers.ts';

/** The qualifiers of the claims extract() finds in TEXT, by value. */
const qualifiers = (text: string) =>
  extract(text, { lang: 'ar', published: '2021-06-01' }).claims.map((c) => [c.value.min, c.qualifier]);

describe('Arabic: a verbal noun after a definite word of the speaker is the deed announced', () => {
  it('التفعّل with its article (التحقق من) ends the name', () => {
    checkProbe('ar', 'وأعلنت المنظمة التحقق من تجنيد 70 طفلا في الصومال.', [
      { v: [70, 70], pop: 'children', source: 'المنظمة' },
    ]);
  });
  it('تفعيل without the article (تحرير) after a definite adjective', () => {
    checkProbe('ar', 'وأعلن الجيش الوطني تحرير 35 طفلا من قبضة المسلحين.', [
      { v: [35, 35], pop: 'children', source: 'الجيش الوطني' },
    ]);
  });
  it('افتعال (اعتقال) after a one-word speaker', () => {
    checkProbe('ar', 'وأعلنت الشرطة اعتقال 9 عناصر من التنظيم.', [
      { v: [9, 9], pop: 'fighters', source: 'الشرطة' },
    ]);
  });
  it("after an indefinite head the verbal noun is the name's own (هيئة تحرير الشام)", () => {
    checkProbe('ar', 'وأعلنت هيئة تحرير الشام إعدام 6 مقاتلين.', [
      { v: [6, 6], pop: 'fighters', source: 'هيئة تحرير الشام' },
    ]);
  });
  it('التأكد من (its hamza folded to alif) ends the name; the adjective التابعة does not', () => {
    checkProbe('ar', 'وأعلنت المفوضية التأكد من وفاة 17 مهاجرا.', [
      { v: [17, 17], pop: 'people', source: 'المفوضية' },
    ]);
    checkProbe('ar', 'وقالت القوات التابعة للحكومة إن 12 مسلحا قتلوا.', [
      { v: [12, 12], pop: 'fighters', source: 'القوات التابعة للحكومة' },
    ]);
  });
  it('a nisba adjective of the same letters is no verbal noun (الجيش التركي)', () => {
    checkProbe('ar', 'وقال الجيش التركي إن 16 مسلحا قتلوا.', [
      { v: [16, 16], pop: 'fighters', source: 'الجيش التركي' },
    ]);
  });
  it('a long adjective of the same letters is no verbal noun (الاتحادية)', () => {
    checkProbe('ar', 'وقالت الشرطة الاتحادية إن 22 مسلحا قتلوا.', [
      { v: [22, 22], pop: 'fighters', source: 'الشرطة الاتحادية' },
    ]);
  });
});

describe("Arabic: a preposition left at the end of a speaker's name is the verb's", () => {
  it('تشير أرقام X إلى مقتل: the figures and their issuer, without إلى', () => {
    checkProbe('ar', 'وتشير إحصاءات الوزارة إلى مقتل 18 طفلا.', [
      { v: [18, 18], pop: 'children', source: 'إحصاءات الوزارة' },
    ]);
  });
  it('figures that name no one stay no source', () => {
    checkProbe('ar', 'ووفق الإحصاءات، فإن 600 شخص عادوا إلى بلادهم.', [
      { v: [600, 600], pop: 'people', source: null },
    ]);
  });
});

describe('Arabic: the verb of receiving, with its subject, outranks the custody of those handed over', () => {
  it('تسلمت X N من مواطنيها المحتجزين: returned', () => {
    checkProbe('ar', 'وتسلمت الجزائر 25 من مواطنيها المحتجزين في ليبيا.', [
      { v: [25, 25], pop: 'people', origin: ['DZ'], status: 'returned' },
    ]);
  });
  it('استعادت X N طفلا محتجزين: returned', () => {
    checkProbe('ar', 'واستعادت أوزبكستان 64 طفلا محتجزين في سوريا.', [
      { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
  });
  it('a verbal noun of return with no subject leaves a sentence in prison as it is', () => {
    checkProbe('ar', 'وقال المسؤول إن إعادة 31 امرأة محكوم عليهن بالسجن في العراق ستكون صعبة.', [
      { v: [31, 31], pop: 'women', status: 'detained' },
    ]);
  });
});

describe('Arabic: a side that lost its people lost them dead', () => {
  it('فقدت X N مقاتلا: killed', () => {
    checkProbe('ar', 'وفقدت الميليشيا 55 مقاتلا في المعارك الأخيرة.', [
      { v: [55, 55], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('خسر X N جنديا: killed', () => {
    checkProbe('ar', 'وخسر الجيش 14 جنديا في الكمين.', [{ v: [14, 14], pop: 'fighters', status: 'killed' }]);
  });
  it('the particle فقد (ف + قد) is no loss', () => {
    checkProbe('ar', 'فقد سافر 33 مقاتلا إلى ليبيا.', [{ v: [33, 33], pop: 'fighters', status: 'joined' }]);
  });
});

describe('Arabic: the past of estimating makes an approximate count', () => {
  it('قدرت X عدد Y بـN, with the subject between the verb and the frame', () => {
    checkProbe('ar', 'وقدرت اللجنة عدد المقاتلين الأجانب بـ1,400 مقاتل.', [
      { v: [1400, 1400], pop: 'fighters', origin: ['region:foreign'], source: 'اللجنة' },
    ]);
    checkProbe('ar', 'وقدرت اللجنة عدد الأطفال بـ700 طفل.', [{ v: [700, 700], pop: 'children' }]);
  });
  it('the passive قدر عدد Y بـN', () => {
    checkProbe('ar', 'وقدر عدد الأطفال في المخيم بـ 260 طفلا.', [{ v: [260, 260], pop: 'children' }]);
  });
  it('the qualifier is approx', () => {
    expect(qualifiers('وقدرت اللجنة عدد المقاتلين الأجانب بـ1,400 مقاتل.')).toEqual([[1400, 'approx']]);
    expect(qualifiers('وقدر عدد الأطفال في المخيم بـ 260 طفلا.')).toEqual([[260, 'approx']]);
    expect(qualifiers('وقدّر التقرير عدد العائدين بـ520 شخصا.')).toEqual([[520, 'approx']]);
  });
  it('a verb of stating before the frame leaves the count exact', () => {
    expect(qualifiers('وذكرت اللجنة أن عدد المقاتلين بلغ 1,400 مقاتل.')).toEqual([[1400, 'exact']]);
  });
  it('the noun قدر (an amount) is no estimate', () => {
    expect(qualifiers('وبذلت الوزارة أكبر قدر من الجهد لإعادة 20 طفلا.')).toEqual([[20, 'exact']]);
  });
});

describe('Arabic: a count set against the one before ("مقارنة بـ", "مقابل") counts the same people', () => {
  it('مقارنة بـN glued to the number', () => {
    checkProbe('ar', 'وعاد 900 شخص هذا العام مقارنة بـ400 في العام الذي سبقه.', [
      { v: [900, 900], pop: 'people' },
      { v: [400, 400], pop: 'people' },
    ]);
  });
  it('مقابل N', () => {
    checkProbe('ar', 'وقتل 60 مقاتلا في الشهر الماضي مقابل 45 في الشهر الذي قبله.', [
      { v: [60, 60], pop: 'fighters', status: 'killed' },
      { v: [45, 45], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('a year after the comparison word is no count', () => {
    checkProbe('ar', 'وقتل 40 طفلا هذا العام مقارنة بـ 2018.', [{ v: [40, 40], pop: 'children' }]);
  });
});
