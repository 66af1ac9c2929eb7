// Round 30: the same facts said in English, French, Russian and Arabic came out differently; each
// mechanism below was fixed where a language lagged, and is pinned here with sentences of our own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a nationality noun of both genders counts women when its predicate is feminine', () => {
  it('after a collective numeral as after digits', () => {
    checkProbe('fr', 'Une trentaine de Kirghizes sont détenues dans le camp de Roj.', [
      { v: [30, 30], pop: 'women', origin: ['KG'], status: 'present' },
    ]);
    checkProbe('fr', 'Une vingtaine de Tchétchènes ont été arrêtées à leur retour.', [
      { v: [20, 20], pop: 'women', origin: ['RU'], status: 'detained' },
    ]);
  });
  it('a masculine predicate leaves people', () => {
    checkProbe('fr', 'Une trentaine de Kirghizes sont détenus dans le camp de Roj.', [
      { v: [30, 30], pop: 'people', origin: ['KG'] },
    ]);
  });
});

describe('ru: feminine nationality nouns in -зка and -дка name women', () => {
  it('киргизка, шведка in the genitive plural', () => {
    checkProbe('ru', 'Из Сирии вернулись 20 киргизок.', [
      { v: [20, 20], pop: 'women', origin: ['KG'], status: 'returned' },
    ]);
    checkProbe('ru', 'В Стокгольм доставили 12 шведок.', [{ v: [12, 12], pop: 'women', origin: ['SE'] }]);
    checkProbe('ru', 'Полиция задержала 8 кыргызок на границе.', [
      { v: [8, 8], pop: 'women', origin: ['KG'], status: 'detained' },
    ]);
  });
  it('турок (a man’s plural) and киргизов stay people', () => {
    checkProbe('ru', 'В Сирии погибли 12 турок.', [{ v: [12, 12], pop: 'people', origin: ['TR'] }]);
    checkProbe('ru', 'Пятеро киргизов задержаны.', [{ v: [5, 5], pop: 'people', origin: ['KG'] }]);
  });
});

