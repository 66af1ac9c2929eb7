// Arabic, eighteenth round: the mechanisms behind defects found last round, each pinned with sentences
// of its own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a year after a time word is not multiplied by the scale word after it', () => {
  it('في 2019 ألف شخص: the thousand is a count of its own', () => {
    checkProbe('ar', 'وعاد في 2019 ألف شخص إلى البلاد.', [
      { v: [1000, 1000], pop: 'people', status: 'returned' },
    ]);
  });
  it('في عام 2018 ألف مقاتل', () => {
    checkProbe('ar', 'وفي عام 2018 ألف مقاتل عادوا.', [{ v: [1000, 1000], pop: 'fighters' }]);
  });
  it('خلال 2017 ألف لاجئ', () => {
    checkProbe('ar', 'ووصل خلال 2017 ألف لاجئ إلى المخيمات.', [{ v: [1000, 1000], pop: 'people' }]);
  });
  it('digits with a scale word keep it: 2 ألف, 4 آلاف', () => {
    checkProbe('ar', 'وسلم 2 ألف مقاتل و4 آلاف امرأة أنفسهم.', [
      { v: [2000, 2000], pop: 'fighters' },
      { v: [4000, 4000], pop: 'women' },
    ]);
  });
});

describe('Arabic: set free is out of custody (other), not come home, unless the text sends them home', () => {
  it('أفرجت السلطات عن', () => {
    checkProbe('ar', 'وأفرجت الشرطة عن 30 امرأة من المخيم.', [
      { v: [30, 30], pop: 'women', status: 'other' },
    ]);
  });
  it('تم الإفراج عن', () => {
    checkProbe('ar', 'وتم الإفراج عن 8 نساء الأسبوع الماضي.', [{ v: [8, 8], pop: 'women', status: 'other' }]);
  });
  it('a group setting its recruits free', () => {
    checkProbe('ar', 'وأطلقت الميليشيا سراح 25 طفلا جندتهم.', [
      { v: [25, 25], pop: 'children', status: 'other' },
    ]);
  });
  it('set free and sent home after the count: returned', () => {
    checkProbe('ar', 'وأفرج عن 20 مقاتلا وعادوا إلى بلادهم.', [
      { v: [20, 20], pop: 'fighters', status: 'returned' },
    ]);
    checkProbe('ar', 'وأطلق سراح 14 طفلا وأعيدوا إلى ذويهم.', [
      { v: [14, 14], pop: 'children', status: 'returned' },
    ]);
  });
  it('a prisoner swap hands each side its people back: returned', () => {
    checkProbe('ar', 'وأفرج عن 40 أسيرا في صفقة تبادل بين الطرفين.', [
      { v: [40, 40], pop: 'people', status: 'returned' },
    ]);
  });
});

describe("Arabic: a verbal noun after the speaker ends the speaker's name", () => {
  it('الإفراج with its article', () => {
    checkProbe('ar', 'وأعلنت الشرطة الإفراج عن 11 قاصرا.', [
      { v: [11, 11], pop: 'children', status: 'other', source: 'الشرطة' },
    ]);
  });
  it('إطلاق سراح', () => {
    checkProbe('ar', 'وأعلنت الحكومة إطلاق سراح 40 معتقلا.', [
      { v: [40, 40], pop: 'people', source: 'الحكومة' },
    ]);
  });
  it('an articled verbal noun of detention', () => {
    checkProbe('ar', 'وأعلنت وزارة الداخلية الاحتجاز المؤقت لـ 15 شخصا.', [
      { v: [15, 15], pop: 'people', source: 'وزارة الداخلية' },
    ]);
  });
});
