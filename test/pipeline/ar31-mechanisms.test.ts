// Arabic, round 31: the mechanisms fixed this round, each pinned with sentences of its own and a
// counter-case that guards against over-reach.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: the dead of an armed group are its members', () => {
  it('the group in the genitive, after "من" or "في صفوف": fighters', () => {
    checkProbe('ar', 'وقال المرصد إن عدد قتلى التنظيم ارتفع إلى 340 خلال أسبوع.', [
      { v: [340, 340], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'وسقط 85 قتيلا من الحوثيين في المعارك.', [
      { v: [85, 85], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'وسقط في صفوف الحوثيين 85 قتيلا.', [{ v: [85, 85], pop: 'fighters', status: 'killed' }]);
    checkProbe('ar', 'وأكدت مصادر أمنية أن عدد القتلى من عناصر الشباب بلغ 60.', [
      { v: [60, 60], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('its victims, those killed in its attack and civilians stay people', () => {
    checkProbe('ar', 'وبلغ عدد ضحايا التنظيم 300.', [{ v: [300, 300], pop: 'people', status: 'other' }]);
    checkProbe('ar', 'وارتفع عدد قتلى هجوم التنظيم إلى 40.', [
      { v: [40, 40], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ar', 'وسقط 14 قتيلا من المدنيين في هجوم للحوثيين.', [
      { v: [14, 14], pop: 'people', status: 'killed' },
    ]);
  });
});

describe('Arabic: victims (ضحايا) are harmed, not present', () => {
  it('"بين الضحايا", "عدد الضحايا", "ضحية": status other', () => {
    checkProbe('ar', 'وكان بين الضحايا 27 طفلا.', [{ v: [27, 27], pop: 'children', status: 'other' }]);
    checkProbe('ar', 'ومن بين الضحايا 5 نساء.', [{ v: [5, 5], pop: 'women', status: 'other' }]);
    checkProbe('ar', 'وسقط 30 ضحية في الهجوم.', [{ v: [30, 30], pop: 'people', status: 'other' }]);
  });
  it('victims of recruitment were recruited; the dead among them stay killed', () => {
    checkProbe('ar', 'ووثق التقرير أكثر من 300 طفل من ضحايا التجنيد.', [
      { v: [300, null], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'وكان بين القتلى 12 طفلا.', [{ v: [12, 12], pop: 'children', status: 'killed' }]);
    checkProbe('ar', 'وقتل 30 شخصا من ضحايا القصف.', [{ v: [30, 30], pop: 'people', status: 'killed' }]);
  });
});

describe('Arabic: "still" before the count yields to the fate said after it', () => {
  it('missing, past adjectives and a partitive of people', () => {
    checkProbe('ar', 'لا يزال نحو 2800 طفل إيزيدي في عداد المفقودين.', [
      { v: [2800, 2800], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'ولا يزال 112 طفلا مفقودين.', [{ v: [112, 112], pop: 'children', status: 'other' }]);
    checkProbe('ar', 'ولا تزال 112 فتاة من فتيات شيبوك في عداد المفقودات.', [
      { v: [112, 112], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'لا يزال نحو 2800 من النساء والأطفال الإيزيديين في عداد المفقودين.', [
      { v: [2800, 2800], pop: 'people', status: 'other' },
    ]);
  });
  it('not where a camp or prison says where they are', () => {
    checkProbe('ar', 'ويعيش 300 طفل في المخيم مصابين بأمراض مزمنة.', [
      { v: [300, 300], pop: 'children', status: 'present' },
    ]);
    checkProbe('ar', 'ولا يزال 40 طفلا محتجزين في سجن الحسكة.', [
      { v: [40, 40], pop: 'children', status: 'detained' },
    ]);
  });
  it('the singular of a persecuted community after thousands and hundreds', () => {
    checkProbe('ar', 'ولا يزال 3 آلاف إيزيدي في عداد المفقودين.', [
      { v: [3000, 3000], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل التنظيم 500 مسيحي في سهل نينوى.', [
      { v: [500, 500], pop: 'people', status: 'killed' },
    ]);
  });
});

describe('Arabic: a word of exception (سوى، إلا) makes "only N" a part of the whole', () => {
  it('the part of "منهم" or of a whole counted before takes the negated verb', () => {
    checkProbe('ar', 'عاد 200 طفل إلى تونس. ولم يعد منهم سوى 40.', [
      { v: [200, 200], pop: 'children', origin: ['TN'], status: 'returned' },
      { v: [40, 40], pop: 'children', origin: ['TN'], status: 'returned' },
    ]);
    checkProbe('ar', 'ولم يعد من الأطفال الـ80 سوى 10.', [
      { v: [80, 80], pop: 'children', status: 'present' },
      { v: [10, 10], pop: 'children', status: 'returned' },
    ]);
    checkProbe('ar', 'وكان في المخيم 200 طفل، لم يبق منهم سوى 40.', [
      { v: [200, 200], pop: 'children', status: 'present' },
      { v: [40, 40], pop: 'children', status: 'present' },
    ]);
    checkProbe('ar', 'عاد 200 طفل إلى ذويهم، ولم يعتقل منهم إلا 40.', [
      { v: [200, 200], pop: 'children', status: 'returned' },
      { v: [40, 40], pop: 'children', status: 'detained' },
    ]);
  });
  it('"لم يعد" with who is left, or what can no longer be, is no return; no whole, no count', () => {
    checkProbe('ar', 'ولم يعد في المخيم سوى 40 طفلا.', [{ v: [40, 40], pop: 'children', status: 'present' }]);
    checkProbe('ar', 'ولم يعد بإمكان 300 طفل الذهاب إلى المدرسة.', [
      { v: [300, 300], pop: 'children', not: 'returned' },
    ]);
    checkProbe('ar', 'ولم يعد منهم سوى 40.', []);
  });
  it('the whole after "من أصل" has not undergone what the part did', () => {
    checkProbe('ar', 'ولم تتم إعادة سوى 12 طفلا من أصل 300 طفل فرنسي.', [
      { v: [12, 12], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [300, 300], pop: 'children', origin: ['FR'], status: 'present' },
    ]);
    checkProbe('ar', 'وأعادت فرنسا 35 طفلا من أصل 200 طفل فرنسي محتجزين في المخيمات.', [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [200, 200], pop: 'children', origin: ['FR'], status: 'present' },
    ]);
    // "من بين" followed by a whole with its own verb keeps it.
    checkProbe('ar', 'وقتل 12 طفلا من بين 30 شخصا قتلوا في القصف.', [
      { v: [12, 12], pop: 'children', status: 'killed' },
      { v: [30, 30], pop: 'people', status: 'killed' },
    ]);
  });
});

describe('Arabic: a nationality as the subject of "يشكل" gives the count its origin', () => {
  it('over "الأجانب" in the counted phrase', () => {
    checkProbe('ar', 'ويشكل التونسيون 3 آلاف من المقاتلين الأجانب في سوريا.', [
      { v: [3000, 3000], pop: 'fighters', origin: ['TN'] },
    ]);
    checkProbe('ar', 'ويشكل المغاربة قرابة 1,500 من عناصر التنظيم الأجانب.', [
      { v: [1500, 1500], pop: 'fighters', origin: ['MA'] },
    ]);
  });
  it('a people noun for the subject keeps its own nationality', () => {
    checkProbe('ar', 'ويشكل الأطفال الأجانب 8 آلاف من سكان المخيم.', [
      { v: [8000, 8000], pop: 'children', origin: ['region:foreign'] },
    ]);
    checkProbe('ar', 'وتشكل النساء الروسيات 400 من قاطنات المخيم.', [
      { v: [400, 400], pop: 'women', origin: ['RU'] },
    ]);
  });
});

describe('Arabic: held by the group that took them is a captive state', () => {
  it('"مختطفات لدى", "مخطوفين لدى" after a verb of staying: status other', () => {
    checkProbe('ar', 'ولا تزال ثلاثة آلاف امرأة إيزيدية مختطفات لدى التنظيم.', [
      { v: [3000, 3000], pop: 'women', status: 'other' },
    ]);
    checkProbe('ar', 'ولا يزال 1,200 طفل إيزيدي مخطوفين لدى داعش.', [
      { v: [1200, 1200], pop: 'children', status: 'other' },
    ]);
  });
  it('a verb before the captives still says what befell them', () => {
    checkProbe('ar', 'وأعادت السلطات 40 طفلا مختطفا إلى ذويهم.', [
      { v: [40, 40], pop: 'children', status: 'returned' },
    ]);
    checkProbe('ar', 'وقتل التنظيم 17 مختطفا.', [{ v: [17, 17], pop: 'people', status: 'killed' }]);
  });
});

describe('Arabic: the sons of a tribe or a town are its people', () => {
  it('"أبناء عشيرة", "أبناء قبيلة": people', () => {
    checkProbe('ar', 'وأعدم التنظيم 17 شخصا من أبناء عشيرة الشعيطات.', [
      { v: [17, 17], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ar', 'وقتل 40 من أبناء قبيلة البونمر على يد التنظيم.', [
      { v: [40, 40], pop: 'people', status: 'killed' },
    ]);
  });
  it('the sons of fighters stay children', () => {
    checkProbe('ar', 'وأعادت روسيا 33 طفلا من أبناء المقاتلين.', [
      { v: [33, 33], pop: 'children', origin: ['RU'], status: 'returned' },
    ]);
  });
});

describe('Arabic: the patron of a force (الموالية لـ، المدعومة من) is not its origin', () => {
  it('loyal to, backed by', () => {
    checkProbe('ar', 'وقتل 14 عنصرا من الميليشيات الموالية لإيران في غارة على البوكمال.', [
      { v: [14, 14], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'وقتل 20 مقاتلا من الفصائل المدعومة من تركيا.', [
      { v: [20, 20], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('their own nationality stays', () => {
    checkProbe('ar', 'وقتل 20 مقاتلا إيرانيا في الغارة.', [
      { v: [20, 20], pop: 'fighters', origin: ['IR'], status: 'killed' },
    ]);
  });
});
