// Arabic, round 29: the mechanisms fixed this round, each pinned with sentences of its own, and blind
// probes in the style of Arabic news agencies and UN/NGO reports (what the guideline wants, written
// before running).
import { describe, it } from 'vitest';
import {
  checkProbe,
  checkReleaseProbe,
  runProbes,
  runReleaseProbes,
  type Probe,
  type ReleaseProbe,
} from './probe-helpers.ts';

describe('Arabic: a range of spelled thousands is two numbers, not one', () => {
  it('"ما بين ألفين وثلاثة آلاف": the scale word multiplies the words after the thousand', () => {
    checkProbe('ar', 'وتسلمت بغداد ما بين ألفين وثلاثة آلاف عراقي من مخيم الهول خلال العام الماضي.', [
      { v: [2000, 3000], pop: 'people', origin: ['IQ'], status: 'returned' },
    ]);
    checkProbe('ar', 'ويقدر عدد المقاتلين الأجانب بين ألفين وأربعة آلاف مقاتل.', [
      { v: [2000, 4000], pop: 'fighters', origin: ['region:foreign'] },
    ]);
    checkProbe('ar', 'ويضم المخيم ما بين ألفين إلى ثلاثة آلاف امرأة.', [{ v: [2000, 3000], pop: 'women' }]);
  });
  it('a whole hundred or thousand after one of its size is the range end', () => {
    checkProbe('ar', 'وتراوح عدد المجندين بين ألف وألفي طفل.', [{ v: [1000, 2000], pop: 'children' }]);
    checkProbe('ar', 'وجندت الجماعة ما بين مائة ومائتي طفل.', [{ v: [100, 200], pop: 'children' }]);
  });
  it('one number stays one: a thousand and its hundreds, a hundred and twenty thousand', () => {
    checkProbe('ar', 'وعاد نحو ألفين وخمسمائة تونسي.', [{ v: [2500, 2500], pop: 'people', origin: ['TN'] }]);
    checkProbe('ar', 'ويعيش في المخيم مائة وعشرون ألف شخص.', [{ v: [120000, 120000], pop: 'people' }]);
    checkProbe('ar', 'وعاد ألف ومائتا شخص.', [{ v: [1200, 1200], pop: 'people' }]);
    checkProbe('ar', 'وجندت الجماعة ألفين وثلاثة أطفال.', [{ v: [2003, 2003], pop: 'children' }]);
  });
});

describe('Arabic: digits after the article close a definite count ("المعتقلين الـ120")', () => {
  it('the count after it is its own, not a reversed group nor a unit of the digits', () => {
    checkProbe('ar', 'ومن بين المعتقلين الـ120 14 امرأة بلجيكية.', [
      { v: [120, 120], pop: 'people' },
      { v: [14, 14], pop: 'women', origin: ['BE'] },
    ]);
    checkProbe('ar', 'وكان بين المعتقلين الـ120 أربع عشرة امرأة.', [
      { v: [120, 120], pop: 'people', status: 'detained' },
      { v: [14, 14], pop: 'women' },
    ]);
  });
});

describe("Arabic: a whole fronted by 'among' takes no origin from its part", () => {
  it('the part alone is of the nationality said', () => {
    checkProbe('ar', 'وكان من بين المعتقلين الـ120 أربع عشرة امرأة بلجيكية.', [
      { v: [120, 120], pop: 'people', status: 'detained' },
      { v: [14, 14], pop: 'women', origin: ['BE'] },
    ]);
    checkProbe('ar', 'ومن بين 120 معتقلا هناك 14 امرأة بلجيكية.', [
      { v: [120, 120], pop: 'people' },
      { v: [14, 14], pop: 'women', origin: ['BE'] },
    ]);
    checkProbe('en', 'Among the 120 detainees were 14 Belgian women.', [
      { v: [120, 120], pop: 'people' },
      { v: [14, 14], pop: 'women', origin: ['BE'] },
    ]);
  });
  it('a whole of its own nationality keeps it; coordinated counts share theirs', () => {
    checkProbe('ar', 'ومن بين 150 كازاخيا عادوا، هناك 60 طفلا.', [
      { v: [150, 150], pop: 'people', origin: ['KZ'] },
      { v: [60, 60], pop: 'children', origin: ['KZ'] },
    ]);
    checkProbe('ar', 'وعاد 5 رجال و3 نساء مغاربة.', [
      { v: [5, 5], pop: 'men', origin: ['MA'] },
      { v: [3, 3], pop: 'women', origin: ['MA'] },
    ]);
  });
});

