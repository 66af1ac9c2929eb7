// Arabic, round 36: the mechanisms fixed this round, each pinned with sentences of its own and a
// counter-case that guards against over-reach.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('numbers: digits right before a number word that is no power of ten end a name', () => {
  it('the words after them are the count (an operation, a batch)', () => {
    checkProbe('ar', 'وبلغ عدد الأطفال الذين أعيدوا إلى أوزبكستان في إطار عملية مهر 4 ثلاثمئة وعشرين طفلا.', [
      { v: [320, 320], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وتسلمت السلطات في الدفعة 12 خمسين عائلة عراقية من مخيم الهول.', [
      { v: [50, 50], pop: 'families', origin: ['IQ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وعاد في العملية رقم 5 خمسة وعشرون طفلا إلى كازاخستان.', [
      { v: [25, 25], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
  });
  it('a power of ten after digits is still their unit or scale', () => {
    checkProbe('ar', 'وارتفعت نسبة العائدين إلى 60 بالمئة خلال عام.', []);
    checkProbe('ar', 'وأعيد 4 آلاف شخص إلى العراق.', [
      { v: [4000, 4000], pop: 'people', status: 'returned' },
    ]);
  });
});

describe('Arabic: an indefinite noun, its numeral after it, then a copula', () => {
  it('أطفال ثلاثة كانوا …: the numeral counts the noun before it', () => {
    checkProbe('ar', 'وأفرج الحوثيون عن أطفال ثلاثة كانوا محتجزين في سجن الأمن السياسي بصنعاء.', [
      { v: [3, 3], pop: 'children', status: 'other', aff: 'other' },
    ]);
    checkProbe('ar', 'وقتل مقاتلون أربعة كانوا يقاتلون مع حركة الشباب في غارة جوية.', [
      { v: [4, 4], pop: 'fighters', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'وأعيدت نساء خمس كن في مخيم روج إلى تونس.', [
      { v: [5, 5], pop: 'women', origin: ['TN'] },
    ]);
  });
  it('a noun right after the numeral is what it counts', () => {
    checkProbe('ar', 'وعاد أطفال ثلاثة مقاتلين إلى بلدتهم.', [{ v: [3, 3], pop: 'fighters' }]);
  });
});

describe('a term of years after a verb of sentencing is no one the counted people act on', () => {
  it('sentenced to ten years: detained', () => {
    checkProbe('ar', 'وحكمت محكمة أمن الدولة الأردنية على خمسة متهمين بالسجن 10 سنوات.', [
      { v: [5, 5], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'وحكمت محكمة أمن الدولة الأردنية على خمسة متهمين بالسجن عشر سنوات.', [
      { v: [5, 5], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'وحكم على 5 متهمين بالسجن 10 سنوات.', [
      { v: [5, 5], pop: 'people', status: 'detained' },
    ]);
  });
  it('a count of people after their verb is still acted on', () => {
    checkProbe('ar', 'وقال إن خمسة مسلحين قتلوا 23 مدنيا في القرية.', [
      { v: [5, 5], pop: 'fighters', status: 'other' },
      { v: [23, 23], pop: 'people', status: 'killed' },
    ]);
  });
});

describe('Arabic: an age range right after the age noun, with or without من', () => {
  it('في سن 14 إلى 17، من أعمار 12 إلى 15، بأعمار 13-16', () => {
    checkProbe('ar', 'وجندت الجماعة 30 طفلا في سن 14 إلى 17 عاما.', [
      { v: [30, 30], pop: 'children', age: [14, 17] },
    ]);
    checkProbe('ar', 'وقال ناشطون إن الحوثيين استدرجوا عشرين طفلا من أعمار 12 إلى 15 سنة إلى دورات قتالية.', [
      { v: [20, 20], pop: 'children', age: [12, 15] },
    ]);
    checkProbe('ar', 'وجندت الجماعة 30 طفلا بأعمار 13-16 عاما.', [
      { v: [30, 30], pop: 'children', age: [13, 16] },
    ]);
  });
  it('an age, then إلى opening something else, stays one age', () => {
    checkProbe('ar', 'وجندت الجماعة 30 طفلا في سن 14 عاما إلى جانب 10 نساء.', [
      { v: [30, 30], pop: 'children', age: [14, 14] },
      { v: [10, 10], pop: 'women', age: [null, null] },
    ]);
  });
});

describe('Arabic: the dual of a year as an age bound (ageUnitDuals)', () => {
  it('بين عامين و8 أعوام: two', () => {
    checkProbe('ar', 'ونقلت الحكومة الليبية 6 أطفال مصريين تتراوح أعمارهم بين عامين و8 أعوام إلى القاهرة.', [
      { v: [6, 6], pop: 'children', origin: ['EG'], age: [2, 8] },
    ]);
    checkProbe('ar', 'وأعادت روسيا 38 طفلا من مخيم روج، تتراوح أعمارهم بين عامين و14 عاما.', [
      { v: [38, 38], pop: 'children', origin: ['RU'], age: [2, 14] },
    ]);
    checkProbe('ar', 'وأعيد 12 طفلا لا تتجاوز أعمارهم سنتين.', [
      { v: [12, 12], pop: 'children', age: [null, 2] },
    ]);
  });
  it('outside an age pattern, two years is a duration', () => {
    checkProbe('ar', 'وجندت الجماعة خلال عامين 300 طفل.', [
      { v: [300, 300], pop: 'children', age: [null, null] },
    ]);
  });
});

describe('Arabic: al-Shabaab after a counted fighter noun and من, or a militia in construct', () => {
  it('مسلحا من الشباب، عنصرا من ميليشيات الشباب', () => {
    checkProbe('ar', 'وقتل زهاء ٤٥ مسلحا من الشباب في غارة أمريكية جنوبي الصومال.', [
      { v: [45, 45], pop: 'fighters', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'وأعلن الجيش الصومالي مقتل ستة عشر عنصرا من ميليشيات الشباب في عملية.', [
      { v: [16, 16], pop: 'fighters', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'واعتقلت القوات 7 مقاتلين من الشباب قرب كيسمايو.', [
      { v: [7, 7], pop: 'fighters', status: 'detained', aff: 'other' },
    ]);
  });
  it('the youth with no fighter noun are no group', () => {
    checkProbe('ar', 'وأعيد 40 طفلا من الشباب والأطفال إلى قراهم.', [
      { v: [40, 40], pop: 'children', aff: null },
    ]);
  });
});

describe('Arabic: a particle verb whose ب is glued to the number itself (gluedParticle)', () => {
  it('دفعت بتسعة أطفال، بـ300 طفل: sent to the fronts', () => {
    checkProbe('ar', 'وكشف مصدر حقوقي أن الميليشيا دفعت بتسعة أطفال إلى جبهة نهم.', [
      { v: [9, 9], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'ودفعت الجماعة بـ300 طفل إلى الجبهات.', [
      { v: [300, 300], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'ودفع الحوثيون بخمسين طفلا إلى جبهات مأرب.', [
      { v: [50, 50], pop: 'children', status: 'joined', aff: 'other' },
    ]);
  });
  it('a ب after another verb is no sending', () => {
    checkProbe('ar', 'ورحبت الحكومة بخمسين طفلا عادوا من المخيم.', [
      { v: [50, 50], pop: 'children', status: 'returned' },
    ]);
  });
});

describe('Arabic: a juvenile court commits minors (بإيداع): detained', () => {
  it('قضت محكمة الأحداث بإيداع …', () => {
    checkProbe('ar', 'وقضت محكمة الأحداث في نينوى بإيداع سبعة فتيان في دار الإصلاح.', [
      { v: [7, 7], pop: 'children', status: 'detained' },
    ]);
    checkProbe('ar', 'وقضت محكمة الأحداث بإيداع 12 قاصرا في مدرسة الإصلاح.', [
      { v: [12, 12], pop: 'children', status: 'detained' },
    ]);
  });
  it('a deposit of money is no count', () => {
    checkProbe('ar', 'وقضت المحكمة بإيداع 3 آلاف دينار في حساب الضحية.', []);
  });
});

describe("Arabic: a unit word with the article as a clitic is not the number's counted noun", () => {
  it('الأطفال الستة بالسجن: to prison, after a post-posed numeral', () => {
    checkProbe('ar', 'وحكمت المحكمة على الأطفال الستة بالسجن.', [
      { v: [6, 6], pop: 'children', status: 'detained' },
    ]);
    checkProbe('ar', 'وحكمت المحكمة على الأطفال الـ6 بالسجن.', [
      { v: [6, 6], pop: 'children', status: 'detained' },
    ]);
    checkProbe('ar', 'وحكمت المحكمة على الأطفال الستة بالسجن خمس سنوات.', [
      { v: [6, 6], pop: 'children', status: 'detained' },
    ]);
  });
  it('the unit without the article still counts no people', () => {
    checkProbe('ar', 'ونقلت السلطات المعتقلين إلى 5 سجون.', []);
  });
});

describe('Arabic: a definite nationality noun before a definite numeral is what it counts', () => {
  it('الأردنيين الستة، التونسيون الـ12', () => {
    checkProbe('ar', 'واعتقلت الشرطة الأردنيين الستة.', [
      { v: [6, 6], pop: 'people', origin: ['JO'], status: 'detained' },
    ]);
    checkProbe('ar', 'واعتقلت الشرطة الأردنيين الـ6.', [
      { v: [6, 6], pop: 'people', origin: ['JO'], status: 'detained' },
    ]);
    checkProbe('ar', 'وحكمت المحكمة على الأردنيين الستة بالسجن.', [
      { v: [6, 6], pop: 'people', origin: ['JO'], status: 'detained' },
    ]);
  });
  it('after a people noun the nationality is its adjective', () => {
    checkProbe('ar', 'وحكمت المحكمة على الأطفال الأردنيين الستة بالسجن.', [
      { v: [6, 6], pop: 'children', origin: ['JO'], status: 'detained' },
    ]);
  });
});

describe('Arabic: the status word that is the noun of a post-posed numeral names who they are', () => {
  it('arrested the six returnees: detained', () => {
    checkProbe('ar', 'واعتقلت الشرطة العائدين الستة.', [{ v: [6, 6], pop: 'people', status: 'detained' }]);
    checkProbe('ar', 'واعتقلت الشرطة العائدين الـ6.', [{ v: [6, 6], pop: 'people', status: 'detained' }]);
    checkProbe('ar', 'وحكمت محكمة أمن الدولة على الأردنيين العائدين الستة بالسجن خمس سنوات.', [
      { v: [6, 6], pop: 'people', origin: ['JO'], status: 'detained' },
    ]);
  });
  it('with no verb before them, the returnees returned', () => {
    checkProbe('ar', 'ووصل العائدون الستة إلى تونس أمس.', [
      { v: [6, 6], pop: 'people', origin: ['TN'], status: 'returned' },
    ]);
  });
});

describe('Arabic: a count joined by "و" to the count before shares its verb', () => {
  it('a dual with the glued و (وطفلان), past the nationality of the count before', () => {
    checkProbe('ar', 'وأعيدت ثلاث نساء وطفلان من مخيم الهول بعد سنوات من الأسر.', [
      { v: [3, 3], pop: 'women', status: 'returned' },
      { v: [2, 2], pop: 'children', status: 'returned' },
    ]);
    checkProbe('ar', 'وتحررت ثلاث ناجيات إيزيديات وطفلان من مخيم الهول بعد سنوات من الأسر.', [
      { v: [3, 3], pop: 'women', status: 'other' },
      { v: [2, 2], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وأفرجت الحكومة العراقية عن 3 نساء تركيات و9 أطفال بعد انتهاء محكومياتهن.', [
      { v: [3, 3], pop: 'women', origin: ['TR'], status: 'other' },
      { v: [9, 9], pop: 'children', origin: ['TR'], status: 'other' },
    ]);
  });
  it('a count in a clause of its own takes its own verb', () => {
    checkProbe('ar', 'وأعيدت ثلاث نساء، فيما قتل طفلان في القصف.', [
      { v: [3, 3], pop: 'women', status: 'returned' },
      { v: [2, 2], pop: 'children', status: 'killed' },
    ]);
  });
});

describe('Arabic: the accused, the held and citizens said to be minors are children', () => {
  it('متهم قاصر، معتقلا قاصرين، مواطنا قاصرا', () => {
    checkProbe('ar', 'وأكد مجلس القضاء الأعلى أن محاكم الأحداث نظرت في قضايا نحو ألف متهم قاصر.', [
      { v: [1000, 1000], pop: 'children' },
    ]);
    checkProbe('ar', 'وتحتجز السلطات 40 معتقلا قاصرين في سجن الأحداث.', [
      { v: [40, 40], pop: 'children', status: 'detained' },
    ]);
    checkProbe('ar', 'وأعيد 30 مواطنا قاصرا إلى البلاد.', [
      { v: [30, 30], pop: 'children', status: 'returned' },
    ]);
  });
  it('a minor among them leaves the whole as it was', () => {
    checkProbe('ar', 'واعتقلت الشرطة 12 متهما بينهم قاصر.', [
      { v: [12, 12], pop: 'people', status: 'detained' },
    ]);
  });
});

describe("Arabic: a speaker after its verb ends where the count's bound begins", () => {
  it('أحصت منظمات محلية أكثر من …، وثقت … نحو …', () => {
    checkProbe('ar', 'وأحصت منظمات محلية أكثر من أربعة آلاف وخمسمئة حالة تجنيد أطفال في اليمن.', [
      { v: [4500, null], pop: 'children', source: 'منظمات محلية' },
    ]);
    checkProbe('ar', 'ووثقت منظمات محلية أكثر من 4500 حالة تجنيد أطفال في اليمن.', [
      { v: [4500, null], pop: 'children', source: 'منظمات محلية' },
    ]);
    checkProbe('ar', 'ووثقت منظمات محلية نحو أربعة آلاف طفل مجند في اليمن.', [
      { v: [4000, 4000], pop: 'children', source: 'منظمات محلية' },
    ]);
  });
  it('a speaker whose name opens with its own count keeps it', () => {
    checkProbe('ar', 'وقال نحو مئة ناشط إن 40 طفلا جندوا.', [
      { v: [40, 40], pop: 'children', source: 'نحو مئة ناشط' },
    ]);
    checkProbe('ar', 'وقال فريق من خمسة خبراء إن 40 طفلا جندوا في المخيمات.', [
      { v: [40, 40], pop: 'children', source: 'فريق من خمسة خبراء' },
    ]);
  });
});

describe("Arabic: an age said after a fraction of them (ثلثهم، نصفهم) is the share's, not the whole's", () => {
  it('the whole keeps no age', () => {
    checkProbe(
      'ar',
      'وأعلنت الحكومة اليمنية أن الحوثيين جندوا 35 ألف طفل منذ 2014، ثلثهم دون الخامسة عشرة.',
      [{ v: [35000, 35000], pop: 'children', age: [null, null] }],
    );
    checkProbe('ar', 'وأعيد 300 طفل، نصفهم دون سن العاشرة.', [
      { v: [300, 300], pop: 'children', age: [null, null] },
    ]);
    checkProbe('ar', 'وأعيدت 80 امرأة، ربعهن دون سن الثامنة عشرة.', [
      { v: [80, 80], pop: 'women', age: [null, null] },
    ]);
  });
  it("an age said of the whole before the share stays the whole's", () => {
    checkProbe('ar', 'وأعيد 300 طفل دون سن العاشرة، نصفهم من الفتيات.', [
      { v: [300, 300], pop: 'children', age: [null, 9] },
    ]);
  });
});

describe('Arabic: حدث (a juvenile or an event) said to be accused or held is a juvenile', () => {
  it('حدث متهمين، حدثا محتجزين', () => {
    checkProbe(
      'ar',
      'وقال مجلس القضاء الأعلى إن محاكم نينوى نظرت في قضايا 1200 حدث متهمين بالانتماء لداعش.',
      [{ v: [1200, 1200], pop: 'children', aff: 'isis' }],
    );
    checkProbe('ar', 'وتحتجز السلطات 40 حدثا محتجزين في دار إصلاح الأحداث ببغداد.', [
      { v: [40, 40], pop: 'children', status: 'detained' },
    ]);
    checkProbe('ar', 'وأدانت المحكمة 15 حدثا مدانين سابقا بجرائم إرهابية.', [
      { v: [15, 15], pop: 'children' },
    ]);
  });
  it('an event stays no count', () => {
    checkProbe('ar', 'وشهدت المحافظة 12 حدثا أمنيا خلال الأسبوع.', []);
  });
});

describe('Arabic: a people word inside a numbering phrase (البالغ عددهم) is no noun', () => {
  it('البالغ is "numbering", not "adult"', () => {
    checkProbe('ar', 'وتوزع الناجون الإيزيديون البالغ عددهم 3500 على مخيمات إقليم كردستان.', [
      { v: [3500, 3500], pop: 'people' },
    ]);
    checkProbe('ar', 'وتوزع الناجون البالغ عددهم 3500 على مخيمات إقليم كردستان.', [
      { v: [3500, 3500], pop: 'people' },
    ]);
    checkProbe('ar', 'وأعيد الأطفال البالغ عددهم 300 إلى بلادهم.', [
      { v: [300, 300], pop: 'children', status: 'returned' },
    ]);
  });
  it('counted by a number, بالغ is an adult', () => {
    checkProbe('ar', 'واعتقلت الشرطة 12 بالغا و5 قاصرين.', [
      { v: [12, 12], pop: 'adults', status: 'detained' },
      { v: [5, 5], pop: 'children', status: 'detained' },
    ]);
  });
});

describe("Arabic: one person's singular after a count of 3 to 10 is someone apart, no pair", () => {
  it('أربع نساء وطفل: four women', () => {
    checkProbe('ar', 'وتمكنت قوات الأمن من تحرير 19 مختطفا، بينهم أربع نساء وطفل.', [
      { v: [19, 19], pop: 'people', status: 'other' },
      { v: [4, 4], pop: 'women', status: 'other' },
    ]);
    checkProbe('ar', 'وأعيدت ثلاث نساء وطفل إلى تونس.', [{ v: [3, 3], pop: 'women', origin: ['TN'] }]);
    checkProbe('ar', 'وقتل خمسة جنود ومدني في الهجوم.', [{ v: [5, 5], pop: 'fighters', status: 'killed' }]);
  });
  it("after 11 and up the singular is the counted noun's number; a plural is a pair", () => {
    checkProbe('ar', 'وأكدت وزارة الخارجية الطاجيكية إعادة 146 امرأة وطفلا من مخيم روج.', [
      { v: [146, 146], pop: 'people', origin: ['TJ'] },
    ]);
    checkProbe('ar', 'وأعيدت 5 نساء وأطفال إلى تونس.', [{ v: [5, 5], pop: 'people', origin: ['TN'] }]);
  });
});

describe('Arabic: "may reach" before a "number of" frame bounds its number from above', () => {
  it('قد يصل عدد X إلى N، قد تصل أعداد X إلى N', () => {
    checkProbe('ar', 'وقد يصل عدد المجندين الجدد إلى 40 طفلا في كل دورة صيفية، بحسب ناشطين.', [
      { v: [null, 40], pop: 'children', source: 'ناشطين' },
    ]);
    checkProbe('ar', 'وقد تصل أعداد الأطفال المحتجزين إلى 700 طفل.', [
      { v: [null, 700], pop: 'children', status: 'detained' },
    ]);
    checkProbe('ar', 'وقال مسؤول أممي إن عدد الأطفال المجندين في صفوف الشباب قد يصل إلى 5 آلاف طفل.', [
      { v: [null, 5000], pop: 'children' },
    ]);
  });
  it('reaching, with no "may", is the figure itself', () => {
    checkProbe('ar', 'ويصل عدد المجندين الجدد إلى 40 طفلا في كل دورة صيفية.', [
      { v: [40, 40], pop: 'children' },
    ]);
  });
});
