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

describe('a transfer into a prison, wherever it is, leaves the people detained', () => {
  it('en: transferred to a detention centre', () => {
    checkProbe('en', 'Last month 64 Tunisian men were transferred to a detention centre outside Baghdad.', [
      { v: [64, 64], pop: 'men', origin: ['TN'], status: 'detained' },
    ]);
  });
  it('en: the authorities moved them to a jail', () => {
    checkProbe('en', 'The Kurdish authorities moved 64 Tunisian men to a jail in Qamishli.', [
      { v: [64, 64], pop: 'men', origin: ['TN'], status: 'detained' },
    ]);
  });
  it('fr: transférés vers un centre de détention', () => {
    checkProbe('fr', 'Quelque 64 Tunisiens ont été transférés vers un centre de détention près de Bagdad.', [
      { v: [64, 64], pop: 'people', origin: ['TN'], status: 'detained' },
    ]);
  });
  it('ru: переведены в СИЗО, no country named', () => {
    checkProbe('ru', 'Еще 64 гражданина Туниса переведены в СИЗО.', [
      { v: [64, 64], pop: 'people', origin: ['TN'], status: 'detained' },
    ]);
  });
  it('en: moved to a camp stays held (present)', () => {
    checkProbe('en', 'Last month 64 Tunisian women were moved to a camp in northern Syria.', [
      { v: [64, 64], pop: 'women', origin: ['TN'], status: 'present' },
    ]);
  });
});
