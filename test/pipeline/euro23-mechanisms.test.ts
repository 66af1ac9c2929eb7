// Mechanisms of the twenty-third European round, each pinned with sentences written for the test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a part taken of a named whole is what the predicate after the whole says', () => {
  it('en: N of the returnees were women', () => {
    checkProbe('en', 'Some 2,400 people reached the border; 130 of the returnees were women.', [
      { v: [2400, 2400], pop: 'people', origin: [] },
      { v: [130, 130], pop: 'women', origin: [] },
    ]);
  });
  it('en: N of the Kosovars were children (the nationality of the whole stays)', () => {
    checkProbe('en', 'About 900 Albanians went to Syria; 88 of the Albanians were children.', [
      { v: [900, 900], pop: 'people', origin: ['AL'] },
      { v: [88, 88], pop: 'children', origin: ['AL'] },
    ]);
  });
  it('fr: N des rapatriés sont des enfants', () => {
    checkProbe('fr', 'Sur les 520 ressortissants rentrés, 75 des rapatriés sont des enfants.', [
      { v: [520, 520], pop: 'people', origin: [] },
      { v: [75, 75], pop: 'children', origin: [] },
    ]);
  });
  it('en: no predicate, the noun of the whole decides', () => {
    checkProbe('en', 'Some 2,400 people reached the border; 130 of the returnees were sent to prison.', [
      { v: [2400, 2400], pop: 'people', origin: [] },
      { v: [130, 130], pop: 'people', origin: [] },
    ]);
  });
});

describe('"including N who VERB": the part inherits the whole and takes the relative verb', () => {
  it('en: including some N who were killed', () => {
    checkProbe('en', 'Roughly 1,300 Dutch nationals went to Iraq, including some 240 who were killed.', [
      { v: [1300, 1300], pop: 'people', origin: ['NL'], status: 'joined' },
      { v: [240, 240], pop: 'people', origin: ['NL'], status: 'killed' },
    ]);
  });
  it('en: including N who have since returned', () => {
    checkProbe('en', 'Roughly 1,300 Dutch nationals went to Iraq, including 410 who have since returned.', [
      { v: [1300, 1300], pop: 'people', origin: ['NL'] },
      { v: [410, 410], pop: 'people', origin: ['NL'], status: 'returned' },
    ]);
  });
  it('fr: dont N qui ont été tués', () => {
    checkProbe('fr', 'En tout, 1 300 Néerlandais sont partis, dont 240 qui ont été tués.', [
      { v: [1300, 1300], pop: 'people', origin: ['NL'] },
      { v: [240, 240], pop: 'people', origin: ['NL'], status: 'killed' },
    ]);
  });
});

describe('a word for the dead after a verb is what befell the part, not its noun', () => {
  it('fr: N d’entre eux seraient tués au combat (killed fighting: fighters)', () => {
    checkProbe('fr', 'Environ 310 Suédois sont partis en Irak ; 64 d’entre eux seraient tués au combat.', [
      { v: [310, 310], pop: 'people', origin: ['SE'] },
      { v: [64, 64], pop: 'fighters', origin: ['SE'], status: 'killed' },
    ]);
  });
  it('fr: trouver la mort is to die', () => {
    checkProbe(
      'fr',
      'Quelque 310 Suédois sont partis combattre en Irak ; une soixantaine y ont trouvé la mort.',
      [
        { v: [310, 310], pop: 'fighters', origin: ['SE'] },
        { v: [60, 60], pop: 'fighters', origin: ['SE'], status: 'killed' },
      ],
    );
  });
});

describe('fr: "jeunes" before a capitalised nationality noun is its adjective', () => {
  it('jeunes Marocains: the nationality noun is the head', () => {
    checkProbe('fr', 'Vingt-quatre jeunes Marocains, âgés de 20 à 27 ans, ont été condamnés à Salé.', [
      { v: [24, 24], pop: 'people', origin: ['MA'], age: [20, 27] },
    ]);
  });
  it('jeunes alone still counts the young', () => {
    checkProbe('fr', 'Quatorze jeunes ont été arrêtés près de Sousse.', [{ v: [14, 14], pop: 'children' }]);
  });
  it('mineurs before a lower-case nationality stays children', () => {
    checkProbe('fr', 'Cinq mineurs marocains ont été rapatriés.', [
      { v: [5, 5], pop: 'children', origin: ['MA'] },
    ]);
  });
});

describe('ru: a year that opens the clause leaves a fronted "из X" the origin', () => {
  it('В 2016 году из X выехали N человек', () => {
    checkProbe('ru', 'В 2016 году из Узбекистана в Ирак выехали 730 человек.', [
      { v: [730, 730], pop: 'people', origin: ['UZ'], status: 'joined' },
    ]);
  });
  it('В прошлом году из X вернулись N', () => {
    checkProbe('ru', 'В прошлом году из Казахстана в Турцию уехали 45 женщин.', [
      { v: [45, 45], pop: 'women', origin: ['KZ'] },
    ]);
  });
});

