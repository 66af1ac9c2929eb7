// Arabic probes, eighth round: invented sentences and short reports (written before looking at any dev
// report) for the mechanisms the seventh round left open: arrival into a conflict zone is no return;
// a demonym says where people come from, not where they are; a part "among the children" counts people;
// "N other" continues the count before it; batch nouns and coordinated counts before a prison; and
// short reports from Yemen, Somalia, Nigeria, the Sahel, the Syrian camps and the Iraqi courts.
// Expectations follow ../shared/eval/GUIDELINES.md; a field is checked only where the guideline is clear.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

/** Probes the engine does not read yet: kept as expected failures, so a fix shows. */
const NOT_YET = new Set<string>([]);

const run = (probes: Probe[]) => runProbes('ar', probes, NOT_YET);

describe('Arabic: arriving in a conflict zone is no return', () => {
  run([
    [
      'وصل إلى سوريا 900 مقاتل من مصر والسودان خلال عامين.',
      [{ v: [900, 900], pop: 'fighters', origin: ['EG', 'SD'], not: 'returned', loc: ['SY'] }],
    ],
    [
      'وأفاد المرصد بأن نحو 300 متطوع من تونس وليبيا وصلوا إلى العراق عبر تركيا.',
      // Volunteers who go to the war are recruits: fighters.
      [{ v: [300, 300], pop: 'fighters', origin: ['LY', 'TN'], not: 'returned' }],
    ],
    [
      'انضم 400 مقاتل من اليمن إلى التنظيم في سوريا، وعاد 50 منهم من سوريا إلى اليمن.',
      [
        { v: [400, 400], pop: 'fighters', origin: ['YE'], status: 'joined' },
        { v: [50, 50], pop: 'fighters', origin: ['YE'], status: 'returned' },
      ],
    ],
    [
      'وقالت الوزارة إن 120 عراقيا عادوا من سوريا إلى العراق الشهر الماضي.',
      [{ v: [120, 120], pop: 'people', origin: ['IQ'], status: 'returned' }],
    ],
  ]);
});

describe('Arabic: a demonym gives origin, not location', () => {
  run([
    [
      'تحتجز السلطات الليبية 40 امرأة في سجن بطرابلس. وبينهن 12 سودانية.',
      [
        { v: [40, 40], pop: 'women', status: 'detained', loc: ['LY'] },
        { v: [12, 12], pop: 'women', origin: ['SD'], loc: ['LY'] },
      ],
    ],
    [
      'اعتقلت الشرطة 15 مقاتلا في السودان، بينهم 3 صوماليين.',
      [
        { v: [15, 15], pop: 'fighters', status: 'detained', loc: ['SD'] },
        // The part takes the whole's noun (fighters); its nationality is no place.
        { v: [3, 3], pop: 'fighters', origin: ['SO'], loc: ['SD'] },
      ],
    ],
    [
      'يضم مخيم في شمال مالي 70 طفلا. وقال مسؤول إن بين المحتجزين في المخيم 20 نيجيريا.',
      [
        { v: [70, 70], pop: 'children', loc: ['ML'] },
        { v: [20, 20], pop: 'people', origin: ['NG'] },
      ],
    ],
  ]);
});

describe('Arabic: a part among a whole takes the whole noun only when it names none', () => {
  run([
    [
      'أعادت الحكومة 50 طفلا، ومن بين الأطفال 9 سودانيين.',
      [
        { v: [50, 50], pop: 'children', status: 'returned' },
        { v: [9, 9], pop: 'children', origin: ['SD'] },
      ],
    ],
    [
      'يضم المخيم 300 امرأة، وبين النساء 40 صومالية.',
      [
        { v: [300, 300], pop: 'women' },
        { v: [40, 40], pop: 'women', origin: ['SO'] },
      ],
    ],
    [
      'وأوضح أن بين المعتقلين 7 أطفال و5 تشاديين.',
      [
        { v: [7, 7], pop: 'children' },
        { v: [5, 5], pop: 'people', origin: ['TD'] },
      ],
    ],
  ]);
});

describe('Arabic: "N others" continues the count before it', () => {
  run([
    [
      'أعادت فرنسا 10 أطفال فرنسيين من مخيم روج.\n\nوقالت الوزارة إن 6 أطفال آخرين سيعودون قريبا.',
      [
        { v: [10, 10], pop: 'children', origin: ['FR'], status: 'returned' },
        { v: [6, 6], pop: 'children', origin: ['FR'], not: 'returned' },
      ],
    ],
    [
      'اعتقلت الشرطة المغربية 8 مقاتلين مغاربة عائدين. وفي عملية ثانية اعتقلت 4 آخرين.',
      [
        { v: [8, 8], pop: 'fighters', origin: ['MA'], status: 'detained' },
        { v: [4, 4], pop: 'fighters', origin: ['MA'], status: 'detained' },
      ],
    ],
    [
      'قتل 12 مقاتلا كازاخيا في سوريا، وأصيب 5 آخرون بجروح.',
      [
        { v: [12, 12], pop: 'fighters', origin: ['KZ'], status: 'killed' },
        { v: [5, 5], pop: 'fighters', origin: ['KZ'] },
      ],
    ],
  ]);
});

