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
