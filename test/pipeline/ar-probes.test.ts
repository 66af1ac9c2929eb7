// Arabic probe battery: the language's number grammar, person nouns, nisba demonyms, groups, status
// verbs, sources and headless counts, each on a sentence written for this test (no report text).
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('ar', text, want));
};

describe('Arabic numerals 3-10 with plural nouns, both genders', () => {
  run([
    [
      'واعتقلت الشرطة ثلاثة رجال في المدينة.',
      [{ v: [3, 3], pop: 'men', status: 'detained', quote: 'ثلاثة رجال' }],
    ],
    ['وأعيدت أربع نساء إلى بلدهن.', [{ v: [4, 4], pop: 'women', status: 'returned' }]],
    ['وقتل خمسة مقاتلين في الغارة.', [{ v: [5, 5], pop: 'fighters', status: 'killed' }]],
    ['ووصلت سبع عائلات إلى المطار.', [{ v: [7, 7], pop: 'families' }]],
    ['ويحتجز التنظيم عشرة رهائن.', [{ v: [10, 10], pop: 'people' }]],
    ['وأفرج عن ثمانية أسرى.', [{ v: [8, 8], pop: 'people' }]],
    ['ونقل تسعة جرحى إلى المستشفى.', [{ v: [9, 9], pop: 'people', quote: 'تسعة جرحى' }]],
    ['وسقط قتيلان في الانفجار.', [{ v: [2, 2], pop: 'people', status: 'killed' }]],
  ]);
});

describe('Arabic teens with the accusative singular', () => {
  run([
    ['واعتقلت قوات الأمن أحد عشر مسلحا.', [{ v: [11, 11], pop: 'fighters', status: 'detained' }]],
    ['وأعيد اثنا عشر طفلا إلى بلادهم.', [{ v: [12, 12], pop: 'children', status: 'returned' }]],
    ['ونقلت السلطات اثنتي عشرة امرأة إلى السجن.', [{ v: [12, 12], pop: 'women' }]],
    ['وقتل ثلاثة عشر جنديا في الهجوم.', [{ v: [13, 13], pop: 'fighters', status: 'killed' }]],
    ['وظهر خمسة عشر طفلا في الشريط.', [{ v: [15, 15], pop: 'children', status: 'featured' }]],
    ['وأعيدت تسع عشرة امرأة من المخيم.', [{ v: [19, 19], pop: 'women', status: 'returned' }]],
  ]);
});

describe('Arabic tens, hundreds, thousands', () => {
  run([
    ['وانضم عشرون مقاتلا إلى التنظيم.', [{ v: [20, 20], pop: 'fighters' }]],
    ['وأعيد خمسة وعشرون طفلا.', [{ v: [25, 25], pop: 'children' }]],
    ['واعتقل ثلاثمائة شخص.', [{ v: [300, 300], pop: 'people' }]],
    ['وعاد أربعة آلاف مواطن.', [{ v: [4000, 4000], pop: 'people' }]],
    [
      'وانضم ألف مقاتل أجنبي إلى التنظيم.',
      [{ v: [1000, 1000], pop: 'fighters', origin: ['region:foreign'] }],
    ],
    ['وأعيد ألفي شخص إلى ديارهم.', [{ v: [2000, 2000], pop: 'people' }]],
    ['وقدرت السلطات عدد المقاتلين بألفين.', [{ v: [2000, 2000], pop: 'fighters' }]],
  ]);
});

describe('Arabic numbers that go on after a scale word', () => {
  run([
    ['وعاد ثلاثة آلاف وخمسمائة شخص.', [{ v: [3500, 3500], pop: 'people', quote: 'ثلاثة آلاف وخمسمائة شخص' }]],
    [
      'وعاد 4 آلاف و200 طفل و300 امرأة.',
      [
        { v: [4200, 4200], pop: 'children' },
        { v: [300, 300], pop: 'women' },
      ],
    ],
    ['وعاد 3 ملايين و500 ألف شخص.', [{ v: [3500000, 3500000], pop: 'people' }]],
    [
      'وعاد ثلاثة آلاف مقاتل و500 طفل.',
      [
        { v: [3000, 3000], pop: 'fighters' },
        { v: [500, 500], pop: 'children' },
      ],
    ],
  ]);
});

