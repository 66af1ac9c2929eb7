// Arabic probe battery, fifth round: sentences written for this test before looking at any dev error
// (no report text), in the style of news, NGO and UN reports on the wider field (the Syrian camps,
// Iraq, Yemen and the Houthis, Somalia and al-Shabaab, Nigeria and Boko Haram, Libya, the Maghreb,
// Central Asia and the Caucasus, UN figures on children). They vary the grammar rather than the topic:
// compound teens, hundreds and thousands in words, duals, numerals after a definite noun, Arabic-Indic
// digits and digits glued to a word, hedges and bounds, counts without a noun, statuses that are not
// returns (arrival in a conflict zone, a transfer between camps, a planned return), origin said of
// the counted people only (not the speaker's nationality, not a group's or a source's name), sources
// carried only by a continuing frame, places, armed groups, ages, and numbers that count no one.
// Each expectation follows ../shared/eval/GUIDELINES.md; `loc`, `age` and `not` (a status the claim
// must not have) are checked where a probe names them.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

/** Probes the engine does not pass yet: kept as expected failures, so a fix shows as a failing test. */
const NOT_YET = new Set<string>([
  // The whole takes the topic origin that only its part has (a one-sentence text's topic is the part's
  // nationality); singling out partitive parts as included ones changed two dev reports for the worse.
  'وضمت القافلة 212 امرأة، تحمل 30 منهن الجنسية الفرنسية.',
  // A part introduced by 'من بين' + a definite whole does not take the whole's status.
  'ومن بين العائدين الـ 120، هناك 70 طفلا.',
  // A fight verb before 'مجموعة من N' does not reach the count: people, not fighters.
  'وتقاتل في صفوف التنظيم مجموعة من 40 شيشانيا.',
  // The verifier before 'من' + a number: the speaker's span runs over the count and is refused.
  'وتحققت الأمم المتحدة من 2407 حالات تجنيد واستخدام للأطفال في الصومال.',
]);

const run = (probes: Probe[]) => runProbes('ar', probes, NOT_YET);

