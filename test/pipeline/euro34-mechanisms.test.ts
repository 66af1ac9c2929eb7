// Mechanisms fixed in the thirty-fourth European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a modal right after a count with no verb of its own leaves the return to come (plannedAfterCount)', () => {
  it('fr: « 52 autres doivent l’être »', () =>
    checkProbe('fr', "Au total, 260 Français ont été rapatriés ; 52 autres doivent l'être d'ici l'été.", [
      { v: [260, 260], pop: 'people', origin: ['FR'], status: 'returned' },
      { v: [52, 52], pop: 'people', origin: ['FR'], status: 'present' },
    ]));
  it('fr: « Dix autres pourraient suivre »', () =>
    checkProbe('fr', 'La Belgique a rapatrié 16 enfants. Dix autres pourraient suivre.', [
      { v: [16, 16], pop: 'children', origin: ['BE'], status: 'returned' },
      { v: [10, 10], pop: 'children', origin: ['BE'], status: 'present' },
    ]));
  it('en: "Another 10 are expected to follow"', () =>
    checkProbe('en', 'Belgium has repatriated 16 children. Another 10 are expected to follow.', [
      { v: [16, 16], pop: 'children', origin: ['BE'], status: 'returned' },
      { v: [10, 10], pop: 'children', origin: ['BE'], status: 'present' },
    ]));
  it('en: "ten others were not"', () =>
    checkProbe('en', 'Belgium repatriated 16 children; ten others were not.', [
      { v: [16, 16], pop: 'children', origin: ['BE'], status: 'returned' },
      { v: [10, 10], pop: 'children', origin: ['BE'], status: 'present' },
    ]));
  it('counter-case: the part has its own return verb', () =>
    checkProbe('en', 'Belgium has repatriated 16 children; ten others were repatriated in May.', [
      { v: [16, 16], pop: 'children', origin: ['BE'], status: 'returned' },
      { v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned' },
    ]));
  it('counter-case: a purpose after the object of a return verb', () =>
    checkProbe('fr', "La France a rapatrié 12 enfants pour les confier à l'aide sociale.", [
      { v: [12, 12], pop: 'children', origin: ['FR'], status: 'returned' },
    ]));
});

describe('a count in words between a freed whole and its verb is the part freed (releasedAfter)', () => {
  it('ru: «Из 15 задержанных пять были освобождены»', () =>
    checkProbe('ru', 'Из 15 задержанных пять были освобождены.', [
      { v: [15, 15], pop: 'people', status: 'detained' },
      { v: [5, 5], pop: 'people', status: 'other' },
    ]));
  it('ru: «пятеро отпущены» (bare «отпущены» is a release)', () =>
    checkProbe('ru', 'Из 15 задержанных пятеро отпущены.', [
      { v: [15, 15], pop: 'people', status: 'detained' },
      { v: [5, 5], pop: 'people', status: 'other' },
    ]));
  it('fr: « Sur les 15 détenus, cinq ont été libérés »', () =>
    checkProbe('fr', 'Sur les 15 détenus, cinq ont été libérés.', [
      { v: [15, 15], pop: 'people', status: 'detained' },
      { v: [5, 5], pop: 'people', status: 'other' },
    ]));
  it('counter-case: detainees freed, no part', () =>
    checkProbe('ru', '27 задержанных были отпущены.', [{ v: [27, 27], pop: 'people', status: 'other' }]));
});