describe('Arabic counts after a month', () => {
  run([
    ['وأعيد في مارس 25 طفلا.', [{ v: [25, 25], pop: 'children', status: 'returned' }]],
    ['وفي 25 مارس 30 طفلا عادوا.', [{ v: [30, 30], pop: 'children' }]],
    ['وأعيد 25 طفلا في 15 مارس.', [{ v: [25, 25], pop: 'children' }]],
  ]);
});

describe('Arabic a million and a half', () => {
  run([['ونزح مليون ونصف شخص.', [{ v: [1500000, 1500000], pop: 'people' }]]]);
});

describe('Arabic dual', () => {
  run([
    // Returned to a country: its own people (the repatriating state gives the origin).
    ['وأعيد طفلان إلى الأردن.', [{ v: [2, 2], pop: 'children', origin: ['JO'], status: 'returned' }]],
    ['واعتقلت امرأتان في المطار.', [{ v: [2, 2], pop: 'women', status: 'detained' }]],
    ['وقتل جنديان في الانفجار.', [{ v: [2, 2], pop: 'fighters', status: 'killed' }]],
  ]);
});

describe('Arabic post-posed numerals', () => {
  run([
    ['ونقل الأطفال الثلاثة إلى دار للأيتام.', [{ v: [3, 3], pop: 'children' }]],
    ['وأعيدت النساء الخمس إلى تونس.', [{ v: [5, 5], pop: 'women', origin: ['TN'], quote: 'النساء الخمس' }]],
  ]);
});

describe('Arabic digits: glued, Arabic-Indic, grouped', () => {
  run([
    [
      'وعاد 40 طفلا و300 امرأة إلى البلاد.',
      [
        { v: [40, 40], pop: 'children' },
        { v: [300, 300], pop: 'women' },
      ],
    ],
    ['وأعيد ٢٥ طفلا من المخيم.', [{ v: [25, 25], pop: 'children', status: 'returned' }]],
    ['واعتقلت الشرطة نحو70 شخصا.', [{ v: [70, 70], pop: 'people', status: 'detained' }]],
    ['وتم التعرف على 1,200 مقاتل أجنبي.', [{ v: [1200, 1200], pop: 'fighters', origin: ['region:foreign'] }]],
    ['وانضم 5 آلاف مقاتل إلى التنظيم.', [{ v: [5000, 5000], pop: 'fighters' }]],
  ]);
});

describe('Arabic approximations and bounds', () => {
  run([
    ['وعاد نحو 200 طفل.', [{ v: [200, 200], pop: 'children' }]],
    ['واعتقل حوالي 50 مسلحا.', [{ v: [50, 50], pop: 'fighters' }]],
    ['وقتل قرابة 30 جنديا.', [{ v: [30, 30], pop: 'fighters' }]],
    ['وانضم ما يقارب 400 شاب إلى التنظيم.', [{ v: [400, 400], pop: 'men' }]],
    ['وسافر أكثر من 600 مواطن إلى سوريا.', [{ v: [600, null], pop: 'people' }]],
    ['وبقي أقل من 100 طفل في المخيم.', [{ v: [null, 100], pop: 'children' }]],
    ['وتراوح عدد العائدين ما بين 300 و500 شخص.', [{ v: [300, 500], pop: 'people' }]],
    ['وقتل ما لا يقل عن 12 مدنيا.', [{ v: [12, null], pop: 'people', status: 'killed' }]],
  ]);
});

