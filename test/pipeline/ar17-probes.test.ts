// Arabic, seventeenth round: blind probes (invented sentences in the style of Yemeni, Somali and Nigerian
// news, Maghreb reports on foreign fighters, repatriations from al-Hol and Roj, Iraqi court statements and
// the UN annual report on children and armed conflict), written before looking at the engine's output.
// Numerals vary: words (teens, tens, hundreds, thousands), the dual, post-posed numerals, Arabic-Indic
// digits, digits glued to words, ranges and bounds, counts without a noun (منهم N، N آخرون); origins by
// nisba, من + country and يحملون الجنسية.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Fixed in this round (ar17-mechanisms.test.ts): ألفين before a partitive, أطفالهما الستة. The probe of the
// two French women gave their children no origin when written; "their children" refers back to the women
// (GUIDELINES.md, origin), so FR is kept.
const open = new Set<string>([
  // "others" after a count promoted to fighters by its own verb (للقتال) inherit fighters, though they
  // were barred from going: the fight is the first group's.
  'وبحسب الإحصاءات الرسمية، غادر ما لا يقل عن 3 آلاف تونسي للقتال في سوريا، فيما منع 27 ألفا آخرين من السفر.',
  // موكل (a lawyer's client) is not a person noun of the lexicon.
  'وقالت هيئة الدفاع إن موكليها الأربعة عشر ما زالوا في سجن ببغداد.',
]);

describe('Arabic: Houthi recruitment of children in Yemen', () => {
  runProbes(
    'ar',
    [
      [
        'وتحقق الفريق القطري من تجنيد 1,341 طفلا في اليمن خلال العام، نسبت غالبيتها إلى جماعة الحوثي.',
        [{ v: [1341, 1341], pop: 'children', origin: [], status: 'joined' }],
      ],
      [
        'وقدرت المنظمة عدد الأطفال المجندين لدى الحوثيين بـ30 ألف طفل.',
        [{ v: [30000, 30000], pop: 'children', origin: [], status: 'joined' }],
      ],
      [
        'وقتل أربعة عشر طفلا وأصيب اثنان وعشرون آخرون في قصف على مدينة تعز.',
        [
          { v: [14, 14], pop: 'children', origin: [], status: 'killed' },
          { v: [22, 22], pop: 'children', origin: [] },
        ],
      ],
      [
        'وجند الحوثيون 45 طفلا تتراوح أعمارهم بين 12 و15 عاما في محافظة حجة.',
        [{ v: [45, 45], pop: 'children', origin: [], status: 'joined', age: [12, 15] }],
      ],
      [
        'وقدرت الحكومة اليمنية عدد الأطفال الذين جندهم الحوثيون منذ بداية الحرب بأكثر من عشرة آلاف طفل.',
        [{ v: [10000, null], pop: 'children', origin: [], status: 'joined' }],
      ],
      ['ووثقت الأمم المتحدة 163 هجوما على المدارس والمستشفيات في اليمن.', []],
    ],
    open,
  );
});

describe('Arabic: al-Shabaab in Somalia', () => {
  runProbes(
    'ar',
    [
      [
        'وجندت حركة الشباب ما لا يقل عن ثمانمائة وخمسين طفلا في جنوب الصومال.',
        [{ v: [850, null], pop: 'children', origin: [], status: 'joined' }],
      ],
      [
        'وأفاد التقرير بأن الأمم المتحدة تحققت من ٢٥٠ حالة تجنيد واستخدام للأطفال من قبل حركة الشباب.',
        [{ v: [250, 250], pop: 'children', origin: [], status: 'joined' }],
      ],
      [
        'وقتل مقاتلان من حركة الشباب في غارة جوية جنوب الصومال.',
        [{ v: [2, 2], pop: 'fighters', origin: [], status: 'killed' }],
      ],
      [
        'وكان الأطفال الأربعة قد نقلوا إلى مركز لإعادة التأهيل في مقديشو.',
        [{ v: [4, 4], pop: 'children', origin: [] }],
      ],
      [
        'وسلم الجيش الصومالي ٣٦ طفلا كانوا يقاتلون في صفوف الشباب إلى منظمة اليونيسف.',
        [{ v: [36, 36], pop: 'children', origin: [] }],
      ],
      [
        'وتضم حركة الشباب زهاء سبعة آلاف مقاتل.',
        [{ v: [7000, 7000], pop: 'fighters', origin: [], status: 'present' }],
      ],
    ],
    open,
  );
});

