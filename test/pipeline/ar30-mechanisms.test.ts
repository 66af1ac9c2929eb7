// Arabic, round 30: the mechanisms fixed this round, each pinned with sentences of its own and a
// counter-case that guards against over-reach.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a state that sends people "to their countries" is not theirs', () => {
  it('"إلى بلدانهم" after the count takes the returning state out of their origin', () => {
    checkProbe('ar', 'وأعادت السلطات التركية نحو 300 طفل إلى بلدانهم الأصلية.', [
      { v: [300, 300], pop: 'children', status: 'returned' },
    ]);
    checkProbe('ar', 'ورحلت السلطات العراقية 45 مقاتلا من مخيم الهول لبلدانهم.', [
      { v: [45, 45], pop: 'fighters', status: 'returned' },
    ]);
    checkProbe('ar', 'وسلم العراق 120 امرأة وطفلا إلى دولهم خلال الشهر الماضي.', [
      { v: [120, 120], pop: 'people', status: 'returned' },
    ]);
  });
  it('a nationality of their own stays; a state bringing back its own keeps them', () => {
    checkProbe('ar', 'وأعادت تركيا 20 ألمانيا إلى بلدانهم.', [
      { v: [20, 20], pop: 'people', origin: ['DE'] },
    ]);
    checkProbe('ar', 'وأعادت كازاخستان 50 طفلا إلى ذويهم.', [
      { v: [50, 50], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
    // Another clause's "their countries" is not said of this count.
    checkProbe('ar', 'وأعادت أوزبكستان 98 طفلا، وسيتم إيصالهم إلى بلدانهم.', [
      { v: [98, 98], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
  });
});

describe('Arabic: "لدى X" (X has) makes the country the count\'s origin', () => {
  it('the country after "لدى", or before "لديها"', () => {
    checkProbe('ar', 'وبحسب التقرير فإن لدى تونس نحو 3 آلاف مقاتل في صفوف التنظيم.', [
      { v: [3000, 3000], pop: 'fighters', origin: ['TN'] },
    ]);
    checkProbe('ar', 'ولدى تونس أكثر من 3 آلاف مقاتل في سوريا.', [
      { v: [3000, null], pop: 'fighters', origin: ['TN'] },
    ]);
    checkProbe('ar', 'والمغرب لديه نحو 300 امرأة في المخيمات السورية.', [
      { v: [300, 300], pop: 'women', origin: ['MA'] },
    ]);
  });
  it('not a war zone nor a force, and not people held there', () => {
    checkProbe('ar', 'ويوجد لدى العراق 20 ألف معتقل من التنظيم.', [
      { v: [20000, 20000], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'ويوجد لدى قوات سوريا الديمقراطية 2,000 مقاتل أجنبي.', [
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] },
    ]);
    checkProbe('ar', 'ولدى السلطات الفرنسية 40 معتقلا من عناصر داعش.', [
      { v: [40, 40], pop: 'fighters', status: 'detained' },
    ]);
  });
});

describe('Arabic: the subject of "يشكل" (make up) is what the count counts', () => {
  it('after the verb or before it; "من سكان" after the count names the whole', () => {
    checkProbe('ar', 'ويشكل الأطفال نحو 40 ألفا من قاطني مخيم الهول.', [
      { v: [40000, 40000], pop: 'children' },
    ]);
    checkProbe('ar', 'وتشكل النساء 12 ألفا من سكان المخيم.', [{ v: [12000, 12000], pop: 'women' }]);
    checkProbe('ar', 'والأطفال العراقيون يشكلون 20 ألفا من سكان المخيم.', [
      { v: [20000, 20000], pop: 'children', origin: ['IQ'] },
    ]);
    checkProbe('ar', 'ويمثل الأطفال الأجانب 8 آلاف من سكان المخيم.', [
      { v: [8000, 8000], pop: 'children', origin: ['region:foreign'] },
    ]);
  });
  it('a part of a total before keeps its origin; a nationality alone stays the share of the total', () => {
    checkProbe('ar', 'ويضم المخيم 60 ألف عراقي، ويشكل الأطفال 40 ألفا منهم.', [
      { v: [60000, 60000], pop: 'people', origin: ['IQ'] },
      { v: [40000, 40000], pop: 'children', origin: ['IQ'] },
    ]);
    checkProbe('ar', 'وصل إلى سوريا نحو 900 مقاتل من مصر. ويشكل المصريون وحدهم 700 منهم.', [
      { v: [900, 900], pop: 'fighters', origin: ['EG'] },
      { v: [700, 700], pop: 'fighters', origin: ['EG'] },
    ]);
    // "يمثل أمام" (appear before a court) is no share: the count after it is its own.
    checkProbe('ar', 'ويمثل 12 متهما أمام المحكمة.', [{ v: [12, 12], pop: 'people', status: 'detained' }]);
  });
});

describe('Arabic: the dead and the wounded in one count are a mixed outcome', () => {
  it('"بين قتيل وجريح", "قتلى وجرحى", "قتيلا وجريحا": status other', () => {
    checkProbe('ar', 'وسقط زهاء 600 طفل بين قتيل وجريح في جبهات تعز.', [
      { v: [600, 600], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وسقط 70 مدنيا قتلى وجرحى في القصف.', [{ v: [70, 70], pop: 'people', status: 'other' }]);
    checkProbe('ar', 'وأسفر الهجوم عن 45 قتيلا وجريحا.', [{ v: [45, 45], pop: 'people', status: 'other' }]);
  });
  it('each count with its own noun keeps its own outcome', () => {
    checkProbe('ar', 'وارتفعت حصيلة القتلى والجرحى إلى 60 قتيلا و100 جريح.', [
      { v: [60, 60], pop: 'people', status: 'killed' },
      { v: [100, 100], pop: 'people', status: 'other' },
    ]);
  });
});

describe("Arabic: captives from a state's soldiers are of that state", () => {
  it('"أسيرا من الجنود العراقيين", "من عناصر الجيش السعودي" with a word of capture', () => {
    checkProbe('ar', 'وأعدم تنظيم الدولة 25 أسيرا من الجنود العراقيين.', [
      { v: [25, 25], pop: 'people', origin: ['IQ'], status: 'killed', aff: 'isis' },
    ]);
    checkProbe('ar', 'وأسر الحوثيون 40 أسيرا من عناصر الجيش السعودي.', [
      { v: [40, 40], pop: 'people', origin: ['SA'] },
    ]);
    checkProbe('ar', 'وأطلق التحالف سراح 30 أسيرا من عناصر القوات اليمنية.', [
      { v: [30, 30], pop: 'people', origin: ['YE'] },
    ]);
  });
  it('no word of capture: the soldiers are not said to be theirs', () => {
    checkProbe('ar', 'وقتل 12 طفلا على أيدي جنود الجيش العراقي.', [
      { v: [12, 12], pop: 'children', status: 'killed' },
    ]);
    checkProbe('ar', 'وأصيب 25 مدنيا في قصف نفذه عناصر الجيش السوري.', [{ v: [25, 25], pop: 'people' }]);
  });
});

describe('Arabic: captives with a possessive suffix ("من رهائنها", "من أسراه") are counted', () => {
  it('the captives and members of the group that holds them', () => {
    checkProbe('ar', 'وأعدمت الجماعة 3 من رهائنها.', [{ v: [3, 3], pop: 'people', status: 'killed' }]);
    checkProbe('ar', 'وأفرج الحوثيون عن 20 من أسراهم.', [{ v: [20, 20], pop: 'people', status: 'other' }]);
    checkProbe('ar', 'وطردت الحركة 5 من أعضائها بتهمة التجسس.', [{ v: [5, 5], pop: 'fighters' }]);
  });
  it('a nationality of the captives is theirs', () => {
    checkProbe('ar', 'وأعدمت الجماعة ثلاثة من الرهائن الأجانب.', [
      { v: [3, 3], pop: 'people', origin: ['region:foreign'], status: 'killed' },
    ]);
  });
});

describe('Arabic: "على ما أعلنت X" at the end names X, not the phrase', () => {
  it('the reporting verb after "على ما", "وفقما" is no part of the speaker', () => {
    checkProbe('ar', 'وقتل 18 طفلا في الغارة، على ما أعلنت وزارة الصحة.', [
      { v: [18, 18], pop: 'children', status: 'killed', source: 'وزارة الصحة' },
    ]);
    checkProbe('ar', 'وجند الحوثيون 300 طفل في صعدة، على ما أفاد به مسؤول محلي.', [
      { v: [300, 300], pop: 'children', status: 'joined', source: 'مسؤول محلي' },
    ]);
    checkProbe('ar', 'وعاد 40 مقاتلا إلى تونس، وفقما ذكرت مصادر أمنية.', [
      { v: [40, 40], pop: 'fighters', origin: ['TN'], source: 'مصادر أمنية' },
    ]);
  });
  it('"على ما يبدو" (apparently) names no one', () => {
    checkProbe('ar', 'وقتل 18 طفلا في الغارة، على ما يبدو.', [
      { v: [18, 18], pop: 'children', source: null },
    ]);
  });
});

describe('Arabic: the passive imperfect يعاد/تعاد is a return; with the future prefix, a return to come', () => {
  it('"يعاد", "تعاد": returned to the country named', () => {
    checkProbe('ar', 'ويعاد 70 طفلا إلى طاجيكستان كل شهر.', [
      { v: [70, 70], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وتعاد 12 امرأة مغربية إلى الرباط على متن طائرة خاصة.', [
      { v: [12, 12], pop: 'women', origin: ['MA'], status: 'returned' },
    ]);
  });
  it('"سيعاد", "ستعاد": the country they go back to is theirs, they are not back yet', () => {
    checkProbe('ar', 'وسيعاد 70 طفلا إلى طاجيكستان خلال أيام.', [
      { v: [70, 70], pop: 'children', origin: ['TJ'], not: 'returned' },
    ]);
    checkProbe('ar', 'وستعاد 30 امرأة إلى كازاخستان الأسبوع المقبل.', [
      { v: [30, 30], pop: 'women', origin: ['KZ'], not: 'returned' },
    ]);
  });
});

describe("Arabic: captives a verb of capture takes keep no origin of the report's topic", () => {
  it('abducted by the group after a count of its fighters', () => {
    checkProbe('ar', 'وتحدث التقرير عن 500 مقاتل مغربي في سوريا. واختطف التنظيم 40 امرأة.', [
      { v: [500, 500], pop: 'fighters', origin: ['MA'] },
      { v: [40, 40], pop: 'women', status: 'other' },
    ]);
    checkProbe('ar', 'وغادر 300 تونسي إلى ليبيا. وخطف مسلحو التنظيم هناك 12 عاملا.', [
      { v: [300, 300], pop: 'people', origin: ['TN'] },
      { v: [12, 12], pop: 'people' },
    ]);
  });
  it('their own nationality stays; released people still follow the report', () => {
    checkProbe('ar', 'وتحدث التقرير عن 500 مقاتل مغربي في سوريا. واختطف التنظيم 40 امرأة مغربية.', [
      { v: [500, 500], pop: 'fighters', origin: ['MA'] },
      { v: [40, 40], pop: 'women', origin: ['MA'] },
    ]);
    checkProbe('ar', 'واختطف التنظيم 12 عنصرا من القوات العراقية.', [
      { v: [12, 12], pop: 'fighters', origin: ['IQ'] },
    ]);
  });
});
