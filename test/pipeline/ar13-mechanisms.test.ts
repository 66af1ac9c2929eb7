// Arabic, thirteenth round: the mechanisms the ar13 probes showed missing, each pinned with sentences
// of its own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: "each one person" before a number makes it per person, a ratio', () => {
  it('each returnee needs N officers: no count', () => {
    checkProbe('ar', 'وقال الخبير إن كل مقاتل عائد يتطلب 25 عنصر أمن لمتابعته.', []);
  });
  it('a count before "each child" in another clause stays', () => {
    checkProbe('ar', 'وأعيد 57 طفلا، وخضع كل طفل لفحص طبي.', [
      { v: [57, 57], pop: 'children', status: 'returned' },
    ]);
  });
});

describe('Arabic: recruits or fighters said to be minors are children', () => {
  it('مقاتلين قاصرين', () => {
    checkProbe('ar', 'وأسرت القوات الحكومية 14 مقاتلين قاصرين في تعز.', [{ v: [14, 14], pop: 'children' }]);
  });
  it('مجندا قاصرا', () => {
    checkProbe('ar', 'وأفرج التحالف عن 27 مجندا قاصرا.', [{ v: [27, 27], pop: 'children' }]);
  });
});

describe('Arabic: pushing children into battle with the ب on a bound word', () => {
  it('دفعوا بأكثر من N', () => {
    checkProbe('ar', 'ودفعوا بأكثر من 45 طفلا إلى جبهة نهم.', [
      { v: [45, null], pop: 'children', status: 'joined' },
    ]);
  });
});

describe('Arabic: a country that deports people is not their origin', () => {
  it('deported: no origin from the deporting state', () => {
    checkProbe('ar', 'ورحلت تركيا 12 امرأة إلى بلدانهن الأسبوع الماضي.', [
      { v: [12, 12], pop: 'women', origin: [] },
    ]);
    checkProbe('ar', 'وسلمت السلطات اللبنانية 4 مسلحين إلى بلدانهم.', [
      { v: [4, 4], pop: 'fighters', origin: [] },
    ]);
  });
  it('brought back: the returning state stays their origin', () => {
    checkProbe('ar', 'وأعادت تونس 9 أطفال من ليبيا.', [{ v: [9, 9], pop: 'children', origin: ['TN'] }]);
  });
});

describe('Arabic: a bound verb before a "number of" frame bounds its number', () => {
  it('تجاوز عدد X N', () => {
    checkProbe('ar', 'وقد تجاوز عدد النساء المحتجزات في المخيم 9000 امرأة.', [
      { v: [9000, null], pop: 'women' },
    ]);
  });
  it('لا يتجاوز عدد X N is at most, the whole bound read', () => {
    checkProbe('ar', 'ولا يتجاوز عدد المقاتلين الليبيين العائدين 90 مقاتلا.', [
      { v: [null, 90], pop: 'fighters', origin: ['LY'] },
    ]);
  });
  it('بلغ عدد X N stays exact', () => {
    checkProbe('ar', 'وبلغ عدد النساء المحتجزات في المخيم 9000 امرأة.', [{ v: [9000, 9000], pop: 'women' }]);
  });
});

describe('Arabic: a singular noun before "من كل N" is one, and the pair a ratio', () => {
  it('one girl in every four: no count', () => {
    checkProbe('ar', 'وقالت اليونيسف إن فتاة من كل أربع فتيات تعرضت للاختطاف.', []);
  });
  it('a count before "من كل" with no number after stays', () => {
    checkProbe('ar', 'وجند الحوثيون 35 طفلا من كل مديرية.', [{ v: [35, 35], pop: 'children' }]);
  });
});

describe('Arabic: the nominative dual of a nisba counts two people of that country', () => {
  it('ليبيان', () => {
    checkProbe('ar', 'وقتل في الغارة ليبيان كانا يقاتلان مع التنظيم.', [
      { v: [2, 2], pop: 'fighters', origin: ['LY'] },
    ]);
  });
  it('مغربيان', () => {
    checkProbe('ar', 'واعتقل مغربيان في مدريد.', [{ v: [2, 2], pop: 'people', origin: ['MA'] }]);
  });
});

describe('Arabic: "its number" before a number frames a count when a people noun follows', () => {
  it('وعددها N عائلة is a count', () => {
    checkProbe('ar', 'ووصلت القافلة الثالثة وعددها 57 عائلة إلى نينوى.', [{ v: [57, 57], pop: 'families' }]);
  });
  it('في عددها N, a magazine issue, is none', () => {
    checkProbe('ar', 'وخصصت مجلة رومية في عددها 7 مقالا عن الأطفال.', []);
  });
});

describe('Arabic: a number right after "every" is the base of a ratio', () => {
  it('لكل N', () => {
    checkProbe('ar', 'وخصص المعسكر مشرفا واحدا لكل 20 طفلا.', []);
  });
  it('all the N (with the article) is a count', () => {
    checkProbe('ar', 'ونقل كل الـ 33 طفلا إلى دار الرعاية.', [{ v: [33, 33], pop: 'children' }]);
  });
});
