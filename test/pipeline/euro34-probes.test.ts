// Blind probes of the thirty-fourth European round (fr, ru): sentences in the style of Le Monde, RFI, France
// 24, AFP, Libération, Jeune Afrique and UNICEF/ONU in French (repatriations from Syria, the Sahel: JNIM and
// EIGS, the Lake Chad basin: Boko Haram and ISWAP, radicalised minors before French courts) and of RIA, TASS,
// Interfax, Kommersant, Kavkaz-uzel, Meduza and Radio Azattyk/Ozodi/Azattyq in Russian (children brought back
// from Syria and Iraq to Kazakhstan, Tajikistan, Uzbekistan, Kyrgyzstan and Russia; North Caucasus fighters,
// recruitment, sentences): counts without a noun resolved to the people before them, number words in every
// case, bounds, status verbs, planned returns, origin, affiliation, location and source. Written for this test
// (no report's text). Each states what GUIDELINES.md asks of it; those the engine does not meet yet are in the
// open sets, each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_FR = new Set<string>([
  // A headline attribution with a colon ("Le Parisien :") is no source phrase the French pack reads.
  'Le Parisien : 14 mineurs radicalisés ont été mis en examen depuis janvier.',
]);

const OPEN_RU = new Set<string>([
  // A headline attribution with a colon ("Коммерсант:") is no source phrase the Russian pack reads.
  'Коммерсант: в Кыргызстан вернули 79 детей, из них 11 сирот.',
]);

