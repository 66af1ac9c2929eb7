// Arabic document probes, seventh round: short reports (3-8 sentences) written for this test before
// looking at any dev report, on the wider field: the Houthis' recruitment of children in Yemen,
// al-Shabaab, Boko Haram and ISWAP, the UN's annual figures on children and armed conflict, fighters
// from the Maghreb, Europe, Russia and the North Caucasus, the al-Hol and Roj camps, and repatriations
// to Central Asia. They vary the number grammar (words for 11-19, hundreds and thousands, the dual,
// post-posed numerals, Eastern Arabic digits), the bounds (نحو، قرابة، أكثر من، ما لا يقل عن، ما بين … و…),
// counts with no noun resolved to a group named before (منهم، من بينهم، الآخرون), breakdowns by country,
// speakers (وفق، بحسب، قال، أفادت، كشف، أعلن، اتهم), statuses (planned returns are no returns), and victims
// or captives who take no origin from the report's topic.
// Expectations follow ../shared/eval/GUIDELINES.md; a field is checked only where the guideline is clear.
import { describe, it } from 'vitest';
import { checkProbe, runProbes, type Probe } from './probe-helpers.ts';

const HOUTHI_REPORT = [
  'صنعاء - كشف تقرير حقوقي أن جماعة الحوثي جندت نحو ألفين وخمسمائة طفل خلال العام الماضي في محافظات صعدة وحجة وعمران.',
  'وأوضح التقرير أن ثلاثمائة وأربعين منهم قتلوا في جبهات القتال، وأن البقية ما زالوا في المعسكرات.',
  'وبحسب التقرير، تتراوح أعمار المجندين بين 10 و17 عاما.',
].join('\n\n');

const SHABAAB_ARRESTS = [
  'مقديشو - أعلنت الحكومة الصومالية أن قواتها اعتقلت خمسة عشر عنصرا من حركة الشباب في إقليم جوبا الوسطى، من بينهم أربعة قاصرين.',
  'وقال المتحدث باسم الجيش إن العملية أسفرت أيضا عن تحرير اثني عشر طفلا اختطفتهم الحركة.',
  'ويقدر مسؤولون أن الحركة تضم ما بين 5 آلاف و7 آلاف مقاتل.',
].join('\n\n');

const CHIBOK_STYLE = [
  'مايدوغوري - قالت منظمة العفو الدولية إن جماعة بوكو حرام اختطفت أكثر من مئتي فتاة من مدرسة في ولاية بورنو.',
  'وأضافت المنظمة أن 57 منهن تمكن من الفرار.',
  'وفي هجوم آخر، قتل مسلحون من تنظيم داعش في غرب أفريقيا ثمانية وعشرين مزارعا.',
].join('\n\n');

const UN_CAAC = [
  'نيويورك - أفاد التقرير السنوي للأمين العام للأمم المتحدة بشأن الأطفال والنزاع المسلح بأن المنظمة تحققت من تجنيد واستخدام 8655 طفلا في عام 2023.',
  'وسجل التقرير مقتل أو تشويه ١١٦٤٩ طفلا في مناطق النزاع.',
  'وكانت الصومال الأكثر تضررا، إذ تحقق التقرير من تجنيد 1821 طفلا فيها.',
].join('\n\n');

const TUNISIA_STUDY = [
  'تونس - قدرت دراسة أعدها مركز بحثي عدد التونسيين الذين انضموا إلى الجماعات المسلحة في الخارج بنحو ستة آلاف.',
  'وتوزع هؤلاء على النحو التالي: 4 آلاف في سوريا، وألف وخمسمائة في ليبيا، و500 في العراق.',
].join('\n\n');

const MOROCCO_OFFICE = [
  'الرباط - أعلن المكتب المركزي للأبحاث القضائية أن عدد المغاربة الذين التحقوا بالساحة السورية العراقية بلغ 1654 شخصا، لقي 745 منهم حتفهم.',
  'وأضاف أن 270 عادوا إلى المغرب وأحيلوا على القضاء.',
].join('\n\n');

