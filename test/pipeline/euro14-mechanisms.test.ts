// Unit tests for the mechanisms of the fourteenth European round. Sentences invented for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Russian suspects: a participle used as a noun, and what they are suspected of is the charge', () => {
  it('detained suspects of recruiting', () =>
    checkProbe('ru', 'В Кабардино-Балкарии задержаны 8 подозреваемых в вербовке студентов.', [
      { v: [8, 8], pop: 'people', status: 'detained' },
    ]));
  it('accused of joining: the charge is no status', () =>
    checkProbe('ru', 'Суд арестовал 4 женщин, обвиняемых в участии в ИГИЛ.', [
      { v: [4, 4], pop: 'women', status: 'detained' },
    ]));
  it('before a noun it stays that noun’s adjective', () =>
    checkProbe('ru', 'Полиция задержала 5 подозреваемых боевиков.', [
      { v: [5, 5], pop: 'fighters', status: 'detained' },
    ]));
});

describe('Russian status phrases', () => {
  it('being in custody is detention', () =>
    checkProbe('ru', 'Еще 9 женщин находятся под стражей в ожидании суда.', [
      { v: [9, 9], pop: 'women', status: 'detained' },
    ]));
  it('"унес жизни" is a killing', () =>
    checkProbe('ru', 'Взрыв на рынке унес жизни 14 человек.', [
      { v: [14, 14], pop: 'people', status: 'killed' },
    ]));
});

describe('a nationality alone after fighters of another nationality continues them', () => {
  it('English, after a clause', () =>
    checkProbe('en', 'About 90 Kazakh fighters went to Syria with IS, and 25 Kyrgyz.', [
      { v: [90, 90], pop: 'fighters', origin: ['KZ'] },
      { v: [25, 25], pop: 'fighters', origin: ['KG'] },
    ]));
  it('French "ainsi que"', () =>
    checkProbe('fr', 'Quelque 400 combattants algériens sont partis en Syrie, ainsi que 70 Libyens.', [
      { v: [400, 400], pop: 'fighters', origin: ['DZ'] },
      { v: [70, 70], pop: 'fighters', origin: ['LY'] },
    ]));
  it('Russian "и"', () =>
    checkProbe('ru', 'В Ираке находятся 60 боевиков из Казахстана и 15 киргизов.', [
      { v: [60, 60], pop: 'fighters', origin: ['KZ'] },
      { v: [15, 15], pop: 'fighters', origin: ['KG'] },
    ]));
  it('not after children', () =>
    checkProbe('en', 'Some 40 Belgian children were brought home, and 12 Dutch.', [
      { v: [40, 40], pop: 'children', origin: ['BE'] },
      { v: [12, 12], pop: 'people', origin: ['NL'] },
    ]));
});

describe('a capital as the subject of a return verb stands for its state', () => {
  it('French', () =>
    checkProbe('fr', 'Londres a rapatrié 3 orphelins de Syrie.', [
      { v: [3, 3], pop: 'children', origin: ['GB'], status: 'returned' },
    ]));
  it('English, with an auxiliary', () =>
    checkProbe('en', 'Berlin has repatriated 23 children from the camps.', [
      { v: [23, 23], pop: 'children', origin: ['DE'], status: 'returned' },
    ]));
  it('Russian', () =>
    checkProbe('ru', 'Астана вернула из Сирии 40 женщин.', [
      { v: [40, 40], pop: 'women', origin: ['KZ'], status: 'returned' },
    ]));
  it('a capital a preposition governs is no agent', () =>
    checkProbe('fr', 'Depuis Paris, 40 enfants ont été rapatriés.', [
      { v: [40, 40], pop: 'children', status: 'returned' },
    ]));
  it('a capital that names an attack gives its victims no origin', () =>
    checkProbe('fr', 'Les attentats de Bruxelles ont fait 32 morts.', [
      { v: [32, 32], pop: 'people', status: 'killed' },
    ]));
});

describe('a possessive right after the verb of a headless count is its object’s', () => {
  it('English', () =>
    checkProbe('en', 'Twelve women were freed by the militia; another 8 joined their husbands in Mosul.', [
      { v: [12, 12], pop: 'women' },
      { v: [8, 8], pop: 'women' },
    ]));
  it('"of their" still counts the noun', () =>
    checkProbe('en', 'Tunisia repatriated 6 women and 14 of their children.', [
      { v: [6, 6], pop: 'women', origin: ['TN'] },
      { v: [14, 14], pop: 'children', origin: ['TN'] },
    ]));
});

describe('French defendants are people', () => {
  it('"accusés" as a noun', () =>
    checkProbe('fr', 'Au procès, 6 accusés ont été condamnés à la prison.', [
      { v: [6, 6], pop: 'people', status: 'detained' },
    ]));
  it('"prévenus" as a noun', () =>
    checkProbe('fr', 'Les 14 prévenus comparaissent pour association de malfaiteurs terroriste.', [
      { v: [14, 14], pop: 'people' },
    ]));
});

describe('a return said after the noun names who they are; the verb before says what befell them', () => {
  it('English', () =>
    checkProbe('en', 'Police arrested 5 women returned from Syria.', [
      { v: [5, 5], pop: 'women', status: 'detained' },
    ]));
  it('French', () =>
    checkProbe('fr', 'La justice a condamné 4 hommes revenus de Syrie.', [
      { v: [4, 4], pop: 'men', status: 'detained' },
    ]));
});
