// Arabic, round 32: the mechanisms fixed this round, each pinned with sentences of its own and a
// counter-case that guards against over-reach.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a surrender is status other, as en "surrendered"', () => {
  it('استسلم, سلموا أنفسهم and the split سلم N أنفسهم', () => {
    checkProbe('ar', 'واستسلم 120 مقاتلا من حركة الشباب للقوات الحكومية.', [
      { v: [120, 120], pop: 'fighters', status: 'other', aff: 'other' },
    ]);
    checkProbe('ar', 'وأعلن الجيش أن 250 عنصرا من بوكو حرام سلموا أنفسهم مع عائلاتهم.', [
      { v: [250, 250], pop: 'fighters', status: 'other' },
    ]);
    checkProbe('ar', 'وسلم 35 مسلحا أنفسهم لقوات الأمن في ولاية بورنو.', [
      { v: [35, 35], pop: 'fighters', status: 'other' },
    ]);
  });
  it('handed over by others to the police is custody', () => {
    checkProbe('ar', 'وسلم الأهالي 4 مسلحين إلى الأجهزة الأمنية.', [
      { v: [4, 4], pop: 'fighters', status: 'detained' },
    ]);
  });
});

describe('Arabic: freed (تحرير، حرر، تحرر) is status other, as en "freed"', () => {
  it('the verbal noun, the verb and the reflexive', () => {
    checkProbe('ar', 'وتمكن الجيش من تحرير 76 طفلا كانوا محتجزين لدى داعش.', [
      { v: [76, 76], pop: 'children', status: 'other', aff: 'isis' },
    ]);
    checkProbe('ar', 'وحرر الجيش النيجيري 120 امرأة من قبضة الجماعة.', [
      { v: [120, 120], pop: 'women', status: 'other' },
    ]);
    checkProbe('ar', 'وتحرر 20 طفلا من قبضة بوكو حرام بعد عملية عسكرية.', [
      { v: [20, 20], pop: 'children', status: 'other', aff: 'other' },
    ]);
  });
  it('a group named for liberation says nothing of what befell them', () => {
    checkProbe('ar', 'وقتل 35 مقاتلا من هيئة تحرير الشام في القصف.', [
      { v: [35, 35], pop: 'fighters', status: 'killed', aff: 'al-nusra' },
    ]);
  });
});

