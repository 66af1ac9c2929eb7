// Mechanisms found by stating the same facts in four languages (the par34 round): each rule is pinned
// with sentences written for this test, in the languages it holds for, and a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { runProbes } from './probe-helpers.ts';

const claimsOf = (lang: string, text: string) =>
  extract(text, { lang, published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');

describe('digits inside an armed group name count no one (par34)', () => {
  runProbes('ar', [
    // The number words after "إم 23" are the count, not a unit of the 23.
    [
      'اختطف مسلحو حركة إم 23 أربعين طفلا قرب غوما.',
      [{ v: [40, 40], pop: 'children', status: 'other', aff: 'other', loc: ['CD'] }],
    ],
    ['جندت حركة إم23 نحو 300 طفل في إقليم روتشورو.', [{ v: [300, 300], pop: 'children', aff: 'other' }]],
    // Counter-case: the same digits outside the name are a count.
    ['اختطف متمردون 23 طفلا في شمال كيفو.', [{ v: [23, 23], pop: 'children', aff: null }]],
  ]);
  runProbes('en', [
    [
      'Fighters of the March 23 Movement seized 18 boys near Goma.',
      [{ v: [18, 18], pop: 'children', aff: 'other' }],
    ],
  ]);
});

describe('a state that takes its people back out of a camp abroad, named before the count (par34)', () => {
  runProbes('ru', [
    [
      'Таджикистан вернул из лагеря Рож 84 ребенка.',
      [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Ирак вывез из лагеря Аль-Холь 600 человек.',
      [{ v: [600, 600], pop: 'people', origin: ['IQ'], status: 'returned' }],
    ],
    // Counter-case: a town of its own country is no camp abroad; a state at war brings no one home from it.
    ['Ирак вернул из Мосула 300 человек.', [{ v: [300, 300], pop: 'people', status: 'returned' }]],
  ]);
});

describe('a camp a verb of return takes people out of is no word that they are there (par34)', () => {
  runProbes('fr', [
    [
      'Le Tadjikistan a rapatrié du camp de Roj 84 enfants.',
      [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    // Counter-case: with no verb before it, the camp says where they are.
    [
      "Les 40 enfants du camp de Roj n'ont pas de papiers.",
      [{ v: [40, 40], pop: 'children', status: 'present' }],
    ],
  ]);
  runProbes('en', [
    [
      'Sweden flew home from al-Hol camp 12 children.',
      [{ v: [12, 12], pop: 'children', origin: ['SE'], status: 'returned' }],
    ],
    [
      'The 40 children of the Roj camp have no papers.',
      [{ v: [40, 40], pop: 'children', status: 'present' }],
    ],
  ]);
  runProbes('ar', [
    [
      'أعادت طاجيكستان من مخيم روج 84 طفلا.',
      [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});

describe('ru: a verb that brings a figure to a value makes its "до" the goal, not a bound (par34)', () => {
  it('reads "довели число … до 500" as 500 exactly', () => {
    const [c] = claimsOf('ru', 'Спецоперации довели число возвращенных детей до 500.');
    expect(c).toMatchObject({ value: { min: 500, max: 500 }, qualifier: 'exact', population: 'children' });
  });
  it('keeps "до 500" without such a verb an upper bound', () => {
    const [c] = claimsOf('ru', 'В лагере остаются до 500 детей.');
    expect(c).toMatchObject({ value: { min: null, max: 500 }, qualifier: 'at_most' });
  });
  runProbes('ru', [
    // «общее число» without a noun of its own is the figure of the people counted just before.
    [
      'В июне вернули еще 40 детей, и общее число достигло 500.',
      [
        { v: [40, 40], pop: 'children', status: 'returned' },
        { v: [500, 500], pop: 'children', status: 'returned' },
      ],
    ],
  ]);
});

describe('what a clause says past the share of a fronted whole is the share’s (par34)', () => {
  runProbes('en', [
    [
      'Of the 2,400 women held in Roj, 40 percent are Russian.',
      [{ v: [2400, 2400], pop: 'women', loc: ['SY'] }],
    ],
    [
      'Of the 600 detainees in the prison, most are Syrians.',
      [{ v: [600, 600], pop: 'people', status: 'detained' }],
    ],
    // Counter-case: a count after the comma is a part with its own nationality.
    [
      'Of the 600 detainees in the prison, 200 are Syrians.',
      [
        { v: [600, 600], pop: 'people' },
        { v: [200, 200], pop: 'people', origin: ['SY'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Из 600 заключенных, содержащихся в тюрьме, большинство — граждане Сирии.',
      [{ v: [600, 600], pop: 'people', status: 'detained' }],
    ],
  ]);
});

describe('fr/ru: a verb of arriving right before a place puts the people there (par34)', () => {
  runProbes('fr', [
    [
      'Les 31 enfants sont arrivés lundi à Douchanbé.',
      [{ v: [31, 31], pop: 'children', status: 'present', loc: ['TJ'] }],
    ],
    // Counter-cases: their own country is a return, a war zone a joining.
    [
      'Les 31 enfants tadjiks sont arrivés à Douchanbé.',
      [{ v: [31, 31], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Douze jihadistes sont arrivés en Irak.',
      [{ v: [12, 12], pop: 'fighters', status: 'joined', loc: ['IQ'] }],
    ],
  ]);
  runProbes('ru', [
    [
      '31 ребенок прибыл в понедельник в Душанбе.',
      [{ v: [31, 31], pop: 'children', status: 'present', loc: ['TJ'] }],
    ],
  ]);
});

describe("a speaker's nationality right after the verb of saying is no place of the people (par34)", () => {
  runProbes('ru', [
    [
      'Около 60 детей удерживаются боевиками, сообщил сирийский чиновник.',
      [{ v: [60, 60], pop: 'children', loc: [] }],
    ],
    // Counter-case: a place in the clause of the count stays theirs.
    [
      'Около 60 детей удерживаются боевиками в Сирии, сообщил министр.',
      [{ v: [60, 60], pop: 'children', loc: ['SY'] }],
    ],
  ]);
  runProbes('ar', [
    ['تحتجز الجماعة نحو 60 طفلا، بحسب مسؤول سوري.', [{ v: [60, 60], pop: 'children', loc: [] }]],
  ]);
});

describe("a court's country is where people are tried, not theirs (par34)", () => {
  runProbes('en', [
    ['A Tajik court jailed 14 returnees.', [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['TJ'] }]],
    [
      'A court in Dushanbe jailed 14 returnees.',
      [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['TJ'] }],
    ],
    // Counter-case: the state that brings them home is theirs.
    [
      'Tajikistan brought home 14 returnees.',
      [{ v: [14, 14], pop: 'people', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
  runProbes('fr', [
    [
      'La justice tadjike a condamné 14 rapatriés.',
      [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['TJ'] }],
    ],
    [
      'Un tribunal de Douchanbé a condamné 14 rapatriés.',
      [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['TJ'] }],
    ],
  ]);
  runProbes('ru', [
    [
      'Таджикский суд приговорил 14 вернувшихся.',
      [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['TJ'] }],
    ],
  ]);
  runProbes('ar', [
    ['قضت محكمة طاجيكية بسجن 14 عائدا.', [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['TJ'] }]],
  ]);
});

describe('in care, went home, the rest of them (par34)', () => {
  runProbes('en', [
    [
      'Of the 70 children, 50 went home; the other 20 are in care.',
      [
        { v: [70, 70], pop: 'children' },
        { v: [50, 50], pop: 'children', status: 'returned' },
        { v: [20, 20], pop: 'children', status: 'other' },
      ],
    ],
    ['20 boys are in foster care in Almaty.', [{ v: [20, 20], pop: 'children', status: 'other' }]],
    // Counter-case: "are in" a country is where they are.
    ['20 boys are in Syria.', [{ v: [20, 20], pop: 'children', status: 'present', loc: ['SY'] }]],
  ]);
  runProbes('ar', [
    [
      'من بين 94 طفلا، سُلّم 60 إلى عائلاتهم، فيما يخضع الـ34 الباقون للرعاية.',
      [
        { v: [94, 94], pop: 'children' },
        { v: [60, 60], pop: 'children', status: 'returned' },
        { v: [34, 34], pop: 'children', status: 'other' },
      ],
    ],
    ['يخضع 30 طفلا للرعاية في دمشق.', [{ v: [30, 30], pop: 'children', status: 'other' }]],
    [
      'أفرج عن 20 معتقلا، فيما بقي الـ15 الآخرون في السجن.',
      [
        { v: [20, 20], pop: 'people', status: 'other' },
        { v: [15, 15], pop: 'people', status: 'detained' },
      ],
    ],
  ]);
});

describe("the SDF's prisons are in Syria, in every language (par34)", () => {
  runProbes('en', [
    [
      'The Pentagon says 10,000 IS fighters are held in SDF prisons.',
      [{ v: [10000, 10000], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['SY'] }],
    ],
  ]);
  runProbes('fr', [
    [
      "Quelque 10 000 combattants de l'EI sont détenus dans les prisons des FDS.",
      [{ v: [10000, 10000], pop: 'fighters', status: 'detained', loc: ['SY'] }],
    ],
  ]);
  runProbes('ru', [
    [
      'В тюрьмах СДС содержатся около 10 000 боевиков ИГ.',
      [{ v: [10000, 10000], pop: 'fighters', status: 'detained', loc: ['SY'] }],
    ],
  ]);
});

describe("the police's country or region is where people are arrested, not theirs (par34)", () => {
  runProbes('en', [
    [
      'French police arrested 12 returnees.',
      [{ v: [12, 12], pop: 'people', status: 'detained', loc: ['FR'] }],
    ],
    // Counter-case: a nationality of the people counted is theirs.
    [
      'Police arrested 12 French nationals.',
      [{ v: [12, 12], pop: 'people', origin: ['FR'], status: 'detained' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Полиция Дагестана задержала трех мужчин.',
      [{ v: [3, 3], pop: 'men', status: 'detained', loc: ['RU'] }],
    ],
  ]);
  runProbes('fr', [
    [
      'La police belge a interpellé 4 rapatriées.',
      [{ v: [4, 4], pop: 'people', status: 'detained', loc: ['BE'] }],
    ],
    // Citizens are the state's whose court tries them.
    [
      'La justice tunisienne a condamné 20 citoyens rentrés de Libye.',
      [{ v: [20, 20], pop: 'people', origin: ['TN'], status: 'detained' }],
    ],
  ]);
});

describe('camps by their name alone, and "there" (par34)', () => {
  runProbes('fr', [
    [
      "96 familles sont arrivées à Bagdad en provenance d'al-Hol.",
      [{ v: [96, 96], pop: 'families', status: 'returned' }],
    ],
    [
      "Le Maroc a rapatrié 8 femmes ; 40 autres s'y trouveraient encore.",
      [
        { v: [8, 8], pop: 'women', origin: ['MA'], status: 'returned' },
        { v: [40, 40], pop: 'women', origin: ['MA'], status: 'present' },
      ],
    ],
  ]);
});

describe('a whole the sentence opens with has not undergone its part’s verb (par34)', () => {
  runProbes('ru', [
    [
      'Из 230 иностранных детей в лагере на родину вернули лишь 30.',
      [
        { v: [230, 230], pop: 'children', origin: ['region:foreign'], status: 'present' },
        { v: [30, 30], pop: 'children', origin: ['region:foreign'], status: 'returned' },
      ],
    ],
    // Counter-case: the part before its verb, the same reading.
    [
      'Из 230 детей 30 вернули на родину.',
      [
        { v: [230, 230], pop: 'children', status: 'present' },
        { v: [30, 30], pop: 'children', status: 'returned' },
      ],
    ],
    // "лишь" between a verb and its count leaves the verb its object.
    ['Вернули лишь 30 детей.', [{ v: [30, 30], pop: 'children', status: 'returned' }]],
  ]);
  runProbes('ar', [
    [
      'من بين 230 طفلا أجنبيا في المخيم، لم يُعد سوى 30.',
      [
        { v: [230, 230], pop: 'children', origin: ['region:foreign'], status: 'present' },
        { v: [30, 30], pop: 'children', origin: ['region:foreign'], status: 'returned' },
      ],
    ],
    ['وجهت النيابة اتهامات إلى 12 عائدا.', [{ v: [12, 12], pop: 'people', status: 'detained' }]],
  ]);
});

describe('the deed nouns of killing and maiming (par34)', () => {
  runProbes('fr', [
    [
      "L'ONU a vérifié le meurtre de 41 enfants et la mutilation de 87 autres au Yémen.",
      [
        { v: [41, 41], pop: 'children', status: 'killed', loc: ['YE'] },
        { v: [87, 87], pop: 'children', status: 'other', loc: ['YE'] },
      ],
    ],
    // Counter-case: accused of murder, they are the accused, not the dead.
    ['Trois hommes accusés de meurtre ont été arrêtés.', [{ v: [3, 3], pop: 'men', status: 'detained' }]],
  ]);
  runProbes('ru', [
    [
      'ООН подтвердила гибель 41 ребенка и увечья еще 87 детей в Йемене.',
      [
        { v: [41, 41], pop: 'children', status: 'killed' },
        { v: [87, 87], pop: 'children', status: 'other' },
      ],
    ],
  ]);
});

describe('ru: the whole of "N из M" keeps its participle; the predicate is the part’s (par34)', () => {
  runProbes('ru', [
    [
      'Двадцать три из 40 женщин, возвращенных в Косово в 2019 году, с тех пор осуждены.',
      [
        { v: [23, 23], pop: 'women', origin: ['XK'], status: 'detained' },
        { v: [40, 40], pop: 'women', origin: ['XK'], status: 'returned' },
      ],
    ],
    // Counter-case: with no part, the predicate is the count's own.
    ['40 женщин, возвращенных в Косово, осуждены.', [{ v: [40, 40], pop: 'women', status: 'detained' }]],
  ]);
});

describe('en: a return the count is expected or wanted to make is still to come (par34)', () => {
  runProbes('en', [
    [
      'Kazakhstan expects another 40 children to return next month.',
      [{ v: [40, 40], pop: 'children', origin: ['KZ'], status: 'present' }],
    ],
    ['The government wants the 12 women to come home.', [{ v: [12, 12], pop: 'women', status: 'present' }]],
    // Counter-cases: letting them return, and the return said of them, are returns.
    [
      'The camp managers allowed 40 children to return.',
      [{ v: [40, 40], pop: 'children', status: 'returned' }],
    ],
    ['40 children returned in May.', [{ v: [40, 40], pop: 'children', status: 'returned' }]],
  ]);
});