describe('fr: repatriations, the Sahel, Lake Chad, French courts (euro34)', () => {
  runProbes(
    'fr',
    [
      [
        'Selon RFI, 52 enfants kazakhs ont été rapatriés de Syrie, dont 40 orphelins.',
        [
          { v: [52, 52], pop: 'children', origin: ['KZ'], status: 'returned', source: 'RFI', loc: ['SY'] },
          { v: [40, 40], pop: 'children', origin: ['KZ'], status: 'returned', source: 'RFI' },
        ],
      ],
      [
        "Au total, 260 Français ont été rapatriés ; 52 autres doivent l'être d'ici l'été.",
        [
          { v: [260, 260], pop: 'people', origin: ['FR'], status: 'returned' },
          { v: [52, 52], pop: 'people', origin: ['FR'], status: 'present' },
        ],
      ],
      [
        "La Belgique a rapatrié 16 enfants. Une dizaine d'autres devraient l'être avant la fin de l'année.",
        [
          { v: [16, 16], pop: 'children', origin: ['BE'], status: 'returned' },
          { v: [10, 10], pop: 'children', origin: ['BE'], status: 'present' },
        ],
      ],
      [
        "Quelque 35 enfants français doivent être rapatriés de Syrie dans les prochains jours, a indiqué le Quai d'Orsay.",
        [
          {
            v: [35, 35],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            source: "le Quai d'Orsay",
            loc: ['SY'],
          },
        ],
      ],
      [
        'Les autorités kazakhes ont rapatrié 595 ressortissants, dont 406 enfants, lors de l’opération Joussan.',
        [
          { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Le Maroc a rapatrié 8 ressortissants, a annoncé Rabat.',
        [{ v: [8, 8], pop: 'people', origin: ['MA'], status: 'returned', source: 'Rabat' }],
      ],
      [
        'Selon Le Monde, environ 120 Français sont détenus dans le nord-est de la Syrie.',
        [
          {
            v: [120, 120],
            pop: 'people',
            origin: ['FR'],
            status: 'detained',
            source: 'Le Monde',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Les forces kurdes détiennent quelque 10 000 jihadistes, dont 2 000 étrangers, a déclaré un responsable.',
        [
          { v: [10000, 10000], pop: 'fighters', status: 'detained', source: 'un responsable' },
          { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
        ],
      ],
      [
        "D'après Jeune Afrique, le JNIM a recruté près de 300 mineurs dans la région de Mopti.",
        [
          {
            v: [300, 300],
            pop: 'children',
            status: 'joined',
            aff: 'other',
            source: 'Jeune Afrique',
            loc: ['ML'],
          },
        ],
      ],
      [
        'Selon l’ONU, au moins 1 200 enfants ont été recrutés par Boko Haram en 2022.',
        [{ v: [1200, null], pop: 'children', status: 'joined', aff: 'other', source: 'l’ONU' }],
      ],
      [
        "L'Unicef estime que plus de 7 000 enfants ont été recrutés au Sahel depuis 2019.",
        [{ v: [7000, null], pop: 'children', status: 'joined', source: "L'Unicef" }],
      ],
      [
        'Le JNIM a enlevé une cinquantaine de femmes dans le centre du Burkina Faso, a déclaré un élu local.',
        [
          {
            v: [50, 50],
            pop: 'women',
            status: 'other',
            aff: 'other',
            source: 'un élu local',
            loc: ['BF'],
          },
        ],
      ],
      [
        'L’EIGS a tué une soixantaine de civils près de Ménaka, dont 15 enfants, selon RFI.',
        [
          { v: [60, 60], pop: 'people', status: 'killed', aff: 'isis', source: 'RFI', loc: ['ML'] },
          { v: [15, 15], pop: 'children', status: 'killed', aff: 'isis', source: 'RFI' },
        ],
      ],
      [
        'Boko Haram a enlevé 276 lycéennes à Chibok en 2014 ; 57 se sont échappées peu après.',
        [
          { v: [276, 276], pop: 'children', status: 'other', aff: 'other', loc: ['NG'] },
          { v: [57, 57], pop: 'children', status: 'other' },
        ],
      ],
      [
        "Près de 300 enfants ont été libérés par l'armée nigériane, parmi lesquels 40 filles.",
        [
          { v: [300, 300], pop: 'children', status: 'other', loc: ['NG'] },
          { v: [40, 40], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Environ 80 mineurs radicalisés sont suivis par la justice française, selon le parquet national antiterroriste.',
        [{ v: [80, 80], pop: 'children', source: 'le parquet national antiterroriste' }],
      ],
      [
        'Trois mineurs radicalisés ont été mis en examen pour association de malfaiteurs terroriste.',
        [{ v: [3, 3], pop: 'children', status: 'detained' }],
      ],
      [
        'Une centaine de jihadistes présumés sont détenus au Niger, dont 30 étrangers.',
        [
          { v: [100, 100], pop: 'fighters', status: 'detained', loc: ['NE'] },
          { v: [30, 30], pop: 'fighters', origin: ['region:foreign'], status: 'detained', loc: ['NE'] },
        ],
      ],
      [
        'La Belgique a rapatrié six mères et 10 enfants du camp de Roj, a annoncé le Premier ministre.',
        [
          { v: [6, 6], pop: 'women', origin: ['BE'], status: 'returned', loc: ['SY'] },
          { v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned', source: 'le Premier ministre' },
        ],
      ],
      [
        'La moitié des 130 détenus ont été rapatriés.',
        [{ v: [130, 130], pop: 'people', status: 'detained' }],
      ],
      [
        "Près de 3 000 combattants de l'Iswap et de Boko Haram se sont rendus, selon l'état-major.",
        [{ v: [3000, 3000], pop: 'fighters', status: 'other', source: "l'état-major" }],
      ],
      [
        'Quelque 150 combattants de Boko Haram se sont rendus aux autorités camerounaises.',
        [{ v: [150, 150], pop: 'fighters', status: 'other', aff: 'other' }],
      ],
      [
        "Plusieurs dizaines de Belges, dont une vingtaine d'enfants, attendent encore d'être rapatriés.",
        [{ v: [20, 20], pop: 'children', origin: ['BE'], status: 'present' }],
      ],
      [
        "Jusqu'à 40 combattants de l'EI se seraient rendus aux forces démocratiques syriennes.",
        [{ v: [null, 40], pop: 'fighters', status: 'other', aff: 'isis' }],
      ],
      [
        'Le tribunal a condamné à dix ans de prison 14 revenants de Syrie.',
        [{ v: [14, 14], pop: 'people', status: 'detained' }],
      ],
      [
        'Sur les 15 personnes interpellées, cinq ont été relâchées.',
        [
          { v: [15, 15], pop: 'people', status: 'detained' },
          { v: [5, 5], pop: 'people', status: 'other' },
        ],
      ],
      [
        'Selon l’AFP, 35 enfants ont été rapatriés lundi. Parmi eux, 14 sont orphelins.',
        [
          { v: [35, 35], pop: 'children', status: 'returned', source: 'l’AFP' },
          { v: [14, 14], pop: 'children', status: 'returned' },
        ],
      ],
      [
        'Sur les 150 revenants, 60 ont été incarcérés et 52 autres placés sous contrôle judiciaire.',
        [
          { v: [150, 150], pop: 'people', status: 'returned' },
          { v: [60, 60], pop: 'people', status: 'detained' },
          { v: [52, 52], pop: 'people', status: 'other' },
        ],
      ],
      [
        'La Tunisie compte environ 3 000 ressortissants partis combattre en Syrie ; près de 800 sont rentrés, a déclaré le ministre.',
        [
          { v: [3000, 3000], pop: 'fighters', origin: ['TN'], status: 'joined', source: 'le ministre' },
          { v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned', source: 'le ministre' },
        ],
      ],
      [
        "Libération rapporte qu'au moins 12 adolescents ont été interpellés en 2023 pour des projets d'attentat.",
        [{ v: [12, null], pop: 'children', status: 'detained', source: 'Libération' }],
      ],
      [
        "Selon l'Unicef, plus de 21 000 enfants ont été recrutés par des groupes armés en Afrique de l'Ouest et du Centre, dont quelque 7 000 au Sahel.",
        [
          { v: [21000, null], pop: 'children', status: 'joined', source: "l'Unicef" },
          { v: [7000, 7000], pop: 'children', status: 'joined', source: "l'Unicef" },
        ],
      ],
      [
        "Quelque 200 combattants de Boko Haram ont été tués, dont une vingtaine de commandants, a affirmé l'armée tchadienne.",
        [
          { v: [200, 200], pop: 'fighters', status: 'killed', aff: 'other', source: "l'armée tchadienne" },
          { v: [20, 20], pop: 'fighters', status: 'killed', aff: 'other' },
        ],
      ],
      [
        'Au Burkina Faso, une centaine de soldats et de VDP ont péri dans l’attaque revendiquée par le JNIM.',
        [{ v: [100, 100], pop: 'fighters', status: 'killed', aff: 'other', loc: ['BF'] }],
      ],
      [
        'Trois des cinq suspects sont des Tunisiens.',
        [
          { v: [3, 3], pop: 'people', origin: ['TN'] },
          { v: [5, 5], pop: 'people' },
        ],
      ],
      [
        'Le Parisien : 14 mineurs radicalisés ont été mis en examen depuis janvier.',
        [{ v: [14, 14], pop: 'children', status: 'detained', source: 'Le Parisien' }],
      ],
    ],
    OPEN_FR,
  );
});

describe('ru: returns to Central Asia and Russia, the North Caucasus, courts (euro34)', () => {
  runProbes(
    'ru',
    [
      [
        'По данным МВД Таджикистана, из Сирии и Ирака возвращены 84 ребёнка, из них 20 сирот.',
        [
          {
            v: [84, 84],
            pop: 'children',
            origin: ['TJ'],
            status: 'returned',
            source: 'МВД Таджикистана',
            loc: ['IQ', 'SY'],
          },
          { v: [20, 20], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'В Казахстан вывезены 595 граждан, в том числе 406 детей, сообщил КНБ.',
        [
          { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned', source: 'КНБ' },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned', source: 'КНБ' },
        ],
      ],
      [
        'По словам источника, двое боевиков были задержаны в Дагестане, ещё трое погибли.',
        [
          { v: [2, 2], pop: 'fighters', status: 'detained', source: 'источника', loc: ['RU'] },
          { v: [3, 3], pop: 'fighters', status: 'killed' },
        ],
      ],
      [
        'Около полутора десятков уроженцев Чечни осуждены за участие в ИГИЛ, сообщает Кавказский узел.',
        [
          {
            v: [15, 15],
            pop: 'people',
            origin: ['RU'],
            status: 'detained',
            aff: 'isis',
            source: 'Кавказский узел',
          },
        ],
      ],
      [
        'Не менее 300 выходцев из Кыргызстана завербованы в ИГ, по данным ГКНБ.',
        [{ v: [300, null], pop: 'people', origin: ['KG'], status: 'joined', aff: 'isis', source: 'ГКНБ' }],
      ],
      [
        'Пятеро жителей Ингушетии задержаны по подозрению в вербовке.',
        [{ v: [5, 5], pop: 'people', origin: ['RU'], status: 'detained' }],
      ],
      [
        'Из Ирака в Россию вернули 30 детей; остальные 70 пока находятся в Багдаде.',
        [
          { v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] },
          { v: [70, 70], pop: 'children', origin: ['RU'], status: 'present', loc: ['IQ'] },
        ],
      ],
      [
        'По данным Радио Азаттык, порядка 850 граждан Кыргызстана выехали в Сирию, из них 140 погибли.',
        [
          {
            v: [850, 850],
            pop: 'people',
            origin: ['KG'],
            status: 'joined',
            source: 'Радио Азаттык',
            loc: ['SY'],
          },
          { v: [140, 140], pop: 'people', origin: ['KG'], status: 'killed' },
        ],
      ],
      [
        'По данным ТАСС, более 200 детей вывезены из Ирака в Россию, ещё 52 планируется вернуть до конца года.',
        [
          {
            v: [200, null],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            source: 'ТАСС',
            loc: ['IQ'],
          },
          { v: [52, 52], pop: 'children', origin: ['RU'], status: 'present' },
        ],
      ],
      [
        'В Узбекистан вернули 98 детей, ещё 40 ожидают возвращения.',
        [
          { v: [98, 98], pop: 'children', origin: ['UZ'], status: 'returned' },
          { v: [40, 40], pop: 'children', origin: ['UZ'], status: 'present' },
        ],
      ],
      [
        'Как сообщил Интерфакс, в Дагестане задержаны трое сторонников ИГ, подозреваемых в вербовке.',
        [{ v: [3, 3], pop: 'people', status: 'detained', aff: 'isis', source: 'Интерфакс', loc: ['RU'] }],
      ],
      [
        'По словам Кадырова, из Сирии в Чечню вернули 26 детей; остальные 40 остаются в лагере Аль-Холь.',
        [
          {
            v: [26, 26],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            source: 'Кадырова',
            loc: ['SY'],
          },
          { v: [40, 40], pop: 'children', origin: ['RU'], status: 'present', loc: ['SY'] },
        ],
      ],
      [
        'Около 4 тысяч выходцев с Северного Кавказа воевали в Сирии, сообщил Кавказский узел.',
        [
          {
            v: [4000, 4000],
            pop: 'fighters',
            origin: ['region:north-caucasus'],
            source: 'Кавказский узел',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Сотни граждан Узбекистана погибли в Сирии, ещё 531 человек возвращены на родину.',
        [{ v: [531, 531], pop: 'people', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'Двое уроженцев Ингушетии, завербованных ИГ, осуждены на 15 лет.',
        [{ v: [2, 2], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Суд приговорил к 10 годам 14 вернувшихся из Сирии женщин.',
        [{ v: [14, 14], pop: 'women', status: 'detained', loc: ['SY'] }],
      ],
      [
        'Из 15 задержанных пятеро отпущены.',
        [
          { v: [15, 15], pop: 'people', status: 'detained' },
          { v: [5, 5], pop: 'people', status: 'other' },
        ],
      ],
      [
        'Из 40 вернувшихся женщин трое осуждены.',
        [
          { v: [40, 40], pop: 'women', status: 'returned' },
          { v: [3, 3], pop: 'women', status: 'detained' },
        ],
      ],
      [
        'По данным Озоди, в Сирии и Ираке воевали более 1900 граждан Таджикистана, из них около 300 погибли, а 100 вернулись на родину.',
        [
          { v: [1900, null], pop: 'fighters', origin: ['TJ'], source: 'Озоди', loc: ['IQ', 'SY'] },
          { v: [300, 300], pop: 'fighters', origin: ['TJ'], status: 'killed' },
          { v: [100, 100], pop: 'fighters', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'В ходе операции «Жусан» в Казахстан были возвращены 607 человек, в том числе 413 детей, 31 из которых — сироты.',
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [413, 413], pop: 'children', origin: ['KZ'], status: 'returned' },
          { v: [31, 31], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Ещё полторы сотни детей планируется вернуть в Узбекистан до конца года, сообщил омбудсмен.',
        [{ v: [150, 150], pop: 'children', origin: ['UZ'], status: 'present', source: 'омбудсмен' }],
      ],
      [
        'По словам представителя ФСБ, в 2023 году задержаны 46 вербовщиков ИГ, из них пятеро — иностранцы.',
        [
          { v: [46, 46], pop: 'fighters', status: 'detained', aff: 'isis', source: 'представителя ФСБ' },
          { v: [5, 5], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
        ],
      ],
      [
        'Сотрудники ФСБ задержали в Москве четверых выходцев из Центральной Азии.',
        [{ v: [4, 4], pop: 'people', origin: ['region:central-asia'], status: 'detained', loc: ['RU'] }],
      ],
      [
        'Суд в Махачкале приговорил к срокам от 8 до 12 лет шестерых жителей Дагестана.',
        [{ v: [6, 6], pop: 'people', origin: ['RU'], status: 'detained' }],
      ],
      [
        'В ходе спецоперации в Кабардино-Балкарии ликвидированы трое боевиков, ещё двое задержаны, сообщил НАК.',
        [
          { v: [3, 3], pop: 'fighters', status: 'killed', source: 'НАК', loc: ['RU'] },
          { v: [2, 2], pop: 'fighters', status: 'detained', source: 'НАК' },
        ],
      ],
      [
        'По словам омбудсмена, в лагерях остаются около 150 граждан Таджикистана, большинство из них — дети.',
        [{ v: [150, 150], pop: 'people', origin: ['TJ'], status: 'present', source: 'омбудсмена' }],
      ],
      [
        'По информации Meduza, до 300 россиянок с детьми остаются в лагере Аль-Холь.',
        [{ v: [null, 300], pop: 'women', origin: ['RU'], status: 'present', source: 'Meduza', loc: ['SY'] }],
      ],
      [
        'Как сообщает Азаттык, из 850 выехавших в Сирию кыргызстанцев около 150 погибли.',
        [
          { v: [850, 850], pop: 'people', origin: ['KG'], status: 'joined', source: 'Азаттык', loc: ['SY'] },
          { v: [150, 150], pop: 'people', origin: ['KG'], status: 'killed' },
        ],
      ],
      [
        'В Дагестане задержаны пятеро. Трое из них – уроженцы Таджикистана.',
        [
          { v: [5, 5], pop: 'people', status: 'detained' },
          { v: [3, 3], pop: 'people', origin: ['TJ'], status: 'detained' },
        ],
      ],
      [
        'Коммерсант: в Кыргызстан вернули 79 детей, из них 11 сирот.',
        [
          { v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned', source: 'Коммерсант' },
          { v: [11, 11], pop: 'children', origin: ['KG'], status: 'returned' },
        ],
      ],
    ],
    OPEN_RU,
  );
});
