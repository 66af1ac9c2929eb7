// Mechanisms of the eighteenth European round, each pinned with sentences written for the test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a border named by its adjective: the country across it is not where they are', () => {
  it('en: near the Malian border', () => {
    checkProbe('en', 'About 150 Nigerien soldiers were posted near the Malian border.', [
      { v: [150, 150], pop: 'fighters', origin: ['NE'], loc: [] },
    ]);
  });
  it('fr: près de la frontière malienne', () => {
    checkProbe('fr', 'Environ 150 soldats nigériens sont postés près de la frontière malienne.', [
      { v: [150, 150], pop: 'fighters', origin: ['NE'], loc: [] },
    ]);
  });
  it('ru: у афганской границы', () => {
    checkProbe('ru', 'У афганской границы дежурят 150 таджикских пограничников.', [
      { v: [150, 150], pop: 'fighters', origin: ['TJ'], loc: [] },
    ]);
  });
  it('en: a country named as such still places them', () => {
    checkProbe('en', 'About 150 Nigerien soldiers were killed in Mali last year.', [
      { v: [150, 150], pop: 'fighters', origin: ['NE'], loc: ['ML'], status: 'killed' },
    ]);
  });
});
