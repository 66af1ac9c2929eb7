// Unit tests for the mechanisms fixed in the thirty-seventh European round (fr, ru): one block per
// mechanism, each in sentences written for this test, with a counter-case where the rule must not fire.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('ru: the goal of a journey told in a participle aside is no goal of the return after it', () => {
  runProbes('ru', [
    [
      'Около 40 чеченцев, уехавших в Ирак, вернулись в Россию.',
      [{ v: [40, 40], pop: 'people', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Более 50 жителей Ингушетии, выехавших в Сирию, вернулись домой.',
      [{ v: [50, null], pop: 'people', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Около 300 граждан Казахстана, выехавших в Сирию, вернулись на родину.',
      [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'returned' }],
    ],
    // Counter-cases: a return into the war itself, or a second war after the aside, is a departure.
    [
      'Около 300 граждан Казахстана вернулись в Сирию.',
      [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'joined' }],
    ],
    [
      'Около 300 граждан Казахстана, выехавших в Сирию, вернулись в Ирак.',
      [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'joined' }],
    ],
  ]);
});

describe('ru: a return denied or still to come after an aside of their going leaves the going', () => {
  runProbes('ru', [
    [
      'Около 300 граждан Казахстана, выехавших в Сирию, так и не вернулись на родину.',
      [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'joined' }],
    ],
    [
      'Около 300 граждан Казахстана, выехавших из страны, так и не вернулись.',
      [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'joined' }],
    ],
    [
      'Из 300 граждан, выехавших в Сирию, никто не вернулся.',
      [{ v: [300, 300], pop: 'people', status: 'joined' }],
    ],
    // Counter-case: a return made.
    [
      '25 узбечек, вывезенных в Сирию мужьями, вернулись в Ташкент.',
      [{ v: [25, 25], pop: 'women', origin: ['UZ'], status: 'returned' }],
    ],
  ]);
});

