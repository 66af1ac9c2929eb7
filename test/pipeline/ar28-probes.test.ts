// Arabic, round 28: the mechanisms fixed this round, each pinned with sentences of its own, and blind
// probes (what the guideline wants, written before running).
import { describe, it } from 'vitest';
import { checkProbe, runProbes, type Probe } from './probe-helpers.ts';

describe("Arabic: Mali's nisba (also 'financial') is a nationality after a noun for people", () => {
  it('agreeing with a counted noun of people, singular accusative or plural', () => {
    checkProbe('ar', 'وقتل المسلحون 17 جنديا ماليا في هجوم على قاعدة عسكرية.', [
      { v: [17, 17], pop: 'fighters', origin: ['ML'], status: 'killed' },
    ]);
    checkProbe('ar', 'ولقي 9 جنود ماليين حتفهم في انفجار عبوة ناسفة زرعها مسلحون.', [
      { v: [9, 9], pop: 'fighters', origin: ['ML'], status: 'killed' },
    ]);
  });
  it('after a government or armed forces it names the state', () => {
    checkProbe('ar', 'وأعلنت الحكومة المالية أن 50 من جنودها قتلوا في الهجوم.', [
      { v: [50, 50], pop: 'fighters', origin: ['ML'], status: 'killed' },
    ]);
  });
  it('financial aid and the ministry of finance name no country', () => {
    checkProbe('ar', 'وقدمت المنظمة دعما ماليا لـ 300 طفل جندتهم الجماعات المسلحة.', [
      { v: [300, 300], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'وقالت وزارة المالية إن 300 مقاتل من الجماعة تلقوا رواتب.', [
      { v: [300, 300], pop: 'fighters' },
    ]);
  });
});

describe('Arabic: charged or prosecuted people are detained', () => {
  it('charges brought against a count, or tried', () => {
    checkProbe('ar', 'ووجهت محكمة فرنسية تهما إلى 8 نساء عدن من سوريا.', [
      { v: [8, 8], pop: 'women', status: 'detained' },
    ]);
    checkProbe('ar', 'وحوكم 35 شخصا بتهمة الانتماء إلى تنظيم إرهابي.', [
      { v: [35, 35], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'وجهت النيابة تهما بالإرهاب إلى 14 من العائدين من العراق.', [
      { v: [14, 14], pop: 'people', status: 'detained' },
    ]);
  });
});

describe('Arabic: placed in an orphanage or a care home is other', () => {
  it('moved into an orphanage or care centre is no return', () => {
    checkProbe('ar', 'ونقلت السلطات 30 طفلا إلى دور الأيتام في بغداد.', [
      { v: [30, 30], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وأودعت المحكمة 14 قاصرا في مراكز رعاية الأحداث.', [
      { v: [14, 14], pop: 'children', status: 'other' },
    ]);
  });
});

describe('Arabic: fleeing to a war is going to it (joined)', () => {
  it('the verb before the count or after it', () => {
    checkProbe('ar', 'وفر 120 شابا إلى سوريا خلال عام 2014.', [
      { v: [120, 120], pop: 'men', status: 'joined', loc: ['SY'] },
    ]);
    checkProbe('ar', 'وقالت الشرطة إن 70 شابا هربوا إلى العراق للقتال.', [
      { v: [70, 70], pop: 'men', status: 'joined' },
    ]);
  });
});

describe("Arabic: children held in an army's camps are detained", () => {
  it('the force between the verb and its camps', () => {
    checkProbe('ar', 'وتحتجز القوات في معسكراتها 200 طفل يشتبه في ارتباطهم بالجماعة.', [
      { v: [200, 200], pop: 'children', status: 'detained' },
    ]);
  });
  it("a group's training camp stays a recruitment", () => {
    checkProbe('ar', 'وتدرب 40 طفلا في معسكرات الجماعة.', [
      { v: [40, 40], pop: 'children', status: 'joined' },
    ]);
  });
});

describe('Arabic: kidnappers are members of an armed group (fighters)', () => {
  it('counted kidnappers', () => {
    checkProbe('ar', 'وأوقفت الشرطة 9 خاطفين في عملية أمنية ضد الجماعة.', [
      { v: [9, 9], pop: 'fighters', status: 'detained' },
    ]);
  });
});

describe('Arabic: handed over to their families, coming back from', () => {
  it('handed to their families is a return', () => {
    checkProbe('ar', 'وتم تسليم 25 طفلا من أبناء المسلحين إلى عائلاتهم في الشيشان.', [
      { v: [25, 25], pop: 'children', status: 'returned' },
    ]);
  });
  it('families coming back from Syria', () => {
    checkProbe('ar', 'وخصصت الحكومة مساعدات لـ 200 عائلة عائدة من سوريا.', [
      { v: [200, 200], pop: 'families', status: 'returned' },
    ]);
  });
});

const PROBES: Probe[] = [
  [
    'وأفادت منظمة هيومن رايتس ووتش بأن السلطات العراقية تحتجز أكثر من 1500 طفل بتهم تتعلق بالإرهاب.',
    [{ v: [1500, null], pop: 'children', status: 'detained', loc: ['IQ'] }],
  ],
  [
    'وقال مسؤول في وزارة الخارجية إن بلاده أعادت 25 طفلا يتيما من مخيم الهول.',
    [{ v: [25, 25], pop: 'children', status: 'returned' }],
  ],
  [
    'وذكرت الأمم المتحدة أن 2500 طفل جندتهم حركة الشباب في الصومال خلال عام 2020.',
    [{ v: [2500, 2500], pop: 'children', status: 'joined', aff: 'other', loc: ['SO'] }],
  ],
  [
    'وأعلن الجيش النيجيري مقتل 30 من مسلحي بوكو حرام في ولاية بورنو.',
    [{ v: [30, 30], pop: 'fighters', status: 'killed', aff: 'other' }],
  ],
  ['وأطلقت الجماعة سراح 27 تلميذة اختطفتهن من مدرستهن.', [{ v: [27, 27], pop: 'children', status: 'other' }]],
  [
    'وتمكن 45 طفلا من الفرار من معسكر للتدريب تابع لتنظيم الدولة.',
    [{ v: [45, 45], pop: 'children', status: 'other', aff: 'isis' }],
  ],
  [
    'وقدرت الحكومة التونسية عدد مواطنيها الذين يقاتلون في صفوف داعش بنحو 3000.',
    [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'], status: 'present', aff: 'isis' }],
  ],
  [
    'واختطف مسلحون 80 تلميذا من مدرسة داخلية في شمال نيجيريا.',
    [{ v: [80, 80], pop: 'children', status: 'other', loc: ['NG'] }],
  ],
  [
    'وقالت اليونيسف إن نحو 40 ألف طفل يعيشون في مخيم الهول.',
    [{ v: [40000, 40000], pop: 'children', status: 'present', source: 'اليونيسف' }],
  ],
  [
    'وقتل 14 جنديا نيجيريا و6 مدنيين في هجوم نفذه مسلحون.',
    [
      { v: [14, 14], pop: 'fighters', origin: ['NG'], status: 'killed' },
      { v: [6, 6], pop: 'people', status: 'killed' },
    ],
  ],
  ['وسلم 120 مقاتلا من الجماعة أنفسهم إلى الجيش.', [{ v: [120, 120], pop: 'fighters', status: 'other' }]],
  [
    'وأعادت كازاخستان 600 من مواطنيها بينهم 400 طفل من سوريا.',
    [
      { v: [600, 600], pop: 'people', origin: ['KZ'], status: 'returned' },
      { v: [400, 400], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'وفر نحو 200 شاب تونسي إلى ليبيا للالتحاق بالجماعات المسلحة.',
    [{ v: [200, 200], pop: 'men', origin: ['TN'], status: 'joined', loc: ['LY'] }],
  ],
  [
    'ويقبع 12 ألف مقاتل أجنبي في سجون قوات سوريا الديمقراطية.',
    [{ v: [12000, 12000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'وأفرج الخاطفون عن 15 عاملا ماليا بعد أسبوعين.',
    [{ v: [15, 15], pop: 'people', origin: ['ML'], status: 'other' }],
  ],
  [
    'وقتل 7 أطفال ماليين في انفجار لغم زرعه مسلحون.',
    [{ v: [7, 7], pop: 'children', origin: ['ML'], status: 'killed' }],
  ],
  [
    'وتحتجز قوات سوريا الديمقراطية نحو 10 آلاف عنصر من داعش في سجونها.',
    [{ v: [10000, 10000], pop: 'fighters', status: 'detained', aff: 'isis' }],
  ],
  [
    'وأكدت منظمة أنقذوا الأطفال أن 700 طفل قضوا في مخيم الهول منذ عام 2019.',
    [{ v: [700, 700], pop: 'children', status: 'killed' }],
  ],
  ['وصدرت أحكام بالسجن بحق 17 امرأة عائدة من سوريا.', [{ v: [17, 17], pop: 'women', status: 'detained' }]],
  [
    'وقالت الشرطة الكينية إن نحو 150 شابا كينيا التحقوا بحركة الشباب.',
    [{ v: [150, 150], pop: 'men', origin: ['KE'], status: 'joined', aff: 'other' }],
  ],
  [
    'واعتقل الأمن 6 أشخاص يشتبه في قيامهم بتجنيد أطفال لصالح داعش.',
    [{ v: [6, 6], pop: 'people', status: 'detained' }],
  ],
  [
    'ولا يزال 12 طفلا فرنسيا محتجزين في مخيم روج.',
    [{ v: [12, 12], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] }],
  ],
  [
    'وتعرض 300 طفل للتجنيد والاستخدام من قبل الجماعات المسلحة في اليمن.',
    [{ v: [300, 300], pop: 'children', status: 'joined', loc: ['YE'] }],
  ],
  [
    'وتحتجز السلطات 40 امرأة مع 90 طفلا في سجن للنساء.',
    [
      { v: [40, 40], pop: 'women', status: 'detained' },
      { v: [90, 90], pop: 'children', status: 'detained' },
    ],
  ],
  [
    'وتقيم 35 امرأة بلجيكية في مخيم روج مع 70 طفلا.',
    [
      { v: [35, 35], pop: 'women', origin: ['BE'], status: 'present' },
      { v: [70, 70], pop: 'children', origin: ['BE'], status: 'present' },
    ],
  ],
  // Open: an orphanage named far after the count, past a phrase of its own, does not outweigh the
  // transfer verb before it; a nisba of a force after "members of" gives only a location.
  [
    'ونقلت السلطات 30 طفلا من أبناء مقاتلي داعش إلى دور الأيتام في بغداد.',
    [{ v: [30, 30], pop: 'children', status: 'other' }],
  ],
  [
    'وقتل 20 من عناصر القوات المالية في هجوم لتنظيم القاعدة.',
    [{ v: [20, 20], pop: 'fighters', origin: ['ML'], status: 'killed', aff: 'al-qaeda' }],
  ],
];

const OPEN = new Set([
  'ونقلت السلطات 30 طفلا من أبناء مقاتلي داعش إلى دور الأيتام في بغداد.',
  'وقتل 20 من عناصر القوات المالية في هجوم لتنظيم القاعدة.',
]);

describe('Arabic: round 28 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