describe('Arabic: "من إنتاج" / "أنتجته" after a title names its producer, not a producer for a title', () => {
  it('the title before the maker stays a release', () => {
    checkReleaseProbe('ar', 'وبث التنظيم فيلما جديدا بعنوان "صليل الصوارم" من إنتاج مؤسسة الحياة للإعلام.', [
      { media: 'video', title: 'صليل الصوارم', producer: 'مؤسسة الحياة' },
    ]);
    checkReleaseProbe('ar', 'ونشر شريطا مصورا بعنوان "لهيب الحرب" أنتجته مؤسسة الفرقان.', [
      { media: 'video', title: 'لهيب الحرب', producer: 'مؤسسة الفرقان' },
    ]);
    checkReleaseProbe(
      'ar',
      'وظهر الأطفال في إصدار مرئي بعنوان "جيل الخلافة" من إنتاج المكتب الإعلامي لولاية الرقة.',
      [{ media: 'video', title: 'جيل الخلافة' }],
    );
  });
  it("a journalist's documentary stays none", () => {
    checkReleaseProbe(
      'ar',
      'وبثت قناة الجزيرة فيلما وثائقيا بعنوان "أطفال المخيم" من إنتاج الصحفية سارة.',
      [],
    );
  });
});

describe('Arabic: a death sentence passed or upheld is a detention, carried out a death', () => {
  it("a court's long name between the ruling verb and بإعدام", () => {
    checkProbe(
      'ar',
      'وقضت المحكمة الجنائية المركزية في بغداد بإعدام ثلاثة عشر متهما بالانتماء إلى التنظيم.',
      [{ v: [13, 13], pop: 'people', status: 'detained' }],
    );
  });
  it('the death sentence issued or upheld', () => {
    checkProbe('ar', 'وأيدت محكمة التمييز حكم الإعدام الصادر بحق 4 سويديين.', [
      { v: [4, 4], pop: 'people', origin: ['SE'], status: 'detained' },
    ]);
  });
  it('carried out', () => {
    checkProbe('ar', 'ونفذت السلطات العراقية حكم الإعدام بحق 21 مدانا بالإرهاب.', [
      { v: [21, 21], pop: 'people', status: 'killed' },
    ]);
  });
});

describe('Arabic: "X الذين … يبلغ/يصل عددهم (إلى) N" numbers the head noun', () => {
  it('not the subject of the relative clause', () => {
    checkProbe('ar', 'الأطفال الذين جندهم الحوثيون يبلغ عددهم 10 آلاف.', [
      { v: [10000, 10000], pop: 'children', status: 'joined', aff: 'other' },
    ]);
    checkProbe('ar', 'والنساء اللواتي أعادتهن السلطات يبلغ عددهن 40.', [
      { v: [40, 40], pop: 'women', status: 'returned' },
    ]);
  });
  it('"يصل عددهم إلى", "ارتفع عددهم إلى"', () => {
    checkProbe('ar', 'الأطفال الذين جندهم الحوثيون يصل عددهم إلى 10 آلاف، وفق تقديرات حقوقية.', [
      { v: [10000, 10000], pop: 'children', source: 'تقديرات حقوقية' },
    ]);
    checkProbe('ar', 'والمقاتلون الذين قتلوا في المعارك ارتفع عددهم إلى 75.', [
      { v: [75, 75], pop: 'fighters', status: 'killed' },
    ]);
  });
});

