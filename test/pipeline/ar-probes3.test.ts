// Arabic probe battery, third round: the general grammar of Arabic counts as reports in this field
// phrase them, written for this test before looking at any dev error (no report text). Numerals with
// gender polarity, compound numerals, spelled hundreds and thousands, duals, hedges, Arabic-Indic
// digits glued to a word, origins, clause openers (حيث، كما، فيما), ages, status verbs written with
// or without vowel marks, sources, armed groups and releases. Each expectation follows
// ../shared/eval/GUIDELINES.md; `loc` and `age` are checked where a probe names them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { runProbes, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => runProbes('ar', probes);

describe('Arabic numerals 3-10: gender polarity and the plural genitive', () => {
  run([
    [
      'واعتقلت الشرطة ستة مسلحين في الموصل.',
      [{ v: [6, 6], pop: 'fighters', status: 'detained', loc: ['IQ'] }],
    ],
    ['وأعيدت سبع فتيات إلى ذويهن.', [{ v: [7, 7], pop: 'children', status: 'returned' }]],
    [
      'وقتل ثمانية جنود عراقيين في هجوم لداعش.',
      [{ v: [8, 8], pop: 'fighters', origin: ['IQ'], status: 'killed', aff: 'isis' }],
    ],
    [
      'وانضمت ثلاث نساء بلجيكيات إلى التنظيم.',
      [{ v: [3, 3], pop: 'women', origin: ['BE'], status: 'joined' }],
    ],
    ['وظهر أربعة أطفال في الشريط وهم يحملون السلاح.', [{ v: [4, 4], pop: 'children', status: 'featured' }]],
    [
      'واحتجزت السلطات تسعة رجال يشتبه في انتمائهم لتنظيم الدولة.',
      [{ v: [9, 9], pop: 'men', status: 'detained', aff: 'isis' }],
    ],
    [
      'وقتلت خمس نساء وثلاثة أطفال في القصف.',
      [
        { v: [5, 5], pop: 'women', status: 'killed' },
        { v: [3, 3], pop: 'children', status: 'killed' },
      ],
    ],
    ['ونقل عشرة أطفال أيتام إلى دار رعاية في بغداد.', [{ v: [10, 10], pop: 'children' }]],
  ]);
});

describe('Arabic compound numerals 11-99', () => {
  run([
    ['وقتل أربعة وعشرون جنديا في الكمين.', [{ v: [24, 24], pop: 'fighters', status: 'killed' }]],
    [
      'وأعيدت سبع وثلاثون امرأة إلى طاجيكستان.',
      [{ v: [37, 37], pop: 'women', origin: ['TJ'], status: 'returned' }],
    ],
    ['وأفرج عن اثنين وخمسين معتقلا.', [{ v: [52, 52], pop: 'people' }]],
    [
      'واعتقل ستة عشر شخصا بتهمة الانتماء إلى داعش.',
      [{ v: [16, 16], pop: 'people', status: 'detained', aff: 'isis' }],
    ],
    ['وجند التنظيم ثمانية عشر طفلا من القرى المجاورة.', [{ v: [18, 18], pop: 'children', status: 'joined' }]],
    [
      'وعاد تسعة وتسعون مواطنا إلى كازاخستان.',
      [{ v: [99, 99], pop: 'people', origin: ['KZ'], status: 'returned' }],
    ],
    ['وقتلت إحدى وعشرون امرأة في الغارة.', [{ v: [21, 21], pop: 'women', status: 'killed' }]],
    ['وعادت اثنتا عشرة عائلة إلى ديارها.', [{ v: [12, 12], pop: 'families', status: 'returned' }]],
  ]);
});

