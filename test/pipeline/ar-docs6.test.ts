// Arabic document probes, sixth round: whole reports (3-8 sentences) written for this test before
// looking at any dev report, in the styles Arabic sources use (agency wire, camp reporting from al-Hol
// and Roj, Yemen and the Houthis, Somalia, the Lake Chad basin, Maghreb returnees, UN summaries,
// HTS, Hezbollah and the Taliban, a column quoting researchers). They exercise what one sentence
// cannot: a speaker named once and carried by "وأضاف / وأوضح" until a new speaker or topic; counts
// with no noun resolved to an earlier group ("عاد منهم 260", "من بينهم", "بلغ عددهم"); an origin
// said of one group and not lent to others (victims, captives, opponents); the report's place vs the
// counted people's; a total and its parts; releases named in news prose.
// Expectations follow ../shared/eval/GUIDELINES.md; a field is checked only where the guideline is clear.
import { describe, it } from 'vitest';
import { checkReleases, runProbes, type Probe } from './probe-helpers.ts';

const TUNIS_MINISTER = [
  'تونس (وكالات) - قال وزير الداخلية التونسي إن نحو 3 آلاف تونسي سافروا إلى بؤر التوتر في سوريا والعراق وليبيا منذ عام 2011.',
  'وأضاف الوزير أمام البرلمان أن 800 منهم عادوا إلى البلاد، وأن السلطات أحالتهم على القضاء. وبحسب الوزير، قتل منهم نحو 1000 في المعارك.',
  'من جهة أخرى، أعلنت وزارة الدفاع مقتل أربعة جنود في انفجار لغم قرب الحدود الجزائرية.',
].join('\n\n');

const HOL_CAMP = [
  'مخيم الهول (سوريا) - يؤوي مخيم الهول في محافظة الحسكة نحو 56 ألف شخص، بحسب إدارة المخيم. ويشكل الأطفال أكثر من نصفهم.',
  'ويعيش في قسم آخر من المخيم قرابة ثمانية آلاف امرأة وطفل من جنسيات أجنبية.',
  'وقالت منظمة أنقذوا الأطفال إن 79 طفلا توفوا في المخيم منذ بداية العام، بينهم 12 طفلا دون الخامسة.',
].join('\n\n');

const YEMEN_EXPERTS = [
  'صنعاء - أفاد تقرير لفريق خبراء الأمم المتحدة بأن جماعة الحوثي جندت ما لا يقل عن 1406 أطفال منذ عام 2015.',
  'وذكر التقرير أن أعمار معظمهم تتراوح بين 11 و17 عاما. وقتل من هؤلاء الأطفال 562 طفلا في ساحات القتال خلال عامين.',
  'وفي سياق متصل، قالت الحكومة اليمنية إن قواتها أسرت 40 مقاتلا حوثيا في جبهة مأرب.',
].join('\n\n');

const SOMALIA_RAID = [
  'مقديشو - أعلن الجيش الصومالي أنه حرر 35 طفلا كانت حركة الشباب قد اختطفتهم من مدارس قرآنية في إقليم شبيلي السفلى.',
  'وقال قائد عسكري إن الأطفال كانوا في معسكر تدريب تابع للحركة. وأضاف أن العملية أسفرت عن مقتل 17 من عناصر الحركة، وأسر ثلاثة آخرين.',
  'وتقدر الأمم المتحدة أن الحركة جندت أكثر من 6 آلاف طفل خلال السنوات الخمس الماضية.',
].join('\n\n');

const BOKO_HARAM = [
  'أبوجا - قالت منظمة اليونيسف إن جماعة بوكو حرام استخدمت 117 طفلا في هجمات انتحارية في شمال شرق نيجيريا خلال عام 2017، أغلبهم من الفتيات.',
  'من جهة أخرى، أعلن الجيش النيجيري أن 1200 من عناصر تنظيم داعش في غرب أفريقيا استسلموا في ولاية بورنو خلال أسبوعين.',
].join('\n\n');

const MOROCCO_COLUMN = [
  'يرى الباحث المغربي محمد بن عيسى أن ملف العائدين من بؤر التوتر ما زال يؤرق الأجهزة الأمنية.',
  'ووفقا للمكتب المركزي للأبحاث القضائية، التحق 1659 مغربيا بالتنظيمات المتطرفة في سوريا والعراق، بينهم 290 امرأة و391 قاصرا.',
  'وعاد منهم إلى المغرب 260 شخصا، فيما لقي 745 حتفهم. ويضيف الباحث أن كثيرا من العائدين يعانون من صدمات نفسية.',
].join(' ');

