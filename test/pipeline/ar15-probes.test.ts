// Arabic, fifteenth round: blind probes (invented sentences in the style of UN reports on children
// and armed conflict, Houthi recruitment news, al-Shabaab and Boko Haram reports, camp repatriation
// news from al-Hol and Roj, court news on returnees and Maghreb foreign fighters), written before
// looking at the dev errors. Numerals vary: words, digits, teens, post-posed, duals, ranges, bounds.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Fixed in this round (ar15-mechanisms.test.ts): none left open.
const open = new Set<string>([]);

describe('Arabic: UN children-and-armed-conflict phrasing', () => {
  runProbes(
    'ar',
    [
      [
        'وتحققت الأمم المتحدة من 1250 حالة لأطفال جُنِّدوا واستُخدموا من قبل أطراف النزاع.',
        [{ v: [1250, 1250], pop: 'children', status: 'joined' }],
      ],
      [
        'وتم التحقق من تجنيد واستخدام ما لا يقل عن 680 طفلا، بينهم 45 فتاة.',
        [
          { v: [680, null], pop: 'children', status: 'joined' },
          { v: [45, 45], pop: 'children', status: 'joined' },
        ],
      ],
      [
        'وظل 312 طفلا محرومين من الحرية لارتباطهم الفعلي أو المزعوم بالجماعات المسلحة.',
        [{ v: [312, 312], pop: 'children', status: 'detained' }],
      ],
      [
        'وأفاد التقرير بأن أربعة عشر طفلا قتلوا أثناء مشاركتهم في القتال.',
        [{ v: [14, 14], pop: 'children', status: 'killed' }],
      ],
      [
        'وأحصت البعثة ما بين 200 و250 طفلا في صفوف الجماعات المسلحة.',
        [{ v: [200, 250], pop: 'children', status: 'present' }],
      ],
      ['واختُطف 96 طفلا، استُخدم ثلثهم في القتال.', [{ v: [96, 96], pop: 'children' }]],
    ],
    open,
  );
});

describe('Arabic: Houthi child recruitment news', () => {
  runProbes(
    'ar',
    [
      [
        'واتهمت الحكومة اليمنية جماعة الحوثي بتجنيد أكثر من ثلاثين ألف طفل منذ بدء الحرب.',
        [{ v: [30000, null], pop: 'children', status: 'joined' }],
      ],
      [
        'وأعلنت قوات التحالف أسر 17 طفلا مجندا في جبهة حرض.',
        [{ v: [17, 17], pop: 'children', status: 'detained' }],
      ],
      [
        'وشيعت الجماعة في صنعاء جثامين ستة وعشرين طفلا سقطوا في جبهات القتال.',
        [{ v: [26, 26], pop: 'children', status: 'killed' }],
      ],
      [
        'وذكرت منظمة سام أن الحوثيين استقطبوا نحو ألف وخمسمائة طالب إلى المراكز الصيفية.',
        [{ v: [1500, 1500], pop: 'children', status: 'joined' }],
      ],
    ],
    open,
  );
});

describe('Arabic: al-Shabaab and Boko Haram', () => {
  runProbes(
    'ar',
    [
      [
        'وقتل الجيش الصومالي ثلاثة عشر مسلحا من حركة الشباب في منطقة جلب.',
        [{ v: [13, 13], pop: 'fighters', status: 'killed' }],
      ],
      ['وانشق 25 عنصرا من الشباب وسلموا أسلحتهم للقوات الحكومية.', [{ v: [25, 25], pop: 'fighters' }]],
      ['واختطفت بوكو حرام 276 تلميذة من مدرسة ثانوية في شيبوك.', [{ v: [276, 276], pop: 'children' }]],
      ['وأفرج عن 82 فتاة من الفتيات المختطفات في صفقة مع الجماعة.', [{ v: [82, 82], pop: 'children' }]],
      [
        'وقالت السلطات النيجيرية إن نحو 300 طالب خطفهم مسلحو بوكو حرام لا يزالون في عداد المفقودين.',
        [{ v: [300, 300], pop: 'children' }],
      ],
      [
        'وسلم 1800 من عناصر بوكو حرام أنفسهم إلى الجيش النيجيري مع عائلاتهم.',
        [{ v: [1800, 1800], pop: 'fighters', status: 'other' }],
      ],
    ],
    open,
  );
});