describe('Arabic hundreds, thousands and millions spelled out', () => {
  run([
    [
      'وأعيد أربعمائة وخمسة وعشرون طفلا إلى أوزبكستان.',
      [{ v: [425, 425], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
    ['وانضم ألف ومئتا مقاتل إلى التنظيم.', [{ v: [1200, 1200], pop: 'fighters', status: 'joined' }]],
    ['ونزح مليون شخص بسبب هجمات حركة الشباب.', [{ v: [1000000, 1000000], pop: 'people', aff: 'other' }]],
    [
      'وقدر عدد المقاتلين الأجانب بثلاثين ألف مقاتل.',
      [{ v: [30000, 30000], pop: 'fighters', origin: ['region:foreign'] }],
    ],
    [
      'وسافر ثلاثة آلاف تونسي إلى سوريا والعراق.',
      [{ v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined', loc: ['IQ', 'SY'] }],
    ],
    [
      'وعاد مئة وعشرون مقاتلا إلى المغرب.',
      [{ v: [120, 120], pop: 'fighters', origin: ['MA'], status: 'returned' }],
    ],
    [
      'وتحتجز السلطات الكردية ثمانمئة امرأة أجنبية في مخيم روج.',
      [{ v: [800, 800], pop: 'women', origin: ['region:foreign'], loc: ['SY'] }],
    ],
    [
      'ويضم المخيم ستين ألف شخص بينهم أربعون ألف طفل.',
      [
        { v: [60000, 60000], pop: 'people' },
        { v: [40000, 40000], pop: 'children' },
      ],
    ],
  ]);
});

describe('Arabic duals', () => {
  run([
    ['وقتل شرطيان في الهجوم.', [{ v: [2, 2], pop: 'fighters', status: 'killed' }]],
    ['وأعيدت طفلتان يتيمتان إلى تونس.', [{ v: [2, 2], pop: 'children', origin: ['TN'], status: 'returned' }]],
    ['وفر ألفا مدني من المدينة.', [{ v: [2000, 2000], pop: 'people' }]],
    ['وقتلت امرأتان سوريتان.', [{ v: [2, 2], pop: 'women', origin: ['SY'], status: 'killed' }]],
  ]);
});

describe('Arabic hedges and bounds', () => {
  run([
    [
      'وعاد قرابة 150 مقاتلا إلى تركيا.',
      [{ v: [150, 150], pop: 'fighters', origin: ['TR'], status: 'returned' }],
    ],
    ['ويعيش زهاء 80 طفلا يتيما في المخيم.', [{ v: [80, 80], pop: 'children', status: 'present' }]],
    ['وقتل ما لا يقل عن سبعة جنود.', [{ v: [7, null], pop: 'fighters', status: 'killed' }]],
    [
      'وسافر أكثر من ألفي مغربي إلى سوريا.',
      [{ v: [2000, null], pop: 'people', origin: ['MA'], status: 'joined' }],
    ],
    ['وجند التنظيم ما يزيد على ألف طفل.', [{ v: [1000, null], pop: 'children', status: 'joined' }]],
    [
      'وانضم حوالي خمسين شابا أردنيا إلى التنظيم.',
      [{ v: [50, 50], pop: 'men', origin: ['JO'], status: 'joined' }],
    ],
    [
      'وأعيد نحو أربعين طفلا إلى روسيا.',
      [{ v: [40, 40], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    ['وقتل أكثر من عشرين مدنيا.', [{ v: [20, null], pop: 'people', status: 'killed' }]],
    ['ويقيم في المخيم ما يقرب من 60 ألف شخص.', [{ v: [60000, 60000], pop: 'people' }]],
    [
      'وانضم ما لا يقل عن 300 طفل إلى صفوف الحوثيين.',
      [{ v: [300, null], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    ['واعتقل أقل من عشرة أشخاص.', [{ v: [null, 10], pop: 'people', status: 'detained' }]],
    ['وتم تجنيد ما بين 100 و150 طفلا.', [{ v: [100, 150], pop: 'children', status: 'joined' }]],
  ]);
});

describe('Arabic-Indic digits and digits glued to a word', () => {
  run([
    [
      'وأعيد ٣٠٠ طفل إلى كازاخستان.',
      [{ v: [300, 300], pop: 'children', origin: ['KZ'], status: 'returned' }],
    ],
    ['واعتقلت الشرطة ١٥ مشتبها بهم.', [{ v: [15, 15], pop: 'people', status: 'detained' }]],
    ['وقتل نحو١٢٠ مسلحا.', [{ v: [120, 120], pop: 'fighters', status: 'killed' }]],
    ['وأعيد حوالي٨٥ طفلا.', [{ v: [85, 85], pop: 'children', status: 'returned' }]],
    ['وسافر أكثر من٤٠٠ شخص إلى سوريا.', [{ v: [400, null], pop: 'people' }]],
    ['وأعلنت الوزارة عودة٣٥ امرأة.', [{ v: [35, 35], pop: 'women', status: 'returned' }]],
    ['وقدمت المنظمة الرعاية لـ٢٠ طفلا يتيما.', [{ v: [20, 20], pop: 'children' }]],
  ]);
});

describe('Arabic origins with من, nationality and citizenship', () => {
  run([
    ['وعاد 45 مقاتلا من أصل شيشاني.', [{ v: [45, 45], pop: 'fighters', origin: ['RU'], status: 'returned' }]],
    [
      'وانضم 250 شخصا من قيرغيزستان وطاجيكستان إلى التنظيم.',
      [{ v: [250, 250], pop: 'people', origin: ['KG', 'TJ'], status: 'joined' }],
    ],
    ['وبين المعتقلين 8 نساء من أذربيجان.', [{ v: [8, 8], pop: 'women', origin: ['AZ'], status: 'detained' }]],
    ['وأعيد 19 طفلا يحملون الجنسية الكازاخية.', [{ v: [19, 19], pop: 'children', origin: ['KZ'] }]],
    [
      'وسلم العراق 22 امرأة روسية إلى موسكو.',
      [{ v: [22, 22], pop: 'women', origin: ['RU'], status: 'returned' }],
    ],
    [
      'وقتل 30 مقاتلا أجنبيا بينهم 12 من الشيشان.',
      [
        { v: [30, 30], pop: 'fighters', origin: ['region:foreign'], status: 'killed' },
        { v: [12, 12], pop: 'fighters', origin: ['RU'], status: 'killed' },
      ],
    ],
  ]);
});

describe('Arabic clauses opened by حيث، كما، فيما', () => {
  run([
    [
      'وأعيد 40 طفلا أوزبكيا، فيما لا يزال 60 آخرون في المخيم.',
      [
        { v: [40, 40], pop: 'children', origin: ['UZ'], status: 'returned' },
        { v: [60, 60], pop: 'children', origin: ['UZ'], status: 'present' },
      ],
    ],
    [
      'وقتل 15 مسلحا، كما اعتقل 20 آخرون.',
      [
        { v: [15, 15], pop: 'fighters', status: 'killed' },
        { v: [20, 20], pop: 'fighters', status: 'detained' },
      ],
    ],
    [
      'وعاد 300 تونسي إلى بلادهم، حيث اعتقل 120 منهم.',
      [
        { v: [300, 300], pop: 'people', origin: ['TN'], status: 'returned' },
        { v: [120, 120], pop: 'people', origin: ['TN'], status: 'detained' },
      ],
    ],
    ['فيما قتل 9 جنود خلال الاشتباكات.', [{ v: [9, 9], pop: 'fighters', status: 'killed' }]],
    [
      'وأعيدت 12 امرأة، كما أعيد 30 طفلا إلى بلجيكا.',
      [
        { v: [12, 12], pop: 'women', status: 'returned' },
        { v: [30, 30], pop: 'children', origin: ['BE'], status: 'returned' },
      ],
    ],
  ]);
});

describe('Arabic ages of a counted group', () => {
  run([
    ['وجند الحوثيون 200 طفل دون سن 18.', [{ v: [200, 200], pop: 'children', aff: 'other', age: [null, 17] }]],
    [
      'وأعيد 35 طفلا تتراوح أعمارهم بين ثلاث وعشر سنوات.',
      [{ v: [35, 35], pop: 'children', status: 'returned', age: [3, 10] }],
    ],
    [
      'وظهر في الشريط 6 أطفال لا تتجاوز أعمارهم 12 عاما.',
      [{ v: [6, 6], pop: 'children', status: 'featured', age: [null, 12] }],
    ],
    ['واعتقل 14 قاصرا تقل أعمارهم عن 16 عاما.', [{ v: [14, 14], pop: 'children', age: [null, 15] }]],
    ['ويضم المخيم 500 طفل دون سن الخامسة.', [{ v: [500, 500], pop: 'children', age: [null, 4] }]],
  ]);
});

describe('Arabic status verbs, with and without vowel marks', () => {
  run([
    [
      'وكان 25 طفلا قد أعيدوا إلى ألمانيا الشهر الماضي.',
      [{ v: [25, 25], pop: 'children', origin: ['DE'], status: 'returned' }],
    ],
    [
      'ورُحّل 18 مقاتلا أجنبيا إلى بلدانهم.',
      [{ v: [18, 18], pop: 'fighters', origin: ['region:foreign'], status: 'returned' }],
    ],
    [
      'وقُتل 40 عنصرا من داعش في غارة جوية.',
      [{ v: [40, 40], pop: 'fighters', status: 'killed', aff: 'isis' }],
    ],
    ['وأُسر 12 جنديا خلال الهجوم.', [{ v: [12, 12], pop: 'fighters', status: 'detained' }]],
    ['وجُنّد 700 طفل في صفوف الجماعة.', [{ v: [700, 700], pop: 'children', status: 'joined' }]],
    [
      'ولا يزال 3000 طفل أجنبي محتجزين في مخيم الهول.',
      [{ v: [3000, 3000], pop: 'children', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
    ],
    [
      'وتم ترحيل 50 مقاتلا تركمانيا إلى بلادهم.',
      [{ v: [50, 50], pop: 'fighters', origin: ['TM'], status: 'returned' }],
    ],
    ['ولقي 30 مسلحا حتفهم في المعارك.', [{ v: [30, 30], pop: 'fighters', status: 'killed' }]],
  ]);
});

describe('Arabic sources', () => {
  run([
    [
      'وأفاد مصدر أمني بأن 25 مسلحا قتلوا.',
      [{ v: [25, 25], pop: 'fighters', status: 'killed', source: 'مصدر أمني' }],
    ],
    [
      'وذكرت وكالة الأنباء الرسمية أن 60 طفلا أعيدوا.',
      [{ v: [60, 60], pop: 'children', status: 'returned', source: 'وكالة الأنباء الرسمية' }],
    ],
    [
      'وأعلن الجيش النيجيري أن 35 مسلحا من بوكو حرام قتلوا.',
      [{ v: [35, 35], pop: 'fighters', status: 'killed', aff: 'other', source: 'الجيش النيجيري' }],
    ],
    [
      'ونقلا عن مسؤول في الوزارة، فإن 80 امرأة عدن إلى البلاد.',
      [{ v: [80, 80], pop: 'women', status: 'returned', source: 'مسؤول في الوزارة' }],
    ],
    [
      'وفي تقرير صادر عن منظمة هيومن رايتس ووتش، قتل 28 مدنيا.',
      [{ v: [28, 28], pop: 'people', status: 'killed', source: 'منظمة هيومن رايتس ووتش' }],
    ],
    ['ووفق إحصاءات رسمية، عاد 900 مواطن.', [{ v: [900, 900], pop: 'people', source: 'إحصاءات رسمية' }]],
    [
      'وقال الناطق باسم الجيش إن 17 إرهابيا قتلوا.',
      [{ v: [17, 17], pop: 'fighters', status: 'killed', source: 'الناطق باسم الجيش' }],
    ],
    [
      'وعاد 200 شخص، بحسب ما أعلنته وزارة الداخلية.',
      [{ v: [200, 200], pop: 'people', status: 'returned', source: 'وزارة الداخلية' }],
    ],
    ['وقتل 11 طفلا في الغارة، على حد قول الأهالي.', [{ v: [11, 11], pop: 'children', source: 'الأهالي' }]],
  ]);
});

describe('Arabic armed groups', () => {
  run([
    [
      'وانضم 30 شابا إلى تنظيم الدولة الإسلامية.',
      [{ v: [30, 30], pop: 'men', status: 'joined', aff: 'isis' }],
    ],
    [
      'وقتل 12 مسلحا من حركة الشباب في الصومال.',
      [{ v: [12, 12], pop: 'fighters', status: 'killed', aff: 'other', loc: ['SO'] }],
    ],
    ['وخطفت بوكو حرام 276 تلميذة.', [{ v: [276, 276], pop: 'children', aff: 'other' }]],
    ['وجند الحوثيون 150 طفلا في صعدة.', [{ v: [150, 150], pop: 'children', aff: 'other', loc: ['YE'] }]],
    [
      'وقاتل 400 من الإيغور في صفوف الحزب الإسلامي التركستاني.',
      [{ v: [400, 400], pop: 'fighters', origin: ['CN'], aff: 'other' }],
    ],
    ['وقتل 20 عنصرا من هيئة تحرير الشام.', [{ v: [20, 20], pop: 'fighters', aff: 'al-nusra' }]],
    ['وانضم 15 طفلا إلى جبهة النصرة.', [{ v: [15, 15], pop: 'children', status: 'joined', aff: 'al-nusra' }]],
    ['وأسر مسلحو طالبان 10 جنود.', [{ v: [10, 10], pop: 'fighters', aff: 'taliban' }]],
    [
      'وانضم 80 مقاتلا إلى الحركة الإسلامية في أوزبكستان.',
      [{ v: [80, 80], pop: 'fighters', status: 'joined', aff: 'imu' }],
    ],
    ['وقتل 5 من عناصر تنظيم القاعدة.', [{ v: [5, 5], pop: 'fighters', status: 'killed', aff: 'al-qaeda' }]],
    ['وجندت جماعة أنصار الله الحوثية 90 طفلا.', [{ v: [90, 90], pop: 'children', aff: 'other' }]],
  ]);
});

describe('Arabic releases', () => {
  const rel = (text: string) => extract(text, { lang: 'ar' }).releases.map((r) => [r.media, r.title]);

  it('reads a video title in quotes after إصدار مرئي بعنوان', () => {
    expect(rel('ونشر التنظيم إصدارا مرئيا بعنوان "جيل الملاحم" يظهر فيه أطفال.')).toEqual([
      ['video', 'جيل الملاحم'],
    ]);
  });

  it('reads a title in guillemets and the duration of the video', () => {
    const r = extract('وبث التنظيم تسجيلا مرئيا مدته 12 دقيقة بعنوان «رسائل من أرض الملاحم».', {
      lang: 'ar',
    }).releases;
    expect(r.map((x) => [x.media, x.title, x.duration_min])).toEqual([['video', 'رسائل من أرض الملاحم', 12]]);
  });

  it('titles a numbered magazine issue with the series and the number', () => {
    expect(rel('وفي مجلة دابق العدد 8 ظهرت صور لأطفال.')).toEqual([['magazine', 'دابق 8']]);
  });

  it('titles an issue numbered with an ordinal with the series and its digit', () => {
    expect(rel('ونشرت مجلة رومية في عددها الثالث صورا لأطفال.')).toEqual([['magazine', 'رومية 3']]);
  });

  it('reads a film title after شريطا بعنوان', () => {
    expect(rel('وأصدرت مؤسسة الفرقان شريطا بعنوان "لهيب الحرب".')).toEqual([['video', 'لهيب الحرب']]);
  });
});

// A verb acting on the returnees before them (يتابع البرنامج 90 عائدا) still gives them "other".
it.todo('keeps "returned" for returnees a verb before them acts on (ويتابع برنامج التأهيل 90 عائدا)');

describe('Arabic returnees, security men and ratios (after the dev review)', () => {
  run([
    // A count of returnees, or a count among them, has come back.
    ['ويخضع 90 عائدا من مناطق النزاع لبرامج التأهيل.', [{ v: [90, 90], pop: 'people', status: 'returned' }]],
    [
      'ومن بين العائدين 25 امرأة تونسية.',
      [{ v: [25, 25], pop: 'women', origin: ['TN'], status: 'returned' }],
    ],
    // Security men in the singular after a number are security forces: fighters.
    ['وقتل 6 رجل أمن في الكمين.', [{ v: [6, 6], pop: 'fighters', status: 'killed' }]],
    ['وأصيب 9 عناصر أمن في الانفجار.', [{ v: [9, 9], pop: 'fighters', status: 'other' }]],
    // Rates and ratios are not counts.
    ['وتخصص الدولة 30 شرطيا لكل مقاتل عائد.', []],
    ['وقتل 12 طفلا لكل مليون نسمة في البلاد.', []],
    ['وجند طفل واحد من كل خمسة أطفال في المخيم.', []],
  ]);
});

describe('Arabic: more of the general grammar (second pass)', () => {
  run([
    // The verb before the count, its object after it.
    ['ولقي 22 جنديا مصرعهم في الكمين.', [{ v: [22, 22], pop: 'fighters', status: 'killed' }]],
    // A bound after the number, before "من + nationality".
    [
      'وسافر 400 ونيف من المغاربة إلى سوريا.',
      [{ v: [400, null], pop: 'people', origin: ['MA'], status: 'joined' }],
    ],
    [
      'وعاد 60 على الأقل من أوزبكستان.',
      [{ v: [60, null], pop: 'people', origin: ['UZ'], status: 'returned' }],
    ],
    // An anonymous speaker's clause is not part of the speaker.
    [
      'وقال مسؤول عسكري رفض الكشف عن اسمه إن 33 مسلحا قتلوا.',
      [{ v: [33, 33], pop: 'fighters', status: 'killed', source: 'مسؤول عسكري' }],
    ],
    [
      'وأكد ضابط طلب عدم ذكر اسمه أن 18 طفلا جندوا.',
      [{ v: [18, 18], pop: 'children', status: 'joined', source: 'ضابط' }],
    ],
    // A range whose high end looks like a year, with people counted after it.
    ['وقدر عدد العائدين بين 1800 و2000 شخص.', [{ v: [1800, 2000], pop: 'people', status: 'returned' }]],
    ['وجند التنظيم من 1200 إلى 2000 طفل.', [{ v: [1200, 2000], pop: 'children', status: 'joined' }]],
    // Years stay years.
    ['وعاد 70 شخصا بين 2017 و2020.', [{ v: [70, 70], pop: 'people', status: 'returned' }]],
  ]);
});

describe('Arabic: clauses set against each other, and parts counted with منهم', () => {
  run([
    [
      'وتوجه نحو 700 قرغيزي إلى سوريا. وقتل منهم 90 فيما عاد 45.',
      [
        { v: [700, 700], pop: 'people', origin: ['KG'], status: 'joined' },
        { v: [90, 90], pop: 'people', origin: ['KG'], status: 'killed' },
        { v: [45, 45], pop: 'people', origin: ['KG'], status: 'returned' },
      ],
    ],
    [
      'ويقدر عدد المقاتلين المغاربة في العراق بنحو 1500، عاد منهم 260.',
      [
        { v: [1500, 1500], pop: 'fighters', origin: ['MA'], status: 'present' },
        { v: [260, 260], pop: 'fighters', origin: ['MA'], status: 'returned' },
      ],
    ],
  ]);
});

describe('Arabic person nouns the lexicon lacked', () => {
  run([
    [
      'وقتل في الهجوم 3 ضباط و8 حراس.',
      [
        { v: [3, 3], pop: 'fighters', status: 'killed' },
        { v: [8, 8], pop: 'fighters', status: 'killed' },
      ],
    ],
    ['وفجر 5 انغماسيين أنفسهم في الموقع.', [{ v: [5, 5], pop: 'fighters' }]],
    ['واعتقلت الشرطة 11 قياديا في التنظيم.', [{ v: [11, 11], pop: 'fighters', status: 'detained' }]],
    ['وأعدم التنظيم 6 جواسيس في الساحة العامة.', [{ v: [6, 6], pop: 'people', status: 'killed' }]],
    ['ونقل 40 مصابا إلى المستشفيات.', [{ v: [40, 40], pop: 'people' }]],
    ['ويقضي 25 محكوما عقوباتهم في السجن المركزي.', [{ v: [25, 25], pop: 'people', status: 'detained' }]],
    ['وقتل قناصان في الاشتباك.', [{ v: [2, 2], pop: 'fighters', status: 'killed' }]],
  ]);
});
