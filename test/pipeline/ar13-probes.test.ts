// Arabic, thirteenth round: blind probes (invented sentences in the style of Arabic news, NGO and UN
// reports: Houthi recruitment and summer camps in Yemen, al-Shabaab, Boko Haram, Iraqi repatriations
// from al-Hol, the Syrian camps, Maghreb and Central Asian fighters and returns, CAAC figures), written
// before looking at the dev errors. Each block names the rule of Arabic it pins.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Fixed in the fourteenth round (ar14-mechanisms.test.ts): none left open.
const open = new Set<string>([]);

describe('Arabic: number words (teens, hundreds, the dual, construct states)', () => {
  runProbes(
    'ar',
    [
      ['اختطف مسلحو بوكو حرام خمسة عشر تلميذا من مدرسة في ولاية بورنو.', [{ v: [15, 15], pop: 'children' }]],
      ['وأفرجت الجماعة عن إحدى عشرة فتاة بعد أشهر من الاحتجاز.', [{ v: [11, 11], pop: 'children' }]],
      [
        'وجندت الميليشيا ثلاثمائة طفل خلال العام الماضي.',
        [{ v: [300, 300], pop: 'children', status: 'joined' }],
      ],
      [
        'وأعادت السلطات خمسمئة وعشرين شخصا من مخيم الهول.',
        [{ v: [520, 520], pop: 'people', status: 'returned' }],
      ],
      [
        'وقتل طفلان وأصيب ثلاثة آخرون في قصف على صعدة.',
        [
          { v: [2, 2], pop: 'children' },
          { v: [3, 3], pop: 'children' },
        ],
      ],
      ['واعتقلت الشرطة مقاتلين اثنين من حركة الشباب.', [{ v: [2, 2], pop: 'fighters', status: 'detained' }]],
      ['وتسلمت الحكومة ألفي طفل من المخيمات.', [{ v: [2000, 2000], pop: 'children' }]],
      ['وانضم ثلاثة آلاف شاب إلى صفوف الحوثيين.', [{ v: [3000, 3000], pop: 'men' }]],
      ['ووصل أربعة وثلاثون امرأة وطفلا إلى مطار بغداد.', [{ v: [34, 34], pop: 'people' }]],
      ['ونقل تسعة عشر مسلحا إلى سجن الحسكة.', [{ v: [19, 19], pop: 'fighters' }]],
      ['وسلمت قوات سوريا الديمقراطية ثماني عشرة امرأة إلى بلدانهن.', [{ v: [18, 18], pop: 'women' }]],
      [
        'وقتلت غارة جوية مئتي مقاتل من تنظيم داعش.',
        [{ v: [200, 200], pop: 'fighters', status: 'killed', aff: 'isis' }],
      ],
      [
        'واستعادت أوزبكستان مائة وستة وخمسين طفلا من سوريا.',
        [{ v: [156, 156], pop: 'children', origin: ['UZ'] }],
      ],
      ['وأطلق سراح ستة أطفال مجندين في اليمن.', [{ v: [6, 6], pop: 'children' }]],
    ],
    open,
  );
});

describe('Arabic: Eastern Arabic digits and scale words', () => {
  runProbes(
    'ar',
    [
      [
        'وتحققت الأمم المتحدة من تجنيد واستخدام ١٬٢٠٠ طفل في الصومال.',
        [{ v: [1200, 1200], pop: 'children' }],
      ],
      [
        'وأعيد ٣٠٠ شخص من مخيم الهول إلى مخيم الجدعة.',
        [{ v: [300, 300], pop: 'people', status: 'returned' }],
      ],
      [
        'ويضم المخيم نحو ٥٦ ألف شخص بينهم ٢٠ ألف طفل.',
        [
          { v: [56000, 56000], pop: 'people' },
          { v: [20000, 20000], pop: 'children' },
        ],
      ],
      ['وقدرت المنظمة عدد الأطفال المجندين بنحو 10 آلاف طفل.', [{ v: [10000, 10000], pop: 'children' }]],
      [
        'وتحتجز السلطات قرابة 2.5 ألف مقاتل أجنبي.',
        [{ v: [2500, 2500], pop: 'fighters', origin: ['region:foreign'] }],
      ],
    ],
    open,
  );
});

