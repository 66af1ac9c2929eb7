// Arabic, twenty-third round: the mechanisms behind the defects the round's blind probes found, each
// pinned with sentences of its own (unit level: one rule, its limits).
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a bound verb before a "number of" frame bounds the frame\'s number', () => {
  it('لا يقل عدد X عن N: at least', () => {
    checkProbe('ar', 'ولا يقل عدد القتلى في الهجوم عن 40 شخصا.', [{ v: [40, null], pop: 'people' }]);
  });
  it('لا يقل عددهم عن N: the frame with a pronoun', () => {
    checkProbe('ar', 'ولا يقل عددهم عن 300 شخص.', [{ v: [300, null], pop: 'people' }]);
  });
  it('يزيد عدد X عن N, with the number alone: more than', () => {
    checkProbe('ar', 'ويزيد عدد المعتقلين في السجن عن 5 آلاف.', [{ v: [5000, null], pop: 'people' }]);
  });
  it('لا تزيد أعداد X على N: at most', () => {
    checkProbe('ar', 'ولا تزيد أعداد المقاتلين في البلدة على 150 مقاتلا.', [
      { v: [null, 150], pop: 'fighters' },
    ]);
  });
  it('the verb without a frame leaves a number after it as it is', () => {
    checkProbe('ar', 'وقال يزيد 12 طفلا عادوا إلى القرية.', [{ v: [12, 12], pop: 'children' }]);
  });
});

describe('Arabic: "N DEMONYM من عائلات": the nationality is the head, the families a descriptor', () => {
  it('من عائلات after a nisba in the accusative', () => {
    checkProbe('ar', 'وتسلمت السلطات 45 أوزبكيا من عائلات المقاتلين.', [
      { v: [45, 45], pop: 'people', origin: ['UZ'] },
    ]);
  });
  it('the family noun counted itself stays families', () => {
    checkProbe('ar', 'وعادت 50 عائلة عراقية من مخيم الهول.', [
      { v: [50, 50], pop: 'families', origin: ['IQ'] },
    ]);
  });
  it('a generic noun before من عائلات keeps its own population', () => {
    checkProbe('ar', 'وعاد 300 شخص من عائلات المقاتلين.', [{ v: [300, 300], pop: 'people' }]);
  });
});

describe('Arabic: a return verb with the future prefix س is a return to come, made by the state named', () => {
  it('سيعيد العراق: the state is their origin; the status is not returned', () => {
    checkProbe('ar', 'وسيعيد العراق 500 شخص من مخيم الهول.', [
      { v: [500, 500], pop: 'people', origin: ['IQ'], not: 'returned' },
    ]);
  });
  it('ستعيد with a glued و and a nisba noun', () => {
    checkProbe('ar', 'وستعيد قيرغيزستان 70 طفلا.', [
      { v: [70, 70], pop: 'children', origin: ['KG'], not: 'returned' },
    ]);
  });
  it('a verb that only starts with س is no future return (سافر)', () => {
    checkProbe('ar', 'وسافر 40 مغربيا إلى سوريا.', [
      { v: [40, 40], pop: 'people', origin: ['MA'], status: 'joined' },
    ]);
  });
  it('سوف and لن before the verb: not returned yet', () => {
    checkProbe('ar', 'وسوف تستعيد روسيا 25 طفلا.', [
      { v: [25, 25], pop: 'children', origin: ['RU'], not: 'returned' },
    ]);
    checkProbe('ar', 'ولن تستعيد بريطانيا 20 امرأة.', [
      { v: [20, 20], pop: 'women', origin: ['GB'], not: 'returned' },
    ]);
  });
});

describe('Arabic: a capital as the subject right after the return verb stands for its state', () => {
  it('أعادت لندن', () => {
    checkProbe('ar', 'وأعادت لندن 4 أطفال أيتام.', [{ v: [4, 4], pop: 'children', origin: ['GB'] }]);
  });
  it('a capital after a preposition is no subject', () => {
    checkProbe('ar', 'ونقل 30 طفلا إلى باريس.', [{ v: [30, 30], pop: 'children' }]);
  });
  it("a capital that is not the return's subject gives no origin", () => {
    checkProbe('ar', 'وقتل 12 شخصا في هجوم قرب باماكو.', [{ v: [12, 12], pop: 'people' }]);
  });
});

describe('Arabic: the definite passive participle of أعاد is a return', () => {
  it('النساء المعادات', () => {
    checkProbe('ar', 'وكانت بين النساء المعادات 9 أمهات.', [{ v: [9, 9], pop: 'women', status: 'returned' }]);
  });
  it('without the article it may be hostile: no status from it', () => {
    checkProbe('ar', 'وقتل 15 مسلحا معادين للحكومة.', [{ v: [15, 15], pop: 'fighters', status: 'killed' }]);
  });
});

