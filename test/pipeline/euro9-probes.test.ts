// Blind probes of the ninth European round (en, fr, ru): short invented reports in news, NGO, UN
// and court styles from the wider field, with the claims the guideline demands. Written before any
// dev error was looked at.
import { describe } from 'vitest';
import { type Probe, runProbes } from './probe-helpers.ts';

const EN: Probe[] = [
  // UN style: verified cases count children; "a further N" is a count of its own.
  [
    'The UN country task force verified the recruitment and use of 1,163 children in Somalia in 2022, most of them by al-Shabaab. A further 230 children were detained by security forces for alleged association with the group.',
    [
      { v: [1163, 1163], pop: 'children', status: 'joined', loc: ['SO'] },
      { v: [230, 230], pop: 'children', status: 'detained', loc: ['SO'] },
    ],
  ],
  // News: a repatriation from Roj; "N of them" refers back to the returnees ("home" is Kyrgyzstan).
  [
    'Kyrgyzstan flew 59 women and children home from the Roj camp on Tuesday, the foreign ministry said. 41 of them are children under the age of 12.',
    [
      { v: [59, 59], pop: 'people', origin: ['KG'], status: 'returned', source: 'the foreign ministry' },
      { v: [41, 41], pop: 'children', origin: ['KG'], status: 'returned', age: [null, 11] },
    ],
  ],
  // NGO: "the number of X stands at N"; a status does not leak across a coordination.
  [
    'The number of Moroccans who travelled to Iraq and Syria stands at 1,659, according to the interior ministry. Of these, 270 have returned, and 84 are now in prison.',
    [
      { v: [1659, 1659], pop: 'people', origin: ['MA'], status: 'joined', source: 'the interior ministry' },
      { v: [270, 270], pop: 'people', origin: ['MA'], status: 'returned' },
      { v: [84, 84], pop: 'people', origin: ['MA'], status: 'detained' },
    ],
  ],
  // Lake Chad: a new group in the next sentence takes no origin from the previous one.
  [
    'Nigerian troops rescued 32 children held by Boko Haram near Lake Chad. In a separate operation, 15 fighters surrendered to the army in Borno state.',
    [
      { v: [32, 32], pop: 'children' },
      { v: [15, 15], pop: 'fighters', status: 'other' },
    ],
  ],
  // Court style: a repatriated man arrested on arrival stays returned per the guideline's count.
  [
    'Prosecutors in Almaty charged 12 returnees from Syria with membership of a terrorist organisation. About 600 Kazakh nationals have been brought back since 2019.',
    [
      { v: [12, 12], pop: 'people', status: 'detained' },
      { v: [600, 600], pop: 'people', origin: ['KZ'], status: 'returned' },
    ],
  ],
  // Sahel: "nearly", "more than".
  [
    'In Burkina Faso, nearly 500 boys were recruited by armed groups last year, UNICEF said. More than 70 of them were killed in clashes.',
    [
      { v: [500, 500], pop: 'children', status: 'joined', source: 'UNICEF' },
      { v: [70, null], pop: 'children', status: 'killed' },
    ],
  ],
  // DRC: up to N; a dozen.
  [
    'Up to 3,000 children may still be serving with armed groups in North Kivu, a UN official told reporters. A dozen girls escaped from a militia camp last month.',
    [
      { v: [null, 3000], pop: 'children', status: 'present', source: 'a UN official' },
      { v: [12, 12], pop: 'children' },
    ],
  ],
];

