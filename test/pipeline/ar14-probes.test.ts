// Arabic, fourteenth round: blind probes (invented sentences in the style of Iraqi and Syrian
// government statements, Yemeni and Somali news, UN CAAC language, court reports on foreign fighters
// and camp statistics), written before looking at the dev errors.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Fixed in the fifteenth round (ar15-mechanisms.test.ts): a court's nationality, recruiters charged,
// the court's verb before the count, السورية after families, "عدد مواطنيها".
const open = new Set<string>([
  // "من 60 دولة", "القسم الخاص بالأجانب": foreigners said outside the counted phrase.
  'ويضم القسم الخاص بالأجانب في المخيم قرابة 8 آلاف امرأة وطفل من 60 دولة.',
]);

describe('Arabic: Iraqi and Syrian government statements', () => {
  runProbes(
    'ar',
    [
      [
        'وأعلنت وزارة الهجرة العراقية إعادة 612 عائلة عراقية من مخيم الهول إلى مخيم الجدعة.',
        [{ v: [612, 612], pop: 'families', origin: ['IQ'], status: 'returned' }],
      ],
      [
        'وقال مستشار الأمن القومي إن العراق استعاد حتى الآن أكثر من 8000 مواطن من سوريا.',
        [{ v: [8000, null], pop: 'people', origin: ['IQ'], status: 'returned' }],
      ],
      [
        'وأكدت وزارة الداخلية السورية القبض على 14 عنصرا من داعش في ريف حمص.',
        [{ v: [14, 14], pop: 'fighters', status: 'detained', aff: 'isis' }],
      ],
      [
        'وتسلم العراق 50 عنصرا من داعش يحملون الجنسية العراقية من قوات سوريا الديمقراطية.',
        [{ v: [50, 50], pop: 'fighters', origin: ['IQ'] }],
      ],
      [
        'وذكرت خلية الإعلام الأمني أن القوات قتلت 6 إرهابيين في وادي حوران.',
        [{ v: [6, 6], pop: 'fighters', status: 'killed' }],
      ],
      [
        'وأفادت وزارة العدل العراقية بأن سجونها تضم نحو 1500 أجنبي مدانين بالإرهاب.',
        [{ v: [1500, 1500], pop: 'people', origin: ['region:foreign'], status: 'detained' }],
      ],
    ],
    open,
  );
});

describe('Arabic: Yemeni news', () => {
  runProbes(
    'ar',
    [
      [
        'وكشف تقرير حقوقي أن ميليشيا الحوثي جندت 2300 طفل خلال العام الماضي.',
        [{ v: [2300, 2300], pop: 'children', status: 'joined' }],
      ],
      [
        'وقتل 19 طفلا مجندا في صفوف الحوثيين خلال معارك الحديدة.',
        [{ v: [19, 19], pop: 'children', status: 'killed' }],
      ],
      [
        'ودفع الحوثيون بمئات الأطفال إلى جبهات الضالع، بينهم 40 طفلا دون الخامسة عشرة.',
        [{ v: [40, 40], pop: 'children', age: [null, 14] }],
      ],
      [
        'وسلم التحالف 27 طفلا يمنيا جندهم الحوثيون إلى اللجنة الدولية للصليب الأحمر.',
        [{ v: [27, 27], pop: 'children', origin: ['YE'], status: 'returned' }],
      ],
      ['وأعاد مركز تأهيل الأطفال في مأرب دمج 160 طفلا كانوا مجندين.', [{ v: [160, 160], pop: 'children' }]],
      [
        'ونقلت الجماعة نحو 90 طالبا من المدارس إلى معسكرات صيفية في صعدة.',
        [{ v: [90, 90], pop: 'children', status: 'joined' }],
      ],
    ],
    open,
  );
});

describe('Arabic: Somali news', () => {
  runProbes(
    'ar',
    [
      [
        'وقالت الحكومة الصومالية إن 120 من مقاتلي حركة الشباب سلموا أنفسهم للجيش.',
        [{ v: [120, 120], pop: 'fighters', status: 'other' }],
      ],
      [
        'وأعلن الجيش الصومالي مقتل 35 عنصرا من حركة الشباب في غارة جوية.',
        [{ v: [35, 35], pop: 'fighters', status: 'killed' }],
      ],
      ['واختطفت حركة الشباب 60 صبيا من قرية في إقليم باي لتجنيدهم.', [{ v: [60, 60], pop: 'children' }]],
      ['وأطلق الجيش سراح 11 طفلا كانوا قد أسروا خلال القتال مع الحركة.', [{ v: [11, 11], pop: 'children' }]],
      [
        'وقال مسؤول صومالي إن ما بين 7000 و9000 مقاتل ينشطون في صفوف الحركة.',
        [{ v: [7000, 9000], pop: 'fighters', status: 'present' }],
      ],
    ],
    open,
  );
});