describe('Arabic: Boko Haram and ISWAP in Nigeria', () => {
  runProbes(
    'ar',
    [
      [
        'واختطفت جماعة بوكو حرام قرابة ثلاثمئة تلميذة من مدرسة في شيبوك، ولا تزال 96 منهن في عداد المفقودين.',
        [
          { v: [300, 300], pop: 'children', origin: [] },
          { v: [96, 96], pop: 'children', origin: [] },
        ],
      ],
      [
        'كما تحققت الأمم المتحدة من اختطاف 82 طفلا في نيجيريا، 48 منهم على يد بوكو حرام.',
        [
          { v: [82, 82], pop: 'children', origin: [] },
          { v: [48, 48], pop: 'children', origin: [] },
        ],
      ],
      [
        'وأعلن الجيش النيجيري استسلام ألفين ومئتين من عناصر تنظيم داعش في غرب أفريقيا.',
        [{ v: [2200, 2200], pop: 'fighters', origin: [], aff: 'isis' }],
      ],
      [
        'وأفرجت السلطات النيجيرية عن مئتين وثلاثة وعشرين معتقلا بعد تبرئتهم من تهمة الانتماء إلى الجماعة.',
        [{ v: [223, 223], pop: 'people', origin: [] }],
      ],
    ],
    open,
  );
});

