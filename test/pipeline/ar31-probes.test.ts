// Arabic, round 31: blind probes in the style of Arab news agencies and NGO reports on child recruitment
// in Yemen, Somalia and Nigeria, the al-Hol and Roj camps, repatriations, North African fighters, UN
// verified figures and the SDF's prisons (what the guideline wants, written before running).
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // Houthi recruitment and UN verified figures.
  [
    'وجندت جماعة الحوثي 1,406 أطفال منذ بداية العام، بحسب تقرير الأمين العام للأمم المتحدة.',
    [
      {
        v: [1406, 1406],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'تقرير الأمين العام للأمم المتحدة',
      },
    ],
  ],
  [
    'وتحققت الأمم المتحدة من تجنيد 163 طفلا واستخدامهم من قبل الحوثيين خلال عام 2022.',
    [{ v: [163, 163], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وأفاد التقرير الأممي بمقتل 77 طفلا وتشويه 221 آخرين في اليمن.',
    [
      { v: [77, 77], pop: 'children', status: 'killed', loc: ['YE'] },
      { v: [221, 221], pop: 'children', status: 'other' },
    ],
  ],
  [
    'وقالت منظمة اليونيسف إن أكثر من 11 ألف طفل قتلوا أو أصيبوا منذ تصاعد النزاع في اليمن.',
    [{ v: [11000, null], pop: 'children', status: 'other', source: 'منظمة اليونيسف' }],
  ],
  [
    'وجند الحوثيون خلال العام الماضي ما لا يقل عن ١٥٠ طفلا في محافظة حجة.',
    [{ v: [150, null], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وتجاوز عدد الأطفال الذين جندهم الحوثيون 35 ألفا، بحسب وزير حقوق الإنسان اليمني.',
    [{ v: [35000, null], pop: 'children', status: 'joined', source: 'وزير حقوق الإنسان اليمني' }],
  ],
  [
    'وأكد التقرير مقتل طفلين وإصابة ثلاثة آخرين بجروح في انفجار لغم زرعه الحوثيون.',
    [
      { v: [2, 2], pop: 'children', status: 'killed' },
      { v: [3, 3], pop: 'children', status: 'other' },
    ],
  ],
  [
    'ولقي خمسة عشر طفلا مصرعهم في قصف استهدف سوقا شعبية في محافظة الحديدة.',
    [{ v: [15, 15], pop: 'children', status: 'killed' }],
  ],
  ['وهرب اثنا عشر طفلا من معسكر تدريب تابع للحوثيين.', [{ v: [12, 12], pop: 'children', aff: 'other' }]],
  [
    'وأعلن الحوثيون مقتل 18 من مقاتليهم في غارات للتحالف.',
    [{ v: [18, 18], pop: 'fighters', status: 'killed', aff: 'other' }],
  ],
  // An armed group's own dead are its members.
  [
    'وأكدت مصادر أمنية أن عدد القتلى من عناصر الشباب بلغ 60.',
    [{ v: [60, 60], pop: 'fighters', status: 'killed', source: 'مصادر أمنية' }],
  ],
  ['وبلغ عدد قتلى الحوثيين 120 خلال يومين.', [{ v: [120, 120], pop: 'fighters', status: 'killed' }]],
  ['وسقط في صفوف الحوثيين 85 قتيلا.', [{ v: [85, 85], pop: 'fighters', status: 'killed' }]],
  // al-Shabaab.
  [
    'واختطفت حركة الشباب 14 طفلا من مدرسة قرآنية في إقليم شبيلي السفلى.',
    [{ v: [14, 14], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وتشير التقديرات إلى أن حركة الشباب تضم ما بين 7 آلاف و12 ألف مقاتل.',
    [{ v: [7000, 12000], pop: 'fighters', status: 'present', aff: 'other' }],
  ],
  [
    'وأعلن الجيش الصومالي مقتل 45 عنصرا من حركة الشباب في عملية عسكرية بإقليم هيران.',
    [{ v: [45, 45], pop: 'fighters', status: 'killed', aff: 'other', source: 'الجيش الصومالي' }],
  ],
  [
    'وسلم أكثر من ستمائة مقاتل من حركة الشباب أنفسهم للسلطات خلال العامين الماضيين.',
    [{ v: [600, null], pop: 'fighters', aff: 'other' }],
  ],
  [
    'وأصيب ثلاثة عشر مدنيا بينهم أربعة أطفال في هجوم نفذه مسلحو الشباب.',
    [
      { v: [13, 13], pop: 'people', status: 'other' },
      { v: [4, 4], pop: 'children', status: 'other' },
    ],
  ],
  [
    'وتحققت الأمم المتحدة من 2,100 حالة تجنيد للأطفال في الصومال خلال العام الماضي.',
    [{ v: [2100, 2100], pop: 'children', status: 'joined', loc: ['SO'] }],
  ],
  [
    'وأطلق الجيش الصومالي سراح 36 طفلا كانوا مجندين لدى حركة الشباب.',
    [{ v: [36, 36], pop: 'children', status: 'other', aff: 'other' }],
  ],
  // Boko Haram and ISWAP.
  [
    'وخطفت جماعة بوكو حرام 276 تلميذة من مدرسة في بلدة شيبوك عام 2014.',
    [{ v: [276, 276], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'ولا تزال 112 فتاة من فتيات شيبوك في عداد المفقودات.',
    [{ v: [112, 112], pop: 'children', status: 'other' }],
  ],
  [
    'وقال الجيش النيجيري إن 1,200 من مقاتلي تنظيم الدولة في غرب أفريقيا استسلموا مع عائلاتهم.',
    [{ v: [1200, 1200], pop: 'fighters', aff: 'isis', source: 'الجيش النيجيري' }],
  ],
  [
    'ووثقت اليونيسف استخدام جماعة بوكو حرام 117 طفلا في تفجيرات انتحارية منذ 2014.',
    [{ v: [117, 117], pop: 'children', aff: 'other' }],
  ],
  [
    'وتضم صفوف ولاية غرب أفريقيا ما بين 3,500 و5,000 مقاتل.',
    [{ v: [3500, 5000], pop: 'fighters', aff: 'isis' }],
  ],
  [
    'وقتل تسعة عشر جنديا نيجيريا في هجوم تبناه تنظيم الدولة.',
    [{ v: [19, 19], pop: 'fighters', origin: ['NG'], status: 'killed' }],
  ],
  // al-Hol and Roj.
  [
    'ويضم مخيم الهول نحو 56 ألف شخص، بينهم قرابة 30 ألف طفل.',
    [
      { v: [56000, 56000], pop: 'people', status: 'present' },
      { v: [30000, 30000], pop: 'children', status: 'present' },
    ],
  ],
  [
    'ويؤوي مخيم روج أكثر من 2,500 امرأة وطفل من عائلات مقاتلي التنظيم.',
    [{ v: [2500, null], pop: 'people', status: 'present' }],
  ],
  [
    'ويبلغ عدد الأطفال في مخيمي الهول وروج زهاء 40 ألفا.',
    [{ v: [40000, 40000], pop: 'children', status: 'present' }],
  ],
  // Repatriations.
  [
    'وأعاد العراق 150 عائلة عراقية من مخيم الهول ضمن الدفعة الحادية عشرة.',
    [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'وأعلنت وزارة الهجرة العراقية عودة 2,300 نازح من مخيم الهول إلى مخيم الجدعة جنوب الموصل.',
    [{ v: [2300, 2300], pop: 'people', status: 'returned', source: 'وزارة الهجرة العراقية' }],
  ],
  [
    'وأعادت طاجيكستان 146 امرأة وطفلا من سوريا.',
    [{ v: [146, 146], pop: 'people', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'وأعلنت كازاخستان أنها أعادت أكثر من 600 مواطن من سوريا.',
    [{ v: [600, null], pop: 'people', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'وأعادت روسيا 33 طفلا من أبناء مقاتلي داعش الروس من العراق.',
    [{ v: [33, 33], pop: 'children', origin: ['RU'], status: 'returned' }],
  ],
  // Central Asian and North African fighters.
  [
    'وقالت السلطات الطاجيكية إن نحو ألفي مواطن طاجيكي التحقوا بالجماعات المسلحة في سوريا والعراق.',
    [{ v: [2000, 2000], pop: 'people', origin: ['TJ'], status: 'joined', source: 'السلطات الطاجيكية' }],
  ],
  [
    'ويقدر عدد المقاتلين التونسيين في صفوف داعش بنحو 3 آلاف.',
    [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'], aff: 'isis' }],
  ],
  [
    'وأفادت وزارة الداخلية التونسية بعودة 800 مقاتل تونسي من بؤر التوتر.',
    [{ v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' }],
  ],
  [
    'وقال المكتب المركزي للأبحاث القضائية إن 1,659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق.',
    [
      {
        v: [1659, 1659],
        pop: 'people',
        origin: ['MA'],
        status: 'joined',
        source: 'المكتب المركزي للأبحاث القضائية',
      },
    ],
  ],
  [
    'وقتل 745 مقاتلا مغربيا في بؤر القتال، فيما عاد 270 آخرون إلى المملكة.',
    [
      { v: [745, 745], pop: 'fighters', origin: ['MA'], status: 'killed' },
      { v: [270, 270], pop: 'fighters', origin: ['MA'], status: 'returned' },
    ],
  ],
  [
    'ويشكل المغاربة قرابة 1,500 من عناصر التنظيم الأجانب.',
    [{ v: [1500, 1500], pop: 'fighters', origin: ['MA'] }],
  ],
  // The SDF's prisons.
  [
    'وتحتجز قوات سوريا الديمقراطية نحو 10 آلاف عنصر من داعش في سجونها، بينهم ألفا مقاتل أجنبي.',
    [
      { v: [10000, 10000], pop: 'fighters', status: 'detained', aff: 'isis' },
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
    ],
  ],
  [
    'ويقبع في سجن غويران بالحسكة قرابة 3,500 معتقل من عناصر التنظيم.',
    [{ v: [3500, 3500], pop: 'fighters', status: 'detained' }],
  ],
  [
    'ولا يزال أكثر من 700 طفل محتجزين في سجون قوات سوريا الديمقراطية، بحسب منظمة أنقذوا الأطفال.',
    [{ v: [700, null], pop: 'children', status: 'detained', source: 'منظمة أنقذوا الأطفال' }],
  ],
  // Victims and the missing.
  [
    'وكان بين القتلى 12 طفلا، وفقا لمسؤولين محليين.',
    [{ v: [12, 12], pop: 'children', status: 'killed', source: 'مسؤولين محليين' }],
  ],
  [
    'وكان بين الضحايا 9 أطفال و4 نساء.',
    [
      { v: [9, 9], pop: 'children', status: 'other' },
      { v: [4, 4], pop: 'women', status: 'other' },
    ],
  ],
  [
    'ولا يزال نحو 2,700 من الأيزيديين في عداد المفقودين منذ هجوم التنظيم على سنجار.',
    [{ v: [2700, 2700], pop: 'people', status: 'other' }],
  ],
  ['ولا يزال 3 آلاف إيزيدي في عداد المفقودين.', [{ v: [3000, 3000], pop: 'people', status: 'other' }]],
  // Only N: a part of a whole.
  ['ولم يتبق منهم في المخيم سوى 15 طفلا.', [{ v: [15, 15], pop: 'children', status: 'present' }]],
  [
    'وعاد 200 طفل إلى ذويهم في تونس، ولم يعتقل منهم سوى 40.',
    [
      { v: [200, 200], pop: 'children', status: 'returned' },
      { v: [40, 40], pop: 'children', status: 'detained' },
    ],
  ],
  // A second batch, written after the first fixes.
  [
    'وأعلنت وزارة الداخلية الكازاخستانية إعادة ٥٩٥ مواطنا من سوريا، بينهم ٤٠٦ أطفال.',
    [
      { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned' },
      { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'وأفاد مصدر أمني بأن قوات الأمن اعتقلت اثنتي عشرة امرأة من عائلات مقاتلي داعش.',
    [{ v: [12, 12], pop: 'women', status: 'detained', source: 'مصدر أمني' }],
  ],
  [
    'وقتل طفلان وأصيبت امرأتان في قصف حوثي على حي سكني في تعز.',
    [
      { v: [2, 2], pop: 'children', status: 'killed' },
      { v: [2, 2], pop: 'women', status: 'other' },
    ],
  ],
  [
    'وقالت الحكومة العراقية إن أكثر من عشرين ألف عراقي ما زالوا في مخيم الهول.',
    [{ v: [20000, null], pop: 'people', origin: ['IQ'], status: 'present' }],
  ],
  [
    'وتضم السجون التي تديرها قسد قرابة عشرة آلاف مقاتل من بينهم ألفان من الأجانب.',
    [
      { v: [10000, 10000], pop: 'fighters', status: 'detained' },
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
    ],
  ],
  [
    'ولا تزال ثلاثة آلاف امرأة إيزيدية مختطفات لدى التنظيم.',
    [{ v: [3000, 3000], pop: 'women', status: 'other' }],
  ],
  ['وأعدم التنظيم 17 شخصا من أبناء عشيرة الشعيطات.', [{ v: [17, 17], pop: 'people', status: 'killed' }]],
  [
    'ووفقا للمرصد، قتل 14 عنصرا من الميليشيات الموالية لإيران في غارة على البوكمال.',
    [{ v: [14, 14], pop: 'fighters', status: 'killed', source: 'المرصد' }],
  ],
  [
    'وأعلنت الأمم المتحدة أنها تحققت من 8,655 انتهاكا جسيما بحق 2,674 طفلا في اليمن.',
    [{ v: [2674, 2674], pop: 'children', status: 'other' }],
  ],
  [
    'وأكد مسؤول أممي أن قرابة 900 طفل تم إطلاق سراحهم من صفوف الجماعات المسلحة في نيجيريا.',
    [{ v: [900, 900], pop: 'children', status: 'other' }],
  ],
];

const OPEN = new Set<string>([]);

describe('Arabic: round 31 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
