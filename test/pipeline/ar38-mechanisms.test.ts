// Arabic, round 38: the mechanisms the round's blind probes found wanting, each with sentences of its
// own and a counter-case where the rule must not fire.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: verbs of return in the feminine plural, after their subject', () => {
  it('أعدن، سلمن، أرجعن، رحلن، يعدن إلى: a return', () => {
    checkProbe('ar', 'وقالت السلطات إن 40 امرأة أعدن إلى طاجيكستان الشهر الماضي.', [
      { v: [40, 40], pop: 'women', origin: ['TJ'], status: 'returned', source: 'السلطات' },
    ]);
    checkProbe('ar', 'وأفادت الوزارة بأن 22 امرأة سلمن إلى سفارة بلادهن في بغداد.', [
      { v: [22, 22], pop: 'women', status: 'returned' },
    ]);
    checkProbe('ar', 'وتقول المنظمة إن 18 امرأة أرجعن من تركيا.', [
      { v: [18, 18], pop: 'women', status: 'returned', loc: ['TR'] },
    ]);
    checkProbe('ar', 'وذكرت الصحيفة أن 9 نساء يعدن إلى بلدانهن من مخيم روج.', [
      { v: [9, 9], pop: 'women', status: 'returned' },
    ]);
  });
  it('not a surrender (سلمن أنفسهن), nor يعدن without where to (they count the days)', () => {
    checkProbe('ar', 'وقالت الوزارة إن 12 امرأة سلمن أنفسهن للجيش في الباغوز.', [
      { v: [12, 12], pop: 'women', status: 'other' },
    ]);
    checkProbe('ar', 'وقال الأهالي إن 30 امرأة يعدن الأيام منذ اعتقال أزواجهن.', [
      { v: [30, 30], pop: 'women', not: 'returned' },
    ]);
  });
});

