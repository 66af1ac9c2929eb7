// par25: one unit test per mechanism fixed by cross-language comparison (the same fact in en, fr, ru, ar).
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('par25 mechanisms', () => {
  it('fr: a share aside without a verb ("dont la moitié de …,") leaves the verb after it to the count', () => {
    checkProbe('fr', 'Près de 200 Tadjiks, dont une majorité de mineurs, ont été rapatriés en mai.', [
      { v: [200, 200], pop: 'people', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('ru: a share aside without a verb ("большинство из которых дети,") keeps the main verb', () => {
    checkProbe('ru', 'Около 150 граждан Таджикистана, большинство из которых дети, были возвращены в мае.', [
      { v: [150, 150], pop: 'people', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('en: an age said after the whole of a percentage is the percentage’s', () => {
    checkProbe('en', 'About 60 per cent of the 4,000 camp residents are younger than 10.', [
      { v: [4000, 4000], pop: 'people', age: [null, null] },
    ]);
  });
  it('fr: résidents counts people, and the age after the whole of a share is not its own', () => {
    checkProbe('fr', 'Environ 60 % des 4 000 résidents du camp ont moins de 10 ans.', [
      { v: [4000, 4000], pop: 'people', age: [null, null] },
    ]);
  });
  it('en: returnees moved on at home are still returned; a part coordinated in the aside too', () => {
    checkProbe(
      'en',
      'The 120 returnees, including 70 children and 9 orphans, were sent to a centre in Almaty.',
      [
        { v: [120, 120], pop: 'people', status: 'returned' },
        { v: [70, 70], pop: 'children', status: 'returned' },
        { v: [9, 9], pop: 'children', status: 'returned' },
      ],
    );
  });
  it('en: returnees sent back to a war are not returned', () => {
    checkProbe('en', 'The 40 returnees were sent back to Syria.', [
      { v: [40, 40], pop: 'people', loc: ['SY'], not: 'returned' },
    ]);
  });
  it('ru: a state that "забрала из" a war zone takes its people back', () => {
    checkProbe('ru', 'Казахстан забрал из Сирии 44 ребенка.', [
      { v: [44, 44], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
  });
  it('ru: ИГЗА, ИГБС are Islamic State provinces', () => {
    checkProbe('ru', 'В Нигере уничтожены 30 боевиков ИГБС.', [
      { v: [30, 30], pop: 'fighters', aff: 'isis' },
    ]);
  });
  it('fr: an epicene nationality with a feminine plural participle counts women', () => {
    checkProbe('fr', 'Quinze Belges ont été arrêtées à Bruxelles.', [
      { v: [15, 15], pop: 'women', origin: ['BE'], status: 'detained' },
    ]);
  });
  it('fr: the masculine participle leaves an epicene nationality people', () => {
    checkProbe('fr', 'Quinze Belges ont été arrêtés à Bruxelles.', [
      { v: [15, 15], pop: 'people', origin: ['BE'], status: 'detained' },
    ]);
  });
  it('ru: тунисок (genitive plural in -сок) names women', () => {
    checkProbe('ru', 'В Ливии задержаны 25 тунисок.', [
      { v: [25, 25], pop: 'women', origin: ['TN'], status: 'detained' },
    ]);
  });
  it('ar: expecting to bring children back is no return yet', () => {
    checkProbe('ar', 'تتوقع كازاخستان إعادة 50 طفلا خلال الشهر المقبل.', [
      { v: [50, 50], pop: 'children', origin: ['KZ'], not: 'returned' },
    ]);
  });
  it('fr: acheminés de … is flown out, a return', () => {
    checkProbe('fr', 'Vingt enfants kazakhs ont été acheminés de Damas à Almaty.', [
      { v: [20, 20], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
  });
});