describe('Arabic number words, duals, post-posed numerals and digits (fifth round)', () => {
  run([
    [
      'واعتقلت القوات العراقية أحد عشر عنصرا من داعش في كركوك.',
      [{ v: [11, 11], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['IQ'] }],
    ],
    [
      'وقتل اثنا عشر جنديا في هجوم شنه الحوثيون على مأرب.',
      [{ v: [12, 12], pop: 'fighters', status: 'killed', aff: 'other', loc: ['YE'] }],
    ],
    [
      'وسلمت قوات سوريا الديمقراطية تسع عشرة امرأة روسية إلى وفد من موسكو.',
      [{ v: [19, 19], pop: 'women', origin: ['RU'] }],
    ],
    ['وأطلق التنظيم سراح أربعة عشر صبيا كان قد اختطفهم.', [{ v: [14, 14], pop: 'children' }]],
    ['ولقي ثلاثة عشر مدنيا حتفهم في القصف.', [{ v: [13, 13], pop: 'people', status: 'killed' }]],
    [
      'وعاد ستمئة وخمسة عشر مواطنا تركمانيا إلى بلادهم.',
      [{ v: [615, 615], pop: 'people', origin: ['TM'], status: 'returned' }],
    ],
    [
      'وجندت حركة الشباب خمسة آلاف طفل خلال ثلاث سنوات.',
      [{ v: [5000, 5000], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    [
      'ويحتجز في السجون نحو ثلاثة آلاف وخمسمائة مقاتل أجنبي.',
      [{ v: [3500, 3500], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
    ],
    ['وجندت الميليشيات مئة وعشرين طفلا.', [{ v: [120, 120], pop: 'children', status: 'joined' }]],
    [
      'وانضم ألف مقاتل تونسي إلى الجماعات المسلحة في ليبيا.',
      [{ v: [1000, 1000], pop: 'fighters', origin: ['TN'], status: 'joined', loc: ['LY'] }],
    ],
    [
      'وقتل مقاتلان أجنبيان في غارة بطائرة مسيرة.',
      [{ v: [2, 2], pop: 'fighters', origin: ['region:foreign'], status: 'killed' }],
    ],
    [
      'وأعيدت امرأتان طاجيكيتان مع أطفالهما إلى دوشنبه.',
      [{ v: [2, 2], pop: 'women', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'وجند ألفا طفل على الأقل في اليمن.',
      [{ v: [2000, null], pop: 'children', status: 'joined', loc: ['YE'] }],
    ],
    ['وتسبب عنف بوكو حرام في نزوح مليوني شخص.', [{ v: [2_000_000, 2_000_000], pop: 'people', aff: 'other' }]],
    [
      'وأعيدت النساء الخمس إلى بلدهن بعد أشهر من الاحتجاز.',
      [{ v: [5, 5], pop: 'women', status: 'returned' }],
    ],
    ['وظهر الأطفال الأربعة في شريط دعائي للتنظيم.', [{ v: [4, 4], pop: 'children', status: 'featured' }]],
    [
      'وأعلنت الوزارة إعادة٤٥ طفلا من العراق.',
      [{ v: [45, 45], pop: 'children', status: 'returned', loc: ['IQ'] }],
    ],
    [
      'واعتقلت الشرطة نحو70 شخصا للاشتباه في انتمائهم لبوكو حرام.',
      [{ v: [70, 70], pop: 'people', status: 'detained', aff: 'other' }],
    ],
    ['وقتل أكثر من١٢٠ مسلحا في المعارك.', [{ v: [120, null], pop: 'fighters', status: 'killed' }]],
    [
      'وانضم ٤٬٥٠٠ مقاتل أجنبي إلى التنظيم في ليبيا.',
      [{ v: [4500, 4500], pop: 'fighters', origin: ['region:foreign'], status: 'joined', loc: ['LY'] }],
    ],
    [
      'ويقدر الباحثون عدد المقاتلين القادمين من الشيشان بين 1950 و2600 مقاتل.',
      [{ v: [1950, 2600], pop: 'fighters', origin: ['RU'], source: 'الباحثون' }],
    ],
    [
      'ووصلت إلى المطار تسع وثلاثون امرأة وخمسة وسبعون طفلا.',
      [
        { v: [39, 39], pop: 'women', status: 'returned' },
        { v: [75, 75], pop: 'children', status: 'returned' },
      ],
    ],
    ['وقتل مئات المدنيين وعشرات الجنود في المعارك.', []],
  ]);
});

describe('Arabic hedges, bounds and ranges (fifth round)', () => {
  run([
    [
      'وانضم ما يزيد عن 300 مقاتل مغربي إلى التنظيم.',
      [{ v: [300, null], pop: 'fighters', origin: ['MA'], status: 'joined' }],
    ],
    [
      'ولا يزال أقل من 50 طفلا فرنسيا في مخيم روج.',
      [{ v: [null, 50], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] }],
    ],
    [
      'وقتل ما بين 200 و250 شخصا في هجمات التنظيم على القرى.',
      [{ v: [200, 250], pop: 'people', status: 'killed' }],
    ],
    [
      'وأعادت كازاخستان قرابة 600 من مواطنيها من سوريا.',
      [{ v: [600, 600], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] }],
    ],
    [
      'وتحتجز السلطات الكردية حوالي 10 آلاف عنصر من داعش.',
      [{ v: [10000, 10000], pop: 'fighters', status: 'detained', aff: 'isis' }],
    ],
    [
      'ويقيم في مخيم الهول ما يربو على 60 ألف شخص.',
      [{ v: [60000, null], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
    [
      'ولا يتجاوز عدد الأطفال المغاربة في المخيمات 400 طفل.',
      [{ v: [null, 400], pop: 'children', origin: ['MA'] }],
    ],
    ['وتمكن ما لا يقل عن 15 مقاتلا من الفرار من السجن.', [{ v: [15, null], pop: 'fighters' }]],
    [
      'وأسفرت الغارة عن مقتل ما يناهز 40 عنصرا من طالبان.',
      [{ v: [40, 40], pop: 'fighters', status: 'killed', aff: 'taliban' }],
    ],
    [
      'وتشير التقديرات إلى وجود ما بين ثلاثة وأربعة آلاف مقاتل من آسيا الوسطى في إدلب.',
      [{ v: [3000, 4000], pop: 'fighters', origin: ['region:central-asia'], status: 'present', loc: ['SY'] }],
    ],
    [
      'وقد تم تسريح ما يصل إلى 900 طفل من صفوف الجماعات المسلحة في جنوب السودان.',
      [{ v: [null, 900], pop: 'children', loc: ['SS'] }],
    ],
  ]);
});

describe('Arabic counts without a noun and subsets (fifth round)', () => {
  run([
    [
      'وسافر نحو 700 أذربيجاني إلى سوريا. ومنذ ذلك الحين قتل 96 منهم، بينما عاد 58 إلى أذربيجان.',
      [
        { v: [700, 700], pop: 'people', origin: ['AZ'], status: 'joined' },
        { v: [96, 96], pop: 'people', origin: ['AZ'], status: 'killed' },
        { v: [58, 58], pop: 'people', origin: ['AZ'], status: 'returned' },
      ],
    ],
    [
      'وجاء المقاتلون الأجانب في الجماعة من عدة دول: 420 من الجزائر و175 من مصر.',
      [
        { v: [420, 420], pop: 'fighters', origin: ['DZ'] },
        { v: [175, 175], pop: 'fighters', origin: ['EG'] },
      ],
    ],
    [
      'وقدرت الحكومة عدد الليبيين هناك بنحو 340.',
      [{ v: [340, 340], pop: 'people', origin: ['LY'], source: 'الحكومة' }],
    ],
    [
      'واعتقلت الشرطة ثمانية مسلحين، وقتلت ثلاثة آخرين.',
      [
        { v: [8, 8], pop: 'fighters', status: 'detained' },
        { v: [3, 3], pop: 'fighters', status: 'killed' },
      ],
    ],
    [
      'وأعيد 150 شخصا إلى ألبانيا، 90 منهم أطفال.',
      [
        { v: [150, 150], pop: 'people', origin: ['AL'], status: 'returned' },
        { v: [90, 90], pop: 'children', origin: ['AL'], status: 'returned' },
      ],
    ],
    [
      'وضمت القافلة 212 امرأة، تحمل 30 منهن الجنسية الفرنسية.',
      [
        { v: [212, 212], pop: 'women' },
        { v: [30, 30], pop: 'women', origin: ['FR'] },
      ],
    ],
    [
      'ويبلغ عدد الأطفال المجندين في صفوف الحوثيين 1400 طفل.',
      [{ v: [1400, 1400], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    [
      'ومن بين العائدين الـ 120، هناك 70 طفلا.',
      [
        { v: [120, 120], pop: 'people', status: 'returned' },
        { v: [70, 70], pop: 'children', status: 'returned' },
      ],
    ],
    [
      'وأطلق سراح 25 رهينة، في حين لا يزال 12 آخرون في قبضة الخاطفين.',
      [
        { v: [25, 25], pop: 'people' },
        { v: [12, 12], pop: 'people' },
      ],
    ],
    [
      'وقتل في الهجوم 9 جنود، وأصيب 14 آخرون.',
      [
        { v: [9, 9], pop: 'fighters', status: 'killed' },
        { v: [14, 14], pop: 'fighters', status: 'other' },
      ],
    ],
    [
      'وتضم الدفعة 64 عائدا، منهم 41 طفلا و18 امرأة.',
      [
        { v: [64, 64], pop: 'people', status: 'returned' },
        { v: [41, 41], pop: 'children', status: 'returned' },
        { v: [18, 18], pop: 'women', status: 'returned' },
      ],
    ],
  ]);
});

describe('Arabic status: arrivals, transfers, plans, camps and prisons (fifth round)', () => {
  run([
    [
      'ووصل 200 مقاتل أجنبي إلى إدلب خلال الأشهر الماضية.',
      [{ v: [200, 200], pop: 'fighters', origin: ['region:foreign'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'ووصل نحو 80 عنصرا من داعش إلى شمال موزمبيق.',
      [{ v: [80, 80], pop: 'fighters', status: 'joined', aff: 'isis', loc: ['MZ'] }],
    ],
    [
      'ونقلت السلطات 120 امرأة أجنبية من مخيم الهول إلى مخيم روج.',
      [{ v: [120, 120], pop: 'women', origin: ['region:foreign'], not: 'returned', loc: ['SY'] }],
    ],
    [
      'ونقل 45 طفلا من سجن الحسكة إلى مركز لإعادة التأهيل في شمال شرق سوريا.',
      [{ v: [45, 45], pop: 'children', not: 'returned', loc: ['SY'] }],
    ],
    [
      'وأعيد 600 عراقي من مخيم الهول إلى مخيم الجدعة جنوب الموصل.',
      [{ v: [600, 600], pop: 'people', origin: ['IQ'], status: 'returned' }],
    ],
    [
      'ومن المقرر أن تستعيد هولندا 12 امرأة من مخيم روج الشهر المقبل.',
      [{ v: [12, 12], pop: 'women', origin: ['NL'], status: 'present', loc: ['SY'] }],
    ],
    [
      'وتنتظر 40 عائلة أوزبكية إعادتها إلى البلاد.',
      [{ v: [40, 40], pop: 'families', origin: ['UZ'], not: 'returned' }],
    ],
    [
      'ويحتجز في مخيم روج نحو 800 طفل أجنبي.',
      [{ v: [800, 800], pop: 'children', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
    ],
    [
      'ويحتجز نحو 2000 مقاتل أجنبي في سجون شمال شرق سوريا.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained', loc: ['SY'] }],
    ],
    [
      'وانضم 70 شابا من كينيا إلى حركة الشباب.',
      [{ v: [70, 70], pop: 'men', origin: ['KE'], status: 'joined', aff: 'other' }],
    ],
    [
      'وحكم على 12 مغربيا بالسجن بتهمة الانضمام إلى داعش.',
      [{ v: [12, 12], pop: 'people', origin: ['MA'], status: 'detained' }],
    ],
    [
      'واستقبلت طاجيكستان 84 طفلا من سجون العراق.',
      [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] }],
    ],
    ['وعاد إلى تونس 800 مقاتل.', [{ v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' }]],
    [
      'وعاد 30 مقاتلا من سوريا إلى ألمانيا.',
      [{ v: [30, 30], pop: 'fighters', origin: ['DE'], status: 'returned', loc: ['SY'] }],
    ],
    [
      'ويقاتل نحو 3000 من الإيغور في صفوف الحزب الإسلامي التركستاني في إدلب.',
      [{ v: [3000, 3000], pop: 'fighters', origin: ['CN'], aff: 'other', loc: ['SY'] }],
    ],
    [
      'وانتقل 150 مقاتلا من سوريا إلى ليبيا للقتال مع الجماعات المسلحة هناك.',
      [{ v: [150, 150], pop: 'fighters', not: 'returned' }],
    ],
  ]);
});

describe('Arabic origin: the counted people’s, not the speaker’s or a name’s (fifth round)', () => {
  run([
    [
      'وقال مسؤول ليبي إن 150 طفلا تونسيا ما زالوا محتجزين.',
      [{ v: [150, 150], pop: 'children', origin: ['TN'], loc: [], source: 'مسؤول ليبي' }],
    ],
    [
      'وأكد دبلوماسي روسي أن 90 طفلا روسيا عادوا من العراق.',
      [
        {
          v: [90, 90],
          pop: 'children',
          origin: ['RU'],
          status: 'returned',
          loc: ['IQ'],
          source: 'دبلوماسي روسي',
        },
      ],
    ],
    [
      'وصرح مصدر أمني جزائري بأن 50 إرهابيا قتلوا.',
      [{ v: [50, 50], pop: 'fighters', status: 'killed', loc: [], source: 'مصدر أمني جزائري' }],
    ],
    [
      'وأفاد المرصد السوري لحقوق الإنسان بأن 35 مقاتلا من هيئة تحرير الشام قتلوا.',
      [
        {
          v: [35, 35],
          pop: 'fighters',
          status: 'killed',
          aff: 'al-nusra',
          source: 'المرصد السوري لحقوق الإنسان',
        },
      ],
    ],
    [
      'واعتقل 12 من الألمان و8 من البريطانيين في سوريا.',
      [
        { v: [12, 12], pop: 'people', origin: ['DE'], status: 'detained', loc: ['SY'] },
        { v: [8, 8], pop: 'people', origin: ['GB'], status: 'detained', loc: ['SY'] },
      ],
    ],
    ['وحكم على ثلاثة مغاربة بالسجن.', [{ v: [3, 3], pop: 'people', origin: ['MA'], status: 'detained' }]],
    [
      'وأعادت أنقرة خمسة أتراك من العراق.',
      [{ v: [5, 5], pop: 'people', origin: ['TR'], status: 'returned' }],
    ],
    [
      'وأعادت الرباط ثمانية مغاربة كانوا عالقين في سوريا.',
      [{ v: [8, 8], pop: 'people', origin: ['MA'], status: 'returned', loc: ['SY'] }],
    ],
    [
      'وقتل 15 أوزبكيا في غارة على معسكر للتنظيم في أفغانستان.',
      [{ v: [15, 15], pop: 'people', origin: ['UZ'], status: 'killed', loc: ['AF'] }],
    ],
    [
      'وأعيد 27 طفلا يحملون الجنسية السويدية.',
      [{ v: [27, 27], pop: 'children', origin: ['SE'], status: 'returned' }],
    ],
    [
      'وغادر 120 شخصا من وادي بانكيسي في جورجيا إلى سوريا.',
      [{ v: [120, 120], pop: 'people', origin: ['GE'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'وأعيد 45 طفلا إلى بلدانهم الأسبوع الماضي. وينحدر هؤلاء الأطفال من ألبانيا ومقدونيا الشمالية.',
      [{ v: [45, 45], pop: 'children', origin: ['AL', 'MK'], status: 'returned' }],
    ],
    [
      'وقتل 20 عنصرا من الحركة الإسلامية لأوزبكستان في شمال أفغانستان.',
      [{ v: [20, 20], pop: 'fighters', status: 'killed', aff: 'imu', loc: ['AF'] }],
    ],
    [
      'أعادت ألمانيا 11 امرأة من سوريا.\n\nوفي نيجيريا، خطف مسلحون 300 تلميذة من مدرسة في ولاية زمفرة.',
      [
        { v: [11, 11], pop: 'women', origin: ['DE'], status: 'returned', loc: ['SY'] },
        { v: [300, 300], pop: 'children', loc: ['NG'] },
      ],
    ],
    [
      'وتقاتل في صفوف التنظيم مجموعة من 40 شيشانيا.',
      [{ v: [40, 40], pop: 'fighters', origin: ['RU'], status: 'present' }],
    ],
    [
      'وقال وزير الداخلية الطاجيكي إن 1100 مواطن سافروا إلى سوريا والعراق.',
      [
        {
          v: [1100, 1100],
          pop: 'people',
          status: 'joined',
          loc: ['IQ', 'SY'],
          source: 'وزير الداخلية الطاجيكي',
        },
      ],
    ],
  ]);
});

describe('Arabic sources (fifth round)', () => {
  run([
    [
      'وبحسب منظمة هيومن رايتس ووتش، يوجد 200 طفل أجنبي في سجون العراق.',
      [
        {
          v: [200, 200],
          pop: 'children',
          origin: ['region:foreign'],
          status: 'detained',
          loc: ['IQ'],
          source: 'منظمة هيومن رايتس ووتش',
        },
      ],
    ],
    [
      'وقتل 18 جنديا في الكمين، حسبما ذكرت وكالة الأنباء الصومالية.',
      [{ v: [18, 18], pop: 'fighters', status: 'killed', source: 'وكالة الأنباء الصومالية' }],
    ],
    [
      'وأعلن متحدث باسم الجيش أن 40 إرهابيا قتلوا. وأضاف أن 15 آخرين اعتقلوا.',
      [
        { v: [40, 40], pop: 'fighters', status: 'killed', source: 'متحدث باسم الجيش' },
        { v: [15, 15], pop: 'fighters', status: 'detained', source: 'متحدث باسم الجيش' },
      ],
    ],
    [
      'وقال الجيش إن 40 مسلحا قتلوا في العملية. وفي مدينة أخرى، اعتقل 12 شخصا.',
      [
        { v: [40, 40], pop: 'fighters', status: 'killed', source: 'الجيش' },
        { v: [12, 12], pop: 'people', status: 'detained', source: null },
      ],
    ],
    [
      'ونقلت قناة الجزيرة عن مصدر عسكري أن 26 جنديا قتلوا.',
      [{ v: [26, 26], pop: 'fighters', status: 'killed', source: 'مصدر عسكري' }],
    ],
    [
      'وذكر تقرير للأمين العام للأمم المتحدة أن 1500 طفل جندوا في الصومال العام الماضي.',
      [
        {
          v: [1500, 1500],
          pop: 'children',
          status: 'joined',
          loc: ['SO'],
          source: 'تقرير للأمين العام للأمم المتحدة',
        },
      ],
    ],
    [
      'وتحققت الأمم المتحدة من 2407 حالات تجنيد واستخدام للأطفال في الصومال.',
      [{ v: [2407, 2407], pop: 'children', status: 'joined', loc: ['SO'], source: 'الأمم المتحدة' }],
    ],
    [
      'ووفقا لمسؤولين في المخيم، فإن 130 امرأة فررن منه خلال العام.',
      [{ v: [130, 130], pop: 'women', source: 'مسؤولين في المخيم' }],
    ],
    [
      'وقال قائد الشرطة: "اعتقلنا 19 مشتبها في مقديشو". وتابع أن 6 منهم أجانب.',
      [
        { v: [19, 19], pop: 'people', status: 'detained', source: 'قائد الشرطة', loc: ['SO'] },
        { v: [6, 6], pop: 'people', origin: ['region:foreign'], source: 'قائد الشرطة' },
      ],
    ],
  ]);
});

describe('Arabic numbers that count no people (fifth round)', () => {
  run([
    ['ونفذت القوات 45 عملية ضد التنظيم، ثم نفذت 30 عملية أخرى في الشهر التالي.', []],
    [
      'وقتل 12 مسلحا خلال العملية، فيما نفذت القوات 7 عمليات أخرى.',
      [{ v: [12, 12], pop: 'fighters', status: 'killed' }],
    ],
    ['وتقع المدينة التي يبلغ عدد سكانها مليون نسمة تحت سيطرة الحوثيين.', []],
    ['ويبلغ عدد سكان المحافظة نحو 400 ألف نسمة.', []],
    // A camp's population is a count of the people a report follows.
    [
      'ويبلغ عدد سكان مخيم الهول نحو 60 ألف شخص.',
      [{ v: [60000, 60000], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
    [
      'وخصصت الحكومة 20 مليون دولار لإعادة تأهيل 500 طفل.',
      [{ v: [500, 500], pop: 'children', status: 'other' }],
    ],
    // The count said again with a demonstrative and a post-posed numeral is one claim.
    [
      'وأعادت روسيا 30 طفلا من العراق. وسينقل هؤلاء الأطفال الـ30 إلى مركز لإعادة تأهيلهم.',
      [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
    ],
    ['وقتل 30 في المئة من المقاتلين في السنة الأولى.', []],
    ['وصدر قرار مجلس الأمن رقم 2427 عام 2018 بشأن الأطفال في النزاعات المسلحة.', []],
    ['وشن التنظيم 15 هجوما وبث 12 شريطا مصورا.', []],
    ['ولقي طفل في العاشرة حتفه.', []],
    ['وتسعة من كل عشرة أطفال في المخيم بحاجة إلى دعم نفسي.', []],
    ['وسيطر المسلحون على 3 قرى و4 بلدات.', []],
    ['وانفجرت 7 سيارات مفخخة في مقديشو.', []],
    ['وتضم المحافظة 12 سجنا.', []],
    ['وفتحت النيابة 120 قضية بحق عائدين من سوريا.', []],
    ['وأصدرت المحكمة 40 حكما بحق عناصر من التنظيم.', []],
    ['وسار المسلحون مسافة 40 كيلومترا قبل الهجوم.', []],
    ['وضبطت القوات 25 قطعة سلاح و3 آلاف طلقة.', []],
  ]);
});

describe('Arabic places, armed groups and ages (fifth round)', () => {
  run([
    [
      'وقتل 22 مدنيا في هجوم على سوق في ولاية بورنو.',
      [{ v: [22, 22], pop: 'people', status: 'killed', loc: ['NG'] }],
    ],
    [
      'ويحتجز 300 قاصر في سجن بمدينة الحسكة.',
      [{ v: [300, 300], pop: 'children', status: 'detained', loc: ['SY'] }],
    ],
    [
      'وجند الحوثيون 600 طفل في محافظة الحديدة.',
      [{ v: [600, 600], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'] }],
    ],
    [
      'وقتل 11 مقاتلا من داعش في سرت.',
      [{ v: [11, 11], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['LY'] }],
    ],
    [
      'وقتل 16 عنصرا من حركة الشباب في إقليم جوبا السفلى.',
      [{ v: [16, 16], pop: 'fighters', status: 'killed', aff: 'other', loc: ['SO'] }],
    ],
    [
      'وقتل 14 عنصرا من تنظيم القاعدة في جزيرة العرب بغارة في شبوة.',
      [{ v: [14, 14], pop: 'fighters', status: 'killed', aff: 'al-qaeda', loc: ['YE'] }],
    ],
    [
      'وانضم 250 مقاتلا إلى جبهة فتح الشام.',
      [{ v: [250, 250], pop: 'fighters', status: 'joined', aff: 'al-nusra' }],
    ],
    [
      'وبايع 60 مسلحا تنظيم الدولة الإسلامية في ليبيا.',
      [{ v: [60, 60], pop: 'fighters', status: 'joined', aff: 'isis', loc: ['LY'] }],
    ],
    [
      'وأسرت جماعة أنصار الله 30 جنديا سعوديا.',
      [{ v: [30, 30], pop: 'fighters', origin: ['SA'], aff: 'other' }],
    ],
    [
      'وقتل 9 جنود أفغان في هجوم لولاية خراسان في ولاية كونار.',
      [{ v: [9, 9], pop: 'fighters', origin: ['AF'], status: 'killed', aff: 'isis', loc: ['AF'] }],
    ],
    [
      'وجند 80 طفلا تتراوح أعمارهم بين 12 و15 عاما.',
      [{ v: [80, 80], pop: 'children', status: 'joined', age: [12, 15] }],
    ],
    [
      'وأعيد 36 طفلا دون سن الخامسة إلى فرنسا.',
      [{ v: [36, 36], pop: 'children', origin: ['FR'], age: [null, 4] }],
    ],
    [
      'واعتقل 12 شخصا تقل أعمارهم عن 18 عاما بتهمة الانتماء لداعش.',
      [{ v: [12, 12], pop: 'people', status: 'detained', age: [null, 17] }],
    ],
  ]);
});
