// Unit tests for the mechanisms of the fifteenth European round. Sentences invented for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a capital that speaks of a return stands for its state', () => {
  it('English, a reporting verb and a pronoun before the return', () =>
    checkProbe('en', 'Rome said on Friday that it had brought home 12 children from the camps.', [
      { v: [12, 12], pop: 'children', origin: ['IT'], status: 'returned' },
    ]));
  it('French, an infinitive after the reporting verb', () =>
    checkProbe('fr', 'Bruxelles a confirmé lundi avoir rapatrié 9 enfants.', [
      { v: [9, 9], pop: 'children', origin: ['BE'], status: 'returned' },
    ]));
  it('not for a count that is no return', () =>
    checkProbe('en', 'Paris said on Monday that 40 civilians were killed in the attack.', [
      { v: [40, 40], pop: 'people', status: 'killed' },
    ]));
});

describe('a possessive past a verb after a count makes the noun other people', () => {
  it('English, an unknown verb then "their"', () =>
    checkProbe('en', 'Eight boys were released, and another 12 met their parents in Goma.', [
      { v: [8, 8], pop: 'children' },
      { v: [12, 12], pop: 'children' },
    ]));
  it('a partitive keeps the noun', () =>
    checkProbe('en', 'Sweden repatriated 4 women and 11 of their children.', [
      { v: [4, 4], pop: 'women', origin: ['SE'] },
      { v: [11, 11], pop: 'children', origin: ['SE'] },
    ]));
});

describe('Russian: past a finite verb, a noun is no count’s own', () => {
  it('"встретились с семьями"', () =>
    checkProbe('ru', 'Из Ирака вернулись 40 женщин, еще 25 встретились с семьями.', [
      { v: [40, 40], pop: 'women' },
      { v: [25, 25], pop: 'women' },
    ]));
  it('a copula keeps its predicate', () =>
    checkProbe('ru', 'Из Сирии вывезли 90 граждан, из них 30 оказались детьми.', [
      { v: [90, 90], pop: 'people' },
      { v: [30, 30], pop: 'children' },
    ]));
});

describe('a participle aside after one count is not the verb of the count coordinated after it', () => {
  it('Russian', () =>
    checkProbe('ru', 'В Ингушетии задержаны 9 женщин, вернувшихся из Сирии, и 3 мужчины.', [
      { v: [9, 9], pop: 'women', status: 'detained' },
      { v: [3, 3], pop: 'men', status: 'detained' },
    ]));
  it('English', () =>
    checkProbe('en', 'Norway flew home 6 children, held in al-Hol since 2019, and 2 women.', [
      { v: [6, 6], pop: 'children', origin: ['NO'], status: 'returned' },
      { v: [2, 2], pop: 'women', origin: ['NO'], status: 'returned' },
    ]));
});

describe('a partition with a relative clause on the whole', () => {
  it('the part takes the verb past the clause, the whole the clause’s', () =>
    checkProbe('en', 'About 60 of the 250 Danish citizens who travelled to Syria have returned home.', [
      { v: [60, 60], pop: 'people', origin: ['DK'], status: 'returned' },
      { v: [250, 250], pop: 'people', origin: ['DK'], status: 'joined' },
    ]));
});

describe('"others" before a word for the wounded counts more of the people before', () => {
  it('French', () =>
    checkProbe('fr', 'Neuf policiers ont été tués et 5 autres blessés près de Diffa.', [
      { v: [9, 9], pop: 'fighters', status: 'killed' },
      { v: [5, 5], pop: 'fighters' },
    ]));
  it('English', () =>
    checkProbe('en', 'Nine soldiers were killed and 5 others wounded near Gao.', [
      { v: [9, 9], pop: 'fighters', status: 'killed' },
      { v: [5, 5], pop: 'fighters' },
    ]));
});

describe('a part of a country is where people are, not where they come from', () => {
  it('English "in the north of"', () =>
    checkProbe('en', 'Gunmen abducted 17 pupils in the north of Kenya.', [{ v: [17, 17], pop: 'children' }]));
  it('French "dans le sud du"', () =>
    checkProbe('fr', 'Des hommes armés ont enlevé 17 élèves dans le sud du Kenya.', [
      { v: [17, 17], pop: 'children' },
    ]));
  it('"from" still gives origin', () =>
    checkProbe('en', 'Some 40 fighters from Kenya were killed.', [
      { v: [40, 40], pop: 'fighters', origin: ['KE'], status: 'killed' },
    ]));
});

describe('towns of East Africa and the Sahel in the gazetteer', () => {
  it('Kenya (en)', () =>
    checkProbe('en', 'Police detained 6 suspects in Garissa.', [
      { v: [6, 6], pop: 'people', status: 'detained', loc: ['KE'] },
    ]));
  it('Niger (fr)', () =>
    checkProbe('fr', 'Douze soldats ont été tués près d’Inates.', [
      { v: [12, 12], pop: 'fighters', status: 'killed', loc: ['NE'] },
    ]));
  it('Burkina Faso (en)', () =>
    checkProbe('en', 'Militants killed 132 villagers in Solhan.', [
      { v: [132, 132], pop: 'people', status: 'killed', loc: ['BF'] },
    ]));
  it('Nigeria (ru)', () =>
    checkProbe('ru', 'В Кано задержаны 5 членов группировки.', [
      { v: [5, 5], pop: 'fighters', status: 'detained', loc: ['NG'] },
    ]));
});

describe('Russian "обезглавили" is a killing', () => {
  it('beheaded', () =>
    checkProbe('ru', 'Боевики обезглавили 11 жителей деревни.', [
      { v: [11, 11], pop: 'people', status: 'killed' },
    ]));
});

describe('English "youths" are people', () => {
  it('youths', () =>
    checkProbe('en', 'Some 30 youths from Lamu joined the group.', [
      { v: [30, 30], pop: 'people', origin: ['KE'], status: 'joined' },
    ]));
});
