// Mechanisms of the twentieth round, each pinned with sentences written for the test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a participle of custody describes the people; a verb of bringing them home is their status', () => {
  it('en: imprisoned in Iraq, then brought back', () => {
    checkProbe('en', 'Some 18 Azerbaijani women imprisoned in Iraq were brought home on Friday.', [
      { v: [18, 18], pop: 'women', origin: ['AZ'], status: 'returned' },
    ]);
  });
  it('fr: the custody word ends the counted noun (détenues)', () => {
    checkProbe('fr', 'Au total, 22 Algériennes détenues en Irak ont été rapatriées.', [
      { v: [22, 22], pop: 'women', origin: ['DZ'], status: 'returned' },
    ]);
  });
  it('ru: a past participle of holding set off by commas', () => {
    checkProbe('ru', '17 таджикских женщин, содержавшихся в тюрьме в Ираке, вернули в Душанбе.', [
      { v: [17, 17], pop: 'women', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('en: without a verb of return the custody stays', () => {
    checkProbe('en', 'Some 18 Azerbaijani women imprisoned in Iraq were sentenced to death.', [
      { v: [18, 18], pop: 'women', origin: ['AZ'], not: 'returned' },
    ]);
  });
});

describe('ar: a verb of killing, its one-word subject noun, then the count', () => {
  it('the captives put to death are killed', () => {
    checkProbe('ar', 'أعدم المقاتلون 9 أسرى في الساحة.', [{ v: [9, 9], pop: 'people', status: 'killed' }]);
  });
});

describe('a nationality right before a noun for people is their origin, not the report’s place', () => {
  it('en: the demonym of the people counted before the number', () => {
    checkProbe('en', 'Yemeni volunteers at the camp now number about 450.', [
      { v: [450, 450], pop: 'fighters', origin: ['YE'], loc: [] },
    ]);
  });
  it('en: a country named as a place still places them', () => {
    checkProbe('en', 'Yemeni volunteers in Yemen now number about 450.', [
      { v: [450, 450], pop: 'fighters', origin: ['YE'], loc: ['YE'] },
    ]);
  });
});

describe('a from-place glued to a later count is that count’s origin, no place for the counts before', () => {
  it('fr: 12 Soudanais et 5 du Tchad', () => {
    checkProbe(
      'fr',
      'Environ 17 rebelles ont été capturés en Libye. Parmi eux, 12 Soudanais et 5 du Tchad.',
      [
        { v: [17, 17], pop: 'fighters', origin: ['SD', 'TD'], loc: ['LY'] },
        { v: [12, 12], pop: 'fighters', origin: ['SD'], loc: ['LY'] },
        { v: [5, 5], pop: 'fighters', origin: ['TD'], loc: ['LY'] },
      ],
    );
  });
});
