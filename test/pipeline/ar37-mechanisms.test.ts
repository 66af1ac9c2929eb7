// Arabic, round 37: the mechanisms the round's blind probes found wanting, each with sentences of its
// own and a counter-case where the rule must not fire.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a nisba after the noun of a counted part is the part nationality', () => {
  it('"N من الأطفال العراقيين": the من governs the noun, the nisba agrees with it', () => {
    checkProbe('ar', 'وأعيد ١٥٠ من الأطفال العراقيين إلى بلادهم.', [
      { v: [150, 150], pop: 'children', origin: ['IQ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وتسلمت بغداد 60 من النساء العراقيات المحتجزات في سوريا.', [
      { v: [60, 60], pop: 'women', origin: ['IQ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأعيدت ١٥٠ من النساء العراقيات من سوريا.', [
      { v: [150, 150], pop: 'women', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]);
  });
  it('not when the من phrase is no part of the count (a place noun after the counted noun)', () => {
    checkProbe('ar', 'وعاد 30 مقاتلا من المدن العراقية إلى ديارهم.', [
      { v: [30, 30], pop: 'fighters', status: 'returned' },
    ]);
    checkProbe('ar', 'وأعدم تنظيم الدولة 25 أسيرا من الجنود العراقيين.', [
      { v: [25, 25], pop: 'people', origin: ['IQ'], status: 'killed', aff: 'isis' },
    ]);
  });
});

describe('Arabic: a past copula after the count tells of an earlier state', () => {
  it('"كانوا يقيمون", "كن محتجزات", "كانوا في معسكر" yield to the main verb before the count', () => {
    checkProbe('ar', 'وتسلمت الحكومة الروسية من الإدارة الذاتية ٢٦ طفلا روسيا كانوا يقيمون في مخيم روج.', [
      { v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأفرجت السلطات عن 20 امرأة كن محتجزات في سجن المطار.', [
      { v: [20, 20], pop: 'women', status: 'other' },
    ]);
    checkProbe('ar', 'وأنقذت القوات الخاصة الصومالية ٣٢ طفلا كانوا في معسكر تدريب للحركة.', [
      { v: [32, 32], pop: 'children', status: 'other' },
    ]);
  });
  it('with no main verb before the count, the past state is theirs', () => {
    checkProbe('ar', 'وقالت الشرطة إن 70 شابا كانوا يقاتلون في سوريا.', [
      { v: [70, 70], pop: 'men', status: 'present', loc: ['SY'], source: 'الشرطة' },
    ]);
  });
});

describe('Arabic: a recruit noun names who they are, the verb before the count what befell them', () => {
  it('past a coordinated first subject or object', () => {
    checkProbe('ar', 'واستشهد ضابط وخمسة مجندين في هجوم إرهابي على كمين بمدينة العريش.', [
      { v: [5, 5], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'واعتقلت الشرطة ضابطا و12 مجندا.', [
      { v: [12, 12], pop: 'fighters', status: 'detained' },
    ]);
  });
  it('a verb of recruiting before them, or none, leaves them recruits', () => {
    checkProbe('ar', 'وجندت الجماعة 50 مجندا جديدا.', [{ v: [50, 50], pop: 'fighters', status: 'joined' }]);
    checkProbe('ar', 'وبلغ عدد المجندين 300.', [{ v: [300, 300], pop: 'fighters', status: 'joined' }]);
  });
});

describe('Arabic: belonging to a number of countries is nationality, not joining', () => {
  it('"ينتمون إلى 50 دولة"', () => {
    checkProbe('ar', 'وتحتجز قسد 2000 مقاتل أجنبي ينتمون إلى 50 دولة.', [
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
    ]);
    checkProbe('ar', 'ويقيم في المخيم 8 آلاف طفل أجنبي ينتمون إلى أكثر من 60 دولة.', [
      { v: [8000, 8000], pop: 'children', origin: ['region:foreign'], status: 'present' },
    ]);
  });
  it('belonging to a group is joining it', () => {
    checkProbe('ar', 'وأكدت الوزارة أن 40 شابا ينتمون إلى التنظيم.', [
      { v: [40, 40], pop: 'men', status: 'joined', source: 'الوزارة' },
    ]);
  });
});

describe('Arabic: a part of "members and their families" counts both', () => {
  it("after the part's من, the possessed families go into the count (people)", () => {
    checkProbe('ar', 'وأعلن الجيش النيجيري أن 1200 من عناصر بوكو حرام وعائلاتهم سلموا أنفسهم للقوات.', [
      { v: [1200, 1200], pop: 'people', aff: 'other', source: 'الجيش النيجيري' },
    ]);
    checkProbe('ar', 'وعاد 12 من المقاتلين وعائلاتهم إلى تونس.', [
      { v: [12, 12], pop: 'people', origin: ['TN'], status: 'returned' },
    ]);
  });
  it('after a counted noun alone, or past another preposition, they stay uncounted', () => {
    checkProbe('ar', 'واستسلم 50 مسلحا وعائلاتهم.', [{ v: [50, 50], pop: 'fighters' }]);
    checkProbe('ar', 'من بين 94 طفلا، سُلّم 60 إلى عائلاتهم، فيما يخضع الـ34 الباقون للرعاية.', [
      { v: [94, 94], pop: 'children' },
      { v: [60, 60], pop: 'children', status: 'returned' },
      { v: [34, 34], pop: 'children', status: 'other' },
    ]);
  });
});

describe('Arabic: a "number of" frame after the speaker keeps its noun phrase', () => {
  it('a relative clause after the frame noun is no end of the speaker', () => {
    checkProbe('ar', 'وقدر التقرير عدد المقاتلين الأجانب الذين لا يزالون في سوريا بنحو ألفين.', [
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'present', source: 'التقرير' },
    ]);
    checkProbe('ar', 'وقدر مسؤول عدد المقاتلين الأجانب الذين قتلوا في المعارك بنحو ألف.', [
      { v: [1000, 1000], pop: 'fighters', origin: ['region:foreign'], status: 'killed', source: 'مسؤول' },
    ]);
  });
  it('the speaker own clause still ends at its relative or its "إن"', () => {
    checkProbe('ar', 'وقال مسؤول عراقي رفض الكشف عن اسمه إن 300 مقاتل قتلوا في سوريا.', [
      { v: [300, 300], pop: 'fighters', status: 'killed', source: 'مسؤول عراقي' },
    ]);
  });
});

describe('Arabic: holders of a citizenship named in a frame are of that state', () => {
  it('"عدد المعتقلين من حملة الجنسية العراقية"', () => {
    checkProbe('ar', 'وبلغ عدد المعتقلين لدى قسد من حملة الجنسية العراقية نحو ٣ آلاف معتقل.', [
      { v: [3000, 3000], pop: 'people', origin: ['IQ'], status: 'detained' },
    ]);
    checkProbe('ar', 'وبلغ عدد المعتقلين من حاملي الجنسية الروسية 150 شخصا.', [
      { v: [150, 150], pop: 'people', origin: ['RU'], status: 'detained' },
    ]);
  });
  it('a country where they are held is no citizenship', () => {
    checkProbe('ar', 'وبلغ عدد المعتقلين في العراق نحو ٣ آلاف.', [
      { v: [3000, 3000], pop: 'people', status: 'detained', loc: ['IQ'] },
    ]);
  });
});

describe('Arabic: round 37 lexicon', () => {
  it('takfiri (the Egyptian army word for militants) are fighters', () => {
    checkProbe('ar', 'وأعلن المتحدث العسكري المصري مقتل ٨٩ تكفيريا في عمليات بشمال سيناء.', [
      { v: [89, 89], pop: 'fighters', status: 'killed', source: 'المتحدث العسكري المصري' },
    ]);
    checkProbe('ar', 'وقتلت القوات 12 عنصرا تكفيريا في رفح.', [
      { v: [12, 12], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'ونشرت الوزارة 30 كتابا في نقد الفكر التكفيري.', []);
  });
  it('university students are people; pupils stay children', () => {
    checkProbe(
      'ar',
      'وكشفت السلطات السودانية أن أكثر من عشرين طالبا جامعيا سودانيا التحقوا بتنظيم داعش في ليبيا.',
      [{ v: [20, null], pop: 'people', origin: ['SD'], status: 'joined', aff: 'isis' }],
    );
    checkProbe('ar', 'واعتقلت الشرطة 15 من طلاب الجامعات بتهمة الانتماء إلى داعش.', [
      { v: [15, 15], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'وخطف المسلحون 300 طالب من مدرسة في كانو.', [
      { v: [300, 300], pop: 'children', status: 'other' },
    ]);
  });
  it('coming out of a camp is going home from it', () => {
    checkProbe('ar', 'وخرج من مخيم الهول 320 شخصا من أهالي الرقة.', [
      { v: [320, 320], pop: 'people', status: 'returned' },
    ]);
    checkProbe('ar', 'وخرجت من مخيم الهول دفعة جديدة تضم 320 شخصا من أهالي ريف الرقة.', [
      { v: [320, 320], pop: 'people', status: 'returned' },
    ]);
    checkProbe('ar', 'وخرج 30 مسلحا من الأنفاق.', [{ v: [30, 30], pop: 'fighters', not: 'returned' }]);
  });
  it('دانت (convicted, without its hamza) is detention; condemning an attack is not', () => {
    checkProbe('ar', 'ودانت المحكمة تسعة أشخاص بتهمة الانضمام إلى تنظيم إرهابي.', [
      { v: [9, 9], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'ودانت الإمارات الهجوم الذي قتل فيه 12 شخصا.', [
      { v: [12, 12], pop: 'people', status: 'killed' },
    ]);
  });
  it('still in an orphanage is present; placed in one stays other', () => {
    checkProbe('ar', 'وما زال في دور الأيتام ببغداد ١٧ طفلا من أبناء مقاتلين أجانب.', [
      { v: [17, 17], pop: 'children', origin: ['region:foreign'], status: 'present' },
    ]);
    checkProbe('ar', 'ويعيش في دار للأيتام في الموصل 40 طفلا.', [
      { v: [40, 40], pop: 'children', status: 'present' },
    ]);
    checkProbe('ar', 'ونقلت السلطات 30 طفلا إلى دور الأيتام في بغداد.', [
      { v: [30, 30], pop: 'children', status: 'other' },
    ]);
  });
});

describe('Arabic: نيف before the tens is "more than" the tens', () => {
  it('نيف وعشرون، نيفا وأربعين; ونيف after the number as before', () => {
    checkProbe('ar', 'وقتل نيف وعشرون مسلحا.', [{ v: [20, null], pop: 'fighters', status: 'killed' }]);
    checkProbe('ar', 'وأشارت المنظمة إلى أن نيفا وأربعين طفلا لقوا حتفهم في المخيم.', [
      { v: [40, null], pop: 'children', status: 'killed', source: 'المنظمة' },
    ]);
    checkProbe('ar', 'وأعيد ثلاثمئة ونيف امرأة.', [{ v: [300, null], pop: 'women', status: 'returned' }]);
  });
  it('a plain "and" before a number after a bound is no part of it', () => {
    checkProbe('ar', 'وقتل أكثر من 20 مسلحا و15 جنديا.', [
      { v: [20, null], pop: 'fighters', status: 'killed' },
      { v: [15, 15], pop: 'fighters', status: 'killed' },
    ]);
  });
});

describe('Arabic: "لقوا حتفهم" is no relative clause', () => {
  it('the possessive of حتفهم is no object pronoun of a verb', () => {
    checkProbe('ar', 'وقالت المنظمة إن 40 طفلا لقوا حتفهم في مخيم الهول.', [
      { v: [40, 40], pop: 'children', status: 'killed', source: 'المنظمة' },
    ]);
    checkProbe('ar', 'و300 طفل جندتهم الميليشيا الحوثية لقوا حتفهم.', [
      { v: [300, 300], pop: 'children', status: 'killed', aff: 'other' },
    ]);
  });
  it('a verb with its object pronoun still opens a relative clause', () => {
    checkProbe('ar', 'وأطلقت السلطات سراح 42 طفلا كانت الجماعة قد جندتهم.', [
      { v: [42, 42], pop: 'children', status: 'other' },
    ]);
  });
});

describe('Arabic: the released (المفرج عنهم) and the enlisted (انخرطوا)', () => {
  it('among the released, set free (other)', () => {
    checkProbe('ar', 'وأوضح البيان أن بين المفرج عنهم أربعة عشر قاصرا.', [
      { v: [14, 14], pop: 'children', status: 'other', source: 'البيان' },
    ]);
    checkProbe('ar', 'وبين المفرج عنهم 14 طفلا.', [{ v: [14, 14], pop: 'children', status: 'other' }]);
  });
  it('enlisted in a group is joining', () => {
    checkProbe('ar', 'وانخرط 30 شابا في صفوف داعش.', [
      { v: [30, 30], pop: 'men', status: 'joined', aff: 'isis' },
    ]);
    checkProbe('ar', 'وقالت الشرطة إن 12 طفلا انخرطوا في القتال.', [
      { v: [12, 12], pop: 'children', status: 'joined', source: 'الشرطة' },
    ]);
  });
});

describe('Arabic: a nominal predicate after a part of a definite whole says who the part are', () => {
  it('"14 من القتلى أطفال", "30 من العائدين نساء", with a copula pronoun or كان', () => {
    checkProbe('ar', 'ووفق مديرية الصحة، فإن 14 من القتلى أطفال.', [
      { v: [14, 14], pop: 'children', status: 'killed', source: 'مديرية الصحة' },
    ]);
    checkProbe('ar', 'ووفق مديرية الصحة، فإن 14 من القتلى هم أطفال.', [
      { v: [14, 14], pop: 'children', status: 'killed', source: 'مديرية الصحة' },
    ]);
    checkProbe('ar', 'وإن 30 من العائدين نساء.', [{ v: [30, 30], pop: 'women', status: 'returned' }]);
    checkProbe('ar', 'وكان 30 من المعتقلين أطفالا.', [{ v: [30, 30], pop: 'children', status: 'detained' }]);
  });
  it('not a definite adjective, a possessed noun or a pair of nouns', () => {
    checkProbe('ar', 'وقتل 14 من المدنيين الأطفال.', [{ v: [14, 14], pop: 'people', status: 'killed' }]);
    checkProbe('ar', 'وأعيد 20 من المواطنين أطفال وسيدات.', [
      { v: [20, 20], pop: 'people', status: 'returned' },
    ]);
    checkProbe('ar', 'واعتقل 12 من المقاتلين.', [{ v: [12, 12], pop: 'fighters', status: 'detained' }]);
  });
});