describe('fr, ru: a part said to be some people is of the nationality that names the fronted whole', () => {
  runProbes('fr', [
    [
      'Parmi les Belges détenus dans le camp de Roj, une dizaine sont des enfants.',
      [{ v: [10, 10], pop: 'children', origin: ['BE'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Parmi les Marocains rapatriés, 25 sont des mineurs.',
      [{ v: [25, 25], pop: 'children', origin: ['MA'], status: 'returned' }],
    ],
    // Counter-case: a nationality of the captors is no nationality of the whole.
    ['Parmi les détenus des forces kurdes, 10 sont des enfants.', [{ v: [10, 10], pop: 'children' }]],
  ]);
  runProbes('ru', [
    [
      'Из находящихся в лагере «Аль-Холь» россиян около 700 – дети.',
      [{ v: [700, 700], pop: 'children', origin: ['RU'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Среди вывезенных из Ирака казахстанцев 40 – женщины.',
      [{ v: [40, 40], pop: 'women', origin: ['KZ'], status: 'returned', loc: ['IQ'] }],
    ],
    ['Из задержанных курдскими силами около 70 – дети.', [{ v: [70, 70], pop: 'children' }]],
  ]);
});

describe('fr: the article « des » before a year-like number and its noun of people is a count', () => {
  runProbes('fr', [
    [
      'Le sort des 1500 enfants nés de parents djihadistes en Syrie reste incertain.',
      [{ v: [1500, 1500], pop: 'children', loc: ['SY'] }],
    ],
    ['Le retour des 2000 combattants est prévu.', [{ v: [2000, 2000], pop: 'fighters' }]],
    // A nationality noun after it too, where the article is written as such (not « dès »).
    [
      'Le rapatriement des 1200 Tunisiens détenus en Libye est en cours.',
      [{ v: [1200, 1200], pop: 'people', origin: ['TN'], loc: ['LY'] }],
    ],
    ['Le retour des 2000 Marocains est attendu.', [{ v: [2000, 2000], pop: 'people', origin: ['MA'] }]],
    ['Dès 2015 Tunisiens et Marocains ont afflué.', []],
    // Counter-cases: « dès » and a year, with no noun of people right after it.
    ['Dès 2015 des enfants ont été recrutés.', []],
    ['Ils sont partis dès 2014 en Syrie.', []],
  ]);
});

describe("fr: a city's or canton's demonym gives its country", () => {
  runProbes('fr', [
    [
      "Selon Le Temps, trois enfants genevois et leur mère sont toujours retenus dans le camp d'al-Hol.",
      [{ v: [3, 3], pop: 'children', origin: ['CH'], status: 'present' }],
    ],
    [
      "Au moins cinq Genevois ont rejoint l'État islamique en Syrie.",
      [{ v: [5, null], pop: 'people', origin: ['CH'], status: 'joined', aff: 'isis' }],
    ],
    [
      'Deux Bruxelloises ont été rapatriées du camp de Roj.',
      [{ v: [2, 2], pop: 'women', origin: ['BE'], status: 'returned' }],
    ],
    // Counter-case: the city's adjective on a court or police names no one's origin.
    ['Le tribunal lyonnais a condamné 3 djihadistes.', [{ v: [3, 3], pop: 'fighters', status: 'detained' }]],
  ]);
});

describe('fr, ru, en: people said to be among fighters, by a verb of being after their count, are fighters', () => {
  runProbes('fr', [
    [
      'Au moins trois Algériens figurent parmi les jihadistes tués dans la frappe.',
      [{ v: [3, null], pop: 'fighters', origin: ['DZ'], status: 'killed' }],
    ],
    // Counter-case: among the victims of the jihadists, they are none of them.
    [
      'Cinq Tunisiens figurent parmi les victimes des jihadistes.',
      [{ v: [5, 5], pop: 'people', origin: ['TN'] }],
    ],
  ]);
  runProbes('ru', [
    [
      'Трое граждан Алжира оказались среди убитых боевиков.',
      [{ v: [3, 3], pop: 'fighters', origin: ['DZ'], status: 'killed' }],
    ],
    [
      'Трое граждан Алжира оказались среди погибших мирных жителей.',
      [{ v: [3, 3], pop: 'people', origin: ['DZ'], status: 'killed' }],
    ],
  ]);
  runProbes('en', [
    [
      'At least three Algerians were among the jihadists killed in the strike.',
      [{ v: [3, null], pop: 'fighters', origin: ['DZ'], status: 'killed' }],
    ],
    // Counter-cases: a deed of their own before "among", and the fighters' own relatives.
    [
      "Five Tunisians were arrested among the fighters' relatives.",
      [{ v: [5, 5], pop: 'people', origin: ['TN'], status: 'detained' }],
    ],
    [
      "Five Tunisians were among the fighters' wives held in Roj.",
      [{ v: [5, 5], pop: 'people', origin: ['TN'] }],
    ],
    // A noun of joining: recruits joined, they are not said to fight.
    [
      'Nearly 300 Uzbek nationals were among the recruits of the group.',
      [{ v: [300, 300], pop: 'people', origin: ['UZ'] }],
    ],
  ]);
});

describe('fr: a nationality after « de » is no country left for a war', () => {
  runProbes('fr', [
    [
      "Une centaine d'enfants français nés en Syrie sont détenus dans les camps.",
      [{ v: [100, 100], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Une vingtaine de Belges en Syrie ont moins de 30 ans.',
      [{ v: [20, 20], pop: 'people', origin: ['BE'], status: 'present', loc: ['SY'] }],
    ],
    // Counter-case: a country named after "from", then a war.
    [
      'Au moins 40 personnes sont parties de Belgique pour la Syrie en 2014.',
      [{ v: [40, null], pop: 'people', origin: ['BE'], status: 'joined', loc: ['SY'] }],
    ],
  ]);
  runProbes('en', [
    [
      '760 people left Germany for Syria and Iraq.',
      [{ v: [760, 760], pop: 'people', origin: ['DE'], status: 'joined', loc: ['SY', 'IQ'] }],
    ],
  ]);
});

describe('ru: digits end their clause after a fronted genitive noun past a dash or a link of being', () => {
  runProbes('ru', [
    [
      'Из Ирака вернулись 79 человек. Из них детей – 30.',
      [
        { v: [79, 79], pop: 'people', status: 'returned', loc: ['IQ'] },
        { v: [30, 30], pop: 'children', status: 'returned' },
      ],
    ],
    [
      'Из Ирака вернулись 79 человек, детей среди них было 30.',
      [
        { v: [79, 79], pop: 'people', status: 'returned', loc: ['IQ'] },
        { v: [30, 30], pop: 'children', status: 'returned' },
      ],
    ],
    [
      'Женщин среди них – 12, детей – 30.',
      [
        { v: [12, 12], pop: 'women' },
        { v: [30, 30], pop: 'children' },
      ],
    ],
    // Counter-cases: digits with no link (a house number), a hyphenated name, a year.
    ['Детей поселили в доме 12.', []],
    ['Вернулись дети из района ИГ-2.', []],
    ['Детей в лагере стало больше в 2019.', []],
  ]);
});