describe('Arabic: a verbal noun after the speaker ends its name', () => {
  it('arrival, return, escape, joining', () => {
    checkProbe('ar', 'وأكدت الوزارة وصول اثنتي عشرة امرأة إلى العاصمة.', [
      { v: [12, 12], pop: 'women', source: 'الوزارة' },
    ]);
    checkProbe('ar', 'وأعلنت الخارجية عودة 25 طفلا إلى البلاد.', [
      { v: [25, 25], pop: 'children', source: 'الخارجية', status: 'returned' },
    ]);
    checkProbe('ar', 'وأكدت الشرطة فرار 6 نساء من المخيم.', [{ v: [6, 6], pop: 'women', source: 'الشرطة' }]);
    checkProbe('ar', 'وذكرت الوكالة انضمام 300 شاب إلى الجماعة.', [
      { v: [300, 300], pop: 'men', source: 'الوكالة', status: 'joined' },
    ]);
  });
});

describe('Arabic: "بضعة عشر" (ten-odd) is vague; two brothers or sisters are a dual', () => {
  it('no count of ten from بضعة عشر', () => {
    checkProbe('ar', 'وجندت الميليشيا بضعة عشر طفلا من القرية.', []);
    checkProbe('ar', 'وقتلت بضع عشرة امرأة في الهجوم.', []);
  });
  it('the dual of a brother or a sister counts two', () => {
    checkProbe('ar', 'وأصدرت المحكمة حكما بسجن شقيقين تونسيين.', [
      { v: [2, 2], pop: 'people', origin: ['TN'], status: 'detained' },
    ]);
    checkProbe('ar', 'وقتل شقيقان في غارة جوية.', [{ v: [2, 2], pop: 'people', status: 'killed' }]);
    checkProbe('ar', 'واعتقل الأخوين في مطار قرطاج.', [{ v: [2, 2], pop: 'people', status: 'detained' }]);
  });
  it('the Brotherhood is no count', () => {
    checkProbe('ar', 'وشارك أنصار جماعة الإخوان المسلمين في المظاهرة.', []);
  });
});

describe('Arabic: landing at an airport or in the country is a return', () => {
  it('"وصلوا إلى مطار", "وصل إلى البلاد"', () => {
    checkProbe('ar', 'وأفادت مصادر إعلامية أن الأطفال الخمسة وصلوا إلى مطار كوبنهاغن.', [
      { v: [5, 5], pop: 'children', status: 'returned', source: 'مصادر إعلامية' },
    ]);
    checkProbe('ar', 'ووصل 12 طفلا إلى البلاد فجر اليوم.', [
      { v: [12, 12], pop: 'children', status: 'returned' },
    ]);
  });
  it('reaching a war zone stays a joining', () => {
    checkProbe('ar', 'ووصل 200 مقاتل أجنبي إلى سوريا عبر تركيا.', [
      { v: [200, 200], pop: 'fighters', origin: ['region:foreign'], status: 'joined' },
    ]);
  });
});

