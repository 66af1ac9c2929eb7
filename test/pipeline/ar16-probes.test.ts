// Arabic, sixteenth round: blind probes (invented sentences in the style of Libyan and Sudanese news on
// foreign fighters and detainees, Iraqi court statements, statements of the Kurdish-led administration
// on al-Hol and Roj, Houthi summer camps, abductions in Nigeria and the Sahel, UN statements in Arabic),
// written before looking at the dev errors. Numerals vary: words (teens, tens), digits glued to words,
// Arabic-Indic digits, ranges, bounds and hedges; origins by nisba, من أصول, يحملون الجنسية, رعاياها.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Fixed in this round (ar16-mechanisms.test.ts): من أصول and الجنسية of a country at war, المدانات,
// قتالهم. Still open:
const open = new Set<string>([
  // "foreign fighters from Sudan" under a deportation: a return from a war zone names no origin, and
  // "deported from Libya" reads the same; only Chad is kept.
  'وأعلنت حكومة الوحدة الوطنية في طرابلس ترحيل 43 مقاتلا أجنبيا من السودان وتشاد.',
  // The batch's nationality, said in the same sentence, does not reach its count (وتضم 412 شخصا); the
  // ordinal (الدفعة العشرون) is no longer read as a count.
  'وخرجت من مخيم الهول الدفعة العشرون من العائلات السورية، وتضم 412 شخصا.',
  // The whole after "من أصل" takes no noun.
  'ولا تزال 110 تلميذات من أصل 276 في قبضة الجماعة.',
]);

describe('Arabic: Libya and Sudan, foreign fighters and detainees', () => {
  runProbes(
    'ar',
    [
      [
        'وأعلنت حكومة الوحدة الوطنية في طرابلس ترحيل 43 مقاتلا أجنبيا من السودان وتشاد.',
        [{ v: [43, 43], pop: 'fighters', origin: ['SD', 'TD'] }],
      ],
      [
        'وتحتجز قوة الردع في سجن معيتيقة قرابة ألف وثلاثمائة عنصر من داعش، بينهم نساء وأطفال.',
        [{ v: [1300, 1300], pop: 'fighters', status: 'detained', aff: 'isis' }],
      ],
      [
        'وقالت الخارجية السودانية إن 11 سودانيا لقوا حتفهم في ليبيا أثناء قتالهم مع التنظيم.',
        [{ v: [11, 11], pop: 'fighters', origin: ['SD'], status: 'killed' }],
      ],
      [
        'وكشف مصدر أمني ليبي أن ما يزيد على 200 مرتزق من أصول سودانية وتشادية يقاتلون في الجنوب.',
        [{ v: [200, null], pop: 'fighters', origin: ['SD', 'TD'], status: 'present' }],
      ],
      [
        'وأكد المتحدث أن بين المعتقلين 19 تونسيا و7 مصريين.',
        [
          { v: [19, 19], pop: 'people', origin: ['TN'], status: 'detained' },
          { v: [7, 7], pop: 'people', origin: ['EG'], status: 'detained' },
        ],
      ],
      [
        'وأوقفت قوات الأمن السودانية أحد عشر شخصا يحملون الجنسية الإريترية.',
        [{ v: [11, 11], pop: 'people', origin: ['ER'], status: 'detained' }],
      ],
      [
        'وتسلمت الخرطوم 18 امرأة من رعاياها المحتجزات في ليبيا.',
        [{ v: [18, 18], pop: 'women', origin: ['SD'], status: 'returned' }],
      ],
      [
        'وقدرت الاستخبارات عدد المقاتلين المغاربيين في ليبيا بحوالي1500 مقاتل.',
        [{ v: [1500, 1500], pop: 'fighters', origin: [] }],
      ],
      [
        'وتمكنت قوات الأمن من تحرير ثلاثين رهينة كانوا محتجزين لدى التنظيم.',
        [{ v: [30, 30], pop: 'people' }],
      ],
    ],
    open,
  );
});

describe('Arabic: Iraqi courts', () => {
  runProbes(
    'ar',
    [
      [
        'وأصدرت محكمة الجنايات المركزية في بغداد أحكاما بالإعدام على ١٢ مدانا بالانتماء إلى داعش.',
        [{ v: [12, 12], pop: 'people', status: 'detained', aff: 'isis' }],
      ],
      [
        'وقال مجلس القضاء الأعلى إن المحاكم نظرت في قضايا 345 متهما أجنبيا خلال العام الماضي.',
        [{ v: [345, 345], pop: 'people', origin: ['region:foreign'], status: 'detained' }],
      ],
      [
        'وأدين خمسة عشر فرنسيا بتهمة الانضمام إلى تنظيم الدولة وحكم عليهم بالإعدام شنقا.',
        [{ v: [15, 15], pop: 'people', origin: ['FR'], status: 'detained' }],
      ],
      [
        'وبلغ عدد المدانات من حملة الجنسية التركية 188 امرأة.',
        [{ v: [188, 188], pop: 'women', origin: ['TR'], status: 'detained' }],
      ],
      [
        'وحكمت محكمة تلعفر على نحو 40 امرأة روسية بالسجن المؤبد.',
        [{ v: [40, 40], pop: 'women', origin: ['RU'], status: 'detained' }],
      ],
    ],
    open,
  );
});