describe('Arabic: batch nouns and coordinated counts before a prison', () => {
  run([
    [
      'تعتزم كازاخستان إعادة 200 من مواطنيها من سوريا. وتضم الدفعة الأولى 80 طفلا.',
      [
        { v: [200, 200], pop: 'people', origin: ['KZ'] },
        { v: [80, 80], pop: 'children', origin: ['KZ'] },
      ],
    ],
    [
      'وصلت إلى طشقند قافلة من العائدين الأوزبك. وضمت القافلة 30 امرأة و70 طفلا.',
      [
        { v: [30, 30], pop: 'women', origin: ['UZ'], status: 'returned' },
        { v: [70, 70], pop: 'children', origin: ['UZ'], status: 'returned' },
      ],
    ],
    [
      'تحتجز السلطات 14 امرأة و7 أطفال في سجن الرصافة.',
      [
        { v: [14, 14], pop: 'women', status: 'detained', loc: ['IQ'] },
        { v: [7, 7], pop: 'children', status: 'detained', loc: ['IQ'] },
      ],
    ],
  ]);
});

const ADEN_CAMP = [
  'عدن - قال مسؤول في وزارة حقوق الإنسان اليمنية إن الحكومة تسلمت 27 طفلا جندتهم جماعة الحوثي، بعد أسرهم في جبهة الساحل الغربي.',
  'وأضاف أن أعمار هؤلاء الأطفال تتراوح بين 12 و16 عاما.',
].join('\n\n');

const BAIDOA_SHABAAB = [
  'بيدوا - أعلنت القوات الصومالية مقتل 40 عنصرا من حركة الشباب في عملية عسكرية جنوب البلاد.',
  'وقالت القوات إنها حررت خلال العملية 8 أطفال كانت الحركة تحتجزهم في معسكر للتدريب.',
].join('\n\n');

const BORNO_GIRLS = [
  'مايدوغوري - أفرجت جماعة بوكو حرام عن 82 فتاة كانت تحتجزهن منذ ثلاث سنوات، وفق ما أعلنت الرئاسة النيجيرية.',
  'وأكدت الرئاسة أن 113 فتاة أخرى ما زلن في قبضة الجماعة.',
].join('\n\n');

const SAHEL_RECRUITS = [
  'باماكو - أفاد تقرير أممي بأن الجماعات المسلحة في مالي وبوركينا فاسو جندت ما لا يقل عن 600 طفل خلال عام.',
  'وأشار التقرير إلى أن 150 منهم جندوا في منطقة ليبتاكو غورما.',
].join('\n\n');

const HOL_IRAQIS = [
  'الحسكة - غادرت دفعة جديدة تضم 150 عائلة عراقية مخيم الهول متجهة إلى العراق.',
  'وقالت إدارة المخيم إن نحو 20 ألف عراقي ما زالوا في المخيم.',
].join('\n\n');

const BAGHDAD_VERDICTS = [
  'بغداد - أصدرت محكمة الجنايات المركزية أحكاما بالإعدام بحق 11 فرنسيا أدينوا بالانتماء إلى تنظيم داعش.',
  'وقال مصدر قضائي إن المحكمة نظرت أيضا في قضايا 44 امرأة أجنبية، بينهن 19 تركية.',
].join('\n\n');

const NINEVEH_TRIALS = [
  'الموصل - حكمت محكمة في نينوى على 5 أطفال بالسجن لمدة عامين بتهمة الانتماء إلى داعش.',
  'وقال محام إن أكثر من 300 طفل آخرين ما زالوا في مراكز احتجاز الأحداث.',
].join('\n\n');

const MARIB_CHILDREN = [
  'مأرب - قالت منظمة محلية إن 19 طفلا قتلوا في جبهات مأرب خلال الشهر الماضي بعد أن جندتهم جماعة الحوثي.',
  'وأشارت إلى أن أعمار القتلى لا تتجاوز 17 عاما.',
].join('\n\n');

/** Reports (defined above) the engine does not read fully yet. */
const REPORTS_NOT_YET = new Set<string>([
  // The camp the Iraqis remain in is placed in Syria, and also in Iraq, where the sentence before sends
  // the departing families (a move's destination is read as a zone the report's people are in).
  HOL_IRAQIS,
]);
const runReports = (probes: Probe[]) => runProbes('ar', probes, REPORTS_NOT_YET);

