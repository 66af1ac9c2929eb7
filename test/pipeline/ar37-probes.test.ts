// Arabic, round 37: blind probes in the style of sources little stressed so far: Syrian and Iraqi local
// news sites, Libyan and Sudanese outlets, Gulf papers, the Egyptian press, UNICEF and OCHA releases in
// Arabic, Human Rights Watch and Amnesty pages, statements of the Kurdish-led administration, Arabic news
// of Nigeria and Somalia (Boko Haram, al-Shabaab) and Yemeni government statements on Houthi recruitment.
// Number grammar: 3-10 in both genders and all cases, 11-19, عشرات/مئات/آلاف, بضعة, نيف, قرابة, زهاء,
// ما لا يقل عن, the dual, post-posed numerals, Eastern Arabic digits, digits glued to prefixes (و300، ب25،
// لـ40), counts without a noun read from an antecedent (منهم، بينهم، ليصل العدد إلى), passives, nominal
// sentences, relative clauses, nisba origins and "من + country", ages and attributed speakers.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const PROBES: Probe[] = [
  // --- Syrian local news, Kurdish-led administration
  [
    'وأفادت مصادر محلية بأن قوى الأمن الداخلي اعتقلت ثلاثة عشر شخصا يشتبه بانتمائهم لتنظيم داعش في ريف دير الزور الشرقي.',
    [{ v: [13, 13], pop: 'people', status: 'detained', aff: 'isis', source: 'مصادر محلية' }],
  ],
  [
    'وأعلنت الإدارة الذاتية لشمال وشرق سوريا تسليم ١٢ طفلا فرنسيا من أبناء عناصر داعش إلى وفد من الحكومة الفرنسية.',
    [
      {
        v: [12, 12],
        pop: 'children',
        origin: ['FR'],
        status: 'returned',
        source: 'الإدارة الذاتية لشمال وشرق سوريا',
      },
    ],
  ],
  [
    'وسلمت دائرة العلاقات الخارجية في الإدارة الذاتية امرأتين أوزبكيتين إلى ممثل عن حكومة أوزبكستان.',
    [{ v: [2, 2], pop: 'women', origin: ['UZ'], status: 'returned' }],
  ],
  [
    'وقال مسؤول في إدارة مخيم الهول إن عدد قاطني المخيم بلغ زهاء ٥٦ ألف شخص.',
    [{ v: [56000, 56000], pop: 'people', status: 'present', source: 'مسؤول في إدارة مخيم الهول' }],
  ],
  [
    'ويضم قسم المهاجرات في المخيم قرابة ثمانية آلاف امرأة وطفل من جنسيات أجنبية.',
    [{ v: [8000, 8000], pop: 'people', origin: ['region:foreign'], status: 'present' }],
  ],
  [
    'وخرجت من مخيم الهول دفعة جديدة تضم 320 شخصا من أهالي ريف الرقة بكفالة من وجهاء العشائر.',
    [{ v: [320, 320], pop: 'people', status: 'returned' }],
  ],
  [
    'وتحتجز قوات سوريا الديمقراطية في سجن غويران ما لا يقل عن خمسة آلاف من عناصر التنظيم.',
    [{ v: [5000, null], pop: 'fighters', status: 'detained' }],
  ],
  [
    'وتمكن مئات السجناء من الفرار خلال الهجوم، واعتُقل منهم لاحقا ٤٥٠ شخصا.',
    [{ v: [450, 450], pop: 'people', status: 'detained' }],
  ],
  [
    'وقتل في الاشتباكات تسعة عشر عنصرا من قسد وأربعة وعشرون مسلحا من التنظيم.',
    [
      { v: [19, 19], pop: 'fighters', status: 'killed' },
      { v: [24, 24], pop: 'fighters', status: 'killed' },
    ],
  ],
  [
    'وذكر المرصد السوري لحقوق الإنسان أن هيئة تحرير الشام جندت خلال الشهرين الماضيين نحو مئة وخمسين طفلا في ريف إدلب.',
    [
      {
        v: [150, 150],
        pop: 'children',
        status: 'joined',
        aff: 'al-nusra',
        source: 'المرصد السوري لحقوق الإنسان',
      },
    ],
  ],
  [
    'وأوقفت هيئة تحرير الشام ثلاثة شبان من أبناء مدينة سرمدا بتهمة التعامل مع تنظيم الدولة.',
    [{ v: [3, 3], pop: 'men', status: 'detained' }],
  ],
  [
    'ويقاتل في صفوف الهيئة قرابة ألفي مقاتل أجنبي، معظمهم من التركستان والشيشان.',
    [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'present' }],
  ],
  [
    'وبحسب الرئيسة المشتركة لمكتب شؤون المخيمات، غادر المخيم منذ مطلع العام ٢٣٥٠ سوريا.',
    [
      {
        v: [2350, 2350],
        pop: 'people',
        origin: ['SY'],
        status: 'returned',
        source: 'الرئيسة المشتركة لمكتب شؤون المخيمات',
      },
    ],
  ],
  [
    'وتسلمت الحكومة الروسية من الإدارة الذاتية ٢٦ طفلا روسيا كانوا يقيمون في مخيم روج.',
    [{ v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned' }],
  ],
  // --- Iraqi local news
  [
    'وأعلنت وزارة الهجرة والمهجرين عودة 150 عائلة عراقية من مخيم الهول إلى مخيم الجدعة جنوب الموصل.',
    [
      {
        v: [150, 150],
        pop: 'families',
        origin: ['IQ'],
        status: 'returned',
        source: 'وزارة الهجرة والمهجرين',
      },
    ],
  ],
  [
    'ووصلت إلى مركز الجدعة للتأهيل قافلة تقل ٦٢٠ شخصا، أغلبهم من النساء والأطفال.',
    [{ v: [620, 620], pop: 'people', not: 'joined' }],
  ],
  [
    'وقال مصدر أمني عراقي إن القوات الأمنية ألقت القبض على خمسة إرهابيين في قضاء الحويجة.',
    [{ v: [5, 5], pop: 'fighters', status: 'detained', loc: ['IQ'], source: 'مصدر أمني عراقي' }],
  ],
  [
    'وأكدت خلية الإعلام الأمني مقتل أربعة من عناصر داعش بضربة جوية في وادي الشاي.',
    [{ v: [4, 4], pop: 'fighters', status: 'killed', aff: 'isis', source: 'خلية الإعلام الأمني' }],
  ],
  [
    'وأصدرت محكمة الأحداث في نينوى أحكاما بحق ٧٣ قاصرا أدينوا بالانتماء إلى التنظيم.',
    [{ v: [73, 73], pop: 'children', status: 'detained' }],
  ],
  [
    'وما زال في دور الأيتام ببغداد ١٧ طفلا من أبناء مقاتلين أجانب لم يتعرف عليهم ذووهم.',
    [{ v: [17, 17], pop: 'children', origin: ['region:foreign'], status: 'present' }],
  ],
  [
    'وكشف نائب عن محافظة نينوى أن 1200 امرأة إيزيدية لا يزال مصيرهن مجهولا منذ اختطافهن على يد داعش.',
    [{ v: [1200, 1200], pop: 'women', status: 'other', aff: 'isis' }],
  ],
  [
    'وتمكن فريق مكتب إنقاذ المختطفين من تحرير ثلاث ناجيات إيزيديات واثنين من الأطفال من مخيم الهول.',
    [
      { v: [3, 3], pop: 'women', status: 'other' },
      { v: [2, 2], pop: 'children', status: 'other' },
    ],
  ],
  [
    'وأعيد إلى العراق منذ عام 2021 أكثر من عشرة آلاف شخص من المخيم، وفقا لمستشارية الأمن القومي.',
    [
      {
        v: [10000, null],
        pop: 'people',
        status: 'returned',
        loc: ['IQ'],
        source: 'مستشارية الأمن القومي',
      },
    ],
  ],
  [
    'ونُقل ١٥٠ من المحتجزين العراقيين في سجون قسد إلى العراق لمحاكمتهم.',
    [{ v: [150, 150], pop: 'people', origin: ['IQ'], status: 'returned' }],
  ],
  // --- Libyan and Sudanese outlets
  [
    'وأعلن جهاز الردع الليبي تسليم سبعة أطفال تونسيين من أبناء مقاتلي داعش إلى السلطات التونسية عبر معبر رأس جدير.',
    [
      {
        v: [7, 7],
        pop: 'children',
        origin: ['TN'],
        status: 'returned',
        source: 'جهاز الردع الليبي',
      },
    ],
  ],
  [
    'وتحتجز السلطات في مصراتة قرابة أربعين امرأة من جنسيات مختلفة كن متزوجات من مقاتلين في التنظيم.',
    [{ v: [40, 40], pop: 'women', origin: ['region:foreign'], status: 'detained' }],
  ],
  [
    'وقالت مصادر ليبية إن بين القتلى في سرت سبع نساء وثلاثة أطفال.',
    [
      { v: [7, 7], pop: 'women', status: 'killed', source: 'مصادر ليبية' },
      { v: [3, 3], pop: 'children', status: 'killed', source: 'مصادر ليبية' },
    ],
  ],
  [
    'وكشفت السلطات السودانية أن أكثر من عشرين طالبا جامعيا سودانيا التحقوا بتنظيم داعش في ليبيا.',
    [
      {
        v: [20, null],
        pop: 'people',
        origin: ['SD'],
        status: 'joined',
        aff: 'isis',
        source: 'السلطات السودانية',
      },
    ],
  ],
  [
    'واستعاد السودان من ليبيا خمسة عشر من رعاياه بينهم طفلان وثلاث نساء.',
    [
      { v: [15, 15], pop: 'people', origin: ['SD'], status: 'returned' },
      { v: [2, 2], pop: 'children', origin: ['SD'], status: 'returned' },
      { v: [3, 3], pop: 'women', origin: ['SD'], status: 'returned' },
    ],
  ],
  [
    'وأفادت وسائل إعلام سودانية بأن ١٢ شابا من الخرطوم غادروا البلاد للانضمام إلى التنظيم عبر تركيا.',
    [{ v: [12, 12], pop: 'men', origin: ['SD'], status: 'joined', source: 'وسائل إعلام سودانية' }],
  ],
  [
    'ورحلت السلطات الليبية 25 مصريا كانوا محتجزين في سجن قرنادة.',
    [{ v: [25, 25], pop: 'people', origin: ['EG'], status: 'returned' }],
  ],
  // --- Gulf newspapers
  [
    'وأوضح المتحدث الأمني لوزارة الداخلية أن الجهات المختصة أوقفت 46 شخصا لارتباطهم بتنظيم داعش.',
    [
      {
        v: [46, 46],
        pop: 'people',
        status: 'detained',
        aff: 'isis',
        source: 'المتحدث الأمني لوزارة الداخلية',
      },
    ],
  ],
  [
    'وأسفرت العملية عن القبض على ١١ متهما، منهم ثمانية مواطنين وثلاثة مقيمين.',
    [
      { v: [11, 11], pop: 'people', status: 'detained' },
      { v: [8, 8], pop: 'people', status: 'detained' },
      { v: [3, 3], pop: 'people', status: 'detained' },
    ],
  ],
  [
    'وأفادت صحيفة الخليج بأن المحكمة الاتحادية العليا دانت تسعة أشخاص بتهمة الانضمام إلى تنظيم إرهابي.',
    [{ v: [9, 9], pop: 'people', status: 'detained', source: 'صحيفة الخليج' }],
  ],
  [
    'وبلغ عدد السعوديين الذين قاتلوا في سوريا نحو 2500 شخص بحسب تقديرات رسمية.',
    [{ v: [2500, 2500], pop: 'fighters', origin: ['SA'], loc: ['SY'] }],
  ],
  [
    'وأعادت المملكة خلال العام ٤٧ من مواطنيها الذين كانوا في مناطق الصراع.',
    [{ v: [47, 47], pop: 'people', status: 'returned' }],
  ],
  [
    'وتضم قائمة المطلوبين التي أعلنتها الداخلية ٣٠ كويتيا يقاتلون في صفوف التنظيمات المتطرفة.',
    [{ v: [30, 30], pop: 'fighters', origin: ['KW'], status: 'present' }],
  ],
  // --- Egyptian press
  [
    'وقضت محكمة جنايات القاهرة بالسجن المشدد على ١٨ متهما بالانضمام إلى خلية تابعة لداعش.',
    [{ v: [18, 18], pop: 'people', status: 'detained', aff: 'isis' }],
  ],
  [
    'وأعلن المتحدث العسكري المصري مقتل ٨٩ تكفيريا في عمليات بشمال سيناء.',
    [{ v: [89, 89], pop: 'fighters', status: 'killed', source: 'المتحدث العسكري المصري' }],
  ],
  [
    'واستشهد ضابط وخمسة مجندين في هجوم إرهابي على كمين بمدينة العريش.',
    [{ v: [5, 5], pop: 'fighters', status: 'killed' }],
  ],
  [
    'وقالت مصادر أمنية إن نحو ستمئة مصري سافروا إلى سوريا والعراق منذ عام 2013.',
    [{ v: [600, 600], pop: 'people', origin: ['EG'], status: 'joined', source: 'مصادر أمنية' }],
  ],
  [
    'وأحالت النيابة العامة 292 متهما إلى القضاء العسكري، من بينهم ١٥١ محبوسا.',
    [
      { v: [292, 292], pop: 'people', status: 'detained' },
      { v: [151, 151], pop: 'people', status: 'detained' },
    ],
  ],
  // --- UNICEF and OCHA
  [
    'وقالت اليونيسف إن ما لا يقل عن ٣٩٠٠ طفل جندتهم أطراف النزاع في اليمن منذ عام ٢٠١٥.',
    [{ v: [3900, null], pop: 'children', status: 'joined', loc: ['YE'], source: 'اليونيسف' }],
  ],
  [
    'وتحققت الأمم المتحدة من تجنيد واستخدام 2,300 طفل في الصومال خلال العام الماضي.',
    [{ v: [2300, 2300], pop: 'children', status: 'joined', loc: ['SO'] }],
  ],
  [
    'ووفقا لمكتب تنسيق الشؤون الإنسانية، يقيم في مخيم الهول زهاء ٢٥ ألف طفل، نصفهم دون سن الثانية عشرة.',
    [
      {
        v: [25000, 25000],
        pop: 'children',
        status: 'present',
        source: 'مكتب تنسيق الشؤون الإنسانية',
      },
    ],
  ],
  [
    'وأكد ممثل اليونيسف أن المنظمة ساعدت في إعادة إدماج ٩٠٠ طفل انفصلوا عن الجماعات المسلحة في نيجيريا.',
    [{ v: [900, 900], pop: 'children', status: 'other', loc: ['NG'], source: 'ممثل اليونيسف' }],
  ],
  [
    'وقتل أو شوه في سوريا العام الماضي أكثر من ثمانمئة طفل، بحسب تقرير الأمين العام.',
    [{ v: [800, null], pop: 'children', status: 'other', loc: ['SY'], source: 'تقرير الأمين العام' }],
  ],
  [
    'وأعيد لم شمل ٤٣ طفلا مع أسرهم بعد أن سرحتهم الجماعات المسلحة في شمال شرق نيجيريا.',
    [{ v: [43, 43], pop: 'children', not: 'joined' }],
  ],
  [
    'وأشار البيان إلى أن عدد الأطفال الأجانب في المخيمين يقدر بسبعة آلاف طفل ينتمون إلى ستين دولة.',
    [{ v: [7000, 7000], pop: 'children', origin: ['region:foreign'], status: 'present' }],
  ],
  // --- Human Rights Watch and Amnesty
  [
    'وقالت هيومن رايتس ووتش إن السلطات الكردية تحتجز نحو 700 صبي أجنبي في سجون ومراكز احتجاز بشمال شرق سوريا.',
    [
      {
        v: [700, 700],
        pop: 'children',
        origin: ['region:foreign'],
        status: 'detained',
        source: 'هيومن رايتس ووتش',
      },
    ],
  ],
  [
    'وذكرت منظمة العفو الدولية أن قرابة عشرة آلاف رجل ما زالوا محتجزين في شبكة من مرافق الاحتجاز.',
    [{ v: [10000, 10000], pop: 'men', status: 'detained', source: 'منظمة العفو الدولية' }],
  ],
  [
    'وقابلت المنظمة ٢٦ امرأة أجنبية قلن إن السلطات فصلت أبناءهن المراهقين عنهن.',
    [{ v: [26, 26], pop: 'women', origin: ['region:foreign'], status: 'present' }],
  ],
  [
    'ووثقت هيومن رايتس ووتش احتجاز ما لا يقل عن 1500 طفل عراقي بتهم تتعلق بالإرهاب، بعضهم لم يتجاوز الثالثة عشرة.',
    [
      {
        v: [1500, null],
        pop: 'children',
        origin: ['IQ'],
        status: 'detained',
        source: 'هيومن رايتس ووتش',
      },
    ],
  ],
  [
    'وأضافت العفو الدولية أن 56 طفلا توفوا في المخيم منذ بداية العام، أغلبهم دون سن الخامسة.',
    [{ v: [56, 56], pop: 'children', status: 'killed', source: 'العفو الدولية' }],
  ],
  [
    'وقالت المنظمة إن قوات الأمن أعدمت ثلاثين رجلا وصبيا على الأقل اتهموا بالانتماء إلى التنظيم.',
    [{ v: [30, null], pop: 'people', status: 'killed' }],
  ],
  // --- Nigeria and Somalia
  [
    'وأعلن الجيش النيجيري أن 1200 من عناصر بوكو حرام وعائلاتهم سلموا أنفسهم للقوات في ولاية بورنو.',
    [{ v: [1200, 1200], pop: 'people', aff: 'other', loc: ['NG'], source: 'الجيش النيجيري' }],
  ],
  [
    'وقتل عشرون جنديا نيجيريا في هجوم شنه مسلحون من تنظيم ولاية غرب أفريقيا على قاعدة عسكرية.',
    [{ v: [20, 20], pop: 'fighters', origin: ['NG'], status: 'killed' }],
  ],
  [
    'وقتل ستة جنود من النيجر في كمين نصبه مسلحون قرب الحدود مع مالي.',
    [{ v: [6, 6], pop: 'fighters', origin: ['NE'], status: 'killed' }],
  ],
  [
    'وخطف مسلحو بوكو حرام ثلاثمئة وسبعة عشر تلميذة من مدرسة داخلية في ولاية زامفارا.',
    [{ v: [317, 317], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وأفرج عن ٨٢ من تلميذات شيبوك في صفقة تبادل مع الجماعة.',
    [{ v: [82, 82], pop: 'children', status: 'returned' }],
  ],
  [
    'وأعلنت الحكومة الصومالية أن قواتها قتلت 47 عنصرا من حركة الشباب في إقليم شبيلي الوسطى.',
    [
      {
        v: [47, 47],
        pop: 'fighters',
        status: 'killed',
        aff: 'other',
        loc: ['SO'],
        source: 'الحكومة الصومالية',
      },
    ],
  ],
  [
    'وسلم ثلاثة عشر مقاتلا من الشباب أنفسهم للجيش الصومالي، بينهم قاصران.',
    [
      { v: [13, 13], pop: 'fighters', aff: 'other' },
      { v: [2, 2], pop: 'children', aff: 'other' },
    ],
  ],
  [
    'وتقول الحكومة إن حركة الشباب تجند سنويا زهاء ألفي طفل من المدارس القرآنية.',
    [{ v: [2000, 2000], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وأنقذت القوات الخاصة الصومالية ٣٢ طفلا كانوا في معسكر تدريب للحركة.',
    [{ v: [32, 32], pop: 'children', status: 'other' }],
  ],
  [
    'وأفاد سكان محليون بأن الحركة أعدمت علنا أربعة رجال اتهمتهم بالتجسس.',
    [{ v: [4, 4], pop: 'men', status: 'killed', source: 'سكان محليون' }],
  ],
  // --- Yemeni government statements on Houthi recruitment
  [
    'وأكد وزير حقوق الإنسان أن ميليشيا الحوثي جندت أكثر من ثلاثين ألف طفل منذ انقلابها على الدولة.',
    [{ v: [30000, null], pop: 'children', status: 'joined', aff: 'other', source: 'وزير حقوق الإنسان' }],
  ],
  [
    'وقالت الحكومة اليمنية إن الحوثيين دفعوا بـ400 طفل إلى جبهات الساحل الغربي خلال شهر واحد.',
    [{ v: [400, 400], pop: 'children', status: 'joined', aff: 'other', source: 'الحكومة اليمنية' }],
  ],
  [
    'وأسر الجيش الوطني في مأرب 27 طفلا مجندا لدى الميليشيا، تتراوح أعمارهم بين 12 و17 عاما.',
    [{ v: [27, 27], pop: 'children', status: 'detained', age: [12, 17] }],
  ],
  [
    'وسلم التحالف إلى الحكومة الشرعية 32 طفلا جندتهم الميليشيات الحوثية، ليصل العدد الإجمالي للمسلمين إلى 470.',
    [
      { v: [32, 32], pop: 'children', status: 'returned', aff: 'other' },
      { v: [470, 470], pop: 'children', status: 'returned', aff: 'other' },
    ],
  ],
  [
    'وبحسب مكتب حقوق الإنسان في محافظة ذمار، قتل خلال العام ٢١٦ طفلا ممن جندتهم الجماعة.',
    [
      {
        v: [216, 216],
        pop: 'children',
        status: 'killed',
        source: 'مكتب حقوق الإنسان في محافظة ذمار',
      },
    ],
  ],
  [
    'ويخضع في مراكز الحوثيين الصيفية لهذا العام ما يقارب ستمائة ألف طالب وطالبة لدورات طائفية.',
    [{ v: [600000, 600000], pop: 'children', aff: 'other' }],
  ],
  [
    'وأشارت الوزارة إلى أن الميليشيا اختطفت 19 طفلا من قرى مديرية حيس، لم يتجاوز أكبرهم الخامسة عشرة.',
    [{ v: [19, 19], pop: 'children', status: 'other' }],
  ],
  [
    'ويتلقى في مركز إعادة التأهيل بمأرب ٣٥ طفلا دون سن الـ18 ممن استخدمهم الحوثيون في القتال.',
    [{ v: [35, 35], pop: 'children', aff: 'other', age: [null, 17] }],
  ],
  // --- number grammar across sources
  [
    'وأعادت طاجيكستان أربعا وثمانين امرأة وطفلا من مخيمات سوريا.',
    [{ v: [84, 84], pop: 'people', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'واعتقلت السلطات التونسية ثماني نساء عائدات من بؤر التوتر.',
    [{ v: [8, 8], pop: 'women', origin: ['TN'], status: 'detained' }],
  ],
  [
    'وتشير تقديرات إلى وجود ثلاثمئة ونيف تونسية في المخيمات السورية.',
    [{ v: [300, null], pop: 'women', origin: ['TN'], status: 'present' }],
  ],
  [
    'وأعيد خمسة عشر يتيما مغربيا و٤٠ امرأة إلى المغرب على متن طائرتين.',
    [
      { v: [15, 15], pop: 'children', origin: ['MA'], status: 'returned' },
      { v: [40, 40], pop: 'women', origin: ['MA'], status: 'returned' },
    ],
  ],
  [
    'ورُحّل من تركيا خلال أسبوعين ٦٢ أجنبيا يشتبه في انتمائهم لداعش.',
    [{ v: [62, 62], pop: 'people', origin: ['region:foreign'], status: 'returned', aff: 'isis' }],
  ],
  [
    'وتضم القائمة مقاتلين اثنين من ليبيا وثلاثة من الجزائر.',
    [
      { v: [2, 2], pop: 'fighters', origin: ['LY'] },
      { v: [3, 3], pop: 'fighters', origin: ['DZ'] },
    ],
  ],
  [
    'وانضم إلى التنظيم من هذه المدينة وحدها قرابة ٣٠٠ شاب، قتل منهم ١٢٠.',
    [
      { v: [300, 300], pop: 'men', status: 'joined' },
      { v: [120, 120], pop: 'men', status: 'killed' },
    ],
  ],
  ['وأوقفت الشرطة بضعة عشر شخصا وأفرجت عن بعضهم لاحقا.', []],
  [
    'واعتقل الأمن 7 أشخاص و25 آخرين في حملتين منفصلتين ضد خلايا التنظيم.',
    [
      { v: [7, 7], pop: 'people', status: 'detained' },
      { v: [25, 25], pop: 'people', status: 'detained' },
    ],
  ],
  [
    'وبلغ عدد المعتقلين لدى قسد من حملة الجنسية العراقية نحو ٣ آلاف معتقل.',
    [{ v: [3000, 3000], pop: 'people', origin: ['IQ'], status: 'detained' }],
  ],
  [
    'وقدر التقرير عدد المقاتلين الأجانب الذين لا يزالون في سوريا بنحو ألفين.',
    [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
  ],
  [
    'وبين القتلى الذين سقطوا في الغارة مقاتلان تونسيان وثالث مغربي.',
    [{ v: [2, 2], pop: 'fighters', origin: ['TN'], status: 'killed' }],
  ],
  [
    'وشاركت في الحملة على المخيم خمس وعشرون دورية، واعتقل خلالها 41 مطلوبا.',
    [{ v: [41, 41], pop: 'people', status: 'detained' }],
  ],
  [
    'ودفعت الميليشيا ب25 طفلا من مديرية عبس إلى جبهة صرواح.',
    [{ v: [25, 25], pop: 'children', status: 'joined' }],
  ],
  [
    'وسمحت السلطات العراقية لـ40 امرأة أجنبية بالعودة إلى بلدانهن.',
    [{ v: [40, 40], pop: 'women', origin: ['region:foreign'], status: 'returned' }],
  ],
  [
    'واعتقلت قوات الأمن 12 امرأة و300 رجل في مداهمات لأوكار داعش.',
    [
      { v: [12, 12], pop: 'women', status: 'detained', aff: 'isis' },
      { v: [300, 300], pop: 'men', status: 'detained', aff: 'isis' },
    ],
  ],
  [
    'ومن بين المحتجزين اللواتي يقيم أطفالهن معهن في مخيم روج ٢٤٠ امرأة من دول أوروبية.',
    [{ v: [240, 240], pop: 'women', origin: ['region:europe'], status: 'detained' }],
  ],
  [
    'وقال مسؤولون أكراد إن الأطفال الذين نقلوا إلى مركز هوري للتأهيل يبلغ عددهم 120 صبيا.',
    [{ v: [120, 120], pop: 'children', source: 'مسؤولون أكراد' }],
  ],
  [
    'وأعلنت السلطات القرغيزية استعادة 79 طفلا من العراق، أعمارهم بين ثلاث سنوات و١٤ سنة.',
    [{ v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned', age: [3, 14] }],
  ],
  [
    'وتسلمت ألبانيا خمسة من مواطنيها، امرأة وأربعة أطفال، من مخيم الهول.',
    [
      { v: [5, 5], pop: 'people', origin: ['AL'], status: 'returned' },
      { v: [4, 4], pop: 'children', origin: ['AL'], status: 'returned' },
    ],
  ],
  ['وتشير الأرقام إلى أن أعداد القادمين من أوروبا تراجعت إلى بضع عشرات في 2016.', []],
  // --- a second batch, same sources
  [
    'وأشارت المنظمة إلى أن نيفا وأربعين طفلا لقوا حتفهم في المخيم خلال الأشهر الستة الأولى من العام.',
    [{ v: [40, null], pop: 'children', status: 'killed', source: 'المنظمة' }],
  ],
  ['وقتل نيف وعشرون مسلحا في الاشتباكات.', [{ v: [20, null], pop: 'fighters', status: 'killed' }]],
  [
    'ووفقا لإحصاءات رسمية، تجاوز عدد العراقيين العائدين من الهول عشرة آلاف شخص.',
    [
      {
        v: [10000, null],
        pop: 'people',
        origin: ['IQ'],
        status: 'returned',
        source: 'إحصاءات رسمية',
      },
    ],
  ],
  [
    'وأوضح البيان أن بين المفرج عنهم أربعة عشر قاصرا.',
    [{ v: [14, 14], pop: 'children', status: 'other', source: 'البيان' }],
  ],
  [
    'وكان التنظيم قد جند في الموصل وحدها ما يربو على ألف ومئتي طفل.',
    [{ v: [1200, null], pop: 'children', status: 'joined', loc: ['IQ'] }],
  ],
  [
    'وتمكنت قوات الأمن من تحرير 150 رهينة بينهم 40 امرأة.',
    [
      { v: [150, 150], pop: 'people', status: 'other' },
      { v: [40, 40], pop: 'women', status: 'other' },
    ],
  ],
  [
    'وأعلنت الشرطة الكينية اعتقال سبعة شبان كانوا في طريقهم للالتحاق بحركة الشباب في الصومال.',
    [{ v: [7, 7], pop: 'men', status: 'detained', aff: 'other', source: 'الشرطة الكينية' }],
  ],
  [
    'وتشير التقديرات إلى أن 1,500 مغربي التحقوا بالتنظيمات المتطرفة، عاد منهم نحو 270.',
    [
      { v: [1500, 1500], pop: 'people', origin: ['MA'], status: 'joined' },
      { v: [270, 270], pop: 'people', origin: ['MA'], status: 'returned' },
    ],
  ],
  [
    'وأعادت ليبيا إلى السودان 31 مواطنا سودانيا بينهم 9 أطفال.',
    [
      { v: [31, 31], pop: 'people', origin: ['SD'], status: 'returned' },
      { v: [9, 9], pop: 'children', origin: ['SD'], status: 'returned' },
    ],
  ],
  [
    'وتسلمت تركيا من العراق ٨ مقاتلين أتراك.',
    [{ v: [8, 8], pop: 'fighters', origin: ['TR'], status: 'returned' }],
  ],
  [
    'ولقي اثنا عشر جنديا مصرعهم في هجوم تبنته ولاية سيناء.',
    [{ v: [12, 12], pop: 'fighters', status: 'killed', aff: 'isis' }],
  ],
  [
    'ووفق مديرية الصحة في إدلب، فإن 14 من قتلى القصف أطفال.',
    [{ v: [14, 14], pop: 'children', status: 'killed' }],
  ],
  [
    'ووفق مديرية الصحة، فإن 14 من القتلى أطفال.',
    [{ v: [14, 14], pop: 'children', status: 'killed', source: 'مديرية الصحة' }],
  ],
  [
    'واعتقل الجيش النيجيري 400 من المشتبه في انتمائهم لبوكو حرام، أفرج لاحقا عن 180 منهم.',
    [
      { v: [400, 400], pop: 'people', status: 'detained', aff: 'other' },
      { v: [180, 180], pop: 'people', status: 'other', aff: 'other' },
    ],
  ],
  [
    'وعاد إلى إندونيسيا ثمانية عشر شخصا، هم ست نساء واثنا عشر طفلا.',
    [
      { v: [18, 18], pop: 'people', origin: ['ID'], status: 'returned' },
      { v: [6, 6], pop: 'women', origin: ['ID'], status: 'returned' },
      { v: [12, 12], pop: 'children', origin: ['ID'], status: 'returned' },
    ],
  ],
  [
    'وقالت مفوضية حقوق الإنسان إن نحو ثلث المحتجزين البالغ عددهم 900 هم من الأجانب.',
    [{ v: [900, 900], pop: 'people', status: 'detained' }],
  ],
  [
    'وتضم قوائم المطلوبين أسماء ٢٢٠ شخصا من أبناء محافظة الأنبار انخرطوا في صفوف داعش.',
    [{ v: [220, 220], pop: 'people', origin: ['IQ'], status: 'joined', aff: 'isis' }],
  ],
];

const OPEN = new Set<string>([
  // "من قتلى القصف": the dead in construct with their cause; the whole is no definite noun of its own.
  'ووفق مديرية الصحة في إدلب، فإن 14 من قتلى القصف أطفال.',
  // "نحو ثلث المحتجزين البالغ عددهم 900 هم من الأجانب": the predicate after a share's whole is the
  // share's (as in English), but the frame "البالغ عددهم" hides the share before it.
  'وقالت مفوضية حقوق الإنسان إن نحو ثلث المحتجزين البالغ عددهم 900 هم من الأجانب.',
  // A list that "includes" names (تضم قوائم): read as people present; natives of a province (أبناء
  // محافظة الأنبار) give a location, not their country as origin.
  'وتضم قوائم المطلوبين أسماء ٢٢٠ شخصا من أبناء محافظة الأنبار انخرطوا في صفوف داعش.',
  // Arriving at a centre named by its site (مركز الجدعة) reads as arriving in Iraq, a war zone (joined);
  // "مركز" is also a city's centre, so arrival at any مركز is not yet read as no journey to war.
  'ووصلت إلى مركز الجدعة للتأهيل قافلة تقل ٦٢٠ شخصا، أغلبهم من النساء والأطفال.',
  // A district by name (قضاء الحويجة): the gazetteer knows no Iraqi districts.
  'وقال مصدر أمني عراقي إن القوات الأمنية ألقت القبض على خمسة إرهابيين في قضاء الحويجة.',
  // "من المحتجزين العراقيين": the held (a participle the lexicon leaves out as a noun, being mostly an
  // adjective) with a nisba after a part's من; the nisba is read as whence they came.
  'ونُقل ١٥٠ من المحتجزين العراقيين في سجون قسد إلى العراق لمحاكمتهم.',
  // Returnees a state's authorities arrest are its own citizens: no rule gives them its nationality.
  'واعتقلت السلطات التونسية ثماني نساء عائدات من بؤر التوتر.',
]);

describe('Arabic: round 37 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