describe('ru: minors before a generic noun of people take its place', () => {
  it('несовершеннолетних жителей X', () => {
    checkProbe('ru', 'Четверо несовершеннолетних жителей Кабардино-Балкарии задержаны.', [
      { v: [4, 4], pop: 'children', origin: ['RU'], status: 'detained' },
    ]);
  });
  it('несовершеннолетних граждан X', () => {
    checkProbe('ru', 'Семеро несовершеннолетних граждан Азербайджана вернулись домой.', [
      { v: [7, 7], pop: 'children', origin: ['AZ'] },
    ]);
  });
});

describe('ru: participles and adjectives used as nouns of people', () => {
  it('N погибших: the dead are counted', () => {
    checkProbe('ru', 'После взрыва на рынке насчитали 38 погибших.', [
      { v: [38, 38], pop: 'people', status: 'killed' },
    ]);
  });
  it('N погибших боевиков: an adjective before its noun', () => {
    checkProbe('ru', 'Среди 14 погибших боевиков были иностранцы.', [
      { v: [14, 14], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('Из N уехавших M вернулись: the whole left, the part came back', () => {
    checkProbe('ru', 'Из 3 тысяч уехавших из Таджикистана около 600 вернулись.', [
      { v: [3000, 3000], pop: 'people', origin: ['TJ'], status: 'joined' },
      { v: [600, 600], pop: 'people', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('a participle with its place before the noun it qualifies', () => {
    checkProbe('ru', 'Из 700 выехавших в Ирак граждан Киргизии 90 погибли.', [
      { v: [700, 700], pop: 'people', origin: ['KG'], status: 'joined' },
      { v: [90, 90], pop: 'people', origin: ['KG'], status: 'killed' },
    ]);
  });
  it('their number: the noun before a participle aside names them', () => {
    checkProbe('ru', 'Полиция ведёт учёт граждан Азербайджана, уехавших в Ирак. Их число достигло 420.', [
      { v: [420, 420], pop: 'people', origin: ['AZ'] },
    ]);
  });
});

describe('source: a year that opens the speaker phrase, and a rate after "per", name no one', () => {
  it('en: In 2020 the UN verified…', () => {
    checkProbe('en', 'In 2020 the United Nations verified the recruitment of 530 children in Mali.', [
      { v: [530, 530], pop: 'children', source: 'the United Nations' },
    ]);
  });
  it('en: per cent is no "per the ministry"', () => {
    checkProbe('en', 'Some 870 children were freed last year, 40 per cent of them by the army.', [
      { v: [870, 870], pop: 'children', source: null },
    ]);
  });
  it('en: per the ministry still names the source', () => {
    checkProbe('en', 'Some 870 children were freed last year, per the ministry.', [
      { v: [870, 870], pop: 'children', source: 'the ministry' },
    ]);
  });
});

describe('countries coordinated with the one that brings people back are theirs too', () => {
  it('en: X and Y have repatriated', () => {
    checkProbe('en', 'Kosovo and Albania have repatriated 130 women from Syria.', [
      { v: [130, 130], pop: 'women', origin: ['AL', 'XK'], status: 'returned' },
    ]);
  });
  it('fr: la X et les Y ont rapatrié', () => {
    checkProbe('fr', "L'Allemagne et les Pays-Bas ont rapatrié 25 enfants.", [
      { v: [25, 25], pop: 'children', origin: ['DE', 'NL'] },
    ]);
  });
  it('ru: X и Y вернули', () => {
    checkProbe('ru', 'Таджикистан и Киргизия вернули 210 детей.', [
      { v: [210, 210], pop: 'children', origin: ['KG', 'TJ'] },
    ]);
  });
});

describe('two coordinated counts share the fighting verb after both', () => {
  it('ru: N выходцев из X и около M выходцев из Y воюют', () => {
    checkProbe(
      'ru',
      'Около 900 выходцев из Киргизии и порядка 1200 выходцев из Таджикистана воюют в Сирии.',
      [
        { v: [900, 900], pop: 'fighters', origin: ['KG'] },
        { v: [1200, 1200], pop: 'fighters', origin: ['TJ'] },
      ],
    );
  });
  it('en: a verb of the first count ends its clause', () => {
    checkProbe(
      'en',
      'About 150 Lebanese citizens came home and 90 Jordanian nationals are fighting in Iraq.',
      [
        { v: [150, 150], pop: 'people', origin: ['LB'] },
        { v: [90, 90], pop: 'fighters', origin: ['JO'] },
      ],
    );
  });
});

describe('en: the noun of an abduction says what befell the children', () => {
  it('documented the abduction of N children', () => {
    checkProbe('en', 'Amnesty documented the abduction of 73 children by Boko Haram in Borno.', [
      { v: [73, 73], pop: 'children', status: 'other' },
    ]);
  });
});
