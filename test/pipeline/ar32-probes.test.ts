// Arabic, round 32: blind probes in the style of Arab news agencies and UN CAAC reports in Arabic on
// Yemen, Somalia, Nigeria, Syria and Iraq: recruitment, the al-Hol and Roj camps, repatriations, the
// SDF's prisons, releases and surrenders, with numbers in digits and in words of every kind.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // Violations against children, UN verified figures.
  [
    'وأكدت الأمم المتحدة وقوع 240 انتهاكا جسيما بحق 180 طفلا في اليمن خلال العام الماضي.',
    [{ v: [180, 180], pop: 'children', status: 'other', loc: ['YE'], source: 'الأمم المتحدة' }],
  ],
  [
    'وأشار التقرير إلى جرائم ارتكبها تنظيم داعش بحق ثلاثمئة مدني في الموصل.',
    [{ v: [300, 300], pop: 'people', status: 'other', aff: 'isis', loc: ['IQ'], source: 'التقرير' }],
  ],
  [
    'وقالت الأمم المتحدة إن أكثر من 3 آلاف طفل جندوا في الصومال عام 2021.',
    [{ v: [3000, null], pop: 'children', status: 'joined', loc: ['SO'], source: 'الأمم المتحدة' }],
  ],
  [
    'وتحقق الفريق الأممي من تجنيد واستخدام ما يربو على ألفي طفل في الصومال.',
    [{ v: [2000, null], pop: 'children', status: 'joined', loc: ['SO'] }],
  ],
  [
    'ووفقا للأمم المتحدة، فإن أكثر من 1500 طفل جندتهم حركة الشباب في عام واحد.',
    [{ v: [1500, null], pop: 'children', status: 'joined', aff: 'other', source: 'الأمم المتحدة' }],
  ],
  [
    'وجندت حركة الشباب ما لا يقل عن تسعمئة وخمسين طفلا في عام 2022.',
    [{ v: [950, null], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  // The speaker's country is no location of the count.
  [
    'وقال وزير الخارجية اليمني إن 300 طفل قتلوا في المعارك.',
    [{ v: [300, 300], pop: 'children', status: 'killed', loc: [], source: 'وزير الخارجية اليمني' }],
  ],
  [
    'وقال وزير الخارجية اليمني إن 300 طفل جندتهم الميليشيا الحوثية لقوا حتفهم.',
    [{ v: [300, 300], pop: 'children', status: 'killed', aff: 'other', loc: [] }],
  ],
  [
    'وقال وزير حقوق الإنسان اليمني إن الحوثيين جندوا أكثر من 30 ألف طفل.',
    [{ v: [30000, null], pop: 'children', status: 'joined', aff: 'other', loc: [] }],
  ],
  [
    'وقال وزير الداخلية الصومالي إن نحو ألفي مقاتل من حركة الشباب قتلوا خلال العام.',
    [{ v: [2000, 2000], pop: 'fighters', status: 'killed', aff: 'other', loc: [] }],
  ],
  [
    'وقال السفير النيجيري إن عشرين فتاة لا يزلن في قبضة بوكو حرام.',
    [{ v: [20, 20], pop: 'children', aff: 'other', loc: [], source: 'السفير النيجيري' }],
  ],
  [
    'وقال وزير الخارجية الطاجيكي إن بلاده أعادت 84 طفلا.',
    [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: [] }],
  ],
  // Returns, denied returns, camps and prisons.
  [
    'وقال المتحدث باسم الحكومة العراقية إن 150 عائلة عراقية عادت من مخيم الهول.',
    [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأعادت الحكومة العراقية خمسمئة وأربعين شخصا من مخيم الهول إلى مخيم الجدعة.',
    [{ v: [540, 540], pop: 'people', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'واستعادت كازاخستان ما يزيد عن ستمئة من مواطنيها، بينهم أربعمئة وعشرون طفلا.',
    [
      { v: [600, null], pop: 'people', origin: ['KZ'], status: 'returned' },
      { v: [420, 420], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'وتمكنت أوزبكستان من إعادة قرابة ثلاثمئة امرأة وطفل من سوريا.',
    [{ v: [300, 300], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأوضح التقرير أن 200 امرأة من مخيم الهول لم تعد إلى بلدانها حتى الآن.',
    [{ v: [200, 200], pop: 'women', status: 'present', loc: ['SY'] }],
  ],
  [
    'وقالت الحكومة إن 70 امرأة ألمانية لم تتم إعادتهن حتى الآن.',
    [{ v: [70, 70], pop: 'women', origin: ['DE'], status: 'present' }],
  ],
  [
    'ولم تستعد فرنسا سوى 35 طفلا من أبناء مقاتليها في سوريا.',
    [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' }],
  ],
  [
    'ولا يزال زهاء عشرة آلاف مقاتل من داعش محتجزين في سجون قسد.',
    [{ v: [10000, 10000], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['SY'] }],
  ],
  [
    'وتحتجز قوات سوريا الديمقراطية حوالي ألفي مقاتل أجنبي في سجونها.',
    [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'ويقيم في مخيم روج نحو ثمانمئة امرأة وطفل من ذوي المقاتلين الأجانب.',
    [{ v: [800, 800], pop: 'people', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
  ],
  [
    'ويوجد في سجون قسد نحو ثمانية آلاف مقاتل سوري وعراقي وألفي مقاتل أجنبي.',
    [
      { v: [8000, 8000], pop: 'fighters', origin: ['IQ', 'SY'], status: 'detained', loc: ['SY'] },
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained', loc: ['SY'] },
    ],
  ],
  [
    'وتسلمت بغداد ثلاث عشرة امرأة عراقية من مخيم الهول.',
    [{ v: [13, 13], pop: 'women', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأعادت روسيا مئة واثنين وعشرين طفلا من العراق على متن طائرة خاصة.',
    [{ v: [122, 122], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'وأعيد نحو ثلاثمائة وخمسين طفلا من مخيم روج إلى بلدانهم.',
    [{ v: [350, 350], pop: 'children', status: 'returned', loc: ['SY'] }],
  ],
  [
    'وقال المرصد إن قرابة ألف وأربعمئة عنصر من داعش فروا من مخيم الهول.',
    [{ v: [1400, 1400], pop: 'fighters', status: 'other', aff: 'isis', loc: ['SY'] }],
  ],
  // Releases, surrenders, freed captives.
  [
    'واستسلم 120 مقاتلا من حركة الشباب للقوات الحكومية في إقليم هيران.',
    [{ v: [120, 120], pop: 'fighters', status: 'other', aff: 'other', loc: ['SO'] }],
  ],
  [
    'وأعلن الجيش النيجيري أن ثلاثة عشر ألف عنصر من بوكو حرام استسلموا مع عائلاتهم.',
    [{ v: [13000, 13000], pop: 'fighters', status: 'other', aff: 'other', source: 'الجيش النيجيري' }],
  ],
  ['واستسلم اثنان من قادة حركة الشباب للحكومة الصومالية.', [{ v: [2, 2], pop: 'fighters', status: 'other' }]],
  [
    'وأعلن الجيش النيجيري تحرير 300 امرأة وطفل من قبضة بوكو حرام.',
    [{ v: [300, 300], pop: 'people', status: 'other', aff: 'other', source: 'الجيش النيجيري' }],
  ],
  [
    'وتم تحرير 40 رهينة كانوا محتجزين لدى حركة الشباب.',
    [{ v: [40, 40], pop: 'people', status: 'other', aff: 'other' }],
  ],
  [
    'ونجحت القوات في تحرير مئة وعشر فتيات اختطفتهن بوكو حرام.',
    [{ v: [110, 110], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وبحسب مصادر أمنية فإن ستة من الأطفال المجندين تم إطلاق سراحهم.',
    [{ v: [6, 6], pop: 'children', status: 'other', source: 'مصادر أمنية' }],
  ],
  [
    'وأطلقت جماعة الحوثي سراح 15 طفلا كانت قد جندتهم.',
    [{ v: [15, 15], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وأفرج التحالف عن 44 طفلا يمنيا أسروا خلال المعارك وسلمهم إلى الصليب الأحمر.',
    [{ v: [44, 44], pop: 'children', origin: ['YE'], status: 'other' }],
  ],
  [
    'وجرى تسريح 1,200 طفل من صفوف الجماعات المسلحة في الصومال العام الماضي.',
    [{ v: [1200, 1200], pop: 'children', status: 'other', loc: ['SO'] }],
  ],
  // Killed and wounded, number words.
  [
    'وأكد التقرير مقتل طفلتين وإصابة خمس أخريات في قصف حوثي على تعز.',
    [
      { v: [2, 2], pop: 'children', status: 'killed', loc: ['YE'] },
      { v: [5, 5], pop: 'children', status: 'other', loc: ['YE'] },
    ],
  ],
  ['وأشار المرصد إلى أن إحدى عشرة امرأة قتلن في الهجوم.', [{ v: [11, 11], pop: 'women', status: 'killed' }]],
  [
    'وقتل أحد عشر جنديا وأصيب تسعة عشر آخرون في هجوم تبنته حركة الشباب.',
    [
      { v: [11, 11], pop: 'fighters', status: 'killed', aff: 'other' },
      { v: [19, 19], pop: 'fighters', status: 'other', aff: 'other' },
    ],
  ],
  [
    'وقتل أكثر من مئة مدني وأصيب ما لا يقل عن مئتين آخرين.',
    [
      { v: [100, null], pop: 'people', status: 'killed' },
      { v: [200, null], pop: 'people', status: 'other' },
    ],
  ],
  [
    'وأصيب نحو مئتي مدني بجروح في القصف الحوثي على مأرب.',
    [{ v: [200, 200], pop: 'people', status: 'other', aff: 'other', loc: ['YE'] }],
  ],
  [
    'وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي أودى بحياة سبعة عشر شخصا.',
    [{ v: [17, 17], pop: 'people', status: 'killed', aff: 'other' }],
  ],
  [
    'وقتل مقاتلان أجنبيان في الغارة.',
    [{ v: [2, 2], pop: 'fighters', origin: ['region:foreign'], status: 'killed' }],
  ],
  ['وأعدم التنظيم اثنين من الرهائن.', [{ v: [2, 2], pop: 'people', status: 'killed' }]],
  ['وجندت الجماعة طفلين من القرية.', [{ v: [2, 2], pop: 'children', status: 'joined' }]],
  [
    'وكشف المرصد السوري عن مقتل 7 أطفال مجندين لدى الحوثيين في جبهات مأرب.',
    [{ v: [7, 7], pop: 'children', status: 'killed', aff: 'other', loc: ['YE'] }],
  ],
  // Joining and travelling.
  [
    'وتفيد التقديرات بأن نحو أربعين ألف أجنبي انضموا إلى داعش في سوريا والعراق.',
    [{ v: [40000, 40000], pop: 'people', origin: ['region:foreign'], status: 'joined', aff: 'isis' }],
  ],
  [
    'وسافر قرابة ألفين وخمسمئة تونسي للقتال في سوريا.',
    [{ v: [2500, 2500], pop: 'fighters', origin: ['TN'], status: 'joined', loc: ['SY'] }],
  ],
  [
    'ورحلت تركيا خلال عام 2019 أكثر من سبعمائة مقاتل أجنبي.',
    [{ v: [700, null], pop: 'fighters', origin: ['region:foreign'], status: 'returned' }],
  ],
  [
    'واختطفت بوكو حرام مئتين وستا وسبعين طالبة من مدرسة في شيبوك.',
    [{ v: [276, 276], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وتحتجز السلطات العراقية نحو ألف وستمئة امرأة أجنبية بتهمة الانتماء إلى داعش.',
    [
      {
        v: [1600, 1600],
        pop: 'women',
        origin: ['region:foreign'],
        status: 'detained',
        aff: 'isis',
        loc: ['IQ'],
      },
    ],
  ],
];

const OPEN = new Set<string>([]);

describe('Arabic: round 32 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
