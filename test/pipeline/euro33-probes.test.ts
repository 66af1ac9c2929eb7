// Blind probes of the thirty-third European round (fr, ru): sentences in the style of Le Monde, RFI, AFP,
// France 24 and Jeune Afrique (the Sahel: JNIM, EIGS, child soldiers in Mali, Burkina Faso and Niger; the
// Lake Chad basin: Boko Haram, ISWAP; the CAR and the DRC: ADF, CODECO; Belgian and French repatriations
// from Roj; Wagner and the Africa Corps as an armed party) and of RIA, TASS, Kommersant, Meduza, Fergana and
// Kavkaz.Realii (Tajik and Uzbek returnees, children brought back to Chechnya and Dagestan, ISIS-K and the
// Crocus attack): numbers in words, bounds, counts without a noun resolved to the people before them,
// shares of a whole, captives of armed groups. Written for this test (no report's text). Each states what
// GUIDELINES.md asks of it; those the engine does not meet yet are in the open sets, each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_FR = new Set<string>([]);

const OPEN_RU = new Set<string>([]);

describe('fr: Sahel, Lake Chad, Central Africa, repatriations (euro33)', () => {
  runProbes(
    'fr',
    [
      [
        "Une trentaine d'enfants belges ont été rapatriés du camp de Roj, selon le parquet fédéral.",
        [
          {
            v: [30, 30],
            pop: 'children',
            origin: ['BE'],
            status: 'returned',
            source: 'le parquet fédéral',
            loc: ['SY'],
          },
        ],
      ],
      [
        "Près de deux cents combattants du JNIM ont été tués au Burkina Faso, selon l'armée.",
        [{ v: [200, 200], pop: 'fighters', status: 'killed', aff: 'other', source: "l'armée", loc: ['BF'] }],
      ],
      [
        "Selon l'Unicef, jusqu'à 900 enfants ont été recrutés par des groupes armés au Mali en 2023.",
        [{ v: [null, 900], pop: 'children', status: 'joined', source: "l'Unicef", loc: ['ML'] }],
      ],
      [
        'Les ADF ont tué une quarantaine de civils dans le territoire de Beni, selon la Monusco.',
        [{ v: [40, 40], pop: 'people', status: 'killed', aff: 'other', source: 'la Monusco', loc: ['CD'] }],
      ],
      [
        'Selon Human Rights Watch, les combattants de Wagner ont exécuté au moins 500 civils dans le centre du Mali.',
        [
          {
            v: [500, null],
            pop: 'people',
            status: 'killed',
            aff: 'other',
            source: 'Human Rights Watch',
            loc: ['ML'],
          },
        ],
      ],
      [
        "Des mercenaires de l'Africa Corps ont tué une trentaine de civils dans la région de Tombouctou.",
        [{ v: [30, 30], pop: 'people', status: 'killed', aff: 'other', loc: ['ML'] }],
      ],
      [
        "Au Niger, une vingtaine de soldats ont été tués par l'EIGS près de Tillabéri, selon une source sécuritaire.",
        [{ v: [20, 20], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['NE'] }],
      ],
      [
        "Selon France 24, plus d'une centaine de revenants ont été jugés depuis 2016.",
        [{ v: [100, null], pop: 'people', status: 'detained', source: 'France 24', loc: [] }],
      ],
      [
        'Selon les chiffres de France 24, 52 enfants ont été rapatriés de Syrie.',
        [{ v: [52, 52], pop: 'children', status: 'returned', source: 'France 24', loc: ['SY'] }],
      ],
      [
        "D'après la ministre, la Belgique a rapatrié six enfants et trois mères du camp de Roj.",
        [
          { v: [6, 6], pop: 'children', origin: ['BE'], status: 'returned', loc: ['SY'] },
          { v: [3, 3], pop: 'women', origin: ['BE'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Les autorités tunisiennes affirment avoir empêché plus de 27 000 jeunes de rejoindre les zones de conflit.',
        [{ v: [27000, null], pop: 'children', status: 'other', not: 'joined' }],
      ],
      [
        'La police marocaine a dissuadé 500 jeunes de partir en Syrie.',
        [{ v: [500, 500], pop: 'children', status: 'other' }],
      ],
      [
        'Le Maroc a empêché le départ de 300 jeunes vers la Syrie.',
        [{ v: [300, 300], pop: 'children', status: 'other' }],
      ],
      // Counter-case: a prevention verb that takes no count leaves the count's own verb.
      [
        "Les services ont empêché l'attentat et arrêté 12 personnes.",
        [{ v: [12, 12], pop: 'people', status: 'detained' }],
      ],
      [
        'La moitié des 130 revenants sont en détention.',
        [{ v: [130, 130], pop: 'people', status: 'returned' }],
      ],
      [
        'Un tiers des 300 jihadistes partis en Syrie ont été tués.',
        [{ v: [300, 300], pop: 'fighters', status: 'joined', loc: ['SY'] }],
      ],
      [
        'Un quart des 400 combattants revenus en Tunisie sont en prison.',
        [{ v: [400, 400], pop: 'fighters', origin: ['TN'], status: 'returned' }],
      ],
      [
        'Parmi les 130 revenants, une quarantaine sont en détention.',
        [
          { v: [130, 130], pop: 'people', status: 'returned' },
          { v: [40, 40], pop: 'people', status: 'detained' },
        ],
      ],
      [
        'Cinq des détenus sont des ressortissants tunisiens.',
        [{ v: [5, 5], pop: 'people', origin: ['TN'], status: 'detained' }],
      ],
      [
        'Une quinzaine de soldats maliens sont toujours retenus en otage par le JNIM.',
        [{ v: [15, 15], pop: 'fighters', origin: ['ML'], status: 'other', aff: 'other' }],
      ],
      [
        'Boko Haram a enlevé plus de 300 élèves à Kankara, selon les autorités nigérianes.',
        [{ v: [300, null], pop: 'children', status: 'other', aff: 'other', loc: ['NG'] }],
      ],
      [
        "Selon Jeune Afrique, près d'un millier de combattants de l'Iswap opèrent autour du lac Tchad.",
        [{ v: [1000, 1000], pop: 'fighters', status: 'present', aff: 'isis', source: 'Jeune Afrique' }],
      ],
      [
        'Quelque 150 enfants soldats ont été libérés par les groupes armés en Centrafrique, a indiqué l’Unicef.',
        [{ v: [150, 150], pop: 'children', status: 'other', loc: ['CF'] }],
      ],
      [
        'Les miliciens de la CODECO ont tué au moins 60 déplacés dans un camp de la province de l’Ituri.',
        [{ v: [60, null], pop: 'people', status: 'killed', aff: 'other', loc: ['CD'] }],
      ],
      [
        'La moitié des 130 détenus ont été rapatriés.',
        [{ v: [130, 130], pop: 'people', status: 'detained' }],
      ],
      [
        "Près de 3 000 combattants de l'Iswap et de Boko Haram se sont rendus, selon l'état-major.",
        [{ v: [3000, 3000], pop: 'fighters', status: 'other', aff: 'isis', source: "l'état-major" }],
      ],
      [
        "Plusieurs dizaines de Belges, dont une vingtaine d'enfants, attendent encore d'être rapatriés.",
        [{ v: [20, 20], pop: 'children', origin: ['BE'], status: 'present' }],
      ],
      [
        'La France a rapatrié 25 enfants ; une centaine attendent toujours leur rapatriement.',
        [
          { v: [25, 25], pop: 'children', origin: ['FR'], status: 'returned' },
          { v: [100, 100], pop: 'children', origin: ['FR'], status: 'present' },
        ],
      ],
      [
        "Ce rapatriement porte à 169 le nombre d'enfants revenus depuis 2019.",
        [{ v: [169, 169], pop: 'children', status: 'returned' }],
      ],
      [
        "Entre 5 000 et 6 000 combattants de l'EI-K seraient présents en Afghanistan, selon l'ONU.",
        [{ v: [5000, 6000], pop: 'fighters', status: 'present', aff: 'isis', source: "l'ONU", loc: ['AF'] }],
      ],
    ],
    OPEN_FR,
  );
});

describe('ru: Central Asian returnees, the North Caucasus, ISIS-K, Africa Corps (euro33)', () => {
  runProbes(
    'ru',
    [
      ['В Сирию уехали человек двадцать из этого села.', [{ v: [20, 20], pop: 'people', status: 'joined' }]],
      [
        'Человек тридцать вернулись в Узбекистан.',
        [{ v: [30, 30], pop: 'people', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'По данным МВД, человек сорок из Дагестана воюют в Сирии.',
        [{ v: [40, 40], pop: 'fighters', origin: ['RU'], status: 'present', source: 'МВД', loc: ['SY'] }],
      ],
      // Counter-case: a noun after another count, then a number of years, is no inverted count.
      [
        '12 человек двадцать лет назад уехали в Сирию.',
        [{ v: [12, 12], pop: 'people', status: 'joined', loc: ['SY'] }],
      ],
      ['Этот человек двадцать лет воевал в Чечне.', []],
      [
        'В плену у боевиков находились 14 военнослужащих.',
        [{ v: [14, 14], pop: 'fighters', status: 'other' }],
      ],
      ['В заложниках у террористов находятся 30 человек.', [{ v: [30, 30], pop: 'people', status: 'other' }]],
      // Counter-case: held by the Kurds, IS fighters are detained.
      [
        'В плену у курдов находятся 2000 боевиков ИГИЛ.',
        [{ v: [2000, 2000], pop: 'fighters', status: 'detained', aff: 'isis' }],
      ],
      [
        'Вагнеровцы расстреляли 12 пленных.',
        [{ v: [12, 12], pop: 'people', status: 'killed', aff: 'other' }],
      ],
      [
        'Бойцы «Африканского корпуса» убили до 40 мирных жителей на севере Мали, пишет «Медуза».',
        [{ v: [null, 40], pop: 'people', status: 'killed', aff: 'other', source: 'Медуза', loc: ['ML'] }],
      ],
      [
        'Пятеро из задержанных — граждане Таджикистана.',
        [{ v: [5, 5], pop: 'people', origin: ['TJ'], status: 'detained' }],
      ],
      [
        'Трое из погибших — уроженцы Дагестана.',
        [{ v: [3, 3], pop: 'people', origin: ['RU'], status: 'killed' }],
      ],
      [
        'Задержаны 11 человек, из них четверо — граждане Таджикистана.',
        [
          { v: [11, 11], pop: 'people', status: 'detained' },
          { v: [4, 4], pop: 'people', origin: ['TJ'], status: 'detained' },
        ],
      ],
      [
        'Каждый четвертый из 400 боевиков, вернувшихся в Тунис, находится в тюрьме.',
        [{ v: [400, 400], pop: 'fighters', origin: ['TN'], status: 'returned' }],
      ],
      [
        'Половина из 400 боевиков, вернувшихся в Тунис, находится в тюрьме.',
        [{ v: [400, 400], pop: 'fighters', origin: ['TN'], status: 'returned' }],
      ],
      [
        '30 из 400 боевиков, вернувшихся в Тунис, находятся в тюрьме.',
        [
          { v: [30, 30], pop: 'fighters', origin: ['TN'], status: 'detained' },
          { v: [400, 400], pop: 'fighters', origin: ['TN'], status: 'returned' },
        ],
      ],
      [
        'Из 1500 граждан Таджикистана, уехавших в Сирию, около 300 погибли.',
        [
          { v: [1500, 1500], pop: 'people', origin: ['TJ'], status: 'joined', loc: ['SY'] },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        'По данным ФСБ, около двухсот уроженцев Дагестана воюют в рядах ИГИЛ в Сирии.',
        [{ v: [200, 200], pop: 'fighters', origin: ['RU'], status: 'present', aff: 'isis', source: 'ФСБ' }],
      ],
      [
        'Свыше 300 детей из Чечни вернули на родину при содействии Зиада Сабсаби.',
        [{ v: [300, null], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
      [
        'В Таджикистан из Сирии вернули 84 ребенка, сообщает «Фергана».',
        [
          {
            v: [84, 84],
            pop: 'children',
            origin: ['TJ'],
            status: 'returned',
            source: 'Фергана',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Порядка четырехсот граждан Узбекистана вернулись из Сирии в рамках операции «Мехр».',
        [{ v: [400, 400], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Полторы тысячи боевиков ИГИЛ удерживаются в тюрьмах на северо-востоке Сирии, сообщает РИА Новости.',
        [
          {
            v: [1500, 1500],
            pop: 'fighters',
            status: 'detained',
            aff: 'isis',
            source: 'РИА Новости',
            loc: ['SY'],
          },
        ],
      ],
      [
        '«Вилаят Хорасан» завербовал свыше тысячи выходцев из Центральной Азии.',
        [{ v: [1000, null], pop: 'people', origin: ['region:central-asia'], status: 'joined', aff: 'isis' }],
      ],
      [
        'Как сообщает Россия 24, около 300 боевиков были уничтожены.',
        [{ v: [300, 300], pop: 'fighters', status: 'killed', source: 'Россия 24' }],
      ],
      [
        'В результате теракта в «Крокус Сити Холле» погибли 145 человек.',
        [{ v: [145, 145], pop: 'people', status: 'killed' }],
      ],
      [
        'Суд приговорил к 10 годам 14 вернувшихся из Сирии женщин.',
        [{ v: [14, 14], pop: 'women', status: 'detained' }],
      ],
      [
        'Из Сирии в Дагестан вернули 25 детей, еще 12 ожидают отправки.',
        [
          { v: [25, 25], pop: 'children', origin: ['RU'], status: 'returned', loc: ['SY'] },
          { v: [12, 12], pop: 'children', origin: ['RU'], status: 'present' },
        ],
      ],
      ['Еще 12 детей ожидают возвращения на родину.', [{ v: [12, 12], pop: 'children', status: 'present' }]],
      [
        'От 300 до 400 боевиков ИГ-Хорасан действуют в провинции Кунар.',
        [{ v: [300, 400], pop: 'fighters', status: 'present', aff: 'isis', loc: ['AF'] }],
      ],
      [
        'В ИГИЛ воевали до полутора тысяч граждан Кыргызстана, около 500 из них погибли.',
        [
          { v: [null, 1500], pop: 'fighters', origin: ['KG'], status: 'present', aff: 'isis' },
          { v: [500, 500], pop: 'fighters', origin: ['KG'], status: 'killed' },
        ],
      ],
    ],
    OPEN_RU,
  );
});
