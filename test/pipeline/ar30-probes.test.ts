// Arabic, round 30: blind probes in the style of Syrian, Iraqi, Yemeni, Gulf and Maghreb news agencies
// and NGO reports (what the guideline wants, written before running).
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // The known open cases, said again in other words.
  [
    'وأعادت السلطات التركية نحو 300 طفل إلى بلدانهم الأصلية.',
    [{ v: [300, 300], pop: 'children', status: 'returned' }],
  ],
  ['ويشكل الأطفال نحو 40 ألفا من قاطني مخيم الهول.', [{ v: [40000, 40000], pop: 'children' }]],
  [
    'وبحسب التقرير فإن لدى تونس نحو 3 آلاف مقاتل في صفوف التنظيم.',
    [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'] }],
  ],
  // Houthi recruitment, bounds and the source at the end.
  [
    'جندت جماعة الحوثي أكثر من 10 آلاف طفل منذ اندلاع الحرب، وفق ما أفادت منظمة سام للحقوق والحريات.',
    [
      {
        v: [10000, null],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'منظمة سام للحقوق والحريات',
      },
    ],
  ],
  [
    'وقتل 2,000 طفل مجند في جبهات القتال خلال العامين الماضيين، بحسب تقرير لمنظمة حقوقية يمنية.',
    [{ v: [2000, 2000], pop: 'children', status: 'killed' }],
  ],
  [
    'وأكدت الحكومة اليمنية أن الميليشيات الحوثية جندت ما يزيد على 30 ألف طفل.',
    [{ v: [30000, null], pop: 'children', status: 'joined', aff: 'other', source: 'الحكومة اليمنية' }],
  ],
  [
    'ووثقت الأمم المتحدة تجنيد ما لا يقل عن 3,500 طفل في اليمن منذ عام 2015.',
    [{ v: [3500, null], pop: 'children', status: 'joined', loc: ['YE'] }],
  ],
  [
    'ويقاتل قرابة 500 طفل في صفوف الحوثيين على جبهة الساحل الغربي.',
    [{ v: [500, 500], pop: 'children', status: 'present', aff: 'other' }],
  ],
  [
    'وقالت منظمة هيومن رايتس ووتش إن الحوثيين جندوا نحو 1,500 طفل في محافظة صعدة وحدها.',
    [{ v: [1500, 1500], pop: 'children', status: 'joined', aff: 'other', source: 'منظمة هيومن رايتس ووتش' }],
  ],
  [
    'وسقط زهاء 600 طفل بين قتيل وجريح في جبهات تعز، وفقا لتقرير صادر عن التحالف اليمني لرصد انتهاكات حقوق الإنسان.',
    [{ v: [600, 600], pop: 'children', status: 'other' }],
  ],
  [
    'وأعاد التحالف 27 طفلا يمنيا جندهم الحوثيون إلى ذويهم.',
    [{ v: [27, 27], pop: 'children', origin: ['YE'], aff: 'other' }],
  ],
  // Numbers: Arabic-Indic digits, words in every case, teens, post-posed numerals.
  ['ونقلت إدارة المخيم ٣٠٠ طفل إلى مركز إعادة التأهيل في الحسكة.', [{ v: [300, 300], pop: 'children' }]],
  [
    'وتسلمت بغداد ثلاثمائة عراقي من عائلات مقاتلي التنظيم.',
    [{ v: [300, 300], pop: 'people', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'وغادر ثلاثمئة وخمسون نازحا عراقيا مخيم الهول عائدين إلى الموصل.',
    [{ v: [350, 350], pop: 'people', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'وجند تنظيم الدولة ألفي طفل في الرقة وحدها.',
    [{ v: [2000, 2000], pop: 'children', status: 'joined', aff: 'isis' }],
  ],
  [
    'وتحتجز القوات الكردية ألفين من مقاتلي التنظيم الأجانب.',
    [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'وبلغ عدد الأطفال المجندين في صفوف الجماعة ألفان، وفق مصادر محلية.',
    [{ v: [2000, 2000], pop: 'children', source: 'مصادر محلية' }],
  ],
  [
    'وقتل خمسة عشر طفلا في غارة جوية استهدفت مدرسة في صعدة.',
    [{ v: [15, 15], pop: 'children', status: 'killed' }],
  ],
  ['وأفرجت السلطات عن إحدى عشرة امرأة من زوجات مقاتلي التنظيم.', [{ v: [11, 11], pop: 'women' }]],
  [
    'وظهر الأطفال الخمسة في إصدار مرئي لتنظيم الدولة.',
    [{ v: [5, 5], pop: 'children', status: 'featured', aff: 'isis' }],
  ],
  [
    'وسلمت قوات سوريا الديمقراطية الفرنسيات الثلاث إلى بلادهن.',
    [{ v: [3, 3], pop: 'women', origin: ['FR'], status: 'returned' }],
  ],
  [
    'واعتقلت قوات الأمن أربعمائة عنصر من تنظيم داعش.',
    [{ v: [400, 400], pop: 'fighters', status: 'detained', aff: 'isis' }],
  ],
  [
    'وبلغ عدد العائدين من سوريا ثمانمئة وخمسين شخصا، نصفهم من النساء.',
    [{ v: [850, 850], pop: 'people', status: 'returned' }],
  ],
  ['ويؤوي المخيم 60 ألف نازح، 70 في المئة منهم أطفال.', [{ v: [60000, 60000], pop: 'people' }]],
  ['ويضم مخيم روج ١٢٬٠٠٠ امرأة وطفل من عائلات عناصر داعش.', [{ v: [12000, 12000], pop: 'people' }]],
  [
    'وقتل تسعة عشر مسلحا من حركة الشباب في غارة أمريكية.',
    [{ v: [19, 19], pop: 'fighters', status: 'killed', aff: 'other' }],
  ],
  // Status verbs: passive, verbal noun, planned, negated.
  ['وأُعيدت 25 امرأة مغربية إلى الرباط.', [{ v: [25, 25], pop: 'women', origin: ['MA'], status: 'returned' }]],
  [
    'وتمت إعادة 120 طفلا أوزبكيا من المخيمات السورية.',
    [{ v: [120, 120], pop: 'children', origin: ['UZ'], status: 'returned' }],
  ],
  [
    'وأعلنت وزارة الخارجية إعادة 50 طفلا روسيا من العراق.',
    [{ v: [50, 50], pop: 'children', origin: ['RU'], status: 'returned' }],
  ],
  [
    'ولم تتم إعادة أي من الأطفال الستين المحتجزين في المخيم.',
    [{ v: [60, 60], pop: 'children', not: 'returned' }],
  ],
  [
    'ولا يزال 60 طفلا بريطانيا عالقين في مخيمات شمال شرق سوريا.',
    [{ v: [60, 60], pop: 'children', origin: ['GB'], status: 'present' }],
  ],
  // Origin: nisba forms; victims and captives keep no group's or report's country.
  [
    'واعتقلت السلطات التركية خمسة تونسيين للاشتباه في انتمائهم لداعش.',
    [{ v: [5, 5], pop: 'people', origin: ['TN'], status: 'detained' }],
  ],
  [
    'وكان بين العائدين ثماني مغربيات وأطفالهن.',
    [{ v: [8, 8], pop: 'women', origin: ['MA'], status: 'returned' }],
  ],
  [
    'وتحتجز قوات سوريا الديمقراطية 1,200 عراقية في مخيم روج.',
    [{ v: [1200, 1200], pop: 'women', origin: ['IQ'] }],
  ],
  [
    'وسافر 600 جزائري إلى سوريا للقتال في صفوف التنظيم.',
    [{ v: [600, 600], pop: 'fighters', origin: ['DZ'], status: 'joined' }],
  ],
  [
    'وانضمت 300 تونسية إلى تنظيم داعش في ليبيا.',
    [{ v: [300, 300], pop: 'women', origin: ['TN'], status: 'joined', aff: 'isis' }],
  ],
  [
    'وأعدم تنظيم الدولة 25 أسيرا من الجنود العراقيين.',
    [{ v: [25, 25], pop: 'people', origin: ['IQ'], status: 'killed', aff: 'isis' }],
  ],
  [
    'وقتل مقاتلون تونسيون في صفوف التنظيم 30 مدنيا في مدينة سرت.',
    [{ v: [30, 30], pop: 'people', status: 'killed' }],
  ],
  [
    'وأفاد تقرير للحكومة المغربية بأن الجماعة اختطفت 40 امرأة إيزيدية.',
    [{ v: [40, 40], pop: 'women', status: 'other' }],
  ],
  [
    'وقتل 45 مدنيا بينهم 12 طفلا في قصف حوثي على أحياء تعز، بحسب تقرير لمنظمة اليونيسف.',
    [
      { v: [45, 45], pop: 'people', status: 'killed' },
      { v: [12, 12], pop: 'children', status: 'killed' },
    ],
  ],
  [
    'وخطف مسلحو حركة الشباب الصومالية 12 مدنيا كينيا قرب الحدود.',
    [{ v: [12, 12], pop: 'people', origin: ['KE'] }],
  ],
  [
    'وقال مسؤول ليبي إن قوات الأمن قتلت 14 مسلحا مصريا في درنة.',
    [{ v: [14, 14], pop: 'fighters', origin: ['EG'], status: 'killed' }],
  ],
  // Second batch, written after the first ran.
  [
    'وكشف المكتب المركزي للأبحاث القضائية أن 1,659 مغربيا التحقوا ببؤر التوتر، من بينهم 290 امرأة و391 قاصرا.',
    [
      { v: [1659, 1659], pop: 'people', origin: ['MA'], status: 'joined' },
      { v: [290, 290], pop: 'women', origin: ['MA'] },
      { v: [391, 391], pop: 'children', origin: ['MA'] },
    ],
  ],
  [
    'وعادت ست سوريات مع أطفالهن الأربعة عشر إلى إدلب.',
    [
      { v: [6, 6], pop: 'women', origin: ['SY'], status: 'returned' },
      { v: [14, 14], pop: 'children', origin: ['SY'] },
    ],
  ],
  [
    'وأعيد ١٬٢٥٠ عراقيا من مخيم الهول.',
    [{ v: [1250, 1250], pop: 'people', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'وأفرج الحوثيون عن مائتين وخمسين أسيرا.',
    [{ v: [250, 250], pop: 'people', status: 'other', aff: 'other' }],
  ],
  [
    'واعتقلت السلطات ثمانية عشر عنصرا من تنظيم القاعدة.',
    [{ v: [18, 18], pop: 'fighters', status: 'detained', aff: 'al-qaeda' }],
  ],
  [
    'وأعدمت الجماعة 3 من رهائنها الأجانب.',
    [{ v: [3, 3], pop: 'people', origin: ['region:foreign'], status: 'killed' }],
  ],
  [
    'وسيعاد 45 طفلا إلى أوزبكستان مطلع الشهر المقبل.',
    [{ v: [45, 45], pop: 'children', origin: ['UZ'], not: 'returned' }],
  ],
  [
    'وقتل 9 أطفال في قصف على مخيم للنازحين، على ما أعلنت منظمة أطباء بلا حدود.',
    [{ v: [9, 9], pop: 'children', status: 'killed', source: 'منظمة أطباء بلا حدود' }],
  ],
  [
    'وتحدث التقرير عن 700 مقاتل تونسي في ليبيا. واختطف عناصر التنظيم 20 عاملا في سرت.',
    [
      { v: [700, 700], pop: 'fighters', origin: ['TN'] },
      { v: [20, 20], pop: 'people' },
    ],
  ],
  [
    'ولم يعد من الأطفال الـ80 سوى 10.',
    [
      { v: [80, 80], pop: 'children' },
      { v: [10, 10], pop: 'children', status: 'returned' },
    ],
  ],
  [
    'ولم تتم إعادة سوى 12 طفلا من أصل 300 طفل فرنسي.',
    [
      { v: [12, 12], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [300, 300], pop: 'children', origin: ['FR'], not: 'returned' },
    ],
  ],
  [
    'ويشكل التونسيون 3 آلاف من المقاتلين الأجانب في سوريا.',
    [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'] }],
  ],
  [
    'وقال المرصد السوري لحقوق الإنسان إن عدد قتلى التنظيم ارتفع إلى 340 خلال أسبوع.',
    [{ v: [340, 340], pop: 'fighters', status: 'killed' }],
  ],
];

const OPEN = new Set<string>([
  // All four open cases of this round are read since round 31 (exceptives, wholeOfPart, shareSubjectDemonym,
  // groupsOwnDead).
]);

describe('Arabic: round 30 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
