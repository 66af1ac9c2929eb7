// Arabic, round 36: blind probes in the style of Arab press (Al Jazeera, Asharq Al-Awsat, Enab Baladi),
// UN releases in Arabic, Yemeni and Iraqi ministry statements and SOHR: Houthi recruitment in summer camps
// and at the fronts, al-Shabaab, Boko Haram/ISWAP, al-Hol and Roj and the returns to Iraq, Tunisia, Morocco
// and Sudan, Iraqi juvenile courts, Yazidi survivors, Libyan hand-overs of orphans, SDF-held detainees,
// Lebanese and Jordanian fighters. Arabic number grammar throughout: 3-10 with gender polarity, 11-19,
// hundreds and thousands in words, post-posed numerals (definite and indefinite), digits glued to words,
// the dual, ranges, bounds, parts (منهم، بينهم، من بينهم), "ليرتفع العدد الإجمالي إلى", relative clauses,
// passives, verb-first sentences, attributions and ages.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  [
    'وقالت وزارة حقوق الإنسان اليمنية إن الحوثيين استقطبوا خلال المراكز الصيفية ما يزيد على خمسين ألف طالب.',
    [
      {
        v: [50000, null],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'وزارة حقوق الإنسان اليمنية',
      },
    ],
  ],
  [
    'وأفاد تقرير حكومي بأن نحو 3500 طفل جندتهم جماعة الحوثي لقوا حتفهم في جبهات مأرب والحديدة خلال عام 2021.',
    [
      {
        v: [3500, 3500],
        pop: 'children',
        status: 'killed',
        aff: 'other',
        loc: ['YE'],
        source: 'تقرير حكومي',
      },
    ],
  ],
  [
    'وكشف مصدر حقوقي أن الميليشيا دفعت بتسعة أطفال تتراوح أعمارهم بين 13 و16 عاما إلى جبهة نهم.',
    [{ v: [9, 9], pop: 'children', status: 'joined', source: 'مصدر حقوقي', age: [13, 16] }],
  ],
  [
    'وشيعت جماعة الحوثي في صنعاء سبعة عشر طفلا قتلوا في المعارك خلال أسبوع واحد.',
    [{ v: [17, 17], pop: 'children', status: 'killed', aff: 'other', loc: ['YE'] }],
  ],
  [
    'وبحسب فريق الخبراء التابع للأمم المتحدة، فإن 1406 أطفال جندهم الحوثيون قتلوا في ساحات القتال عام 2020.',
    [
      {
        v: [1406, 1406],
        pop: 'children',
        status: 'killed',
        aff: 'other',
        source: 'فريق الخبراء التابع للأمم المتحدة',
      },
    ],
  ],
  [
    'وأكد وزير الإعلام اليمني أن الحوثيين زجوا بعشرات الآلاف من الأطفال في المعارك، بينهم 2000 طفل دون سن الخامسة عشرة.',
    [
      {
        v: [2000, 2000],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'وزير الإعلام اليمني',
        age: [null, 14],
      },
    ],
  ],
  [
    'ووثقت منظمة سام مقتل ثمانية أطفال مجندين من محافظة ذمار خلال شهرين.',
    [{ v: [8, 8], pop: 'children', status: 'killed', loc: ['YE'], source: 'منظمة سام' }],
  ],
  [
    'وسلمت القوات الحكومية ثلاثة عشر طفلا أسرتهم في جبهة الساحل الغربي إلى مركز إعادة تأهيل في مأرب.',
    [{ v: [13, 13], pop: 'children', loc: ['YE'] }],
  ],
  [
    'وذكرت مصادر محلية أن الجماعة أخضعت ما لا يقل عن 400 طفل لدورات طائفية في مدارس محافظة إب.',
    [{ v: [400, null], pop: 'children', loc: ['YE'], source: 'مصادر محلية' }],
  ],
  [
    'وأفرج الحوثيون عن أطفال ثلاثة كانوا محتجزين في سجن الأمن السياسي بصنعاء.',
    [{ v: [3, 3], pop: 'children', status: 'other', aff: 'other', loc: ['YE'] }],
  ],
  [
    'وجندت الميليشيا ما بين مئتين وثلاثمائة طفل من مخيمات النازحين في الجوف.',
    [{ v: [200, 300], pop: 'children', status: 'joined' }],
  ],
  [
    'وقال ناشطون إن الحوثيين استدرجوا عشرين طفلا من أعمار 12 إلى 15 سنة إلى دورات قتالية.',
    [{ v: [20, 20], pop: 'children', status: 'joined', aff: 'other', source: 'ناشطون', age: [12, 15] }],
  ],
  [
    'وأكدت الأمم المتحدة أن 3995 طفلا جندوا في اليمن منذ 2015، منهم 3034 صبيا و961 فتاة.',
    [
      { v: [3995, 3995], pop: 'children', status: 'joined', loc: ['YE'], source: 'الأمم المتحدة' },
      { v: [3034, 3034], pop: 'children', status: 'joined', loc: ['YE'], source: 'الأمم المتحدة' },
      { v: [961, 961], pop: 'children', status: 'joined', loc: ['YE'], source: 'الأمم المتحدة' },
    ],
  ],
  [
    'وقال الجيش الوطني إنه أسر 18 مقاتلا حوثيا بينهم 6 أطفال في جبهة حرض.',
    [
      { v: [18, 18], pop: 'fighters', status: 'detained', aff: 'other', source: 'الجيش الوطني' },
      { v: [6, 6], pop: 'children', status: 'detained', aff: 'other', source: 'الجيش الوطني' },
    ],
  ],
  [
    'وأحصت منظمات محلية أكثر من أربعة آلاف وخمسمئة حالة تجنيد أطفال في اليمن.',
    [{ v: [4500, null], pop: 'children', status: 'joined', loc: ['YE'], source: 'منظمات محلية' }],
  ],
  [
    'وتضم المعسكرات الصيفية ما يقارب 40 ألف طفل تتراوح أعمارهم بين 8 و17 عاما.',
    [{ v: [40000, 40000], pop: 'children', age: [8, 17] }],
  ],
  [
    'وقالت مصادر طبية إن 3 أطفال من المجندين قتلوا وأصيب 2 آخران في قصف على جبهة الضالع.',
    [
      { v: [3, 3], pop: 'children', status: 'killed', loc: ['YE'], source: 'مصادر طبية' },
      { v: [2, 2], pop: 'children', status: 'other', loc: ['YE'], source: 'مصادر طبية' },
    ],
  ],
  [
    'ودفع الحوثيون بخمسين طفلا إلى جبهات مأرب.',
    [{ v: [50, 50], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'] }],
  ],
  [
    'واستهدف قصف حوثي مخيما للنازحين في مأرب ما أسفر عن مقتل 4 أطفال وامرأتين.',
    [
      { v: [4, 4], pop: 'children', status: 'killed', aff: 'other', loc: ['YE'] },
      { v: [2, 2], pop: 'women', status: 'killed', aff: 'other', loc: ['YE'] },
    ],
  ],
  [
    'وأعلن الجيش الصومالي مقتل ستة عشر عنصرا من ميليشيات الشباب في عملية بإقليم شبيلي الوسطى.',
    [{ v: [16, 16], pop: 'fighters', status: 'killed', aff: 'other', loc: ['SO'], source: 'الجيش الصومالي' }],
  ],
  [
    'وأفادت الأمم المتحدة بأن حركة الشباب جندت 1716 طفلا في الصومال خلال عام 2022، بينهم 48 فتاة.',
    [
      {
        v: [1716, 1716],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        loc: ['SO'],
        source: 'الأمم المتحدة',
      },
      { v: [48, 48], pop: 'children', status: 'joined', aff: 'other', loc: ['SO'], source: 'الأمم المتحدة' },
    ],
  ],
  [
    'واختطفت حركة الشباب قرابة مئة طفل من قرى في منطقة باي لتجنيدهم.',
    [{ v: [100, 100], pop: 'children', status: 'other', aff: 'other', loc: ['SO'] }],
  ],
  [
    'وقتل زهاء ٤٥ مسلحا من الشباب في غارة أمريكية جنوبي الصومال.',
    [{ v: [45, 45], pop: 'fighters', status: 'killed', aff: 'other', loc: ['SO'] }],
  ],
  [
    'وقال المتحدث إن مائتي مقاتل من حركة الشباب استسلموا خلال الشهرين الماضيين.',
    [{ v: [200, 200], pop: 'fighters', status: 'other', aff: 'other', source: 'المتحدث' }],
  ],
  [
    'وقتل ما لا يقل عن سبعة وثلاثين شخصا في هجوم لحركة الشباب على فندق في مقديشو.',
    [{ v: [37, null], pop: 'people', status: 'killed', aff: 'other', loc: ['SO'] }],
  ],
  [
    'وتجاوز عدد الأطفال الذين جندتهم حركة الشباب العام الماضي ألفي طفل.',
    [{ v: [2000, null], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وأعلن الجيش النيجيري أن أكثر من ثمانمئة من عناصر بوكو حرام وعائلاتهم استسلموا في ولاية بورنو.',
    [{ v: [800, null], pop: 'people', status: 'other', aff: 'other', loc: ['NG'], source: 'الجيش النيجيري' }],
  ],
  [
    'وقالت منظمة العفو الدولية إن بوكو حرام خطفت آلاف الفتيات، من بينهن 276 تلميذة من مدينة شيبوك.',
    [
      {
        v: [276, 276],
        pop: 'children',
        status: 'other',
        aff: 'other',
        loc: ['NG'],
        source: 'منظمة العفو الدولية',
      },
    ],
  ],
  [
    'وقتل تسعة جنود تشاديين في هجوم شنه مسلحو بوكو حرام على موقع عسكري قرب بحيرة تشاد.',
    [{ v: [9, 9], pop: 'fighters', origin: ['TD'], status: 'killed', aff: 'other' }],
  ],
  [
    'وقتلت اثنتا عشرة امرأة في هجوم لبوكو حرام على قرية قرب مايدوغوري.',
    [{ v: [12, 12], pop: 'women', status: 'killed', aff: 'other', loc: ['NG'] }],
  ],
  [
    'ونجح الجيش في تحرير 35 رهينة، بينهم 12 طفلا، من قبضة بوكو حرام.',
    [
      { v: [35, 35], pop: 'people', status: 'other', aff: 'other' },
      { v: [12, 12], pop: 'children', status: 'other', aff: 'other' },
    ],
  ],
  [
    'وقالت منظمة اليونيسف إن نحو تسعمائة طفل جندوا في نيجيريا منذ 2013.',
    [{ v: [900, 900], pop: 'children', status: 'joined', loc: ['NG'], source: 'منظمة اليونيسف' }],
  ],
  [
    'وأعلنت وزارة الهجرة العراقية إعادة 689 شخصا من مخيم الهول، معظمهم من النساء والأطفال، إلى مخيم الجدعة جنوبي الموصل.',
    [
      {
        v: [689, 689],
        pop: 'people',
        status: 'returned',
        loc: ['IQ', 'SY'],
        source: 'وزارة الهجرة العراقية',
      },
    ],
  ],
  [
    'وأعادت تونس ست نساء وأربعة عشر طفلا من مخيم روج، وفق بيان لوزارة الخارجية التونسية.',
    [
      {
        v: [6, 6],
        pop: 'women',
        origin: ['TN'],
        status: 'returned',
        loc: ['SY'],
        source: 'بيان لوزارة الخارجية التونسية',
      },
      {
        v: [14, 14],
        pop: 'children',
        origin: ['TN'],
        status: 'returned',
        loc: ['SY'],
        source: 'بيان لوزارة الخارجية التونسية',
      },
    ],
  ],
  [
    'ونقلت رويترز عن مسؤول في الإدارة الذاتية أن المخيم يؤوي أكثر من 50 ألف شخص، بينهم نحو عشرين ألف طفل عراقي.',
    [
      { v: [50000, null], pop: 'people', status: 'present', source: 'مسؤول في الإدارة الذاتية' },
      {
        v: [20000, 20000],
        pop: 'children',
        origin: ['IQ'],
        status: 'present',
        source: 'مسؤول في الإدارة الذاتية',
      },
    ],
  ],
  [
    'وقالت منظمة أنقذوا الأطفال إن 62 طفلا توفوا في مخيم الهول منذ مطلع العام، ليرتفع العدد الإجمالي إلى 79.',
    [
      { v: [62, 62], pop: 'children', status: 'killed', loc: ['SY'], source: 'منظمة أنقذوا الأطفال' },
      { v: [79, 79], pop: 'children', status: 'killed', loc: ['SY'], source: 'منظمة أنقذوا الأطفال' },
    ],
  ],
  [
    'وتسلم المغرب ثلاث عشرة امرأة وأربعة وعشرين طفلا من مخيمات شمال شرق سوريا.',
    [
      { v: [13, 13], pop: 'women', origin: ['MA'], status: 'returned', loc: ['SY'] },
      { v: [24, 24], pop: 'children', origin: ['MA'], status: 'returned', loc: ['SY'] },
    ],
  ],
  [
    'وبلغ عدد الأطفال الذين أعيدوا إلى أوزبكستان في إطار عملية مهر 4 ثلاثمئة وعشرين طفلا.',
    [{ v: [320, 320], pop: 'children', origin: ['UZ'], status: 'returned' }],
  ],
  [
    'وتضم القافلة الجديدة 600 شخص، من بينهم 370 طفلا و150 امرأة.',
    [
      { v: [600, 600], pop: 'people' },
      { v: [370, 370], pop: 'children' },
      { v: [150, 150], pop: 'women' },
    ],
  ],
  [
    'وأعادت العراق من مخيم الهول ما يربو على ألفين ومئتي عائلة منذ أيار 2021.',
    [{ v: [2200, null], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأعيد من 200 إلى 300 طفل عراقي من المخيم خلال الأشهر الماضية.',
    [{ v: [200, 300], pop: 'children', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'واستقبل مخيم الجدعة 12 ألفا و500 شخص عادوا من سوريا.',
    [{ v: [12500, 12500], pop: 'people', status: 'returned', loc: ['IQ', 'SY'] }],
  ],
  [
    'وأُعيد 94 عراقيا من مخيم الهول، هم 20 عائلة.',
    [
      { v: [94, 94], pop: 'people', origin: ['IQ'], status: 'returned', loc: ['SY'] },
      { v: [20, 20], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ],
  ],
  [
    'ولا يزال ما لا يقل عن تسعمئة طفل أجنبي في مخيم روج، بحسب منظمة سيف ذا تشيلدرن.',
    [
      {
        v: [900, null],
        pop: 'children',
        origin: ['region:foreign'],
        status: 'present',
        loc: ['SY'],
        source: 'منظمة سيف ذا تشيلدرن',
      },
    ],
  ],
  [
    'وأعادت كازاخستان اثني عشر طفلا وإحدى عشرة امرأة من مخيم روج.',
    [
      { v: [12, 12], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
      { v: [11, 11], pop: 'women', origin: ['KZ'], status: 'returned', loc: ['SY'] },
    ],
  ],
  [
    'وأعيد أحد عشر ألفا ومئتا عراقي من مخيم الهول خلال عام واحد.',
    [{ v: [11200, 11200], pop: 'people', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وعاد إلى طاجيكستان 84 طفلا، بينهم 18 يتيما، في رحلة خاصة.',
    [
      { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' },
      { v: [18, 18], pop: 'children', origin: ['TJ'], status: 'returned' },
    ],
  ],
  [
    'وأعيدت ثلاث نساء وطفلان من مخيم الهول بعد سنوات من الأسر.',
    [
      { v: [3, 3], pop: 'women', status: 'returned', loc: ['SY'] },
      { v: [2, 2], pop: 'children', status: 'returned', loc: ['SY'] },
    ],
  ],
  [
    'وأعلنت وزارة العدل العراقية أن محكمة الأحداث في بغداد حكمت على 47 قاصرا بتهم الانتماء إلى داعش.',
    [
      {
        v: [47, 47],
        pop: 'children',
        status: 'detained',
        aff: 'isis',
        loc: ['IQ'],
        source: 'وزارة العدل العراقية',
      },
    ],
  ],
  [
    'وقضت محكمة الأحداث في نينوى بإيداع سبعة فتيان في دار الإصلاح لمدد تتراوح بين سنة وخمس سنوات.',
    [{ v: [7, 7], pop: 'children', status: 'detained', loc: ['IQ'] }],
  ],
  [
    'وأكد مجلس القضاء الأعلى أن محاكم الأحداث نظرت في قضايا نحو ألف متهم قاصر.',
    [{ v: [1000, 1000], pop: 'children', status: 'detained', source: 'مجلس القضاء الأعلى' }],
  ],
  [
    'وأصدرت محكمة عراقية حكما بالإعدام على 14 مدانا بالانتماء إلى داعش.',
    [{ v: [14, 14], pop: 'people', status: 'detained', aff: 'isis', loc: ['IQ'] }],
  ],
  [
    'وقال مدير مكتب شؤون المختطفين الإيزيديين إن عدد الناجيات اللواتي عدن من قبضة داعش بلغ 1205 امرأة.',
    [
      {
        v: [1205, 1205],
        pop: 'women',
        status: 'returned',
        aff: 'isis',
        source: 'مدير مكتب شؤون المختطفين الإيزيديين',
      },
    ],
  ],
  [
    'وتحررت ثلاث ناجيات إيزيديات وطفلان من مخيم الهول بعد سنوات من الأسر.',
    [
      { v: [3, 3], pop: 'women', status: 'other', loc: ['SY'] },
      { v: [2, 2], pop: 'children', status: 'other', loc: ['SY'] },
    ],
  ],
  [
    'وتشير التقديرات إلى أن نحو 6417 إيزيديا اختطفهم داعش في آب 2014، حرر منهم 3562 حتى الآن.',
    [
      { v: [6417, 6417], pop: 'people', status: 'other', aff: 'isis' },
      { v: [3562, 3562], pop: 'people', status: 'other', aff: 'isis' },
    ],
  ],
  [
    'وأعلنت وزارة الدفاع العراقية مقتل عنصرين من داعش واعتقال ثالث في صحراء الأنبار.',
    [
      {
        v: [2, 2],
        pop: 'fighters',
        status: 'killed',
        aff: 'isis',
        loc: ['IQ'],
        source: 'وزارة الدفاع العراقية',
      },
    ],
  ],
  [
    'وقالت خلية الإعلام الأمني إن القوات الأمنية ألقت القبض على إرهابيين اثنين في كركوك.',
    [{ v: [2, 2], pop: 'fighters', status: 'detained', loc: ['IQ'], source: 'خلية الإعلام الأمني' }],
  ],
  [
    'وسلمت السلطات الليبية إلى تونس ستة أطفال يتامى لمقاتلين من داعش قتلوا في سرت.',
    [{ v: [6, 6], pop: 'children', origin: ['TN'], status: 'returned', aff: 'isis', loc: ['LY'] }],
  ],
  [
    'وأعلن الهلال الأحمر الليبي تسليم 21 طفلا مصريا من أبناء عناصر داعش إلى السلطات المصرية عبر منفذ السلوم.',
    [
      {
        v: [21, 21],
        pop: 'children',
        origin: ['EG'],
        status: 'returned',
        aff: 'isis',
        source: 'الهلال الأحمر الليبي',
      },
    ],
  ],
  [
    'ونقلت الحكومة الليبية 6 أطفال مصريين تتراوح أعمارهم بين عامين و8 أعوام إلى القاهرة.',
    [{ v: [6, 6], pop: 'children', origin: ['EG'], status: 'returned', loc: ['LY'], age: [2, 8] }],
  ],
  [
    'وقضت محكمة تونسية بسجن ثمانية عائدين من بؤر التوتر مددا تتراوح بين خمس سنوات وعشرين سنة.',
    [{ v: [8, 8], pop: 'people', status: 'detained', loc: ['TN'] }],
  ],
  [
    'وتقدر السلطات التونسية عدد التونسيين الذين سافروا إلى بؤر التوتر بنحو ثلاثة آلاف شخص.',
    [{ v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined', source: 'السلطات التونسية' }],
  ],
  [
    'وقال وزير الداخلية المغربي إن 1659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق، قتل منهم 745.',
    [
      {
        v: [1659, 1659],
        pop: 'people',
        origin: ['MA'],
        status: 'joined',
        loc: ['IQ', 'SY'],
        source: 'وزير الداخلية المغربي',
      },
      {
        v: [745, 745],
        pop: 'people',
        origin: ['MA'],
        status: 'killed',
        loc: ['IQ', 'SY'],
        source: 'وزير الداخلية المغربي',
      },
    ],
  ],
  [
    'وأعيد 37 مغربيا، بينهم 8 مقاتلين سابقين، من المناطق السورية.',
    [
      { v: [37, 37], pop: 'people', origin: ['MA'], status: 'returned', loc: ['SY'] },
      { v: [8, 8], pop: 'fighters', origin: ['MA'], status: 'returned', loc: ['SY'] },
    ],
  ],
  [
    'وتفيد التقديرات بأن ما بين 100 و150 سودانيا انضموا إلى داعش، أغلبهم من طلاب الجامعات.',
    [{ v: [100, 150], pop: 'people', origin: ['SD'], status: 'joined', aff: 'isis' }],
  ],
  [
    'وأطلقت قوات الدعم السريع سراح 537 أسيرا بينهم 33 طفلا بوساطة من الصليب الأحمر.',
    [
      { v: [537, 537], pop: 'people', status: 'other', aff: 'other' },
      { v: [33, 33], pop: 'children', status: 'other', aff: 'other' },
    ],
  ],
  [
    'وقالت لجنة المعلمين السودانيين إن الدعم السريع جند قرابة ثلاثمئة تلميذ في ولاية الجزيرة.',
    [{ v: [300, 300], pop: 'children', status: 'joined', aff: 'other', source: 'لجنة المعلمين السودانيين' }],
  ],
  [
    'وأفرجت الحكومة العراقية عن 3 نساء تركيات و9 أطفال بعد انتهاء محكومياتهن.',
    [
      { v: [3, 3], pop: 'women', origin: ['TR'], status: 'other', loc: ['IQ'] },
      { v: [9, 9], pop: 'children', origin: ['TR'], status: 'other', loc: ['IQ'] },
    ],
  ],
  [
    'وقال المرصد السوري لحقوق الإنسان إن قوات سوريا الديمقراطية تحتجز نحو عشرة آلاف عنصر من داعش في سجونها، بينهم ألفان من الأجانب.',
    [
      {
        v: [10000, 10000],
        pop: 'fighters',
        status: 'detained',
        aff: 'isis',
        source: 'المرصد السوري لحقوق الإنسان',
      },
      {
        v: [2000, 2000],
        pop: 'fighters',
        origin: ['region:foreign'],
        status: 'detained',
        aff: 'isis',
        source: 'المرصد السوري لحقوق الإنسان',
      },
    ],
  ],
  [
    'وتحتجز قسد في سجن غويران قرابة 700 فتى تتراوح أعمارهم بين 12 و18 عاما.',
    [{ v: [700, 700], pop: 'children', status: 'detained', loc: ['SY'], age: [12, 18] }],
  ],
  [
    'ونقلت قسد 50 عنصرا من داعش يحملون الجنسية العراقية إلى السلطات العراقية.',
    [{ v: [50, 50], pop: 'fighters', origin: ['IQ'], status: 'returned', aff: 'isis', loc: ['IQ'] }],
  ],
  [
    'واعتقلت قسد خلال حملة أمنية في مخيم الهول 226 شخصا بينهم 36 امرأة.',
    [
      { v: [226, 226], pop: 'people', status: 'detained', loc: ['SY'] },
      { v: [36, 36], pop: 'women', status: 'detained', loc: ['SY'] },
    ],
  ],
  [
    'وأكدت وزارة الدفاع الأمريكية أن عدد عناصر داعش المحتجزين في سوريا يقدر بنحو عشرة آلاف، منهم ألفان أجانب.',
    [
      {
        v: [10000, 10000],
        pop: 'fighters',
        status: 'detained',
        aff: 'isis',
        loc: ['SY'],
        source: 'وزارة الدفاع الأمريكية',
      },
      {
        v: [2000, 2000],
        pop: 'fighters',
        origin: ['region:foreign'],
        status: 'detained',
        aff: 'isis',
        loc: ['SY'],
        source: 'وزارة الدفاع الأمريكية',
      },
    ],
  ],
  [
    'وأفادت مصادر أمنية لبنانية بأن 12 شابا من طرابلس التحقوا بتنظيم داعش في العراق خلال الأشهر الأخيرة.',
    [{ v: [12, 12], pop: 'men', status: 'joined', aff: 'isis', loc: ['IQ'], source: 'مصادر أمنية لبنانية' }],
  ],
  [
    'وتوجه نحو 900 لبناني للقتال في سوريا مع الجماعات المسلحة، وفق تقديرات أمنية.',
    [
      {
        v: [900, 900],
        pop: 'fighters',
        origin: ['LB'],
        status: 'joined',
        loc: ['SY'],
        source: 'تقديرات أمنية',
      },
    ],
  ],
  [
    'وقدرت السلطات الأردنية عدد الأردنيين الذين قاتلوا مع الجماعات المتطرفة في سوريا بنحو ثلاثة آلاف.',
    [
      {
        v: [3000, 3000],
        pop: 'fighters',
        origin: ['JO'],
        status: 'present',
        loc: ['SY'],
        source: 'السلطات الأردنية',
      },
    ],
  ],
  [
    'وحكمت محكمة أمن الدولة الأردنية على خمسة متهمين بالسجن 10 سنوات بتهمة الالتحاق بداعش.',
    [{ v: [5, 5], pop: 'people', status: 'detained', aff: 'isis' }],
  ],
  [
    'وحكمت محكمة أمن الدولة على الأردنيين العائدين الستة بالسجن خمس سنوات.',
    [{ v: [6, 6], pop: 'people', origin: ['JO'], status: 'detained' }],
  ],
  [
    'وقتل ثلاثة أردنيين كانوا يقاتلون في صفوف داعش بغارة جوية قرب الرقة.',
    [{ v: [3, 3], pop: 'fighters', origin: ['JO'], status: 'killed', aff: 'isis', loc: ['SY'] }],
  ],
  [
    'وأفادت السلطات الأردنية بأن ما يزيد على 4000 أردني التحقوا بالتنظيمات المتطرفة منذ 2011.',
    [{ v: [4000, null], pop: 'people', origin: ['JO'], status: 'joined', source: 'السلطات الأردنية' }],
  ],
  // More number grammar: 11-19, Eastern Arabic digits, shares, totals, numbering phrases.
  [
    'وبحسب إحصاءات رسمية، قتل في الغارة ثمانية مسلحين حوثيين وجرح أحد عشر آخرون.',
    [
      { v: [8, 8], pop: 'fighters', status: 'killed', aff: 'other', source: 'إحصاءات رسمية' },
      { v: [11, 11], pop: 'fighters', status: 'other', aff: 'other', source: 'إحصاءات رسمية' },
    ],
  ],
  [
    'وأفادت وكالة الأنباء العراقية بأن القوات الأمنية قتلت ٧ إرهابيين وألقت القبض على ١٣ آخرين.',
    [
      { v: [7, 7], pop: 'fighters', status: 'killed', source: 'وكالة الأنباء العراقية' },
      { v: [13, 13], pop: 'fighters', status: 'detained', source: 'وكالة الأنباء العراقية' },
    ],
  ],
  [
    'واستعادت الحكومة العراقية قرابة ١٥٠٠ طفل عراقي من مخيم الهول منذ 2021.',
    [{ v: [1500, 1500], pop: 'children', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وقالت الأمم المتحدة إنها تحققت من تجنيد 1545 طفلا في الصومال، 40 في المئة منهم جندتهم حركة الشباب.',
    [{ v: [1545, 1545], pop: 'children', status: 'joined', loc: ['SO'], source: 'الأمم المتحدة' }],
  ],
  [
    'وتوفي طفلان في مخيم الهول بسبب البرد، ليرتفع عدد الوفيات منذ بداية الشتاء إلى 11 طفلا.',
    [
      { v: [2, 2], pop: 'children', status: 'killed', loc: ['SY'] },
      { v: [11, 11], pop: 'children', status: 'killed', loc: ['SY'] },
    ],
  ],
  [
    'وذكر المرصد أن عدد المقاتلين الأجانب القتلى في صفوف التنظيم منذ مطلع العام ارتفع إلى 317 مقاتلا.',
    [{ v: [317, 317], pop: 'fighters', origin: ['region:foreign'], status: 'killed', source: 'المرصد' }],
  ],
  [
    'وأعلنت الحكومة اليمنية أن الحوثيين جندوا 35 ألف طفل منذ 2014، ثلثهم دون الخامسة عشرة.',
    [
      {
        v: [35000, 35000],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        source: 'الحكومة اليمنية',
        age: [null, null],
      },
    ],
  ],
  [
    'وقالت الحكومة الصومالية إن نحو خمسمئة من مقاتلي الشباب انشقوا عن الحركة منذ مطلع العام.',
    [{ v: [500, 500], pop: 'fighters', status: 'other', aff: 'other', source: 'الحكومة الصومالية' }],
  ],
  [
    'وبلغ عدد التونسيين المعتقلين في سجون قسد حوالي 130 معتقلا وفق جمعية إنقاذ التونسيين العالقين بالخارج.',
    [
      {
        v: [130, 130],
        pop: 'people',
        origin: ['TN'],
        status: 'detained',
        loc: ['SY'],
        source: 'جمعية إنقاذ التونسيين العالقين بالخارج',
      },
    ],
  ],
  [
    'وتمكنت قوات الأمن من تحرير 19 مختطفا، بينهم أربع نساء وطفل.',
    [
      { v: [19, 19], pop: 'people', status: 'other' },
      { v: [4, 4], pop: 'women', status: 'other' },
    ],
  ],
  [
    'وتوزع الناجون الإيزيديون البالغ عددهم 3500 على مخيمات إقليم كردستان.',
    [{ v: [3500, 3500], pop: 'people', status: 'present', loc: ['IQ'] }],
  ],
  [
    'وأشار البيان إلى اعتقال خمسة وعشرين متهما، بينهم امرأتان، في عمليات متفرقة.',
    [
      { v: [25, 25], pop: 'people', status: 'detained', source: 'البيان' },
      { v: [2, 2], pop: 'women', status: 'detained', source: 'البيان' },
    ],
  ],
  // Frames, parts and relative clauses (ممن، غالبيتهم، نصفهم).
  [
    'وقد يصل عدد المجندين الجدد إلى 40 طفلا في كل دورة صيفية، بحسب ناشطين.',
    [{ v: [null, 40], pop: 'children', status: 'joined', source: 'ناشطين' }],
  ],
  [
    'ونقلا عن مصدر أمني عراقي، فإن القوات تسلمت 150 عراقيا من الحسكة، بينهم 30 قاصرا ممن اعتقلوا دون سن الثامنة عشرة.',
    [
      {
        v: [150, 150],
        pop: 'people',
        origin: ['IQ'],
        status: 'returned',
        loc: ['SY'],
        source: 'مصدر أمني عراقي',
      },
      {
        v: [30, 30],
        pop: 'children',
        origin: ['IQ'],
        loc: ['SY'],
        source: 'مصدر أمني عراقي',
        age: [null, 17],
      },
    ],
  ],
  [
    'وتحتجز سجون الأحداث في بغداد والموصل نحو 900 قاصر، غالبيتهم متهمون بقضايا إرهاب.',
    [{ v: [900, 900], pop: 'children', status: 'detained', loc: ['IQ'] }],
  ],
  [
    'وتراوح عدد الأطفال المجندين في صفوف الحوثيين سنويا بين ألفين وثلاثة آلاف طفل.',
    [{ v: [2000, 3000], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وأفادت الإدارة الذاتية بأن ما لا يقل عن ثلاثين ألف طفل يعيشون في مخيمي الهول وروج، نصفهم دون سن الثانية عشرة.',
    [
      {
        v: [30000, null],
        pop: 'children',
        status: 'present',
        loc: ['SY'],
        source: 'الإدارة الذاتية',
        age: [null, null],
      },
    ],
  ],
  [
    'وسلمت قسد 13 طفلا فرنسيا و7 أمهات إلى وفد من الخارجية الفرنسية.',
    [
      { v: [13, 13], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [7, 7], pop: 'women', origin: ['FR'], status: 'returned' },
    ],
  ],
];

const OPEN = new Set<string>([]);

describe('Arabic: round 36 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
