// Arabic, round 27: blind probes (what the guideline wants, written before running) and the mechanisms
// fixed this round, each pinned with sentences of its own.
import { describe, it } from 'vitest';
import { checkProbe, runProbes, type Probe } from './probe-helpers.ts';

describe('Arabic: a verb of holding with a camp named between it and the count is a camp (present)', () => {
  it('the holder between the verb and the camp does not make it a prison', () => {
    checkProbe('ar', 'وتحتجز قسد في مخيم الهول نحو 40 ألف شخص.', [
      { v: [40000, 40000], pop: 'people', status: 'present', loc: ['SY'] },
    ]);
    checkProbe('ar', 'ويحتجز الأكراد في مخيم روج قرابة 2500 امرأة.', [
      { v: [2500, 2500], pop: 'women', status: 'present' },
    ]);
  });
  it('a prison named there stays detention', () => {
    checkProbe('ar', 'وتحتجز قسد في سجن غويران نحو 5 آلاف عنصر.', [
      { v: [5000, 5000], pop: 'fighters', status: 'detained' },
    ]);
  });
});

describe('Arabic: hostages and captives held by a group are its victims (other)', () => {
  it('held by a group or gunmen, the holder before or after the verb', () => {
    checkProbe('ar', 'ويحتجز التنظيم عشرة رهائن.', [{ v: [10, 10], pop: 'people', status: 'other' }]);
    checkProbe('ar', 'واحتجز المسلحون 12 رهينة في مدرسة.', [{ v: [12, 12], pop: 'people', status: 'other' }]);
  });
  it('captives held by a state force or in its prisons stay detained', () => {
    checkProbe('ar', 'وتحتجز القوات العراقية 300 أسير من التنظيم.', [
      { v: [300, 300], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'ويقبع 300 أسير في السجون العراقية.', [
      { v: [300, 300], pop: 'people', status: 'detained' },
    ]);
  });
});

describe('Arabic: a craft carrying people (طائرة تقل) brings them back, or takes them to a war', () => {
  it('a plane carrying children from a war zone: returned, the zone is where they were', () => {
    checkProbe('ar', 'ووصلت طائرة تقل 40 طفلا من سوريا.', [
      { v: [40, 40], pop: 'children', status: 'returned', loc: ['SY'] },
    ]);
    checkProbe('ar', 'وانطلقت حافلات تقل 300 عائلة عراقية من مخيم الهول.', [
      { v: [300, 300], pop: 'families', origin: ['IQ'], status: 'returned' },
    ]);
  });
  it('carrying fighters to a war zone is going to the war', () => {
    checkProbe('ar', 'وأقلعت من دمشق طائرة تقل 40 مقاتلا إلى ليبيا.', [
      { v: [40, 40], pop: 'fighters', status: 'joined' },
    ]);
  });
  it('"تقل عن" (less than) stays no carrier', () => {
    checkProbe('ar', 'وجندت الجماعة 60 طفلا تقل أعمارهم عن 15 عاما.', [
      { v: [60, 60], pop: 'children', status: 'joined', age: [null, 14] },
    ]);
  });
});

describe('Arabic: crossing the border or slipping into a country is the journey to the war', () => {
  it('the crossing verb after or before the count', () => {
    checkProbe('ar', 'وعبر 30 مقاتلا الحدود إلى ليبيا.', [
      { v: [30, 30], pop: 'fighters', status: 'joined', loc: ['LY'] },
    ]);
    checkProbe('ar', 'وقال المسؤول إن 30 تونسيا عبروا الحدود إلى ليبيا.', [
      { v: [30, 30], pop: 'people', origin: ['TN'], status: 'joined', source: 'المسؤول' },
    ]);
    checkProbe('ar', 'واجتاز 12 شابا مغربيا الحدود للالتحاق بالتنظيم.', [
      { v: [12, 12], pop: 'men', origin: ['MA'], status: 'joined' },
    ]);
    checkProbe('ar', 'وتسلل 40 مسلحا إلى الأراضي العراقية.', [
      { v: [40, 40], pop: 'fighters', status: 'joined', loc: ['IQ'] },
    ]);
  });
  it('crossing on the way home (عائدين إلى) is a return', () => {
    checkProbe('ar', 'وعبرت 60 عائلة الحدود عائدة إلى العراق.', [
      { v: [60, 60], pop: 'families', status: 'returned' },
    ]);
    checkProbe('ar', 'وعبر 80 شخصا الحدود عائدين إلى بلادهم.', [
      { v: [80, 80], pop: 'people', status: 'returned' },
    ]);
  });
  it('arriving still reads as before', () => {
    checkProbe('ar', 'ووصل 25 طفلا إلى مطار دوشنبه قادمين من العراق.', [
      { v: [25, 25], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
  });
});

describe('Arabic: the country a return or deportation takes them out of is where they were', () => {
  it('a nisba gives the origin, the from-place the location', () => {
    checkProbe('ar', 'تم ترحيل 21 ليبيا من تونس.', [
      { v: [21, 21], pop: 'people', origin: ['LY'], status: 'returned', loc: ['TN'] },
    ]);
    checkProbe('ar', 'وتم ترحيل 21 مغربيا من تونس.', [
      { v: [21, 21], pop: 'people', origin: ['MA'], status: 'returned', loc: ['TN'] },
    ]);
    checkProbe('ar', 'وأعيد 7 أطفال فرنسيين من تركيا.', [
      { v: [7, 7], pop: 'children', origin: ['FR'], status: 'returned', loc: ['TR'] },
    ]);
  });
});

describe('Arabic: died of hunger or drowning (قضى N جوعا), defected (انشق)', () => {
  it('قضى with the manner of death after the count is killed', () => {
    checkProbe('ar', 'وقضى 8 أطفال جوعا في مخيم الهول.', [{ v: [8, 8], pop: 'children', status: 'killed' }]);
    checkProbe('ar', 'وقضى 8 أطفال غرقا قبالة السواحل الليبية.', [
      { v: [8, 8], pop: 'children', status: 'killed' },
    ]);
  });
  it('قضى with years in prison is no death', () => {
    checkProbe('ar', 'وقضى 12 مقاتلا سنوات في السجن.', [
      { v: [12, 12], pop: 'fighters', status: 'detained' },
    ]);
  });
  it('defecting is neither presence nor custody', () => {
    checkProbe('ar', 'وانشق 22 عنصرا عن التنظيم.', [{ v: [22, 22], pop: 'fighters', status: 'other' }]);
  });
});

// Blind probes of the round: numbers, nisbas, parts of a whole, attribution, status verbs.
const PROBES: Probe[] = [
  [
    'وأعلنت وزارة الخارجية أن 12 امرأة و25 طفلا عادوا إلى البلاد.',
    [
      { v: [12, 12], pop: 'women', status: 'returned', source: 'وزارة الخارجية' },
      { v: [25, 25], pop: 'children', status: 'returned', source: 'وزارة الخارجية' },
    ],
  ],
  [
    'وقالت منظمة هيومن رايتس ووتش إن أكثر من 1500 طفل محتجزون في سجون شمال شرق سوريا.',
    [{ v: [1500, null], pop: 'children', status: 'detained', loc: ['SY'], source: 'منظمة هيومن رايتس ووتش' }],
  ],
  [
    'وبحسب مصادر أمنية، فإن ما يزيد على 300 مغربي يقاتلون في صفوف التنظيم.',
    [{ v: [300, null], pop: 'fighters', origin: ['MA'], status: 'present', source: 'مصادر أمنية' }],
  ],
  ['وتخطط الحكومة لإعادة 50 طفلا من المخيمات.', [{ v: [50, 50], pop: 'children', not: 'returned' }]],
  [
    'ومن بين 150 عائدا، 40 طفلا و30 امرأة.',
    [
      { v: [150, 150], pop: 'people', status: 'returned' },
      { v: [40, 40], pop: 'children', status: 'returned' },
      { v: [30, 30], pop: 'women', status: 'returned' },
    ],
  ],
  [
    'وعاد 120 مقاتلا أجنبيا إلى بلدانهم، منهم 20 تونسيا.',
    [
      { v: [120, 120], pop: 'fighters', origin: ['region:foreign'], status: 'returned' },
      { v: [20, 20], pop: 'fighters', origin: ['TN'], status: 'returned' },
    ],
  ],
  ['وقتل بين 40 و50 طفلا في القصف.', [{ v: [40, 50], pop: 'children', status: 'killed' }]],
  ['وانضم ثلاثة عشر شابا من الحي إلى التنظيم.', [{ v: [13, 13], pop: 'men', status: 'joined' }]],
  ['وجندت الجماعة تسع عشرة فتاة خلال العام الماضي.', [{ v: [19, 19], pop: 'children', status: 'joined' }]],
  [
    'وسافر قرابة 2000 طاجيكي إلى سوريا والعراق.',
    [{ v: [2000, 2000], pop: 'people', origin: ['TJ'], status: 'joined', loc: ['IQ', 'SY'] }],
  ],
  ['ولقي 17 جنديا مصرعهم في الهجوم.', [{ v: [17, 17], pop: 'fighters', status: 'killed' }]],
  [
    'وأكد المرصد السوري مقتل 11 عنصرا من الفصائل.',
    [{ v: [11, 11], pop: 'fighters', status: 'killed', source: 'المرصد السوري' }],
  ],
  [
    'وأجلت روسيا 27 طفلا روسيا من بغداد.',
    [{ v: [27, 27], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'وقالت اليونيسف إن 19 طفلا على الأقل قتلوا.',
    [{ v: [19, null], pop: 'children', status: 'killed', source: 'اليونيسف' }],
  ],
  [
    'وغادر 45 كازاخستانيا البلاد للقتال في سوريا.',
    [{ v: [45, 45], pop: 'fighters', origin: ['KZ'], status: 'joined', loc: ['SY'] }],
  ],
  [
    'وأشارت التقديرات إلى وجود ما بين 3 آلاف و4 آلاف مقاتل أجنبي.',
    [{ v: [3000, 4000], pop: 'fighters', origin: ['region:foreign'], status: 'present' }],
  ],
  [
    'وتم توقيف 6 مغاربة في إسبانيا.',
    [{ v: [6, 6], pop: 'people', origin: ['MA'], status: 'detained', loc: ['ES'] }],
  ],
  ['وقتل الجنود الثلاثة في الانفجار.', [{ v: [3, 3], pop: 'fighters', status: 'killed' }]],
  [
    'ويقاتل نحو ٣٠٠ طاجيكي في أفغانستان.',
    [{ v: [300, 300], pop: 'fighters', origin: ['TJ'], status: 'present', loc: ['AF'] }],
  ],
  [
    'وقال مسؤول كردي إن المخيم يضم 11 ألف أجنبي، بينهم 7 آلاف طفل.',
    [
      {
        v: [11000, 11000],
        pop: 'people',
        origin: ['region:foreign'],
        status: 'present',
        source: 'مسؤول كردي',
      },
      { v: [7000, 7000], pop: 'children', origin: ['region:foreign'], status: 'present' },
    ],
  ],
  [
    'وأعادت طاجيكستان أحد عشر طفلا من سجون العراق.',
    [{ v: [11, 11], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'وعاد المقاتلون التونسيون الأربعة إلى بلادهم.',
    [{ v: [4, 4], pop: 'fighters', origin: ['TN'], status: 'returned' }],
  ],
  [
    'ويقاتل في صفوف التنظيم أكثر من 600 مغربي، منهم 50 قاصرا.',
    [
      { v: [600, null], pop: 'fighters', origin: ['MA'], status: 'present' },
      { v: [50, 50], pop: 'children', origin: ['MA'], status: 'present' },
    ],
  ],
  [
    'ووفقا لإحصاءات وزارة العدل، يقبع 120 عائدا في السجون.',
    [{ v: [120, 120], pop: 'people', status: 'detained', source: 'إحصاءات وزارة العدل' }],
  ],
  [
    'ونقلت صحيفة محلية عن مسؤول أمني أن 300 أردني يقاتلون في سوريا.',
    [{ v: [300, 300], pop: 'fighters', origin: ['JO'], status: 'present', source: 'مسؤول أمني' }],
  ],
  [
    'واعتقل الأمن 4 طاجيك و3 أوزبك في إسطنبول.',
    [
      { v: [4, 4], pop: 'people', origin: ['TJ'], status: 'detained' },
      { v: [3, 3], pop: 'people', origin: ['UZ'], status: 'detained' },
    ],
  ],
  [
    'واعتقل 9 شيشانيين في جورجيا.',
    [{ v: [9, 9], pop: 'people', origin: ['RU'], status: 'detained', loc: ['GE'] }],
  ],
  ['ولقي طفلان حتفهما في الانفجار.', [{ v: [2, 2], pop: 'children', status: 'killed' }]],
  // "ما بين ألفين وثلاثة آلاف": the range 2,000-3,000 (read since ar29).
  [
    'وانضم ما بين ألفين وثلاثة آلاف تونسي إلى الجماعات المسلحة في ليبيا.',
    [{ v: [2000, 3000], pop: 'people', origin: ['TN'], status: 'joined', loc: ['LY'] }],
  ],
  // Arriving at a home airport (طشقند) is a return (read since ar29).
  [
    'وذكرت وكالة الأنباء الرسمية أن 64 امرأة و95 طفلا وصلوا إلى مطار طشقند.',
    [
      { v: [64, 64], pop: 'women', origin: ['UZ'], status: 'returned' },
      { v: [95, 95], pop: 'children', origin: ['UZ'], status: 'returned' },
    ],
  ],
  // Open: the destination past the aside gives the part its origin (XK) but not the whole.
  [
    'وأعيد 35 طفلا، من بينهم 10 أيتام، إلى كوسوفو.',
    [
      { v: [35, 35], pop: 'children', origin: ['XK'], status: 'returned' },
      { v: [10, 10], pop: 'children', origin: ['XK'], status: 'returned' },
    ],
  ],
];

const OPEN = new Set(['وأعيد 35 طفلا، من بينهم 10 أيتام، إلى كوسوفو.']);

describe('Arabic: round 27 blind probes', () => {
  runProbes('ar', PROBES, OPEN);
});