const ALGERIA_LIBYA = [
  'الجزائر - قال مصدر أمني جزائري إن نحو 170 جزائريا قاتلوا في صفوف تنظيم داعش، عاد منهم 87.',
  'وفي ليبيا، أفادت وزارة العدل بأن سجن قرنادة يضم 48 أجنبيا بينهم 12 سودانيا و9 تشاديين.',
].join('\n\n');

const UZBEK_RETURNS = [
  'طشقند - أعادت أوزبكستان 93 من مواطنيها من مخيمي الهول وروج، بينهم 64 طفلا و25 امرأة، وفق ما أعلنت وزارة الخارجية الأوزبكية.',
  'وبهذا يبلغ عدد الذين أعادتهم طشقند منذ عام 2019 أكثر من 530 شخصا.',
  'وتعتزم الحكومة إعادة دفعة أخرى تضم نحو مئة امرأة وطفل أوزبكي الشهر المقبل.',
].join('\n\n');

const TAJIK_PRISONS = [
  'دوشنبه - أعادت طاجيكستان 146 طفلا من سجون العراق، في ثاني عملية من نوعها.',
  'وقال مسؤول في مفوضية حقوق الطفل إن أعمار الأطفال تتراوح بين ثلاثة أعوام وستة عشر عاما، وإن 84 منهم من الذكور.',
  'وكانت كازاخستان قد أعادت أكثر من 600 من مواطنيها في عمليات متتالية بين 2019 و2021.',
].join('\n\n');

const RUSSIA_FSB = [
  'موسكو - قال مدير جهاز الأمن الفيدرالي الروسي إن نحو 4500 روسي توجهوا للقتال في سوريا والعراق، غالبيتهم من شمال القوقاز.',
  'وأضاف أن أكثر من ثلاثمئة منهم قتلوا، فيما اعتقل 120 لدى عودتهم.',
  'وفي غروزني، أعلنت السلطات المحلية استقبال ثلاثين طفلا من الشيشان أعيدوا من مخيم روج.',
].join('\n\n');

const FRANCE_RETURNS = [
  'باريس - أعلنت وزارة الخارجية الفرنسية إعادة 15 امرأة و40 طفلا فرنسيين من المخيمات في شمال شرق سوريا.',
  'وبحسب الوزارة، لا يزال نحو مئة طفل فرنسي في مخيم روج.',
  'وفي بلجيكا، أكدت السلطات أن 6 أطفال بلجيكيين و3 أمهات سيعودون إلى البلاد قبل نهاية الشهر.',
].join('\n\n');

const HOUTHI_ACCUSED = [
  'مأرب - اتهمت الحكومة اليمنية جماعة الحوثي بتجنيد أكثر من 30 ألف طفل منذ بداية الحرب.',
  'وقال وزير حقوق الإنسان إن ألفين منهم قتلوا في المعارك خلال عام واحد.',
  'من جهتها، نفت الجماعة هذه الأرقام.',
].join('\n\n');

const NIGERIA_SURRENDER = [
  'أبوجا - استسلم للجيش النيجيري ستمائة وخمسة من عناصر جماعة بوكو حرام مع عائلاتهم.',
  'وأوضح الجيش أن بين المستسلمين 212 امرأة و311 طفلا.',
  'أما المقاتلون العشرون الآخرون فقد نقلوا إلى مركز احتجاز في مايدوغوري.',
].join('\n\n');

const ROJ_BRITISH = [
  'القامشلي - قالت منظمة حقوقية بريطانية إن نحو 25 امرأة بريطانية ما زلن في مخيم روج مع أطفالهن.',
  'وأضافت المنظمة أن عدد الأطفال البريطانيين في المخيم يبلغ قرابة ستين طفلا، أغلبهم دون العاشرة.',
].join('\n\n');

const MAGHREB_SHARES = [
  'الرباط - قدر باحثون عدد المقاتلين القادمين من تونس والمغرب والجزائر وليبيا بما لا يقل عن 8 آلاف.',
  'وتستأثر تونس وحدها بنحو 5 آلاف منهم، يليها المغرب بـ1600، ثم ليبيا بنحو 600، والجزائر بـ170.',
].join('\n\n');

