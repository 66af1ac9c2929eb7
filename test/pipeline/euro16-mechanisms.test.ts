// Unit tests for the mechanisms of the sixteenth European round. Sentences invented for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a country across a border is not where the people are', () => {
  it('English "near the border with"', () =>
    checkProbe('en', 'Troops killed 31 militants in Tillaberi, near the border with Mali.', [
      { v: [31, 31], pop: 'fighters', status: 'killed', loc: ['NE'] },
    ]));
  it('French "à la frontière avec le"', () =>
    checkProbe('fr', '31 jihadistes ont été tués à Tillabéri, à la frontière avec le Mali.', [
      { v: [31, 31], pop: 'fighters', status: 'killed', loc: ['NE'] },
    ]));
  it('Russian "у границы с"', () =>
    checkProbe('ru', 'В Дагестане, у границы с Грузией, задержаны 5 боевиков.', [
      { v: [5, 5], pop: 'fighters', status: 'detained', loc: ['RU'] },
    ]));
  it('a country named without a border still counts', () =>
    checkProbe('en', 'Troops killed 31 militants in Mali.', [
      { v: [31, 31], pop: 'fighters', status: 'killed', loc: ['ML'] },
    ]));
});

describe('out of an armed group’s hands (UN CAAC phrasing) is status other', () => {
  it('English "separated from armed groups"', () =>
    checkProbe('en', 'Some 600 children were separated from armed groups in Mali last year.', [
      { v: [600, 600], pop: 'children', status: 'other' },
    ]));
  it('English "released by armed groups"', () =>
    checkProbe('en', '212 children were released by armed groups in the Kasai.', [
      { v: [212, 212], pop: 'children', status: 'other' },
    ]));
  it('English "released" to their families is a return (released alone: other, euro19)', () =>
    checkProbe('en', 'The SDF released 25 Syrian women from al-Hol to their families in Raqqa.', [
      { v: [25, 25], pop: 'women', origin: ['SY'], status: 'returned' },
    ]));
  it('French "libérés par des groupes armés", "séparés des groupes armés"', () => {
    checkProbe('fr', '64 enfants ont été libérés par des groupes armés au Tchad.', [
      { v: [64, 64], pop: 'children', status: 'other' },
    ]);
    checkProbe('fr', '64 enfants ont été séparés des groupes armés au Tchad.', [
      { v: [64, 64], pop: 'children', status: 'other' },
    ]);
  });
});

describe('French maimed are victims, not the killed', () => {
  it('a coordinated count after "tués" takes its own "mutilés"', () =>
    checkProbe('fr', 'Dans le Kivu, 9 enfants ont été tués et 15 mutilés en mars.', [
      { v: [9, 9], pop: 'children', status: 'killed' },
      { v: [15, 15], pop: 'children', status: 'other' },
    ]));
});

describe('civic people nouns (activists, protesters, students)', () => {
  it('English', () =>
    checkProbe('en', 'The militia detained 27 protesters and 8 human rights defenders.', [
      { v: [27, 27], pop: 'people', status: 'detained' },
      { v: [8, 8], pop: 'people', status: 'detained' },
    ]));
  it('French', () =>
    checkProbe('fr', 'Les jihadistes ont enlevé 27 étudiants et 8 activistes.', [
      { v: [27, 27], pop: 'people', status: 'other' },
      { v: [8, 8], pop: 'people', status: 'other' },
    ]));
  it('Russian', () =>
    checkProbe('ru', 'Боевики захватили 27 демонстрантов и 8 верующих.', [
      { v: [27, 27], pop: 'people' },
      { v: [8, 8], pop: 'people' },
    ]));
  it('French armed men are fighters', () =>
    checkProbe('fr', 'Une vingtaine d’hommes armés ont attaqué le village.', [
      { v: [20, 20], pop: 'fighters' },
    ]));
});

describe('Russian "приводит" reports only with what it cites', () => {
  it('a cause leading to deaths is no source', () =>
    checkProbe('ru', 'Каждый такой удар приводит к гибели 20 мирных жителей.', [
      { v: [20, 20], pop: 'people', status: 'killed', source: null },
    ]));
  it('"приводит данные" cites', () =>
    checkProbe('ru', 'Агентство приводит данные о 70 боевиках из Киргизии.', [
      { v: [70, 70], pop: 'fighters', origin: ['KG'], source: 'Агентство' },
    ]));
});

describe('a return in the counted phrase yields to the main verb', () => {
  it('French returnee noun before a passive of custody', () =>
    checkProbe('fr', 'Neuf revenantes ont été écrouées à Fresnes.', [
      { v: [9, 9], pop: 'people', status: 'detained' },
    ]));
  it('French participle of return before the main verb', () =>
    checkProbe('fr', 'Sept Belges rentrés de Syrie ont été condamnés à Bruxelles.', [
      { v: [7, 7], pop: 'people', origin: ['BE'], status: 'detained' },
    ]));
  it('not past a conjunction: both said, the return first', () =>
    checkProbe('fr', 'Sept Belges sont rentrés de Syrie et ont été arrêtés.', [
      { v: [7, 7], pop: 'people', origin: ['BE'], status: 'returned' },
    ]));
  it('a release stays a return', () =>
    checkProbe('fr', 'Neuf revenantes ont été libérées.', [
      { v: [9, 9], pop: 'people', status: 'returned' },
    ]));
});

describe('Russian oblique tens of десяток are counts', () => {
  it('"более двух десятков" is more than 20', () =>
    checkProbe('ru', 'Задержаны более двух десятков пособников боевиков.', [
      { v: [20, null], pop: 'fighters' },
    ]));
  it('"около трёх десятков" is about 30', () =>
    checkProbe('ru', 'Около трёх десятков жителей Дагестана воюют в Сирии.', [
      { v: [30, 30], pop: 'fighters', origin: ['RU'] },
    ]));
  it('plural "десятков" alone stays vague', () =>
    checkProbe('ru', 'Задержаны несколько десятков пособников боевиков.', []));
});

describe('a share of a count has its own origin', () => {
  it('English one-third', () =>
    checkProbe('en', 'Of the 5,600 foreign fighters, roughly one-third were from Tunisia.', [
      { v: [5600, 5600], pop: 'fighters', origin: ['region:foreign'] },
    ]));
  it('French un tiers', () =>
    checkProbe('fr', 'Sur les 5 600 combattants étrangers, un tiers venaient de Tunisie.', [
      { v: [5600, 5600], pop: 'fighters', origin: ['region:foreign'] },
    ]));
});