// Blind probes: written before running the engine, the wanted claims by GUIDELINES.md.
const PROBES: Probe[] = [
  [
    'وأفادت مصادر محلية بأن نحو ألفين وخمسمائة طفل ما زالوا محتجزين في مخيم الهول.',
    [{ v: [2500, 2500], pop: 'children', source: 'مصادر محلية', loc: ['SY'] }],
  ],
  [
    'قتل أحد عشر جنديا نيجيريا في هجوم شنه مسلحو بوكو حرام على قاعدة عسكرية.',
    [{ v: [11, 11], pop: 'fighters', origin: ['NG'], status: 'killed', aff: 'other' }],
  ],
  ['وأعدمت الجماعة خمسة عشر رهينة في منطقة نائية.', [{ v: [15, 15], pop: 'people', status: 'killed' }]],
  [
    'ذكرت منظمة هيومن رايتس ووتش أن الحوثيين جندوا ما لا يقل عن ألفي طفل منذ بداية الحرب.',
    [{ v: [2000, null], pop: 'children', status: 'joined', aff: 'other', source: 'منظمة هيومن رايتس ووتش' }],
  ],
  [
    'وبحسب تقرير للأمم المتحدة، جندت حركة الشباب 1,800 طفل في الصومال خلال العام الماضي.',
    [{ v: [1800, 1800], pop: 'children', status: 'joined', aff: 'other', loc: ['SO'] }],
  ],
  [
    'أصدرت محكمة عراقية أحكاما بالإعدام بحق 11 فرنسيا بتهمة الانتماء لتنظيم داعش.',
    [{ v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained', aff: 'isis' }],
  ],
  [
    'وقالت وزارة الخارجية الكازاخية إنه تمت إعادة 595 مواطنا، بينهم 406 أطفال.',
    [
      {
        v: [595, 595],
        pop: 'people',
        origin: ['KZ'],
        status: 'returned',
        source: 'وزارة الخارجية الكازاخية',
      },
      { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'يضم مخيم روج قرابة 2,600 امرأة وطفل من جنسيات أجنبية.',
    [{ v: [2600, 2600], pop: 'people', origin: ['region:foreign'], loc: ['SY'] }],
  ],
  [
    'وبلغ عدد المقاتلين المغاربة في صفوف داعش نحو 1,600 مقاتل، بحسب المكتب المركزي للأبحاث القضائية.',
    [
      {
        v: [1600, 1600],
        pop: 'fighters',
        origin: ['MA'],
        aff: 'isis',
        source: 'المكتب المركزي للأبحاث القضائية',
      },
    ],
  ],
  ['وأصيب طفلان بجروح في القصف الذي استهدف القرية.', [{ v: [2, 2], pop: 'children', status: 'other' }]],
  [
    'وجندت ميليشيا الحوثي ما بين 10 و12 ألف طفل خلال سنوات الحرب.',
    [{ v: [10000, 12000], pop: 'children', status: 'joined', aff: 'other' }],
  ],
  [
    'وقتل ستة وعشرون مدنيا في الهجوم الذي تبنته حركة الشباب.',
    [{ v: [26, 26], pop: 'people', status: 'killed' }],
  ],
  [
    'واعتُقل 45 شخصا يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية في غرب إفريقيا.',
    [{ v: [45, 45], pop: 'people', status: 'detained', aff: 'isis' }],
  ],
  [
    'وتقول منظمة اليونيسف إن أكثر من 8 آلاف طفل جندوا في النزاع اليمني.',
    [{ v: [8000, null], pop: 'children', status: 'joined', source: 'منظمة اليونيسف' }],
  ],
  [
    'وتشير التقديرات إلى أن عدد المقاتلين التونسيين الذين التحقوا بالتنظيمات الجهادية يتراوح بين ثلاثة آلاف وخمسة آلاف.',
    [{ v: [3000, 5000], pop: 'fighters', origin: ['TN'], status: 'joined' }],
  ],
  [
    'وغادر نحو 1,500 مغربي إلى سوريا والعراق للقتال في صفوف التنظيمات الإرهابية.',
    [{ v: [1500, 1500], pop: 'fighters', origin: ['MA'], status: 'joined' }],
  ],
  [
    'وحكم على 466 امرأة أجنبية بالإعدام في العراق.',
    [{ v: [466, 466], pop: 'women', origin: ['region:foreign'], status: 'detained', loc: ['IQ'] }],
  ],
  [
    'وقتل ما لا يقل عن سبعة جنود صوماليين في هجوم لحركة الشباب قرب مقديشو.',
    [{ v: [7, null], pop: 'fighters', origin: ['SO'], status: 'killed', aff: 'other' }],
  ],
  [
    'ووفقا لمصادر أمنية، فإن عدد عناصر داعش المحتجزين في سجن غويران يبلغ خمسة آلاف.',
    [{ v: [5000, 5000], pop: 'fighters', status: 'detained', aff: 'isis', source: 'مصادر أمنية' }],
  ],
  [
    'اختطفت جماعة بوكو حرام 276 تلميذة من مدرستهن في شيبوك.',
    [{ v: [276, 276], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'وعادت امرأتان وأربعة أطفال إلى ألمانيا على متن طائرة خاصة.',
    [
      { v: [2, 2], pop: 'women', status: 'returned' },
      { v: [4, 4], pop: 'children', status: 'returned' },
    ].map((w) => ({ ...w, origin: ['DE'] })) as Probe[1],
  ],
  ['واعتقلت الشرطة أكثر من150 شخصا في حملة أمنية.', [{ v: [150, null], pop: 'people', status: 'detained' }]],
  [
    'وأوضح المرصد أن ثمانية عشر مقاتلا من حركة الشباب قتلوا في الاشتباكات.',
    [{ v: [18, 18], pop: 'fighters', status: 'killed', aff: 'other', source: 'المرصد' }],
  ],
  [
    'وأشارت الأمم المتحدة إلى أن 3,500 طفل جندتهم بوكو حرام منذ عام 2013.',
    [{ v: [3500, 3500], pop: 'children', status: 'joined', aff: 'other', source: 'الأمم المتحدة' }],
  ],
  ['وأطلقت الجماعة سراح تسع عشرة فتاة بعد مفاوضات.', [{ v: [19, 19], pop: 'children' }]],
  [
    'وكشفت الوزارة أن 79 مقاتلا جزائريا قتلوا في سوريا، بينما عاد 34 آخرون.',
    [
      { v: [79, 79], pop: 'fighters', origin: ['DZ'], status: 'killed' },
      { v: [34, 34], pop: 'fighters', origin: ['DZ'], status: 'returned' },
    ],
  ],
  ['وأما المقاتلون الثلاثة فقد سلموا أنفسهم للجيش.', [{ v: [3, 3], pop: 'fighters', status: 'other' }]],
  ['ونقلت النساء السبع إلى سجن النساء في بغداد.', [{ v: [7, 7], pop: 'women', status: 'detained' }]],
  ['وتمكن 3 آلاف و500 طفل من العودة إلى ذويهم.', [{ v: [3500, 3500], pop: 'children' }]],
  [
    'وقدرت مصادر عدد المقاتلين الليبيين في سوريا بما بين 300 إلى 400 مقاتل.',
    [{ v: [300, 400], pop: 'fighters', origin: ['LY'], loc: ['SY'] }],
  ],
  [
    'وأفاد مصدر أمني بأنه تم ترحيل مائتين وثلاثين مغربيا من تركيا.',
    [{ v: [230, 230], pop: 'people', origin: ['MA'], status: 'returned', source: 'مصدر أمني' }],
  ],
  [
    'ووصل إلى مطار الجزائر الدولي أمس اثنا عشر طفلا جزائريا قادمين من سوريا.',
    [{ v: [12, 12], pop: 'children', origin: ['DZ'], status: 'returned' }],
  ],
  [
    'وتجاوز عدد الأطفال المجندين لدى الحوثيين 30 ألف طفل وفقا للحكومة اليمنية.',
    [{ v: [30000, null], pop: 'children', status: 'joined', source: 'الحكومة اليمنية' }],
  ],
  [
    'وجندت حركة الشباب العام الماضي قرابة ألف وخمسمائة طفل تتراوح أعمارهم بين 9 و15 عاما.',
    [{ v: [1500, 1500], pop: 'children', age: [9, 15], status: 'joined' }],
  ],
  [
    'ولقي 4 جنود حتفهم وأصيب 7 آخرون في هجوم انتحاري.',
    [
      { v: [4, 4], pop: 'fighters', status: 'killed' },
      { v: [7, 7], pop: 'fighters', status: 'other' },
    ],
  ],
  [
    'وقتل عشرات المدنيين، بينهم 9 أطفال، في هجوم لبوكو حرام.',
    [{ v: [9, 9], pop: 'children', status: 'killed', aff: 'other' }],
  ],
  [
    'وصدرت أحكام بالإعدام على 3 بلجيكيين في بغداد.',
    [{ v: [3, 3], pop: 'people', origin: ['BE'], status: 'detained' }],
  ],
  [
    'واستقبلت السويد سبعة أطفال أيتام من مخيم الهول، بحسب بيان لوزارة الخارجية.',
    [{ v: [7, 7], pop: 'children', origin: ['SE'], status: 'returned' }],
  ],
  [
    'وتتحدث تقارير عن مقتل ما بين 200 و300 مقاتل تونسي في ليبيا.',
    [{ v: [200, 300], pop: 'fighters', origin: ['TN'], status: 'killed' }],
  ],
  [
    'وقال شهود عيان إن 30 مسلحا على الأقل هاجموا القرية.',
    [{ v: [30, null], pop: 'fighters', source: 'شهود عيان' }],
  ],
  [
    'وبلغ عدد الضحايا ٣٥ قتيلا و٥٠ جريحا.',
    [
      { v: [35, 35], pop: 'people', status: 'killed' },
      { v: [50, 50], pop: 'people', status: 'other' },
    ],
  ],
  [
    'وأشار التقرير إلى وجود 120 ألف شخص في مخيمات شمال شرق سوريا بينهم 40 ألف طفل.',
    [
      { v: [120000, 120000], pop: 'people', loc: ['SY'] },
      { v: [40000, 40000], pop: 'children', loc: ['SY'] },
    ],
  ],
  [
    'ويقضي 12 مغربيا عقوبات بالسجن في العراق.',
    [{ v: [12, 12], pop: 'people', origin: ['MA'], status: 'detained', loc: ['IQ'] }],
  ],
  ['وأعيد تسعون طفلا إلى كوسوفو.', [{ v: [90, 90], pop: 'children', origin: ['XK'], status: 'returned' }]],
  [
    'وتم إعادة ألف ومائتي عراقي من المخيم.',
    [{ v: [1200, 1200], pop: 'people', origin: ['IQ'], status: 'returned' }],
  ],
  // Turkey sends them back to their own countries: they are not Turkish.
  ['وأعادت تركيا مئتي طفل إلى بلدانهم.', [{ v: [200, 200], pop: 'children', status: 'returned' }]],
  // "The children make up 40,000 of the camp's residents": the subject is what is counted.
  ['ويشكل الأطفال 40 ألفا من سكان المخيم.', [{ v: [40000, 40000], pop: 'children' }]],
  // "Morocco has 1,659 fighters in Syria and Iraq": the possessor is their country.
  [
    'وأوضح التقرير أن لدى المغرب 1,659 مقاتلا في سوريا والعراق.',
    [{ v: [1659, 1659], pop: 'fighters', origin: ['MA'] }],
  ],
  // محتجزين is left out of the people nouns (mostly an adjective), so "the 120 held" has no noun.
  [
    'ومن بين المحتجزين الـ120 أربع عشرة امرأة بلجيكية.',
    [
      { v: [120, 120], pop: 'people' },
      { v: [14, 14], pop: 'women', origin: ['BE'] },
    ],
  ],
];

const OPEN = new Set<string>([
  // The participle المحتجزين is no people noun (kept out on purpose).
  'ومن بين المحتجزين الـ120 أربع عشرة امرأة بلجيكية.',
]);

describe('Arabic blind probes, round 29', () => {
  runProbes('ar', PROBES, OPEN);
});

const RELEASES: ReleaseProbe[] = [
  [
    'ونشرت مؤسسة الفرقان إصدارا مرئيا بعنوان "رسالة إلى الأمهات" مدته 20 دقيقة.',
    [{ media: 'video', title: 'رسالة إلى الأمهات', producer: 'مؤسسة الفرقان' }],
  ],
  ['وخصص العدد العاشر من مجلة دابق مقالا عن الأطفال.', [{ media: 'magazine', title: 'دابق 10' }]],
  ['وصدر العدد الخامس عشر من مجلة رومية باللغة العربية.', [{ media: 'magazine', title: 'رومية 15' }]],
  [
    'وصدر شريط بعنوان "عودة الأسود" من إنتاج إعلام التنظيم يظهر فيه 12 طفلا.',
    [{ media: 'video', title: 'عودة الأسود' }],
  ],
];

describe('Arabic release probes, round 29', () => {
  runReleaseProbes('ar', RELEASES);
});
