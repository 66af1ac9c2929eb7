// Arabic, twenty-fifth round: each mechanism fixed this round, pinned with sentences of its own (unit
// level: one rule and its limits).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { checkProbe } from './probe-helpers.ts';

const claims = (text: string) => extract(text, { lang: 'ar', published: '2021-06-01' }).claims;

describe('Arabic: a day written "الـN من" + month is a date, and time words sit between an arrival and its place', () => {
  it('"في الـ15 من مايو" before the count is no count and leaves the arrival its place', () => {
    checkProbe('ar', 'وحطت في طشقند في الـ12 من مارس طائرة تقل 33 طفلا أوزبكيا.', [
      { v: [33, 33], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
    checkProbe('ar', 'ووصل إلى دوشانبي في الـ9 من أيار 27 طفلا.', [
      { v: [27, 27], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('the day is no boundary: the verb before it still reads its place after the count', () => {
    checkProbe('ar', 'ووصلت في الـ3 من يونيو طائرة تقل 28 طفلا إلى ألماتي.', [
      { v: [28, 28], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
  });
  it('a date between the arrival verb and "إلى" + a country at peace: they came home', () => {
    checkProbe('ar', 'ووصلت يوم الأحد إلى ألماتي طائرة تقل 52 طفلا.', [
      { v: [52, 52], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
    checkProbe('ar', 'ووصل في 3 يونيو إلى باكو 18 طفلا.', [
      { v: [18, 18], pop: 'children', origin: ['AZ'], status: 'returned' },
    ]);
  });
  it('not into a war zone, nor when their nationality names another country', () => {
    checkProbe('ar', 'ووصل في 3 يونيو إلى سوريا 120 مقاتلا.', [
      { v: [120, 120], pop: 'fighters', status: 'joined' },
    ]);
    checkProbe('ar', 'ووصل أمس إلى تركيا 20 طفلا طاجيكيا.', [
      { v: [20, 20], pop: 'children', origin: ['TJ'] },
    ]);
  });
});

describe('Arabic: estimating, passive and feminine, with a possessed "number of" frame', () => {
  it('"قدرت أعدادهم بـN" is approximate and names no one', () => {
    const [c] = claims('وقدرت أعدادهم بـ620 مقاتلا.');
    expect([c?.qualifier, c?.source]).toEqual(['approx', null]);
  });
  it('"تقدر أعدادهن بـN" likewise', () => {
    expect(claims('وتقدر أعدادهن بـ75 امرأة.')[0]?.qualifier).toBe('approx');
  });
  it('"قدرت X عددهم بـN": the speaker ends before the frame', () => {
    checkProbe('ar', 'وقدرت منظمات حقوقية عددهم بـ210 أطفال.', [
      { v: [210, 210], pop: 'children', source: 'منظمات حقوقية' },
    ]);
  });
});

describe('Arabic: bodies counted are the dead', () => {
  it('"انتشال N جثة" is a count of people killed', () => {
    checkProbe('ar', 'وتمكنت فرق الإنقاذ من انتشال 31 جثة بعد التفجير.', [
      { v: [31, 31], pop: 'people', status: 'killed' },
    ]);
  });
  it('the dual "جثتين" is two', () => {
    checkProbe('ar', 'وعثر السكان على جثتين قرب الحاجز.', [{ v: [2, 2], pop: 'people', status: 'killed' }]);
  });
  it('"جثث N طفلا": the children counted, not the bodies', () => {
    checkProbe('ar', 'وانتشلت جثث 8 أطفال من تحت الركام.', [
      { v: [8, 8], pop: 'children', status: 'killed' },
    ]);
  });
});

describe('Arabic: a receiving state takes back its own people held elsewhere', () => {
  it('"تسلم العراق N طفلا محتجزين في مخيم الهول": Iraqi, returned', () => {
    checkProbe('ar', 'وتسلم العراق 95 امرأة محتجزات في مخيم روج.', [
      { v: [95, 95], pop: 'women', origin: ['IQ'], status: 'returned' },
    ]);
  });
  it('taken on to a camp of the country itself, still its own', () => {
    checkProbe('ar', 'وتسلم العراق 70 عائلة من مخيم الهول ونقلها إلى الموصل.', [
      { v: [70, 70], pop: 'families', origin: ['IQ'], status: 'returned' },
    ]);
  });
  it('a state at war with nobody held elsewhere is not their origin', () => {
    checkProbe('ar', 'وتسلمت سوريا 20 طفلا.', [{ v: [20, 20], pop: 'children' }]);
  });
});

describe('Arabic: "قبل أن" puts the return after the custody', () => {
  it('"احتجزن قبل أن تتم إعادتهن": returned', () => {
    checkProbe('ar', 'وكانت 19 امرأة قد احتجزن في سجن بالعراق قبل أن تتم إعادتهن.', [
      { v: [19, 19], pop: 'women', status: 'returned' },
    ]);
  });
  it('another "أن" still opens a clause of its own', () => {
    checkProbe('ar', 'واحتجز 19 شخصا في المخيم، وقال مسؤول أن إعادتهم ممكنة.', [
      { v: [19, 19], pop: 'people', not: 'returned' },
    ]);
  });
});

describe('Arabic: verbs split by the count', () => {
  it('"لقي N طفلا مجندا حتفهم": killed, whatever the phrase says of them', () => {
    checkProbe('ar', 'ولقي 14 طفلا مجندا حتفهم في المعارك.', [
      { v: [14, 14], pop: 'children', status: 'killed' },
    ]);
  });
  it('"حكمت محكمة X على N عائدين من Y": sentenced, returnees too', () => {
    checkProbe('ar', 'وحكمت محكمة مغربية على 6 عائدين من سوريا بالسجن.', [
      { v: [6, 6], pop: 'people', status: 'detained' },
    ]);
  });
});

describe('Arabic: a relay verb with its link tells who said it, and moves no one', () => {
  it('"نقلت الوكالة عن مسؤول قوله إن N …": no return', () => {
    checkProbe('ar', 'ونقلت الوكالة عن مسؤول عسكري قوله إن 45 مسلحا يتحصنون في الجبال.', [
      { v: [45, 45], pop: 'fighters', status: 'present', source: 'مسؤول عسكري' },
    ]);
  });
  it('"نقلت السلطات N امرأة": a transfer stays', () => {
    checkProbe('ar', 'ونقلت السلطات 16 امرأة إلى بلادهن.', [
      { v: [16, 16], pop: 'women', status: 'returned' },
    ]);
  });
});

describe('Arabic: an arrival in a war zone on the way home', () => {
  it('"وصل إلى مطار أربيل N … بعد إجلائهم من سوريا": evacuated, returned', () => {
    checkProbe('ar', 'ووصل إلى مطار بغداد 22 طفلا روسيا بعد إجلائهم من سوريا.', [
      { v: [22, 22], pop: 'children', origin: ['RU'], status: 'returned' },
    ]);
  });
  it('without a word of return it is still going to the war', () => {
    checkProbe('ar', 'ووصل إلى سوريا 300 مقاتل أجنبي.', [
      { v: [300, 300], pop: 'fighters', origin: ['region:foreign'], status: 'joined' },
    ]);
  });
});

describe('Arabic: العام after a title is "general", no year', () => {
  it('"الأمين العام" stays whole as a speaker', () => {
    checkProbe('ar', 'وقال الأمين العام إن 80 طفلا قتلوا.', [
      { v: [80, 80], pop: 'children', source: 'الأمين العام' },
    ]);
    checkProbe('ar', 'ووفق تقرير المدعي العام، اعتقل 12 مشتبها.', [
      { v: [12, 12], pop: 'people', source: 'تقرير المدعي العام' },
    ]);
  });
  it('"العام الماضي" after a speaker is still when it spoke', () => {
    checkProbe('ar', 'وقالت الوزارة العام الماضي إن 40 مقاتلا اعتقلوا.', [
      { v: [40, 40], pop: 'fighters', source: 'الوزارة' },
    ]);
  });
});

describe('Arabic: the dead or wounded "من" children in a "number of" frame', () => {
  it('"عدد القتلى من الأطفال" counts children', () => {
    checkProbe('ar', 'وبلغ عدد القتلى من الأطفال 63.', [{ v: [63, 63], pop: 'children', status: 'killed' }]);
  });
  it('the dead alone stay people', () => {
    checkProbe('ar', 'وبلغ عدد القتلى 63.', [{ v: [63, 63], pop: 'people', status: 'killed' }]);
  });
});

describe('Arabic: a return announced by its speaker outranks the custody of those taken back', () => {
  it('"أعلن X استعادة N من مواطنيه المحتجزين": returned', () => {
    checkProbe('ar', 'وأعلنت تونس استعادة 9 من مواطنيها المحتجزين في ليبيا.', [
      { v: [9, 9], pop: 'people', origin: ['TN'], status: 'returned' },
    ]);
  });
  it('"إن إعادة N … بالسجن": no one announced it, the sentence stays', () => {
    checkProbe('ar', 'وقال المسؤول إن إعادة 31 امرأة محكوم عليهن بالسجن في العراق ستكون صعبة.', [
      { v: [31, 31], pop: 'women', status: 'detained' },
    ]);
  });
});

describe('Arabic: offices named for migration join no one', () => {
  it('"مسؤول في وزارة الهجرة": the speaker, not a joining', () => {
    checkProbe('ar', 'وقال مسؤول في وزارة الهجرة إن 210 عائلات عادت إلى الموصل.', [
      { v: [210, 210], pop: 'families', status: 'returned', source: 'مسؤول في وزارة الهجرة' },
    ]);
  });
  it('migrating to the war still joins', () => {
    checkProbe('ar', 'وحرض التنظيم 40 شابا على الهجرة إلى سوريا.', [
      { v: [40, 40], pop: 'men', status: 'joined' },
    ]);
  });
});

describe('Arabic: Copts, like Yazidis, are a community counted as victims', () => {
  it('"21 قبطيا مصريا": people, Egyptian', () => {
    checkProbe('ar', 'وذبح التنظيم 21 قبطيا مصريا على شاطئ سرت.', [
      { v: [21, 21], pop: 'people', origin: ['EG'], status: 'killed' },
    ]);
  });
});