describe('the missing are neither present nor held', () => {
  it('en: missing and unaccounted for, after a verb of staying too', () => {
    checkProbe('en', 'Some 1,900 Yazidi women and children remain missing.', [
      { v: [1900, 1900], pop: 'people', status: 'other' },
    ]);
    checkProbe('en', 'Eleven Iraqi soldiers are still unaccounted for.', [
      { v: [11, 11], pop: 'fighters', origin: ['IQ'], status: 'other' },
    ]);
    checkProbe('en', 'The fate of 35 boys who disappeared near Mosul is unknown.', [
      { v: [35, 35], pop: 'children', status: 'other' },
    ]);
  });
  it('en: staying in a camp stays present', () => {
    checkProbe('en', 'About 500 children remain in the camp near Hasakah.', [
      { v: [500, 500], pop: 'children', status: 'present' },
    ]);
  });
  it('ar: counted among the missing, their fate unknown, after لا يزال', () => {
    checkProbe('ar', 'لا يزال 35 طفلا في عداد المفقودين.', [
      { v: [35, 35], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'ولا يزال 120 مختطفا مصيرهم مجهولا.', [
      { v: [120, 120], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'لا يزال 500 طفل في المخيم بعد اختفاء ذويهم.', [
      { v: [500, 500], pop: 'children', status: 'present' },
    ]);
  });
});

describe('a status word inside the speaker’s name says nothing of the people counted', () => {
  it('ar: an organisation named after rescue', () => {
    checkProbe('ar', 'يوجد نحو 25 ألف طفل أجنبي في مخيمات الحسكة، بحسب منظمة أنقذوا الأطفال.', [
      {
        v: [25000, 25000],
        pop: 'children',
        origin: ['region:foreign'],
        status: 'present',
        source: 'منظمة أنقذوا الأطفال',
      },
    ]);
  });
  it('en and fr: speakers named after detainees or returnees', () => {
    checkProbe(
      'en',
      'Some 300 children live in the camp, according to the Committee for Returned Fighters.',
      [{ v: [300, 300], pop: 'children', status: 'present' }],
    );
    checkProbe(
      'fr',
      "Quelque 300 enfants vivent dans le camp, selon l'association des familles de détenus.",
      [{ v: [300, 300], pop: 'children', status: 'present' }],
    );
  });
});

describe('a year-like number that a "number of" frame reaches through its verb is the count', () => {
  it('en, fr, ru: stands at, s’élève à, составляет', () => {
    checkProbe('en', 'The number of Kyrgyz fighters in Syria now stands at 2000.', [
      { v: [2000, 2000], pop: 'fighters', origin: ['KG'], loc: ['SY'] },
    ]);
    checkProbe('fr', "Le nombre d'enfants retenus dans le camp s'élève à 2000.", [
      { v: [2000, 2000], pop: 'children' },
    ]);
    checkProbe('ru', 'Число детей в лагере сейчас составляет около 2000.', [
      { v: [2000, 2000], pop: 'children' },
    ]);
    checkProbe('ru', 'Число таджикских боевиков в Сирии достигло 1900.', [
      { v: [1900, 1900], pop: 'fighters', origin: ['TJ'], loc: ['SY'] },
    ]);
  });
  it('a year in the frame’s own phrase stays a year', () => {
    checkProbe('en', 'The number of children killed in 2015 is unknown.', []);
    checkProbe('fr', "Le nombre d'enfants partis en 2014 reste inconnu.", []);
    checkProbe('ru', 'Число детей, погибших в 2015 году, неизвестно.', []);
  });
});

describe('en: a force holding people detains them, unless a camp or a centre is named', () => {
  it('authorities holding people', () => {
    checkProbe('en', 'Iraqi authorities are holding about 1,400 foreign women.', [
      { v: [1400, 1400], pop: 'women', origin: ['region:foreign'], status: 'detained', loc: ['IQ'] },
    ]);
    checkProbe('en', 'Kurdish forces are holding 900 IS fighters.', [
      { v: [900, 900], pop: 'fighters', status: 'detained', aff: 'isis' },
    ]);
  });
  it('ru: удерживают, as «détiennent» and «تحتجز»', () => {
    checkProbe('ru', 'Иракские власти удерживают около 1400 иностранных женщин.', [
      { v: [1400, 1400], pop: 'women', origin: ['region:foreign'], status: 'detained', loc: ['IQ'] },
    ]);
    checkProbe('ru', 'Курды удерживают в лагере Аль-Холь 2000 женщин.', [
      { v: [2000, 2000], pop: 'women', status: 'present', loc: ['SY'] },
    ]);
  });
  it('in a camp or a centre they are present', () => {
    checkProbe('en', 'The SDF is holding 2,000 women in the al-Hol camp.', [
      { v: [2000, 2000], pop: 'women', status: 'present', loc: ['SY'] },
    ]);
    checkProbe('en', 'Officials in Mogadishu are holding 60 boys in a rehabilitation centre.', [
      { v: [60, 60], pop: 'children', status: 'present', loc: ['SO'] },
    ]);
  });
});

describe('a state at war that brings its people back from another country is their origin', () => {
  it('with the place they are taken from fronted before the count', () => {
    checkProbe('ru', 'Ирак вернул из Сирии 120 женщин.', [
      { v: [120, 120], pop: 'women', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]);
    checkProbe('en', 'From Syria, Iraq repatriated 85 women last week.', [
      { v: [85, 85], pop: 'women', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]);
  });
  it('a state at war named where people are stays their location', () => {
    checkProbe('ru', 'В Ираке находятся 120 женщин из Казахстана.', [
      { v: [120, 120], pop: 'women', origin: ['KZ'], status: 'present', loc: ['IQ'] },
    ]);
  });
});

describe('Ukraine is a conflict zone', () => {
  it('fighters in Ukraine are there, not from there', () => {
    checkProbe('fr', 'Près de 300 combattants tchétchènes seraient en Ukraine.', [
      { v: [300, 300], pop: 'fighters', origin: ['RU'], status: 'present', loc: ['UA'] },
    ]);
    checkProbe('ru', 'На Украине воюют до 200 боевиков из Дагестана.', [
      { v: [null, 200], pop: 'fighters', origin: ['RU'], loc: ['UA'] },
    ]);
  });
  it('Ukraine bringing its citizens home is their origin', () => {
    checkProbe('ru', 'Украина вернула из Сирии 12 женщин.', [
      { v: [12, 12], pop: 'women', origin: ['UA'], status: 'returned', loc: ['SY'] },
    ]);
    checkProbe('en', 'Ukraine repatriated 12 women from Syria.', [
      { v: [12, 12], pop: 'women', origin: ['UA'], status: 'returned', loc: ['SY'] },
    ]);
  });
});

describe('ru: "как полагают", "как сообщается" with no one named give no speaker', () => {
  it('the place before «как» is no speaker', () => {
    checkProbe('ru', 'На Украине, как полагают, находятся до 300 чеченских боевиков.', [
      { v: [null, 300], pop: 'fighters', origin: ['RU'], loc: ['UA'], source: null },
    ]);
    checkProbe('ru', 'В Сирии, как сообщается, остаются около 500 казахстанцев.', [
      { v: [500, 500], pop: 'people', origin: ['KZ'], loc: ['SY'], source: null },
    ]);
  });
  it('a speaker named after «как» speaks', () => {
    checkProbe('ru', 'В Сирии, как полагают эксперты, остаются около 500 казахстанцев.', [
      { v: [500, 500], pop: 'people', origin: ['KZ'], loc: ['SY'], source: 'эксперты' },
    ]);
  });
});

describe('a nationality counted among a whole that opens the sentence takes the whole’s people', () => {
  it('the whole’s phrase runs on to the count', () => {
    checkProbe('en', 'Among the foreign fighters killed in the assault were 212 Tunisians.', [
      { v: [212, 212], pop: 'fighters', origin: ['TN'], status: 'killed' },
    ]);
    checkProbe('fr', "Parmi les combattants étrangers tués lors de l'assaut figuraient 212 Tunisiens.", [
      { v: [212, 212], pop: 'fighters', origin: ['TN'], status: 'killed' },
    ]);
    checkProbe('ru', 'Среди иностранных боевиков, убитых при штурме, было 212 тунисцев.', [
      { v: [212, 212], pop: 'fighters', origin: ['TN'], status: 'killed' },
    ]);
    checkProbe('ru', 'Среди погибших иностранных боевиков 45 тунисцев.', [
      { v: [45, 45], pop: 'fighters', origin: ['TN'], status: 'killed' },
    ]);
  });
  it('a whole of people, or the dead alone, leaves people', () => {
    checkProbe('en', 'Among the returnees were 87 Tunisians.', [
      { v: [87, 87], pop: 'people', origin: ['TN'], status: 'returned' },
    ]);
    checkProbe('ru', 'Среди погибших 45 тунисцев.', [{ v: [45, 45], pop: 'people', origin: ['TN'] }]);
  });
});

describe('a status word inside an armed group’s name says nothing of the people counted', () => {
  it('fr: « parti » in the Turkistan Islamic Party', () => {
    checkProbe('fr', 'Quelque 350 combattants du Parti islamique du Turkestan sont basés à Idlib.', [
      { v: [350, 350], pop: 'fighters', status: 'present', aff: 'other', loc: ['SY'] },
    ]);
  });
  it('the verb after the name still speaks', () => {
    checkProbe('fr', 'Quelque 350 combattants du Parti islamique du Turkestan sont partis en Syrie.', [
      { v: [350, 350], pop: 'fighters', status: 'joined', aff: 'other', loc: ['SY'] },
    ]);
  });
});

describe('a verb past a conjunction of time or cause is its own clause’s', () => {
  it('the shell hit, the children were killed', () => {
    checkProbe('ar', 'قتل طفلان عندما أصابت القذيفة المدرسة في تعز.', [
      { v: [2, 2], pop: 'children', status: 'killed', loc: ['YE'] },
    ]);
    checkProbe('ar', 'قتل 4 أطفال حين أصابت قذيفة منزلهم.', [
      { v: [4, 4], pop: 'children', status: 'killed' },
    ]);
    checkProbe('en', 'Three boys were killed when a shell hit their house.', [
      { v: [3, 3], pop: 'children', status: 'killed' },
    ]);
  });
  it('the verb right after the counted phrase still speaks', () => {
    checkProbe('ar', 'قتل 4 أطفال وأصابت القذيفة 12 آخرين.', [
      { v: [4, 4], pop: 'children', status: 'killed' },
      { v: [12, 12], pop: 'children', status: 'other' },
    ]);
  });
});

describe('a force named after a country says nothing of where people are', () => {
  it('the Syrian Democratic Forces in every language', () => {
    checkProbe('ar', 'يحتجز نحو 9 آلاف مقاتل في سجون تديرها قوات سوريا الديمقراطية.', [
      { v: [9000, 9000], pop: 'fighters', status: 'detained', loc: [] },
    ]);
    checkProbe('en', 'About 9,000 fighters are held in prisons run by the Syrian Democratic Forces.', [
      { v: [9000, 9000], pop: 'fighters', status: 'detained', loc: [] },
    ]);
  });
  it('the country itself named beside it is where they are', () => {
    checkProbe('ar', 'تحتجز قوات سوريا الديمقراطية 2000 طفل في سوريا.', [
      { v: [2000, 2000], pop: 'children', status: 'detained', loc: ['SY'] },
    ]);
  });
});