describe("Arabic: a person noun that opens a group's name is the members' noun", () => {
  it('N على الأقل من مقاتلي الشباب: counted, bounded, the group named', () => {
    checkProbe('ar', 'وأسر الجيش 9 على الأقل من مسلحي الشباب.', [
      { v: [9, null], pop: 'fighters', aff: 'other', status: 'detained' },
    ]);
  });
  it('N NOUN-of-group with a bound after the noun', () => {
    checkProbe('ar', 'وقتل 30 من مقاتلي الشباب على الأقل.', [
      { v: [30, null], pop: 'fighters', aff: 'other' },
    ]);
  });
  it('a word inside a name, not opening it, is still no count (حزب العمال)', () => {
    checkProbe('ar', 'وقتل 6 من عناصر حزب العمال الكردستاني.', [{ v: [6, 6], pop: 'fighters' }]);
  });
});

describe('Arabic: the resumptive به/بها after a reporting verb is not the speaker', () => {
  it('بحسب ما أفاد به', () => {
    checkProbe('ar', 'وأعيد 60 طفلا إلى تونس، بحسب ما أفاد به مسؤول في الوزارة.', [
      { v: [60, 60], pop: 'children', origin: ['TN'], source: 'مسؤول في الوزارة' },
    ]);
  });
  it('حسبما أدلت به', () => {
    checkProbe('ar', 'وقتل 14 جنديا حسبما أدلت به مصادر عسكرية.', [
      { v: [14, 14], pop: 'fighters', source: 'مصادر عسكرية' },
    ]);
  });
});

describe('Arabic: a court "ruled with the execution of" N: sentenced, not killed', () => {
  it('حكمت محكمة X بإعدام N', () => {
    checkProbe('ar', 'وحكمت محكمة في بغداد بإعدام 6 روس.', [
      { v: [6, 6], pop: 'people', origin: ['RU'], status: 'detained' },
    ]);
  });
  it('an execution carried out stays a killing', () => {
    checkProbe('ar', 'وأعدم التنظيم 9 أسرى.', [{ v: [9, 9], pop: 'people', status: 'killed' }]);
  });
});

describe('Arabic: a subject pronoun after the count says their nationality (جميعهم، كلهم، وهم)', () => {
  it('after the Arabic comma', () => {
    checkProbe('ar', 'وأعيد 45 طفلا، كلهم مغاربة.', [{ v: [45, 45], pop: 'children', origin: ['MA'] }]);
  });
  it('right after the counted noun, no comma', () => {
    checkProbe('ar', 'وتسلمت السلطات 16 امرأة جميعهن من تونس.', [
      { v: [16, 16], pop: 'women', origin: ['TN'] },
    ]);
  });
  it('"most of them" says nothing of all', () => {
    checkProbe('ar', 'وأعيد 80 شخصا، معظمهم تونسيون.', [{ v: [80, 80], pop: 'people' }]);
  });
});

describe('Arabic: "others" that the counted people act on are other people', () => {
  it('N مسلحين يقتادون M آخرين: the others are people', () => {
    checkProbe('ar', 'ويظهر في المقطع خمسة مقاتلين يحرسون أربعة آخرين.', [
      { v: [5, 5], pop: 'fighters' },
      { v: [4, 4], pop: 'people' },
    ]);
  });
  it('with a conjunction the others are more of the same people', () => {
    checkProbe('ar', 'وقتلت القوات 8 مسلحين واعتقلت 5 آخرين.', [
      { v: [8, 8], pop: 'fighters', status: 'killed' },
      { v: [5, 5], pop: 'fighters', status: 'detained' },
    ]);
  });
  it('a nisba between is no verb', () => {
    checkProbe('ar', 'وقتل 5 جنود تونسيين 3 آخرين.', [
      { v: [5, 5], pop: 'fighters', origin: ['TN'] },
      { v: [3, 3], pop: 'fighters', origin: ['TN'] },
    ]);
  });
});

