// Mechanisms fixed in the twenty-seventh European round, each with sentences written for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('ru: "вернувшиеся" used as a noun counts returnees', () => {
  it('the whole of a partition keeps its own noun; the predicate after the dash is the part’s', () =>
    checkProbe('ru', '12 из 90 вернувшихся — подростки.', [
      { v: [12, 12], pop: 'children', status: 'returned' },
      { v: [90, 90], pop: 'people', status: 'returned' },
    ]));
  it('after "среди" the returnees are counted too', () =>
    checkProbe('ru', 'Среди 75 вернувшихся оказались 40 детей.', [
      { v: [75, 75], pop: 'people', status: 'returned' },
      { v: [40, 40], pop: 'children', status: 'returned' },
    ]));
  it('before a noun it is the noun’s participle', () =>
    checkProbe('ru', 'Задержаны 14 вернувшихся женщин.', [
      { v: [14, 14], pop: 'women', status: 'detained' },
    ]));
  it('a war zone after it is where they came back from, not their origin', () =>
    checkProbe('ru', 'Осуждены 6 мужчин, вернувшихся из Ирака, и 2 женщины.', [
      { v: [6, 6], pop: 'men', status: 'detained' },
      { v: [2, 2], pop: 'women', status: 'detained' },
    ]));
});

describe('a "number of" frame counts the noun an adjective of people stands before', () => {
  it('ru: "число погибших детей" counts children', () =>
    checkProbe('ru', 'Число погибших подростков достигло 37.', [
      { v: [37, 37], pop: 'children', status: 'killed' },
    ]));
  it('ru: the adjective alone still counts people', () =>
    checkProbe('ru', 'Число погибших достигло 37.', [{ v: [37, 37], pop: 'people', status: 'killed' }]));
});

describe('a fronted whole keeps the status of its own phrase, not its part’s', () => {
  it('en: a count as the part', () =>
    checkProbe('en', 'Of the 640 boys, 210 were released.', [
      { v: [640, 640], pop: 'children', not: 'other' },
      { v: [210, 210], pop: 'children', status: 'other' },
    ]));
  it('en: a half as the part', () =>
    checkProbe('en', 'Of the 900 Tunisians, half were killed.', [
      { v: [900, 900], pop: 'people', origin: ['TN'], not: 'killed' },
    ]));
  it('ru: a share in the genitive as the part', () =>
    checkProbe('ru', 'Из 800 выходцев из Таджикистана около половины погибли.', [
      { v: [800, 800], pop: 'people', origin: ['TJ'], not: 'killed' },
    ]));
  it('ru: its own participle clause still holds', () =>
    checkProbe('ru', 'Из 90 боевиков, задержанных в Ираке, 30 были осуждены.', [
      { v: [90, 90], pop: 'fighters', status: 'detained' },
      { v: [30, 30], pop: 'fighters', status: 'detained' },
    ]));
});

describe('en: held by a group, then a verb of what befell them', () => {
  it('an escape needs no auxiliary', () =>
    checkProbe('en', 'Six boys held by Boko Haram escaped last week.', [
      { v: [6, 6], pop: 'children', status: 'other', aff: 'other' },
    ]));
  it('a death with an auxiliary', () =>
    checkProbe('en', 'Six boys held by the militants were killed in the raid.', [
      { v: [6, 6], pop: 'children', status: 'killed' },
    ]));
  it('a sentence to death is no death', () =>
    checkProbe('en', 'Three women sentenced to death remain in prison in Baghdad.', [
      { v: [3, 3], pop: 'women', status: 'detained' },
    ]));
});

describe('a country a count’s people come from gives no report location', () => {
  it('en: "N from Niger" is their origin only', () =>
    checkProbe('en', 'The 300 recruits included 45 from Mali.', [
      { v: [300, 300], pop: 'fighters', loc: [] },
      { v: [45, 45], pop: 'fighters', origin: ['ML'], loc: [] },
    ]));
  it('en: a return from a war zone still places them there', () =>
    checkProbe('en', 'Kenya brought back 30 children from Somalia.', [
      { v: [30, 30], pop: 'children', origin: ['KE'], status: 'returned', loc: ['SO'] },
    ]));
});
