// Arabic, nineteenth round: blind probes on child recruitment in Yemen, al-Shabaab, Boko Haram and ISWAP,
// foreign fighters from the Maghreb, UN figures, returnees to Central Asia and the camps al-Hol and Roj,
// written before looking at the engine's output. Number grammar (inverted gender, teens, hundreds, the
// dual, post-posed numerals, bounds), attribution, origin by nisba and من + country, status verbs.
import { describe, it } from 'vitest';
import { checkReleases, runProbes } from './probe-helpers.ts';

// Open: captives take no nationality from the forces a previous sentence says the group captured
// (the dev "origin missing" of Arabic, six captives of a state's security forces): a look back from a
// victim noun to a captured force is a C2 risk (victims' origins are often said of others), left for a
// rule that needs the capture verb and the force noun together.
const OPEN = new Set<string>(['وأسرت حركة الشباب جنودا من الجيش الكيني. وأظهر تسجيل مصور إعدام 3 أسرى.']);

describe('Arabic: nineteenth-round blind probes', () => {
  runProbes(
    'ar',
    [
      // Surrender: the reflexive object after the count, or the verbal noun, puts them in custody.
      [
        'وسلم 2 ألف مقاتل من حركة الشباب أنفسهم للجيش الصومالي.',
        [{ v: [2000, 2000], pop: 'fighters', status: 'other', aff: 'other' }],
      ],
      [
        'سلم أكثر من 300 عنصر من بوكو حرام أنفسهم إلى القوات النيجيرية.',
        [{ v: [300, null], pop: 'fighters', status: 'other', aff: 'other' }],
      ],
      ['وقام 150 مسلحا بتسليم أنفسهم للجيش.', [{ v: [150, 150], pop: 'fighters', status: 'other' }]],
      [
        'وسلمت 30 امرأة من بوكو حرام أنفسهن للجيش النيجيري.',
        [{ v: [30, 30], pop: 'women', status: 'other', aff: 'other' }],
      ],
      // Handed over to the police, the security services or the courts: custody. To their own
      // country's authorities or its delegation: sent home.
      [
        'وسلم الأهالي 3 مسلحين من الحوثيين إلى الأجهزة الأمنية في مأرب.',
        [{ v: [3, 3], pop: 'fighters', status: 'detained' }],
      ],
      ['وسلمت الشرطة 8 مشتبهين إلى النيابة العامة.', [{ v: [8, 8], pop: 'people', status: 'detained' }]],
      [
        'وسلمت تركيا 12 مقاتلا تونسيا إلى السلطات التونسية.',
        [{ v: [12, 12], pop: 'fighters', origin: ['TN'], status: 'returned' }],
      ],
      [
        'وسلمت قوات سوريا الديمقراطية 25 طفلا أوزبكيا إلى وفد من طشقند.',
        [{ v: [25, 25], pop: 'children', origin: ['UZ'], status: 'returned' }],
      ],
      // Recruitment in Yemen and Somalia, with attribution.
      [
        'وجندت جماعة الحوثي ثلاثة آلاف طفل خلال العام الماضي، بحسب تقرير أممي.',
        [{ v: [3000, 3000], pop: 'children', status: 'joined', aff: 'other', source: 'تقرير أممي' }],
      ],
      [
        'قال مسؤول أممي إن خمس عشرة فتاة جندن في صفوف حركة الشباب.',
        [{ v: [15, 15], pop: 'children', status: 'joined', source: 'مسؤول أممي' }],
      ],
      [
        'وأشار التقرير إلى أن ما لا يقل عن 1500 طفل جندوا في اليمن عام 2020.',
        [{ v: [1500, null], pop: 'children', status: 'joined', source: 'التقرير', loc: ['YE'] }],
      ],
      [
        'ووفقا للأمم المتحدة، تحقق الفريق من تجنيد 2341 طفلا في الصومال.',
        [{ v: [2341, 2341], pop: 'children', status: 'joined', source: 'الأمم المتحدة' }],
      ],
      [
        'ووفقا لمسؤولين أمميين، جند الحوثيون أكثر من عشرة آلاف طفل منذ 2014.',
        [{ v: [10000, null], pop: 'children', status: 'joined', source: 'مسؤولين أمميين' }],
      ],
      [
        'وقدرت الأمم المتحدة عدد الأطفال المجندين لدى الحوثيين بنحو ثلاثمائة طفل.',
        [{ v: [300, 300], pop: 'children', status: 'joined' }],
      ],
      [
        'وقال مسؤول صومالي إن حركة الشباب جندت 5 آلاف طفل خلال ثلاث سنوات.',
        [{ v: [5000, 5000], pop: 'children', status: 'joined', source: 'مسؤول صومالي' }],
      ],
      [
        'وأكدت بعثة الأمم المتحدة أن 17 طفلا قتلوا أو شوهوا في هجمات الحوثيين.',
        [{ v: [17, 17], pop: 'children', status: 'other' }],
      ],
      [
        'وأفادت اليونيسف بأن تسعة عشر طفلا قتلوا في غارة على صعدة.',
        [{ v: [19, 19], pop: 'children', status: 'killed', source: 'اليونيسف' }],
      ],
      // Boko Haram and ISWAP: abduction, escape, hundreds, teens.
      [
        'وبحسب منظمة اليونيسف، اختطفت بوكو حرام أكثر من ألف طفل منذ عام 2013.',
        [{ v: [1000, null], pop: 'children', status: 'other', aff: 'other', source: 'منظمة اليونيسف' }],
      ],
      [
        'وذكرت مصادر محلية أن ثلاث عشرة امرأة نيجيرية فررن من معسكر لبوكو حرام.',
        [{ v: [13, 13], pop: 'women', origin: ['NG'], status: 'other' }],
      ],
      ['وهربت 20 فتاة من معسكر لبوكو حرام.', [{ v: [20, 20], pop: 'children', status: 'other' }]],
      [
        'وقتل أربع مئة مقاتل من تنظيم ولاية غرب أفريقيا.',
        [{ v: [400, 400], pop: 'fighters', status: 'killed', aff: 'isis' }],
      ],
      [
        'وقتل خمسمائة وثلاثون مسلحا من بوكو حرام.',
        [{ v: [530, 530], pop: 'fighters', status: 'killed', aff: 'other' }],
      ],
      [
        'وبحسب وزارة الدفاع، قتل ثلاثمئة وخمسون إرهابيا من ولاية غرب أفريقيا.',
        [{ v: [350, 350], pop: 'fighters', status: 'killed', aff: 'isis', source: 'وزارة الدفاع' }],
      ],
      [
        'وقتل أحد عشر مسلحا من حركة الشباب في كمين.',
        [{ v: [11, 11], pop: 'fighters', status: 'killed', aff: 'other' }],
      ],
      [
        'وأطلق الحوثيون سراح اثني عشر طفلا كانوا يقاتلون في صفوفهم.',
        [{ v: [12, 12], pop: 'children', not: 'returned' }],
      ],
      [
        'وفر 300 شاب تونسي إلى سوريا للالتحاق بداعش.',
        [{ v: [300, 300], pop: 'men', origin: ['TN'], status: 'joined', aff: 'isis' }],
      ],
      ['وفرت 15 فتاة من قبضة بوكو حرام.', [{ v: [15, 15], pop: 'children', status: 'other', aff: 'other' }]],
      ['وفر 100 مقاتل من صفوف الشباب إلى كينيا.', [{ v: [100, 100], pop: 'fighters', status: 'other' }]],
      // The dual and post-posed numerals.
      [
        'وقتل مقاتلان جزائريان في غارة جوية قرب الرقة.',
        [{ v: [2, 2], pop: 'fighters', origin: ['DZ'], status: 'killed' }],
      ],
      [
        'واعتقلت الشرطة الصومالية طفلين جندتهما حركة الشباب.',
        [{ v: [2, 2], pop: 'children', status: 'detained' }],
      ],
      ['وأعيد ألفا شخص إلى العراق من مخيم الهول.', [{ v: [2000, 2000], pop: 'people', status: 'returned' }]],
      [
        'وتسلمت أوزبكستان الأطفال الأوزبك العشرة من السلطات العراقية.',
        [{ v: [10, 10], pop: 'children', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'وقتل المقاتلون التونسيون الثلاثة في الغارة.',
        [{ v: [3, 3], pop: 'fighters', origin: ['TN'], status: 'killed' }],
      ],
      // Foreign fighters from the Maghreb: nisba, من + country, fronted origin.
      [
        'وقالت وزارة الداخلية المغربية إن 1659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق.',
        [{ v: [1659, 1659], pop: 'people', origin: ['MA'], status: 'joined' }],
      ],
      [
        'وغادر نحو 700 تونسي للقتال في ليبيا.',
        [{ v: [700, 700], pop: 'fighters', origin: ['TN'], status: 'joined' }],
      ],
      [
        'وعاد 800 من المقاتلين التونسيين إلى بلادهم.',
        [{ v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' }],
      ],
      [
        'وأوضح التقرير أن 11 مقاتلا ليبيا لقوا حتفهم في سرت.',
        [{ v: [11, 11], pop: 'fighters', origin: ['LY'], status: 'killed' }],
      ],
      [
        'ومن تونس التحق بالتنظيم قرابة 3 آلاف مقاتل.',
        [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'], status: 'joined' }],
      ],
      [
        'وضمت المجموعة 5 نساء من المغرب، والجزائر، وتونس.',
        [{ v: [5, 5], pop: 'women', origin: ['DZ', 'MA', 'TN'] }],
      ],
      [
        'وأشارت تقديرات إلى أن عدد المقاتلين الأجانب في صفوف الشباب يتراوح بين 450 و 850 مقاتلا.',
        [{ v: [450, 850], pop: 'fighters', origin: ['region:foreign'] }],
      ],
      [
        'وتشير التقديرات إلى أن نحو ألفين من الأوزبك قاتلوا في سوريا.',
        [{ v: [2000, 2000], pop: 'fighters', origin: ['UZ'] }],
      ],
      [
        'وأوقفت الأجهزة الأمنية الجزائرية سبعة عناصر من تنظيم داعش.',
        [{ v: [7, 7], pop: 'fighters', status: 'detained', aff: 'isis' }],
      ],
      // Returnees to Central Asia and the camps.
      [
        'ونقلت قرابة 150 امرأة روسية مع أطفالهن من مخيم الهول إلى موسكو.',
        [{ v: [150, 150], pop: 'women', origin: ['RU'], status: 'returned' }],
      ],
      [
        'وأعادت كازاخستان 595 من مواطنيها من سوريا، بينهم 406 أطفال.',
        [
          { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'وأعيد 63 مواطنا تركمانيا من مخيم الهول، بينهم 37 طفلا.',
        [
          { v: [63, 63], pop: 'people', origin: ['TM'], status: 'returned' },
          { v: [37, 37], pop: 'children', origin: ['TM'], status: 'returned' },
        ],
      ],
      [
        'وأعادت ماليزيا 8 من مواطنيها من مخيم الهول.',
        [{ v: [8, 8], pop: 'people', origin: ['MY'], status: 'returned' }],
      ],
      [
        'وقالت وزارة الخارجية إن 12 امرأة قرغيزية محتجزات في سجن ببغداد.',
        [{ v: [12, 12], pop: 'women', origin: ['KG'], status: 'detained', source: 'وزارة الخارجية' }],
      ],
      [
        'وذكرت المنظمة أن مئتي طفل عراقي ما زالوا في مخيم الهول.',
        [{ v: [200, 200], pop: 'children', origin: ['IQ'], status: 'present', source: 'المنظمة' }],
      ],
      [
        'ويحتجز في مخيم الهول قرابة عشرة آلاف من النساء والأطفال الأجانب.',
        [{ v: [10000, 10000], pop: 'people', origin: ['region:foreign'], status: 'present' }],
      ],
      [
        'وأفاد التقرير بأن ثماني نساء مغربيات عدن من مخيم روج.',
        [{ v: [8, 8], pop: 'women', origin: ['MA'], status: 'returned', loc: ['SY'] }],
      ],
      // Captives and hostages: a killing verb right before them says they were killed.
      ['وأظهر تسجيل مصور إعدام 3 أسرى.', [{ v: [3, 3], pop: 'people', status: 'killed' }]],
      ['وقتل التنظيم 5 رهائن.', [{ v: [5, 5], pop: 'people', status: 'killed' }]],
      ['واحتجز التنظيم 5 رهائن.', [{ v: [5, 5], pop: 'people', status: 'other' }]],
      ['وأعدم المسلحون 4 أسرى.', [{ v: [4, 4], pop: 'people', status: 'killed' }]],
      [
        'وأسرت حركة الشباب جنودا من الجيش الكيني. وأظهر تسجيل مصور إعدام 3 أسرى.',
        [{ v: [3, 3], pop: 'people', origin: ['KE'], status: 'killed' }],
      ],
      [
        'وقاتل الجيش الكيني حركة الشباب في جوبا. وأظهر تسجيل مصور إعدام 3 أسرى.',
        [{ v: [3, 3], pop: 'people', status: 'killed' }],
      ],
      // Their nationality said in the next sentence, with the noun repeated.
      [
        'وعاد 7 أطفال إلى بلادهم. وأكدت الوزارة أن الأطفال يحملون الجنسية الكازاخية.',
        [{ v: [7, 7], pop: 'children', origin: ['KZ'], status: 'returned' }],
      ],
      [
        'وقتل 6 مقاتلين في الغارة. وأوضح المصدر أن المقاتلين من تونس.',
        [{ v: [6, 6], pop: 'fighters', origin: ['TN'], status: 'killed' }],
      ],
    ],
    OPEN,
  );
});

describe('Arabic: a series name heading a longer periodical name', () => {
  it('"مجلة رسالة الأمة" is not the series الرسالة', () =>
    checkReleases('ar', 'وجاء ذلك في العدد الأول من مجلة رسالة الأمة.', []));
  it('"مجلة رسالة المجاهدين" is not the series either', () =>
    checkReleases('ar', 'وفي العدد الأخير من مجلة رسالة المجاهدين.', []));
  it('the series with its article keeps its issue', () =>
    checkReleases('ar', 'ونشرت مجلة الرسالة عددها الخامس.', [['magazine', 'الرسالة 5']]));
  it('the series without its article before an epithet keeps its issue', () =>
    checkReleases('ar', 'ونشرت مجلة رسالة الأسبوعية عددها الرابع.', [['magazine', 'رسالة 4']]));
});
