// Arabic probe battery, fourth round: sentences written for this test before looking at any dev
// error (no report text), in the style of news, NGO and UN reports on the wider field: Yemen and the
// Houthis, Somalia and al-Shabaab, Nigeria and Boko Haram/ISWAP, the Syrian camps, Iraq, Libya, the
// Maghreb, Central Asia, Afghanistan and ISIS-K. They test the general rules of Arabic counts rather
// than single words: number words and digits, hedges and ranges, counts without a noun that take
// their antecedent's, status (and plans that are not yet returns), attribution (relayed words,
// clitics on the source, a new paragraph), origin of the counted people only, location, armed groups,
// ages and releases. Each expectation follows ../shared/eval/GUIDELINES.md.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { runProbes, type Probe } from './probe-helpers.ts';

/** Probes the engine does not pass yet: kept as expected failures, so a fix shows as a failing test. */
const NOT_YET = new Set<string>([]);

const claims = (text: string) =>
  extract(text, { lang: 'ar', published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');

const run = (probes: Probe[]) => runProbes('ar', probes, NOT_YET);

describe('Arabic number words and digits (fourth round)', () => {
  run([
    [
      'وأعادت الحكومة الصومالية ثلاثة وأربعين طفلا جندتهم حركة الشباب إلى ذويهم.',
      [{ v: [43, 43], pop: 'children', status: 'returned', aff: 'other' }],
    ],
    ['وأطلق سراح خمس عشرة فتاة اختطفتهن جماعة بوكو حرام.', [{ v: [15, 15], pop: 'children', aff: 'other' }]],
    [
      'وعاد سبعمائة وثلاثون مواطنا أوزبكيا إلى بلادهم.',
      [{ v: [730, 730], pop: 'people', origin: ['UZ'], status: 'returned' }],
    ],
    [
      'وجندت الجماعة ثلاثمائة وستين قاصرا العام الماضي.',
      [{ v: [360, 360], pop: 'children', status: 'joined' }],
    ],
    [
      'وعاد ٢٧ طفلا و١٢ امرأة إلى قيرغيزستان.',
      [
        { v: [27, 27], pop: 'children', origin: ['KG'], status: 'returned' },
        { v: [12, 12], pop: 'women', origin: ['KG'], status: 'returned' },
      ],
    ],
    [
      'ويقبع في السجون نحو ١٢ ألف مقاتل من داعش.',
      [{ v: [12000, 12000], pop: 'fighters', status: 'detained', aff: 'isis' }],
    ],
    [
      'وأعيد طفلان يتيمان وامرأتان إلى فرنسا.',
      [
        { v: [2, 2], pop: 'children', origin: ['FR'], status: 'returned' },
        { v: [2, 2], pop: 'women', origin: ['FR'], status: 'returned' },
      ],
    ],
    [
      'وقدرت المنظمة عدد الأطفال المجندين بألفي طفل على الأقل.',
      [{ v: [2000, null], pop: 'children', status: 'joined', source: 'المنظمة' }],
    ],
    ['وقتل ثمانية عشر مدنيا في الهجوم.', [{ v: [18, 18], pop: 'people', status: 'killed' }]],
    [
      'ويضم مخيم روج قرابة ألفين وستمئة شخص.',
      [{ v: [2600, 2600], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
    ['وقتلت ست عشرة امرأة في الغارة.', [{ v: [16, 16], pop: 'women', status: 'killed' }]],
    ['وأعيدت ثلاث وعشرون عائلة إلى الموصل.', [{ v: [23, 23], pop: 'families', status: 'returned' }]],
  ]);
});

describe('Arabic hedges, bounds and ranges (fourth round)', () => {
  run([
    [
      'وسافر ما يقارب ١٥٠٠ مواطن مغربي إلى بؤر التوتر.',
      [{ v: [1500, 1500], pop: 'people', origin: ['MA'], status: 'joined' }],
    ],
    [
      'وقتل ما لا يقل عن ثمانية عشر مدنيا في هجوم تبنته ولاية غرب أفريقيا.',
      [{ v: [18, null], pop: 'people', status: 'killed', aff: 'isis' }],
    ],
    [
      'وانضم أكثر من ٤ آلاف مقاتل أجنبي إلى الجماعة في أفغانستان.',
      [{ v: [4000, null], pop: 'fighters', origin: ['region:foreign'], status: 'joined', loc: ['AF'] }],
    ],
    [
      'ويتراوح عدد المقاتلين الليبيين في سوريا بين 600 و800 مقاتل.',
      [{ v: [600, 800], pop: 'fighters', origin: ['LY'], loc: ['SY'] }],
    ],
    ['وجند التنظيم ما بين خمسين وستين طفلا.', [{ v: [50, 60], pop: 'children', status: 'joined' }]],
    [
      'وعاد زهاء 900 مقاتل جزائري إلى بلادهم.',
      [{ v: [900, 900], pop: 'fighters', origin: ['DZ'], status: 'returned' }],
    ],
    [
      'ولا يزال أكثر من ألف موريتاني في صفوف الجماعات المسلحة في مالي.',
      [{ v: [1000, null], pop: 'people', origin: ['MR'], status: 'present', loc: ['ML'] }],
    ],
    ['وقتل نحو 40 جنديا نيجيريا.', [{ v: [40, 40], pop: 'fighters', origin: ['NG'], status: 'killed' }]],
  ]);
});

describe('Arabic counts without a noun take their antecedent (fourth round)', () => {
  run([
    [
      'وغادر نحو 400 كازاخي إلى مناطق النزاع، قتل منهم 120 وعاد 52 آخرون.',
      [
        { v: [400, 400], pop: 'people', origin: ['KZ'], status: 'joined' },
        { v: [120, 120], pop: 'people', origin: ['KZ'], status: 'killed' },
        { v: [52, 52], pop: 'people', origin: ['KZ'], status: 'returned' },
      ],
    ],
    [
      'وقالت الوزارة إن 1200 طاجيكي سافروا إلى سوريا والعراق.\n\nوأضافت أن 300 منهم قتلوا في غارات جوية.',
      [
        { v: [1200, 1200], pop: 'people', origin: ['TJ'], status: 'joined', source: 'الوزارة' },
        { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed', source: 'الوزارة' },
      ],
    ],
    [
      'وتضم المجموعة 35 شخصا، بينهم 20 طفلا و11 امرأة.',
      [
        { v: [35, 35], pop: 'people' },
        { v: [20, 20], pop: 'children' },
        { v: [11, 11], pop: 'women' },
      ],
    ],
    [
      'وأعيد 70 مقاتلا أذربيجانيا من العراق. وعاد 52 آخرون إلى بلادهم الأسبوع الماضي.',
      [
        { v: [70, 70], pop: 'fighters', origin: ['AZ'], status: 'returned' },
        { v: [52, 52], pop: 'fighters', origin: ['AZ'], status: 'returned' },
      ],
    ],
    [
      'ويقدر عدد الأطفال التونسيين العالقين في ليبيا بـ 36 طفلا.',
      [{ v: [36, 36], pop: 'children', origin: ['TN'], loc: ['LY'] }],
    ],
    [
      'وأشارت التقديرات إلى أن عدد النساء الأجنبيات في مخيم الهول يبلغ 8000.',
      [{ v: [8000, 8000], pop: 'women', origin: ['region:foreign'], loc: ['SY'] }],
    ],
    [
      'أما الأطفال العراقيون في المخيم فعددهم نحو 20 ألفا.',
      [{ v: [20000, 20000], pop: 'children', origin: ['IQ'] }],
    ],
    [
      'ووصل 93 مواطنا أوزبكيا إلى مطار طشقند، منهم 64 طفلا.',
      [
        { v: [93, 93], pop: 'people', origin: ['UZ'], status: 'returned' },
        { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
      ],
    ],
    [
      'واعتقلت قوات الأمن 14 شخصا في مقديشو، من بينهم ثلاثة أجانب.',
      [
        { v: [14, 14], pop: 'people', status: 'detained', loc: ['SO'] },
        { v: [3, 3], pop: 'people', origin: ['region:foreign'], status: 'detained' },
      ],
    ],
    [
      'وقتل 13 مقاتلا أجنبيا في الغارة، بينهم أربعة فرنسيين.',
      [
        { v: [13, 13], pop: 'fighters', origin: ['region:foreign'], status: 'killed' },
        { v: [4, 4], pop: 'fighters', origin: ['FR'], status: 'killed' },
      ],
    ],
    [
      'وأعادت أوزبكستان 98 امرأة وطفلا من سوريا، من بينهم 60 طفلا يتيما.',
      [
        { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
        { v: [60, 60], pop: 'children', origin: ['UZ'], status: 'returned' },
      ],
    ],
    [
      'وسافر 560 مغربيا إلى سوريا، لقي 200 منهم حتفهم هناك.',
      [
        { v: [560, 560], pop: 'people', origin: ['MA'], status: 'joined' },
        { v: [200, 200], pop: 'people', origin: ['MA'], status: 'killed' },
      ],
    ],
  ]);
});

describe('Arabic status: returns, plans, detention, recruitment (fourth round)', () => {
  run([
    [
      'وتعتزم الحكومة الكازاخية إعادة 150 طفلا من المخيمات السورية.',
      [{ v: [150, 150], pop: 'children', origin: ['KZ'], status: 'present' }],
    ],
    [
      'وتستعد بلجيكا لاستعادة 10 أطفال من مخيم روج.',
      [{ v: [10, 10], pop: 'children', origin: ['BE'], status: 'present', loc: ['SY'] }],
    ],
    [
      'ويقضي 19 مواطنا فرنسيا أحكاما بالسجن في العراق.',
      [{ v: [19, 19], pop: 'people', origin: ['FR'], status: 'detained', loc: ['IQ'] }],
    ],
    [
      'وصدرت أحكام بالإعدام بحق 11 فرنسيا في بغداد.',
      [{ v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained', loc: ['IQ'] }],
    ],
    [
      'ولقي 27 عنصرا من حركة الشباب مصرعهم في غارة أمريكية.',
      [{ v: [27, 27], pop: 'fighters', status: 'killed', aff: 'other' }],
    ],
    [
      'والتحق 45 طفلا بمعسكرات التدريب التابعة للحوثيين خلال شهر واحد.',
      [{ v: [45, 45], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    [
      'وتم تجنيد 2000 طفل على الأقل في صفوف جماعة الحوثي منذ 2014.',
      [{ v: [2000, null], pop: 'children', status: 'joined', aff: 'other', loc: [] }],
    ],
    [
      'وغادر 850 مواطنا تونسيا للقتال في ليبيا.',
      [{ v: [850, 850], pop: 'fighters', origin: ['TN'], status: 'joined', loc: ['LY'] }],
    ],
    [
      'ولا يزال نحو 700 طفل أوروبي عالقين في مخيمي الهول وروج.',
      [{ v: [700, 700], pop: 'children', origin: ['region:europe'], status: 'present', loc: ['SY'] }],
    ],
    [
      'وتم إجلاء 38 طفلا أذربيجانيا من العراق.',
      [{ v: [38, 38], pop: 'children', origin: ['AZ'], status: 'returned', loc: ['IQ'] }],
    ],
    [
      'ووصل 43 طفلا روسيا إلى موسكو على متن طائرة قادمة من بغداد.',
      [{ v: [43, 43], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    [
      'ويظهر في المقطع ثمانية فتية يرتدون الزي العسكري.',
      [{ v: [8, 8], pop: 'children', status: 'featured' }],
    ],
    [
      'وتسعى السلطات العراقية إلى إعادة 500 عائلة من مخيم الهول.',
      [{ v: [500, 500], pop: 'families', origin: ['IQ'], status: 'present', loc: ['SY'] }],
    ],
    [
      'ومن المتوقع أن يعود 120 مقاتلا إلى تونس خلال الأشهر المقبلة.',
      [{ v: [120, 120], pop: 'fighters', origin: ['TN'], status: 'present' }],
    ],
    ['وأودع 26 عائدا السجن فور وصولهم إلى المطار.', [{ v: [26, 26], pop: 'people', status: 'detained' }]],
    ['وأصيب 14 طفلا بجروح في القصف.', [{ v: [14, 14], pop: 'children', status: 'other' }]],
  ]);
});

describe('Arabic sources (fourth round)', () => {
  run([
    [
      'ونقلت وكالة رويترز عن مسؤول عراقي قوله إن 600 طفل أجنبي ما زالوا في السجون.',
      [
        {
          v: [600, 600],
          pop: 'children',
          origin: ['region:foreign'],
          status: 'detained',
          source: 'مسؤول عراقي',
        },
      ],
    ],
    [
      'ونقلت صحيفة محلية عن مصادر أمنية أن 30 مسلحا قتلوا في الاشتباكات.',
      [{ v: [30, 30], pop: 'fighters', status: 'killed', source: 'مصادر أمنية' }],
    ],
    [
      'وأفادت اليونيسف بأن 3500 طفل جندوا في الصومال.',
      [{ v: [3500, 3500], pop: 'children', status: 'joined', source: 'اليونيسف', loc: ['SO'] }],
    ],
    [
      'ووفقا لليونيسف، جند أكثر من 6000 طفل في نيجيريا.',
      [{ v: [6000, null], pop: 'children', status: 'joined', source: 'اليونيسف', loc: ['NG'] }],
    ],
    [
      'وفي تقرير لليونيسف صدر الشهر الماضي، قتل 40 طفلا في اليمن.',
      [{ v: [40, 40], pop: 'children', status: 'killed', source: 'تقرير لليونيسف' }],
    ],
    [
      'وصرح المتحدث باسم الجيش النيجيري بأن 76 إرهابيا قتلوا.',
      [{ v: [76, 76], pop: 'fighters', status: 'killed', source: 'المتحدث باسم الجيش النيجيري' }],
    ],
    [
      'وقتل 17 جنديا صوماليا في الهجوم، وفق ما أفاد ضابط في الجيش.',
      [{ v: [17, 17], pop: 'fighters', origin: ['SO'], status: 'killed', source: 'ضابط في الجيش' }],
    ],
    [
      'وقال وزير الداخلية: "عاد 41 مقاتلا إلى البلاد هذا العام".',
      [{ v: [41, 41], pop: 'fighters', status: 'returned', source: 'وزير الداخلية' }],
    ],
    [
      'وقال وزير الخارجية الطاجيكي إن 300 امرأة طاجيكية تقيم في المخيمات. وأضاف أن 80 منهن عدن إلى البلاد.',
      [
        { v: [300, 300], pop: 'women', origin: ['TJ'], source: 'وزير الخارجية الطاجيكي' },
        { v: [80, 80], pop: 'women', origin: ['TJ'], status: 'returned', source: 'وزير الخارجية الطاجيكي' },
      ],
    ],
    [
      'قالت الحكومة التونسية إن 2900 تونسي قاتلوا في الخارج.\n\nوقتل 12 جنديا في هجوم على ثكنة قرب الحدود.',
      [
        { v: [2900, 2900], pop: 'fighters', origin: ['TN'], source: 'الحكومة التونسية' },
        { v: [12, 12], pop: 'fighters', status: 'killed', source: null },
      ],
    ],
    [
      'وأشار تقرير لمجلس الأمن إلى أن 1200 طفل جندوا في اليمن.',
      [{ v: [1200, 1200], pop: 'children', status: 'joined', source: 'تقرير لمجلس الأمن', loc: ['YE'] }],
    ],
    [
      'وقالت منظمة سيف ذا تشيلدرن للصحفيين إن 250 طفلا قتلوا.',
      [{ v: [250, 250], pop: 'children', status: 'killed', source: 'منظمة سيف ذا تشيلدرن' }],
    ],
    [
      'وأكدت مصادر قبلية لوكالة الأنباء الفرنسية أن 9 مسلحين لقوا حتفهم.',
      [{ v: [9, 9], pop: 'fighters', status: 'killed', source: 'مصادر قبلية' }],
    ],
    [
      'وبحسب إحصاءات الأمم المتحدة، فإن 870 طفلا قتلوا أو شوهوا.',
      [{ v: [870, 870], pop: 'children', status: 'other', source: 'إحصاءات الأمم المتحدة' }],
    ],
  ]);
});

describe('Arabic origin is the counted people’s (fourth round)', () => {
  run([
    [
      'وقتل مسلحون من داعش 11 قرويا في شمال شرق نيجيريا.',
      [{ v: [11, 11], pop: 'people', status: 'killed', aff: 'isis', loc: ['NG'] }],
    ],
    [
      'وقتل 4 مقاتلين أجانب في هجوم على قرية سورية.',
      [{ v: [4, 4], pop: 'fighters', origin: ['region:foreign'], status: 'killed' }],
    ],
    [
      'ومن طاجيكستان وحدها التحق نحو 1900 شخص بالتنظيم.',
      [{ v: [1900, 1900], pop: 'people', origin: ['TJ'], status: 'joined' }],
    ],
    [
      'ومن بين المعتقلين في سجن الحسكة 500 عراقي.',
      [{ v: [500, 500], pop: 'people', origin: ['IQ'], status: 'detained', loc: ['SY'] }],
    ],
    [
      'أعلنت قيرغيزستان إعادة 79 طفلا من العراق.\n\nوفي الصومال، قتل 9 مدنيين في تفجير انتحاري.',
      [
        { v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned' },
        { v: [9, 9], pop: 'people', status: 'killed', loc: ['SO'] },
      ],
    ],
    [
      'وانضم نحو 5 آلاف مقاتل من دول آسيا الوسطى إلى داعش.',
      [{ v: [5000, 5000], pop: 'fighters', origin: ['region:central-asia'], status: 'joined', aff: 'isis' }],
    ],
    [
      'وانضم 8000 مقاتل من دول الاتحاد السوفيتي السابق إلى التنظيم.',
      [{ v: [8000, 8000], pop: 'fighters', origin: ['region:former-ussr'], status: 'joined' }],
    ],
    [
      'وتعد تونس من أكبر مصدري المقاتلين الأجانب، إذ غادرها نحو 3000 شخص.',
      [{ v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined' }],
    ],
    [
      'أما الشيشان فقد سافر منها إلى سوريا قرابة 500 مقاتل.',
      [{ v: [500, 500], pop: 'fighters', origin: ['RU'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'وانضم إلى التنظيم 300 مقاتل من مصر، والسودان.',
      [{ v: [300, 300], pop: 'fighters', origin: ['EG', 'SD'], status: 'joined' }],
    ],
    [
      'واختطف مسلحون من حركة الشباب 6 عمال كينيين.',
      [{ v: [6, 6], pop: 'people', origin: ['KE'], aff: 'other' }],
    ],
    [
      'وأعلنت فرنسا أنها استعادت 35 طفلا من مخيمات شمال شرق سوريا.\n\nوفي العراق، قتل 8 جنود في كمين نصبه مسلحو داعش.',
      [
        { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned', loc: ['SY'] },
        { v: [8, 8], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['IQ'] },
      ],
    ],
  ]);
});

describe('Arabic location: camps, prisons, provinces, countries (fourth round)', () => {
  run([
    [
      'ويحتجز 2000 مقاتل أجنبي في سجن الصناعة بالحسكة.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained', loc: ['SY'] }],
    ],
    [
      'ويقيم 53 ألف عراقي في مخيم الهول.',
      [{ v: [53000, 53000], pop: 'people', origin: ['IQ'], status: 'present', loc: ['SY'] }],
    ],
    [
      'وقاتل نحو 700 طاجيكي في صفوف ولاية خراسان في أفغانستان.',
      [{ v: [700, 700], pop: 'fighters', origin: ['TJ'], aff: 'isis', loc: ['AF'] }],
    ],
    [
      'وتم تجنيد 900 طفل في ولاية بورنو.',
      [{ v: [900, 900], pop: 'children', status: 'joined', loc: ['NG'] }],
    ],
    [
      'واعتقلت السلطات الليبية 25 مقاتلا في سرت.',
      [{ v: [25, 25], pop: 'fighters', status: 'detained', loc: ['LY'] }],
    ],
    [
      'وجند الحوثيون 140 طفلا في محافظة الحديدة.',
      [{ v: [140, 140], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'] }],
    ],
    [
      'وقتل 16 جنديا في هجوم على قاعدة عسكرية في إقليم كيدال.',
      [{ v: [16, 16], pop: 'fighters', status: 'killed', loc: ['ML'] }],
    ],
  ]);
});

describe('Arabic armed groups by their Arabic names (fourth round)', () => {
  run([
    [
      'وانضم 350 شابا إلى جماعة أهل السنة للدعوة والجهاد.',
      [{ v: [350, 350], pop: 'men', status: 'joined', aff: 'other' }],
    ],
    [
      'وجند تنظيم ولاية غرب أفريقيا 200 طفل.',
      [{ v: [200, 200], pop: 'children', status: 'joined', aff: 'isis' }],
    ],
    [
      'واعتقلت الاستخبارات الأفغانية 40 عنصرا من داعش خراسان.',
      [{ v: [40, 40], pop: 'fighters', status: 'detained', aff: 'isis' }],
    ],
    ['وقاتل 200 مسلح في صفوف جبهة فتح الشام.', [{ v: [200, 200], pop: 'fighters', aff: 'al-nusra' }]],
    [
      'وانضم 30 شابا إلى حركة الشباب المجاهدين.',
      [{ v: [30, 30], pop: 'men', status: 'joined', aff: 'other' }],
    ],
    [
      'وبايع 60 مسلحا تنظيم الدولة في ليبيا.',
      [{ v: [60, 60], pop: 'fighters', status: 'joined', aff: 'isis', loc: ['LY'] }],
    ],
    [
      'وجند تنظيم القاعدة في جزيرة العرب 80 طفلا في أبين.',
      [{ v: [80, 80], pop: 'children', status: 'joined', aff: 'al-qaeda', loc: ['YE'] }],
    ],
    [
      'وقتل 12 عنصرا من تنظيم الدولة الإسلامية في ولاية الصحراء الكبرى.',
      [{ v: [12, 12], pop: 'fighters', status: 'killed', aff: 'isis' }],
    ],
    [
      'وأعادت تونس 14 طفلا من ليبيا كان آباؤهم يقاتلون في صفوف داعش.',
      [{ v: [14, 14], pop: 'children', origin: ['TN'], status: 'returned' }],
    ],
  ]);
});

describe('Arabic ages of the counted group (fourth round)', () => {
  run([
    [
      'وجندت الجماعة 120 طفلا تتراوح أعمارهم بين 13 و17 عاما.',
      [{ v: [120, 120], pop: 'children', status: 'joined', age: [13, 17] }],
    ],
    [
      'وبين المحتجزين 150 قاصرا دون الثامنة عشرة.',
      [{ v: [150, 150], pop: 'children', status: 'detained', age: [null, 17] }],
    ],
    [
      'وأعيد 27 طفلا لا تزيد أعمارهم على عشر سنوات.',
      [{ v: [27, 27], pop: 'children', status: 'returned', age: [null, 10] }],
    ],
    ['وأعيد 20 طفلا دون سن العاشرة.', [{ v: [20, 20], pop: 'children', status: 'returned', age: [null, 9] }]],
    [
      'ويتلقى 80 فتى تتراوح أعمارهم من 15 إلى 17 عاما تدريبات عسكرية.',
      [{ v: [80, 80], pop: 'children', age: [15, 17] }],
    ],
    [
      'وأعيد 30 طفلا أصغرهم في الثانية من العمر.',
      [{ v: [30, 30], pop: 'children', status: 'returned', age: [null, null] }],
    ],
  ]);
});

describe('Arabic: what is not a count (fourth round)', () => {
  run([
    ['وقتل الطفل البالغ من العمر 12 عاما في الغارة.', []],
    ['ونفذ التنظيم 35 هجوما في الشهر الماضي.', []],
    ['ونشر التنظيم 14 مقطعا مصورا في شهر واحد.', []],
    ['وتشكل الفتيات نحو ثلث الأطفال المجندين.', []],
    ['وفتحت النيابة 45 قضية إرهاب خلال العام.', []],
    ['وأعيد واحد من كل ثلاثة أطفال إلى أسرهم.', []],
  ]);
});

describe('Arabic releases (fourth round)', () => {
  const rel = (text: string) =>
    extract(text, { lang: 'ar' })
      .releases.filter((r) => r.title)
      .map((r) => [r.media, r.title]);

  it('reads a video title in guillemets after إصدار مرئي … بعنوان', () => {
    expect(rel('ونشرت ولاية غرب أفريقيا إصدارا مرئيا جديدا بعنوان «جيل التمكين» مدته 20 دقيقة.')).toEqual([
      ['video', 'جيل التمكين'],
    ]);
  });

  it('reads a bare title after بعنوان up to the comma', () => {
    expect(rel('وبث التنظيم شريطا جديدا بعنوان فجر الأنصار، يظهر فيه أطفال يتدربون.')).toEqual([
      ['video', 'فجر الأنصار'],
    ]);
  });

  it('reads a title after حمل عنوان', () => {
    expect(rel('وظهر في الفيديو، الذي حمل عنوان "رسالة إلى الآباء"، طفلان.')).toEqual([
      ['video', 'رسالة إلى الآباء'],
    ]);
  });

  it('titles an issue named by an ordinal with the series and its digit', () => {
    expect(rel('وفي العدد العاشر من مجلة دابق ظهرت صور لأطفال يحملون السلاح.')).toEqual([
      ['magazine', 'دابق 10'],
    ]);
  });

  it('takes a magazine series named without an issue as the title', () => {
    expect(rel('ونشرت مجلة "إنسباير" التابعة لتنظيم القاعدة صورا لأطفال.')).toEqual([
      ['magazine', 'إنسباير'],
    ]);
  });

  it('does not take a news agency after a media word as a title', () => {
    expect(rel('ونشرت وكالة "أعماق" مقطعا مصورا يظهر فيه أطفال.')).toEqual([]);
  });

  it('counts the children who appear in a titled video as featured', () => {
    const c = claims('وظهر في الفيديو، الذي حمل عنوان "رسالة إلى الآباء"، طفلان.');
    expect(c.map((x) => [x.value.min, x.population, x.status])).toEqual([[2, 'children', 'featured']]);
  });
});

describe('Arabic mechanisms found on the dev reports, probed in other words (fourth round)', () => {
  run([
    // "مع اعتقال 20 آخرين": with the arrest of others, not the 30 arresting them.
    [
      'وعاد 150 مقاتلا إلى روسيا. وصدرت أحكام بإدانة 30 منهم مع اعتقال 20 آخرين.',
      [
        { v: [150, 150], pop: 'fighters', origin: ['RU'], status: 'returned' },
        { v: [30, 30], pop: 'fighters', origin: ['RU'], status: 'detained' },
        { v: [20, 20], pop: 'fighters', origin: ['RU'], status: 'detained' },
      ],
    ],
    // A state they were in before (كانوا محتجزين) is not what befalls them now.
    [
      'وحطت الطائرة في طشقند وعلى متنها 40 طفلا كانوا محتجزين في مخيم روج.',
      [{ v: [40, 40], pop: 'children', status: 'returned' }],
    ],
    // A group others defeat, or whose stronghold is a place, is not the counted people's.
    ['وبعد هزيمة داعش في الباغوز، فر 5000 مدني من البلدة.', [{ v: [5000, 5000], pop: 'people', aff: null }]],
    [
      'وتضاعف عدد سكان المخيم إلى 60 ألف شخص بعد سقوط آخر معقل لتنظيم الدولة.',
      [{ v: [60000, 60000], pop: 'people', aff: null }],
    ],
    // A word of an armed group's name is no people noun: حزب العمال is the PKK, not workers.
    [
      'وتحققت الأمم المتحدة من تجنيد 9 فتيان، ونسبت ستة حالات إلى حزب العمال الكردستاني.',
      [
        { v: [9, 9], pop: 'children', status: 'joined', source: 'الأمم المتحدة' },
        { v: [6, 6], pop: 'children', aff: 'other' },
      ],
    ],
    ['وخطف مسلحون 4 عمال أتراك قرب الحدود.', [{ v: [4, 4], pop: 'people', origin: ['TR'], status: 'other' }]],
  ]);
});

describe('Arabic: another event in a new paragraph (fourth round)', () => {
  run([
    // A separate operation is not about the people the report follows: no topic origin or place.
    [
      'أعلنت وزارة الداخلية المغربية أن 1600 مغربي سافروا إلى سوريا. وعاد منهم 250.\n\nوفي عملية منفصلة اعتقلت الشرطة 23 عضوا في خلية مسلحة.',
      [
        { v: [1600, 1600], pop: 'people', origin: ['MA'], status: 'joined' },
        { v: [250, 250], pop: 'people', origin: ['MA'], status: 'returned' },
        { v: [23, 23], pop: 'fighters', status: 'detained', loc: [], source: null },
      ],
    ],
    // The other spelling of Kabul places a count in Afghanistan.
    [
      'وقتل 57 شخصا في تفجير انتحاري في كابول.',
      [{ v: [57, 57], pop: 'people', status: 'killed', loc: ['AF'] }],
    ],
  ]);
});

describe('Arabic: where the speaker spoke is not where the people are (fourth round)', () => {
  run([
    [
      'وأوضح رئيس الجهاز في اجتماع عقد في طشقند أن 70 مقاتلا قتلوا في سوريا.',
      [{ v: [70, 70], pop: 'fighters', status: 'killed', loc: ['SY'], source: 'رئيس الجهاز' }],
    ],
    [
      'وقال الوزير خلال مؤتمر صحفي في الرباط إن 40 طفلا ما زالوا عالقين في مخيمات سوريا.',
      [{ v: [40, 40], pop: 'children', status: 'present', loc: ['SY'], source: 'الوزير' }],
    ],
  ]);
});