describe('Arabic: the Kurdish-led administration, al-Hol and Roj', () => {
  runProbes(
    'ar',
    [
      [
        'وسلمت الإدارة الذاتية لشمال وشرق سوريا 12 طفلا يتيما إلى وفد من وزارة الخارجية النرويجية.',
        [{ v: [12, 12], pop: 'children', origin: ['NO'], status: 'returned' }],
      ],
      [
        'وأعلنت الإدارة الذاتية عبر دائرة علاقاتها الخارجية إعادة 118 شخصا من الجنسية الأوزبكية، أكثرهم أطفال.',
        [{ v: [118, 118], pop: 'people', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'ويقيم في مخيم روج زهاء ٢٦٠٠ شخص من عائلات التنظيم.',
        [{ v: [2600, 2600], pop: 'people', status: 'present' }],
      ],
      [
        'وخرجت من مخيم الهول الدفعة العشرون من العائلات السورية، وتضم 412 شخصا.',
        [{ v: [412, 412], pop: 'people', origin: ['SY'] }],
      ],
      [
        'وقالت الإدارة الذاتية إن المخيم يؤوي أكثر من 8 آلاف طفل أجنبي ينحدرون من أكثر من 60 بلدا.',
        [{ v: [8000, null], pop: 'children', origin: ['region:foreign'], status: 'present' }],
      ],
      [
        'وأفرجت الإدارة الذاتية عن 63 سوريا من نزلاء المخيم بكفالة عشائرية.',
        [{ v: [63, 63], pop: 'people', origin: ['SY'] }],
      ],
    ],
    open,
  );
});

describe('Arabic: Houthi summer camps', () => {
  runProbes(
    'ar',
    [
      [
        'وأعلنت الجماعة التحاق أكثر من ستمائة ألف طالب وطالبة بالمراكز الصيفية هذا العام.',
        [{ v: [600000, null], pop: 'children', status: 'joined' }],
      ],
      [
        'وتقول منظمات حقوقية إن الحوثيين جندوا عبر المراكز الصيفية ما بين ١٠ آلاف و١٥ ألف طفل.',
        [{ v: [10000, 15000], pop: 'children', status: 'joined' }],
      ],
      [
        'وقتل تسعة عشر طفلا من خريجي المراكز الصيفية في جبهة مأرب خلال شهر واحد.',
        [{ v: [19, 19], pop: 'children', status: 'killed' }],
      ],
      [
        'ودفعت الجماعة بقرابة 70 فتى دون الخامسة عشرة إلى الجبهات.',
        [{ v: [70, 70], pop: 'children', age: [null, 14] }],
      ],
    ],
    open,
  );
});

describe('Arabic: abductions in Nigeria and the Sahel', () => {
  runProbes(
    'ar',
    [
      [
        'واختطف مسلحون مجهولون ثلاثمائة وسبع عشرة تلميذة من مدرسة داخلية في ولاية زمفارا.',
        [{ v: [317, 317], pop: 'children' }],
      ],
      [
        'وأطلق الخاطفون سراح ٢٧ تلميذا بعد أسبوعين من اختطافهم في ولاية النيجر.',
        [{ v: [27, 27], pop: 'children' }],
      ],
      [
        'وقتل مسلحو جماعة نصرة الإسلام والمسلمين نحو خمسين مدنيا في بوركينا فاسو.',
        [{ v: [50, 50], pop: 'people', status: 'killed' }],
      ],
      ['وأعلن الجيش المالي تحييد 24 إرهابيا في منطقة موبتي.', [{ v: [24, 24], pop: 'fighters' }]],
      [
        'ولا تزال 110 تلميذات من أصل 276 في قبضة الجماعة.',
        [
          { v: [110, 110], pop: 'children' },
          { v: [276, 276], pop: 'children' },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: UN statements', () => {
  runProbes(
    'ar',
    [
      [
        'وأفاد الأمين العام في تقريره بأن 1,406 أطفال جندوا في الصومال، ويعزى معظمهم إلى حركة الشباب.',
        [{ v: [1406, 1406], pop: 'children', status: 'joined' }],
      ],
      [
        'وأعربت اللجنة عن قلقها إزاء احتجاز نحو 27 ألف طفل في مخيمات شمال شرق سوريا، منهم ثمانية آلاف من جنسيات أجنبية.',
        [
          { v: [27000, 27000], pop: 'children' },
          { v: [8000, 8000], pop: 'children', origin: ['region:foreign'] },
        ],
      ],
      [
        'ودعا المقرر الخاص الدول إلى إعادة رعاياها البالغ عددهم زهاء 10 آلاف امرأة وطفل.',
        [{ v: [10000, 10000], pop: 'people' }],
      ],
    ],
    open,
  );
});

describe('Arabic: origins the guideline does not give (leftovers of earlier rounds)', () => {
  runProbes(
    'ar',
    [
      // The speaker's nationality is not the counted people's origin; "its nationals" is.
      [
        'وقدرت السلطات التونسية عدد المقاتلين في بؤر التوتر بنحو 3000.',
        [{ v: [3000, 3000], pop: 'fighters', origin: [] }],
      ],
      [
        'وقدرت السلطات التونسية عدد مواطنيها في بؤر التوتر بنحو 3000.',
        [{ v: [3000, 3000], pop: 'people', origin: ['TN'] }],
      ],
      // "From N countries" does not say the people are foreign (a camp holds its own country's people too).
      [
        'وقال المرصد إن التنظيم يضم نحو 5000 مقاتل ينحدرون من أكثر من 50 بلدا.',
        [{ v: [5000, 5000], pop: 'fighters', origin: [] }],
      ],
    ],
    open,
  );
});