describe('Arabic: approximate and bound words, ranges', () => {
  runProbes(
    'ar',
    [
      [
        'وجند الحوثيون ما يزيد عن 1500 طفل في المعسكرات الصيفية.',
        [{ v: [1500, null], pop: 'children', status: 'joined' }],
      ],
      ['ويقاتل زهاء 400 مسلح في صفوف الحركة.', [{ v: [400, 400], pop: 'fighters' }]],
      ['وسافر أكثر من 3 آلاف تونسي إلى سوريا والعراق.', [{ v: [3000, null], pop: 'people', origin: ['TN'] }]],
      ['وقتل ما لا يقل عن 25 طفلا في الهجوم.', [{ v: [25, null], pop: 'children', status: 'killed' }]],
      [
        'ويتراوح عدد المقاتلين المغاربة بين 1500 و2000 مقاتل.',
        [{ v: [1500, 2000], pop: 'fighters', origin: ['MA'] }],
      ],
      ['وانضم ما بين 200 و300 طفل إلى الجماعة.', [{ v: [200, 300], pop: 'children' }]],
      ['وأعيد ما يقارب 700 عراقي من مخيم الهول.', [{ v: [700, 700], pop: 'people', origin: ['IQ'] }]],
      ['ولا يزال أقل من 50 طفلا فرنسيا في المخيمات.', [{ v: [null, 50], pop: 'children', origin: ['FR'] }]],
      ['واعتقلت القوات حوالي 60 عنصرا من بوكو حرام.', [{ v: [60, 60], pop: 'fighters', status: 'detained' }]],
      ['وتجاوز عدد الأطفال المجندين 2000 طفل.', [{ v: [2000, null], pop: 'children' }]],
      [
        'وقتل ما لا يقل عن 70 مدنيا، بينهم 30 طفلا، في هجوم للشباب.',
        [
          { v: [70, null], pop: 'people' },
          { v: [30, 30], pop: 'children' },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: Iraqi repatriations from al-Hol (families, batches)', () => {
  runProbes(
    'ar',
    [
      [
        'وصلت دفعة جديدة تضم 150 عائلة عراقية من مخيم الهول إلى مخيم الجدعة.',
        [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' }],
      ],
      [
        'وأعلنت وزارة الهجرة إعادة 620 شخصا من مخيم الهول ضمن الدفعة الحادية عشرة.',
        [{ v: [620, 620], pop: 'people', status: 'returned' }],
      ],
      [
        'وتضم الدفعة 180 عائلة بواقع 700 فرد.',
        [
          { v: [180, 180], pop: 'families' },
          { v: [700, 700], pop: 'people' },
        ],
      ],
      [
        'وأعيدت 95 عائلة، معظمهم من النساء والأطفال، إلى العراق.',
        [{ v: [95, 95], pop: 'families', status: 'returned' }],
      ],
      [
        'وبلغ عدد العائدين من الهول منذ بداية العام 3400 شخص.',
        [{ v: [3400, 3400], pop: 'people', status: 'returned' }],
      ],
      ['ونقلت 250 أسرة إلى مخيم الجدعة جنوب الموصل.', [{ v: [250, 250], pop: 'families' }]],
    ],
    open,
  );
});

describe('Arabic: headless counts referring back (منهم، بينهم، من بينهم)', () => {
  runProbes(
    'ar',
    [
      [
        'وأعادت طاجيكستان 84 شخصا، منهم 60 طفلا و24 امرأة.',
        [
          { v: [84, 84], pop: 'people', origin: ['TJ'] },
          { v: [60, 60], pop: 'children', origin: ['TJ'] },
          { v: [24, 24], pop: 'women', origin: ['TJ'] },
        ],
      ],
      [
        'واعتقلت الشرطة المغربية 12 شخصا، من بينهم ثلاث نساء.',
        [
          { v: [12, 12], pop: 'people', status: 'detained' },
          { v: [3, 3], pop: 'women', status: 'detained' },
        ],
      ],
      [
        'وقتل 40 مسلحا، بينهم 5 أجانب.',
        [
          { v: [40, 40], pop: 'fighters' },
          { v: [5, 5], pop: 'fighters', origin: ['region:foreign'] },
        ],
      ],
      [
        'وعاد 900 تونسي من بؤر التوتر، سجن منهم 160.',
        [
          { v: [900, 900], pop: 'people', origin: ['TN'] },
          { v: [160, 160], pop: 'people', origin: ['TN'] },
        ],
      ],
      // Brought to a city of their own country: a return, the country theirs.
      [
        'ووصل إلى ألماتي 33 طفلا، بينهم 10 أيتام.',
        [
          { v: [33, 33], pop: 'children', origin: ['KZ'] },
          { v: [10, 10], pop: 'children', origin: ['KZ'] },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: origins (nisba adjectives, من + country, feminine and plural)', () => {
  runProbes(
    'ar',
    [
      [
        'وأعادت ليبيا 14 طفلا تونسيا من سجون مصراتة.',
        [{ v: [14, 14], pop: 'children', origin: ['TN'], status: 'returned' }],
      ],
      [
        'وتقدر السلطات عدد المقاتلين الليبيين في سوريا بنحو 600.',
        [{ v: [600, 600], pop: 'fighters', origin: ['LY'] }],
      ],
      ['وتسلمت كازاخستان 27 امرأة كازاخية من مخيم روج.', [{ v: [27, 27], pop: 'women', origin: ['KZ'] }]],
      ['وسافر 1600 مغربي للقتال في سوريا.', [{ v: [1600, 1600], pop: 'fighters', origin: ['MA'] }]],
      ['وتحتجز قسد 45 امرأة من قيرغيزستان.', [{ v: [45, 45], pop: 'women', origin: ['KG'] }]],
      [
        'وأعيد 19 طفلا من أذربيجان إلى باكو.',
        [{ v: [19, 19], pop: 'children', origin: ['AZ'], status: 'returned' }],
      ],
      [
        'وقتل 11 جهاديا شيشانيا في معارك حلب.',
        [{ v: [11, 11], pop: 'fighters', origin: ['RU'], status: 'killed' }],
      ],
      [
        'وتضم صفوف الشباب نحو 300 مقاتل أجنبي من كينيا وتنزانيا.',
        [{ v: [300, 300], pop: 'fighters', origin: ['KE', 'TZ'] }],
      ],
      ['ورحلت تركيا 7 مواطنين أوزبكيين إلى طشقند.', [{ v: [7, 7], pop: 'people', origin: ['UZ'] }]],
      ['واستقبلت روسيا 26 طفلا من داغستان والشيشان.', [{ v: [26, 26], pop: 'children', origin: ['RU'] }]],
      [
        'وتحتجز السلطات العراقية 1200 أجنبي متهمين بالانتماء لداعش.',
        [{ v: [1200, 1200], pop: 'people', origin: ['region:foreign'], aff: 'isis' }],
      ],
      [
        'وعادت 12 امرأة ألمانية مع أطفالهن الثلاثين.',
        [
          { v: [12, 12], pop: 'women', origin: ['DE'] },
          { v: [30, 30], pop: 'children', origin: ['DE'] },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: clitics glued to words and digits', () => {
  runProbes(
    'ar',
    [
      ['وبحسب التقرير، فقد جند الحوثيون نحو2000 طفل.', [{ v: [2000, 2000], pop: 'children' }]],
      ['وأشار إلى أن الجماعة جندت أكثر من500 فتى.', [{ v: [500, null], pop: 'children' }]],
      ['وقامت السلطات بإعادة93 طفلا إلى بلدهم.', [{ v: [93, 93], pop: 'children', status: 'returned' }]],
      ['ولـ 40 طفلا آخرين لم يعرف مصيرهم بعد.', [{ v: [40, 40], pop: 'children' }]],
      ['وكـ 15 مقاتلا آخرين، عاد إلى بلده.', [{ v: [15, 15], pop: 'fighters' }]],
      ['وللأطفال الـ 85 الذين أعيدوا برامج تأهيل.', [{ v: [85, 85], pop: 'children' }]],
    ],
    open,
  );
});

describe('Arabic: UN CAAC language', () => {
  runProbes(
    'ar',
    [
      [
        'وتحققت الأمم المتحدة من تجنيد واستخدام 1716 طفلا في الصومال.',
        [{ v: [1716, 1716], pop: 'children', source: 'الأمم المتحدة' }],
      ],
      ['وتحققت الأمم المتحدة من 2428 حالة تجنيد واستخدام أطفال.', [{ v: [2428, 2428], pop: 'children' }]],
      ['ووثق التقرير مقتل وتشويه 600 طفل في اليمن.', [{ v: [600, 600], pop: 'children', status: 'other' }]],
      ['وسجلت 4200 انتهاكة جسيمة ضد الأطفال في نيجيريا.', []],
      ['واختطف 320 طفلا في شمال شرق نيجيريا، بحسب التقرير السنوي.', [{ v: [320, 320], pop: 'children' }]],
      ['وأفرج عن 74 صبيا كانوا مرتبطين بالجماعات المسلحة.', [{ v: [74, 74], pop: 'children' }]],
      [
        'وقتل 1200 طفل وشوه 2100 آخرون في أفغانستان.',
        [
          { v: [1200, 1200], pop: 'children' },
          { v: [2100, 2100], pop: 'children' },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: non-people counts are not claims', () => {
  runProbes(
    'ar',
    [
      ['ويحتاج كل عائد إلى 40 ضابطا لمراقبته.', []],
      ['وخصصت الحكومة 20 مليون دولار لإعادة تأهيل العائدين.', []],
      ['ونشرت الجماعة 45 مقطع فيديو خلال عام 2019.', []],
      ['وقطعت القافلة مسافة 300 كيلومتر بين الحسكة والحدود.', []],
      ['واستخدم المسلحون 12 سيارة رباعية الدفع في الهجوم.', []],
      ['وارتفعت نسبة الأطفال بين المجندين إلى 30 في المئة.', []],
      ['وكان عمر أصغر المجندين 9 سنوات.', []],
      ['وفي 14 آذار 2019 سقطت الباغوز.', []],
      ['وشنت الجماعة 37 هجوما على قرى في النيجر.', []],
      ['ويبلغ طول الحدود 1200 كيلومتر.', []],
      ['واستمر الاحتجاز 18 شهرا قبل الإفراج عنهم.', []],
      ['ويقع المخيم على بعد 45 كم من الحسكة.', []],
      ['وتلقى كل طفل 200 دولار شهريا مقابل القتال.', []],
      ['وصدر القانون رقم 13 لسنة 2005 لمكافحة الإرهاب.', []],
    ],
    open,
  );
});

describe('Arabic: Houthi recruitment and summer camps', () => {
  runProbes(
    'ar',
    [
      ['واستقطبت المعسكرات الصيفية الحوثية أكثر من 600 ألف طالب.', [{ v: [600000, null], pop: 'children' }]],
      [
        'وجند الحوثيون 1400 طفل في محافظة الحديدة، وفق منظمة سام.',
        [{ v: [1400, 1400], pop: 'children', source: 'منظمة سام', aff: 'other' }],
      ],
      ['وقتل 92 من الأطفال المجندين في جبهات مأرب.', [{ v: [92, 92], pop: 'children', status: 'killed' }]],
      ['ورصد التحالف 30 ألف مجند قاصر في صفوف الجماعة.', [{ v: [30000, 30000], pop: 'children' }]],
      [
        'ودفعت الجماعة بأكثر من ثلاثمائة طفل إلى الجبهات.',
        [{ v: [300, null], pop: 'children', status: 'joined' }],
      ],
      [
        'ودفعوا بنحو 120 طفلا إلى جبهات الساحل الغربي.',
        [{ v: [120, 120], pop: 'children', status: 'joined' }],
      ],
    ],
    open,
  );
});

describe('Arabic: returns to Central Asia and the Maghreb', () => {
  runProbes(
    'ar',
    [
      [
        'وأعادت قيرغيزستان 79 طفلا من العراق ضمن عملية "رحمة".',
        [{ v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned' }],
      ],
      [
        'واستعاد المغرب 8 مقاتلين من سوريا، بحسب بيان لوزارة الداخلية.',
        [{ v: [8, 8], pop: 'fighters', origin: ['MA'], status: 'returned' }],
      ],
      [
        'وكشف وزير الداخلية التونسي أن 800 عنصر عادوا إلى البلاد.',
        [{ v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' }],
      ],
      [
        'وأوقفت السلطات الليبية 22 سودانيا يشتبه بانتمائهم لداعش.',
        [{ v: [22, 22], pop: 'people', origin: ['SD'], status: 'detained' }],
      ],
      ['ورحلت الجزائر 5 مقاتلين من جنسيات أفريقية.', [{ v: [5, 5], pop: 'fighters' }]],
    ],
    open,
  );
});

describe('Arabic: post-posed numerals, lists, dates, ratios and duals', () => {
  runProbes(
    'ar',
    [
      ['أما الفتيات الأربع فقد أعدن إلى ذويهن.', [{ v: [4, 4], pop: 'children' }]],
      ['وقتل المسلحون الخمسة في اشتباك مع الجيش.', [{ v: [5, 5], pop: 'fighters', status: 'killed' }]],
      [
        'وتوزع المقاتلون الأجانب على النحو التالي: 700 من تونس و400 من المغرب و150 من ليبيا.',
        [
          { v: [700, 700], pop: 'fighters', origin: ['TN'] },
          { v: [400, 400], pop: 'fighters', origin: ['MA'] },
          { v: [150, 150], pop: 'fighters', origin: ['LY'] },
        ],
      ],
      ['وقدرت الوزارة عدد المغاربة هناك بنحو 1600.', [{ v: [1600, 1600], pop: 'people', origin: ['MA'] }]],
      ['أعيد 65 طفلا يومي 3 و5 من شهر آذار الماضي.', [{ v: [65, 65], pop: 'children', status: 'returned' }]],
      [
        'وفي حزيران أعيد أحد عشر طفلا إلى موسكو.',
        [{ v: [11, 11], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
      ['ويتراوح عدد الأطفال في المخيم بين 1950 و2600 طفل.', [{ v: [1950, 2600], pop: 'children' }]],
      ['ووصل مليون نازح إلى المخيمات.', [{ v: [1000000, 1000000], pop: 'people' }]],
      ['وقتل ما يزيد على مئة وخمسين مدنيا.', [{ v: [150, null], pop: 'people', status: 'killed' }]],
      [
        'وخطف مسلحون 276 تلميذة من مدرسة في تشيبوك عام 2014.',
        [{ v: [276, 276], pop: 'children', status: 'other' }],
      ],
      ['وأصيب ثلاثة عشر طفلا بجروح.', [{ v: [13, 13], pop: 'children' }]],
      [
        'وانضم نحو ٤٠٠ شيشاني إلى التنظيم، قتل منهم ٢٠٠.',
        [
          { v: [400, 400], pop: 'people', origin: ['RU'], status: 'joined' },
          { v: [200, 200], pop: 'people', origin: ['RU'], status: 'killed' },
        ],
      ],
      ['وأكدت المنظمة أن طفلا من كل خمسة أطفال مجندين دون سن 15.', []],
      ['وقتل مقاتل من كل عشرة مقاتلين أجانب.', []],
      [
        'وأعادت روسيا 30 طفلا، أعمارهم بين 3 و10 سنوات.',
        [{ v: [30, 30], pop: 'children', origin: ['RU'], age: [3, 10] }],
      ],
      [
        'وكان بين العائدين 17 امرأة و41 طفلا.',
        [
          { v: [17, 17], pop: 'women' },
          { v: [41, 41], pop: 'children' },
        ],
      ],
      [
        'واعتقل 7 أشخاص للاشتباه في صلتهم بحركة الشباب، بينهم صوماليان.',
        [
          { v: [7, 7], pop: 'people', status: 'detained' },
          { v: [2, 2], pop: 'people', origin: ['SO'], status: 'detained' },
        ],
      ],
      ['وأعيد تونسيان من ليبيا.', [{ v: [2, 2], pop: 'people', origin: ['TN'], status: 'returned' }]],
      [
        'وسلم 16 مقاتلا من حركة الشباب أنفسهم للجيش الصومالي.',
        [{ v: [16, 16], pop: 'fighters', status: 'other' }],
      ],
      ['ونفذ التنظيم حكم الإعدام بحق 12 رهينة.', [{ v: [12, 12], pop: 'people', status: 'killed' }]],
      [
        'وأفادت التقارير بأن 52 آخرين عادوا إلى بلادهم.',
        [{ v: [52, 52], pop: 'people', status: 'returned' }],
      ],
      ['وشارك 240 طفلا في الدورة الصيفية الثالثة.', [{ v: [240, 240], pop: 'children' }]],
    ],
    open,
  );
});

describe('Arabic: frames, charges, ratios after "every", more number words', () => {
  runProbes(
    'ar',
    [
      [
        'وبلغ عدد الأطفال الذين جندتهم حركة الشباب خلال عام 2020 نحو 1400 طفل.',
        [{ v: [1400, 1400], pop: 'children', status: 'joined' }],
      ],
      [
        'وأعلنت بغداد وصول الوجبة الرابعة من العوائل العراقية وعددها 94 عائلة.',
        [{ v: [94, 94], pop: 'families', origin: ['IQ'] }],
      ],
      ['ووصلت الوجبة الخامسة وعددها 112 عائلة.', [{ v: [112, 112], pop: 'families' }]],
      ['ونشرت مجلة دابق في عددها 12 صورا لأطفال.', []],
      [
        'واستقبل مطار طشقند 25 امرأة و75 طفلا على متن طائرة خاصة.',
        [
          { v: [25, 25], pop: 'women', origin: ['UZ'] },
          { v: [75, 75], pop: 'children', origin: ['UZ'] },
        ],
      ],
      ['وأشار التقرير إلى أن قرابة ثلثي المجندين من الأطفال.', []],
      [
        'واحتجزت القوات الكردية ما يناهز 10 آلاف مقاتل من داعش، بينهم ألفا أجنبي.',
        [
          { v: [10000, 10000], pop: 'fighters', aff: 'isis' },
          { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] },
        ],
      ],
      [
        'وقتل في المواجهات خمسة وعشرون عنصرا من الجيش النيجيري.',
        [{ v: [25, 25], pop: 'fighters', status: 'killed' }],
      ],
      [
        'وأعادت كازاخستان خلال عمليات "جوسان" 595 مواطنا، منهم 406 أطفال.',
        [
          { v: [595, 595], pop: 'people', origin: ['KZ'] },
          { v: [406, 406], pop: 'children', origin: ['KZ'] },
        ],
      ],
      [
        'وقدرت مصادر عدد الأجانب المنضمين لبوكو حرام بنحو 200.',
        [{ v: [200, 200], pop: 'people', origin: ['region:foreign'] }],
      ],
      [
        'وأعيدت ثلاث وعشرون امرأة مغربية إلى الرباط.',
        [{ v: [23, 23], pop: 'women', origin: ['MA'], status: 'returned' }],
      ],
      [
        'وانضم ما لا يقل عن ثمانمئة طاجيكي إلى داعش.',
        [{ v: [800, null], pop: 'people', origin: ['TJ'], status: 'joined' }],
      ],
      [
        'وتم تجنيد 3500 طفل منذ عام 2015، بحسب اليونيسف.',
        [{ v: [3500, 3500], pop: 'children', status: 'joined' }],
      ],
      [
        'وعاد إلى الشيشان 200 طفل بفضل جهود قديروف.',
        [{ v: [200, 200], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
      [
        'وأصدرت المحكمة أحكاما بحق 41 متهما بالانتماء إلى داعش.',
        [{ v: [41, 41], pop: 'people', status: 'detained' }],
      ],
      [
        'ونشر الحوثيون صورا لـ 14 طفلا قتلوا في الجبهات.',
        [{ v: [14, 14], pop: 'children', status: 'killed' }],
      ],
      ['وضم الفيديو 6 أطفال يرتدون الزي العسكري.', [{ v: [6, 6], pop: 'children', status: 'featured' }]],
      ['وبين كل 10 مقاتلين أجانب يوجد 3 من آسيا الوسطى.', []],
      ['وكان 30% من العائدين أطفالا.', []],
      ['ويجند الحوثيون طفلا واحدا من كل 3 عائلات.', []],
    ],
    open,
  );
});
