// Round 30: the same facts said in English, French, Russian and Arabic came out differently; each
// mechanism below was fixed where a language lagged, and is pinned here with sentences of our own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a nationality noun of both genders counts women when its predicate is feminine', () => {
  it('after a collective numeral as after digits', () => {
    checkProbe('fr', 'Une trentaine de Kirghizes sont détenues dans le camp de Roj.', [
      { v: [30, 30], pop: 'women', origin: ['KG'], status: 'present' },
    ]);
    checkProbe('fr', 'Une vingtaine de Tchétchènes ont été arrêtées à leur retour.', [
      { v: [20, 20], pop: 'women', origin: ['RU'], status: 'detained' },
    ]);
  });
  it('a masculine predicate leaves people', () => {
    checkProbe('fr', 'Une trentaine de Kirghizes sont détenus dans le camp de Roj.', [
      { v: [30, 30], pop: 'people', origin: ['KG'] },
    ]);
  });
});

describe('ru: feminine nationality nouns in -зка and -дка name women', () => {
  it('киргизка, шведка in the genitive plural', () => {
    checkProbe('ru', 'Из Сирии вернулись 20 киргизок.', [
      { v: [20, 20], pop: 'women', origin: ['KG'], status: 'returned' },
    ]);
    checkProbe('ru', 'В Стокгольм доставили 12 шведок.', [{ v: [12, 12], pop: 'women', origin: ['SE'] }]);
    checkProbe('ru', 'Полиция задержала 8 кыргызок на границе.', [
      { v: [8, 8], pop: 'women', origin: ['KG'], status: 'detained' },
    ]);
  });
  it('турок (a man’s plural) and киргизов stay people', () => {
    checkProbe('ru', 'В Сирии погибли 12 турок.', [{ v: [12, 12], pop: 'people', origin: ['TR'] }]);
    checkProbe('ru', 'Пятеро киргизов задержаны.', [{ v: [5, 5], pop: 'people', origin: ['KG'] }]);
  });
});

describe('the missing are neither present nor held', () => {
  it('en: missing and unaccounted for, after a verb of staying too', () => {
    checkProbe('en', 'Some 1,900 Yazidi women and children remain missing.', [
      { v: [1900, 1900], pop: 'people', status: 'other' },
    ]);
    checkProbe('en', 'Eleven Iraqi soldiers are still unaccounted for.', [
      { v: [11, 11], pop: 'fighters', origin: ['IQ'], status: 'other' },
    ]);
    checkProbe('en', 'The fate of 35 boys who disappeared near Mosul is unknown.', [
      { v: [35, 35], pop: 'children', status: 'other' },
    ]);
  });
  it('en: staying in a camp stays present', () => {
    checkProbe('en', 'About 500 children remain in the camp near Hasakah.', [
      { v: [500, 500], pop: 'children', status: 'present' },
    ]);
  });
  it('ar: counted among the missing, their fate unknown, after لا يزال', () => {
    checkProbe('ar', 'لا يزال 35 طفلا في عداد المفقودين.', [
      { v: [35, 35], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'ولا يزال 120 مختطفا مصيرهم مجهولا.', [
      { v: [120, 120], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'لا يزال 500 طفل في المخيم بعد اختفاء ذويهم.', [
      { v: [500, 500], pop: 'children', status: 'present' },
    ]);
  });
});

describe('a status word inside the speaker’s name says nothing of the people counted', () => {
  it('ar: an organisation named after rescue', () => {
    checkProbe('ar', 'يوجد نحو 25 ألف طفل أجنبي في مخيمات الحسكة، بحسب منظمة أنقذوا الأطفال.', [
      {
        v: [25000, 25000],
        pop: 'children',
        origin: ['region:foreign'],
        status: 'present',
        source: 'منظمة أنقذوا الأطفال',
      },
    ]);
  });
  it('en and fr: speakers named after detainees or returnees', () => {
    checkProbe(
      'en',
      'Some 300 children live in the camp, according to the Committee for Returned Fighters.',
      [{ v: [300, 300], pop: 'children', status: 'present' }],
    );
    checkProbe(
      'fr',
      "Quelque 300 enfants vivent dans le camp, selon l'association des familles de détenus.",
      [{ v: [300, 300], pop: 'children', status: 'present' }],
    );
  });
});

describe('a year-like number that a "number of" frame reaches through its verb is the count', () => {
  it('en, fr, ru: stands at, s’élève à, составляет', () => {
    checkProbe('en', 'The number of Kyrgyz fighters in Syria now stands at 2000.', [
      { v: [2000, 2000], pop: 'fighters', origin: ['KG'], loc: ['SY'] },
    ]);
    checkProbe('fr', "Le nombre d'enfants retenus dans le camp s'élève à 2000.", [
      { v: [2000, 2000], pop: 'children' },
    ]);
    checkProbe('ru', 'Число детей в лагере сейчас составляет около 2000.', [
      { v: [2000, 2000], pop: 'children' },
    ]);
    checkProbe('ru', 'Число таджикских боевиков в Сирии достигло 1900.', [
      { v: [1900, 1900], pop: 'fighters', origin: ['TJ'], loc: ['SY'] },
    ]);
  });
  it('a year in the frame’s own phrase stays a year', () => {
    checkProbe('en', 'The number of children killed in 2015 is unknown.', []);
    checkProbe('fr', "Le nombre d'enfants partis en 2014 reste inconnu.", []);
    checkProbe('ru', 'Число детей, погибших в 2015 году, неизвестно.', []);
  });
});

describe('en: a force holding people detains them, unless a camp or a centre is named', () => {
  it('authorities holding people', () => {
    checkProbe('en', 'Iraqi authorities are holding about 1,400 foreign women.', [
      { v: [1400, 1400], pop: 'women', origin: ['region:foreign'], status: 'detained', loc: ['IQ'] },
    ]);
    checkProbe('en', 'Kurdish forces are holding 900 IS fighters.', [
      { v: [900, 900], pop: 'fighters', status: 'detained', aff: 'isis' },
    ]);
  });
  it('in a camp or a centre they are present', () => {
    checkProbe('en', 'The SDF is holding 2,000 women in the al-Hol camp.', [
      { v: [2000, 2000], pop: 'women', status: 'present', loc: ['SY'] },
    ]);
    checkProbe('en', 'Officials in Mogadishu are holding 60 boys in a rehabilitation centre.', [
      { v: [60, 60], pop: 'children', status: 'present', loc: ['SO'] },
    ]);
  });
});
