// Arabic, round 38: blind probes in styles not stressed before: news-agency wires with their datelines
// (واس، وام، قنا، سانا، واع، كونا), short breaking items (عاجل), numbered and dashed lists, tables turned
// into sentences, headlines without a verb ("عودة 150 طفلا من الهول إلى العراق"), verbal nouns as the
// event (إعادة، ترحيل، تسليم، اعتقال، مقتل، تجنيد + count), idafa chains ("عدد أطفال المقاتلين الأجانب"),
// batches and flights with ordinals (الدفعة الخامسة، الدفعة الـ12، الرحلة الثالثة), thousands separators
// (1,200، 1.200، ١٬٢٠٠) and Eastern Arabic digits; feminine plural verbs after their subject; ages inside
// the frame "عدد ... N".
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // Wires: the dateline's agency writes the report; it is no source of its own.
  [
    'بغداد (واع) - أعلنت وزارة الهجرة والمهجرين عودة 150 عائلة عراقية من مخيم الهول في سوريا.',
    [
      {
        v: [150, 150],
        pop: 'families',
        origin: ['IQ'],
        status: 'returned',
        loc: ['SY'],
        source: 'وزارة الهجرة والمهجرين',
      },
    ],
  ],
  [
    'دمشق (سانا) - أفرجت السلطات عن 24 قاصرا كانوا محتجزين لدى قسد في الحسكة.',
    [{ v: [24, 24], pop: 'children', status: 'other', loc: ['SY'], source: null }],
  ],
  [
    'الكويت (كونا) - استعادت دولة الكويت 5 أطفال من أبناء مواطنيها من مخيم روج شمال شرق سوريا.',
    [{ v: [5, 5], pop: 'children', origin: ['KW'], status: 'returned', loc: ['SY'], source: null }],
  ],
  [
    'الرياض (واس) - سلمت قوات التحالف 27 طفلا يمنيا جندتهم ميليشيا الحوثي إلى الحكومة اليمنية في مأرب.',
    [{ v: [27, 27], pop: 'children', origin: ['YE'], status: 'returned', aff: 'other', source: null }],
  ],
  [
    'الدوحة (قنا) - رحبت دولة قطر بإعادة 32 طفلا أوكرانيا إلى ذويهم بوساطة قطرية.',
    [{ v: [32, 32], pop: 'children', origin: ['UA'], status: 'returned', source: null }],
  ],
  [
    'جنيف (رويترز) - قالت الأمم المتحدة إن 8 آلاف طفل أجنبي ما زالوا في مخيمات شمال شرق سوريا.',
    [
      {
        v: [8000, 8000],
        pop: 'children',
        origin: ['region:foreign'],
        status: 'present',
        loc: ['SY'],
        source: 'الأمم المتحدة',
      },
    ],
  ],
  [
    'الخرطوم - أعلنت الحكومة السودانية إعادة 10 أطفال سودانيين من ليبيا كانوا محتجزين في سجن معيتيقة.',
    [
      {
        v: [10, 10],
        pop: 'children',
        origin: ['SD'],
        status: 'returned',
        loc: ['LY'],
        source: 'الحكومة السودانية',
      },
    ],
  ],
  // The agency named in the sentence is its source.
  [
    'وقالت كونا إن 4 مواطنين كويتيين أعيدوا من سوريا.',
    [{ v: [4, 4], pop: 'people', origin: ['KW'], status: 'returned', loc: ['SY'], source: 'كونا' }],
  ],
  [
    'وأعلنت واس عودة 17 سعوديا من مخيمات شمال سوريا.',
    [{ v: [17, 17], pop: 'people', origin: ['SA'], status: 'returned', source: 'واس' }],
  ],
  [
    'وكانت سانا قد ذكرت أن 30 طفلا قتلوا في القصف.',
    [{ v: [30, 30], pop: 'children', status: 'killed', source: 'سانا' }],
  ],
  [
    'وكشفت وكالة الأنباء الكويتية أن 11 مواطنا قتلوا أثناء قتالهم في صفوف داعش.',
    [{ v: [11, 11], pop: 'fighters', status: 'killed', aff: 'isis', source: 'وكالة الأنباء الكويتية' }],
  ],
  // A programme that "brings back to training" (أعاد تأهيل) brings no one home: no return, and the
  // agency's nationality is no origin.
  [
    'وذكرت وكالة الأنباء السعودية أن البرنامج أعاد تأهيل 530 طفلا جندهم الحوثيون.',
    [{ v: [530, 530], pop: 'children', status: 'other', aff: 'other', source: 'وكالة الأنباء السعودية' }],
  ],
  [
    'وأفاد المركز بأن 200 طفل أعيد دمجهم في مجتمعاتهم بعد تسريحهم من الجماعات المسلحة.',
    [{ v: [200, 200], pop: 'children', not: 'returned', source: 'المركز' }],
  ],
  // Breaking items and headlines without a verb: the verbal noun is the event.
  [
    'عاجل: مقتل 12 عنصرا من داعش في غارة جوية شرق سوريا',
    [{ v: [12, 12], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['SY'] }],
  ],
  [
    'عاجل | اعتقال 7 مشتبه بهم بالانتماء لتنظيم الدولة في كركوك',
    [{ v: [7, 7], pop: 'people', status: 'detained', aff: 'isis', loc: ['IQ'] }],
  ],
  ['عودة 150 طفلا من الهول إلى العراق', [{ v: [150, 150], pop: 'children', status: 'returned' }]],
  [
    'ترحيل 40 امرأة فرنسية من مخيم روج إلى باريس',
    [{ v: [40, 40], pop: 'women', origin: ['FR'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'إعادة 94 امرأة وطفلا أوزبكيا من سوريا',
    [{ v: [94, 94], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'تجنيد 300 طفل في صفوف حركة الشباب خلال 2020',
    [{ v: [300, 300], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'ترحيل ١٣٠ داعشيا من سجون قسد إلى العراق',
    [{ v: [130, 130], pop: 'fighters', status: 'returned', aff: 'isis' }],
  ],
  [
    'إطلاق سراح 40 طفلا مجندا لدى قوات الدعم السريع',
    [{ v: [40, 40], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'تجنيد أكثر من ٢٠٠ طفل في دارفور خلال شهر',
    [{ v: [200, null], pop: 'children', status: 'joined', loc: ['SD'] }],
  ],
  [
    'مقتل طفلين وإصابة ثلاثة بانفجار لغم من مخلفات داعش في الأنبار',
    [
      { v: [2, 2], pop: 'children', status: 'killed', loc: ['IQ'] },
      { v: [3, 3], pop: 'children', status: 'other', loc: ['IQ'] },
    ],
  ],
  [
    '150 طفلا عراقيا يعودون من الهول',
    [{ v: [150, 150], pop: 'children', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    '12 قتيلا من داعش بغارة للتحالف في الأنبار',
    [{ v: [12, 12], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['IQ'] }],
  ],
  [
    'بالأرقام: 3 آلاف طفل أجنبي في مخيمات قسد',
    [{ v: [3000, 3000], pop: 'children', origin: ['region:foreign'], status: 'present' }],
  ],
  [
    'المعتقلون الأطفال: 85 قاصرا في سجون قسد',
    [{ v: [85, 85], pop: 'children', status: 'detained', loc: ['SY'] }],
  ],
  [
    'اليونيسف: تجنيد 1,500 طفل في الصومال خلال عام',
    [{ v: [1500, 1500], pop: 'children', status: 'joined', loc: ['SO'], source: 'اليونيسف' }],
  ],
  [
    'الخارجية: إجلاء 12 طفلا سودانيا من ليبيا',
    [{ v: [12, 12], pop: 'children', origin: ['SD'], status: 'returned', source: 'الخارجية' }],
  ],
  [
    'حصيلة: 14 قتيلا من مسلحي الشباب في غارة أمريكية',
    [{ v: [14, 14], pop: 'fighters', status: 'killed', aff: 'other', source: null }],
  ],
  [
    'الإفراج عن ٤٢ طفلا جندتهم الميليشيا في الحديدة',
    [{ v: [42, 42], pop: 'children', status: 'other', loc: ['YE'] }],
  ],
  // Numbered and dashed lists.
  [
    '• 40 امرأة و112 طفلا من الجنسية الروسية أعيدوا إلى موسكو.',
    [
      { v: [40, 40], pop: 'women', origin: ['RU'], status: 'returned' },
      { v: [112, 112], pop: 'children', origin: ['RU'], status: 'returned' },
    ],
  ],
  [
    '* 9 أطفال قتلوا بقذائف الحوثيين في تعز.',
    [{ v: [9, 9], pop: 'children', status: 'killed', aff: 'other', loc: ['YE'] }],
  ],
  [
    '- 25 طفلا عراقيا أعيدوا من مخيم الهول.',
    [{ v: [25, 25], pop: 'children', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    '- 13 امرأة تركمانية رحلن إلى عشق آباد.',
    [{ v: [13, 13], pop: 'women', origin: ['TM'], status: 'returned' }],
  ],
  ['1- مقتل 9 أطفال في قصف على إدلب.', [{ v: [9, 9], pop: 'children', status: 'killed', loc: ['SY'] }]],
  // Tables turned into sentences.
  [
    'ويوضح الجدول أن طاجيكستان أعادت 84 طفلا، وأوزبكستان 98 طفلا، وكازاخستان 156 طفلا.',
    [
      { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' },
      { v: [98, 98], pop: 'children', origin: ['UZ'], status: 'returned' },
      { v: [156, 156], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'وتشير الإحصاءات إلى مقتل 45 طفلا وإصابة 60 آخرين في اليمن خلال الربع الأول.',
    [
      { v: [45, 45], pop: 'children', status: 'killed', loc: ['YE'] },
      { v: [60, 60], pop: 'children', status: 'other', loc: ['YE'] },
    ],
  ],
  [
    'وبلغ عدد العائدين إلى طاجيكستان ١٬٠٤٣ شخصا بينهم ٦٣٠ طفلا.',
    [
      { v: [1043, 1043], pop: 'people', origin: ['TJ'], status: 'returned' },
      { v: [630, 630], pop: 'children', origin: ['TJ'], status: 'returned' },
    ],
  ],
  [
    'وتوزع الأطفال العائدون على النحو التالي: 45 طفلا إلى طاجيكستان و30 إلى أوزبكستان.',
    [
      { v: [45, 45], pop: 'children', origin: ['TJ'], status: 'returned' },
      { v: [30, 30], pop: 'children', origin: ['UZ'], status: 'returned' },
    ],
  ],
  [
    'واعتقلت القوات الأمنية خلال الحملة 320 مشتبها به، أفرج لاحقا عن 70 منهم.',
    [
      { v: [320, 320], pop: 'people', status: 'detained' },
      { v: [70, 70], pop: 'people', status: 'other' },
    ],
  ],
  // Idafa chains: the head of the chain is what is counted.
  [
    'وبلغ عدد أطفال المقاتلين الأجانب في مخيم الهول 7 آلاف طفل.',
    [{ v: [7000, 7000], pop: 'children', status: 'present', loc: ['SY'] }],
  ],
  [
    'وقدر عدد أبناء عناصر داعش المحتجزين في العراق بنحو 1000 طفل.',
    [{ v: [1000, 1000], pop: 'children', status: 'detained', aff: 'isis', loc: ['IQ'] }],
  ],
  [
    'وبلغ عدد أفراد عائلات مقاتلي داعش العائدين إلى العراق 8 آلاف شخص.',
    [{ v: [8000, 8000], pop: 'people', status: 'returned', aff: 'isis' }],
  ],
  [
    'وبلغ عدد النساء والأطفال الأجانب في القسم الخاص بالمهاجرات 10 آلاف و500 شخص.',
    [{ v: [10500, 10500], pop: 'people', status: 'present' }],
  ],
  // Batches and flights: the ordinal counts no one, the count inside the batch does.
  [
    'وتسلم العراق الدفعة الخامسة من العائلات العراقية وتضم 180 عائلة من مخيم الهول.',
    [{ v: [180, 180], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'ووصلت الرحلة الثالثة وعلى متنها 96 طفلا كازاخستانيا إلى ألماتي.',
    [{ v: [96, 96], pop: 'children', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'وتضم الدفعة الـ12 من العائدين 150 عائلة عراقية.',
    [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' }],
  ],
  ['وضمت الدفعة الـ 9 من المرحلين 120 امرأة وطفلا.', [{ v: [120, 120], pop: 'people', status: 'returned' }]],
  ['وهذه هي الرحلة الـ7 للأطفال العائدين إلى روسيا.', []],
  [
    'وأعادت طاجيكستان في الدفعة الأولى 84 طفلا من سجون العراق.',
    [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'وأعادت كازاخستان في عمليتها السادسة ٣٧ امرأة و٨٠ طفلا.',
    [
      { v: [37, 37], pop: 'women', origin: ['KZ'], status: 'returned' },
      { v: [80, 80], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  // Thousands separators and Eastern Arabic digits.
  [
    'وأعادت روسيا ١٢٣ طفلا من العراق.',
    [{ v: [123, 123], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'وتحتجز قوات سوريا الديمقراطية ١٬٢٠٠ مقاتل أجنبي في سجونها.',
    [{ v: [1200, 1200], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'وقتل 1,200 مقاتل من تنظيم الدولة في معارك الباغوز.',
    [{ v: [1200, 1200], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['SY'] }],
  ],
  [
    'وقتل 1.200 مسلح من الحوثيين في المعارك الأخيرة.',
    [{ v: [1200, 1200], pop: 'fighters', status: 'killed', aff: 'other' }],
  ],
  [
    'وبحسب إحصاء رسمي، قتل ٤٬٢٠٠ عنصر من الحوثيين في جبهة مأرب.',
    [{ v: [4200, 4200], pop: 'fighters', status: 'killed', aff: 'other', source: 'إحصاء رسمي' }],
  ],
  [
    'وتعيش في مخيم الهول ٥٦ ألفا و٤٠٠ امرأة وطفل.',
    [{ v: [56400, 56400], pop: 'people', status: 'present', loc: ['SY'] }],
  ],
  [
    'وأحصت الأمم المتحدة 8.600 حالة تجنيد للأطفال في الصومال.',
    [{ v: [8600, 8600], pop: 'children', status: 'joined', loc: ['SO'], source: 'الأمم المتحدة' }],
  ],
  [
    'وأحصت منظمة حقوقية نحو ٣٠٠٠ طفل مجند لدى الحوثيين.',
    [{ v: [3000, 3000], pop: 'children', status: 'joined', aff: 'other', source: 'منظمة حقوقية' }],
  ],
  [
    'وأعادت السلطات ١٫٥ ألف شخص من مخيم الهول.',
    [{ v: [1500, 1500], pop: 'people', status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأحصى المرصد السوري مقتل 3 آلاف و200 عنصر من التنظيم خلال العام.',
    [{ v: [3200, 3200], pop: 'fighters', status: 'killed', source: 'المرصد السوري' }],
  ],
  [
    'بغداد 12 آذار (واع) - تسلمت وزارة الهجرة 165 عائلة عراقية من مخيم الهول.',
    [{ v: [165, 165], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'], source: null }],
  ],
  [
    'وأعلنت وزارة الدفاع تحييد ١٩ إرهابيا من داعش في عمليات شمال العراق.',
    [{ v: [19, 19], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['IQ'], source: 'وزارة الدفاع' }],
  ],
  [
    'وبحسب الأرقام فإن عدد المقاتلين الأجانب المحتجزين لدى قسد يبلغ نحو ٢٠٠٠ مقاتل من ٥٠ جنسية.',
    [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'وأسفر الهجوم عن استشهاد 7 جنود وإصابة 11 آخرين.',
    [
      { v: [7, 7], pop: 'fighters', status: 'killed' },
      { v: [11, 11], pop: 'fighters', status: 'other' },
    ],
  ],
  [
    'وبلغت حصيلة العائدين من بؤر التوتر 1,000 تونسي وفق وزارة الداخلية.',
    [{ v: [1000, 1000], pop: 'people', origin: ['TN'], status: 'returned', source: 'وزارة الداخلية' }],
  ],
  [
    'واستلمت السلطات الجزائرية 3 أطفال جزائريين يتامى من ليبيا.',
    [{ v: [3, 3], pop: 'children', origin: ['DZ'], status: 'returned', loc: ['LY'] }],
  ],
  // Feminine plural verbs after their subject.
  [
    'وأكد مصدر في وزارة الداخلية لوكالة الأنباء العراقية أن 60 امرأة أعدن من الهول.',
    [{ v: [60, 60], pop: 'women', status: 'returned', source: 'مصدر في وزارة الداخلية' }],
  ],
  [
    'وقالت المصادر إن 15 فتاة جندن في صفوف الحوثيين.',
    [{ v: [15, 15], pop: 'children', status: 'joined', aff: 'other', source: 'المصادر' }],
  ],
  // Ages inside the frame "عدد ... N".
  [
    'وبلغ عدد الأطفال المجندين في صفوف داعش ممن تقل أعمارهم عن 15 عاما 1200 طفل.',
    [{ v: [1200, 1200], pop: 'children', status: 'joined', aff: 'isis', age: [null, 14] }],
  ],
  [
    'ويبلغ عدد الأطفال ممن هم دون 12 عاما في مخيم روج 900 طفل.',
    [{ v: [900, 900], pop: 'children', status: 'present', age: [null, 11] }],
  ],
  [
    'وأعيد 25 طفلا تتراوح أعمارهم بين 4 و14 سنة إلى أوزبكستان.',
    [{ v: [25, 25], pop: 'children', origin: ['UZ'], status: 'returned', age: [4, 14] }],
  ],
  [
    'ومن بين العائدين ٣٥ امرأة و٩٠ طفلا.',
    [
      { v: [35, 35], pop: 'women', status: 'returned' },
      { v: [90, 90], pop: 'children', status: 'returned' },
    ],
  ],
];

const OPEN = new Set<string>([]);

describe('Arabic: round 38 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
