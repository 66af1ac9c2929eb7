// Arabic, round 33: blind probes in the style of Arab news agencies, UN CAAC reports in Arabic and NGO
// briefs on fields the dev set barely covers: Sudan (the RSF and the army), Libya, Mali and Burkina Faso
// (JNIM, ISGS), Iraq's camps and centres (al-Hol, al-Jeddah, al-Amal), Houthi summer camps, ISIS-K,
// HTS in Idlib and Mozambique, with numbers in digits and in words of every kind.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // Sudan: the Rapid Support Forces, Darfur, Kordofan, the army's communiqués.
  [
    'وقالت الأمم المتحدة إن قوات الدعم السريع جندت ما يزيد على 300 طفل في دارفور.',
    [
      {
        v: [300, null],
        pop: 'children',
        status: 'joined',
        aff: 'other',
        loc: ['SD'],
        source: 'الأمم المتحدة',
      },
    ],
  ],
  [
    'وأفادت مصادر محلية بأن قوات الدعم السريع جندت بين 300 و400 طفل في ولاية غرب دارفور.',
    [{ v: [300, 400], pop: 'children', status: 'joined', aff: 'other', loc: ['SD'], source: 'مصادر محلية' }],
  ],
  [
    'وقتل خمسة عشر مدنيا في قصف مدفعي على مدينة الفاشر.',
    [{ v: [15, 15], pop: 'people', status: 'killed', loc: ['SD'] }],
  ],
  [
    'وأعلنت القوات المسلحة السودانية أسر ثلاثة عشر عنصرا من الدعم السريع.',
    [
      {
        v: [13, 13],
        pop: 'fighters',
        status: 'detained',
        aff: 'other',
        source: 'القوات المسلحة السودانية',
      },
    ],
  ],
  [
    'وجندت قوات الدعم السريع أحد عشر طفلا في نيالا.',
    [{ v: [11, 11], pop: 'children', status: 'joined', aff: 'other', loc: ['SD'] }],
  ],
  [
    'وقتلت ثماني عشرة امرأة في هجوم على مخيم للنازحين في دارفور.',
    [{ v: [18, 18], pop: 'women', status: 'killed', loc: ['SD'] }],
  ],
  [
    'وأعلن الجيش السوداني مقتل مئة وعشرين عنصرا من قوات الدعم السريع.',
    [{ v: [120, 120], pop: 'fighters', status: 'killed', aff: 'other', source: 'الجيش السوداني' }],
  ],
  [
    'وقال المتحدث باسم الجيش إن قواته قتلت ثلاثمئة وخمسين متمردا في كردفان.',
    [{ v: [350, 350], pop: 'fighters', status: 'killed', loc: ['SD'], source: 'المتحدث باسم الجيش' }],
  ],
  [
    'وقتل ما يربو على سبعمائة شخص في الفاشر منذ أيار.',
    [{ v: [700, null], pop: 'people', status: 'killed', loc: ['SD'] }],
  ],
  [
    'وقال التقرير إن بين 300 و400 طفل جندوا في دارفور.',
    [{ v: [300, 400], pop: 'children', status: 'joined', loc: ['SD'], source: 'التقرير' }],
  ],
  // Mali and Burkina Faso: JNIM, ISGS, the armies.
  [
    'وقتلت جماعة نصرة الإسلام والمسلمين قرابة أربعين مدنيا في وسط مالي.',
    [{ v: [40, 40], pop: 'people', status: 'killed', aff: 'other', loc: ['ML'] }],
  ],
  [
    'وقتل تنظيم الدولة الإسلامية في الصحراء الكبرى نحو مئة وعشرين شخصا في منطقة ميناكا.',
    [{ v: [120, 120], pop: 'people', status: 'killed', aff: 'isis', loc: ['ML'] }],
  ],
  [
    'وأعلن الجيش المالي تحييد سبعة عشر إرهابيا في منطقة موبتي.',
    [{ v: [17, 17], pop: 'fighters', status: 'killed', loc: ['ML'], source: 'الجيش المالي' }],
  ],
  [
    'وأعلنت الجماعة قتل تسعة عشر جنديا بوركينيا.',
    [{ v: [19, 19], pop: 'fighters', origin: ['BF'], status: 'killed', source: 'الجماعة' }],
  ],
  [
    'وتشير التقديرات إلى أن ما بين ألف وألف وخمسمئة طفل يقاتلون في صفوف الجماعات المسلحة في بوركينا فاسو.',
    [{ v: [1000, 1500], pop: 'children', status: 'present', loc: ['BF'] }],
  ],
  [
    'واختطف مسلحون اثنتي عشرة فتاة من قرية في شمال بوركينا فاسو.',
    [{ v: [12, 12], pop: 'children', status: 'other', loc: ['BF'] }],
  ],
  [
    'وقتل 8 من قادة جماعة نصرة الإسلام والمسلمين في غارة بطائرة مسيرة.',
    [{ v: [8, 8], pop: 'fighters', status: 'killed', aff: 'other' }],
  ],
  [
    'واستسلم نحو ستين مقاتلا من جماعة نصرة الإسلام والمسلمين للجيش المالي.',
    [{ v: [60, 60], pop: 'fighters', status: 'other', aff: 'other' }],
  ],
  [
    'وقتل ما يقرب من ثلاثمائة مدني في ميناكا.',
    [{ v: [300, 300], pop: 'people', status: 'killed', loc: ['ML'] }],
  ],
  // Libya.
  [
    'وقطع التنظيم رؤوس 21 عاملا مصريا في ليبيا.',
    [{ v: [21, 21], pop: 'people', origin: ['EG'], status: 'killed', loc: ['LY'] }],
  ],
  [
    'وأعدم تنظيم داعش واحدا وعشرين قبطيا مصريا على شاطئ سرت.',
    [{ v: [21, 21], pop: 'people', origin: ['EG'], status: 'killed', aff: 'isis', loc: ['LY'] }],
  ],
  [
    'وأشار التقرير إلى جرائم ارتكبتها الميليشيات بحق مئتي مهاجر في ليبيا.',
    [{ v: [200, 200], pop: 'people', status: 'other', loc: ['LY'], source: 'التقرير' }],
  ],
  [
    'وأعادت ليبيا سبعة عشر طفلا تونسيا من أبناء مقاتلي داعش.',
    [{ v: [17, 17], pop: 'children', origin: ['TN'], status: 'returned', aff: 'isis' }],
  ],
  [
    'واعتقلت القوات الليبية أربعة عشر عنصرا من تنظيم داعش في سبها.',
    [{ v: [14, 14], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['LY'] }],
  ],
  [
    'وأفرجت السلطات عن ثلاث عشرة امرأة كن محتجزات في سجن معيتيقة.',
    [{ v: [13, 13], pop: 'women', status: 'other', loc: ['LY'] }],
  ],
  // Iraq's camps and centres: al-Hol, al-Jeddah, al-Amal.
  [
    'وعاد 620 عراقيا من مخيم الهول إلى مركز الجدعة للتأهيل في نينوى.',
    [{ v: [620, 620], pop: 'people', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'ونقلت السلطات العراقية 157 عائلة من مخيم الهول إلى مخيم الجدعة-1.',
    [{ v: [157, 157], pop: 'families', origin: ['IQ'], status: 'returned' }],
  ],
  [
    'وأعادت الحكومة العراقية دفعة جديدة تضم مئتين وخمسين عائلة من مخيم الهول.',
    [{ v: [250, 250], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وأعادت السلطات العراقية ألفا وسبعمئة عائلة من مخيم الهول منذ عام 2021.',
    [{ v: [1700, 1700], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
  ],
  [
    'وفر قرابة مئتي شخص من مخيم الهول خلال العام الماضي.',
    [{ v: [200, 200], pop: 'people', status: 'other', loc: ['SY'] }],
  ],
  [
    'وقال المرصد إن نحو خمسين امرأة فررن من مخيم روج.',
    [{ v: [50, 50], pop: 'women', status: 'other', loc: ['SY'], source: 'المرصد' }],
  ],
  [
    'ونقلت السلطات 45 طفلا من سوريا إلى تركيا.',
    [{ v: [45, 45], pop: 'children', status: 'other', loc: ['SY', 'TR'] }],
  ],
  [
    'وتم نقل ثلاثين طفلا عراقيا إلى مركز الأمل في بغداد.',
    [{ v: [30, 30], pop: 'children', origin: ['IQ'], status: 'returned', loc: ['IQ'] }],
  ],
  // Yemen: Houthi summer camps and recruitment.
  [
    'وقالت الحكومة اليمنية إن الحوثيين استدرجوا نحو ثلاثة آلاف طفل عبر المراكز الصيفية.',
    [{ v: [3000, 3000], pop: 'children', status: 'joined', aff: 'other', source: 'الحكومة اليمنية' }],
  ],
  [
    'وجند الحوثيون قرابة ألف ومئتي طفل خلال الأشهر الستة الماضية.',
    [{ v: [1200, 1200], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وقالت منظمة سام إن الحوثيين جندوا أكثر من عشرة آلاف طفل منذ عام 2014.',
    [{ v: [10000, null], pop: 'children', status: 'joined', aff: 'other', source: 'منظمة سام' }],
  ],
  [
    'وقال وزير الخارجية اليمني إن 300 طفل جندتهم الميليشيا الحوثية لقوا حتفهم.',
    [{ v: [300, 300], pop: 'children', status: 'killed', aff: 'other', source: 'وزير الخارجية اليمني' }],
  ],
  [
    'وأفرج الحوثيون عن عائلتين محتجزتين في صنعاء.',
    [{ v: [2, 2], pop: 'families', status: 'other', aff: 'other', loc: ['YE'] }],
  ],
  // Afghanistan: ISIS-K and the Taliban.
  [
    'وقتل تنظيم ولاية خراسان أربعة عشر شخصا في هجوم على مسجد في قندهار.',
    [{ v: [14, 14], pop: 'people', status: 'killed', aff: 'isis', loc: ['AF'] }],
  ],
  [
    'وأعلن تنظيم داعش خراسان مسؤوليته عن الهجوم الذي قتل فيه ما لا يقل عن 170 شخصا في مطار كابل.',
    [{ v: [170, null], pop: 'people', status: 'killed', aff: 'isis', loc: ['AF'] }],
  ],
  [
    'واعتقلت حركة طالبان اثني عشر عنصرا من تنظيم داعش في ننغرهار.',
    [{ v: [12, 12], pop: 'fighters', status: 'detained', loc: ['AF'] }],
  ],
  [
    'وأعدم تنظيم داعش خراسان عشرة من مقاتلي طالبان.',
    [{ v: [10, 10], pop: 'fighters', status: 'killed', aff: 'taliban' }],
  ],
  [
    'وقتل ستون شخصا على الأقل في هجوم انتحاري تبناه تنظيم داعش خراسان في كابل.',
    [{ v: [60, null], pop: 'people', status: 'killed', aff: 'isis', loc: ['AF'] }],
  ],
  // Syria: HTS in Idlib.
  [
    'وقالت هيئة تحرير الشام إنها اعتقلت عشرين عنصرا من خلايا داعش في إدلب.',
    [
      {
        v: [20, 20],
        pop: 'fighters',
        status: 'detained',
        aff: 'isis',
        loc: ['SY'],
        source: 'هيئة تحرير الشام',
      },
    ],
  ],
  [
    'وقالت مصادر إن هيئة تحرير الشام جندت 80 طفلا في معسكرات بريف إدلب الغربي.',
    [{ v: [80, 80], pop: 'children', status: 'joined', aff: 'al-nusra', loc: ['SY'] }],
  ],
  [
    'وأعدم تنظيم داعش عشرة من عناصر هيئة تحرير الشام.',
    [{ v: [10, 10], pop: 'fighters', status: 'killed', aff: 'al-nusra' }],
  ],
  [
    'وقالت الأمم المتحدة إن طفلين قتلا وأصيب ثلاثة آخرون في قصف على إدلب.',
    [
      { v: [2, 2], pop: 'children', status: 'killed', loc: ['SY'] },
      { v: [3, 3], pop: 'children', status: 'other', loc: ['SY'] },
    ],
  ],
  ['وقتل أطفال ثلاثة في قصف على إدلب.', [{ v: [3, 3], pop: 'children', status: 'killed', loc: ['SY'] }]],
  // Mozambique.
  [
    'وقالت منظمة أنقذوا الأطفال إن أكثر من 50 طفلا قطعت رؤوسهم في موزمبيق.',
    [{ v: [50, null], pop: 'children', status: 'killed', loc: ['MZ'] }],
  ],
  [
    'ونزح ما يزيد على ثمانمئة ألف شخص بسبب هجمات حركة الشباب في موزمبيق.',
    [{ v: [800000, null], pop: 'people', status: 'other', loc: ['MZ'] }],
  ],
  [
    'وقتل نحو 1500 شخص منذ بدء التمرد في كابو ديلغادو.',
    [{ v: [1500, 1500], pop: 'people', status: 'killed', loc: ['MZ'] }],
  ],
  [
    'وقالت اليونيسف إن زهاء تسعمائة طفل انفصلوا عن ذويهم في موزمبيق.',
    [{ v: [900, 900], pop: 'children', loc: ['MZ'], source: 'اليونيسف' }],
  ],
  // Leaders of a named group are its fighters.
  [
    'واستسلم اثنان من قادة حركة الشباب للحكومة الصومالية.',
    [{ v: [2, 2], pop: 'fighters', status: 'other', aff: 'other' }],
  ],
  [
    'وقتل ثلاثة قادة من حركة الشباب في الغارة.',
    [{ v: [3, 3], pop: 'fighters', status: 'killed', aff: 'other' }],
  ],
  // Numbers of every kind.
  [
    'وجندت قوات الدعم السريع أحد عشر ألف طفل وفق تقديرات محلية.',
    [{ v: [11000, 11000], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وأعادت طاجيكستان مئة وستة وأربعين طفلا من العراق.',
    [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'وقتل في الهجوم رجلان وامرأتان.',
    [
      { v: [2, 2], pop: 'men', status: 'killed' },
      { v: [2, 2], pop: 'women', status: 'killed' },
    ],
  ],
  ['وقتل الأطفال الثلاثة في قصف على إدلب.', [{ v: [3, 3], pop: 'children', status: 'killed', loc: ['SY'] }]],
  [
    'وأكد المسؤول أن مليوني طفل محرومون من التعليم في شمال شرق سوريا.',
    [{ v: [2000000, 2000000], pop: 'children', loc: ['SY'], source: 'المسؤول' }],
  ],
  [
    'وتحتجز قوات سوريا الديمقراطية نحو عشرة آلاف مقاتل من تنظيم داعش بينهم ألفا أجنبي.',
    [
      { v: [10000, 10000], pop: 'fighters', status: 'detained', aff: 'isis' },
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained', aff: 'isis' },
    ],
  ],
  [
    'وجندت الميليشيات الليبية مئات الأطفال بينهم 45 طفلا دون سن الخامسة عشرة.',
    [{ v: [45, 45], pop: 'children', status: 'joined', age: [null, 14] }],
  ],
  [
    'وأشارت الأمم المتحدة إلى أن زهاء ستمئة طفل جندتهم الجماعات المسلحة في مالي قتلوا أو شوهوا.',
    [{ v: [600, 600], pop: 'children', status: 'other', loc: ['ML'], source: 'الأمم المتحدة' }],
  ],
  [
    'وأحصى التقرير أربعة آلاف وخمسمئة حالة تجنيد للأطفال في السودان.',
    [{ v: [4500, 4500], pop: 'children', status: 'joined', loc: ['SD'] }],
  ],
  // UN CAAC phrasing: verified violations, breakdowns, deprivation of liberty.
  [
    'وتحققت الأمم المتحدة من تجنيد واستخدام 1,213 طفلا (1,050 فتى و163 فتاة) في السودان.',
    [
      { v: [1213, 1213], pop: 'children', status: 'joined', loc: ['SD'], source: 'الأمم المتحدة' },
      { v: [1050, 1050], pop: 'children', status: 'joined', loc: ['SD'] },
      { v: [163, 163], pop: 'children', status: 'joined', loc: ['SD'] },
    ],
  ],
  [
    'وتحققت الأمم المتحدة من قتل وتشويه 2,168 طفلا في السودان، نسب 40 في المائة منها إلى قوات الدعم السريع.',
    [{ v: [2168, 2168], pop: 'children', status: 'other', loc: ['SD'], source: 'الأمم المتحدة' }],
  ],
  [
    'واحتجز 312 طفلا لارتباطهم الفعلي أو المزعوم بجماعات مسلحة في العراق.',
    [{ v: [312, 312], pop: 'children', status: 'detained', loc: ['IQ'] }],
  ],
  [
    'وأفرج عن 68 طفلا كانوا محتجزين لدى هيئة تحرير الشام.',
    [{ v: [68, 68], pop: 'children', status: 'other', aff: 'al-nusra' }],
  ],
  [
    'وتحققت الأمم المتحدة من اختطاف 47 طفلا، 32 منهم على يد جماعة نصرة الإسلام والمسلمين.',
    [
      { v: [47, 47], pop: 'children', status: 'other', source: 'الأمم المتحدة' },
      { v: [32, 32], pop: 'children', status: 'other', aff: 'other' },
    ],
  ],
  [
    'وفي ليبيا، تحققت الأمم المتحدة من قتل 14 طفلا وتشويه 37 آخرين.',
    [
      { v: [14, 14], pop: 'children', status: 'killed', loc: ['LY'], source: 'الأمم المتحدة' },
      { v: [37, 37], pop: 'children', status: 'other', loc: ['LY'], source: 'الأمم المتحدة' },
    ],
  ],
  [
    'وفي مالي، جندت الجماعات المسلحة 412 طفلا، من بينهم 15 فتاة.',
    [
      { v: [412, 412], pop: 'children', status: 'joined', loc: ['ML'] },
      { v: [15, 15], pop: 'children', status: 'joined', loc: ['ML'] },
    ],
  ],
  [
    'وتحققت الأمم المتحدة من تجنيد 38 طفلا من جانب حركة الشباب في موزمبيق.',
    [{ v: [38, 38], pop: 'children', status: 'joined', aff: 'other', loc: ['MZ'], source: 'الأمم المتحدة' }],
  ],
  [
    'وقتل ثلاثة أطفال وأصيب خمسة آخرون بانفجار ذخائر غير منفجرة في محافظة الحديدة.',
    [
      { v: [3, 3], pop: 'children', status: 'killed', loc: ['YE'] },
      { v: [5, 5], pop: 'children', status: 'other', loc: ['YE'] },
    ],
  ],
  [
    'وقالت اليونيسف إن 2,500 طفل قتلوا أو أصيبوا في السودان منذ نيسان.',
    [{ v: [2500, 2500], pop: 'children', status: 'other', loc: ['SD'], source: 'اليونيسف' }],
  ],
  [
    'ووفقا للأمم المتحدة فقد جند تنظيم الدولة في الساحل ما بين 200 و250 طفلا خلال عام.',
    [{ v: [200, 250], pop: 'children', status: 'joined', aff: 'isis', source: 'الأمم المتحدة' }],
  ],
  // Camps, escapes and the Jeddah centre.
  [
    'ولا يزال أكثر من 40 ألف شخص في مخيم الهول بينهم نحو 20 ألف طفل.',
    [
      { v: [40000, null], pop: 'people', status: 'present', loc: ['SY'] },
      { v: [20000, 20000], pop: 'children', status: 'present', loc: ['SY'] },
    ],
  ],
  [
    'وأعلنت وزارة الهجرة العراقية مغادرة 185 عائلة مركز الجدعة إلى مناطقها الأصلية.',
    [{ v: [185, 185], pop: 'families', status: 'returned', source: 'وزارة الهجرة العراقية' }],
  ],
  [
    'وأكدت الإدارة الذاتية فرار 20 امرأة من مخيم روج.',
    [{ v: [20, 20], pop: 'women', status: 'other', loc: ['SY'], source: 'الإدارة الذاتية' }],
  ],
  ['وتمكن 30 شخصا من الفرار من مخيم الهول.', [{ v: [30, 30], pop: 'people', status: 'other', loc: ['SY'] }]],
  [
    'وأفادت المنظمة الدولية للهجرة بأن نحو 600 مهاجر غرقوا قبالة ليبيا.',
    [{ v: [600, 600], pop: 'people', status: 'killed', loc: ['LY'], source: 'المنظمة الدولية للهجرة' }],
  ],
  // The Sahel and Mozambique, more places.
  [
    'وأكد مسؤول محلي أن مسلحين من جماعة نصرة الإسلام والمسلمين قتلوا 30 مدنيا على الأقل في بلدة جيبو.',
    [{ v: [30, null], pop: 'people', status: 'killed', aff: 'other', loc: ['BF'], source: 'مسؤول محلي' }],
  ],
  [
    'وقالت الشرطة الموزمبيقية إن المسلحين قتلوا 25 شخصا في ماكوميا.',
    [{ v: [25, 25], pop: 'people', status: 'killed', loc: ['MZ'], source: 'الشرطة الموزمبيقية' }],
  ],
  [
    'وأعلن الجيش النيجري أنه قتل نحو مئة مسلح من تنظيم الدولة في منطقة تيلابيري.',
    [{ v: [100, 100], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['NE'], source: 'الجيش النيجري' }],
  ],
  [
    'وانضم قرابة خمسمئة شاب إلى قوات الدعم السريع في دارفور خلال شهر واحد.',
    [{ v: [500, 500], pop: 'men', status: 'joined', aff: 'other', loc: ['SD'] }],
  ],
  [
    'وأعلنت وزارة الدفاع الروسية مقتل ستة عشر مسلحا من جماعة نصرة الإسلام والمسلمين.',
    [{ v: [16, 16], pop: 'fighters', status: 'killed', aff: 'other', source: 'وزارة الدفاع الروسية' }],
  ],
  [
    'ونفذت حركة الشباب هجوما أسفر عن مقتل تسعة وعشرين جنديا صوماليا.',
    [{ v: [29, 29], pop: 'fighters', origin: ['SO'], status: 'killed', aff: 'other' }],
  ],
  [
    'وأفاد ناشطون بأن الحوثيين زجوا بأكثر من مئتي طفل في جبهات القتال بمأرب.',
    [{ v: [200, null], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'], source: 'ناشطون' }],
  ],
  [
    'وقتلت القوات الأمريكية أحد عشر عنصرا من تنظيم داعش خراسان في غارة بطائرة مسيرة.',
    [{ v: [11, 11], pop: 'fighters', status: 'killed', aff: 'isis' }],
  ],
  // Open: the cases below are left for a later round.
  ['وقتل طفل وأصيب اثنان آخران في هجوم بطائرة مسيرة.', [{ v: [2, 2], pop: 'children', status: 'other' }]],
  [
    'وفقد أكثر من مئتين وخمسين مهاجرا قبالة السواحل الليبية.',
    [{ v: [250, null], pop: 'people', status: 'other', loc: ['LY'] }],
  ],
  [
    'وأكدت مصادر ليبية وصول 23 امرأة تونسية و42 طفلا إلى معبر رأس جدير.',
    [
      { v: [23, 23], pop: 'women', origin: ['TN'], status: 'returned' },
      { v: [42, 42], pop: 'children', origin: ['TN'], status: 'returned' },
    ],
  ],
];

const OPEN = new Set<string>([]);

describe('Arabic: round 33 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