describe('Arabic demonyms and origins', () => {
  run([
    ['وعاد 20 مغربيا إلى بلادهم.', [{ v: [20, 20], pop: 'people', origin: ['MA'] }]],
    ['واعتقل 15 تونسيا في ليبيا.', [{ v: [15, 15], pop: 'people', origin: ['TN'] }]],
    ['وقتل 30 مقاتلا تونسيين.', [{ v: [30, 30], pop: 'fighters', origin: ['TN'] }]],
    ['وانضم 300 مغاربة إلى التنظيم.', [{ v: [300, 300], pop: 'people', origin: ['MA'] }]],
    // Killed in the fighting: a generic noun that fought (as "40 شيشانيا في المعارك" reads).
    ['وقتل 40 من الشيشان في المعارك.', [{ v: [40, 40], pop: 'fighters', origin: ['RU'], status: 'killed' }]],
    ['وعاد 20 من الطاجيك إلى بلادهم.', [{ v: [20, 20], pop: 'people', origin: ['TJ'], status: 'returned' }]],
    ['وانضم 200 من الأوزبك إلى التنظيم.', [{ v: [200, 200], pop: 'people', origin: ['UZ'] }]],
    ['وعاد 60 طاجيكيا من سوريا.', [{ v: [60, 60], pop: 'people', origin: ['TJ'] }]],
    ['وأعيد 35 طفلا من كازاخستان.', [{ v: [35, 35], pop: 'children', origin: ['KZ'] }]],
    ['وسافر 120 مقاتلا من ألمانيا إلى سوريا.', [{ v: [120, 120], pop: 'fighters', origin: ['DE'] }]],
    ['وعاد 25 شخصا من اليمن.', [{ v: [25, 25], pop: 'people' }]],
  ]);
});

describe('Arabic armed groups', () => {
  run([
    ['وقتل 14 عنصرا من داعش.', [{ v: [14, 14], pop: 'fighters', aff: 'isis' }]],
    ['واعتقل 9 من عناصر حركة الشباب في الصومال.', [{ v: [9, 9], pop: 'fighters', aff: 'other' }]],
    ['وخطفت بوكو حرام 40 فتاة.', [{ v: [40, 40], pop: 'children', aff: 'other' }]],
    ['وقتل 22 مقاتلا من الحوثيين.', [{ v: [22, 22], pop: 'fighters', aff: 'other' }]],
    ['وانضم 70 مقاتلا إلى هيئة تحرير الشام.', [{ v: [70, 70], pop: 'fighters', aff: 'al-nusra' }]],
    [
      'ويقاتل 500 مسلح في صفوف الحزب الإسلامي التركستاني.',
      [{ v: [500, 500], pop: 'fighters', aff: 'other' }],
    ],
    ['واعتقلت السلطات 16 عضوا في ولاية خراسان.', [{ v: [16, 16], pop: 'fighters', aff: 'isis' }]],
    ['وقتل 18 مقاتلا من طالبان.', [{ v: [18, 18], pop: 'fighters', aff: 'taliban' }]],
    ['وأسرت جماعة نصرة الإسلام والمسلمين 11 جنديا.', [{ v: [11, 11], pop: 'fighters', aff: 'other' }]],
  ]);
});

describe('Arabic person nouns', () => {
  run([
    ['وأفرج عن 30 معتقلا.', [{ v: [30, 30], pop: 'people' }]],
    ['ولا يزال 45 قاصرا في السجون.', [{ v: [45, 45], pop: 'children' }]],
    ['وعادت 12 أما مع أطفالهن.', [{ v: [12, 12], pop: 'women' }]],
    ['وقتل 7 من رجال الشرطة.', [{ v: [7, 7], pop: 'fighters', status: 'killed', quote: '7 من رجال الشرطة' }]],
    ['وأسفر الهجوم عن مقتل 12 شرطيا.', [{ v: [12, 12], pop: 'fighters', status: 'killed' }]],
    ['وسقط 50 قتيلا في الهجوم.', [{ v: [50, 50], pop: 'people', status: 'killed' }]],
  ]);
});