describe('Arabic reports, eighth round: Yemen, Somalia, Nigeria, the Sahel, the camps and the Iraqi courts', () => {
  runReports([
    [
      ADEN_CAMP,
      [
        {
          v: [27, 27],
          pop: 'children',
          aff: 'other',
          source: 'مسؤول في وزارة حقوق الإنسان اليمنية',
          age: [12, 16],
        },
      ],
    ],
    [
      BAIDOA_SHABAAB,
      [
        { v: [40, 40], pop: 'fighters', status: 'killed', aff: 'other', loc: ['SO'] },
        { v: [8, 8], pop: 'children', status: 'other', aff: 'other' },
      ],
    ],
    [
      BORNO_GIRLS,
      [
        { v: [82, 82], pop: 'children', aff: 'other', source: 'الرئاسة النيجيرية' },
        { v: [113, 113], pop: 'children', aff: 'other', source: 'الرئاسة' },
      ],
    ],
    [
      SAHEL_RECRUITS,
      [
        { v: [600, null], pop: 'children', status: 'joined' },
        { v: [150, 150], pop: 'children', status: 'joined' },
      ],
    ],
    [
      HOL_IRAQIS,
      [
        { v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' },
        { v: [20000, 20000], pop: 'people', origin: ['IQ'], status: 'present', loc: ['SY'] },
      ],
    ],
    [
      BAGHDAD_VERDICTS,
      [
        { v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained', aff: 'isis', loc: ['IQ'] },
        { v: [44, 44], pop: 'women', origin: ['region:foreign'], status: 'detained' },
        { v: [19, 19], pop: 'women', origin: ['TR'], status: 'detained' },
      ],
    ],
    [
      NINEVEH_TRIALS,
      [
        { v: [5, 5], pop: 'children', status: 'detained', aff: 'isis', loc: ['IQ'] },
        { v: [300, null], pop: 'children', status: 'detained', source: 'محام' },
      ],
    ],
    [
      MARIB_CHILDREN,
      [{ v: [19, 19], pop: 'children', status: 'killed', aff: 'other', loc: ['YE'], age: [null, 17] }],
    ],
  ]);
});

describe('Arabic mechanisms the eighth round showed, in short sentences', () => {
  run([
    // Ages in the next sentence, of "these children" or of "the dead" (the noun of what befell them).
    [
      'حررت القوات 14 طفلا.\n\nوقال الضابط إن أعمار هؤلاء الأطفال تتراوح بين 9 و15 عاما.',
      [{ v: [14, 14], pop: 'children', age: [9, 15] }],
    ],
    [
      'قتل 6 أطفال في القصف.\n\nوأوضح المستشفى أن أعمار القتلى لا تتجاوز 12 عاما.',
      [{ v: [6, 6], pop: 'children', status: 'killed', age: [null, 12] }],
    ],
    [
      'قتل 6 أطفال في القصف.\n\nوأوضح المستشفى أن أعمار الأطفال لا تتجاوز 12 عاما.',
      [{ v: [6, 6], pop: 'children', status: 'killed', age: [null, 12] }],
    ],
    // A batch said again (الدفعة، الرحلة) is of the people it was said to bring: their nationality and return.
    [
      'أعادت السلطات من سوريا رحلة تقل نساء كازاخيات وأطفالهن.\n\nوكانت الرحلة تقل 12 امرأة و31 طفلا.',
      [
        { v: [12, 12], pop: 'women', origin: ['KZ'], status: 'returned' },
        { v: [31, 31], pop: 'children', origin: ['KZ'], status: 'returned' },
      ],
    ],
    [
      'أعلنت السلطات وصول دفعة من الأطفال الطاجيك إلى دوشنبه. وتضم الدفعة 25 طفلا.',
      [{ v: [25, 25], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    // Held (تحتجز) with a prison after the last of two coordinated counts: both are detained; in a camp, present.
    [
      'تحتجز الشرطة 9 رجال سوريين و4 نساء عراقيات في سجن ببغداد.',
      [
        { v: [9, 9], pop: 'men', origin: ['SY'], status: 'detained' },
        { v: [4, 4], pop: 'women', origin: ['IQ'], status: 'detained' },
      ],
    ],
    [
      'تحتجز قسد 300 امرأة و500 طفل في مخيم روج.',
      [
        { v: [300, 300], pop: 'women', status: 'present' },
        { v: [500, 500], pop: 'children', status: 'present' },
      ],
    ],
    // A batch of a camp's name is no nationality: "مخيم الهول السوري" says where, not who.
    ['غادرت دفعة من مخيم الهول السوري. وتضم الدفعة 40 امرأة.', [{ v: [40, 40], pop: 'women' }]],
    // Heading home (متجهين إلى بلادهم) is coming back; heading to a war is going to it.
    [
      'غادرت 30 عائلة سورية مخيما في لبنان متجهة إلى سوريا.',
      [{ v: [30, 30], pop: 'families', origin: ['SY'], status: 'returned' }],
    ],
    [
      'غادر 40 مقاتلا تونسيا مدينة بنغازي متجهين إلى سوريا.',
      [{ v: [40, 40], pop: 'fighters', origin: ['TN'], status: 'joined' }],
    ],
  ]);
});
