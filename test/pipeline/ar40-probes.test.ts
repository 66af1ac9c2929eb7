// Arabic, round 40: blind probes in styles not stressed before: Syrian opposition and Kurdish news sites
// with their "outlet – place:" datelines (عنب بلدي، نورث برس، هاوار), Iraqi parliament and security media
// cell statements (خلية الإعلام الأمني، لجنة الأمن والدفاع النيابية), Yemeni government statements on
// Houthi child recruitment (اتهمت الحكومة الميليشيا الحوثية بتجنيد), Eastern Arabic digits with the
// Arabic thousands separator (٣٬٥٠٠، ٢٬٠٠٠) or none (١٢٠٠), counts after a "عدد" frame far from the
// number, tanween (طفلاً، مقاتلاً), counts in brackets before their noun ((٢٥٠) طفلاً), genitive chains
// (أطفال مقاتلي داعش، عدد مقاتلي داعش الأجانب) and relative clauses after the count (ممن، الذين).
// Fixed in this round (ar40-mechanisms.test.ts): a bracketed figure before its noun, a colon-closed
// dateline before the verb of saying, a group noun opening the accused's name, وجود as the deed a
// speaker announces, the nationality after the group a frame's noun governs.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // Syrian opposition and Kurdish sites: the dateline is "outlet – place:".
  [
    'عنب بلدي – ريف حلب: قالت مصادر محلية لعنب بلدي إن فصيلا معارضا احتجز ١٢ طفلاً من مخيم في ريف عفرين.',
    [{ v: [12, 12], pop: 'children', status: 'detained', loc: ['SY'], source: 'مصادر محلية' }],
  ],
  [
    'نورث برس – الحسكة: سلمت الإدارة الذاتية ٢٣ طفلاً من أطفال مقاتلي داعش إلى وفد من أوزبكستان.',
    [{ v: [23, 23], pop: 'children', origin: ['UZ'], status: 'returned', aff: 'isis' }],
  ],
  [
    'هاوار – قامشلو: أعلنت دائرة العلاقات الخارجية تسليم ٧ نساء و١٨ طفلا من عائلات داعش إلى مندوب عن طاجيكستان.',
    [
      {
        v: [7, 7],
        pop: 'women',
        origin: ['TJ'],
        status: 'returned',
        aff: 'isis',
        source: 'دائرة العلاقات الخارجية',
      },
      {
        v: [18, 18],
        pop: 'children',
        origin: ['TJ'],
        status: 'returned',
        aff: 'isis',
        source: 'دائرة العلاقات الخارجية',
      },
    ],
  ],
  [
    'وذكرت عنب بلدي أن عدد الأطفال الذين جندتهم قوات سوريا الديمقراطية منذ مطلع العام بلغ، وفق إحصائية لمنظمة حقوقية، ٤٥ طفلا.',
    [{ v: [45, 45], pop: 'children', status: 'joined' }],
  ],
  [
    'وقتل ١٥ مقاتلاً من هيئة تحرير الشام في قصف على ريف إدلب، بحسب عنب بلدي.',
    [{ v: [15, 15], pop: 'fighters', status: 'killed', aff: 'al-nusra', loc: ['SY'], source: 'عنب بلدي' }],
  ],
  [
    'ونقلت نورث برس عن مسؤول في المخيم أن ٦٠ امرأة ممن يحملن الجنسية الفرنسية ما زلن في المخيم.',
    [{ v: [60, 60], pop: 'women', origin: ['FR'], status: 'present', source: 'مسؤول في المخيم' }],
  ],
  [
    'وأحصت الإدارة الذاتية وجود أكثر من ٨ آلاف طفل أجنبي في مخيمي الهول وروج.',
    [
      {
        v: [8000, null],
        pop: 'children',
        origin: ['region:foreign'],
        status: 'present',
        loc: ['SY'],
        source: 'الإدارة الذاتية',
      },
    ],
  ],
  [
    'وتحتجز قسد نحو ٢٬٠٠٠ مقاتل أجنبي في سجن غويران بالحسكة.',
    [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained', loc: ['SY'] }],
  ],
  [
    'ويقدر عدد مقاتلي داعش الأجانب المحتجزين في سجون قسد بنحو ٢٠٠٠ مقاتل.',
    [
      {
        v: [2000, 2000],
        pop: 'fighters',
        origin: ['region:foreign'],
        status: 'detained',
        aff: 'isis',
        loc: ['SY'],
      },
    ],
  ],
  [
    'وأفرجت قوات سوريا الديمقراطية عن ٢٥ عنصرا سابقا في داعش بكفالة عشائرية.',
    [{ v: [25, 25], pop: 'fighters', status: 'other', aff: 'isis' }],
  ],
  [
    'وسلمت قسد ١٢ امرأة و٢٥ طفلا من الجنسية الفرنسية إلى وفد فرنسي.',
    [
      { v: [12, 12], pop: 'women', origin: ['FR'], status: 'returned' },
      { v: [25, 25], pop: 'children', origin: ['FR'], status: 'returned' },
    ],
  ],
  [
    'وأعادت روسيا ٣٥ طفلاً من أبناء مقاتلي داعش الروس من مخيم روج.',
    [{ v: [35, 35], pop: 'children', origin: ['RU'], status: 'returned', aff: 'isis', loc: ['SY'] }],
  ],
  [
    'ويضم المخيم ٥٠٠ طفل ممن ولدوا في سوريا لآباء من مقاتلي داعش.',
    [{ v: [500, 500], pop: 'children', status: 'present', aff: 'isis' }],
  ],
  // Iraqi security media cell, parliament and courts.
  [
    'أفادت خلية الإعلام الأمني بمقتل ٥ إرهابيين من عصابات داعش بضربة جوية في وادي الشاي.',
    [{ v: [5, 5], pop: 'fighters', status: 'killed', aff: 'isis', source: 'خلية الإعلام الأمني' }],
  ],
  [
    'وأعلنت خلية الإعلام الأمني إلقاء القبض على ٣ مقاتلين من داعش في كركوك.',
    [
      {
        v: [3, 3],
        pop: 'fighters',
        status: 'detained',
        aff: 'isis',
        loc: ['IQ'],
        source: 'خلية الإعلام الأمني',
      },
    ],
  ],
  [
    'بغداد: أعلنت خلية الإعلام الأمني اعتقال ٤ إرهابيين في الأنبار.',
    [{ v: [4, 4], pop: 'fighters', status: 'detained', loc: ['IQ'], source: 'خلية الإعلام الأمني' }],
  ],
  [
    'وتمكنت القوات الأمنية من قتل ثلاثة إرهابيين واعتقال اثنين آخرين في صلاح الدين، بحسب بيان لخلية الإعلام الأمني.',
    [
      { v: [3, 3], pop: 'fighters', status: 'killed' },
      { v: [2, 2], pop: 'fighters', status: 'detained' },
    ],
  ],
  [
    'وقالت خلية الإعلام الأمني إن طيران الجيش قتل ٧ مقاتلين من داعش، بينهم ٣ انتحاريين، في جبال حمرين.',
    [
      { v: [7, 7], pop: 'fighters', status: 'killed', aff: 'isis', source: 'خلية الإعلام الأمني' },
      { v: [3, 3], pop: 'fighters', status: 'killed', aff: 'isis' },
    ],
  ],
  [
    'وصوت مجلس النواب العراقي على قانون يخص إعادة ٣٬٥٠٠ عراقي من مخيم الهول.',
    [{ v: [3500, 3500], pop: 'people', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وقالت لجنة الأمن والدفاع النيابية إن الحكومة أعادت ١٢٠٠ عائلة من مخيم الهول حتى الآن.',
    [{ v: [1200, 1200], pop: 'families', status: 'returned', source: 'لجنة الأمن والدفاع النيابية' }],
  ],
  [
    'وكشف مصدر أمني عراقي أن عدد العراقيين العائدين من الهول في الدفعة الأخيرة بلغ ١٥٠ عائلة.',
    [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned', source: 'مصدر أمني عراقي' }],
  ],
  [
    'وأعلن مجلس النواب العراقي أن عدد المعتقلين بتهمة الانتماء لداعش، والذين صدرت بحقهم أحكام نهائية، تجاوز ٢٠ ألف معتقل.',
    [{ v: [20000, null], pop: 'people', status: 'detained', aff: 'isis', source: 'مجلس النواب العراقي' }],
  ],
  [
    'وأصدرت محكمة جنايات الكرخ أحكاما بالسجن على ٢٠ امرأة أجنبية أدينت بالانتماء إلى داعش.',
    [{ v: [20, 20], pop: 'women', origin: ['region:foreign'], status: 'detained', aff: 'isis' }],
  ],
  [
    'وسلمت السلطات العراقية ١٨ طفلاً تركياً من أبناء عناصر داعش إلى السفارة التركية في بغداد.',
    [{ v: [18, 18], pop: 'children', origin: ['TR'], status: 'returned', aff: 'isis', loc: ['IQ'] }],
  ],
  [
    'وأعادت الحكومة العراقية (١٥٠) عائلة من مخيم الهول إلى مخيم الجدعة.',
    [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' }],
  ],
  // Yemeni government statements on Houthi recruitment of children.
  [
    'وقالت وزارة حقوق الإنسان اليمنية إن جماعة الحوثي جندت أكثر من ٣٠ ألف طفل منذ بداية الحرب.',
    [
      {
        v: [30000, null],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'وزارة حقوق الإنسان اليمنية',
      },
    ],
  ],
  [
    'واتهمت الحكومة اليمنية الميليشيا الحوثية بتجنيد (٢٥٠) طفلاً في محافظة ذمار خلال شهر واحد.',
    [
      {
        v: [250, 250],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        loc: ['YE'],
        source: 'الحكومة اليمنية',
      },
    ],
  ],
  [
    'وأكد وزير الإعلام اليمني مقتل ٢٠٠ طفل ممن جندتهم ميليشيا الحوثي في جبهات مأرب.',
    [
      {
        v: [200, 200],
        pop: 'children',
        status: 'killed',
        aff: 'other',
        loc: ['YE'],
        source: 'وزير الإعلام اليمني',
      },
    ],
  ],
  [
    'وبلغ عدد الأطفال المجندين في صفوف الحوثيين، بحسب تقرير حكومي، نحو ١٠ آلاف طفل.',
    [{ v: [10000, 10000], pop: 'children', status: 'joined', aff: 'other', source: 'تقرير حكومي' }],
  ],
  [
    'وأطلق الحوثيون سراح ٤٠ طفلاً من الأسرى الذين جندوهم في معارك الساحل الغربي.',
    [{ v: [40, 40], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وأكدت هيئة الأسرى في عدن أن أكثر من ٧٠ طفلا ممن جندهم الحوثيون وقعوا في الأسر.',
    [{ v: [70, null], pop: 'children', status: 'detained', aff: 'other', source: 'هيئة الأسرى في عدن' }],
  ],
  [
    'وأكدت الحكومة اليمنية أن ١٥٠ طفلاً ممن جندهم الحوثيون قتلوا في معارك الحديدة.',
    [{ v: [150, 150], pop: 'children', status: 'killed', aff: 'other', source: 'الحكومة اليمنية' }],
  ],
  [
    'واستقبل مركز التأهيل في مأرب (٣٥) طفلاً من المجندين الذين فروا من صفوف الحوثيين.',
    [{ v: [35, 35], pop: 'children', loc: ['YE'] }],
  ],
  // Central Asian repatriations with the figure in brackets.
  [
    'واستعادت كازاخستان (٦٠٠) من مواطنيها، معظمهم من النساء والأطفال، من سوريا.',
    [{ v: [600, 600], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأعادت أوزبكستان (٩٨) طفلا من سوريا.',
    [{ v: [98, 98], pop: 'children', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
  ],
];

const OPEN = new Set<string>([
  // A figure in brackets before a partitive "من مواطنيها" is not read at all (the partitive wants the
  // number right before it).
  'واستعادت كازاخستان (٦٠٠) من مواطنيها، معظمهم من النساء والأطفال، من سوريا.',
]);

describe('Arabic: round 40 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