describe('Arabic religious communities as victims', () => {
  run([
    ['وأعدم التنظيم 21 مسيحيا.', [{ v: [21, 21], pop: 'people', status: 'killed' }]],
    ['وحرر الجيش 300 إيزيدية.', [{ v: [300, 300], pop: 'women' }]],
    ['وحرر الجيش 50 طفلا إيزيديين.', [{ v: [50, 50], pop: 'children' }]],
  ]);
});

describe('Arabic status verbs', () => {
  run([
    ['وأعيد 63 طفلا إلى أذربيجان.', [{ v: [63, 63], pop: 'children', origin: ['AZ'], status: 'returned' }]],
    ['ولا يزال 80 طفلا في المخيمات.', [{ v: [80, 80], pop: 'children', status: 'present' }]],
    ['ويوجد 150 مقاتلا في السجون.', [{ v: [150, 150], pop: 'fighters', status: 'detained' }]],
    ['ومن المقرر إعادة 40 امرأة الشهر المقبل.', [{ v: [40, 40], pop: 'women', status: 'present' }]],
    ['ومن المنتظر أن تعيد الحكومة 40 طفلا.', [{ v: [40, 40], pop: 'children', status: 'present' }]],
    ['ويوجد 150 مقاتلا محتجزين في السجون الكردية.', [{ v: [150, 150], pop: 'fighters', status: 'detained' }]],
  ]);
});

describe('Arabic sources', () => {
  run([
    ['وقالت وزارة الداخلية إن 90 طفلا عادوا.', [{ v: [90, 90], pop: 'children', source: 'وزارة الداخلية' }]],
    [
      'وأفادت منظمة هيومن رايتس ووتش بأن 300 طفل محتجزون.',
      [{ v: [300, 300], pop: 'children', source: 'منظمة هيومن رايتس ووتش' }],
    ],
    ['ووفقا للأمم المتحدة، عاد 500 شخص.', [{ v: [500, 500], pop: 'people' }]],
    ['وبحسب مصادر أمنية، قتل 20 مسلحا.', [{ v: [20, 20], pop: 'fighters', source: 'مصادر أمنية' }]],
    ['وعاد 63 امرأة إلى البلاد، حسبما أفادت الوزارة.', [{ v: [63, 63], pop: 'women', source: 'الوزارة' }]],
    [
      'وعاد 63 امرأة، بحسب ما أعلنته وزارة الخارجية.',
      [{ v: [63, 63], pop: 'women', source: 'وزارة الخارجية' }],
    ],
    ['وكما أفاد المرصد، قتل 30 مسلحا.', [{ v: [30, 30], pop: 'fighters', source: 'المرصد' }]],
  ]);
});

describe('Arabic headless and anaphoric counts', () => {
  run([
    [
      'وأعيد 120 مواطنا تونسيا، منهم 52 طفلا.',
      [
        { v: [120, 120], pop: 'people', origin: ['TN'] },
        { v: [52, 52], pop: 'children', origin: ['TN'] },
      ],
    ],
    [
      'وتوزع المقاتلون الأجانب على النحو التالي: 651 من تونس و318 من المغرب.',
      [
        { v: [651, 651], pop: 'fighters', origin: ['TN'] },
        { v: [318, 318], pop: 'fighters', origin: ['MA'] },
      ],
    ],
    [
      'وعاد 30 مقاتلا لبنانيا، وعاد 20 آخرون الأسبوع الماضي.',
      [
        { v: [30, 30], pop: 'fighters', origin: ['LB'] },
        { v: [20, 20], pop: 'fighters', origin: ['LB'] },
      ],
    ],
  ]);
});

