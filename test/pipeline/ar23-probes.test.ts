// Arabic, twenty-third round: blind probes written before looking at the engine's output, on child
// recruitment in Yemen and Somalia, Boko Haram, repatriations from al-Hol and Roj, UN figures. Number
// grammar (words, Arabic-Indic digits, the dual, teens, bounds, ranges), nouns with clitics, nisba
// adjectives, status verbs and verbal nouns, planned returns, attribution and anaphora.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Open: none. (The day written "الـ15 من مايو" before the arrival's count is a date since round 25.)
const OPEN = new Set<string>();

describe('Arabic: twenty-third-round blind probes', () => {
  runProbes(
    'ar',
    [
      // Already right before this round: kept as a guard.
      [
        'أعلنت وزارة الخارجية الكازاخية إعادة ٣٤٥ مواطنا من سوريا بينهم ١٨٠ طفلا.',
        [
          { v: [345, 345], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [180, 180], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'ووصل إلى طشقند ثمانية عشر طفلا وإحدى عشرة امرأة من مخيم روج.',
        [
          { v: [18, 18], pop: 'children', origin: ['UZ'] },
          { v: [11, 11], pop: 'women', origin: ['UZ'] },
        ],
      ],
      [
        'وتسلمت تونس طفلين وامرأتين من السلطات الليبية.',
        [
          { v: [2, 2], pop: 'children', origin: ['TN'] },
          { v: [2, 2], pop: 'women', origin: ['TN'] },
        ],
      ],
      [
        'وقالت منظمة اليونيسف إن الحوثيين جندوا ما يزيد على ألفي طفل منذ بداية الحرب.',
        [{ v: [2000, null], pop: 'children', status: 'joined', source: 'منظمة اليونيسف' }],
      ],
      [
        'وذكرت الأمم المتحدة أن بين 200 و300 طفل يجندون كل عام في الصومال.',
        [{ v: [200, 300], pop: 'children', status: 'joined' }],
      ],
      [
        'وتراوح عدد المعتقلين من 50 إلى 60 شخصا، وفقا لمصادر محلية.',
        [{ v: [50, 60], pop: 'people', status: 'detained', source: 'مصادر محلية' }],
      ],
      [
        'وقتل الجيش النيجيري قرابة مئة وعشرين مسلحا من بوكو حرام.',
        [{ v: [120, 120], pop: 'fighters', status: 'killed', aff: 'other' }],
      ],
      [
        'وأعيد إلى البوسنة ٢٥ شخصا، بينهم سبع نساء و١٢ طفلا.',
        [
          { v: [25, 25], pop: 'people', origin: ['BA'] },
          { v: [7, 7], pop: 'women', origin: ['BA'] },
          { v: [12, 12], pop: 'children', origin: ['BA'] },
        ],
      ],
      [
        'وتشير التقديرات إلى وجود ما بين 5 و6 آلاف مقاتل في صفوف التنظيم بأفغانستان.',
        [{ v: [5000, 6000], pop: 'fighters' }],
      ],
      [
        'وحسب الإحصاءات الرسمية، التحق 1200 مغربي بالتنظيمات المتطرفة، قتل منهم 300.',
        [
          { v: [1200, 1200], pop: 'people', origin: ['MA'], status: 'joined' },
          { v: [300, 300], pop: 'people', origin: ['MA'], status: 'killed' },
        ],
      ],
      // A bound verb before a "number of" frame, its preposition before the number: no fewer than,
      // more than, no more than.
      ['ولا يقل عدد ضحايا الهجوم عن 25 قتيلا.', [{ v: [25, null], pop: 'people', status: 'killed' }]],
      [
        'ولا يقل عدد الأطفال المجندين في صفوف الحوثيين عن 2000 طفل.',
        [{ v: [2000, null], pop: 'children', status: 'joined' }],
      ],
      ['ويزيد عدد المعتقلين في سجون قسد على 5 آلاف شخص.', [{ v: [5000, null], pop: 'people' }]],
      ['ولا يزيد عدد العائدين إلى الجزائر على 90 شخصا.', [{ v: [null, 90], pop: 'people', origin: ['DZ'] }]],
      [
        'ولا تقل أعداد النساء الأجنبيات في المخيم عن 700 امرأة.',
        [{ v: [700, null], pop: 'women', origin: ['region:foreign'] }],
      ],
      // A nationality counted right after the number, then "from the families of": persons, not families.
      [
        'وأوضح البيان أن عمليات الإعادة شملت 600 عراقي من عائلات مقاتلي التنظيم.',
        [{ v: [600, 600], pop: 'people', origin: ['IQ'], status: 'returned' }],
      ],
      [
        'واستقبل مطار بغداد أكثر من ٦٠٠ عراقي من عوائل عناصر داعش.',
        [{ v: [600, null], pop: 'people', origin: ['IQ'] }],
      ],
      ['وعاد 300 تونسي من أسر المقاتلين إلى بلادهم.', [{ v: [300, 300], pop: 'people', origin: ['TN'] }]],
      // A return in the future (ستعيد، ستستعيد، سوف تعيد): not made yet, but the state that will bring
      // them home is theirs, and the zone they leave is not.
      [
        'وستعيد أوزبكستان 95 امرأة من مخيم الهول خلال الأسابيع القادمة.',
        [{ v: [95, 95], pop: 'women', origin: ['UZ'], not: 'returned' }],
      ],
      [
        'وستستعيد كازاخستان 120 امرأة من سوريا.',
        [{ v: [120, 120], pop: 'women', origin: ['KZ'], not: 'returned' }],
      ],
      [
        'وسوف تعيد طاجيكستان 40 طفلا من العراق.',
        [{ v: [40, 40], pop: 'children', origin: ['TJ'], not: 'returned' }],
      ],
      [
        'ولن تعيد فرنسا 200 طفل محتجزين في المخيمات.',
        [{ v: [200, 200], pop: 'children', origin: ['FR'], not: 'returned' }],
      ],
      [
        'ومن المقرر أن تعيد طاجيكستان 146 امرأة وطفلا من المخيمات الشهر المقبل.',
        [{ v: [146, 146], pop: 'people', origin: ['TJ'], not: 'returned' }],
      ],
      // A capital right after the return verb (verb first) stands for its state.
      [
        'واستعادت باريس 35 طفلا من المخيمات في شمال شرق سوريا.',
        [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' }],
      ],
      [
        'وتسلمت بغداد 600 شخص من مخيم الهول.',
        [{ v: [600, 600], pop: 'people', origin: ['IQ'], status: 'returned' }],
      ],
      [
        'وأعادت برلين 8 نساء و23 طفلا من روج.',
        [
          { v: [8, 8], pop: 'women', origin: ['DE'], status: 'returned' },
          { v: [23, 23], pop: 'children', origin: ['DE'], status: 'returned' },
        ],
      ],
      // The passive participle of أعاد with the article: the brought-back.
      [
        'وارتفع عدد الأطفال المعادين إلى فرنسا إلى 126 طفلا.',
        [{ v: [126, 126], pop: 'children', origin: ['FR'], status: 'returned' }],
      ],
      ['وبلغ عدد النساء المعادات من العراق 40 امرأة.', [{ v: [40, 40], pop: 'women', status: 'returned' }]],
      // Attribution with a resumptive pronoun after the verb.
      [
        'وقتل 8 مقاتلين أجانب، بحسب ما أفاد به مسؤول محلي.',
        [{ v: [8, 8], pop: 'fighters', origin: ['region:foreign'], status: 'killed', source: 'مسؤول محلي' }],
      ],
      // A court ruling glued to its ب with the court between.
      [
        'وحكمت محكمة عراقية بإعدام 11 فرنسيا أدينوا بالانتماء إلى داعش.',
        [{ v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained', aff: 'isis' }],
      ],
      // A bound after the number, then "of" a group's fighters.
      [
        'وقتل 15 على الأقل من مقاتلي الشباب.',
        [{ v: [15, null], pop: 'fighters', status: 'killed', aff: 'other' }],
      ],
      // Nationality said by a subject pronoun after the count.
      [
        'وتقول مصادر إن 70 طفلا وصلوا إلى بغداد، وجميعهم عراقيون.',
        [{ v: [70, 70], pop: 'children', origin: ['IQ'] }],
      ],
      ['وأعيد 70 طفلا جميعهم من العراق.', [{ v: [70, 70], pop: 'children', origin: ['IQ'] }]],
      ['واعتقل 12 مسلحا، وهم سوريون.', [{ v: [12, 12], pop: 'fighters', origin: ['SY'] }]],
      // "Others" the counted gunmen lead away are other people.
      [
        'وظهر في التسجيل أربعة مسلحين ملثمين يقتادون ثلاثة آخرين.',
        [
          { v: [4, 4], pop: 'fighters', status: 'featured' },
          { v: [3, 3], pop: 'people' },
        ],
      ],
      // A nationality after a month, the camp left by its name.
      [
        'وغادر الهول في 12 أبريل 300 عراقي.',
        [{ v: [300, 300], pop: 'people', origin: ['IQ'], status: 'returned' }],
      ],
      // His, its fighters and soldiers by suffix; a year-like number before من.
      ['وقتل 50 من مسلحيه.', [{ v: [50, 50], pop: 'fighters', status: 'killed' }]],
      [
        'وأعلنت كينيا مقتل 20 من جنودها في الصومال.',
        [{ v: [20, 20], pop: 'fighters', origin: ['KE'], status: 'killed' }],
      ],
      ['وفقدت الجماعة 2000 من مقاتليها الأطفال.', [{ v: [2000, 2000], pop: 'fighters' }]],
      ['واعتقل 6 من قادة التنظيم.', [{ v: [6, 6], pop: 'fighters', status: 'detained' }]],
      ['وقال إن أعمار 40 طفلا تتراوح بين 11 و14 سنة.', [{ v: [40, 40], pop: 'children' }]],
      // Arrival with when between the verb and its subject; and with the day written الـ15 من.
      [
        'ووصلت يوم الخميس طائرة تقل 40 طفلا إلى دوشانبي.',
        [{ v: [40, 40], pop: 'children', origin: ['TJ'], status: 'returned' }],
      ],
      [
        'ووصلت في الـ15 من مايو طائرة تقل 40 طفلا إلى دوشانبي.',
        [{ v: [40, 40], pop: 'children', origin: ['TJ'], status: 'returned' }],
      ],
    ],
    OPEN,
  );
});