describe('Arabic: foreign fighters from the Maghreb', () => {
  runProbes(
    'ar',
    [
      [
        'وأحصت الحكومة التونسية قرابة ثلاثة آلاف تونسي التحقوا بالجماعات المسلحة في سوريا والعراق.',
        [{ v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined' }],
      ],
      [
        'وتقدر أجهزة الأمن عدد المغاربة الذين التحقوا بداعش بنحو 1600 شخص، عاد منهم 260 إلى المغرب.',
        [
          { v: [1600, 1600], pop: 'people', origin: ['MA'], status: 'joined' },
          { v: [260, 260], pop: 'people', origin: ['MA'], status: 'returned' },
        ],
      ],
      [
        'وقال الباحث إن بين 5 آلاف و6 آلاف مقاتل من تونس والمغرب والجزائر انضموا إلى التنظيم.',
        [{ v: [5000, 6000], pop: 'fighters', origin: ['DZ', 'MA', 'TN'], status: 'joined' }],
      ],
      [
        'وتراوح عدد المقاتلين الليبيين في سوريا بين 600 و800 مقاتل.',
        [{ v: [600, 800], pop: 'fighters', origin: ['LY'] }],
      ],
      [
        'وسافر نحو 400 جزائري للقتال مع الجماعات المسلحة، قتل منهم 150 وعاد 87 آخرون.',
        [
          { v: [400, 400], pop: 'fighters', origin: ['DZ'], status: 'joined' },
          { v: [150, 150], pop: 'fighters', origin: ['DZ'], status: 'killed' },
          { v: [87, 87], pop: 'fighters', origin: ['DZ'], status: 'returned' },
        ],
      ],
      [
        'واعتقلت السلطات الليبية 23 شخصا يحملون الجنسية التونسية للاشتباه في انتمائهم إلى داعش.',
        [{ v: [23, 23], pop: 'people', origin: ['TN'], status: 'detained', aff: 'isis' }],
      ],
      [
        'وكان بين المحتجزين 25 مقاتلا من الجزائر و13 من ليبيا.',
        [
          { v: [25, 25], pop: 'fighters', origin: ['DZ'] },
          { v: [13, 13], pop: 'fighters', origin: ['LY'] },
        ],
      ],
      [
        'وقال مركز الدراسات إن 700 مقاتل تونسي قتلوا في سوريا.',
        [{ v: [700, 700], pop: 'fighters', origin: ['TN'], status: 'killed', source: 'مركز الدراسات' }],
      ],
    ],
    open,
  );
});

describe('Arabic: repatriations from al-Hol and Roj', () => {
  runProbes(
    'ar',
    [
      [
        'وأعيد اثنا عشر طفلا مغربيا من مخيم روج إلى الرباط الأسبوع الماضي.',
        [{ v: [12, 12], pop: 'children', origin: ['MA'], status: 'returned' }],
      ],
      [
        'وأعادت السلطات التونسية ١٤ امرأة و٢٧ طفلا من عائلات المقاتلين المحتجزين في ليبيا.',
        [
          { v: [14, 14], pop: 'women', origin: ['TN'], status: 'returned' },
          { v: [27, 27], pop: 'children', origin: ['TN'], status: 'returned' },
        ],
      ],
      [
        'ولا يزال نحو 60 ألف شخص يحتجزون في مخيم الهول، بينهم أكثر من 40 ألف طفل.',
        [
          { v: [60000, 60000], pop: 'people', origin: [], status: 'present' },
          { v: [40000, null], pop: 'children', origin: [], status: 'present' },
        ],
      ],
      [
        'وأعيد 31 طفلا تونسيا يومي 4 و6 من شهر مارس.',
        [{ v: [31, 31], pop: 'children', origin: ['TN'], status: 'returned' }],
      ],
      [
        'ونقلت الإدارة الذاتية امرأتين فرنسيتين وأطفالهما الستة إلى مخيم روج.',
        [
          { v: [2, 2], pop: 'women', origin: ['FR'] },
          { v: [6, 6], pop: 'children', origin: ['FR'] },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: Iraqi courts and detainees', () => {
  runProbes(
    'ar',
    [
      [
        'وقضت محكمة عراقية بسجن 3 نساء ألمانيات 15 عاما بتهمة الانتماء إلى داعش.',
        [{ v: [3, 3], pop: 'women', origin: ['DE'], status: 'detained', aff: 'isis' }],
      ],
      [
        'وأفاد مصدر قضائي بأن المحاكم أصدرت أحكاما بحق أكثر من 500 أجنبي، من بينهم 100 امرأة تركية.',
        [
          { v: [500, null], pop: 'people', origin: ['region:foreign'], status: 'detained' },
          { v: [100, 100], pop: 'women', origin: ['TR'], status: 'detained' },
        ],
      ],
      [
        'واعتقلت الشرطة العراقية ثماني عشرة امرأة أجنبية في الموصل.',
        [{ v: [18, 18], pop: 'women', origin: ['region:foreign'], status: 'detained' }],
      ],
      [
        'وأكدت الوزارة اعتقال أكثر من50 عنصرا من تنظيم داعش في ديالى.',
        [{ v: [50, null], pop: 'fighters', origin: [], status: 'detained', aff: 'isis' }],
      ],
      [
        'ويقبع في السجون العراقية نحو 1,500 أجنبي، منهم 40 فرنسيا.',
        [
          { v: [1500, 1500], pop: 'people', origin: ['region:foreign'], status: 'detained' },
          { v: [40, 40], pop: 'people', origin: ['FR'], status: 'detained' },
        ],
      ],
    ],
    open,
  );
});

describe('Arabic: the UN annual report on children and armed conflict', () => {
  runProbes(
    'ar',
    [
      [
        'وتحقق التقرير السنوي للأمين العام من قتل وتشويه 2,674 طفلا في أفغانستان.',
        [{ v: [2674, 2674], pop: 'children', origin: [], status: 'other' }],
      ],
      [
        'وأطلقت حركة الشباب سراح خمسة وثلاثين طفلا مجندا بعد وساطة قبلية.',
        [{ v: [35, 35], pop: 'children', origin: [] }],
      ],
      [
        'وتحققت الأمم المتحدة من اختطاف تسعة وثمانين طفلا، وأفرج لاحقا عن سبعة عشر منهم.',
        [
          { v: [89, 89], pop: 'children', origin: [] },
          { v: [17, 17], pop: 'children', origin: [] },
        ],
      ],
      [
        'وقتل عشرات المسلحين و3 جنود في اشتباكات قرب مأرب.',
        [{ v: [3, 3], pop: 'fighters', origin: [], status: 'killed' }],
      ],
    ],
    open,
  );
});

describe('Arabic: second batch (frames, years, partitives, courts)', () => {
  runProbes(
    'ar',
    [
      [
        'وبلغ عدد العائدين 135، بينهم 40 امرأة.',
        [
          { v: [135, 135], pop: 'people', origin: [], status: 'returned' },
          { v: [40, 40], pop: 'women', origin: [], status: 'returned' },
        ],
      ],
      [
        'وقتل الجيش اليمني 23 حوثيا في جبهة نهم.',
        [{ v: [23, 23], pop: 'fighters', origin: [], status: 'killed', aff: 'other' }],
      ],
      [
        'وأحصت المنظمة واحدا وعشرين طفلا قتلوا في الغارات.',
        [{ v: [21, 21], pop: 'children', origin: [], status: 'killed', source: 'المنظمة' }],
      ],
      [
        'وقال المصدر إن عدد الأطفال المجندين في صفوف الشباب لا يقل عن 2000.',
        [{ v: [2000, null], pop: 'children', origin: [], status: 'joined' }],
      ],
      [
        'وأصدرت محكمة عراقية حكما بإعدام 11 فرنسيا، فيما حكم على مغربي وبلجيكي بالسجن.',
        [{ v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained' }],
      ],
      [
        'وبحسب الإحصاءات الرسمية، غادر ما لا يقل عن 3 آلاف تونسي للقتال في سوريا، فيما منع 27 ألفا آخرين من السفر.',
        [
          { v: [3000, null], pop: 'fighters', origin: ['TN'], status: 'joined' },
          { v: [27000, 27000], pop: 'people', origin: ['TN'], status: 'other' },
        ],
      ],
      [
        'وأفرجت السلطات عن 37 امرأة من النيجر وتشاد كن محتجزات في سجن مايدوغوري.',
        [{ v: [37, 37], pop: 'women', origin: ['NE', 'TD'] }],
      ],
      [
        'وكانت المملكة قد استعادت في مارس 2019 ثمانية مقاتلين، قبل أن تتوقف العملية.',
        [{ v: [8, 8], pop: 'fighters', origin: [], status: 'returned' }],
      ],
      [
        'وغادر إلى سوريا 900 تونسي، عاد منهم إلى البلاد حتى الآن 300 فقط.',
        [
          { v: [900, 900], pop: 'people', origin: ['TN'], status: 'joined' },
          { v: [300, 300], pop: 'people', origin: ['TN'], status: 'returned' },
        ],
      ],
      [
        'واستقبلت تونس الأسبوع الماضي ثلاث نساء وأطفالهن الأحد عشر.',
        [
          { v: [3, 3], pop: 'women', origin: ['TN'], status: 'returned' },
          { v: [11, 11], pop: 'children', origin: ['TN'], status: 'returned' },
        ],
      ],
      ['وقضت وحدات الجيش على 4 إرهابيين.', [{ v: [4, 4], pop: 'fighters', origin: [], status: 'killed' }]],
      [
        'وقالت هيئة الدفاع إن موكليها الأربعة عشر ما زالوا في سجن ببغداد.',
        [{ v: [14, 14], pop: 'people', origin: [] }],
      ],
      [
        'وتحققت الأمم المتحدة من تجنيد 1,716 طفلا من جانب حركة الشباب (1,135)، والجيش الوطني الصومالي (98).',
        [
          { v: [1716, 1716], pop: 'children', origin: [], status: 'joined' },
          { v: [1135, 1135], pop: 'children', origin: [], status: 'joined' },
          { v: [98, 98], pop: 'children', origin: [], status: 'joined' },
        ],
      ],
      [
        'وقتل خمسة جنود تونسيين، فيما قضت وحدات الجيش على إرهابيين اثنين.',
        [
          { v: [5, 5], pop: 'fighters', origin: ['TN'], status: 'killed' },
          { v: [2, 2], pop: 'fighters', origin: [], status: 'killed' },
        ],
      ],
    ],
    open,
  );
});