const FR: Probe[] = [
  // Collective numeral without a noun resolves to its antecedent.
  [
    "Au Mali, une centaine d'enfants ont été enlevés par un groupe armé en mars. Une vingtaine ont réussi à fuir.",
    [
      { v: [100, 100], pop: 'children', status: 'other' },
      { v: [20, 20], pop: 'children' },
    ],
  ],
  // près de, plus d'une centaine.
  [
    "Près de 1 900 Tunisiens ont rejoint des groupes djihadistes en Syrie, selon le ministère. Plus d'une centaine seraient morts au combat.",
    [
      { v: [1900, 1900], pop: 'people', origin: ['TN'], status: 'joined', source: 'le ministère' },
      { v: [100, null], pop: 'fighters', origin: ['TN'], status: 'killed' },
    ],
  ],
  // Rapatriement depuis al-Hol.
  [
    "La France a rapatrié 35 enfants et 16 mères détenus dans les camps du nord-est syrien, a annoncé le Quai d'Orsay. Les femmes ont été remises à la justice.",
    [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [16, 16], pop: 'women', origin: ['FR'], status: 'returned' },
    ],
  ],
  // quelque N.
  [
    "Quelque 300 combattants étrangers, venus pour la plupart du Maghreb, seraient encore présents dans la région de Tombouctou, d'après un rapport de l'ONU.",
    [{ v: [300, 300], pop: 'fighters', origin: ['region:foreign'], status: 'present' }],
  ],
  // Nigeria: vérifiés.
  [
    "L'ONU a vérifié le recrutement de 1 250 enfants par Boko Haram et l'État islamique en Afrique de l'Ouest au Nigeria. Parmi eux, 180 filles ont été utilisées comme porteuses.",
    [
      { v: [1250, 1250], pop: 'children', status: 'joined', loc: ['NG'] },
      { v: [180, 180], pop: 'children' },
    ],
  ],
  // Court style.
  [
    'Le tribunal correctionnel de Paris a condamné mardi huit Français revenus de Syrie à des peines de six à quatorze ans de prison.',
    [{ v: [8, 8], pop: 'people', origin: ['FR'] }],
  ],
];

const RU: Probe[] = [
  // "вернулись на родину" is a return.
  [
    'Из лагеря «Аль-Холь» на родину вернулись 94 гражданина Таджикистана, в том числе 62 ребенка, сообщил МИД республики.',
    [
      { v: [94, 94], pop: 'people', origin: ['TJ'], status: 'returned', source: 'МИД республики' },
      { v: [62, 62], pop: 'children', origin: ['TJ'], status: 'returned' },
    ],
  ],
  // сообщил РИА Новости источник.
  [
    'В Дагестане задержаны трое боевиков, вернувшихся из Сирии, сообщил РИА Новости источник в правоохранительных органах.',
    [
      {
        v: [3, 3],
        pop: 'fighters',
        status: 'detained',
        source: 'источник в правоохранительных органах',
      },
    ],
  ],
  // двое: a collective numeral is a number.
  [
    'Суд в Грозном приговорил двоих уроженцев Чечни к восьми годам колонии за участие в боевых действиях на стороне ИГИЛ.',
    [{ v: [2, 2], pop: 'fighters', origin: ['RU'], status: 'detained', aff: 'isis' }],
  ],
  // до N, около N, более N; тысячи stays vague.
  [
    'По данным ФСБ, в рядах ИГ воюют около 2 500 россиян. Еще до 1 000 выходцев из Центральной Азии могут находиться в Афганистане. Тысячи детей остаются в лагерях.',
    [
      { v: [2500, 2500], pop: 'fighters', origin: ['RU'], status: 'present', source: 'ФСБ' },
      // "Ещё" continues the fighters of the sentence before.
      { v: [null, 1000], pop: 'fighters', origin: ['region:central-asia'] },
    ],
  ],
  // более N, a new group in the next sentence.
  [
    'Более 150 детей из Узбекистана были возвращены из Сирии в ходе операции «Мехр». Всего в лагерях Сирии находятся около 8 000 иностранцев.',
    [
      { v: [150, null], pop: 'children', origin: ['UZ'], status: 'returned' },
      { v: [8000, 8000], pop: 'people', origin: ['region:foreign'], status: 'present' },
    ],
  ],
  // UN style in Russian: Yemen.
  [
    'ООН подтвердила вербовку 1 400 детей хуситами в Йемене. По данным организации, 50 из них погибли.',
    [
      { v: [1400, 1400], pop: 'children', status: 'joined', loc: ['YE'] },
      { v: [50, 50], pop: 'children', status: 'killed' },
    ],
  ],
  // сотня, полторы сотни.
  [
    'Полторы сотни жителей Кабардино-Балкарии воевали в Сирии, сообщил глава республики.',
    [{ v: [150, 150], pop: 'fighters', origin: ['RU'], source: 'глава республики' }],
  ],
];

// The report's dominant nationality still reaches a count of another sentence that names none.
const OPEN_EN = new Set([EN[4]![0]]);

describe('euro9 blind probes: English', () => runProbes('en', EN, OPEN_EN));
describe('euro9 blind probes: French', () => runProbes('fr', FR));
describe('euro9 blind probes: Russian', () => runProbes('ru', RU));