describe('Arabic: the finite verb of rehabilitation (أعاد تأهيل، أعيد دمج) is no return', () => {
  it('status other, and the agency of the source gives no origin', () => {
    checkProbe('ar', 'وأعاد المركز تأهيل 70 طفلا من المجندين السابقين.', [
      { v: [70, 70], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وأعيد تأهيل 45 قاصرا كانوا في صفوف حركة الشباب.', [
      { v: [45, 45], pop: 'children', status: 'other', aff: 'other' },
    ]);
    checkProbe('ar', 'وذكرت وكالة الأنباء السعودية أن 530 طفلا أعيد تأهيلهم.', [
      { v: [530, 530], pop: 'children', status: 'other', source: 'وكالة الأنباء السعودية' },
    ]);
  });
  it('a return before the count stays one when the care is said apart', () => {
    checkProbe('ar', 'وأعادت أوزبكستان 70 طفلا ثم جرى تأهيلهم في المدارس.', [
      { v: [70, 70], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأعادت أوزبكستان 70 طفلا وأعادت تأهيلهم في مراكز خاصة.', [
      { v: [70, 70], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
  });
});

describe('Arabic: digits with the article after a definite noun of things are its ordinal', () => {
  it('"الدفعة الـ12", "الرحلة الـ5", "الدفعة ال3" count no one', () => {
    checkProbe('ar', 'وتضم الدفعة الـ12 من العائدين 150 عائلة عراقية.', [
      { v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وضمت الرحلة الـ5 نحو 90 طفلا.', [{ v: [90, 90], pop: 'children' }]);
    checkProbe('ar', 'وكانت الدفعة ال3 من العائدين تضم 140 امرأة.', [{ v: [140, 140], pop: 'women' }]);
    checkProbe('ar', 'وهذه هي الرحلة الـ7 للأطفال العائدين إلى روسيا.', []);
  });
  it('after a noun of people, or before an indefinite one, they are a count', () => {
    checkProbe('ar', 'وعاد الأطفال الـ30 إلى ذويهم.', [{ v: [30, 30], pop: 'children', status: 'returned' }]);
    checkProbe('ar', 'وبقي في المخيم الـ 300 طفل الذين لم يعادوا.', [{ v: [300, 300], pop: 'children' }]);
    checkProbe('ar', 'وبين المعتقلين الـ120 أربع عشرة امرأة.', [
      { v: [120, 120], pop: 'people', status: 'detained' },
      { v: [14, 14], pop: 'women', status: 'detained' },
    ]);
  });
});

describe('Arabic: an age inside the frame "عدد ... N" is the count\'s', () => {
  it('"عدد الأطفال دون سن X / ممن تقل أعمارهم عن X ... N"', () => {
    checkProbe('ar', 'وبلغ عدد الأطفال دون سن الخامسة عشرة في المخيم 1200 طفل.', [
      { v: [1200, 1200], pop: 'children', age: [null, 14] },
    ]);
    checkProbe('ar', 'ووصل عدد القاصرين الذين تقل أعمارهم عن 18 عاما في السجون إلى 650 قاصرا.', [
      { v: [650, 650], pop: 'children', status: 'detained', age: [null, 17] },
    ]);
    checkProbe('ar', 'ويبلغ عدد الأطفال ممن هم دون 12 عاما في المخيم 9 آلاف.', [
      { v: [9000, 9000], pop: 'children', age: [null, 11] },
    ]);
  });
  it('the same frame in English, French and Russian', () => {
    checkProbe('en', 'The number of children under 12 in the camp stands at 9,000.', [
      { v: [9000, 9000], pop: 'children', age: [null, 11] },
    ]);
    checkProbe('fr', "Le nombre d'enfants de moins de 12 ans dans le camp atteint 9 000.", [
      { v: [9000, 9000], pop: 'children', age: [null, 11] },
    ]);
    checkProbe('ru', 'Число детей младше 12 лет в лагере достигло 9 тысяч.', [
      { v: [9000, 9000], pop: 'children', age: [null, 11] },
    ]);
  });
  it("not the youngest's age, nor an age said of most of them after the count", () => {
    checkProbe('ar', 'وبلغ عدد الأطفال في المخيم، وأصغرهم في الثالثة، 1200 طفل.', [
      { v: [1200, 1200], pop: 'children', age: [null, null] },
    ]);
    checkProbe('ar', 'وبلغ عدد الأطفال في المخيم 300 طفل، معظمهم دون سن العاشرة.', [
      { v: [300, 300], pop: 'children', age: [null, null] },
    ]);
  });
});

describe('Arabic: a headline opens with a one-word speaker the pack knows, before a colon', () => {
  it('"اليونيسف:", "الداخلية:", "المرصد:" name who gives the count', () => {
    checkProbe('ar', 'اليونيسف: 4 آلاف طفل أجنبي عالقون في شمال شرق سوريا', [
      { v: [4000, 4000], pop: 'children', origin: ['region:foreign'], status: 'present', source: 'اليونيسف' },
    ]);
    checkProbe('ar', 'الداخلية: اعتقال 40 عنصرا من داعش في كركوك', [
      { v: [40, 40], pop: 'fighters', status: 'detained', aff: 'isis', source: 'الداخلية' },
    ]);
    checkProbe('ar', 'المرصد: مقتل 23 مسلحا من هيئة تحرير الشام في ريف إدلب', [
      { v: [23, 23], pop: 'fighters', status: 'killed', aff: 'al-nusra', source: 'المرصد' },
    ]);
  });
  it('not a label ("عاجل:", "بالأرقام:"), a place or a group, nor a sentence with its full stop', () => {
    checkProbe('ar', 'عاجل: مقتل 12 عنصرا من داعش في غارة جوية', [
      { v: [12, 12], pop: 'fighters', status: 'killed', source: null },
    ]);
    checkProbe('ar', 'بالأرقام: 3 آلاف طفل أجنبي في مخيمات قسد', [
      { v: [3000, 3000], pop: 'children', origin: ['region:foreign'], source: null },
    ]);
    checkProbe('ar', 'العراق: عودة 150 عائلة من الهول', [{ v: [150, 150], pop: 'families', source: null }]);
    checkProbe('ar', 'داعش: 40 طفلا في معسكرات التدريب', [{ v: [40, 40], pop: 'children', source: null }]);
  });
});

describe('Arabic: nationalities counted (N جنسية) count no one', () => {
  it('"من 50 جنسية" after a count in a number-of frame is no second count', () => {
    checkProbe('ar', 'ويبلغ عدد المقاتلين المحتجزين نحو 2000 مقاتل من 50 جنسية.', [
      { v: [2000, 2000], pop: 'fighters', status: 'detained' },
    ]);
    checkProbe('ar', 'وبلغ عدد المقاتلين الأجانب لدى قسد نحو ٢٠٠٠ مقاتل من ٥٠ جنسية.', [
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] },
    ]);
    checkProbe('ar', 'ويعيش في المخيم 10 آلاف أجنبي يحملون 60 جنسية.', [
      { v: [10000, 10000], pop: 'people', origin: ['region:foreign'], status: 'present' },
    ]);
  });
  it('the nationality named with the article after a count stays its origin', () => {
    checkProbe('ar', 'وأعيد 40 امرأة من الجنسية الروسية.', [
      { v: [40, 40], pop: 'women', origin: ['RU'], status: 'returned' },
    ]);
  });
});

describe('Arabic: the verbal noun استشهاد (martyrdom) is a death', () => {
  it('in a toll and a headline', () => {
    checkProbe('ar', 'وأسفر الهجوم عن استشهاد 7 جنود وإصابة 11 آخرين.', [
      { v: [7, 7], pop: 'fighters', status: 'killed' },
      { v: [11, 11], pop: 'fighters', status: 'other' },
    ]);
    checkProbe('ar', 'وأسفر القصف عن استشهاد 12 مدنيا بينهم 5 أطفال.', [
      { v: [12, 12], pop: 'people', status: 'killed' },
      { v: [5, 5], pop: 'children', status: 'killed' },
    ]);
    checkProbe('ar', 'استشهاد 5 جنود في هجوم لداعش على نقطة عسكرية', [
      { v: [5, 5], pop: 'fighters', status: 'killed', aff: 'isis' },
    ]);
  });
  it("not of a count in another clause (a leader's death before the count)", () => {
    checkProbe('ar', 'وبعد استشهاد قائدهم في الغارة، سلم 40 مقاتلا أنفسهم للجيش.', [
      { v: [40, 40], pop: 'fighters', status: 'other' },
    ]);
    checkProbe('ar', 'وانشق 40 مقاتلا عن الجماعة بعد استشهاد قائدهم.', [
      { v: [40, 40], pop: 'fighters', not: 'killed' },
    ]);
  });
});

describe('Two nouns of people joined in a number-of frame count people', () => {
  it('"عدد النساء والأطفال … N", "the number of women and children … N"', () => {
    checkProbe('ar', 'وبلغ عدد النساء والأطفال الأجانب في القسم الخاص بالمهاجرات 10 آلاف و500 شخص.', [
      { v: [10500, 10500], pop: 'people', status: 'present' },
    ]);
    checkProbe('ar', 'وبلغ عدد الأطفال والنساء في المخيم 5000.', [{ v: [5000, 5000], pop: 'people' }]);
    checkProbe('ar', 'ويبلغ عدد النساء وأطفالهن في المخيم 900 شخص.', [{ v: [900, 900], pop: 'people' }]);
    checkProbe('en', 'The number of women and children held in the camp stands at 10,500.', [
      { v: [10500, 10500], pop: 'people' },
    ]);
  });
  it('one noun in the frame keeps its population', () => {
    checkProbe('ar', 'وبلغ عدد الأطفال الأجانب في المخيم 7000 طفل.', [
      { v: [7000, 7000], pop: 'children', origin: ['region:foreign'] },
    ]);
    checkProbe('ar', 'وبلغ عدد النساء من أسر المقاتلين في المخيم 3000.', [{ v: [3000, 3000], pop: 'women' }]);
  });
});

describe("A to-place of a return said of the count before is not the next count's origin", () => {
  it('"45 إلى طاجيكستان و30 إلى أوزبكستان": each count its own country', () => {
    checkProbe('ar', 'وأعيد 45 طفلا إلى طاجيكستان و30 إلى أوزبكستان.', [
      { v: [45, 45], pop: 'children', origin: ['TJ'], status: 'returned' },
      { v: [30, 30], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وتوزع الأطفال العائدون: 45 طفلا إلى طاجيكستان و30 إلى أوزبكستان.', [
      { v: [45, 45], pop: 'children', origin: ['TJ'] },
      { v: [30, 30], pop: 'children', origin: ['UZ'] },
    ]);
    checkProbe('en', '45 children were returned to Tajikistan and 30 to Uzbekistan.', [
      { v: [45, 45], pop: 'children', origin: ['TJ'] },
      { v: [30, 30], pop: 'children', origin: ['UZ'] },
    ]);
  });
  it("a to-place fronted in the count's own clause stays its origin", () => {
    checkProbe('ar', 'وإلى طاجيكستان أعيد 30 طفلا.', [{ v: [30, 30], pop: 'children', origin: ['TJ'] }]);
  });
});

describe("Arabic: a verb past a comma that opens a later count's clause is that count's", () => {
  it('"اعتقلت … 320، أفرج لاحقا عن 70 منهم": the arrest stays the 320\'s', () => {
    checkProbe('ar', 'واعتقلت القوات الأمنية خلال الحملة 320 مشتبها به، أفرج لاحقا عن 70 منهم.', [
      { v: [320, 320], pop: 'people', status: 'detained' },
      { v: [70, 70], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وتحتجز قسد 320 طفلا في المخيم، قتل 20 منهم في القصف.', [
      { v: [320, 320], pop: 'children', status: 'present' },
      { v: [20, 20], pop: 'children', status: 'killed' },
    ]);
    checkProbe('ar', 'وأعادت أوزبكستان 98 طفلا، أودع 40 منهم في دور الأيتام.', [
      { v: [98, 98], pop: 'children', origin: ['UZ'], status: 'returned' },
      { v: [40, 40], pop: 'children', origin: ['UZ'] },
    ]);
  });
  it('not with no count after the verb (a year is none): the verb before stays', () => {
    checkProbe('ar', 'وأعيد 45 طفلا، قتل آباؤهم في سوريا عام 2018.', [
      { v: [45, 45], pop: 'children', status: 'returned' },
    ]);
  });
});

describe('Arabic: executions carried out (نفذ إعدامات، إعدامات ميدانية) are deaths', () => {
  it('the plural verbal noun with its verb or its adjective', () => {
    checkProbe('ar', 'ونفذت الجماعة إعدامات ميدانية طالت 13 شابا.', [
      { v: [13, 13], pop: 'men', status: 'killed' },
    ]);
    checkProbe('ar', 'ووثق المرصد إعدامات ميدانية طالت 9 مدنيين في الرقة.', [
      { v: [9, 9], pop: 'people', status: 'killed', loc: ['SY'] },
    ]);
  });
  it('not executions called to a halt: the condemned are not dead', () => {
    checkProbe('ar', 'وطالبت المنظمة بوقف الإعدامات بحق 12 معتقلا.', [
      { v: [12, 12], pop: 'people', not: 'killed' },
    ]);
  });
});