describe('Arabic: UN CAAC language', () => {
  runProbes(
    'ar',
    [
      [
        'وتحققت الأمم المتحدة من تجنيد واستخدام 1406 أطفال في الصومال.',
        [{ v: [1406, 1406], pop: 'children', status: 'joined' }],
      ],
      [
        'وسجل التقرير 3460 حالة تجنيد واستخدام للأطفال على يد أطراف النزاع.',
        [{ v: [3460, 3460], pop: 'children' }],
      ],
      [
        'وتحقق الفريق القطري من قتل وتشويه 2674 طفلا في اليمن.',
        [{ v: [2674, 2674], pop: 'children', status: 'other' }],
      ],
      ['وانفصل 3900 طفل عن الجماعات المسلحة بدعم من اليونيسف.', [{ v: [3900, 3900], pop: 'children' }]],
      [
        'وأشار الأمين العام إلى احتجاز 92 طفلا بسبب ارتباطهم المزعوم بأطراف النزاع.',
        [{ v: [92, 92], pop: 'children', status: 'detained' }],
      ],
      ['وكان من بين الأطفال المجندين 75 فتاة استخدمن في أدوار مساندة.', [{ v: [75, 75], pop: 'children' }]],
    ],
    open,
  );
});

describe('Arabic: court reports on foreign fighters', () => {
  runProbes(
    'ar',
    [
      [
        'وقضت محكمة عراقية بإعدام 11 فرنسيا أدينوا بالانتماء إلى تنظيم داعش.',
        [{ v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained', aff: 'isis' }],
      ],
      [
        'وحكمت محكمة تونسية بالسجن على 9 عائدين من بؤر التوتر.',
        [{ v: [9, 9], pop: 'people', status: 'detained' }],
      ],
      [
        'ومثل أمام المحكمة الجنائية المركزية 23 متهما أجنبيا بتهمة القتال مع داعش.',
        [{ v: [23, 23], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
      ],
      [
        'وأصدرت محكمة مغربية أحكاما بحق 17 متهما بتجنيد مقاتلين للقتال في سوريا.',
        [{ v: [17, 17], pop: 'people', status: 'detained' }],
      ],
      [
        'وأدانت محكمة بلجيكية غيابيا 6 نساء سافرن إلى سوريا.',
        [{ v: [6, 6], pop: 'women', status: 'detained' }],
      ],
      [
        'وقضت المحكمة بسجن 4 مغاربة عادوا من العراق مدة خمس سنوات.',
        [{ v: [4, 4], pop: 'people', origin: ['MA'], status: 'detained' }],
      ],
    ],
    open,
  );
});

describe('Arabic: camp statistics', () => {
  runProbes(
    'ar',
    [
      [
        'ويؤوي مخيم الهول 56 ألف شخص، بينهم 28 ألف عراقي.',
        [
          { v: [56000, 56000], pop: 'people', status: 'present' },
          { v: [28000, 28000], pop: 'people', origin: ['IQ'], status: 'present' },
        ],
      ],
      [
        'ويضم القسم الخاص بالأجانب في المخيم قرابة 8 آلاف امرأة وطفل من 60 دولة.',
        [{ v: [8000, 8000], pop: 'people', origin: ['region:foreign'] }],
      ],
      ['وتقول إدارة المخيم إن الأطفال يشكلون 64 في المئة من سكانه.', []],
      [
        'وغادرت المخيم الدفعة الثامنة من العوائل السورية وعددها 120 عائلة.',
        [{ v: [120, 120], pop: 'families', origin: ['SY'] }],
      ],
      [
        'وسجلت إدارة مخيم روج وفاة 7 أطفال خلال الشهر الماضي.',
        [{ v: [7, 7], pop: 'children', status: 'killed' }],
      ],
      [
        'ونقلت قوات سوريا الديمقراطية 300 امرأة من مخيم الهول إلى مخيم روج.',
        [{ v: [300, 300], pop: 'women', status: 'present' }],
      ],
      [
        'وهبطت في مطار بغداد طائرة تقل 150 عراقيا من مخيم الهول.',
        [{ v: [150, 150], pop: 'people', origin: ['IQ'], status: 'returned' }],
      ],
      ['ومن بين كل 5 أطفال في المخيم هناك طفلان دون سن الخامسة.', []],
    ],
    open,
  );
});

describe('Arabic: Maghreb and Central Asian returns', () => {
  runProbes(
    'ar',
    [
      [
        'وأعادت الرباط 8 مغاربة من سوريا بينهم 3 نساء.',
        [
          { v: [8, 8], pop: 'people', origin: ['MA'], status: 'returned' },
          { v: [3, 3], pop: 'women', origin: ['MA'], status: 'returned' },
        ],
      ],
      [
        'ووصل إلى مطار دوشنبه 146 طفلا طاجيكيا من مخيمات شمال شرق سوريا.',
        [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned' }],
      ],
      [
        'وقدرت السلطات التونسية عدد مواطنيها في بؤر التوتر بنحو 3000 شخص.',
        [{ v: [3000, 3000], pop: 'people', origin: ['TN'] }],
      ],
      [
        'وقال المرصد إن 1200 مقاتل ليبي انضموا إلى داعش في سرت.',
        [{ v: [1200, 1200], pop: 'fighters', origin: ['LY'], status: 'joined', aff: 'isis' }],
      ],
    ],
    open,
  );
});
