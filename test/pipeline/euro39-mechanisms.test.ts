// Mechanisms fixed in the thirty-ninth European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a newspaper named by a when-word ("Le Soir", "Le Matin") after an attribution verb is the speaker', () => {
  it('« …, rapporte Le Soir »', () =>
    checkProbe('fr', 'Neuf enfants belges sont toujours retenus à Roj, rapporte Le Soir.', [
      { v: [9, 9], pop: 'children', origin: ['BE'], status: 'present', source: 'Le Soir' },
    ]));
  it('« …, écrit Le Matin »', () =>
    checkProbe('fr', 'Quatorze djihadistes suisses seraient encore en vie, écrit Le Matin.', [
      { v: [14, 14], pop: 'fighters', origin: ['CH'], source: 'Le Matin' },
    ]));
  it('« …, affirme Le Temps »', () =>
    checkProbe('fr', 'Six femmes ont été rapatriées à Genève, affirme Le Temps.', [
      { v: [6, 6], pop: 'women', status: 'returned', source: 'Le Temps' },
    ]));
  it('counter-case: « mardi soir » after the verb still says when, the speaker follows', () =>
    checkProbe('fr', 'Douze djihadistes ont été arrêtés, a indiqué mardi soir la police.', [
      { v: [12, 12], pop: 'fighters', status: 'detained', source: 'la police' },
    ]));
});

describe('an age said of a share ("la moitié des 120 enfants ont moins de six ans") is not the whole count’s', () => {
  it('« Près de la moitié des 120 enfants rapatriés ont moins de six ans »', () =>
    checkProbe('fr', 'Près de la moitié des 80 enfants rapatriés ont moins de cinq ans.', [
      { v: [80, 80], pop: 'children', status: 'returned', age: [null, null] },
    ]));
  it('« Un tiers des 90 mineurs revenus de Syrie ont moins de 10 ans »', () =>
    checkProbe('fr', 'Un tiers des 90 mineurs revenus de Syrie ont moins de 10 ans.', [
      { v: [90, 90], pop: 'children', status: 'returned', age: [null, null] },
    ]));
  it('"Most of the 300 repatriated children are under five"', () =>
    checkProbe('en', 'Most of the 300 repatriated children are under five.', [
      { v: [300, 300], pop: 'children', status: 'returned', age: [null, null] },
    ]));
  it('counter-case: « Les 120 enfants rapatriés ont moins de six ans » (all of them)', () =>
    checkProbe('fr', 'Les 120 enfants rapatriés ont moins de six ans.', [
      { v: [120, 120], pop: 'children', status: 'returned', age: [null, 5] },
    ]));
});

describe('a ratio whose second term is followed by a status participle ("trois enfants sur quatre détenus")', () => {
  it('« Trois enfants sur quatre détenus dans le camp ont moins de 12 ans »', () =>
    checkProbe('fr', 'Trois enfants sur quatre détenus dans le camp ont moins de 12 ans.', []));
  it('« Deux mineurs sur trois rapatriés ont moins de six ans »', () =>
    checkProbe('fr', 'Deux mineurs sur trois rapatriés ont moins de six ans.', []));
  it('"Three children in four held in the camp are under 12"', () =>
    checkProbe('en', 'Three children in four held in the camp are under 12.', []));
  it('counter-case: a second noun of its own (« sur trois familles ») makes two counts', () =>
    checkProbe('fr', 'Douze enfants sur trois familles ont été rapatriés.', [
      { v: [12, 12], pop: 'children', status: 'returned' },
      { v: [3, 3], pop: 'families', status: 'returned' },
    ]));
});