describe('Arabic dual thousands and millions in construct, and halves', () => {
  run([
    ['وعاد ألفا شخص إلى بلادهم.', [{ v: [2000, 2000], pop: 'people', quote: 'ألفا شخص' }]],
    ['وانضم ثلاثون ألفا من المقاتلين إلى التنظيم.', [{ v: [30000, 30000], pop: 'fighters' }]],
    ['ونزح مليونا شخص من المدينة.', [{ v: [2000000, 2000000], pop: 'people' }]],
    ['ونزح نصف مليون شخص.', [{ v: [500000, 500000], pop: 'people' }]],
    ['ونزح مليونان ونصف المليون شخص.', [{ v: [2500000, 2500000], pop: 'people' }]],
  ]);
});

describe('Arabic: fleeing the fighting is not fighting', () => {
  run([
    ['وفر نحو 300 ألف شخص من المعارك.', [{ v: [300000, 300000], pop: 'people' }]],
    ['ونزح نحو 20 ألف شخص بسبب القتال.', [{ v: [20000, 20000], pop: 'people' }]],
    ['ويقاتل نحو 300 مواطن في صفوف التنظيم.', [{ v: [300, 300], pop: 'fighters' }]],
  ]);
});

describe('Arabic: whom the speaker told is not the speaker', () => {
  run([
    [
      'وقال مسؤول أمني لوكالة الأنباء الألمانية إن 40 امرأة عدن إلى البلاد.',
      [{ v: [40, 40], pop: 'women', source: 'مسؤول أمني' }],
    ],
    [
      'وقالت الوزارة لفرانس برس إن 40 امرأة عدن إلى البلاد.',
      [{ v: [40, 40], pop: 'women', source: 'الوزارة' }],
    ],
    [
      'وقال المتحدث باسم المفوضية السامية للأمم المتحدة إن 40 امرأة عدن.',
      [{ v: [40, 40], pop: 'women', source: 'المتحدث باسم المفوضية السامية للأمم المتحدة' }],
    ],
  ]);
});

describe('Arabic groups: al-Shabaab in construct, al-Qaeda against "a base"', () => {
  run([
    ['وقتل 12 من مسلحي الشباب في الغارة.', [{ v: [12, 12], pop: 'fighters', aff: 'other' }]],
    ['وقال المتحدث إن مسلحي الشباب قتلوا 12 جنديا.', [{ v: [12, 12], pop: 'fighters', aff: 'other' }]],
    ['وقتل 12 جنديا في هجوم على قاعدة عسكرية.', [{ v: [12, 12], pop: 'fighters', aff: null }]],
    ['وقتل 12 جنديا في هجوم على القاعدة الجوية.', [{ v: [12, 12], pop: 'fighters', aff: null }]],
    ['وانضم 12 شابا إلى القاعدة.', [{ v: [12, 12], pop: 'men', aff: 'al-qaeda' }]],
    ['وقتل 12 جنديا في هجوم لجماعة القاعدة الإرهابية.', [{ v: [12, 12], pop: 'fighters', aff: 'al-qaeda' }]],
  ]);
});

describe('Arabic: a part singled out gives its origin to itself, not to the total', () => {
  run([
    [
      'واعتقلت الشرطة 12 شخصا بينهم 5 تونسيين.',
      [
        { v: [12, 12], pop: 'people', origin: [] },
        { v: [5, 5], pop: 'people', origin: ['TN'] },
      ],
    ],
  ]);
});

describe('Arabic: citizenship said after the count', () => {
  run([['ويحمل أربعة أطفال الجنسية التونسية.', [{ v: [4, 4], pop: 'children', origin: ['TN'] }]]]);
});

describe('Arabic: wounded others after a count of the killed', () => {
  run([
    [
      'قتل المسلحون 5 جنود وأصابوا 12 آخرين.',
      [
        { v: [5, 5], pop: 'fighters', status: 'killed' },
        { v: [12, 12], pop: 'fighters', status: 'other' },
      ],
    ],
    [
      'وقتل ثلاثة جنود وأصيب خمسة آخرون في الهجوم.',
      [
        { v: [3, 3], pop: 'fighters' },
        { v: [5, 5], pop: 'fighters', status: 'other' },
      ],
    ],
  ]);
});