const IRAQ_RETURNS = [
  'بغداد - أعلنت وزارة الهجرة العراقية، الثلاثاء، وصول دفعة جديدة من العائلات العراقية من مخيم الهول السوري إلى مخيم الجدعة جنوب الموصل.',
  'وقال المتحدث باسم الوزارة إن الدفعة تضم 150 عائلة، أي ما يقارب 600 شخص، معظمهم من النساء والأطفال.',
  'وأضاف أن عدد العائدين منذ بدء العملية بلغ أكثر من 9 آلاف شخص. وأشار إلى أن نحو 25 ألف عراقي ما زالوا في مخيم الهول.',
].join('\n\n');

const UN_ANNUAL = [
  'نيويورك - تحققت الأمم المتحدة في تقريرها السنوي عن الأطفال والنزاع المسلح من تجنيد واستخدام 7622 طفلا خلال عام 2022.',
  'كما قتل أو شوه 8631 طفلا في النزاعات حول العالم.',
  'وأوضح التقرير أن 2496 طفلا احتجزوا بسبب صلتهم الفعلية أو المزعومة بأطراف النزاع.',
].join(' ');

const IDLIB_HEZBOLLAH = [
  'إدلب - قالت مصادر محلية إن هيئة تحرير الشام جندت خلال الأشهر الستة الماضية نحو 300 قاصر في معسكرات بريف إدلب.',
  'وأكد المرصد السوري لحقوق الإنسان أن بين هؤلاء 45 طفلا من أبناء النازحين.',
  'وفي لبنان، نعى حزب الله ثمانية من عناصره قتلوا في غارات إسرائيلية جنوب البلاد.',
].join('\n\n');

const TALIBAN_KUNDUZ = [
  'كابول - اتهمت منظمة هيومن رايتس ووتش حركة طالبان بتجنيد أطفال في صفوفها.',
  'وقالت المنظمة إن الحركة دربت ما لا يقل عن مئة طفل في مدارس دينية بولاية قندوز، بعضهم لم يتجاوز 13 عاما.',
  'وبحسب مسؤولين أفغان، اعتقلت القوات الحكومية 22 طفلا كانوا يستعدون لتنفيذ هجمات انتحارية. وأضاف المسؤولون أن هؤلاء الأطفال نقلوا إلى مركز لإعادة التأهيل في كابول.',
].join('\n\n');

const KAZAKH_WIRE = [
  'أستانا (رويترز) - أعادت كازاخستان 47 من مواطنيها من مخيمات في شمال شرق سوريا، بينهم 30 طفلا و11 امرأة، حسبما أعلنت وزارة الخارجية الكازاخية الأربعاء.',
  'وبذلك يرتفع عدد من أعيدوا إلى البلاد منذ 2019 إلى 754 شخصا.',
  'وفي سياق آخر، قالت السلطات السورية إن هجوما لتنظيم داعش على حافلة في دير الزور أسفر عن مقتل 23 راكبا.',
].join('\n\n');

const BAGHDAD_COURT = [
  'بغداد - أصدرت المحكمة الجنائية المركزية في بغداد أحكاما بالسجن بحق 19 امرأة تركية بتهمة الانتماء إلى داعش.',
  'وقال مصدر قضائي إن المحكمة نظرت منذ بداية العام في قضايا أكثر من 500 أجنبية.',
  'وأضاف المصدر أن 108 أطفال يقيمون مع أمهاتهم في السجن، وأن السلطات تعمل على تسليمهم إلى بلدانهم.',
].join('\n\n');

const ROJ_HANDOVER = [
  'القامشلي - سلمت الإدارة الذاتية لشمال وشرق سوريا ٢٥ طفلا أوزبكيا من أبناء عناصر داعش إلى وفد من طشقند.',
  'وقال مسؤول في دائرة العلاقات الخارجية إن الأطفال يتامى، وإن أكبرهم يبلغ من العمر ١٢ عاما.',
  'ويقيم في مخيم روج حاليا نحو ٢٦٠٠ شخص من عائلات التنظيم، فيما يضم مخيم الهول أكثر من ٤٠ ألفا.',
].join('\n\n');

