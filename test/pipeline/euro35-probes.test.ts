// Blind probes of the thirty-fifth European round (fr, ru): sentences in the style of Le Monde, RFI, France 24,
// AFP and Jeune Afrique, the French and Belgian ministries and courts (parquet national antiterroriste, cour
// d'assises spéciale) and UNICEF France (the Sahel: JNIM and EIGS, Lake Chad, the Syrian camps, repatriations,
// revenants, minors), and of RIA Novosti, TASS, Interfax, Kommersant, Meduza, Kavkaz.Realii and Fergana, the
// Russian ombudsman, the FSB and the courts (children brought back from Syria and Iraq to Russia, Chechnya,
// Dagestan and Central Asia; fighters from Central Asia; recruitment): counts without a noun, number words and
// collective numerals, bounds, status verbs, planned and done returns, origin, location and source. Written
// for this test (no report's text). Each states what GUIDELINES.md asks of it; those the engine does not meet
// yet are in the open sets, each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_FR = new Set<string>([
  // A headline's one-word speaker before a colon is read only in capitals (AFP, КНБ): "Ouest-France" cannot
  // be told from a one-word topic ("Terrorisme :", "Sahel :") without a list of news outlets.
  'Ouest-France : près de 90 djihadistes français seraient encore vivants en Syrie',
  // A count with no status word of its own in its clause ("on en dénombre encore 40 en Syrie") takes the
  // status of the count before (joined); being somewhere is not read from a place alone.
  'Environ 300 Belges sont partis en Syrie. On en dénombre encore 40 en Syrie.',
]);

const OPEN_RU = new Set<string>([
  // As in French: a one-word headline speaker not in capitals («Интерфакс:») is not read.
  'Интерфакс: в Ингушетии задержаны четверо подозреваемых в финансировании ИГ',
]);