const TAIZ_SHELLING = [
  'تعز - قالت منظمة اليونيسف إن طفلين قتلا وأصيب ثلاثة عشر آخرون جراء قصف استهدف حيا سكنيا.',
  'وأضافت المنظمة أن عدد الأطفال الذين قتلوا أو شوهوا في اليمن منذ 2015 تجاوز 11 ألفا.',
].join('\n\n');

const SHABAAB_DEFECTORS = [
  'كسمايو - أعلن مركز لإعادة تأهيل المنشقين أنه استقبل منذ مطلع العام مئتين وسبعة عشر عنصرا منشقا عن حركة الشباب، بينهم 43 قاصرا.',
  'وقال مدير المركز إن الحركة جندت معظم هؤلاء القاصرين بالقوة.',
].join('\n\n');

const HOL_FOREIGNERS = [
  'الحسكة - أحصت إدارة مخيم الهول ١٠ آلاف و٥٠٠ امرأة وطفل من الجنسيات الأجنبية في القسم المخصص للمهاجرات.',
  'وينحدر هؤلاء من أكثر من 50 دولة.',
  'وقالت الإدارة إن قرابة ٧٠٠ منهم من روسيا.',
].join('\n\n');

const ISWAP_CAPTIVES = [
  'نشر تنظيم داعش في غرب أفريقيا تسجيلا مصورا يظهر إعدام 11 رهينة في ولاية بورنو النيجيرية.',
  'وكان التنظيم قد أعلن في وقت سابق أسر 20 جنديا نيجيريا.',
].join('\n\n');

const MISRATA_PRISON = [
  'مصراتة - قال مسؤول في جهاز مكافحة الإرهاب إن السلطات تحتجز 23 امرأة و31 طفلا من عائلات مقاتلي داعش في سجن الجوية.',
  'وأوضح أن بين الأطفال 9 سودانيين و6 مصريين.',
].join('\n\n');

/** Reports the engine does not read fully yet: kept as expected failures, so a fix shows. */
const NOT_YET = new Set<string>([]);

const run = (probes: Probe[]) => runProbes('ar', probes, NOT_YET);