const LIBYA_MISRATA = [
  'طرابلس - أكد الهلال الأحمر الليبي أن 11 طفلا تونسيا من أبناء مقاتلي داعش ما زالوا في مركز رعاية بمدينة مصراتة.',
  'وكانت تونس قد استعادت في وقت سابق ستة أطفال يتامى آخرين.',
  'وبحسب منظمة هيومن رايتس ووتش، تحتجز السلطات الليبية أيضا 14 امرأة تونسية و7 نساء مصريات في سجن معيتيقة.',
].join('\n\n');

const IS_VIDEO = [
  'بث تنظيم داعش، الأحد، إصدارا مرئيا جديدا بعنوان "جيل التمكين" يظهر فيه 6 أطفال يرتدون الزي العسكري وهم يتدربون على السلاح.',
  'وقال الباحث في شؤون الجماعات المتطرفة حسن أبو هنية إن التنظيم يركز في دعايته على الأطفال منذ عام 2015.',
  'وكان التنظيم قد خصص العدد الثامن من مجلة دابق للحديث عن تربية الأشبال، كما نشر نشيدا بعنوان "صليل الصوارم".',
].join('\n\n');

const HOUTHI_CAMPS = [
  'عدن - اتهم وزير الإعلام اليمني جماعة الحوثي بإلحاق أكثر من 600 ألف طفل بالمراكز الصيفية التي تديرها في مناطق سيطرتها.',
  'وأوضح الوزير أن الجماعة نقلت من هذه المراكز آلاف الأطفال إلى جبهات القتال.',
  'من جانبه، قال مسؤول محلي في محافظة تعز إن طفلين قتلا الأسبوع الماضي بقذيفة أطلقها الحوثيون على حي سكني. وأضاف المسؤول أن ثلاثة أطفال آخرين أصيبوا في القصف نفسه.',
].join('\n\n');

const GROZNY_FLIGHT = [
  'موسكو - وصلت إلى مطار غروزني طائرة تقل أحد عشر طفلا روسيا أعيدوا من العراق، وفق ما أعلنت مفوضة حقوق الطفل الروسية.',
  'والأطفال الأحد عشر تتراوح أعمارهم بين ثلاث وعشر سنوات. أما أمهاتهم الروسيات الأربع فما زلن في سجون بغداد.',
  'وكانت روسيا قد أعادت في وقت سابق 122 طفلا من العراق وسوريا.',
].join('\n\n');

const LAKE_CHAD = [
  'نجامينا - أعلن الجيش التشادي أنه قتل 63 مسلحا من جماعة بوكو حرام في هجوم مضاد في منطقة بحيرة تشاد.',
  'وقال المتحدث باسم الجيش إن عدد الأسرى بلغ 15، من بينهم أربعة قاصرين جرى تسليمهم إلى منظمة اليونيسف.',
].join('\n\n');

const EGYPT_STUDY = [
  'القاهرة - كشفت دراسة لمركز الأهرام للدراسات أن المصريين الذين التحقوا بتنظيم داعش في سوريا والعراق بلغ عددهم نحو 600.',
  'وأشارت الدراسة إلى أن 120 منهم قتلوا في غارات التحالف.',
  'وفي سيناء، قتل مسلحون موالون للتنظيم 305 مصلين في هجوم على مسجد بمدينة بئر العبد.',
].join('\n\n');

/** Reports the engine does not read fully yet: kept as expected failures, so a fix shows. */
const NOT_YET = new Set<string>([
  // The batch (الدفعة) is resolved to the Iraqi families of the sentence before, but the 600 people in
  // apposition (أي ما يقارب) stay present, and the returnees' total (عدد العائدين) takes no origin.
  IRAQ_RETURNS,
  // The children living with the foreign women take the report's topic origin (its one Turkish count,
  // whose demonym counts twice as evidence: as the claim's origin and as a word of the report).
  BAGHDAD_COURT,
]);

const run = (probes: Probe[]) => runProbes('ar', probes, NOT_YET);

