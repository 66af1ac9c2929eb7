// Blind probes of the thirty-seventh European round (fr, ru): sentences in the style of Le Monde, Libération,
// RFI, France 24, Jeune Afrique, Le Soir, RTBF, RTS, Le Temps, La Presse, Hespress, Le360, El Watan, the Sahel
// press (JNIM, EIGS, enfants soldats), UNICEF France, parliamentary reports and the Quai d'Orsay, and of RIA
// Novosti, TASS, Interfax, Kommersant, Meduza, Novaya Gazeta, Kavkaz.Realii, Azattyk, Ozodi, Central Asian
// governments, the Chechen authorities, the Russian children's ombudsmen and court reports: number words
// (soixante-dix, quatre-vingt-dix, une vingtaine, двое, пятеро, полтора десятка, полторы сотни), bounds (près
// de, jusqu'à, entre … et, более, свыше, не менее, порядка), partitions (dont, parmi lesquels, d'entre eux,
// из них, в том числе, среди них), participles and passives, demonyms and «originaires de», ages. Written for
// this test (no report's text). Each states what GUIDELINES.md asks of it; those the engine does not meet yet
// are in the open sets, each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_FR = new Set<string>([]);

const OPEN_RU = new Set<string>([]);

describe('fr: the Sahel, repatriations, Belgian, Swiss and Maghreb press, parliament, courts (euro37)', () => {
  runProbes(
    'fr',
    [
      [
        "Soixante-dix enfants français sont toujours détenus dans les camps du nord-est de la Syrie, selon l'Unicef France.",
        [
          {
            v: [70, 70],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            source: "l'Unicef France",
            loc: ['SY'],
          },
        ],
      ],
      [
        'Quatre-vingt-dix mineurs ont été rapatriés de Syrie depuis 2019, a indiqué le ministère des Affaires étrangères.',
        [
          {
            v: [90, 90],
            pop: 'children',
            status: 'returned',
            source: 'le ministère des Affaires étrangères',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Une centaine de Tunisiens, dont une trentaine de femmes, sont détenus dans des prisons kurdes en Syrie.',
        [
          { v: [100, 100], pop: 'people', origin: ['TN'], status: 'detained', loc: ['SY'] },
          { v: [30, 30], pop: 'women', origin: ['TN'], status: 'detained', loc: ['SY'] },
        ],
      ],
      [
        "Près de 300 enfants marocains se trouvent dans les camps d'al-Hol et de Roj, selon Hespress.",
        [{ v: [300, 300], pop: 'children', origin: ['MA'], status: 'present', loc: ['SY'] }],
      ],
      [
        "Environ 1 500 combattants algériens ont rejoint l'État islamique entre 2013 et 2016, écrit El Watan.",
        [{ v: [1500, 1500], pop: 'fighters', origin: ['DZ'], status: 'joined', aff: 'isis' }],
      ],
      [
        "Au moins 45 soldats nigériens ont été tués dans une embuscade tendue par l'EIGS près de Tillabéri.",
        [{ v: [45, null], pop: 'fighters', origin: ['NE'], status: 'killed', aff: 'isis', loc: ['NE'] }],
      ],
      [
        'Plus de 200 enfants ont été recrutés par le JNIM dans le centre du Mali en 2023, selon un rapport des Nations unies.',
        [
          {
            v: [200, null],
            pop: 'children',
            status: 'joined',
            aff: 'other',
            source: 'un rapport des Nations unies',
            loc: ['ML'],
          },
        ],
      ],
      [
        "Entre 150 et 200 Belges sont partis combattre en Syrie et en Irak, selon l'OCAM.",
        [
          {
            v: [150, 200],
            pop: 'fighters',
            origin: ['BE'],
            status: 'joined',
            source: "l'OCAM",
            loc: ['SY', 'IQ'],
          },
        ],
      ],
      [
        'Deux Belges ont été rapatriés du camp de Roj mardi, a annoncé le gouvernement fédéral.',
        [
          {
            v: [2, 2],
            pop: 'people',
            origin: ['BE'],
            status: 'returned',
            source: 'le gouvernement fédéral',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Une vingtaine de djihadistes présumés originaires de Tunisie ont été arrêtés par la police libyenne.',
        [{ v: [20, 20], pop: 'fighters', origin: ['TN'], status: 'detained' }],
      ],
      [
        'Parmi les 120 ressortissants suisses partis en zone de conflit, une vingtaine sont des femmes.',
        [
          { v: [120, 120], pop: 'people', origin: ['CH'], status: 'joined' },
          { v: [20, 20], pop: 'women', origin: ['CH'], status: 'joined' },
        ],
      ],
      [
        'Quelque 400 mineurs français ont vécu dans la zone irako-syrienne, dont une centaine sont revenus en France.',
        [
          { v: [400, 400], pop: 'children', origin: ['FR'], status: 'present', loc: ['IQ', 'SY'] },
          { v: [100, 100], pop: 'children', origin: ['FR'], status: 'returned' },
        ],
      ],
      ['Plusieurs centaines de civils ont été tués au Burkina Faso depuis le début de l’année.', []],
      ["Des dizaines de combattants du JNIM ont été neutralisés par l'armée malienne.", []],
      [
        "Cinquante-deux Tunisiens soupçonnés d'avoir combattu dans les rangs de Daech ont été rapatriés de Libye.",
        [{ v: [52, 52], pop: 'fighters', origin: ['TN'], status: 'returned', aff: 'isis', loc: ['LY'] }],
      ],
      [
        'Parmi les 16 mères rapatriées, 11 ont été placées en détention provisoire.',
        [
          { v: [16, 16], pop: 'women', status: 'returned' },
          { v: [11, 11], pop: 'women', status: 'detained' },
        ],
      ],
      [
        "Les 35 enfants, âgés de 2 à 15 ans, ont été confiés aux services de l'aide sociale à l'enfance.",
        [{ v: [35, 35], pop: 'children', age: [2, 15] }],
      ],
      [
        'La RTBF rapporte que six enfants belges âgés de moins de 12 ans ont été rapatriés.',
        [{ v: [6, 6], pop: 'children', origin: ['BE'], status: 'returned', age: [null, 11] }],
      ],
      [
        'Plus de 1 200 personnes, dont 400 enfants, ont fui les violences dans la région de Tillabéri, au Niger.',
        [
          { v: [1200, null], pop: 'people', loc: ['NE'] },
          { v: [400, 400], pop: 'children', loc: ['NE'] },
        ],
      ],
      [
        'Le Temps indique que 22 djihadistes suisses sont morts en Syrie et en Irak.',
        [{ v: [22, 22], pop: 'fighters', origin: ['CH'], status: 'killed', loc: ['SY', 'IQ'] }],
      ],
      [
        "Selon la RTS, au moins cinq Genevois ont rejoint l'État islamique en Syrie.",
        [
          {
            v: [5, null],
            pop: 'people',
            origin: ['CH'],
            status: 'joined',
            aff: 'isis',
            source: 'la RTS',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Près de 700 Français, dont 300 enfants, se trouveraient encore en Syrie.',
        [
          { v: [700, 700], pop: 'people', origin: ['FR'], status: 'present', loc: ['SY'] },
          { v: [300, 300], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] },
        ],
      ],
      [
        "Selon Jeune Afrique, quelque 600 combattants de l'EIGS opèrent dans la zone des trois frontières.",
        [{ v: [600, 600], pop: 'fighters', status: 'present', aff: 'isis', source: 'Jeune Afrique' }],
      ],
      [
        "Le ministère marocain de l'Intérieur a fait état de 1 659 combattants marocains partis en Syrie et en Irak.",
        [{ v: [1659, 1659], pop: 'fighters', origin: ['MA'], status: 'joined', loc: ['SY', 'IQ'] }],
      ],
      [
        'Cent vingt-trois enfants, dont 14 filles, ont été recrutés par des groupes armés au Mali en 2022.',
        [
          { v: [123, 123], pop: 'children', status: 'joined', loc: ['ML'] },
          { v: [14, 14], pop: 'children', status: 'joined', loc: ['ML'] },
        ],
      ],
      [
        "Le camp d'al-Hol abrite environ 50 000 personnes, parmi lesquelles quelque 30 000 enfants.",
        [
          { v: [50000, 50000], pop: 'people', status: 'present', loc: ['SY'] },
          { v: [30000, 30000], pop: 'children', status: 'present', loc: ['SY'] },
        ],
      ],
      [
        'Vingt-huit ressortissants tunisiens, parmi lesquels 14 enfants, ont été rapatriés de Libye jeudi.',
        [
          { v: [28, 28], pop: 'people', origin: ['TN'], status: 'returned', loc: ['LY'] },
          { v: [14, 14], pop: 'children', origin: ['TN'], status: 'returned', loc: ['LY'] },
        ],
      ],
      [
        'Quatorze de ces rapatriés ont été interpellés à leur arrivée par la DGSI.',
        [{ v: [14, 14], pop: 'people', status: 'detained' }],
      ],
      [
        'Le rapport parlementaire évalue à 1 300 le nombre de Français partis rejoindre les groupes djihadistes.',
        [{ v: [1300, 1300], pop: 'people', origin: ['FR'], status: 'joined' }],
      ],
      [
        "Au total, ce sont 57 enfants qui ont été rapatriés depuis le début de l'année.",
        [{ v: [57, 57], pop: 'children', status: 'returned' }],
      ],
      [
        "Selon l'ONU, près d'un millier d'enfants ont été tués ou mutilés au Burkina Faso en 2022.",
        [{ v: [1000, 1000], pop: 'children', status: 'other', source: "l'ONU", loc: ['BF'] }],
      ],
      [
        "L'avion transportait 12 femmes et 27 enfants de nationalité belge.",
        [
          { v: [12, 12], pop: 'women', origin: ['BE'] },
          { v: [27, 27], pop: 'children', origin: ['BE'] },
        ],
      ],
      [
        'Une trentaine de Tunisiennes détenues en Syrie réclament leur rapatriement.',
        [{ v: [30, 30], pop: 'women', origin: ['TN'], loc: ['SY'] }],
      ],
      [
        'Le sort des 1500 enfants nés de parents djihadistes en Syrie reste incertain.',
        [{ v: [1500, 1500], pop: 'children', loc: ['SY'] }],
      ],
      [
        "Le Soir affirme qu'environ 150 Belges combattent toujours dans les rangs de l'EI.",
        [{ v: [150, 150], pop: 'fighters', origin: ['BE'], status: 'present', aff: 'isis' }],
      ],
      [
        "Au moins 12 enfants âgés de 8 à 14 ans apparaissent dans la vidéo de propagande de l'État islamique.",
        [{ v: [12, null], pop: 'children', status: 'featured', aff: 'isis', age: [8, 14] }],
      ],
      [
        "Quelque 3 000 Tunisiens ont rejoint des groupes djihadistes en Syrie, en Irak et en Libye, d'après un rapport de l'ONU.",
        [
          {
            v: [3000, 3000],
            pop: 'people',
            origin: ['TN'],
            status: 'joined',
            source: "un rapport de l'ONU",
            loc: ['SY', 'IQ', 'LY'],
          },
        ],
      ],
      [
        'Huit des 11 enfants rapatriés sont orphelins.',
        [
          { v: [8, 8], pop: 'children', status: 'returned' },
          { v: [11, 11], pop: 'children', status: 'returned' },
        ],
      ],
      ["L'embuscade a eu lieu à 40 kilomètres de Gao, dans le nord du Mali.", []],
      [
        "Jusqu'à 40 enfants soldats auraient été enrôlés par des groupes armés dans la région de Ménaka, au Mali.",
        [{ v: [null, 40], pop: 'children', status: 'joined', loc: ['ML'] }],
      ],
      [
        'Deux Françaises et leurs cinq enfants ont été expulsés de Turquie vers la France.',
        [
          { v: [2, 2], pop: 'women', origin: ['FR'], status: 'returned' },
          { v: [5, 5], pop: 'children', origin: ['FR'], status: 'returned' },
        ],
      ],
      [
        'Parmi les Belges détenus dans le camp de Roj, une dizaine sont des enfants.',
        [{ v: [10, 10], pop: 'children', origin: ['BE'], status: 'present', loc: ['SY'] }],
      ],
      [
        "Douze djihadistes présumés ont été arrêtés à Bruxelles. Quatre d'entre eux, originaires du Maroc, ont été condamnés.",
        [
          { v: [12, 12], pop: 'fighters', status: 'detained', loc: ['BE'] },
          { v: [4, 4], pop: 'fighters', origin: ['MA'], status: 'detained' },
        ],
      ],
      [
        "Les forces de sécurité ont interpellé 14 personnes soupçonnées d'appartenir à une cellule de Daech à Casablanca.",
        [{ v: [14, 14], pop: 'people', status: 'detained', aff: 'isis', loc: ['MA'] }],
      ],
      [
        "Soixante et onze enfants associés aux groupes armés ont été libérés au Burkina Faso, selon l'Unicef.",
        [{ v: [71, 71], pop: 'children', source: "l'Unicef", loc: ['BF'] }],
      ],
      [
        "L'armée burkinabè affirme avoir neutralisé une cinquantaine de terroristes près de Djibo.",
        [{ v: [50, 50], pop: 'fighters', status: 'killed', loc: ['BF'] }],
      ],
      [
        'Au moins 28 civils ont été tués par des hommes armés du JNIM dans le cercle de Bandiagara, a rapporté RFI.',
        [{ v: [28, null], pop: 'people', status: 'killed', aff: 'other', loc: ['ML'] }],
      ],
      [
        "D'après Le360, 270 Marocaines et 391 enfants marocains restent bloqués en Syrie et en Irak.",
        [
          { v: [270, 270], pop: 'women', origin: ['MA'], status: 'present', loc: ['SY', 'IQ'] },
          { v: [391, 391], pop: 'children', origin: ['MA'], status: 'present', loc: ['SY', 'IQ'] },
        ],
      ],
      [
        "Le Quai d'Orsay a annoncé le retour de 15 femmes et de 32 enfants, dont plusieurs orphelins.",
        [
          { v: [15, 15], pop: 'women', status: 'returned', source: "Le Quai d'Orsay" },
          { v: [32, 32], pop: 'children', status: 'returned', source: "Le Quai d'Orsay" },
        ],
      ],
      [
        'Ces 17 mineurs, qui avaient suivi leurs parents en Syrie, sont désormais pris en charge en Belgique.',
        [{ v: [17, 17], pop: 'children' }],
      ],
      [
        'Les autorités ont rapatrié 37 Tunisiens qui étaient détenus en Libye, dont 14 mineurs.',
        [
          { v: [37, 37], pop: 'people', origin: ['TN'], status: 'returned', loc: ['LY'] },
          { v: [14, 14], pop: 'children', origin: ['TN'], status: 'returned', loc: ['LY'] },
        ],
      ],
      [
        "Onze ressortissants marocains, soupçonnés d'être liés à Daech, ont été interpellés, selon le BCIJ.",
        [{ v: [11, 11], pop: 'people', origin: ['MA'], status: 'detained', aff: 'isis', source: 'le BCIJ' }],
      ],
      [
        "Entre 5 000 et 6 000 Européens ont rejoint les rangs de l'EI, selon Europol.",
        [
          {
            v: [5000, 6000],
            pop: 'people',
            origin: ['region:europe'],
            status: 'joined',
            aff: 'isis',
            source: 'Europol',
          },
        ],
      ],
      [
        'Sur les 260 adultes français encore détenus, 80 sont des femmes.',
        [
          { v: [260, 260], pop: 'adults', origin: ['FR'], status: 'detained' },
          { v: [80, 80], pop: 'women', origin: ['FR'], status: 'detained' },
        ],
      ],
      [
        'Au total, une soixantaine de Français ont été jugés en Irak, parmi lesquels onze condamnés à mort.',
        [
          { v: [60, 60], pop: 'people', origin: ['FR'], status: 'detained', loc: ['IQ'] },
          { v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained', loc: ['IQ'] },
        ],
      ],
      [
        'Selon El Watan, pas moins de 170 Algériens ont combattu en Syrie, dont une quarantaine sont revenus au pays.',
        [
          { v: [170, null], pop: 'fighters', origin: ['DZ'], source: 'El Watan', loc: ['SY'] },
          { v: [40, 40], pop: 'fighters', origin: ['DZ'], status: 'returned', source: 'El Watan' },
        ],
      ],
      [
        'De 15 à 20 enfants belges restent bloqués dans le camp de Roj.',
        [{ v: [15, 20], pop: 'children', origin: ['BE'], status: 'present', loc: ['SY'] }],
      ],
      [
        'Entre quarante et cinquante Tunisiennes sont détenues en Libye.',
        [{ v: [40, 50], pop: 'women', origin: ['TN'], status: 'detained', loc: ['LY'] }],
      ],
      ['Quelques dizaines de Suisses sont partis faire le djihad.', []],
      [
        'Quelque 200 Français sont détenus en Syrie. Une quarantaine d’entre eux sont des enfants de moins de 12 ans.',
        [
          { v: [200, 200], pop: 'people', origin: ['FR'], status: 'detained', loc: ['SY'] },
          { v: [40, 40], pop: 'children', origin: ['FR'], status: 'detained', age: [null, 11] },
        ],
      ],
    ],
    OPEN_FR,
  );
});

describe('ru: returns, ombudsmen, Central Asian governments, Chechnya, courts, Afghanistan and Syria (euro37)', () => {
  runProbes(
    'ru',
    [
      [
        'Около 150 казахстанцев, в том числе 70 детей, были возвращены из Сирии в ходе операции «Жусан».',
        [
          { v: [150, 150], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] },
          { v: [70, 70], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Двое россиян были задержаны в Стамбуле по подозрению в связях с ИГИЛ.',
        [{ v: [2, 2], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis', loc: ['TR'] }],
      ],
      [
        'Пятеро боевиков запрещенной в России группировки «Исламское государство» были ликвидированы в Дагестане.',
        [{ v: [5, 5], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['RU'] }],
      ],
      [
        'Трое несовершеннолетних в возрасте от 14 до 16 лет приговорены к условным срокам.',
        [{ v: [3, 3], pop: 'children', status: 'detained', age: [14, 16] }],
      ],
      [
        'Полтора десятка узбечек вернулись на родину из лагеря «Аль-Холь» в Сирии.',
        [{ v: [15, 15], pop: 'women', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Более 300 граждан Таджикистана находятся в лагерях на северо-востоке Сирии, заявил МИД республики.',
        [
          {
            v: [300, null],
            pop: 'people',
            origin: ['TJ'],
            status: 'present',
            source: 'МИД республики',
            loc: ['SY'],
          },
        ],
      ],
      [
        'По данным Интерфакса, свыше 1000 уроженцев Кыргызстана выехали в зону боевых действий.',
        [{ v: [1000, null], pop: 'people', origin: ['KG'], status: 'joined' }],
      ],
      [
        'Около 4 тысяч россиян воевали на стороне ИГ, по словам директора ФСБ.',
        [{ v: [4000, 4000], pop: 'fighters', origin: ['RU'], aff: 'isis', source: 'директора ФСБ' }],
      ],
      ['Сотни детей по-прежнему остаются в сирийских лагерях.', []],
      ['Десятки женщин были задержаны в ходе рейдов.', []],
      [
        'Из 94 вывезенных из Ирака детей 80 уже переданы родственникам в Чечне.',
        [
          { v: [94, 94], pop: 'children', status: 'returned', loc: ['IQ'] },
          { v: [80, 80], pop: 'children' },
        ],
      ],
      [
        'Не менее 25 граждан Кыргызстана, в том числе 18 детей, вернули из Ирака, сообщила пресс-служба МИД.',
        [
          {
            v: [25, null],
            pop: 'people',
            origin: ['KG'],
            status: 'returned',
            source: 'пресс-служба МИД',
            loc: ['IQ'],
          },
          {
            v: [18, 18],
            pop: 'children',
            origin: ['KG'],
            status: 'returned',
            source: 'пресс-служба МИД',
            loc: ['IQ'],
          },
        ],
      ],
      [
        'Казахстан вернул из Сирии 595 человек, из них 406 детей.',
        [
          { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Порядка 200 таджикских женщин и детей по-прежнему находятся в сирийских лагерях.',
        [{ v: [200, 200], pop: 'people', origin: ['TJ'], status: 'present', loc: ['SY'] }],
      ],
      [
        'Мария Львова-Белова сообщила, что в Россию вернулись еще 11 российских детей из лагеря «Аль-Холь».',
        [{ v: [11, 11], pop: 'children', origin: ['RU'], status: 'returned', source: 'Мария Львова-Белова' }],
      ],
      [
        'Хеда Саратова сообщила, что 26 российских женщин и детей доставлены из Сирии в Грозный.',
        [{ v: [26, 26], pop: 'people', origin: ['RU'], status: 'returned', source: 'Хеда Саратова' }],
      ],
      [
        'Суд приговорил к 10 годам колонии двоих жителей Дагестана, воевавших в Сирии.',
        [{ v: [2, 2], pop: 'fighters', origin: ['RU'], status: 'detained' }],
      ],
      [
        'Четверо уроженцев Таджикистана осуждены за участие в деятельности ИГИЛ.',
        [{ v: [4, 4], pop: 'people', origin: ['TJ'], status: 'detained', aff: 'isis' }],
      ],
      [
        'В лагерях «Аль-Холь» и «Родж» остаются около 60 тысяч человек, среди них более 40 тысяч детей.',
        [
          { v: [60000, 60000], pop: 'people', status: 'present', loc: ['SY'] },
          { v: [40000, null], pop: 'children', status: 'present', loc: ['SY'] },
        ],
      ],
      [
        'Узбекистан в рамках операции «Мехр» вернул на родину 531 человека, в том числе 367 детей.',
        [
          { v: [531, 531], pop: 'people', origin: ['UZ'], status: 'returned' },
          { v: [367, 367], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Свыше 800 граждан Кыргызстана выехали в Сирию и Ирак, среди них 200 женщин.',
        [
          { v: [800, null], pop: 'people', origin: ['KG'], status: 'joined', loc: ['SY', 'IQ'] },
          { v: [200, 200], pop: 'women', origin: ['KG'], status: 'joined', loc: ['SY', 'IQ'] },
        ],
      ],
      [
        'По словам Кузнецовой, в иракских тюрьмах находятся около 30 россиянок.',
        [
          {
            v: [30, 30],
            pop: 'women',
            origin: ['RU'],
            status: 'detained',
            source: 'Кузнецовой',
            loc: ['IQ'],
          },
        ],
      ],
      [
        'Более 100 боевиков «Талибана» были убиты в ходе операции в провинции Гильменд, сообщает ТАСС.',
        [{ v: [100, null], pop: 'fighters', status: 'killed', aff: 'taliban', loc: ['AF'] }],
      ],
      [
        'В рядах ХТШ в Идлибе воюют около 2 тысяч иностранных боевиков.',
        [
          {
            v: [2000, 2000],
            pop: 'fighters',
            origin: ['region:foreign'],
            status: 'present',
            aff: 'al-nusra',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Двенадцать казахстанских детей в возрасте от 3 до 17 лет вернулись на родину.',
        [{ v: [12, 12], pop: 'children', origin: ['KZ'], status: 'returned', age: [3, 17] }],
      ],
      [
        'Из числа вернувшихся 38 человек были осуждены.',
        [{ v: [38, 38], pop: 'people', status: 'detained' }],
      ],
      [
        'Среди задержанных – семеро граждан Узбекистана.',
        [{ v: [7, 7], pop: 'people', origin: ['UZ'], status: 'detained' }],
      ],
      [
        'Пятерых несовершеннолетних удалось вывезти из Ирака.',
        [{ v: [5, 5], pop: 'children', status: 'returned', loc: ['IQ'] }],
      ],
      [
        'Полторы сотни женщин и детей с российским гражданством ждут возвращения в лагере «Родж».',
        [{ v: [150, 150], pop: 'people', origin: ['RU'], status: 'present', loc: ['SY'] }],
      ],
      [
        'В ходе спецоперации задержаны 14 сторонников ИГ, запрещенного в России.',
        [{ v: [14, 14], pop: 'people', status: 'detained', aff: 'isis' }],
      ],
      [
        'Как сообщил Азаттык, 79 кыргызстанцев, среди которых 59 детей, прибыли в Бишкек из Ирака.',
        [
          { v: [79, 79], pop: 'people', origin: ['KG'], status: 'returned' },
          { v: [59, 59], pop: 'children', origin: ['KG'], status: 'returned' },
        ],
      ],
      [
        'Не менее 10 мирных жителей погибли при нападении боевиков ИГ-Хорасан в Кабуле.',
        [{ v: [10, null], pop: 'people', status: 'killed', aff: 'isis', loc: ['AF'] }],
      ],
      [
        'Таджикские власти вернули из Ирака 84 ребенка, чьи матери отбывают там наказание.',
        [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] }],
      ],
      [
        'Всего с 2019 года из Сирии и Ирака в Россию вернули более 340 детей.',
        [{ v: [340, null], pop: 'children', origin: ['RU'], status: 'returned', loc: ['SY', 'IQ'] }],
      ],
      ['Около половины из них – девочки.', []],
      [
        'Новая газета пишет, что порядка 5 тысяч выходцев из Центральной Азии воюют в Сирии.',
        [
          {
            v: [5000, 5000],
            pop: 'fighters',
            origin: ['region:central-asia'],
            status: 'present',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Среди погибших трое детей в возрасте до 10 лет.',
        [{ v: [3, 3], pop: 'children', status: 'killed', age: [null, 9] }],
      ],
      [
        'Как заявили в МИД Казахстана, на родину доставлены 32 гражданина республики, из них 21 ребенок.',
        [
          { v: [32, 32], pop: 'people', origin: ['KZ'], status: 'returned', source: 'МИД Казахстана' },
          { v: [21, 21], pop: 'children', origin: ['KZ'], status: 'returned', source: 'МИД Казахстана' },
        ],
      ],
      [
        'В Махачкале задержаны девять человек. Двое из них – несовершеннолетние.',
        [
          { v: [9, 9], pop: 'people', status: 'detained', loc: ['RU'] },
          { v: [2, 2], pop: 'children', status: 'detained' },
        ],
      ],
      [
        'Кавказ.Реалии сообщают, что в Турции задержаны шестеро выходцев из Чечни.',
        [{ v: [6, 6], pop: 'people', origin: ['RU'], status: 'detained', loc: ['TR'] }],
      ],
      [
        'Более полутора тысяч граждан Казахстана выехали в Сирию.',
        [{ v: [1500, null], pop: 'people', origin: ['KZ'], status: 'joined', loc: ['SY'] }],
      ],
      [
        'Более 50 жителей Ингушетии, выехавших в Сирию, вернулись домой.',
        [{ v: [50, null], pop: 'people', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Семь человек, вернувшихся из Сирии, задержаны в Душанбе.',
        [{ v: [7, 7], pop: 'people', status: 'detained' }],
      ],
      [
        'В Сирии погибли 19 уроженцев Казахстана, воевавших за ИГИЛ.',
        [{ v: [19, 19], pop: 'fighters', origin: ['KZ'], status: 'killed', aff: 'isis', loc: ['SY'] }],
      ],
      ['Приговор был оглашен 12 марта, осужденному 27 лет.', []],
      [
        'Коммерсант пишет, что в Москве осуждены трое уроженцев Средней Азии, вербовавших сторонников для ИГ.',
        [{ v: [3, 3], pop: 'people', origin: ['region:central-asia'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Семеро детей, вывезенных из Сирии, были переданы бабушкам и дедушкам в Дагестане.',
        [{ v: [7, 7], pop: 'children', status: 'returned', loc: ['SY'] }],
      ],
      [
        'Медуза сообщает, что около двухсот россиянок осуждены в Ираке за членство в ИГИЛ.',
        [{ v: [200, 200], pop: 'women', origin: ['RU'], status: 'detained', aff: 'isis', loc: ['IQ'] }],
      ],
      [
        'Азаттык: в лагерях Сирии остаются порядка 60 граждан Казахстана, большинство из них – дети.',
        [{ v: [60, 60], pop: 'people', origin: ['KZ'], status: 'present', loc: ['SY'] }],
      ],
      [
        'До 40 боевиков «Аль-Шабаб» были уничтожены в ходе авиаудара на юге Сомали.',
        [{ v: [null, 40], pop: 'fighters', status: 'killed', aff: 'other', loc: ['SO'] }],
      ],
      [
        'Среди вернувшихся из Сирии 46 таджикистанцев 30 – дети.',
        [
          { v: [46, 46], pop: 'people', origin: ['TJ'], status: 'returned', loc: ['SY'] },
          { v: [30, 30], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Южный окружной военный суд приговорил семерых жителей Чечни к срокам от 2 до 18 лет за участие в ИГ.',
        [{ v: [7, 7], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis', age: [null, null] }],
      ],
      [
        'Из Таджикистана в ряды ИГ ушли около 1900 человек, 300 из них погибли, заявил генпрокурор.',
        [
          {
            v: [1900, 1900],
            pop: 'people',
            origin: ['TJ'],
            status: 'joined',
            aff: 'isis',
            source: 'генпрокурор',
          },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed', source: 'генпрокурор' },
        ],
      ],
      [
        'Почти 150 граждан Киргизии находятся в тюрьмах Ирака, из них около 80 детей.',
        [
          { v: [150, 150], pop: 'people', origin: ['KG'], status: 'detained', loc: ['IQ'] },
          { v: [80, 80], pop: 'children', origin: ['KG'], status: 'detained', loc: ['IQ'] },
        ],
      ],
      [
        'Власти Казахстана вернули на родину 37 детей и 11 женщин, находившихся в лагере «Рож».',
        [
          { v: [37, 37], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
          { v: [11, 11], pop: 'women', origin: ['KZ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Около трёх десятков казахстанцев задержаны по возвращении из Сирии.',
        [{ v: [30, 30], pop: 'people', origin: ['KZ'], status: 'detained' }],
      ],
      [
        'Около полутора сотен граждан Узбекистана находятся в лагере «Аль-Холь».',
        [{ v: [150, 150], pop: 'people', origin: ['UZ'], status: 'present', loc: ['SY'] }],
      ],
      ['Несколько сотен россиянок по-прежнему остаются в Сирии.', []],
      [
        'Порядка тысячи двухсот выходцев с Северного Кавказа воюют в Сирии.',
        [
          {
            v: [1200, 1200],
            pop: 'fighters',
            origin: ['region:north-caucasus'],
            status: 'present',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Из двухсот пятидесяти вывезенных детей сто двадцать – девочки.',
        [
          { v: [250, 250], pop: 'children', status: 'returned' },
          { v: [120, 120], pop: 'children', status: 'returned' },
        ],
      ],
      [
        'Девять человек, в том числе четверо детей, погибли в результате авиаудара.',
        [
          { v: [9, 9], pop: 'people', status: 'killed' },
          { v: [4, 4], pop: 'children', status: 'killed' },
        ],
      ],
      [
        'В Сирии содержатся около 200 россиян. Сорок из них – дети.',
        [
          { v: [200, 200], pop: 'people', origin: ['RU'], loc: ['SY'] },
          { v: [40, 40], pop: 'children', origin: ['RU'], loc: ['SY'] },
        ],
      ],
    ],
    OPEN_RU,
  );
});
