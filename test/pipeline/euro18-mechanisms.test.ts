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

// Rule applied (GUIDELINES.md, Hard cases): hostages and other victims of armed groups take status
// `killed` or `other`; `returned` is for repatriated, evacuated, brought back. Freed or rescued from
// captivity is no return home, so "rescued", "freed", "libérés", "délivrés", "освобождены",
// "освободили", "вызволили" give `other` in all three languages, whatever the noun (hostages, women,
// children); a return said by its own word ("brought home", "rapatriés") still gives `returned`.
describe('freed or rescued captives are victims (other), in English, French and Russian alike', () => {
  it('en: rescued women held by a group', () => {
    checkProbe('en', 'Government troops rescued 17 Yazidi women from ISIS captivity near Sinjar.', [
      { v: [17, 17], pop: 'women', status: 'other' },
    ]);
  });
  it('en: rescued hostages', () => {
    checkProbe('en', 'Special forces rescued 17 hostages held by the militants.', [
      { v: [17, 17], pop: 'people', status: 'other' },
    ]);
  });
  it('fr: délivrées', () => {
    checkProbe('fr', "L'armée a délivré 17 femmes yézidies captives de l'EI.", [
      { v: [17, 17], pop: 'women', status: 'other' },
    ]);
  });
  it('fr: libérés', () => {
    checkProbe('fr', 'Au total, 17 enfants enlevés par le groupe ont été libérés la semaine dernière.', [
      { v: [17, 17], pop: 'children', status: 'other' },
    ]);
  });
  it('ru: освободили из плена', () => {
    checkProbe('ru', 'Военные освободили из плена 17 езидских женщин.', [
      { v: [17, 17], pop: 'women', status: 'other' },
    ]);
  });
  it('ru: освобождены', () => {
    checkProbe('ru', 'В ходе операции были освобождены 17 похищенных детей.', [
      { v: [17, 17], pop: 'children', status: 'other' },
    ]);
  });
  it('en: brought home stays a return', () => {
    checkProbe('en', 'Kazakhstan brought home 17 children from the camps in Syria.', [
      { v: [17, 17], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
  });
});

describe('ru: "в + institution" before an impersonal plural verb of estimate is the source', () => {
  it('ru: в МВД оценивают', () => {
    checkProbe('ru', 'Число узбекских боевиков в Сирии в МВД оценивают в 700 человек.', [
      { v: [700, 700], pop: 'fighters', origin: ['UZ'], source: 'МВД' },
    ]);
  });
  it('ru: в ООН считают, fronted institution unchanged', () => {
    checkProbe('ru', 'В ООН считают, что в Ираке остаются 700 узбекских боевиков.', [
      { v: [700, 700], pop: 'fighters', origin: ['UZ'], source: 'ООН' },
    ]);
  });
});
