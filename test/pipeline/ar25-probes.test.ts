// Arabic, twenty-fifth round: blind probes in the styles of the field (UN children-and-armed-conflict
// figures for Yemen, Somalia and Nigeria, Syrian camps and repatriations, Iraqi returns, Maghreb foreign
// fighters, victims of attacks), written before looking at any report. Sentences are invented.
import { describe } from 'vitest';
import { type Probe, runProbes } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // Yemen.
  [
    'وتحققت الأمم المتحدة من تجنيد واستخدام 1,406 أطفال على يد جماعة الحوثي في اليمن خلال العام الماضي.',
    [
      {
        v: [1406, 1406],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'الأمم المتحدة',
        loc: ['YE'],
      },
    ],
  ],
  [
    'وقال التقرير إن أنصار الله جندت ما لا يقل عن 2,000 طفل منذ بداية النزاع.',
    [{ v: [2000, null], pop: 'children', status: 'joined', aff: 'other', source: 'التقرير' }],
  ],
  [
    'وأفادت منظمة سام للحقوق والحريات بأن الحوثيين جندوا أكثر من 10 آلاف طفل.',
    [{ v: [10000, null], pop: 'children', status: 'joined', source: 'منظمة سام للحقوق والحريات' }],
  ],
  [
    'ووفق تقرير الأمين العام، فقد قتل 57 طفلا وشوه 94 آخرون في اليمن.',
    [
      { v: [57, 57], pop: 'children', status: 'killed', source: 'تقرير الأمين العام' },
      { v: [94, 94], pop: 'children', status: 'other' },
    ],
  ],
  [
    'وبحسب مصادر محلية، لقي 11 طفلا مجندا حتفهم في جبهات مأرب خلال أسبوع.',
    [{ v: [11, 11], pop: 'children', status: 'killed', source: 'مصادر محلية' }],
  ],
  [
    'وأسرت القوات الحكومية 4 مقاتلين حوثيين تتراوح أعمارهم بين 14 و17 عاما.',
    [{ v: [4, 4], pop: 'fighters', status: 'detained', age: [14, 17] }],
  ],
  [
    'وتشير الأرقام إلى أن بين 200 و300 طفل جندوا في محافظة الحديدة.',
    [{ v: [200, 300], pop: 'children', status: 'joined', source: null }],
  ],
  [
    'وقال المتحدث باسم التحالف إن 60 عنصرا من الحوثيين قتلوا في غارات.',
    [{ v: [60, 60], pop: 'fighters', status: 'killed', source: 'المتحدث باسم التحالف' }],
  ],
  [
    'وقالت اليونيسف إن طفلين قتلا وأصيب ثلاثة آخرون في قصف على صعدة.',
    [
      { v: [2, 2], pop: 'children', status: 'killed' },
      { v: [3, 3], pop: 'children', status: 'other' },
    ],
  ],
  [
    'وقتل خمسة عشر طفلا في غارة جوية على حافلة مدرسية في ضحيان.',
    [{ v: [15, 15], pop: 'children', status: 'killed' }],
  ],
  [
    'وأشار التقرير إلى تجنيد ما يقارب 300 طفل في صفوف أنصار الله خلال ستة أشهر.',
    [{ v: [300, 300], pop: 'children', status: 'joined', aff: 'other', source: 'التقرير' }],
  ],
  [
    'وكشف التقرير أن عدد الأطفال المجندين لدى الحوثيين بلغ 4 آلاف طفل.',
    [{ v: [4000, 4000], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وجندت الجماعة أطفالا عددهم ثلاثة عشر في محافظة حجة.',
    [{ v: [13, 13], pop: 'children', status: 'joined' }],
  ],
  [
    'وقالت الأمم المتحدة إن الحوثيين استخدموا أطفالا لا تتجاوز أعمارهم عشر سنوات، وإن 1,500 منهم قتلوا.',
    [{ v: [1500, 1500], pop: 'children', status: 'killed', source: 'الأمم المتحدة' }],
  ],
  [
    'وقالت منظمة هيومن رايتس ووتش إن الحوثيين جندوا فتيانا لا تتجاوز أعمارهم 15 عاما، وقدرت عددهم بـ300.',
    [{ v: [300, 300], pop: 'children', status: 'joined' }],
  ],
  // Somalia.
  [
    'وجندت حركة الشباب 1,116 طفلا في الصومال عام 2022، بحسب الأمم المتحدة.',
    [
      {
        v: [1116, 1116],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'الأمم المتحدة',
        loc: ['SO'],
      },
    ],
  ],
  [
    'واختطفت حركة الشباب نحو 500 طفل من مدارس في إقليم جوبا السفلى.',
    [{ v: [500, 500], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وأعلن الجيش الصومالي استسلام 14 عنصرا من حركة الشباب بينهم 3 قاصرين.',
    [
      { v: [14, 14], pop: 'fighters', status: 'other', source: 'الجيش الصومالي' },
      { v: [3, 3], pop: 'children' },
    ],
  ],
  [
    'وفر 12 طفلا من معسكر تدريب تابع لحركة الشباب.',
    [{ v: [12, 12], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'ووثقت الأمم المتحدة اختطاف 96 طفلا في الصومال، نسبت 80 حالة منها إلى حركة الشباب.',
    [
      { v: [96, 96], pop: 'children', status: 'other' },
      { v: [80, 80], pop: 'children' },
    ],
  ],
  [
    'وقتل مقاتلان من حركة الشباب في اشتباك مع القوات الصومالية.',
    [{ v: [2, 2], pop: 'fighters', status: 'killed', aff: 'other' }],
  ],
  // Nigeria.
  [
    'وقالت يونيسف إن بوكو حرام استخدمت 117 طفلا في هجمات انتحارية منذ 2014.',
    [{ v: [117, 117], pop: 'children', aff: 'other', source: 'يونيسف' }],
  ],
  [
    'وأفرج الجيش النيجيري عن 183 طفلا كانوا محتجزين بتهمة الارتباط بجماعة بوكو حرام.',
    [{ v: [183, 183], pop: 'children', status: 'other' }],
  ],
  [
    'واختطف مسلحون من ولاية غرب أفريقيا 15 فتاة من قرية في ولاية بورنو.',
    [{ v: [15, 15], pop: 'children', status: 'other', aff: 'isis', loc: ['NG'] }],
  ],
  [
    'وقتل مسلحو بوكو حرام 43 مزارعا في هجوم على قرية زابارماري.',
    [{ v: [43, 43], pop: 'people', status: 'killed', aff: 'other' }],
  ],
  [
    'ويقدر عدد الأطفال المرتبطين بالجماعات المسلحة في نيجيريا بحوالي 8 آلاف.',
    [{ v: [8000, 8000], pop: 'children', source: null, loc: ['NG'] }],
  ],
  // Syria: camps and repatriations.
  [
    'ولا يزال نحو 27 ألف طفل أجنبي يعيشون في مخيم الهول شمال شرقي سوريا.',
    [{ v: [27000, 27000], pop: 'children', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
  ],
  [
    'وأعادت فرنسا 35 طفلا و16 امرأة من مخيم روج.',
    [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [16, 16], pop: 'women', origin: ['FR'], status: 'returned' },
    ],
  ],
  [
    'ووصل إلى مطار أربيل 14 طفلا ألمانيا بعد إجلائهم من سوريا.',
    [{ v: [14, 14], pop: 'children', origin: ['DE'], status: 'returned' }],
  ],
  [
    'وتضم مخيمات شمال شرق سوريا ما بين 8 آلاف و10 آلاف مقاتل أجنبي محتجزين.',
    [{ v: [8000, 10000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'وأعيد 25 طفلا يتيما إلى روسيا من العراق، وفقا لمفوضة حقوق الطفل.',
    [{ v: [25, 25], pop: 'children', origin: ['RU'], status: 'returned', source: 'مفوضة حقوق الطفل' }],
  ],
  [
    'وأعلنت وزارة الخارجية الأوزبكية إعادة 98 مواطنا، بينهم 24 امرأة و74 طفلا.',
    [
      { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
      { v: [24, 24], pop: 'women', origin: ['UZ'], status: 'returned' },
      { v: [74, 74], pop: 'children', origin: ['UZ'], status: 'returned' },
    ],
  ],
  ['وتم إجلاء 40 امرأة وطفلا من مخيم الهول.', [{ v: [40, 40], pop: 'people', status: 'returned' }]],
  [
    'وبلغ عدد الأطفال الذين أعيدوا إلى كازاخستان 406 أطفال.',
    [{ v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'وأعادت طاجيكستان في الـ30 من أبريل 84 طفلا من سجون العراق.',
    [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'وأعيد أحد عشر طفلا إلى أذربيجان من العراق.',
    [{ v: [11, 11], pop: 'children', origin: ['AZ'], status: 'returned' }],
  ],
  [
    'وأعادت كازاخستان 600 من مواطنيها، معظمهم من الأطفال.',
    [{ v: [600, 600], pop: 'people', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'وأكد مسؤول كردي أن 12 ألف امرأة وطفل أجنبي ما زالوا في مخيم الهول.',
    [
      {
        v: [12000, 12000],
        pop: 'people',
        origin: ['region:foreign'],
        status: 'present',
        source: 'مسؤول كردي',
      },
    ],
  ],
  [
    'واعتقلت قوات سوريا الديمقراطية 120 مشتبها بانتمائهم لداعش في حملة أمنية.',
    [{ v: [120, 120], pop: 'people', status: 'detained', aff: 'isis' }],
  ],
  [
    'وأكد المرصد السوري أن داعش أعدم 5 أشخاص في دير الزور.',
    [{ v: [5, 5], pop: 'people', status: 'killed', aff: 'isis', source: 'المرصد السوري' }],
  ],
  // Iraq returns.
  [
    'وتسلمت السلطات العراقية 150 عائلة من مخيم الهول ونقلتها إلى مخيم الجدعة.',
    [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'وقال مسؤول عراقي إن بلاده أعادت نحو 2,500 عائلة من الهول منذ 2021.',
    [{ v: [2500, 2500], pop: 'families', origin: ['IQ'], status: 'returned', source: 'مسؤول عراقي' }],
  ],
  [
    'ووصلت في الـ15 من مايو إلى بغداد طائرة تقل 40 طفلا عراقيا.',
    [{ v: [40, 40], pop: 'children', origin: ['IQ'], status: 'returned' }],
  ],
  // Libya and the Maghreb.
  [
    'وقدرت السلطات التونسية عدد مواطنيها الذين التحقوا بالجماعات المتطرفة بنحو 3 آلاف.',
    [{ v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined', source: 'السلطات التونسية' }],
  ],
  [
    'وقال وزير الداخلية المغربي إن 1,659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق.',
    [{ v: [1659, 1659], pop: 'people', origin: ['MA'], status: 'joined', source: 'وزير الداخلية المغربي' }],
  ],
  [
    'وأعلنت الجزائر تسلم 6 من مواطنيها كانوا محتجزين في سجون ليبيا.',
    [{ v: [6, 6], pop: 'people', origin: ['DZ'], status: 'returned' }],
  ],
  [
    'ونقلت وكالة الأنباء عن مصدر أمني قوله إن 30 مقاتلا أجنبيا عبروا الحدود إلى ليبيا.',
    [{ v: [30, 30], pop: 'fighters', origin: ['region:foreign'], status: 'joined', source: 'مصدر أمني' }],
  ],
  [
    'وحكمت محكمة تونسية على 7 عائدين من بؤر التوتر بالسجن.',
    [{ v: [7, 7], pop: 'people', status: 'detained' }],
  ],
  [
    'وأوقفت الشرطة المغربية 4 أشخاص يشتبه في تجنيدهم مقاتلين لصالح داعش.',
    [{ v: [4, 4], pop: 'people', status: 'detained', aff: 'isis' }],
  ],
  [
    'وكشفت مصادر عن وجود ما يزيد على 400 مقاتل تونسي في صفوف تنظيم الدولة بليبيا.',
    [{ v: [400, null], pop: 'fighters', origin: ['TN'], status: 'present', aff: 'isis', loc: ['LY'] }],
  ],
  [
    'وانضم 12 شابا من ولاية القصرين إلى تنظيم داعش خلال عام 2015.',
    [{ v: [12, 12], pop: 'men', origin: ['TN'], status: 'joined', aff: 'isis' }],
  ],
  [
    'وتم ترحيل 21 ليبيا من تونس بعد الإفراج عنهم.',
    [{ v: [21, 21], pop: 'people', origin: ['LY'], status: 'returned', loc: ['TN'] }],
  ],
  [
    'واعتقلت السلطات شابين مغربيين كانا يعتزمان الالتحاق بداعش.',
    [{ v: [2, 2], pop: 'men', origin: ['MA'], status: 'detained' }],
  ],
  [
    'وقالت الوزارة إن أكثر من 50 تونسية محتجزات في سجون ليبيا.',
    [{ v: [50, null], pop: 'women', origin: ['TN'], status: 'detained', loc: ['LY'] }],
  ],
  [
    'وتسلمت تونس 14 طفلا يتيما من ليبيا كانوا محتجزين في مصراتة.',
    [{ v: [14, 14], pop: 'children', origin: ['TN'], status: 'returned' }],
  ],
  [
    'واعتقلت الشرطة الليبية 17 مهاجرا سودانيا يشتبه في انضمامهم إلى داعش.',
    [{ v: [17, 17], pop: 'people', origin: ['SD'], status: 'detained', aff: 'isis' }],
  ],
  // Victims of attacks.
  [
    'وأسفر التفجير الانتحاري عن مقتل 23 مدنيا وإصابة 40 آخرين.',
    [
      { v: [23, 23], pop: 'people', status: 'killed' },
      { v: [40, 40], pop: 'people', status: 'other' },
    ],
  ],
  [
    'وقتل 18 جنديا في هجوم شنه تنظيم الدولة على ثكنة عسكرية.',
    [{ v: [18, 18], pop: 'fighters', status: 'killed', aff: 'isis' }],
  ],
  [
    'وأعلنت فرق الدفاع المدني انتشال 25 جثة من تحت الأنقاض بعد الهجوم.',
    [{ v: [25, 25], pop: 'people', status: 'killed', source: 'فرق الدفاع المدني' }],
  ],
  [
    'وارتفع عدد القتلى من الأطفال إلى 47 منذ بداية العام.',
    [{ v: [47, 47], pop: 'children', status: 'killed' }],
  ],
  [
    'وبين القتلى 9 أطفال و4 نساء، بحسب مصادر طبية.',
    [
      { v: [9, 9], pop: 'children', status: 'killed', source: 'مصادر طبية' },
      { v: [4, 4], pop: 'women', status: 'killed' },
    ],
  ],
  // A third batch.
  [
    'وقال مسؤول في وزارة الهجرة إن 320 عائلة عادت من مخيم الهول إلى الأنبار خلال الشهرين الماضيين.',
    [{ v: [320, 320], pop: 'families', status: 'returned', source: 'مسؤول في وزارة الهجرة' }],
  ],
  [
    'وأفادت الأمم المتحدة بأن عدد الأطفال المجندين في الصومال تجاوز 1,500 طفل.',
    [{ v: [1500, null], pop: 'children', status: 'joined', source: 'الأمم المتحدة', loc: ['SO'] }],
  ],
  [
    'وذكرت مصادر أمنية أن ما لا يقل عن 70 عنصرا من بوكو حرام سلموا أنفسهم للجيش.',
    [{ v: [70, null], pop: 'fighters', status: 'other', aff: 'other', source: 'مصادر أمنية' }],
  ],
  [
    'ووفقا لإحصاءات وزارة الداخلية، فإن 800 تونسي عادوا من بؤر التوتر، أودع 200 منهم السجن.',
    [
      { v: [800, 800], pop: 'people', origin: ['TN'], status: 'returned', source: 'إحصاءات وزارة الداخلية' },
      { v: [200, 200], pop: 'people', origin: ['TN'], status: 'detained' },
    ],
  ],
  [
    'وقتل 4 أطفال وأصيب 7 آخرون جراء انفجار لغم من مخلفات الحوثيين في تعز.',
    [
      { v: [4, 4], pop: 'children', status: 'killed' },
      { v: [7, 7], pop: 'children', status: 'other' },
    ],
  ],
  [
    'وأكدت الحكومة اليمنية أن الميليشيا جندت 30 ألف طفل منذ عام 2014.',
    [{ v: [30000, 30000], pop: 'children', status: 'joined', source: 'الحكومة اليمنية' }],
  ],
  [
    'وقال الناطق باسم الجيش الليبي إن نحو 150 مقاتلا أجنبيا قتلوا في معارك سرت.',
    [{ v: [150, 150], pop: 'fighters', origin: ['region:foreign'], status: 'killed', loc: ['LY'] }],
  ],
  [
    'واعتقلت السلطات المغربية 3 نساء و5 أطفال عائدين من سوريا.',
    [
      { v: [3, 3], pop: 'women', origin: ['MA'], status: 'detained' },
      { v: [5, 5], pop: 'children', origin: ['MA'], status: 'detained' },
    ],
  ],
  [
    'ووصل 91 طفلا طاجيكيا إلى دوشانبي قادمين من بغداد.',
    [{ v: [91, 91], pop: 'children', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'وتحتجز قوات سوريا الديمقراطية قرابة 10 آلاف عنصر من داعش، بينهم 2,000 أجنبي.',
    [
      { v: [10000, 10000], pop: 'fighters', aff: 'isis' },
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] },
    ],
  ],
  [
    'وأفاد تقرير أممي بأن 325 طفلا جندوا في نيجيريا، 311 منهم على يد بوكو حرام.',
    [
      { v: [325, 325], pop: 'children', status: 'joined', source: 'تقرير أممي' },
      { v: [311, 311], pop: 'children', status: 'joined', aff: 'other' },
    ],
  ],
  [
    'وأعلن الأردن استعادة 15 من مواطنيه المحتجزين في سوريا.',
    [{ v: [15, 15], pop: 'people', origin: ['JO'], status: 'returned', source: 'الأردن' }],
  ],
  [
    'وأعدم تنظيم الدولة في ليبيا 21 قبطيا مصريا عام 2015.',
    [{ v: [21, 21], pop: 'people', origin: ['EG'], status: 'killed', aff: 'isis' }],
  ],
  [
    'وكشفت الداخلية السعودية أن 2,093 سعوديا سافروا للقتال في سوريا.',
    [{ v: [2093, 2093], pop: 'fighters', origin: ['SA'], status: 'joined', source: 'الداخلية السعودية' }],
  ],
  [
    'وذكرت منظمة أطباء بلا حدود أن ما بين 20 و25 طفلا يموتون أسبوعيا في مخيم الهول.',
    [{ v: [20, 25], pop: 'children', status: 'killed' }],
  ],
  // The leftovers of the last round, as probes.
  [
    'وكانت 12 امرأة قد احتجزن في المخيم قبل أن تتم إعادتهن إلى بلدهن.',
    [{ v: [12, 12], pop: 'women', status: 'returned' }],
  ],
  ['وقدرت مصادر أعدادهم بـ450 شخصا.', [{ v: [450, 450], pop: 'people', source: 'مصادر' }]],
  [
    'وتسلم العراق 150 طفلا محتجزين في مخيم الهول.',
    [{ v: [150, 150], pop: 'children', origin: ['IQ'], status: 'returned' }],
  ],
  ['واحتجزت 12 امرأة في المخيم قبل أن تعاد إلى بلدها.', [{ v: [12, 12], pop: 'women', status: 'returned' }]],
];

const OPEN = new Set([
  // The count comes after the clause, its noun ("فتيانا") only in the clause before, behind "عددهم":
  // a "number of" frame with a pronoun finds no antecedent across the comma.
  'وقالت منظمة هيومن رايتس ووتش إن الحوثيين جندوا فتيانا لا تتجاوز أعمارهم 15 عاما، وقدرت عددهم بـ300.',
  // A death rate ("يموتون أسبوعيا", die every week) comes out present; the guideline leaves open
  // whether a rate of deaths is a count (ratios and rates are not) or the dead (killed).
  'وذكرت منظمة أطباء بلا حدود أن ما بين 20 و25 طفلا يموتون أسبوعيا في مخيم الهول.',
]);

describe('Arabic probes, round 25', () => {
  runProbes('ar', PROBES, OPEN);
});