describe('Arabic reports, seventh round: Yemen, Somalia and the Lake Chad basin', () => {
  run([
    [
      HOUTHI_REPORT,
      [
        { v: [2500, 2500], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'] },
        { v: [340, 340], pop: 'children', status: 'killed' },
      ],
    ],
    [
      SHABAAB_ARRESTS,
      [
        { v: [15, 15], pop: 'fighters', status: 'detained', aff: 'other', source: 'الحكومة الصومالية' },
        { v: [4, 4], pop: 'children', status: 'detained' },
        { v: [12, 12], pop: 'children', source: 'المتحدث باسم الجيش' },
        { v: [5000, 7000], pop: 'fighters', aff: 'other' },
      ],
    ],
    [
      CHIBOK_STYLE,
      [
        { v: [200, null], pop: 'children', aff: 'other', source: 'منظمة العفو الدولية' },
        { v: [57, 57], pop: 'children' },
        // Farmers killed by the group: people, no origin.
        { v: [28, 28], pop: 'people', status: 'killed', aff: 'isis' },
      ],
    ],
    [
      HOUTHI_ACCUSED,
      [
        { v: [30000, null], pop: 'children', status: 'joined', aff: 'other', source: 'الحكومة اليمنية' },
        { v: [2000, 2000], pop: 'children', status: 'killed', source: 'وزير حقوق الإنسان' },
      ],
    ],
    [
      NIGERIA_SURRENDER,
      [
        { v: [605, 605], pop: 'fighters', aff: 'other' },
        { v: [212, 212], pop: 'women' },
        { v: [311, 311], pop: 'children' },
        // Moved into a detention centre: held there, not brought home.
        { v: [20, 20], pop: 'fighters', not: 'returned' },
      ],
    ],
    [
      TAIZ_SHELLING,
      [
        { v: [2, 2], pop: 'children', status: 'killed', source: 'منظمة اليونيسف' },
        { v: [13, 13], pop: 'children', status: 'other' },
        { v: [11000, null], pop: 'children', status: 'other', loc: ['YE'] },
      ],
    ],
    [
      SHABAAB_DEFECTORS,
      [
        { v: [217, 217], pop: 'fighters', aff: 'other' },
        { v: [43, 43], pop: 'children', aff: 'other' },
      ],
    ],
    [
      ISWAP_CAPTIVES,
      [
        // Hostages and captured soldiers: victims, no origin from a report's topic; soldiers are fighters.
        { v: [11, 11], pop: 'people', aff: 'isis', loc: ['NG'] },
        { v: [20, 20], pop: 'fighters', origin: ['NG'], status: 'detained' },
      ],
    ],
    [
      UN_CAAC,
      [
        { v: [8655, 8655], pop: 'children', status: 'joined' },
        { v: [11649, 11649], pop: 'children', status: 'other' },
        { v: [1821, 1821], pop: 'children', status: 'joined', loc: ['SO'] },
      ],
    ],
  ]);
});

describe('Arabic reports, seventh round: fighters from the Maghreb, totals and shares', () => {
  run([
    [
      TUNISIA_STUDY,
      [
        { v: [6000, 6000], pop: 'people', origin: ['TN'], status: 'joined' },
        { v: [4000, 4000], pop: 'people', origin: ['TN'], loc: ['SY'] },
        { v: [1500, 1500], pop: 'people', origin: ['TN'], loc: ['LY'] },
        { v: [500, 500], pop: 'people', origin: ['TN'], loc: ['IQ'] },
      ],
    ],
    [
      MOROCCO_OFFICE,
      [
        {
          v: [1654, 1654],
          pop: 'people',
          origin: ['MA'],
          status: 'joined',
          source: 'المكتب المركزي للأبحاث القضائية',
        },
        { v: [745, 745], pop: 'people', origin: ['MA'], status: 'killed' },
        { v: [270, 270], pop: 'people', origin: ['MA'], status: 'returned' },
      ],
    ],
    [
      ALGERIA_LIBYA,
      [
        { v: [170, 170], pop: 'fighters', origin: ['DZ'], aff: 'isis', source: 'مصدر أمني جزائري' },
        { v: [87, 87], pop: 'fighters', origin: ['DZ'], status: 'returned' },
        { v: [48, 48], pop: 'people', origin: ['region:foreign'], status: 'detained', loc: ['LY'] },
        { v: [12, 12], pop: 'people', origin: ['SD'], status: 'detained' },
        { v: [9, 9], pop: 'people', origin: ['TD'], status: 'detained' },
      ],
    ],
    [
      MAGHREB_SHARES,
      [
        { v: [8000, null], pop: 'fighters', origin: ['DZ', 'LY', 'MA', 'TN'] },
        { v: [5000, 5000], pop: 'fighters', origin: ['TN'] },
        { v: [1600, 1600], pop: 'fighters', origin: ['MA'] },
        { v: [600, 600], pop: 'fighters', origin: ['LY'] },
        { v: [170, 170], pop: 'fighters', origin: ['DZ'] },
      ],
    ],
  ]);
});

describe('Arabic reports, seventh round: camps, returns and plans', () => {
  run([
    [
      UZBEK_RETURNS,
      [
        {
          v: [93, 93],
          pop: 'people',
          origin: ['UZ'],
          status: 'returned',
          source: 'وزارة الخارجية الأوزبكية',
          loc: ['SY'],
        },
        { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
        { v: [25, 25], pop: 'women', origin: ['UZ'], status: 'returned' },
        { v: [530, null], pop: 'people', origin: ['UZ'], status: 'returned' },
        // A planned return is not a return.
        { v: [100, 100], pop: 'people', origin: ['UZ'], not: 'returned' },
      ],
    ],
    [
      TAJIK_PRISONS,
      [
        { v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned', age: [3, 16] },
        { v: [84, 84], pop: 'children', origin: ['TJ'] },
        { v: [600, null], pop: 'people', origin: ['KZ'], status: 'returned' },
      ],
    ],
    [
      RUSSIA_FSB,
      [
        {
          v: [4500, 4500],
          pop: 'fighters',
          origin: ['RU'],
          status: 'joined',
          source: 'مدير جهاز الأمن الفيدرالي الروسي',
          loc: ['SY', 'IQ'],
        },
        { v: [300, null], pop: 'fighters', origin: ['RU'], status: 'killed' },
        { v: [120, 120], pop: 'fighters', origin: ['RU'], status: 'detained' },
        { v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned' },
      ],
    ],
    [
      FRANCE_RETURNS,
      [
        { v: [15, 15], pop: 'women', origin: ['FR'], status: 'returned' },
        { v: [40, 40], pop: 'children', origin: ['FR'], status: 'returned' },
        { v: [100, 100], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] },
        { v: [6, 6], pop: 'children', origin: ['BE'], not: 'returned' },
        { v: [3, 3], pop: 'women', origin: ['BE'], not: 'returned' },
      ],
    ],
    [
      ROJ_BRITISH,
      [
        { v: [25, 25], pop: 'women', origin: ['GB'], status: 'present', loc: ['SY'] },
        { v: [60, 60], pop: 'children', origin: ['GB'], status: 'present' },
      ],
    ],
    [
      HOL_FOREIGNERS,
      [
        { v: [10500, 10500], pop: 'people', origin: ['region:foreign'], status: 'present', loc: ['SY'] },
        { v: [700, 700], pop: 'people', origin: ['RU'] },
      ],
    ],
    [
      MISRATA_PRISON,
      [
        { v: [23, 23], pop: 'women', status: 'detained', loc: ['LY'] },
        { v: [31, 31], pop: 'children', status: 'detained', loc: ['LY'] },
        { v: [9, 9], pop: 'children', origin: ['SD'] },
        { v: [6, 6], pop: 'children', origin: ['EG'] },
      ],
    ],
  ]);
});

describe('Arabic mechanisms the seventh round showed, in short sentences', () => {
  run([
    // A year word before a number that is no year (نحو 217) leaves it a count.
    [
      'استقبل المركز منذ مطلع العام مئتين وسبعة عشر عنصرا.',
      [{ v: [217, 217], pop: 'fighters', quote: 'مئتين وسبعة عشر عنصرا' }],
    ],
    // Foreign nationalities, with the article.
    [
      'أحصت الإدارة 500 امرأة من الجنسيات الأجنبية.',
      [{ v: [500, 500], pop: 'women', origin: ['region:foreign'] }],
    ],
    // The future of returning is no return, and ends the return said before.
    [
      'عادت 15 امرأة إلى بلجيكا.\n\nوأكدت السلطات أن 6 أطفال سيعودون قبل نهاية الشهر.',
      [
        { v: [15, 15], pop: 'women', origin: ['BE'], status: 'returned' },
        { v: [6, 6], pop: 'children', not: 'returned' },
      ],
    ],
    // Brought back from prisons: returned, not detained.
    [
      'أعادت طاجيكستان 146 طفلا من سجون العراق.',
      [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] }],
    ],
    // Moved by others into a detention centre: held there (present, as the other languages read it).
    ['ونقلت السلطات 20 مقاتلا إلى مركز احتجاز.', [{ v: [20, 20], pop: 'fighters', status: 'present' }]],
    [
      'أما المقاتلون العشرون فقد نقلوا إلى مركز احتجاز.',
      [{ v: [20, 20], pop: 'fighters', status: 'present' }],
    ],
    // The speaker's name ends before what was announced (a verbal noun), and not at a purpose ("لإعادة").
    [
      'وفي غروزني، أعلنت السلطات المحلية استقبال ثلاثين طفلا من الشيشان.',
      [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', source: 'السلطات المحلية' }],
    ],
    [
      'أعلن مركز لإعادة تأهيل المنشقين أنه استقبل 43 قاصرا.',
      [{ v: [43, 43], pop: 'children', source: 'مركز لإعادة تأهيل المنشقين' }],
    ],
    // A number that looks like a year is a count when "of them" follows it.
    [
      'جندت الجماعة أكثر من 30 ألف طفل. وقال الوزير إن 2000 منهم قتلوا.',
      [
        { v: [30000, null], pop: 'children', status: 'joined' },
        { v: [2000, 2000], pop: 'children', status: 'killed', quote: '2000 منهم' },
      ],
    ],
    // The males among children are boys; a word of the speaker's name is not the people counted.
    [
      'أعادت طاجيكستان 146 طفلا. وقال مسؤول إن 84 منهم من الذكور.',
      [
        { v: [146, 146], pop: 'children', origin: ['TJ'] },
        { v: [84, 84], pop: 'children', origin: ['TJ'] },
      ],
    ],
    [
      'جندت الجماعة أكثر من 30 ألف طفل. وقال وزير حقوق الإنسان إن ألفين منهم قتلوا في المعارك.',
      [
        { v: [30000, null], pop: 'children' },
        { v: [2000, 2000], pop: 'children', status: 'killed', source: 'وزير حقوق الإنسان' },
      ],
    ],
    // "The twenty other fighters": the noun before the numeral is counted, not the people before.
    [
      'قتل 5 أطفال. أما المقاتلون العشرون الآخرون فقد اعتقلوا.',
      [
        { v: [5, 5], pop: 'children', status: 'killed' },
        { v: [20, 20], pop: 'fighters', status: 'detained', quote: 'المقاتلون العشرون الآخرون' },
      ],
    ],
    // Fighting said of one group is not said of the part of another group in the next sentence.
    [
      'قال مصدر إن نحو 170 جزائريا قاتلوا في صفوف تنظيم داعش. وفي ليبيا، يضم سجن قرنادة 48 أجنبيا بينهم 12 سودانيا.',
      [
        { v: [170, 170], pop: 'fighters', origin: ['DZ'] },
        { v: [48, 48], pop: 'people', origin: ['region:foreign'] },
        { v: [12, 12], pop: 'people', origin: ['SD'] },
      ],
    ],
  ]);
  run([
    // A country's share of a total counted before: its own origin, the total's people.
    [
      'وصل إلى سوريا نحو 900 مقاتل من مصر والأردن. ويشكل المصريون وحدهم 700، يليهم الأردن بـ200.',
      [
        { v: [900, 900], pop: 'fighters', origin: ['EG', 'JO'] },
        { v: [700, 700], pop: 'fighters', origin: ['EG'] },
        { v: [200, 200], pop: 'fighters', origin: ['JO'], quote: 'الأردن بـ200' },
      ],
    ],
    // Where most of them come from is said of a part: the whole keeps its own origin.
    [
      'وغادر نحو 900 أوزبكي إلى سوريا، غالبيتهم من وادي فرغانة.',
      [{ v: [900, 900], pop: 'people', origin: ['UZ'] }],
    ],
    // Ages in words with a unit after the low bound, and a teen as the high bound.
    [
      'أعادت طاجيكستان 146 طفلا تتراوح أعمارهم بين ثلاثة أعوام وستة عشر عاما.',
      [{ v: [146, 146], pop: 'children', origin: ['TJ'], age: [3, 16] }],
    ],
    // Ages said in the next sentence of "the children" or "their ages" are those of the count before;
    // of other people, they are not.
    [
      'أعادت طاجيكستان 146 طفلا. وقال مسؤول إن أعمار الأطفال تتراوح بين 3 و16 عاما.',
      [{ v: [146, 146], pop: 'children', origin: ['TJ'], age: [3, 16] }],
    ],
    [
      'أعادت طاجيكستان 146 طفلا. وتتراوح أعمارهم بين 3 و16 عاما.',
      [{ v: [146, 146], pop: 'children', origin: ['TJ'], age: [3, 16] }],
    ],
    [
      'قتل 20 مقاتلا. وتتراوح أعمار الأطفال في المخيم بين 3 و16 عاما.',
      [{ v: [20, 20], pop: 'fighters', age: [null, null] }],
    ],
    // The accuser is the source, up to the accused armed group.
    [
      'اتهمت منظمة حقوقية حركة الشباب بخطف 40 طفلا من مدارس دينية.',
      [{ v: [40, 40], pop: 'children', aff: 'other', source: 'منظمة حقوقية' }],
    ],
  ]);
  // The same return from prisons in English and Russian.
  it('reads a return from prisons as a return in English and Russian', () => {
    checkProbe('en', 'Tajikistan repatriated 146 children from prisons in Iraq.', [
      { v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
    checkProbe('ru', 'Таджикистан вернул 146 детей из тюрем Ирака.', [
      { v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
  });
});