describe('fr: repatriations, the Sahel, Lake Chad, French and Belgian courts (euro35)', () => {
  runProbes(
    'fr',
    [
      [
        'Selon France 24, 47 enfants et 15 mères ont été rapatriés du camp de Roj mardi.',
        [
          { v: [47, 47], pop: 'children', status: 'returned', source: 'France 24', loc: ['SY'] },
          { v: [15, 15], pop: 'women', status: 'returned', source: 'France 24' },
        ],
      ],
      [
        'Le parquet national antiterroriste a indiqué que 32 mineurs étaient mis en examen pour des faits de terrorisme.',
        [{ v: [32, 32], pop: 'children', status: 'detained', source: 'Le parquet national antiterroriste' }],
      ],
      [
        "D'après l'Unicef France, environ 200 enfants français sont toujours retenus dans les camps du nord-est syrien.",
        [
          {
            v: [200, 200],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            source: "l'Unicef France",
            loc: ['SY'],
          },
        ],
      ],
      [
        'Parmi les 169 revenants majeurs, 85 sont des femmes.',
        [
          { v: [169, 169], pop: 'people', status: 'returned' },
          { v: [85, 85], pop: 'women', status: 'returned' },
        ],
      ],
      [
        "La cour d'assises spéciale a condamné quatre femmes revenues de Syrie à des peines de 8 à 12 ans.",
        [{ v: [4, 4], pop: 'women', status: 'detained' }],
      ],
      [
        'Selon RFI, le JNIM a enlevé une vingtaine de bergers près de Djibo, dont deux enfants.',
        [
          { v: [20, 20], pop: 'people', status: 'other', aff: 'other', source: 'RFI', loc: ['BF'] },
          { v: [2, 2], pop: 'children', status: 'other', aff: 'other' },
        ],
      ],
      [
        "Plus de 1 000 Tadjiks ont rejoint l'État islamique, d'après les autorités de Douchanbé.",
        [
          {
            v: [1000, null],
            pop: 'people',
            origin: ['TJ'],
            status: 'joined',
            aff: 'isis',
            source: 'les autorités de Douchanbé',
          },
        ],
      ],
      [
        'Quelque 2 500 ressortissants ouzbeks sont partis en Syrie ; plus de 500 ont été rapatriés depuis 2019.',
        [
          { v: [2500, 2500], pop: 'people', origin: ['UZ'], status: 'joined', loc: ['SY'] },
          { v: [500, null], pop: 'people', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        "Au Niger, l'armée affirme avoir neutralisé près de 70 terroristes de l'EIGS.",
        [{ v: [70, 70], pop: 'fighters', status: 'killed', aff: 'isis', source: "l'armée", loc: ['NE'] }],
      ],
      [
        "Une quarantaine de femmes et d'enfants belges se trouvent encore au camp d'Al-Hol, a précisé le ministère des Affaires étrangères.",
        [
          {
            v: [40, 40],
            pop: 'people',
            origin: ['BE'],
            status: 'present',
            source: 'le ministère des Affaires étrangères',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Sur les 300 Français partis en zone irako-syrienne, une centaine seraient morts.',
        [
          { v: [300, 300], pop: 'people', origin: ['FR'], status: 'joined' },
          { v: [100, 100], pop: 'people', origin: ['FR'], status: 'killed' },
        ],
      ],
      [
        "Le Kazakhstan a rapatrié 37 enfants d'Irak ; 14 autres attendent encore.",
        [
          { v: [37, 37], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['IQ'] },
          { v: [14, 14], pop: 'children', origin: ['KZ'], status: 'present' },
        ],
      ],
      [
        "Entre 40 et 60 combattants de Boko Haram ont été tués lors de l'attaque, selon des sources sécuritaires.",
        [
          {
            v: [40, 60],
            pop: 'fighters',
            status: 'killed',
            aff: 'other',
            source: 'des sources sécuritaires',
          },
        ],
      ],
      [
        "Le Quai d'Orsay a annoncé le retour de 10 enfants et de 7 mères.",
        [
          { v: [10, 10], pop: 'children', status: 'returned', source: "Le Quai d'Orsay" },
          { v: [7, 7], pop: 'women', status: 'returned' },
        ],
      ],
      [
        'Trois adolescents soupçonnés de préparer un attentat ont été interpellés à Paris, a annoncé le parquet.',
        [{ v: [3, 3], pop: 'children', status: 'detained', source: 'le parquet' }],
      ],
      [
        "Près de 1 400 enfants ont été tués ou mutilés dans le bassin du lac Tchad en 2022, selon l'ONU.",
        [{ v: [1400, 1400], pop: 'children', status: 'other', source: "l'ONU" }],
      ],
      [
        "Selon l'AFP, une soixantaine de djihadistes ont été arrêtés au Burkina Faso.",
        [{ v: [60, 60], pop: 'fighters', status: 'detained', source: "l'AFP", loc: ['BF'] }],
      ],
      [
        'Le Tadjikistan a rapatrié 146 femmes et enfants depuis 2019, dont 104 mineurs.',
        [
          { v: [146, 146], pop: 'people', origin: ['TJ'], status: 'returned' },
          { v: [104, 104], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'Les autorités ouzbèkes ont ramené 98 personnes, parmi elles 64 enfants.',
        [
          { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
          { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        "Au moins 12 soldats nigériens ont été tués par l'EIGS près de la frontière malienne.",
        [{ v: [12, null], pop: 'fighters', origin: ['NE'], status: 'killed', aff: 'isis' }],
      ],
      [
        'La justice belge a condamné par défaut 23 combattants partis en Syrie.',
        [{ v: [23, 23], pop: 'fighters', status: 'detained' }],
      ],
      [
        'Selon Jeune Afrique, entre 500 et 800 combattants étrangers opéreraient au Sahel.',
        [
          {
            v: [500, 800],
            pop: 'fighters',
            origin: ['region:foreign'],
            status: 'present',
            source: 'Jeune Afrique',
          },
        ],
      ],
      [
        "Une dizaine de Françaises ont été rapatriées, trois d'entre elles ont été écrouées dès leur arrivée.",
        [
          { v: [10, 10], pop: 'women', origin: ['FR'], status: 'returned' },
          { v: [3, 3], pop: 'women', origin: ['FR'], status: 'detained' },
        ],
      ],
      [
        'Environ 250 Belges sont partis en Syrie. Parmi eux, une cinquantaine sont revenus.',
        [
          { v: [250, 250], pop: 'people', origin: ['BE'], status: 'joined', loc: ['SY'] },
          { v: [50, 50], pop: 'people', origin: ['BE'], status: 'returned' },
        ],
      ],
      [
        'Le Maroc a rapatrié 12 enfants ; les autres, une centaine, sont toujours dans les camps.',
        [
          { v: [12, 12], pop: 'children', origin: ['MA'], status: 'returned' },
          { v: [100, 100], pop: 'children', origin: ['MA'], status: 'present' },
        ],
      ],
      [
        'Le Danemark prévoit de rapatrier 19 enfants de Syrie, a indiqué Copenhague.',
        [
          {
            v: [19, 19],
            pop: 'children',
            origin: ['DK'],
            status: 'present',
            source: 'Copenhague',
            loc: ['SY'],
          },
        ],
      ],
      [
        "Deux cents combattants du JNIM auraient été tués par l'armée malienne.",
        [{ v: [200, 200], pop: 'fighters', status: 'killed', aff: 'other', loc: ['ML'] }],
      ],
      [
        'Environ 300 Français sont partis en Syrie ; 120, semble-t-il, y sont morts.',
        [
          { v: [300, 300], pop: 'people', origin: ['FR'], status: 'joined', loc: ['SY'] },
          { v: [120, 120], pop: 'people', origin: ['FR'], status: 'killed' },
        ],
      ],
      [
        "D'après la Sûreté de l'État, 413 Belges sont partis en Syrie, parmi eux 130 ont été tués et 125 sont rentrés.",
        [
          {
            v: [413, 413],
            pop: 'people',
            origin: ['BE'],
            status: 'joined',
            source: "la Sûreté de l'État",
            loc: ['SY'],
          },
          { v: [130, 130], pop: 'people', origin: ['BE'], status: 'killed' },
          { v: [125, 125], pop: 'people', origin: ['BE'], status: 'returned' },
        ],
      ],
      [
        "Le Kazakhstan a rapatrié au total 607 personnes ; les autorités prévoient d'en ramener une centaine d'autres.",
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [100, 100], pop: 'people', origin: ['KZ'], status: 'present' },
        ],
      ],
      [
        "La France a rapatrié 35 enfants et compte en ramener une dizaine d'autres.",
        [
          { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
          { v: [10, 10], pop: 'children', origin: ['FR'], status: 'present' },
        ],
      ],
      [
        'La France a rapatrié 35 enfants, il en reste une centaine en Syrie.',
        [
          { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
          { v: [100, 100], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] },
        ],
      ],
      [
        'Selon le parquet national antiterroriste, 169 mineurs sont revenus de la zone irako-syrienne, dont une soixantaine âgés de plus de 13 ans.',
        [
          {
            v: [169, 169],
            pop: 'children',
            status: 'returned',
            source: 'le parquet national antiterroriste',
            loc: ['IQ', 'SY'],
          },
          { v: [60, 60], pop: 'children', status: 'returned', age: [14, null] },
        ],
      ],
      [
        'Sur les 1 300 Français partis, environ 400 seraient morts, a précisé une source proche du dossier.',
        [
          { v: [1300, 1300], pop: 'people', origin: ['FR'], status: 'joined' },
          {
            v: [400, 400],
            pop: 'people',
            origin: ['FR'],
            status: 'killed',
            source: 'une source proche du dossier',
          },
        ],
      ],
      [
        'Dans le camp de Roj, près de 200 femmes étrangères attendent toujours leur rapatriement.',
        [{ v: [200, 200], pop: 'women', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
      ],
      [
        'Parmi les 25 personnes arrêtées, 14 ont été remises en liberté sans poursuites.',
        [
          { v: [25, 25], pop: 'people', status: 'detained' },
          { v: [14, 14], pop: 'people', status: 'other' },
        ],
      ],
      [
        'Le Monde : 25 enfants de jihadistes rapatriés cette nuit',
        [{ v: [25, 25], pop: 'children', status: 'returned', source: 'Le Monde' }],
      ],
      [
        'Ouest-France : près de 90 djihadistes français seraient encore vivants en Syrie',
        [{ v: [90, 90], pop: 'fighters', origin: ['FR'], status: 'present', source: 'Ouest-France' }],
      ],
      [
        'Environ 300 Belges sont partis en Syrie. On en dénombre encore 40 en Syrie.',
        [
          { v: [300, 300], pop: 'people', origin: ['BE'], status: 'joined' },
          { v: [40, 40], pop: 'people', origin: ['BE'], status: 'present' },
        ],
      ],
    ],
    OPEN_FR,
  );
});

describe('ru: returns to Russia and Central Asia, the North Caucasus, courts, recruitment (euro35)', () => {
  runProbes(
    'ru',
    [
      [
        'Как сообщила Татьяна Москалькова, из Сирии в Россию возвращены 35 детей.',
        [
          {
            v: [35, 35],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            source: 'Татьяна Москалькова',
            loc: ['SY'],
          },
        ],
      ],
      [
        'По данным РИА Новости, в лагере Аль-Холь остаются около 500 детей из России.',
        [
          {
            v: [500, 500],
            pop: 'children',
            origin: ['RU'],
            status: 'present',
            source: 'РИА Новости',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Южный окружной военный суд приговорил троих жителей Дагестана к срокам от 12 до 18 лет за участие в ИГ.',
        [{ v: [3, 3], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Из Ирака в Грозный доставлены 27 детей, ещё 15 ожидают отправки.',
        [
          { v: [27, 27], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] },
          { v: [15, 15], pop: 'children', origin: ['RU'], status: 'present' },
        ],
      ],
      [
        'Как заявил представитель МИД Таджикистана, из сирийских лагерей возвращены свыше 300 граждан, среди них 200 детей.',
        [
          {
            v: [300, null],
            pop: 'people',
            origin: ['TJ'],
            status: 'returned',
            source: 'представитель МИД Таджикистана',
            loc: ['SY'],
          },
          { v: [200, 200], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'По оценкам экспертов, от 2 до 4 тысяч выходцев из Центральной Азии воюют в рядах террористических группировок.',
        [
          {
            v: [2000, 4000],
            pop: 'fighters',
            origin: ['region:central-asia'],
            status: 'present',
            source: 'экспертов',
          },
        ],
      ],
      [
        'Всего в Казахстан вернули более 700 человек. Из них около 500 — дети.',
        [
          { v: [700, null], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [500, 500], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'По словам уполномоченного по правам ребёнка, из Ирака вернули 122 ребёнка, ещё 30 находятся в Багдаде.',
        [
          {
            v: [122, 122],
            pop: 'children',
            status: 'returned',
            source: 'уполномоченного по правам ребёнка',
            loc: ['IQ'],
          },
          { v: [30, 30], pop: 'children', status: 'present', loc: ['IQ'] },
        ],
      ],
      [
        'Интерфакс: в Ингушетии задержаны четверо подозреваемых в финансировании ИГ',
        [{ v: [4, 4], pop: 'people', status: 'detained', aff: 'isis', source: 'Интерфакс', loc: ['RU'] }],
      ],
      [
        'ФСБ: в Ставрополе задержаны шестеро вербовщиков международной террористической организации',
        [{ v: [6, 6], pop: 'fighters', status: 'detained', source: 'ФСБ', loc: ['RU'] }],
      ],
      [
        'Как сообщает Фергана, в 2019 году Узбекистан вернул 156 граждан, в основном женщин и детей.',
        [{ v: [156, 156], pop: 'people', origin: ['UZ'], status: 'returned', source: 'Фергана' }],
      ],
      [
        'Около 1300 граждан Таджикистана выехали в Сирию, ещё 300, как полагают, погибли там.',
        [
          { v: [1300, 1300], pop: 'people', origin: ['TJ'], status: 'joined', loc: ['SY'] },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        'В Сирию уехали 850 кыргызстанцев; ещё около 200, как считается, остаются в лагерях.',
        [
          { v: [850, 850], pop: 'people', origin: ['KG'], status: 'joined', loc: ['SY'] },
          { v: [200, 200], pop: 'people', origin: ['KG'], status: 'present' },
        ],
      ],
      [
        'Трое вербовщиков ИГ задержаны в Москве, сообщили в ФСБ.',
        [{ v: [3, 3], pop: 'fighters', status: 'detained', aff: 'isis', source: 'ФСБ', loc: ['RU'] }],
      ],
      [
        'Порядка 300 детей остаются в тюрьмах Ирака, заявила Москалькова.',
        [{ v: [300, 300], pop: 'children', status: 'detained', source: 'Москалькова', loc: ['IQ'] }],
      ],
      [
        'Всего из Сирии и Ирака в Таджикистан возвращены 400 человек, из них 300 — дети.',
        [
          { v: [400, 400], pop: 'people', origin: ['TJ'], status: 'returned', loc: ['IQ', 'SY'] },
          { v: [300, 300], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'До 5 тысяч выходцев из стран Центральной Азии воевали в Сирии и Ираке.',
        [{ v: [null, 5000], pop: 'fighters', origin: ['region:central-asia'], loc: ['IQ', 'SY'] }],
      ],
      [
        'Суд в Душанбе приговорил 12 вернувшихся из Сирии женщин к срокам до 10 лет.',
        [{ v: [12, 12], pop: 'women', status: 'detained' }],
      ],
      [
        'Среди вернувшихся — 45 детей и 18 женщин.',
        [
          { v: [45, 45], pop: 'children', status: 'returned' },
          { v: [18, 18], pop: 'women', status: 'returned' },
        ],
      ],
      [
        'По данным Кавказ.Реалии, из Чечни в Сирию уехали порядка 600 человек, из них около 200 погибли.',
        [
          {
            v: [600, 600],
            pop: 'people',
            origin: ['RU'],
            status: 'joined',
            source: 'Кавказ.Реалии',
            loc: ['SY'],
          },
          { v: [200, 200], pop: 'people', origin: ['RU'], status: 'killed' },
        ],
      ],
      [
        'Двенадцать детей вывезены из лагеря Родж в Москву.',
        [{ v: [12, 12], pop: 'children', origin: ['RU'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Более двухсот женщин и детей остаются в лагере Аль-Хол, сообщил Коммерсант.',
        [{ v: [200, null], pop: 'people', status: 'present', source: 'Коммерсант', loc: ['SY'] }],
      ],
      [
        'В Узбекистан из Афганистана вернули 25 женщин и детей, среди них 18 несовершеннолетних.',
        [
          { v: [25, 25], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['AF'] },
          { v: [18, 18], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Из 190 граждан Казахстана, вернувшихся из Сирии, 37 осуждены.',
        [
          { v: [190, 190], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [37, 37], pop: 'people', origin: ['KZ'], status: 'detained' },
        ],
      ],
      [
        'Сотня детей из Дагестана всё ещё находится в Сирии, заявил глава республики.',
        [
          {
            v: [100, 100],
            pop: 'children',
            origin: ['RU'],
            status: 'present',
            source: 'глава республики',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Четверых жителей Чечни, воевавших в Сирии, суд приговорил к 15 годам.',
        [{ v: [4, 4], pop: 'fighters', origin: ['RU'], status: 'detained' }],
      ],
      [
        'Свыше 4 тысяч граждан Узбекистана, по оценкам экспертов, воевали в Сирии и Ираке.',
        [
          {
            v: [4000, null],
            pop: 'fighters',
            origin: ['UZ'],
            source: 'экспертов',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        'Около 150 детей из Кыргызстана остаются в сирийских лагерях, из них 40 — сироты.',
        [
          { v: [150, 150], pop: 'children', origin: ['KG'], status: 'present', loc: ['SY'] },
          { v: [40, 40], pop: 'children', origin: ['KG'], status: 'present' },
        ],
      ],
      [
        'Как заявил Кадыров, в Чечню вернули 35 женщин и детей, ещё 15 ожидают.',
        [
          { v: [35, 35], pop: 'people', origin: ['RU'], status: 'returned', source: 'Кадыров' },
          { v: [15, 15], pop: 'people', origin: ['RU'], status: 'present' },
        ],
      ],
      [
        'По данным Фергана.ру, от 1500 до 2000 выходцев из Узбекистана воюют в рядах ИГ и «Хайят Тахрир аш-Шам».',
        [{ v: [1500, 2000], pop: 'fighters', origin: ['UZ'], status: 'present', source: 'Фергана.ру' }],
      ],
      [
        'Порядка двух десятков женщин из Казахстана отбывают наказание в Ираке.',
        [{ v: [20, 20], pop: 'women', origin: ['KZ'], status: 'detained', loc: ['IQ'] }],
      ],
      [
        'Полторы сотни граждан Кыргызстана, как считается, остаются в зоне конфликта.',
        [{ v: [150, 150], pop: 'people', origin: ['KG'], status: 'present' }],
      ],
      [
        'Россия вернула 30 детей; остальные, около 70, пока находятся в Багдаде.',
        [
          { v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [70, 70], pop: 'children', origin: ['RU'], status: 'present', loc: ['IQ'] },
        ],
      ],
      [
        'Около 1300 граждан Таджикистана выехали в Сирию, 300 из них, вероятно, погибли.',
        [
          { v: [1300, 1300], pop: 'people', origin: ['TJ'], status: 'joined' },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        'Из Ирака доставлены 27 детей, ещё 15, по словам омбудсмена, ожидают отправки.',
        [
          { v: [27, 27], pop: 'children', status: 'returned', loc: ['IQ'] },
          { v: [15, 15], pop: 'children', status: 'present', source: 'омбудсмена' },
        ],
      ],
    ],
    OPEN_RU,
  );
});
