// Arabic, round 39: blind probes in styles not stressed before: the UN Secretary-General's CAAC prose in
// Arabic (verified cases, attribution to groups), Sudan, Libya and the Sahel (the RSF, Wagner and the
// Africa Corps, Boko Haram, JNIM, al-Shabaab), numbers in words with hundreds and thousands (ثلاثمائة
// وخمسون، ألفان وخمسمائة، مائتا، ألفا، ثلاثة آلاف ومئتان وأربعون) and vague ones (بضع مئات، عشرات،
// بضعة آلاف), fractions and shares beside a count (نصفهم، ثلثهم، ربعهم، نسبة N بالمئة من أصل), hedges
// and bounds with a degree adverb (أكثر بقليل من، ما يزيد قليلا عن، ما ينوف على، زهاء، ما يناهز،
// قرابة الألفين من), ranges (ما بين N و M، من N إلى M، من N حتى M), the counted noun far from the verb,
// passives (تم ترحيل، جرى تسليم، تمت إعادة، أطلق سراح), attributions after the count (قال، أفاد، بحسب ما
// أوضحت، وفقا لـ، على حد قول، نقلا عن، استنادا إلى، صرح بذلك) and Gulf and Iraqi security statements
// (ضبط، القبض على، خلية الإعلام الأمني، رئاسة أمن الدولة).
// Fixed in this round (ar39-mechanisms.test.ts): degree adverbs in bounds, ينوف, a definite numeral after
// a hedge before من, Wagner and the Africa Corps, قياديي before a group, ضبط, the object taken back
// after a verb of saying (صرح بذلك), a prison "from" which people are returned, قضى in the fighting, the
// nationality of the phrase a count restates after أي (that is).
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // The Secretary-General's report on children and armed conflict.
  [
    'وتحققت الأمم المتحدة من تجنيد واستخدام ثلاثمائة وخمسين طفلا على أيدي قوات الدعم السريع في دارفور.',
    [
      {
        v: [350, 350],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        loc: ['SD'],
        source: 'الأمم المتحدة',
      },
    ],
  ],
  [
    'وتحققت الأمم المتحدة من احتجاز 412 طفلا بسبب ارتباطهم الفعلي أو المزعوم بجماعات مسلحة، من بينهم 96 طفلا احتجزتهم السلطات العراقية.',
    [
      { v: [412, 412], pop: 'children', status: 'detained', source: 'الأمم المتحدة' },
      { v: [96, 96], pop: 'children', status: 'detained' },
    ],
  ],
  [
    'ونسبت 61 حالة اختطاف لأطفال إلى بوكو حرام، وفقا للتقرير السنوي للأمين العام.',
    [{ v: [61, 61], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وأفرج عن ما لا يقل عن مئتي طفل من مراكز الاحتجاز العسكرية في شمال شرق نيجيريا.',
    [{ v: [200, null], pop: 'children', status: 'other', loc: ['NG'] }],
  ],
  [
    'وقالت الأمم المتحدة إن الجماعات المسلحة في منطقة الساحل جندت، خلال العام الماضي وحده، أكثر من 500 طفل.',
    [{ v: [500, null], pop: 'children', status: 'joined', source: 'الأمم المتحدة' }],
  ],
  [
    'وكان الحوثيون قد جندوا أطفالا بلغ عددهم، بحسب تقرير أممي، ألفا وأربعمائة طفل.',
    [{ v: [1400, 1400], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وأصيب 9 أطفال بجروح جراء انفجار لغم أرضي زرعه الحوثيون في تعز، وفقا لمكتب حقوق الإنسان.',
    [
      {
        v: [9, 9],
        pop: 'children',
        status: 'other',
        aff: 'other',
        loc: ['YE'],
        source: 'مكتب حقوق الإنسان',
      },
    ],
  ],
  // Sudan, Libya and the Sahel.
  [
    'وقال الجيش السوداني إنه قتل زهاء ألفي عنصر من ميليشيا الدعم السريع في معارك الخرطوم.',
    [
      {
        v: [2000, 2000],
        pop: 'fighters',
        status: 'killed',
        aff: 'other',
        loc: ['SD'],
        source: 'الجيش السوداني',
      },
    ],
  ],
  [
    'ويقاتل ما يربو على ألف مرتزق روسي من مجموعة فاغنر في ليبيا، بحسب تقرير لخبراء الأمم المتحدة.',
    [{ v: [1000, null], pop: 'fighters', origin: ['RU'], status: 'present', aff: 'other', loc: ['LY'] }],
  ],
  [
    'وقتل 60 مسلحا من فاغنر في مالي، طبقا لما أعلنه الجيش المالي.',
    [{ v: [60, 60], pop: 'fighters', status: 'killed', aff: 'other', loc: ['ML'], source: 'الجيش المالي' }],
  ],
  [
    'ويقدر عدد عناصر فاغنر في مالي بنحو ألف وخمسمائة عنصر.',
    [{ v: [1500, 1500], pop: 'fighters', status: 'present', aff: 'other', loc: ['ML'] }],
  ],
  [
    'وخطفت جماعة بوكو حرام مئتين وستا وسبعين تلميذة من مدرستهن في شيبوك عام 2014.',
    [{ v: [276, 276], pop: 'children', status: 'other', aff: 'other', loc: ['NG'] }],
  ],
  [
    'ولقي خمسة وثلاثون جنديا ماليا حتفهم في هجوم تبنته جماعة نصرة الإسلام والمسلمين.',
    [{ v: [35, 35], pop: 'fighters', origin: ['ML'], status: 'killed', aff: 'other' }],
  ],
  [
    'وتم ترحيل سبعة وأربعين مقاتلا تشاديا من ليبيا إلى نجامينا، وفق ما أفاد مصدر أمني.',
    [{ v: [47, 47], pop: 'fighters', origin: ['TD'], status: 'returned', loc: ['LY'], source: 'مصدر أمني' }],
  ],
  [
    'وأسرت القوات المسلحة السودانية مائة وسبعة عشر عنصرا من الدعم السريع في أم درمان.',
    [{ v: [117, 117], pop: 'fighters', status: 'detained', aff: 'other', loc: ['SD'] }],
  ],
  [
    'وأسفر هجوم بطائرة مسيرة تابعة للدعم السريع عن مقتل ثلاثة وعشرين مدنيا بينهم ستة أطفال.',
    [
      { v: [23, 23], pop: 'people', status: 'killed', aff: 'other' },
      { v: [6, 6], pop: 'children', status: 'killed', aff: 'other' },
    ],
  ],
  [
    'وقتل مسلحو تنظيم الدولة في الصحراء الكبرى 47 قرويا في منطقة تيلابيري غربي النيجر.',
    [{ v: [47, 47], pop: 'people', status: 'killed', aff: 'isis', loc: ['NE'] }],
  ],
  // Somalia.
  [
    'وأفاد الجيش الصومالي بأن نحو مئة وعشرين من مقاتلي حركة الشباب قتلوا في غارة جوية.',
    [{ v: [120, 120], pop: 'fighters', status: 'killed', aff: 'other', source: 'الجيش الصومالي' }],
  ],
  [
    'واستسلم قرابة ثلاثمئة من عناصر الشباب للقوات الحكومية خلال الأشهر الستة الماضية، حسبما أوضح وزير الإعلام الصومالي.',
    [{ v: [300, 300], pop: 'fighters', status: 'other', aff: 'other', source: 'وزير الإعلام الصومالي' }],
  ],
  // Fractions and shares beside a count: the share is no count.
  [
    'ويضم مخيم الهول أكثر من 50 ألف شخص، نصفهم تقريبا من الأطفال، وثلثهم من العراقيين.',
    [{ v: [50000, null], pop: 'people', status: 'present', loc: ['SY'] }],
  ],
  [
    'وأعيد 620 طفلا إلى أوزبكستان، ربعهم دون سن الخامسة.',
    [{ v: [620, 620], pop: 'children', origin: ['UZ'], status: 'returned' }],
  ],
  [
    'وقالت المنظمة إن 40 في المائة من أصل 1,500 مجند حوثي هم من الأطفال.',
    [{ v: [1500, 1500], pop: 'fighters', aff: 'other', source: 'المنظمة' }],
  ],
  ['وفر ثلاثة أرباع سكان القرية بعد دخول مسلحي بوكو حرام.', []],
  ['وقتل في الهجوم 11 شخصا، ثلثاهم من النساء.', [{ v: [11, 11], pop: 'people', status: 'killed' }]],
  // Numbers in words: hundreds, thousands, duals, and vague ones.
  [
    'وعاد ألفان وخمسمائة عراقي من مخيم الهول منذ بداية العام.',
    [{ v: [2500, 2500], pop: 'people', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأحصت المنظمة ستمائة وثمانية عشر طفلا جندتهم الجماعات المسلحة في ليبيا.',
    [{ v: [618, 618], pop: 'children', status: 'joined', loc: ['LY'], source: 'المنظمة' }],
  ],
  [
    'وبلغ عدد الأطفال الذين أعيدوا إلى كازاخستان مائة وستة وخمسين طفلا.',
    [{ v: [156, 156], pop: 'children', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'وقتل مائتا مدني في الهجوم الذي شنته الدعم السريع على المدينة.',
    [{ v: [200, 200], pop: 'people', status: 'killed', aff: 'other' }],
  ],
  [
    'وجند الحوثيون ألفا طفل خلال الصيف الماضي.',
    [{ v: [2000, 2000], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وأعيدت ثلاثمائة وخمس نساء إلى أوزبكستان.',
    [{ v: [305, 305], pop: 'women', origin: ['UZ'], status: 'returned' }],
  ],
  [
    'وقالت الحكومة إن أحد عشر ألفا وخمسمائة طفل يتلقون الدعم النفسي بعد تسريحهم من الجماعات المسلحة.',
    [{ v: [11500, 11500], pop: 'children', source: 'الحكومة' }],
  ],
  ['ويقبع في السجون العراقية بضع مئات من النساء الأجنبيات المدانات بالانتماء لتنظيم داعش.', []],
  ['وقتل عشرات المدنيين في هجوم لمسلحي الدعم السريع على قرية في الجزيرة.', []],
  ['وجندت حركة الشباب بضعة آلاف من الأطفال في جنوب الصومال.', []],
  // Hedges and bounds.
  [
    'وأعيد أكثر بقليل من 900 طفل إلى طاجيكستان منذ 2019.',
    [{ v: [900, null], pop: 'children', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'وتضم قوائم الانتظار ما يزيد قليلا عن 900 امرأة طاجيكية.',
    [{ v: [900, null], pop: 'women', origin: ['TJ'] }],
  ],
  [
    'وقتل ما ينوف على مئة وخمسين مدنيا في القصف الذي شنته قوات الدعم السريع على الفاشر.',
    [{ v: [150, null], pop: 'people', status: 'killed', aff: 'other', loc: ['SD'] }],
  ],
  [
    'وأعيد قرابة الألفين من النساء والأطفال إلى العراق.',
    [{ v: [2000, 2000], pop: 'people', status: 'returned' }],
  ],
  [
    'وتقدر السلطات أن ما يناهز 700 مقاتل أجنبي يتحصنون في الجبال.',
    [{ v: [700, 700], pop: 'fighters', origin: ['region:foreign'], source: 'السلطات' }],
  ],
  ['وقتل ثلاثمائة ونيف من المسلحين في المعارك.', [{ v: [300, null], pop: 'fighters', status: 'killed' }]],
  [
    'ويحتجز في السجون ما لا يزيد عن 300 مقاتل أجنبي.',
    [{ v: [null, 300], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  // Ranges.
  [
    'وتراوح عدد الأطفال المجندين في صفوف الحوثيين ما بين 10 آلاف و30 ألفا، وفقا لتقديرات حكومية.',
    [{ v: [10000, 30000], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وقدر المرصد عدد المقاتلين الأوزبك في إدلب من 1,500 إلى 2,000 مقاتل.',
    [{ v: [1500, 2000], pop: 'fighters', origin: ['UZ'], loc: ['SY'], source: 'المرصد' }],
  ],
  [
    'ويتراوح عدد المقاتلين التونسيين في ليبيا بين ألف وألف وخمسمائة مقاتل.',
    [{ v: [1000, 1500], pop: 'fighters', origin: ['TN'], loc: ['LY'] }],
  ],
  // The count far from its verb or its noun.
  [
    'وأعادت طاجيكستان خلال العامين الماضيين من المخيمات السورية والسجون العراقية 342 من النساء والأطفال.',
    [{ v: [342, 342], pop: 'people', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'ويبلغ عدد المقاتلين الأجانب المحتجزين لدى قسد، وفق أحدث تقدير، زهاء ألفي مقاتل.',
    [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'وكان من بين القتلى في الهجوم الذي شنته بوكو حرام على القاعدة العسكرية 19 جنديا نيجيريا.',
    [{ v: [19, 19], pop: 'fighters', origin: ['NG'], status: 'killed', aff: 'other' }],
  ],
  [
    'وقضى نحو ربع المقاتلين الأجانب، أي ما يقارب 1,200 مقاتل، في المعارك.',
    [{ v: [1200, 1200], pop: 'fighters', origin: ['region:foreign'], status: 'killed' }],
  ],
  // Passives.
  [
    'وتم ترحيل 33 امرأة روسية من بغداد إلى موسكو على متن طائرة خاصة.',
    [{ v: [33, 33], pop: 'women', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'وجرى تسليم 14 عنصرا من داعش يحملون الجنسية التونسية إلى سلطات بلادهم.',
    [{ v: [14, 14], pop: 'fighters', origin: ['TN'], status: 'returned', aff: 'isis' }],
  ],
  [
    'وتمت إعادة 232 امرأة وطفلا إلى أوزبكستان، بحسب ما نقلت وكالة الأنباء الرسمية.',
    [{ v: [232, 232], pop: 'people', origin: ['UZ'], status: 'returned', source: 'وكالة الأنباء الرسمية' }],
  ],
  [
    'وأطلق سراح ثمانية وعشرين صيادا مصريا كانوا محتجزين لدى ميليشيا في ليبيا.',
    [{ v: [28, 28], pop: 'people', origin: ['EG'], status: 'other', loc: ['LY'] }],
  ],
  [
    'وتم ترحيل ما بين 300 و350 امرأة أجنبية من مخيم الهول إلى مخيم روج.',
    [{ v: [300, 350], pop: 'women', origin: ['region:foreign'], loc: ['SY'], not: 'returned' }],
  ],
  // Attribution after the count.
  [
    '"أعدنا 94 طفلا كازاخيا من سوريا"، قال وزير الخارجية.',
    [{ v: [94, 94], pop: 'children', origin: ['KZ'], status: 'returned', source: 'وزير الخارجية' }],
  ],
  [
    'وقتل 14 جنديا عراقيا في هجوم لداعش، على حد قول مسؤول في وزارة الدفاع.',
    [
      {
        v: [14, 14],
        pop: 'fighters',
        origin: ['IQ'],
        status: 'killed',
        aff: 'isis',
        source: 'مسؤول في وزارة الدفاع',
      },
    ],
  ],
  [
    'واختطف 25 طفلا من قرية قرب مايدوغوري، نقلا عن مسؤولين محليين.',
    [{ v: [25, 25], pop: 'children', status: 'other', loc: ['NG'], source: 'مسؤولين محليين' }],
  ],
  [
    'ويحتجز في مخيم الهول 27 ألف طفل، بحسب ما أوضحت منظمة إنقاذ الطفولة.',
    [{ v: [27000, 27000], pop: 'children', loc: ['SY'], source: 'منظمة إنقاذ الطفولة' }],
  ],
  [
    'وتسلم العراق 2,000 من مواطنيه المحتجزين لدى قسد، صرح بذلك وزير الخارجية فؤاد حسين.',
    [
      {
        v: [2000, 2000],
        pop: 'people',
        origin: ['IQ'],
        status: 'returned',
        source: 'وزير الخارجية فؤاد حسين',
      },
    ],
  ],
  [
    'وقضى 45 مقاتلا أجنبيا في المعارك الأخيرة، بحسب المرصد.',
    [{ v: [45, 45], pop: 'fighters', origin: ['region:foreign'], status: 'killed', source: 'المرصد' }],
  ],
  // Gulf and Iraqi security statements.
  [
    'وأعلنت رئاسة أمن الدولة في المملكة القبض على 13 شخصا ينتمون لتنظيم داعش الإرهابي.',
    [{ v: [13, 13], pop: 'people', status: 'detained', aff: 'isis' }],
  ],
  [
    'وأعلن جهاز الأمن الوطني العراقي اعتقال خمسة إرهابيين من فلول داعش في كركوك.',
    [
      {
        v: [5, 5],
        pop: 'fighters',
        status: 'detained',
        aff: 'isis',
        loc: ['IQ'],
        source: 'جهاز الأمن الوطني العراقي',
      },
    ],
  ],
  [
    'وأكدت وزارة الداخلية الكويتية ضبط خلية من ستة أعضاء تتبع تنظيم داعش.',
    [{ v: [6, 6], pop: 'fighters', status: 'detained', aff: 'isis', source: 'وزارة الداخلية الكويتية' }],
  ],
  [
    'وذكرت خلية الإعلام الأمني أن القوات العراقية قتلت أربعة عشر داعشيا في صحراء الأنبار.',
    [{ v: [14, 14], pop: 'fighters', status: 'killed', aff: 'isis', source: 'خلية الإعلام الأمني' }],
  ],
  [
    'وقالت وزارة الهجرة العراقية إن ألفا وثمانمائة عائلة عراقية عادت من الهول خلال العام الجاري.',
    [
      {
        v: [1800, 1800],
        pop: 'families',
        origin: ['IQ'],
        status: 'returned',
        source: 'وزارة الهجرة العراقية',
      },
    ],
  ],
  [
    'واعتقلت قوة أمنية ستة من قياديي داعش في صحراء الأنبار.',
    [{ v: [6, 6], pop: 'fighters', status: 'detained', aff: 'isis' }],
  ],
  [
    'وأوضحت قيادة العمليات المشتركة أن نحو أربعين إرهابيا قتلوا في الضربات الجوية على جبال حمرين.',
    [{ v: [40, 40], pop: 'fighters', status: 'killed', source: 'قيادة العمليات المشتركة' }],
  ],
  [
    'وأعلنت وزارة الداخلية السعودية تنفيذ حكم القتل تعزيرا بحق 37 مدانا بجرائم إرهابية.',
    [{ v: [37, 37], pop: 'people', status: 'killed', source: 'وزارة الداخلية السعودية' }],
  ],
];

const OPEN = new Set<string>([
  // قضى far from its completing word, past the restated phrase (قضى نحو ربع المقاتلين … في المعارك), is not
  // read as a death; the origin of the restated phrase is (restatementMarkers).
  'وقضى نحو ربع المقاتلين الأجانب، أي ما يقارب 1,200 مقاتل، في المعارك.',
  // A move from one camp to another is read as a return (ترحيل): a camp is also where Iraqi returnees
  // are taken home to (الجدعة), so the destination alone does not decide.
  'وتم ترحيل ما بين 300 و350 امرأة أجنبية من مخيم الهول إلى مخيم روج.',
]);

describe('Arabic: round 39 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