describe('Arabic: a denied return (لم تعد، لم يعودوا، لم تتم إعادة) leaves them where they are', () => {
  it('the negated verb after or before the count', () => {
    checkProbe('ar', 'وأوضح التقرير أن 200 امرأة من مخيم الهول لم تعد إلى بلدانها حتى الآن.', [
      { v: [200, 200], pop: 'women', status: 'present', loc: ['SY'] },
    ]);
    checkProbe('ar', 'وأوضح أن 45 طفلا من أبناء المقاتلين لم يعودوا إلى بلدانهم بعد.', [
      { v: [45, 45], pop: 'children', status: 'present' },
    ]);
    checkProbe('ar', 'ولم تتم إعادة 70 امرأة ألمانية حتى الآن.', [
      { v: [70, 70], pop: 'women', origin: ['DE'], status: 'present' },
    ]);
    checkProbe('ar', 'ولم تعد حتى الآن 120 عائلة إيزيدية إلى سنجار.', [
      { v: [120, 120], pop: 'families', status: 'present' },
    ]);
  });
  it('with a word of exception it is an "only N" return', () => {
    checkProbe('ar', 'ولم يعد منهم سوى 40 طفلا.', [{ v: [40, 40], pop: 'children', status: 'returned' }]);
    checkProbe('ar', 'ولم يعد إلى فرنسا سوى 40 طفلا.', [
      { v: [40, 40], pop: 'children', origin: ['FR'], status: 'returned' },
    ]);
    checkProbe('ar', 'ولم تستعد فرنسا سوى 35 طفلا من أبناء مقاتليها.', [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
    ]);
  });
  it('a return made stays a return', () => {
    checkProbe('ar', 'وعادت 150 عائلة عراقية من مخيم الهول.', [
      { v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' },
    ]);
  });
});

describe('Arabic: harm against the count (بحق) is other, and yields to a verb before it', () => {
  it('violations and crimes against the count', () => {
    checkProbe('ar', 'وارتكبت جماعة الحوثي انتهاكات بحق 45 طفلا في محافظة تعز.', [
      { v: [45, 45], pop: 'children', status: 'other', aff: 'other' },
    ]);
    checkProbe('ar', 'وأكدت الأمم المتحدة وقوع 240 انتهاكا جسيما بحق 180 طفلا في اليمن.', [
      { v: [180, 180], pop: 'children', status: 'other', loc: ['YE'], source: 'الأمم المتحدة' },
    ]);
  });
  it('a sentence, a death penalty carried out or a warrant before it says what was done', () => {
    checkProbe('ar', 'وأصدرت المحكمة أحكاما بالسجن بحق 12 عائدا من سوريا.', [
      { v: [12, 12], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'ونفذ التنظيم حكم الإعدام بحق 21 أسيرا.', [
      { v: [21, 21], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ar', 'وصدرت أحكام بالإعدام بحق 11 فرنسيا.', [
      { v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained' },
    ]);
  });
});

describe('Arabic: set free with the pronoun after the count (تم إطلاق سراحهم)', () => {
  it('other', () => {
    checkProbe('ar', 'وأعلن المتحدث أن 60 أسيرا تم إطلاق سراحهم في صفقة تبادل.', [
      { v: [60, 60], pop: 'people', status: 'other', source: 'المتحدث' },
    ]);
    checkProbe('ar', 'وقالت اللجنة إن 25 امرأة أطلق سراحهن.', [
      { v: [25, 25], pop: 'women', status: 'other' },
    ]);
  });
  it('a release that sends them home is a return', () => {
    checkProbe('ar', 'وأفرجت قوات سوريا الديمقراطية عن 30 طفلا وتم تسليمهم إلى ذويهم.', [
      { v: [30, 30], pop: 'children', status: 'returned' },
    ]);
  });
});

describe('Arabic: a recruits participle names who they are; the verb after it what befell them', () => {
  it('killed, set free', () => {
    checkProbe('ar', 'وقالت مصادر إن ستة أطفال مجندين قتلوا في المعارك.', [
      { v: [6, 6], pop: 'children', status: 'killed', source: 'مصادر' },
    ]);
    checkProbe('ar', 'وقالت مصادر إن ستة من الأطفال المجندين أطلق سراحهم.', [
      { v: [6, 6], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وكان 25 طفلا من المجندين قد تم إطلاق سراحهم الأسبوع الماضي.', [
      { v: [25, 25], pop: 'children', status: 'other' },
    ]);
  });
  it('recruited and sent on: still joined', () => {
    checkProbe('ar', 'وأكد التقرير أن 40 طفلا جندتهم الجماعة وأرسلتهم إلى الجبهات.', [
      { v: [40, 40], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'وأسر الجيش 12 طفلا مجندا لدى الحوثيين.', [
      { v: [12, 12], pop: 'children', status: 'detained', aff: 'other' },
    ]);
  });
});

describe('Arabic: the feminine unit in the accusative before its ten (ستا وسبعين)', () => {
  it('one number with the hundreds and alone', () => {
    checkProbe('ar', 'واختطفت بوكو حرام مئتين وستا وسبعين طالبة من مدرسة في شيبوك.', [
      { v: [276, 276], pop: 'children', status: 'other', aff: 'other' },
    ]);
    checkProbe('ar', 'وقتلت ثلاثا وعشرين امرأة في الهجوم.', [
      { v: [23, 23], pop: 'women', status: 'killed' },
    ]);
    checkProbe('ar', 'وأعيدت تسعا وثلاثين امرأة إلى طاجيكستان.', [
      { v: [39, 39], pop: 'women', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('alone the word is no number', () => {
    checkProbe('ar', 'وشاهد القرويون سبعا قرب المخيم.', []);
  });
});

describe('Arabic: a country name that is the nisba after a people noun (مقاتلا سوريا)', () => {
  it('a nationality, not where they are', () => {
    checkProbe('ar', 'وقتل نحو 80 مقاتلا سوريا في المعارك.', [
      { v: [80, 80], pop: 'fighters', origin: ['SY'], status: 'killed', loc: [] },
    ]);
    checkProbe('ar', 'وقتل 40 مقاتلا سوريا في العراق.', [
      { v: [40, 40], pop: 'fighters', origin: ['SY'], status: 'killed', loc: ['IQ'] },
    ]);
  });
  it('the country after "to" stays a place', () => {
    checkProbe('ar', 'وسافر 200 شاب إلى سوريا.', [
      { v: [200, 200], pop: 'men', status: 'joined', loc: ['SY'] },
    ]);
  });
});

describe('Arabic: the SDF prisons (سجون قسد) are in Syria', () => {
  it('held there', () => {
    checkProbe('ar', 'ويقبع في سجون قوات سوريا الديمقراطية 900 مقاتل.', [
      { v: [900, 900], pop: 'fighters', status: 'detained', loc: ['SY'] },
    ]);
    checkProbe('ar', 'ويوجد في سجون قسد نحو ثمانية آلاف مقاتل عراقي.', [
      { v: [8000, 8000], pop: 'fighters', origin: ['IQ'], status: 'detained', loc: ['SY'] },
    ]);
  });
  it('taken back from there: a return, the Iraqis stay Iraqi', () => {
    checkProbe('ar', 'وتسلمت بغداد خمسين عراقيا من سجون قسد.', [
      { v: [50, 50], pop: 'people', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]);
  });
});

describe('Arabic: the speaker ends before the deed announced (وقوع، حدوث، مسؤوليتها)', () => {
  it('the verbal noun of occurrence and the claim of responsibility', () => {
    checkProbe('ar', 'ورصدت المنظمة حدوث 12 حالة اختطاف لأطفال على يد الحوثيين.', [
      { v: [12, 12], pop: 'children', source: 'المنظمة' },
    ]);
    checkProbe('ar', 'وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي أودى بحياة سبعة عشر شخصا.', [
      { v: [17, 17], pop: 'people', status: 'killed', source: 'حركة الشباب' },
    ]);
  });
  it('a speaker with no such word keeps its name', () => {
    checkProbe('ar', 'وأكدت منظمة العفو الدولية مقتل 14 مدنيا.', [
      { v: [14, 14], pop: 'people', status: 'killed', source: 'منظمة العفو الدولية' },
    ]);
  });
});

describe('Arabic: took the lives of (أودى بحياة) and demobilised (تسريح)', () => {
  it('killed, the subject between or not', () => {
    checkProbe('ar', 'وأودى الانفجار بحياة 12 طفلا.', [{ v: [12, 12], pop: 'children', status: 'killed' }]);
    checkProbe('ar', 'وتبنى تنظيم داعش الهجوم الذي أودى بحياة 30 جنديا.', [
      { v: [30, 30], pop: 'fighters', status: 'killed', aff: 'isis' },
    ]);
  });
  it('released from the ranks: other; sent home after it: returned', () => {
    checkProbe('ar', 'وجرى تسريح 1,200 طفل من صفوف الجماعات المسلحة في الصومال.', [
      { v: [1200, 1200], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وأعيد ثمانية عشر طفلا إلى ذويهم بعد تسريحهم من صفوف الجماعة.', [
      { v: [18, 18], pop: 'children', status: 'returned' },
    ]);
  });
});
