// Mechanisms the ninth round of Arabic probes showed, each in short invented sentences: arriving at a camp
// is being held there; a count coordinated after people counted by nationality alone is of other people;
// moved into a prison is detained; Iraqi and Syrian prisons are places; a quoted title after the outlet's
// noun is part of the source; a recruiting verb with an object pronoun after the counted noun.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { runProbes } from './probe-helpers.ts';

const claimsOf = (text: string) =>
  extract(text, { lang: 'ar', published: '2022-03-01' }).claims.filter((c) => c.qualifier !== 'vague');

describe('Arabic: arriving at a camp is no return', () => {
  runProbes('ar', [
    [
      'ووصلت إلى المخيم أمس 18 امرأة يمنية.',
      [{ v: [18, 18], pop: 'women', origin: ['YE'], not: 'returned' }],
    ],
    [
      'أكدت الإدارة وصول 35 عائلة إلى مخيم روج.',
      [{ v: [35, 35], pop: 'families', status: 'present', loc: ['SY'] }],
    ],
  ]);
  it('still reads arriving home as return', () => {
    const [c] = claimsOf('وصل إلى مطار طشقند 22 طفلا أوزبكيا قادمين من سوريا.');
    expect(c?.status).toBe('returned');
  });
});

describe('Arabic: people counted by nationality alone set apart the count after them', () => {
  runProbes('ar', [
    [
      'أوقفت الشرطة 6 إريتريين و3 نساء قرب الحدود.',
      [
        { v: [6, 6], pop: 'people', origin: ['ER'] },
        { v: [3, 3], pop: 'women' },
      ],
    ],
    [
      'وضمت القافلة 9 أطفال و4 صوماليين.',
      [
        { v: [9, 9], pop: 'children' },
        { v: [4, 4], pop: 'people', origin: ['SO'] },
      ],
    ],
  ]);
  it('keeps a nationality said after both coordinated nouns for both', () => {
    const got = claimsOf('أعادت الحكومة 11 امرأة و20 طفلا كازاخيين.').map((c) => c.origin);
    expect(got).toEqual([['KZ'], ['KZ']]);
  });
});

describe('Arabic: moved into a prison is detained, into a camp held there', () => {
  runProbes('ar', [
    [
      'نقلت قوات الأمن 17 رجلا إلى سجن أبو غريب.',
      [{ v: [17, 17], pop: 'men', status: 'detained', loc: ['IQ'] }],
    ],
    [
      'نقلت القوات 50 طفلا إلى مخيم الهول.',
      [{ v: [50, 50], pop: 'children', status: 'present', loc: ['SY'] }],
    ],
    ['يقبع في سجن الصناعة 900 عنصر من التنظيم.', [{ v: [900, 900], pop: 'fighters', loc: ['SY'] }]],
    ['تحتجز السلطات 30 امرأة في سجن الناصرية.', [{ v: [30, 30], pop: 'women', loc: ['IQ'] }]],
  ]);
});

describe('Arabic: a quoted title after the outlet noun is part of the source', () => {
  runProbes('ar', [
    [
      'وذكرت صحيفة "المدى" أن 45 طفلا قتلوا في المعارك.',
      [{ v: [45, 45], pop: 'children', status: 'killed', source: 'صحيفة "المدى"' }],
    ],
    [
      'وذكرت مجلة «الوسط» الأسبوعية أن 60 مقاتلا انضموا إلى الحركة.',
      [{ v: [60, 60], pop: 'fighters', source: 'مجلة «الوسط» الأسبوعية' }],
    ],
  ]);
});

describe('Arabic: a recruiting verb with its object pronoun, after the counted noun', () => {
  runProbes('ar', [
    ['وثقت اللجنة 140 طفلا جندتهم الميليشيات.', [{ v: [140, 140], pop: 'children', status: 'joined' }]],
    ['وأشار إلى 75 فتى جندهم التنظيم قسرا.', [{ v: [75, 75], pop: 'children', status: 'joined' }]],
  ]);
});

describe('Arabic: a verb with "them" after the counted noun is a relative clause, the main verb before wins', () => {
  runProbes('ar', [
    ['اعتقلت القوات 16 فتى جندهم التنظيم.', [{ v: [16, 16], pop: 'children', status: 'detained' }]],
    ['أطلق المسلحون سراح 33 طفلا كانوا قد جندوهم.', [{ v: [33, 33], pop: 'children', status: 'other' }]],
    // Without a main verb before the count, the relative verb still says what befell them.
    ['وتحدث الشهود عن 90 طفلا جندتهم الجماعة.', [{ v: [90, 90], pop: 'children', status: 'joined' }]],
  ]);
});

describe('Arabic: suspected of belonging is a charge, surrendering is status other, as en surrendered', () => {
  runProbes('ar', [
    [
      'اعتقل الأمن 13 مشتبها بهم بالانتماء إلى تنظيم داعش.',
      [{ v: [13, 13], pop: 'people', status: 'detained', aff: 'isis' }],
    ],
    [
      'أوقفت الشرطة 21 شخصا يشتبه بانتمائهم إلى خلية متطرفة.',
      [{ v: [21, 21], pop: 'people', status: 'detained' }],
    ],
    [
      'وقال الجيش إن 48 مسلحا سلموا أنفسهم في ولاية بورنو.',
      [{ v: [48, 48], pop: 'fighters', status: 'other' }],
    ],
  ]);
});

describe('Arabic: coming back, the country they leave is no origin', () => {
  runProbes('ar', [
    // Their nationality is said: the country after "من" is where they were.
    [
      'سلمت السلطات 14 مغربيا من إسبانيا.',
      [{ v: [14, 14], pop: 'people', origin: ['MA'], status: 'returned' }],
    ],
    // Where they go is said: the country after "من" is where they left.
    [
      'عاد 9 أطفال من اليونان إلى تونس.',
      [{ v: [9, 9], pop: 'children', origin: ['TN'], status: 'returned' }],
    ],
  ]);
  it('keeps "من + country" as origin when nothing else says who they are', () => {
    const [c] = claimsOf('أعادت الحكومة 40 طفلا من طاجيكستان.');
    expect(c?.origin).toEqual(['TJ']);
  });
});

describe('Arabic: people from the ranks of fighters are fighters', () => {
  runProbes('ar', [
    ['يحتجز السجن نحو 700 سجين من مقاتلي التنظيم.', [{ v: [700, 700], pop: 'fighters', status: 'detained' }]],
    ['اعتقل الجيش 25 شخصا من عناصر الحركة.', [{ v: [25, 25], pop: 'fighters', status: 'detained' }]],
    // Civilians are no ranks: the count stays people.
    ['قتل 30 شخصا من سكان القرية.', [{ v: [30, 30], pop: 'people', status: 'killed' }]],
  ]);
});

describe('Arabic: duals of orphans and teenagers, Yemeni governorates', () => {
  runProbes('ar', [
    ['أصيب يتيمان في القصف.', [{ v: [2, 2], pop: 'children', status: 'other' }]],
    [
      'جندت الجماعة 19 طفلا في محافظة عمران.',
      [{ v: [19, 19], pop: 'children', status: 'joined', loc: ['YE'] }],
    ],
  ]);
  it('reads the bare word حجة (an argument) as no place', () => {
    const [c] = claimsOf('قتل 8 جنود بحجة الدفاع عن النفس.');
    expect(c?.location).toEqual([]);
  });
});