describe('Arabic reports: a speaker carried over paragraphs, and ended by a new one', () => {
  run([
    [
      TUNIS_MINISTER,
      [
        {
          v: [3000, 3000],
          pop: 'people',
          origin: ['TN'],
          status: 'joined',
          source: 'وزير الداخلية التونسي',
          loc: ['SY', 'IQ', 'LY'],
        },
        { v: [800, 800], pop: 'people', origin: ['TN'], status: 'returned', source: 'الوزير' },
        // Killed in the battles is killed fighting: the generic noun counts fighters (GUIDELINES.md).
        { v: [1000, 1000], pop: 'fighters', origin: ['TN'], status: 'killed', source: 'الوزير' },
        // A new topic: the soldiers are not the Tunisians who travelled, and the minister is not the source.
        { v: [4, 4], pop: 'fighters', status: 'killed', source: 'وزارة الدفاع' },
      ],
    ],
    [
      SOMALIA_RAID,
      [
        { v: [35, 35], pop: 'children', aff: 'other', source: 'الجيش الصومالي', loc: ['SO'] },
        { v: [17, 17], pop: 'fighters', status: 'killed', aff: 'other', source: 'قائد عسكري' },
        { v: [3, 3], pop: 'fighters', status: 'detained', aff: 'other', source: 'قائد عسكري' },
        { v: [6000, null], pop: 'children', status: 'joined', aff: 'other', source: 'الأمم المتحدة' },
      ],
    ],
    [
      HOUTHI_CAMPS,
      [
        {
          v: [600000, null],
          pop: 'children',
          aff: 'other',
          source: 'وزير الإعلام اليمني',
          loc: ['YE'],
          not: 'returned',
        },
        { v: [2, 2], pop: 'children', status: 'killed', source: 'مسؤول محلي في محافظة تعز' },
        { v: [3, 3], pop: 'children', status: 'other', source: 'المسؤول' },
      ],
    ],
    [
      IRAQ_RETURNS,
      [
        {
          v: [150, 150],
          pop: 'families',
          origin: ['IQ'],
          status: 'returned',
          source: 'المتحدث باسم الوزارة',
        },
        { v: [600, 600], pop: 'people', origin: ['IQ'], status: 'returned', source: 'المتحدث باسم الوزارة' },
        { v: [9000, null], pop: 'people', origin: ['IQ'], status: 'returned' },
        { v: [25000, 25000], pop: 'people', origin: ['IQ'], status: 'present', loc: ['SY'] },
      ],
    ],
    [
      TALIBAN_KUNDUZ,
      [
        { v: [100, null], pop: 'children', aff: 'taliban', loc: ['AF'], age: [null, null] },
        // Afghan officials are the source; the children's origin is not said.
        { v: [22, 22], pop: 'children', status: 'detained', source: 'مسؤولين أفغان', loc: ['AF'] },
      ],
    ],
  ]);
});

describe('Arabic reports: counts without a noun and parts of a total', () => {
  run([
    [
      MOROCCO_COLUMN,
      [
        {
          v: [1659, 1659],
          pop: 'people',
          origin: ['MA'],
          status: 'joined',
          source: 'المكتب المركزي للأبحاث القضائية',
          loc: ['SY', 'IQ'],
        },
        { v: [290, 290], pop: 'women', origin: ['MA'], status: 'joined' },
        { v: [391, 391], pop: 'children', origin: ['MA'], status: 'joined' },
        { v: [260, 260], pop: 'people', origin: ['MA'], status: 'returned' },
        { v: [745, 745], pop: 'people', origin: ['MA'], status: 'killed' },
      ],
    ],
    [
      EGYPT_STUDY,
      [
        { v: [600, 600], pop: 'people', origin: ['EG'], status: 'joined', aff: 'isis' },
        { v: [120, 120], pop: 'people', origin: ['EG'], status: 'killed' },
        // Victims of the group in Egypt: no origin from the report's topic.
        { v: [305, 305], pop: 'people', status: 'killed', aff: 'isis', loc: ['EG'] },
      ],
    ],
    [
      KAZAKH_WIRE,
      [
        { v: [47, 47], pop: 'people', origin: ['KZ'], status: 'returned' },
        { v: [30, 30], pop: 'children', origin: ['KZ'], status: 'returned' },
        { v: [11, 11], pop: 'women', origin: ['KZ'], status: 'returned' },
        { v: [754, 754], pop: 'people', origin: ['KZ'], status: 'returned' },
        { v: [23, 23], pop: 'people', status: 'killed', aff: 'isis', loc: ['SY'] },
      ],
    ],
    [
      LAKE_CHAD,
      [
        { v: [63, 63], pop: 'fighters', status: 'killed', aff: 'other', source: 'الجيش التشادي' },
        { v: [15, 15], pop: 'people', status: 'detained', source: 'المتحدث باسم الجيش' },
        { v: [4, 4], pop: 'children', source: 'المتحدث باسم الجيش' },
      ],
    ],
    [
      ROJ_HANDOVER,
      [
        { v: [25, 25], pop: 'children', origin: ['UZ'], status: 'returned' },
        { v: [2600, 2600], pop: 'people', status: 'present', loc: ['SY'] },
        { v: [40000, null], pop: 'people', status: 'present', loc: ['SY'] },
      ],
    ],
    [
      IDLIB_HEZBOLLAH,
      [
        {
          v: [300, 300],
          pop: 'children',
          status: 'joined',
          aff: 'al-nusra',
          source: 'مصادر محلية',
          loc: ['SY'],
        },
        { v: [45, 45], pop: 'children', aff: 'al-nusra', source: 'المرصد السوري لحقوق الإنسان' },
        // Another country, another group: no origin, no location or affiliation from Idlib.
        { v: [8, 8], pop: 'fighters', status: 'killed', aff: 'other', loc: ['LB'] },
      ],
    ],
  ]);
});

