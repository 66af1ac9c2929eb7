// Arabic probe battery, second round (issue 9): constructions the first battery does not cover, in
// sentences written for this test the way Arabic wire copy, UN and NGO reports phrase these topics
// (no report text). Each expectation follows ../shared/eval/GUIDELINES.md; where a probe also checks
// location, age or releases it says so.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('ar', text, want));
};
const claims = (text: string) =>
  extract(text, { lang: 'ar', published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');

describe('Arabic-Indic and Persian digits, separators and mixed writing', () => {
  run([
    [
      // Returned to a country that is no conflict zone: its own people (Iraq, a zone, gives none).
      'وأعيد ١٢٠ طفلا من مخيم الهول إلى طاجيكستان.',
      [{ v: [120, 120], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'وتحتجز قوات سوريا الديمقراطية ١٬٢٠٠ مقاتل أجنبي في سجونها.',
      [{ v: [1200, 1200], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
    ],
    ['ونزح ١٫٥ مليون شخص بسبب هجمات بوكو حرام.', [{ v: [1500000, 1500000], pop: 'people' }]],
    ['وجند الحوثيون أكثر من ٣ آلاف طفل في اليمن.', [{ v: [3000, null], pop: 'children', aff: 'other' }]],
    ['وعاد ۳۵ مقاتلا إلى طاجيكستان.', [{ v: [35, 35], pop: 'fighters', origin: ['TJ'], status: 'returned' }]],
    ['وفي عام ٢٠١٩ انضم ٤٠٠ شاب إلى حركة الشباب.', [{ v: [400, 400], pop: 'men', aff: 'other' }]],
  ]);
});

describe('Arabic number words in every case and gender', () => {
  run([
    [
      'وجندت جماعة الحوثي ثمانية وثلاثين طفلا خلال شهرين.',
      [{ v: [38, 38], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    ['وأفرجت السلطات عن إحدى عشرة امرأة.', [{ v: [11, 11], pop: 'women' }]],
    ['وأعيد مائة وخمسون طفلا إلى أوزبكستان.', [{ v: [150, 150], pop: 'children', origin: ['UZ'] }]],
    ['واستعادت كازاخستان مئتين وخمسين امرأة من سوريا.', [{ v: [250, 250], pop: 'women', origin: ['KZ'] }]],
    ['وقتل ثلاثمئة وعشرون مسلحا في المعارك.', [{ v: [320, 320], pop: 'fighters', status: 'killed' }]],
    [
      'ويضم المخيم ستة آلاف وأربعمئة طفل أجنبي.',
      [{ v: [6400, 6400], pop: 'children', origin: ['region:foreign'] }],
    ],
    ['وأصيب سبعة عشر طفلا في القصف.', [{ v: [17, 17], pop: 'children', status: 'other' }]],
    ['واعتقلت الشرطة ثلاثة عشر شخصا.', [{ v: [13, 13], pop: 'people', status: 'detained' }]],
    [
      'وأعيدت ثماني نساء وتسعة أطفال.',
      [
        { v: [8, 8], pop: 'women' },
        { v: [9, 9], pop: 'children' },
      ],
    ],
    ['وقتل ستون مدنيا في الهجوم.', [{ v: [60, 60], pop: 'people', status: 'killed' }]],
  ]);
});

describe('Arabic vague counts, ordinals, ages, years, money and shares are not counts', () => {
  run([
    ['وجند الحوثيون عشرات الأطفال ومئات الشبان.', []],
    ['ولا يزال آلاف الأطفال الأجانب في مخيم الهول.', []],
    ['وهذه هي الدفعة الثالثة من العائدين إلى العراق.', []],
    ['وتشكل النساء 40 في المئة من سكان المخيم.', []],
    ['وتشكل النساء ٦٠٪ من سكان المخيم.', []],
    [
      'وجندت حركة الشباب تسعة أطفال تتراوح أعمارهم بين 12 و15 عاما.',
      [{ v: [9, 9], pop: 'children', aff: 'other' }],
    ],
    ['وخصصت الحكومة 5 ملايين دولار لإعادة 300 طفل.', [{ v: [300, 300], pop: 'children' }]],
    ['وعاد 800 شخص في الفترة بين 2016 و2019.', [{ v: [800, 800], pop: 'people' }]],
  ]);
});

describe('Arabic hedges and bounds', () => {
  run([
    ['وأعيد ما يزيد على 300 طفل تونسي.', [{ v: [300, null], pop: 'children', origin: ['TN'] }]],
    [
      'وانضم ما لا يقل عن 1500 مغربي إلى التنظيم.',
      [{ v: [1500, null], pop: 'people', origin: ['MA'], status: 'joined' }],
    ],
    ['وسافر زهاء ألفي تونسي إلى سوريا.', [{ v: [2000, 2000], pop: 'people', origin: ['TN'] }]],
    [
      'ويقدر عدد المقاتلين الشيشان بما بين 500 و700 مقاتل.',
      [{ v: [500, 700], pop: 'fighters', origin: ['RU'] }],
    ],
    ['وتراوح عدد الأطفال المجندين من 200 إلى 300 طفل.', [{ v: [200, 300], pop: 'children' }]],
    ['وأعيد أقل من خمسين امرأة إلى البلاد.', [{ v: [null, 50], pop: 'women' }]],
    [
      'وتحتجز السلطات الكردية قرابة ألف امرأة أجنبية.',
      [{ v: [1000, 1000], pop: 'women', origin: ['region:foreign'] }],
    ],
    [
      'وقتل ما يقرب من 200 جندي نيجيري.',
      [{ v: [200, 200], pop: 'fighters', origin: ['NG'], status: 'killed' }],
    ],
    ['وأعيد أكثر من خمسمئة طفل إلى بلدانهم.', [{ v: [500, null], pop: 'children' }]],
  ]);
});

describe('Arabic duals of people', () => {
  run([
    [
      'وقتل طفلان وأصيبت امرأتان في القصف.',
      [
        { v: [2, 2], pop: 'children', status: 'killed' },
        { v: [2, 2], pop: 'women', status: 'other' },
      ],
    ],
    [
      'وأعادت السلطات طفلين يتيمين إلى بلجيكا.',
      [{ v: [2, 2], pop: 'children', origin: ['BE'], status: 'returned' }],
    ],
    ['وانضم شابان تونسيان إلى التنظيم.', [{ v: [2, 2], pop: 'men', origin: ['TN'], status: 'joined' }]],
  ]);
});

describe('Arabic counted nouns: hostages, detainees, returnees, the dead and wounded', () => {
  run([
    ['وأطلقت الجماعة سراح 25 رهينة.', [{ v: [25, 25], pop: 'people' }]],
    ['ويضم سجن غويران نحو 5000 محتجز.', [{ v: [5000, 5000], pop: 'people', status: 'detained' }]],
    [
      'وبلغت حصيلة الهجوم 30 قتيلا و45 جريحا.',
      [
        { v: [30, 30], pop: 'people', status: 'killed' },
        { v: [45, 45], pop: 'people', status: 'other' },
      ],
    ],
    ['وسقط 12 ضحية في التفجير.', [{ v: [12, 12], pop: 'people' }]],
    ['وجندت الجماعة 300 قاصر خلال العام الماضي.', [{ v: [300, 300], pop: 'children', status: 'joined' }]],
    ['ويخضع 80 عائدا لبرامج إعادة التأهيل.', [{ v: [80, 80], pop: 'people' }]],
  ]);
});

describe('Arabic nisba origins in every form', () => {
  run([
    [
      'وعاد 45 تونسيا و30 تونسية من ليبيا.',
      [
        { v: [45, 45], pop: 'people', origin: ['TN'] },
        { v: [30, 30], pop: 'women', origin: ['TN'] },
      ],
    ],
    [
      'ويقاتل في صفوف التنظيم 700 أوزبكي و400 طاجيكي.',
      [
        { v: [700, 700], pop: 'fighters', origin: ['UZ'] },
        { v: [400, 400], pop: 'fighters', origin: ['TJ'] },
      ],
    ],
    ['وأعيد 12 شخصا يحملون الجنسية المغربية.', [{ v: [12, 12], pop: 'people', origin: ['MA'] }]],
    [
      'واعتقلت الشرطة التركية 20 أجنبيا يشتبه في انتمائهم إلى داعش.',
      [{ v: [20, 20], pop: 'people', origin: ['region:foreign'], status: 'detained', aff: 'isis' }],
    ],
    [
      'وتشير التقديرات إلى أن 1200 مقاتل من آسيا الوسطى انضموا إلى التنظيم.',
      [{ v: [1200, 1200], pop: 'fighters', origin: ['region:central-asia'], status: 'joined' }],
    ],
    [
      'وأعادت موسكو 30 طفلا روسيا من مخيم روج.',
      [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    [
      'وقدم نحو 6000 مقاتل من تونس والجزائر، والمغرب.',
      [{ v: [6000, 6000], pop: 'fighters', origin: ['DZ', 'MA', 'TN'] }],
    ],
    ['وقتل 14 مقاتلا شيشانيا في إدلب.', [{ v: [14, 14], pop: 'fighters', origin: ['RU'], status: 'killed' }]],
    ['وعادت 25 امرأة جزائرية من مخيم الهول.', [{ v: [25, 25], pop: 'women', origin: ['DZ'] }]],
  ]);
});

describe('Arabic clitics on numbers, nouns and verbs', () => {
  run([
    [
      'وأفرج عن طفلين وثلاث نساء.',
      [
        { v: [2, 2], pop: 'children' },
        { v: [3, 3], pop: 'women' },
      ],
    ],
    ['فاعتقلت الشرطة 17 شخصا.', [{ v: [17, 17], pop: 'people', status: 'detained' }]],
    [
      'وقدرت اليونيسف عدد الأطفال المجندين في الصومال بخمسة آلاف طفل.',
      [{ v: [5000, 5000], pop: 'children', source: 'اليونيسف' }],
    ],
    ['ونقل الأطفال الأربعة عشر إلى دار رعاية.', [{ v: [14, 14], pop: 'children' }]],
    ['وتم تسليم الأطفال لذويهم وعددهم 14.', [{ v: [14, 14], pop: 'children' }]],
  ]);
});

describe('Arabic attribution and where the speaker ends', () => {
  run([
    [
      'وذكر تقرير للأمم المتحدة أن حركة الشباب جندت 1800 طفل في الصومال.',
      [{ v: [1800, 1800], pop: 'children', aff: 'other', status: 'joined', source: 'تقرير للأمم المتحدة' }],
    ],
    [
      'وأكد مسؤول في وزارة الداخلية العراقية أن 500 امرأة أجنبية ما زلن في المخيم.',
      [
        {
          v: [500, 500],
          pop: 'women',
          origin: ['region:foreign'],
          status: 'present',
          source: 'مسؤول في وزارة الداخلية العراقية',
        },
      ],
    ],
    [
      'وبحسب تقرير لمنظمة العفو الدولية، قتل 42 مدنيا.',
      [{ v: [42, 42], pop: 'people', status: 'killed', source: 'تقرير لمنظمة العفو الدولية' }],
    ],
    [
      'وقال المرصد السوري لحقوق الإنسان إن 27 عنصرا من قوات النظام قتلوا.',
      [{ v: [27, 27], pop: 'fighters', status: 'killed', source: 'المرصد السوري لحقوق الإنسان' }],
    ],
    [
      'ووفق اليونيسف، جرى تجنيد 3500 طفل منذ بداية النزاع.',
      [{ v: [3500, 3500], pop: 'children', status: 'joined', source: 'اليونيسف' }],
    ],
    ['وقتل 12 مدنيا، وفق ما ذكره ناشطون.', [{ v: [12, 12], pop: 'people', source: 'ناشطون' }]],
    [
      'وقالت مصادر محلية لـ"العربية" إن 9 أطفال قتلوا.',
      [{ v: [9, 9], pop: 'children', status: 'killed', source: 'مصادر محلية' }],
    ],
    ['وأشار التقرير إلى أن 60 فتاة تعرضن للاختطاف.', [{ v: [60, 60], pop: 'children', source: 'التقرير' }]],
  ]);
});

// "نقلت X عن Y أن …" relays Y's words: the source is Y. نقل is also the status verb "transferred"
// (نقل 9 جرحى): it relays only with عن right after the outlet's name.
describe('Arabic relayed attribution', () => {
  run([
    [
      'ونقلت وكالة رويترز عن مصادر محلية أن 9 أطفال قتلوا.',
      [{ v: [9, 9], pop: 'children', status: 'killed', source: 'مصادر محلية' }],
    ],
    ['ونقلت السلطات 16 امرأة إلى مخيم آخر.', [{ v: [16, 16], pop: 'women', source: null }]],
  ]);
});

describe('Arabic status verbs', () => {
  run([
    [
      'ورحلت تركيا 20 مقاتلا ألمانيا إلى بلادهم.',
      [{ v: [20, 20], pop: 'fighters', origin: ['DE'], status: 'returned' }],
    ],
    ['وحكم على 14 عائدا بالسجن.', [{ v: [14, 14], pop: 'people', status: 'detained' }]],
    ['وأصيب 23 طفلا بجروح.', [{ v: [23, 23], pop: 'children', status: 'other' }]],
    ['واستخدمت الجماعة 60 طفلا في القتال.', [{ v: [60, 60], pop: 'children' }]],
    ['وحرر الجيش 76 رهينة من قبضة بوكو حرام.', [{ v: [76, 76], pop: 'people', aff: 'other' }]],
  ]);
});

describe('Arabic armed groups', () => {
  run([
    [
      'وتحتجز قوات سوريا الديمقراطية نحو 10 آلاف مقاتل من تنظيم الدولة في سجونها.',
      [{ v: [10000, 10000], pop: 'fighters', aff: 'isis', status: 'detained' }],
    ],
    ['وجندت جماعة أنصار الله 2000 طفل.', [{ v: [2000, 2000], pop: 'children', aff: 'other' }]],
    [
      'وقتل 16 مقاتلا من جماعة نصرة الإسلام والمسلمين في مالي.',
      [{ v: [16, 16], pop: 'fighters', aff: 'other' }],
    ],
    ['وقتل 11 عنصرا من ولاية خراسان في أفغانستان.', [{ v: [11, 11], pop: 'fighters', aff: 'isis' }]],
    ['وقتل 11 عنصرا من ولاية غرب أفريقيا في بورنو.', [{ v: [11, 11], pop: 'fighters', aff: 'isis' }]],
    ['وجندت هيئة تحرير الشام 90 طفلا في إدلب.', [{ v: [90, 90], pop: 'children', aff: 'al-nusra' }]],
  ]);
});

describe('Arabic breakdowns and number frames', () => {
  run([
    [
      'ومن بين العائدين 30 امرأة و70 طفلا.',
      [
        { v: [30, 30], pop: 'women' },
        { v: [70, 70], pop: 'children' },
      ],
    ],
    [
      'واعتقلت السلطات 40 شخصا، بينهم 6 نساء.',
      [
        { v: [40, 40], pop: 'people' },
        { v: [6, 6], pop: 'women' },
      ],
    ],
    ['وارتفع عدد القتلى إلى 45.', [{ v: [45, 45], pop: 'people', status: 'killed' }]],
    [
      'وبلغ عدد المقاتلين الأجانب أحد عشر ألفا.',
      [{ v: [11000, 11000], pop: 'fighters', origin: ['region:foreign'] }],
    ],
  ]);
});

describe('Arabic location and age of a count', () => {
  it('places the children of al-Hol in Syria', () => {
    const [c] = claims('ولا يزال 200 طفل عراقي في مخيم الهول.');
    expect([c?.value.min, c?.origin, c?.location]).toEqual([200, ['IQ'], ['SY']]);
  });

  it('reads an age range of the whole group', () => {
    const [c] = claims('وجندت الجماعة 40 طفلا تتراوح أعمارهم بين 12 و15 عاما في محافظة تعز.');
    expect([c?.value.min, c?.age, c?.location]).toEqual([40, { min: 12, max: 15 }, ['YE']]);
  });

  it('reads "under N" as an upper age bound', () => {
    const [c] = claims('وجند التنظيم 70 طفلا دون سن الخامسة عشرة.');
    expect([c?.value.min, c?.age]).toEqual([70, { min: null, max: 14 }]);
  });
});

describe('Arabic releases', () => {
  it('reads a video release titled in quotes after بعنوان', () => {
    const r = extract('ونشرت مؤسسة الحياة إصدارا مرئيا جديدا بعنوان "فتية الجنة" يظهر فيه أطفال.', {
      lang: 'ar',
    }).releases;
    expect(r.map((x) => [x.media, x.title])).toEqual([['video', 'فتية الجنة']]);
  });

  it('reads a bare title after "بعنوان:" up to the comma', () => {
    const r = extract('ونشرت حركة الشباب تسجيلا صوتيا بعنوان: رسالة إلى الأمة، باللغة الصومالية.', {
      lang: 'ar',
    }).releases;
    expect(r.map((x) => [x.media, x.title, x.spoken])).toEqual([['audio', 'رسالة إلى الأمة', ['so']]]);
  });

  it('reads a bare title after بعنوان up to the next verb', () => {
    const r = extract('ونشر التنظيم شريطا مصورا بعنوان صليل الصوارم يظهر فيه أطفال يتدربون.', {
      lang: 'ar',
    }).releases;
    expect(r.map((x) => [x.media, x.title])).toEqual([['video', 'صليل الصوارم']]);
  });

  it('does not take an agency named after a media word for a title', () => {
    const r = extract('ونشر التنظيم شريطا مصورا لوكالة "أعماق" يظهر فيه مسلحون.', { lang: 'ar' }).releases;
    expect(r.filter((x) => x.title === 'أعماق')).toEqual([]);
  });
});

describe('Arabic breakdowns, victims and attributions (second round)', () => {
  run([
    [
      'وأعادت فرنسا 35 طفلا من مخيمات شمال سوريا، بينهم 10 أيتام.',
      [
        { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
        { v: [10, 10], pop: 'children', origin: ['FR'] },
      ],
    ],
    [
      'وسافر نحو 3000 تونسي إلى سوريا، قتل منهم 800 وعاد 500.',
      [
        { v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined' },
        { v: [800, 800], pop: 'people', origin: ['TN'], status: 'killed' },
        { v: [500, 500], pop: 'people', origin: ['TN'], status: 'returned' },
      ],
    ],
    [
      'ومن أصل 1200 مقاتل أجنبي، عاد 300 إلى بلدانهم.',
      [
        { v: [1200, 1200], pop: 'fighters', origin: ['region:foreign'] },
        { v: [300, 300], pop: 'fighters', origin: ['region:foreign'], status: 'returned' },
      ],
    ],
    [
      'وقدرت وزارة الداخلية عدد المغاربة في صفوف التنظيم بنحو 1600.',
      [{ v: [1600, 1600], pop: 'people', origin: ['MA'], source: 'وزارة الداخلية' }],
    ],
    [
      'وأفادت الأمم المتحدة بأن 1500 طفل جندوا في الصومال عام 2020.',
      [{ v: [1500, 1500], pop: 'children', status: 'joined', source: 'الأمم المتحدة' }],
    ],
    ['وتحققت الأمم المتحدة من 3500 حالة تجنيد للأطفال.', [{ v: [3500, 3500], pop: 'children' }]],
    [
      'وأعلن الجيش مقتل 40 إرهابيا من بوكو حرام.',
      [{ v: [40, 40], pop: 'fighters', status: 'killed', aff: 'other' }],
    ],
    ['واستسلم 600 من مقاتلي بوكو حرام.', [{ v: [600, 600], pop: 'fighters', aff: 'other' }]],
    [
      'وأسفر الهجوم عن مقتل 10 أشخاص وإصابة 20 آخرين.',
      [
        { v: [10, 10], pop: 'people', status: 'killed' },
        { v: [20, 20], pop: 'people', status: 'other' },
      ],
    ],
    ['وكان من بين القتلى 4 أطفال.', [{ v: [4, 4], pop: 'children', status: 'killed' }]],
    [
      'ويقدر عدد الأطفال في مخيم الهول بنحو 27 ألفا.',
      [{ v: [27000, 27000], pop: 'children', quote: 'بنحو 27 ألفا' }],
    ],
    [
      'وقال مسؤولون إن ما يصل إلى 400 طفل ربما جندوا.',
      [{ v: [null, 400], pop: 'children', source: 'مسؤولون' }],
    ],
    ['وأعيد حتى الآن 70 طفلا إلى بلادهم.', [{ v: [70, 70], pop: 'children', status: 'returned' }]],
    ['وتضاعف عدد الأطفال المجندين ثلاث مرات.', []],
    ['وثلثا المحتجزين من الأطفال.', []],
    [
      'وقتل في الهجوم 5 جنود وطفلان.',
      [
        { v: [5, 5], pop: 'fighters', status: 'killed' },
        { v: [2, 2], pop: 'children', status: 'killed' },
      ],
    ],
    [
      'وأوضح البيان أن 18 من المعتقلين يحملون الجنسية الفرنسية.',
      [{ v: [18, 18], pop: 'people', origin: ['FR'], status: 'detained', source: 'البيان' }],
    ],
    ['وقتل 23 سائحا في الهجوم.', [{ v: [23, 23], pop: 'people', status: 'killed' }]],
    ['واعتقل 20 مشتبها بهم على الأقل.', [{ v: [20, null], pop: 'people', status: 'detained' }]],
    [
      'وقتل 5 صحفيين وأصيب 3 مسعفين.',
      [
        { v: [5, 5], pop: 'people', status: 'killed' },
        { v: [3, 3], pop: 'people', status: 'other' },
      ],
    ],
    ['وقتل ثلاثة مهاجمين في الاشتباك.', [{ v: [3, 3], pop: 'fighters', status: 'killed' }]],
    ['وعاد 130 مقاتلا قرغيزيا إلى بلادهم.', [{ v: [130, 130], pop: 'fighters', origin: ['KG'] }]],
    [
      'وانضم 500 من الإيغور إلى الحزب الإسلامي التركستاني.',
      [{ v: [500, 500], pop: 'people', origin: ['CN'], status: 'joined', aff: 'other' }],
    ],
    ['سلمت السلطات الليبية 6 أطفال تونسيين إلى بلادهم.', [{ v: [6, 6], pop: 'children', origin: ['TN'] }]],
    ['وبلغ عدد العائدين من بؤر التوتر 800 عائد.', [{ v: [800, 800], pop: 'people' }]],
    [
      'وقالت الوزارة في بيان إن 45 امرأة عدن إلى البلاد.',
      [{ v: [45, 45], pop: 'women', status: 'returned', source: 'الوزارة' }],
    ],
    [
      'وقال عدد من المسؤولين إن 45 امرأة عادت إلى البلاد.',
      [{ v: [45, 45], pop: 'women', source: 'عدد من المسؤولين' }],
    ],
    [
      'وأكدت المنظمة مقتل 35 طفلا وتشويه 60 آخرين.',
      [
        { v: [35, 35], pop: 'children', status: 'killed' },
        { v: [60, 60], pop: 'children', status: 'other' },
      ],
    ],
    [
      'وجندت الميليشيات الحوثية 10 آلاف طفل منذ بداية الحرب، بحسب الحكومة اليمنية.',
      [{ v: [10000, 10000], pop: 'children', aff: 'other', source: 'الحكومة اليمنية' }],
    ],
    [
      'وانضم 5 آلاف مقاتل من القوقاز إلى التنظيم.',
      [{ v: [5000, 5000], pop: 'fighters', origin: ['region:north-caucasus'] }],
    ],
    [
      'وبين المعتقلين 14 امرأة تحمل جنسيات أوروبية.',
      [{ v: [14, 14], pop: 'women', origin: ['region:europe'] }],
    ],
    ['وقتل 15 مدنيا على الأقل في الهجوم.', [{ v: [15, null], pop: 'people', status: 'killed' }]],
  ]);
});

describe('Arabic: Aden and the verb عدن', () => {
  it('reads عدن after a count of women as their verb, not the city', () => {
    const [c] = claims('وقالت الوزارة إن 45 امرأة عدن إلى البلاد.');
    expect([c?.status, c?.location]).toEqual(['returned', []]);
  });

  it('reads عدن after a preposition as the city, not a return', () => {
    const [c] = claims('وقتل 12 مدنيا في عدن.');
    expect([c?.status, c?.location]).toEqual(['killed', ['YE']]);
  });
});

describe('Arabic quotes start at the number, past a glued conjunction or preposition', () => {
  run([
    [
      'وأفرج عن طفلين وثلاث نساء.',
      [
        { v: [2, 2], pop: 'children', quote: 'طفلين' },
        { v: [3, 3], pop: 'women', quote: 'ثلاث نساء' },
      ],
    ],
    [
      'وقدرت السلطات عدد الأطفال المجندين بخمسة آلاف طفل.',
      [{ v: [5000, 5000], pop: 'children', quote: 'خمسة آلاف طفل' }],
    ],
  ]);
});

describe('Arabic: possessed heads, release verbs, figures as sources', () => {
  run([
    [
      'وعادت 3 نساء فرنسيات مع أطفالهن الـ7.',
      [
        { v: [3, 3], pop: 'women', origin: ['FR'], status: 'returned' },
        { v: [7, 7], pop: 'children', origin: ['FR'], quote: 'أطفالهن الـ7' },
      ],
    ],
    ['وعادت النساء مع أطفالهن السبعة.', [{ v: [7, 7], pop: 'children' }]],
    ['وأطلق سراح 45 طفلا كانوا مجندين في صفوف الجماعة.', [{ v: [45, 45], pop: 'children', status: 'other' }]],
    ['وبحسب أرقام رسمية، قتل 300 مقاتل.', [{ v: [300, 300], pop: 'fighters', source: 'أرقام رسمية' }]],
    [
      'وبحسب أرقام الأمم المتحدة، قتل 300 مقاتل.',
      [{ v: [300, 300], pop: 'fighters', source: 'أرقام الأمم المتحدة' }],
    ],
  ]);
});

describe('Arabic: a year-like count with a nationality after it', () => {
  run([
    [
      'وحسب تقديرات أمنية فإن نحو 2000 طاجيكي يقاتلون في صفوف داعش.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['TJ'], aff: 'isis', source: 'تقديرات أمنية' }],
    ],
    [
      'وعاد 2000 تونسي من مناطق النزاع.',
      [{ v: [2000, 2000], pop: 'people', origin: ['TN'], status: 'returned' }],
    ],
    ['وانضم منذ عام 2014 تونسيون كثر إلى التنظيم.', []],
  ]);
});

describe('Arabic: what a reporting verb documented ends its speaker; freeing is status other, as en freed', () => {
  run([
    [
      'ووثقت الأمم المتحدة تجنيد 1,800 طفل في الصومال.',
      [{ v: [1800, 1800], pop: 'children', status: 'joined', source: 'الأمم المتحدة' }],
    ],
    [
      'وأكدت منظمة إنقاذ الطفولة أن 300 طفل قتلوا.',
      [{ v: [300, 300], pop: 'children', status: 'killed', source: 'منظمة إنقاذ الطفولة' }],
    ],
    [
      'وحررت القوات 200 امرأة وطفل من قبضة بوكو حرام.',
      [{ v: [200, 200], pop: 'people', status: 'other', aff: 'other' }],
    ],
  ]);
});
