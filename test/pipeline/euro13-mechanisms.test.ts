// Unit tests for the mechanisms the thirteenth European probes revealed. Sentences invented for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('an apposition of a generic people noun gives its places to the count', () => {
  it('Russian genitive place after the apposition', () =>
    checkProbe('ru', 'Задержаны 14 человек, выходцев Ингушетии.', [
      { v: [14, 14], pop: 'people', origin: ['RU'], status: 'detained' },
    ]));
  it('citizens of a state after a comma', () =>
    checkProbe('ru', 'Уничтожены 30 боевиков, граждан Таджикистана.', [
      { v: [30, 30], pop: 'fighters', origin: ['TJ'], status: 'killed' },
    ]));
});

describe('a number like a year in a list of counts, with "from" a place after it, is a count', () => {
  it('Russian', () =>
    checkProbe('ru', 'Из региона уехали 4 тысячи человек: 2010 из Киргизии, 900 из Казахстана.', [
      { v: [4000, 4000], pop: 'people' },
      { v: [2010, 2010], pop: 'people', origin: ['KG'] },
      { v: [900, 900], pop: 'people', origin: ['KZ'] },
    ]));
  it('a year with "in" stays a year', () =>
    checkProbe('en', 'Some 40 women left, in 2015, from Tunisia.', [
      { v: [40, 40], pop: 'women', origin: ['TN'] },
    ]));
});

describe('"N autres NOUN": the noun after "others" is counted', () => {
  it('French', () =>
    checkProbe('fr', 'Le Maroc a accueilli 9 femmes et 21 autres enfants.', [
      { v: [9, 9], pop: 'women', origin: ['MA'] },
      { v: [21, 21], pop: 'children', origin: ['MA'] },
    ]));
});

describe('Russian nouns of victims and of people held', () => {
  it('teachers and doctors', () =>
    checkProbe('ru', 'Боевики похитили 8 врачей и 6 учителей.', [
      { v: [8, 8], pop: 'people' },
      { v: [6, 6], pop: 'people' },
    ]));
  it('prisoners, an adjective used as a noun', () =>
    checkProbe('ru', 'В тюрьме Хасаке находятся 900 заключённых.', [{ v: [900, 900], pop: 'people' }]));
  it('an adjective used as a noun before a dash', () =>
    checkProbe('ru', 'Среди 70 задержанных – 9 граждан Египта.', [
      { v: [70, 70], pop: 'people' },
      { v: [9, 9], pop: 'people', origin: ['EG'] },
    ]));
});

describe('a part said to be of a nationality gives its whole no origin', () => {
  it('English', () =>
    checkProbe('en', 'Of the 240 inmates of the jail, 31 are Egyptian nationals.', [
      { v: [240, 240], pop: 'people' },
      { v: [31, 31], pop: 'people', origin: ['EG'] },
    ]));
});

describe('a Russian dash after a partitive is a copula: the noun after it is a predicate', () => {
  it('a generic predicate keeps the people counted before', () =>
    checkProbe('ru', 'В Казахстан вернули 60 детей, из них 11 – уроженцы Атырау.', [
      { v: [60, 60], pop: 'children', origin: ['KZ'] },
      { v: [11, 11], pop: 'children', origin: ['KZ'] },
    ]));
});

describe('a country after "and" opens the next clause, not the counted phrase', () => {
  it('French', () =>
    checkProbe('fr', "L'Autriche a rapatrié trois garçons, et la Finlande deux femmes.", [
      { v: [3, 3], pop: 'children', origin: ['AT'] },
      { v: [2, 2], pop: 'women', origin: ['FI'] },
    ]));
});

describe('a bare count that opens its sentence with an auxiliary continues the count before', () => {
  it('English, a number word', () =>
    checkProbe('en', 'Police rescued 64 kidnapped girls in Katsina. Nineteen were taken to a clinic.', [
      { v: [64, 64], pop: 'children' },
      { v: [19, 19], pop: 'children' },
    ]));
});

describe('people named after a possessive past a verb are theirs, not the count', () => {
  it('English', () =>
    checkProbe('en', 'The army freed 52 boys; another 20 were sent back to their families.', [
      { v: [52, 52], pop: 'children' },
      { v: [20, 20], pop: 'children' },
    ]));
  it('"N of its citizens" still counts the citizens', () =>
    checkProbe('fr', 'En mai, le Tadjikistan arrête 9 de ses citoyens.', [
      { v: [9, 9], pop: 'people', origin: ['TJ'] },
    ]));
});