describe('Arabic reports: origin and place of one group not lent to another', () => {
  run([
    [
      HOL_CAMP,
      [
        { v: [56000, 56000], pop: 'people', status: 'present', source: 'إدارة المخيم', loc: ['SY'] },
        { v: [8000, 8000], pop: 'people', origin: ['region:foreign'], status: 'present' },
        { v: [79, 79], pop: 'children', status: 'killed', source: 'منظمة أنقذوا الأطفال' },
        { v: [12, 12], pop: 'children', status: 'killed', age: [null, 4] },
      ],
    ],
    [
      YEMEN_EXPERTS,
      [
        { v: [1406, null], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'] },
        { v: [562, 562], pop: 'children', status: 'killed', aff: 'other' },
        // Houthi is a group, not a nationality.
        { v: [40, 40], pop: 'fighters', status: 'detained', aff: 'other', source: 'الحكومة اليمنية' },
      ],
    ],
    [
      BOKO_HARAM,
      [
        // "Most of them girls" does not change the counted noun.
        { v: [117, 117], pop: 'children', aff: 'other', loc: ['NG'] },
        { v: [1200, 1200], pop: 'fighters', aff: 'isis', source: 'الجيش النيجيري', loc: ['NG'] },
      ],
    ],
    [
      BAGHDAD_COURT,
      [
        { v: [19, 19], pop: 'women', origin: ['TR'], status: 'detained', aff: 'isis', loc: ['IQ'] },
        { v: [500, null], pop: 'women', origin: ['region:foreign'], source: 'مصدر قضائي' },
        { v: [108, 108], pop: 'children', source: 'المصدر' },
      ],
    ],
    [
      LIBYA_MISRATA,
      [
        {
          v: [11, 11],
          pop: 'children',
          origin: ['TN'],
          status: 'present',
          loc: ['LY'],
          source: 'الهلال الأحمر الليبي',
        },
        { v: [6, 6], pop: 'children', origin: ['TN'], status: 'returned' },
        { v: [14, 14], pop: 'women', origin: ['TN'], status: 'detained', loc: ['LY'] },
        { v: [7, 7], pop: 'women', origin: ['EG'], status: 'detained', loc: ['LY'] },
      ],
    ],
    [
      GROZNY_FLIGHT,
      [
        {
          v: [11, 11],
          pop: 'children',
          origin: ['RU'],
          status: 'returned',
          age: [3, 10],
          source: 'مفوضة حقوق الطفل الروسية',
        },
        { v: [4, 4], pop: 'women', origin: ['RU'], status: 'detained', loc: ['IQ'] },
        { v: [122, 122], pop: 'children', origin: ['RU'], status: 'returned' },
      ],
    ],
    [
      UN_ANNUAL,
      [
        { v: [7622, 7622], pop: 'children', status: 'joined', source: 'الأمم المتحدة' },
        { v: [8631, 8631], pop: 'children', status: 'other' },
        { v: [2496, 2496], pop: 'children', status: 'detained', source: 'التقرير' },
      ],
    ],
  ]);
});

describe('Arabic reports: releases named in news prose', () => {
  run([[IS_VIDEO, [{ v: [6, 6], pop: 'children', status: 'featured', aff: 'isis' }]]]);
  it('titles a video, a magazine issue numbered in words and a nasheed', () =>
    checkReleases('ar', IS_VIDEO, [
      ['video', 'جيل التمكين'],
      ['magazine', 'دابق 8'],
      ['audio', 'صليل الصوارم'],
    ]));
});

describe('Arabic mechanisms the reports showed, in short sentences', () => {
  // A title marker after another medium names that medium, not the magazine issue before it.
  it('keeps a magazine issue when a titled video follows it', () =>
    checkReleases('ar', 'وخصص التنظيم العدد الثالث من مجلة رومية للأطفال، ونشر شريطا بعنوان "فتية الجنة".', [
      ['magazine', 'رومية 3'],
      ['video', 'فتية الجنة'],
    ]));
  run([
    // The plural past of dying, and of holding (active or passive).
    ['وقالت المنظمة إن 30 طفلا توفوا في المخيم.', [{ v: [30, 30], pop: 'children', status: 'killed' }]],
    ['وأكد التقرير أن 50 طفلا احتجزوا في سجون سرية.', [{ v: [50, 50], pop: 'children', status: 'detained' }]],
    // Taking captive, with the subject's suffix.
    ['وأسرت القوات 12 مقاتلا في الهجوم.', [{ v: [12, 12], pop: 'fighters', status: 'detained' }]],
    // Its members, with a pronoun suffix.
    ['ونعت الجماعة خمسة من عناصرها.', [{ v: [5, 5], pop: 'fighters' }]],
    // Passengers as victims.
    ['وقتل 14 راكبا في الهجوم.', [{ v: [14, 14], pop: 'people', status: 'killed' }]],
    // Aden as a dateline is no return.
    [
      'عدن - قالت منظمة محلية إن 40 طفلا جندوا في المحافظة.',
      [{ v: [40, 40], pop: 'children', status: 'joined' }],
    ],
    // The audience before whom the speaker spoke is not part of its name.
    [
      'وقال الوزير أمام الصحفيين إن 30 مقاتلا قتلوا.',
      [{ v: [30, 30], pop: 'fighters', status: 'killed', source: 'الوزير' }],
    ],
    // A clause beside the one before, its noun left out.
    [
      'ويضم السجن الأول 300 مقاتل، بينما يضم الثاني 450.',
      [
        { v: [300, 300], pop: 'fighters' },
        { v: [450, 450], pop: 'fighters' },
      ],
    ],
    // A part after "بينهم" shares the whole's status, and its lack of origin.
    [
      'وقتل 40 مدنيا في السوق، بينهم 9 أطفال.',
      [
        { v: [40, 40], pop: 'people', status: 'killed' },
        { v: [9, 9], pop: 'children', status: 'killed' },
      ],
    ],
    // Other people in the next sentence do not continue the origin of the count before.
    [
      'وقال مصدر إن السلطات تحتجز أكثر من 500 أجنبية. وأضاف أن 108 أطفال يقيمون معهن.',
      [
        { v: [500, null], pop: 'women', origin: ['region:foreign'] },
        { v: [108, 108], pop: 'children' },
      ],
    ],
    // The ages said with the count repeated in the next sentence are the count's.
    [
      'وأعيد أحد عشر طفلا روسيا من العراق. والأطفال الأحد عشر تتراوح أعمارهم بين ثلاث وعشر سنوات.',
      [{ v: [11, 11], pop: 'children', origin: ['RU'], status: 'returned', age: [3, 10] }],
    ],
    // Another event is placed where its own sentence says, not nowhere.
    [
      'وفي سياق آخر، قالت السلطات إن هجوما على حافلة في دير الزور أسفر عن مقتل 23 راكبا.',
      [{ v: [23, 23], pop: 'people', status: 'killed', loc: ['SY'] }],
    ],
    // "The movement" in a later sentence is the group the report named first.
    [
      'أعلنت حركة الشباب مسؤوليتها عن الهجوم. وقال شهود إن المهاجمين فروا. وأضاف الشهود أن السكان خائفون. وذكرت الشرطة أن الحركة جندت 200 طفل.',
      [{ v: [200, 200], pop: 'children', status: 'joined', aff: 'other' }],
    ],
  ]);
});