describe('Arabic: al-Hol and Roj repatriations', () => {
  runProbes(
    'ar',
    [
      [
        'وتسلمت الحكومة العراقية الدفعة الخامسة من مخيم الهول، وتضم 154 عائلة عراقية.',
        [{ v: [154, 154], pop: 'families', origin: ['IQ'], status: 'returned' }],
      ],
      [
        'وأعادت كازاخستان من مخيم روج 33 امرأة و88 طفلا.',
        [
          { v: [33, 33], pop: 'women', origin: ['KZ'], status: 'returned' },
          { v: [88, 88], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'وغادرت المخيم أمس قافلة تقل 61 عائلة سورية من أبناء دير الزور.',
        [{ v: [61, 61], pop: 'families', origin: ['SY'], not: 'joined' }],
      ],
      [
        'واستعادت أوزبكستان طفلين يتيمين من مخيم الهول.',
        [{ v: [2, 2], pop: 'children', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'ولا يزال في مخيم روج نحو 2600 امرأة وطفل أجنبي.',
        [{ v: [2600, 2600], pop: 'people', origin: ['region:foreign'], status: 'present' }],
      ],
      [
        'وأعيد إلى فرنسا 35 قاصرا و16 أما من المخيمات الكردية.',
        [
          { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
          { v: [16, 16], pop: 'women', origin: ['FR'], status: 'returned' },
        ],
      ],
      [
        'ووصلت الطائرة إلى طشقند وعلى متنها 93 طفلا و25 امرأة.',
        [
          // A return landing in a state's capital names the state bringing them back.
          { v: [93, 93], pop: 'children', origin: ['UZ'], status: 'returned' },
          { v: [25, 25], pop: 'women', origin: ['UZ'], status: 'returned' },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: courts and returnees', () => {
  runProbes(
    'ar',
    [
      [
        'وقضت محكمة الاستئناف في الرباط بسجن سبعة عائدين من سوريا.',
        [{ v: [7, 7], pop: 'people', status: 'detained' }],
      ],
      [
        'ومثل أمام محكمة جزائرية 12 جهاديا جزائريا عادوا من ليبيا.',
        [{ v: [12, 12], pop: 'fighters', origin: ['DZ'], status: 'detained' }],
      ],
      [
        'وأصدرت محكمة روسية أحكاما على 9 متهمين بتجنيد شبان لصالح داعش.',
        [{ v: [9, 9], pop: 'people', status: 'detained' }],
      ],
      [
        'وأدانت المحكمة 5 رجال التحقوا بتنظيم الدولة في العراق.',
        [{ v: [5, 5], pop: 'men', status: 'detained' }],
      ],
      [
        'وحكم القضاء التونسي على امرأتين عادتا من ليبيا بالسجن عشر سنوات.',
        [{ v: [2, 2], pop: 'women', status: 'detained' }],
      ],
    ],
    open,
  );
});

describe('Arabic: Maghreb foreign fighters', () => {
  runProbes(
    'ar',
    [
      [
        'ويقدر عدد المغاربة الذين التحقوا بالتنظيمات المتطرفة في سوريا والعراق بـ1659 شخصا.',
        [{ v: [1659, 1659], pop: 'people', origin: ['MA'], status: 'joined' }],
      ],
      [
        'وقال وزير الداخلية إن 800 تونسي عادوا من بؤر التوتر، وإن 150 منهم في السجون.',
        [
          { v: [800, 800], pop: 'people', origin: ['TN'], status: 'returned' },
          { v: [150, 150], pop: 'people', origin: ['TN'], status: 'detained' },
        ],
      ],
      [
        'وسافر إلى ليبيا ما يقارب ألفي شاب جزائري للقتال في صفوف داعش.',
        [{ v: [2000, 2000], pop: 'men', origin: ['DZ'], status: 'joined', aff: 'isis' }],
      ],
      [
        'وأحبطت السلطات المغربية سفر 60 شخصا كانوا ينوون الالتحاق بالتنظيم.',
        [{ v: [60, 60], pop: 'people', origin: [] }],
      ],
      [
        'وقتل نحو 300 مقاتل مغربي في سوريا، فيما عاد 260 آخرون.',
        [
          { v: [300, 300], pop: 'fighters', origin: ['MA'], status: 'killed' },
          { v: [260, 260], pop: 'fighters', origin: ['MA'], status: 'returned' },
        ],
      ],
      [
        'وبلغ عدد المقاتلين الليبيين في صفوف داعش نحو ثلاثة آلاف.',
        [{ v: [3000, 3000], pop: 'fighters', origin: ['LY'] }],
      ],
    ],
    open,
  );
});

describe('Arabic: the leftovers of earlier rounds, in new words', () => {
  runProbes(
    'ar',
    [
      [
        'وحكمت محكمة مغربية على 14 شخصا بتهمة الانتماء إلى خلية إرهابية.',
        [{ v: [14, 14], pop: 'people', origin: [], status: 'detained' }],
      ],
      [
        'واعتقلت الشرطة 8 أشخاص متهمين بتجنيد مسلحين للقتال في العراق.',
        [{ v: [8, 8], pop: 'people', status: 'detained' }],
      ],
      ['وأدانت المحكمة 3 نساء التحقن بأزواجهن في سوريا.', [{ v: [3, 3], pop: 'women', status: 'detained' }]],
      [
        'ويضم المخيم 11 ألف أجنبي من نحو 50 جنسية.',
        [{ v: [11000, 11000], pop: 'people', origin: ['region:foreign'] }],
      ],
      [
        'وأعلنت وزارة الخارجية الكازاخية أن عدد مواطنيها في سوريا يبلغ 500 شخص.',
        [{ v: [500, 500], pop: 'people', origin: ['KZ'] }],
      ],
      ['وغادرت 45 عائلة مخيم الهول متوجهة إلى الرقة.', [{ v: [45, 45], pop: 'families', not: 'joined' }]],
      [
        'وأعادت كازاخستان 14 امرأة و30 طفلا من سوريا، ووصلوا إلى ألماتي ليلا.',
        [
          { v: [14, 14], pop: 'women', origin: ['KZ'], status: 'returned' },
          { v: [30, 30], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'ووصل 40 طفلا إلى ألماتي قادمين من مخيمات سوريا.',
        // Arriving in a state's city from the camps: brought back by that state (as with its capital).
        [{ v: [40, 40], pop: 'children', origin: ['KZ'], status: 'returned' }],
      ],
    ],
    open,
  );
});
