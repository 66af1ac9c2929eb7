// Arabic, seventeenth round: the mechanisms behind the gaps the blind ar17 probes showed, each pinned
// with sentences of its own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: thousands said in a word take a partitive noun', () => {
  it('the dual of a thousand (ألفين) opens with the letters of the article, but bears none', () => {
    checkProbe('ar', 'وسلم ألفين من عناصر الحركة أنفسهم للجيش.', [
      { v: [2000, 2000], pop: 'fighters', status: 'other' },
    ]);
  });
  it('a compound thousand (ألفان وخمسمائة) too', () => {
    checkProbe('ar', 'وفر ألفان وخمسمائة من المقاتلين إلى الجبال.', [{ v: [2500, 2500], pop: 'fighters' }]);
  });
  it('a thousand alone (ألف)', () => {
    checkProbe('ar', 'وقتل ألف من المسلحين في المعارك.', [
      { v: [1000, 1000], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('a numeral with the article still takes no partitive noun', () => {
    checkProbe('ar', 'ووصلت الدفعة الأربعون من العائلات إلى المخيم.', []);
  });
  it('the definite thousand after a definite noun is post-posed', () => {
    checkProbe('ar', 'وأفرج عن المعتقلين الألفين في الصيف.', [{ v: [2000, 2000], pop: 'people' }]);
  });
});

describe('Arabic: a post-posed numeral after a noun with the dual pronoun (هما)', () => {
  it('their (two) children, the four of them', () => {
    checkProbe('ar', 'ونقل الزوجان وأطفالهما الأربعة إلى مخيم آخر.', [{ v: [4, 4], pop: 'children' }]);
  });
});

describe('A spelled number right after a year is a count', () => {
  it('Arabic: "in 2019 eight fighters"', () => {
    checkProbe('ar', 'وتسلمت السلطات في 2018 تسعة مقاتلين من الحدود.', [
      { v: [9, 9], pop: 'fighters', status: 'returned' },
    ]);
  });
  it('a number word after other digits is still their unit (بالمئة)', () => {
    checkProbe('ar', 'وقالت المنظمة إن 40 بالمئة من الأطفال المجندين فتيات.', []);
  });
});

describe('Arabic: a year-like number a "number of" frame reaches is its count', () => {
  it('the frame noun first, then "reached"', () => {
    checkProbe('ar', 'وأكد التقرير أن عدد القاصرين المجندين بلغ 1980.', [
      { v: [1980, 1980], pop: 'children', status: 'joined' },
    ]);
  });
  it('"rose to"', () => {
    checkProbe('ar', 'وارتفع عدد المعتقلين الأجانب إلى 2050.', [
      { v: [2050, 2050], pop: 'people', origin: ['region:foreign'], status: 'detained' },
    ]);
  });
  it('with a hedge in the number phrase', () => {
    checkProbe('ar', 'وتقدر السلطات عدد المقاتلين في الجبال بحوالي 2000.', [
      { v: [2000, 2000], pop: 'fighters' },
    ]);
  });
  it('the verb before the frame: "the number of X reached N"', () => {
    checkProbe('ar', 'وبلغ عدد المفقودين 1995 وفق اللجنة.', [{ v: [1995, 1995], pop: 'people' }]);
  });
  it('a year after a time word in the frame stays a year', () => {
    checkProbe('ar', 'وبلغ عدد المفقودين منذ 2015 نحو 90 شخصا.', [{ v: [90, 90], pop: 'people' }]);
  });
  it('the end of a range of years stays a year', () => {
    checkProbe('ar', 'وتضاعف عدد المعتقلين من 2014 إلى 2017.', []);
  });
});

describe('Arabic: sentenced to death, said with the ruling as a noun', () => {
  it('a death sentence (حكما بإعدام) is a conviction, not a death', () => {
    checkProbe('ar', 'وأصدر القضاء حكما بإعدام 9 روس بتهمة الانتماء إلى التنظيم.', [
      { v: [9, 9], pop: 'people', origin: ['RU'], status: 'detained' },
    ]);
  });
});

describe('Arabic: barred from travelling (منع) is status other', () => {
  it('the authorities barred young men from leaving', () => {
    checkProbe('ar', 'ومنعت الشرطة 450 شابا مغربيا من مغادرة البلاد.', [
      { v: [450, 450], pop: 'men', origin: ['MA'], status: 'other' },
    ]);
  });
});

describe('Arabic: a Houthi (حوثي) counted by the nisba is a member of an armed group', () => {
  it('killed Houthis', () => {
    checkProbe('ar', 'وأعلن التحالف مقتل 31 حوثيا في غارات على صعدة.', [
      { v: [31, 31], pop: 'fighters', status: 'killed', aff: 'other' },
    ]);
  });
});

describe('Arabic: the accusative of "one" in a compound number', () => {
  it('واحدا وثلاثين is 31', () => {
    checkProbe('ar', 'وجندت الميليشيا واحدا وثلاثين قاصرا في القرية.', [
      { v: [31, 31], pop: 'children', status: 'joined' },
    ]);
  });
});

describe('The count ends the speaker of a counting verb', () => {
  it('Arabic, a spelled count after the subject', () => {
    checkProbe('ar', 'ورصدت الشبكة أربعين طفلا في معسكرات التدريب.', [
      { v: [40, 40], pop: 'children', source: 'الشبكة' },
    ]);
  });
  it('Arabic, digits after the subject', () => {
    checkProbe('ar', 'ورصدت الشبكة 40 طفلا في معسكرات التدريب.', [
      { v: [40, 40], pop: 'children', source: 'الشبكة' },
    ]);
  });
  it('a count after a preposition describes the speaker and is no claim', () => {
    checkProbe('ru', '«Лагеря открыты всё лето», — заявила комиссия из пяти человек.', []);
  });
});

describe('Arabic: a nationality in the name of who did it is not the count’s origin', () => {
  it('"the national Somali army (98)" in a breakdown by actor', () => {
    checkProbe('ar', 'وجند 500 طفل، من جانب الميليشيات (402)، والجيش الوطني الأفغاني (98).', [
      { v: [500, 500], pop: 'children', status: 'joined' },
      { v: [402, 402], pop: 'children', status: 'joined' },
      { v: [98, 98], pop: 'children', origin: [], status: 'joined' },
    ]);
  });
  it('people named by their nationality in brackets keep it', () => {
    checkProbe('ar', 'وانضم 5 آلاف مقاتل أجنبي، بينهم الليبيون (2400).', [
      { v: [5000, 5000], pop: 'fighters', origin: ['region:foreign'], status: 'joined' },
      { v: [2400, 2400], pop: 'fighters', origin: ['LY'], status: 'joined' },
    ]);
  });
});

describe('Arabic: "of belonging" (بالانتماء) names a charge, not the joining', () => {
  it('convicted of belonging to the group', () => {
    checkProbe('ar', 'وأدانت محكمة الجنايات 8 سويديين بالانتماء إلى التنظيم.', [
      { v: [8, 8], pop: 'people', origin: ['SE'], status: 'detained' },
    ]);
  });
  it('joining said with a finite verb is still joining', () => {
    checkProbe('ar', 'وانضم 8 سويديين إلى التنظيم.', [
      { v: [8, 8], pop: 'people', origin: ['SE'], status: 'joined' },
    ]);
  });
});

describe('Arabic: women and their children (وأطفالهن) count the women', () => {
  it('the possessed noun goes with them uncounted', () => {
    checkProbe('ar', 'وتسلمت ألمانيا 9 نساء وأطفالهن من مخيم روج.', [
      { v: [9, 9], pop: 'women', origin: ['DE'], status: 'returned' },
    ]);
  });
  it('women and children, with no pronoun, are counted together', () => {
    checkProbe('ar', 'وتسلمت ألمانيا 9 نساء وأطفال من مخيم روج.', [
      { v: [9, 9], pop: 'people', origin: ['DE'], status: 'returned' },
    ]);
  });
});

describe('Arabic: a partitive after its verb, with adjuncts before the number', () => {
  it('returned of them, to the country, so far, 300', () => {
    checkProbe('ar', 'وسافر نحو 700 مغربي إلى العراق، وعاد منهم إلى المغرب حتى اليوم 120.', [
      { v: [700, 700], pop: 'people', origin: ['MA'], status: 'joined' },
      { v: [120, 120], pop: 'people', origin: ['MA'], status: 'returned' },
    ]);
  });
  it('a person noun between is the count’s own', () => {
    checkProbe('ar', 'وسافر نحو 700 مغربي إلى العراق، واعتقل منهم في تركيا 35 شابا.', [
      { v: [700, 700], pop: 'people', origin: ['MA'], status: 'joined' },
      { v: [35, 35], pop: 'men', origin: ['MA'], status: 'detained' },
    ]);
  });
});

describe('Arabic: "two" in a word after an indefinite noun (إرهابيين اثنين)', () => {
  it('counts that noun, and takes no origin from the count before', () => {
    checkProbe('ar', 'وقتل أربعة شرطيين عراقيين، فيما قتلت القوات مسلحين اثنين.', [
      { v: [4, 4], pop: 'fighters', origin: ['IQ'], status: 'killed' },
      { v: [2, 2], pop: 'fighters', origin: [], status: 'killed' },
    ]);
  });
  it('before a partitive it is a part of them', () => {
    checkProbe('ar', 'وأوقفت الشرطة 9 أشخاص، اثنان منهم قاصران.', [
      { v: [9, 9], pop: 'people', status: 'detained' },
      { v: [2, 2], pop: 'children', status: 'detained' },
    ]);
  });
});

describe('Arabic: put an end to (القضاء على) is killed', () => {
  it('the army announced it had put an end to 15 gunmen', () => {
    checkProbe('ar', 'وأعلن الجيش القضاء على 15 مسلحا في الغابة.', [
      { v: [15, 15], pop: 'fighters', status: 'killed', source: null },
    ]);
  });
});
