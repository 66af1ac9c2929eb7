// Mechanisms of the seventeenth European round, each pinned with sentences written for the test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('"as many as N" is a hedge on an approximate figure, not an upper bound', () => {
  it('en: as many as', () => {
    checkProbe('en', 'As many as 45 Uzbek children are still in the camp at al-Hol.', [
      { v: [45, 45], pop: 'children', origin: ['UZ'], status: 'present' },
    ]);
  });
  it('en: up to stays an upper bound', () => {
    checkProbe('en', 'Up to 45 Uzbek children are still in the camp at al-Hol.', [
      { v: [null, 45], pop: 'children', origin: ['UZ'], status: 'present' },
    ]);
  });
});

describe('a "number of" frame after the number names the people counted', () => {
  it('fr: estimer à N le nombre de + nationalité', () => {
    checkProbe('fr', 'Le gouvernement estime à 2 300 le nombre de Tunisiens partis combattre en Syrie.', [
      { v: [2300, 2300], pop: 'fighters', origin: ['TN'], status: 'joined' },
    ]);
  });
  it('fr: évaluer à N le nombre de + nationalité au féminin', () => {
    checkProbe('fr', 'La ministre évalue à 85 le nombre de Belges encore détenues en Irak.', [
      { v: [85, 85], pop: 'women', origin: ['BE'] },
    ]);
  });
});

describe('a predicate of origin in the next clause reaches the count (Russian genitive, dash copula)', () => {
  it('ru: after a semicolon, dash copula, citizen noun with the country in the genitive', () => {
    checkProbe('ru', 'В Сирию выехали 9 женщин; все они — гражданки Казахстана.', [
      { v: [9, 9], pop: 'women', origin: ['KZ'], status: 'joined' },
    ]);
  });
  it('ru: in the next sentence', () => {
    checkProbe('ru', 'Из лагеря вывезли 16 детей. Все они уроженцы Таджикистана.', [
      { v: [16, 16], pop: 'children', origin: ['TJ'] },
    ]);
  });
  it('ru: after a comma and a subject pronoun', () => {
    checkProbe('ru', 'Из Ирака вернули 16 детей, они граждане Узбекистана.', [
      { v: [16, 16], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
  });
  it('ru: a dash copula before a nationality noun', () => {
    checkProbe('ru', 'В Ирак уехали 7 женщин; все они — киргизки.', [
      { v: [7, 7], pop: 'women', origin: ['KG'], status: 'joined' },
    ]);
  });
  it('ru: a citizen noun in the counted phrase still counts once, with its own country', () => {
    checkProbe('ru', 'Из 40 граждан Туркмении, выехавших в Сирию, никто не вернулся.', [
      { v: [40, 40], pop: 'people', origin: ['TM'], status: 'joined' },
    ]);
  });
});

describe('hostages: taken or held hostage is status other (victims)', () => {
  it('en: took N people hostage', () => {
    checkProbe('en', 'The insurgents took 23 villagers hostage near the border.', [
      { v: [23, 23], pop: 'people', status: 'other' },
    ]);
  });
  it('fr: pris en otage', () => {
    checkProbe('fr', 'Des hommes armés ont pris en otage 9 employés humanitaires.', [
      { v: [9, 9], pop: 'people', status: 'other' },
    ]);
  });
  it('ru: взяли в заложники, N заложников', () => {
    checkProbe('ru', 'Боевики взяли в заложники 31 человека.', [
      { v: [31, 31], pop: 'people', status: 'other' },
    ]);
    checkProbe('ru', 'Боевики удерживают 8 заложников.', [{ v: [8, 8], pop: 'people', status: 'other' }]);
  });
});

describe('a table in prose: country, colon or dash, count', () => {
  it('en: rows after a colon, the noun before the table', () => {
    checkProbe(
      'en',
      'The report lists foreign fighters by country: Tunisia: 2,900; Jordan: 800; Turkey: 600.',
      [
        { v: [2900, 2900], pop: 'fighters', origin: ['TN'] },
        { v: [800, 800], pop: 'fighters', origin: ['JO'] },
        { v: [600, 600], pop: 'fighters', origin: ['TR'] },
      ],
    );
  });
  it('ru: rows after a dash, a row count that looks like a year', () => {
    checkProbe('ru', 'Больше всего женщин уехало из Германии — 2015, Австрии — 160 и Швеции — 90.', [
      { v: [2015, 2015], pop: 'women', origin: ['DE'] },
      { v: [160, 160], pop: 'women', origin: ['AT'] },
      { v: [90, 90], pop: 'women', origin: ['SE'] },
    ]);
  });
  it('fr: rows after a colon, no person noun: people', () => {
    checkProbe('fr', 'Les départs se répartissent ainsi : Maroc : 1 600, Algérie : 170.', [
      { v: [1600, 1600], pop: 'people', origin: ['MA'] },
      { v: [170, 170], pop: 'people', origin: ['DZ'] },
    ]);
  });
  it('a single country and a year is no table', () => {
    checkProbe('en', 'The group seized the town in Syria: 2014 was its peak.', []);
  });
});

describe('Cameroon and Chad are conflict zones: where the people are, not whence', () => {
  it('en: recruited in Cameroon', () => {
    checkProbe('en', 'Some 300 boys were recruited by Boko Haram in Cameroon last year.', [
      { v: [300, 300], pop: 'children', status: 'joined', loc: ['CM'] },
    ]);
  });
  it('fr: enrôlés au Tchad', () => {
    checkProbe('fr', 'Environ 140 enfants ont été enrôlés par le groupe au Tchad.', [
      { v: [140, 140], pop: 'children', status: 'joined', loc: ['TD'] },
    ]);
  });
});

describe("a part's clause after the whole's own verb tells of the part, not of the whole", () => {
  it('en: of whom N were killed', () => {
    checkProbe('en', 'Some 900 Tajiks fought for IS in Syria, of whom 300 were killed.', [
      { v: [900, 900], pop: 'fighters', origin: ['TJ'], not: 'killed' },
      { v: [300, 300], pop: 'fighters', origin: ['TJ'], status: 'killed' },
    ]);
  });
  it('ru: из них N погибли', () => {
    checkProbe('ru', 'Около 900 граждан Таджикистана воевали в Сирии, из них 300 погибли.', [
      { v: [900, 900], pop: 'fighters', origin: ['TJ'], not: 'killed' },
      { v: [300, 300], pop: 'fighters', origin: ['TJ'], status: 'killed' },
    ]);
  });
  it('en: with no verb of its own before the part, the verb after it tells of the whole', () => {
    checkProbe('en', 'In all 120 Kazakh citizens, of whom 80 children, were brought back from Syria.', [
      { v: [120, 120], pop: 'people', origin: ['KZ'], status: 'returned' },
      { v: [80, 80], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
  });
  it('en: recaptured prisoners are held again', () => {
    checkProbe('en', 'Police recaptured 33 escaped prisoners near the border.', [
      { v: [33, 33], pop: 'people', status: 'detained' },
    ]);
  });
});

describe('a participle after a nationality before a count frame describes it; the nationality is the head', () => {
  it('fr: les Néerlandais encore détenus … sont au nombre de N', () => {
    checkProbe('fr', 'Les Néerlandais encore détenus en Irak sont au nombre de 23.', [
      { v: [23, 23], pop: 'people', origin: ['NL'], status: 'detained' },
    ]);
  });
});