describe('Arabic: a year-like number right before "من" and a noun of people is a count', () => {
  it('2000 من مقاتليها', () => {
    checkProbe('ar', 'وقتل 2000 من مقاتليها في المعارك.', [
      { v: [2000, 2000], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('1998 من الأطفال', () => {
    checkProbe('ar', 'وأعيد 1998 من الأطفال إلى ذويهم.', [{ v: [1998, 1998], pop: 'children' }]);
  });
  it('after a time word it stays a year', () => {
    checkProbe('ar', 'ومنذ عام 2014 من المقاتلين عاد 40 شخصا.', [{ v: [40, 40], pop: 'people' }]);
  });
});

describe('Arabic: bare أعمار in construct before a count of people does not make it an age', () => {
  it('أعمار N طفلا تتراوح', () => {
    checkProbe('ar', 'وأوضح أن أعمار 25 طفلا من العائدين دون العاشرة.', [{ v: [25, 25], pop: 'children' }]);
  });
  it('with its pronoun it is still an age', () => {
    checkProbe('ar', 'وأعيد 9 أطفال أعمارهم 12 عاما.', [{ v: [9, 9], pop: 'children' }]);
  });
});

describe('Arabic: fighters, soldiers and men with a possessive suffix (مسلحيه، جنودها، رجاله)', () => {
  it('N من مسلحيه', () => {
    checkProbe('ar', 'وخسر التنظيم 45 من مسلحيه في المعركة.', [{ v: [45, 45], pop: 'fighters' }]);
  });
  it('N من رجاله: men', () => {
    checkProbe('ar', 'وقتل 7 من رجاله في الكمين.', [{ v: [7, 7], pop: 'men', status: 'killed' }]);
  });
  it("a state's own soldiers are of that state", () => {
    checkProbe('ar', 'وأعلنت أوغندا مقتل 19 من جنودها في الصومال.', [
      { v: [19, 19], pop: 'fighters', origin: ['UG'], status: 'killed' },
    ]);
  });
  it("a group's own fighters take no origin from it", () => {
    checkProbe('ar', 'وأعلنت حركة الشباب مقتل 30 من مقاتليها.', [
      { v: [30, 30], pop: 'fighters', aff: 'other' },
    ]);
  });
});

describe('Arabic: leaders of a group, sworn members, supporters, sailors', () => {
  it('قادة التنظيم: fighters; قادتها with its suffix', () => {
    checkProbe('ar', 'واعتقل الأمن 3 من قادة الحركة و5 من قادتها الميدانيين.', [
      { v: [3, 3], pop: 'fighters', status: 'detained' },
      { v: [5, 5], pop: 'fighters', status: 'detained' },
    ]);
  });
  it('tribal leaders are no count of the conflict', () => {
    checkProbe('ar', 'واجتمع 5 من قادة القبائل في المدينة.', []);
  });
  it('أنصار: people; the group أنصار الشريعة keeps its name', () => {
    checkProbe('ar', 'واعتقلت الشرطة 14 من أنصار التنظيم.', [
      { v: [14, 14], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'وقتل 20 من عناصر أنصار الشريعة.', [{ v: [20, 20], pop: 'fighters', aff: 'other' }]);
  });
  it('منتسبين: fighters', () => {
    checkProbe('ar', 'وانشق 30 منتسبا عن الحركة.', [{ v: [30, 30], pop: 'fighters' }]);
  });
  it('بحارة taken by a group: people', () => {
    checkProbe('ar', 'واحتجز الحوثيون 14 بحارا.', [{ v: [14, 14], pop: 'people' }]);
  });
});

describe('Arabic: a nationality counted right after a month is a count, not a date', () => {
  it('في أبريل 300 عراقي', () => {
    checkProbe('ar', 'وعاد في مارس 120 تونسيا.', [
      { v: [120, 120], pop: 'people', origin: ['TN'], status: 'returned' },
    ]);
  });
  it('a day and its month before the count', () => {
    checkProbe('ar', 'وغادر الهول في 12 أبريل 300 عراقي.', [
      { v: [300, 300], pop: 'people', origin: ['IQ'], status: 'returned' },
    ]);
  });
  it('a year after a month stays a year', () => {
    checkProbe('ar', 'وفي أبريل 2019 عاد 40 طفلا.', [{ v: [40, 40], pop: 'children' }]);
  });
});

describe('Arabic: leaving a camp named by its name (غادر الهول) is going home from it', () => {
  it('غادر روج', () => {
    checkProbe('ar', 'وغادرت روج 25 امرأة.', [{ v: [25, 25], pop: 'women', status: 'returned' }]);
  });
  it('leaving a country is still going', () => {
    checkProbe('ar', 'وغادر تونس 300 شاب للقتال.', [
      { v: [300, 300], pop: 'men', origin: ['TN'], status: 'joined' },
    ]);
  });
});

describe('Arabic: a verb of arrival reaches its count past when and a subject', () => {
  it('وصلت يوم الخميس طائرة تقل N إلى CAPITAL: a return, of that state', () => {
    checkProbe('ar', 'ووصلت صباح الاثنين طائرة تقل 57 طفلا إلى طشقند.', [
      { v: [57, 57], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
  });
});