describe('ru: «полутора десятков» in an oblique case is fifteen, not the vague plural', () => {
  it('after «около»', () =>
    checkProbe('ru', 'Около полутора десятков уроженцев Чечни осуждены за участие в ИГИЛ.', [
      { v: [15, 15], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' },
    ]));
  it('after «более чем», dative', () =>
    checkProbe('ru', 'Суд вынес приговоры более чем полутора десяткам боевиков.', [
      { v: [15, null], pop: 'fighters', status: 'detained' },
    ]));
  it('counter-case: «несколько десятков» stays vague', () =>
    checkProbe('ru', 'Несколько десятков боевиков задержаны в Дагестане.', []));
});

describe('a term of sentence between the verb of sentencing and its count (termOnly)', () => {
  it('ru: «приговорил к 10 годам 14 вернувшихся»', () =>
    checkProbe('ru', 'Суд приговорил к 10 годам 14 вернувшихся из Сирии женщин.', [
      { v: [14, 14], pop: 'women', status: 'detained' },
    ]));
  it('ru: with «лишения свободы»', () =>
    checkProbe(
      'ru',
      'Суд приговорил к 8 годам лишения свободы пятерых жителей Дагестана, вернувшихся из Ирака.',
      [{ v: [5, 5], pop: 'people', origin: ['RU'], status: 'detained' }],
    ));
  it('fr: « a condamné à dix ans de prison 14 revenants »', () =>
    checkProbe('fr', 'Le tribunal a condamné à dix ans de prison 14 revenants de Syrie.', [
      { v: [14, 14], pop: 'people', status: 'detained' },
    ]));
  it('counter-case: the term after the count', () =>
    checkProbe('ru', 'Суд приговорил 14 вернувшихся из Сирии женщин к 10 годам.', [
      { v: [14, 14], pop: 'women', status: 'detained' },
    ]));
});

describe('the whole of a share named by a word of custody stays in custody', () => {
  it('fr: « La moitié des 130 détenus ont été rapatriés »', () =>
    checkProbe('fr', 'La moitié des 130 détenus ont été rapatriés.', [
      { v: [130, 130], pop: 'people', status: 'detained' },
    ]));
  it('en: "Half of the 130 detainees were repatriated"', () =>
    checkProbe('en', 'Half of the 130 detainees were repatriated.', [
      { v: [130, 130], pop: 'people', status: 'detained' },
    ]));
  it('ru: «Половина из 130 задержанных были возвращены»', () =>
    checkProbe('ru', 'Половина из 130 задержанных были возвращены на родину.', [
      { v: [130, 130], pop: 'people', status: 'detained' },
    ]));
  it('counter-case: all the detainees were repatriated', () =>
    checkProbe('fr', 'Les 130 détenus ont été rapatriés.', [
      { v: [130, 130], pop: 'people', status: 'returned' },
    ]));
});

describe('fr: « se sont rendus » with no place after it is a surrender (surrenderWithoutPlace)', () => {
  it('before the source', () =>
    checkProbe('fr', "Près de 3 000 combattants de Boko Haram se sont rendus, selon l'état-major.", [
      { v: [3000, 3000], pop: 'fighters', status: 'other', source: "l'état-major" },
    ]));
  it('at the end of the sentence, conditional', () =>
    checkProbe('fr', "Une quarantaine de combattants de l'EI se seraient rendus.", [
      { v: [40, 40], pop: 'fighters', status: 'other', aff: 'isis' },
    ]));
  it('counter-case: gone to a country', () =>
    checkProbe('fr', 'Une trentaine de Français se sont rendus en Syrie en 2014.', [
      { v: [30, 30], pop: 'people', origin: ['FR'], status: 'joined', loc: ['SY'] },
    ]));
  it('counter-case: gone to Mali to join', () =>
    checkProbe('fr', 'Douze Tunisiennes se sont rendues au Mali pour rejoindre le JNIM.', [
      { v: [12, 12], pop: 'women', origin: ['TN'], status: 'joined' },
    ]));
});

describe('a vague whole of a nationality behind a preposition gives its part an origin', () => {
  it('fr: « Plusieurs dizaines de Belges, dont une vingtaine d’enfants »', () =>
    checkProbe(
      'fr',
      "Plusieurs dizaines de Belges, dont une vingtaine d'enfants, attendent encore d'être rapatriés.",
      [{ v: [20, 20], pop: 'children', origin: ['BE'] }],
    ));
  it('fr: « Des dizaines de Français, dont une quinzaine de femmes »', () =>
    checkProbe('fr', 'Des dizaines de Français, dont une quinzaine de femmes, sont détenus en Irak.', [
      { v: [15, 15], pop: 'women', origin: ['FR'], status: 'detained' },
    ]));
  it('counter-case: a vague count of a nationality is no origin for another count', () =>
    checkProbe(
      'fr',
      'Des centaines de Tunisiens ont été transférés. Le camp compte aujourd’hui 2 500 personnes.',
      [{ v: [2500, 2500], pop: 'people' }],
    ));
});

describe('ru: «выходцев с» before a region is where they come from', () => {
  it('«выходцев с Северного Кавказа»', () =>
    checkProbe('ru', 'Около 4 тысяч выходцев с Северного Кавказа воевали в Сирии, сообщил Кавказский узел.', [
      { v: [4000, 4000], pop: 'fighters', origin: ['region:north-caucasus'], source: 'Кавказский узел' },
    ]));
  it('«выходцы из» still reads', () =>
    checkProbe('ru', 'Около 4 тысяч выходцев из Северного Кавказа воевали в Сирии.', [
      { v: [4000, 4000], pop: 'fighters', origin: ['region:north-caucasus'] },
    ]));
  it('counter-case: «вместе с» is no origin', () =>
    checkProbe('ru', 'Около 40 боевиков вместе с детьми были задержаны в Ираке.', [
      { v: [40, 40], pop: 'fighters', status: 'detained' },
    ]));
});

describe('ru: a collective numeral alone beside a verb of what befell them counts people (personalNumerals)', () => {
  it('«В Дагестане задержаны пятеро»', () =>
    checkProbe('ru', 'В Дагестане задержаны пятеро.', [
      { v: [5, 5], pop: 'people', status: 'detained', loc: ['RU'] },
    ]));
  it('«Пятеро погибли в Сирии»', () =>
    checkProbe('ru', 'Пятеро погибли в Сирии.', [
      { v: [5, 5], pop: 'people', status: 'killed', loc: ['SY'] },
    ]));
  it('«Вернулись двое»', () =>
    checkProbe('ru', 'Вернулись двое.', [{ v: [2, 2], pop: 'people', status: 'returned' }]));
  it('counter-case: «на трое суток» is a duration', () =>
    checkProbe('ru', 'Его задержали на трое суток.', []));
  it('counter-case: «Их было трое» with nothing counted before', () => checkProbe('ru', 'Их было трое.', []));
});

describe('a predicate of origin alone after the whole of a part says whence the part is', () => {
  it('ru: «3 из 5 задержанных – уроженцы Таджикистана»', () =>
    checkProbe('ru', 'В Москве задержаны 5 человек. 3 из 5 задержанных – уроженцы Таджикистана.', [
      { v: [5, 5], pop: 'people', status: 'detained' },
      { v: [3, 3], pop: 'people', origin: ['TJ'], status: 'detained' },
    ]));
  it('ru: «Пятеро из 40 вернувшихся – граждане Казахстана»', () =>
    checkProbe('ru', 'В страну вернулись 40 человек. Пятеро из 40 вернувшихся – граждане Казахстана.', [
      { v: [40, 40], pop: 'people', status: 'returned' },
      { v: [5, 5], pop: 'people', origin: ['KZ'], status: 'returned' },
    ]));
  it('counter-case: a predicate of population keeps its own reading', () =>
    checkProbe('ru', 'Из 40 граждан Казахстана пятеро – женщины.', [
      { v: [40, 40], pop: 'people', origin: ['KZ'] },
      { v: [5, 5], pop: 'women', origin: ['KZ'] },
    ]));
});

describe('ru: a participle, its place, then a nationality noun: the noun says whence (nationalityAfterPlace)', () => {
  it('«из 850 выехавших в Сирию кыргызстанцев»', () =>
    checkProbe('ru', 'Из 850 выехавших в Сирию кыргызстанцев около 150 погибли.', [
      { v: [850, 850], pop: 'people', origin: ['KG'], status: 'joined' },
      { v: [150, 150], pop: 'people', origin: ['KG'], status: 'killed' },
    ]));
  it('«40 вернувшихся из Сирии таджикистанцев»', () =>
    checkProbe('ru', '40 вернувшихся из Сирии таджикистанцев находятся под следствием.', [
      { v: [40, 40], pop: 'people', origin: ['TJ'], status: 'detained' },
    ]));
  it('counter-case: a nationality not right after the place is someone else', () =>
    checkProbe('ru', '40 вернувшихся из Сирии женщин рассказали о жизни среди сирийцев.', [
      { v: [40, 40], pop: 'women', status: 'returned' },
    ]));
});

describe('the nationality a copula gives the part is not the whole’s (partitiveWhole window)', () => {
  it('fr: « Trois des cinq suspects sont des Tunisiens »', () =>
    checkProbe('fr', 'Trois des cinq suspects sont des Tunisiens.', [
      { v: [3, 3], pop: 'people', origin: ['TN'] },
      { v: [5, 5], pop: 'people' },
    ]));
  it('en: "Three of the five suspects are Tunisians"', () =>
    checkProbe('en', 'Three of the five suspects are Tunisians.', [
      { v: [3, 3], pop: 'people', origin: ['TN'] },
      { v: [5, 5], pop: 'people' },
    ]));
  it('counter-case: the whole’s own nationality stays', () =>
    checkProbe('fr', 'Deux des huit Belges sont des enfants.', [
      { v: [2, 2], pop: 'children', origin: ['BE'] },
      { v: [8, 8], pop: 'people', origin: ['BE'] },
    ]));
});

describe('the whole of a share freed was held: only the share is out of custody (releasedAfter)', () => {
  it('fr: « La moitié des 130 détenus ont été libérés »', () =>
    checkProbe('fr', 'La moitié des 130 détenus ont été libérés.', [
      { v: [130, 130], pop: 'people', status: 'detained' },
    ]));
  it('ru: «Половина из 130 задержанных были отпущены»', () =>
    checkProbe('ru', 'Половина из 130 задержанных были отпущены.', [
      { v: [130, 130], pop: 'people', status: 'detained' },
    ]));
  it('en: "Half of the 130 detainees were released"', () =>
    checkProbe('en', 'Half of the 130 detainees were released.', [
      { v: [130, 130], pop: 'people', status: 'detained' },
    ]));
  it('counter-case: all of them freed', () =>
    checkProbe('fr', 'Les 130 détenus ont été libérés.', [
      { v: [130, 130], pop: 'people', status: 'other' },
    ]));
});
