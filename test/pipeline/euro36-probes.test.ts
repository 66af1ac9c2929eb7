// Blind probes of the thirty-sixth European round (fr, ru): sentences in the style of RFI, AFP, Le Monde,
// France 24, Jeune Afrique, Le Soir, Le Temps and the Maghreb's francophone press, the parquet national
// antiterroriste and the cour d'assises spéciale, UNICEF France (the Sahel: JNIM and EIGS in Mali, Burkina Faso
// and Niger; repatriations from Roj and al-Hol; Belgian, Swiss, Tunisian, Moroccan and Algerian nationals), and
// of RIA Novosti, TASS, Interfax, Meduza, Kommersant, Fergana and Kavkazsky Uzel, the Russian ombudsmen and
// Kadyrov (returns to Russia, Chechnya, Dagestan and Central Asia: «Жусан», «Мейирим»; trials for IS): collective
// numerals (une vingtaine, двое, пятеро, полтора десятка), bounds (pas moins de, plus d'une, не менее, свыше,
// до), partitions (dont, parmi lesquels, d'entre eux, из них, в том числе, среди которых), totals (s'élève à,
// portant à, число … достигло), participles, inverted and reported speech, ages. Written for this test (no
// report's text). Each states what GUIDELINES.md asks of it; those the engine does not meet yet are in the open
// sets, each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_FR = new Set<string>([]);

const OPEN_RU = new Set<string>([]);

describe('fr: the Sahel, repatriations, French, Belgian, Swiss and Maghreb press, courts (euro36)', () => {
  runProbes(
    'fr',
    [
      [
        "Au moins une quarantaine de civils ont été tués par des hommes armés soupçonnés d'appartenir au JNIM dans la région de Mopti, a indiqué un élu local.",
        [
          {
            v: [40, null],
            pop: 'people',
            status: 'killed',
            aff: 'other',
            source: 'un élu local',
            loc: ['ML'],
          },
        ],
      ],
      [
        "Selon des sources sécuritaires, près de 70 soldats burkinabè ont péri dans l'attaque revendiquée par l'EIGS près de Djibo.",
        [
          {
            v: [70, 70],
            pop: 'fighters',
            origin: ['BF'],
            status: 'killed',
            aff: 'isis',
            source: 'des sources sécuritaires',
            loc: ['BF'],
          },
        ],
      ],
      [
        "Pas moins de 120 enfants ont été recrutés par des groupes armés au Niger en 2022, selon l'Unicef.",
        [{ v: [120, null], pop: 'children', status: 'joined', source: "l'Unicef", loc: ['NE'] }],
      ],
      [
        "Plus d'une trentaine de femmes et d'enfants ont été enlevés par des djihadistes dans le nord du Burkina Faso.",
        [{ v: [30, null], pop: 'people', status: 'other', loc: ['BF'] }],
      ],
      [
        "La France a rapatrié 16 femmes et 35 mineurs détenus dans les camps du nord-est de la Syrie, a annoncé le Quai d'Orsay.",
        [
          {
            v: [16, 16],
            pop: 'women',
            origin: ['FR'],
            status: 'returned',
            source: "le Quai d'Orsay",
            loc: ['SY'],
          },
          {
            v: [35, 35],
            pop: 'children',
            origin: ['FR'],
            status: 'returned',
            source: "le Quai d'Orsay",
            loc: ['SY'],
          },
        ],
      ],
      [
        'Parmi les 35 mineurs rapatriés, dont le plus jeune a deux ans, 8 sont orphelins.',
        [
          { v: [35, 35], pop: 'children', status: 'returned' },
          { v: [8, 8], pop: 'children', status: 'returned' },
        ],
      ],
      [
        "Quelque 150 enfants français se trouvent encore dans le camp de Roj, d'après le Collectif des familles unies.",
        [
          {
            v: [150, 150],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            source: 'le Collectif des familles unies',
            loc: ['SY'],
          },
        ],
      ],
      [
        "Le nombre de mineurs revenus de la zone irako-syrienne s'élève à 364, selon le parquet national antiterroriste.",
        [
          {
            v: [364, 364],
            pop: 'children',
            status: 'returned',
            source: 'le parquet national antiterroriste',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        "Cette opération porte à 169 le nombre d'enfants rapatriés depuis 2019.",
        [{ v: [169, 169], pop: 'children', status: 'returned' }],
      ],
      [
        "La cour d'assises spéciale de Paris a condamné trois djihadistes français, âgés de 28 à 35 ans, pour leur participation aux activités de l'État islamique.",
        [{ v: [3, 3], pop: 'fighters', origin: ['FR'], status: 'detained', aff: 'isis', age: [28, 35] }],
      ],
      [
        "Une dizaine de revenantes comparaissent devant la cour d'assises spéciale à partir de lundi.",
        [{ v: [10, 10], pop: 'people', status: 'returned' }],
      ],
      [
        "La Belgique a rapatrié six mères et dix enfants âgés de 3 à 12 ans depuis le camp d'al-Hol, a annoncé le Premier ministre.",
        [
          {
            v: [6, 6],
            pop: 'women',
            origin: ['BE'],
            status: 'returned',
            source: 'le Premier ministre',
            loc: ['SY'],
          },
          {
            v: [10, 10],
            pop: 'children',
            origin: ['BE'],
            status: 'returned',
            source: 'le Premier ministre',
            loc: ['SY'],
            age: [3, 12],
          },
        ],
      ],
      [
        "Selon le quotidien Le Soir, une vingtaine d'enfants belges se trouvent encore en Syrie, dont la moitié a moins de six ans.",
        [
          {
            v: [20, 20],
            pop: 'children',
            origin: ['BE'],
            status: 'present',
            source: 'le quotidien Le Soir',
            loc: ['SY'],
          },
        ],
      ],
      [
        'La Suisse a rapatrié deux fillettes de mère genevoise, a indiqué le Département fédéral des affaires étrangères.',
        [
          {
            v: [2, 2],
            pop: 'children',
            origin: ['CH'],
            status: 'returned',
            source: 'le Département fédéral des affaires étrangères',
          },
        ],
      ],
      [
        'Au total, une vingtaine de ressortissants suisses sont partis combattre en Syrie et en Irak, selon le Service de renseignement de la Confédération.',
        [
          {
            v: [20, 20],
            pop: 'fighters',
            origin: ['CH'],
            status: 'joined',
            source: 'le Service de renseignement de la Confédération',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        "En Tunisie, près de 3 000 jihadistes tunisiens ont rejoint les rangs de Daech, d'après les autorités.",
        [
          {
            v: [3000, 3000],
            pop: 'fighters',
            origin: ['TN'],
            status: 'joined',
            aff: 'isis',
            source: 'les autorités',
          },
        ],
      ],
      [
        "Le Maroc a rapatrié 8 ressortissants marocains qui se trouvaient dans des zones de conflit en Syrie, a indiqué le ministère de l'Intérieur.",
        [
          {
            v: [8, 8],
            pop: 'people',
            origin: ['MA'],
            status: 'returned',
            source: "le ministère de l'Intérieur",
            loc: ['SY'],
          },
        ],
      ],
      [
        'Quelque 1 600 Marocains ont rejoint des groupes terroristes en Syrie et en Irak, parmi lesquels 225 ont été tués, selon le BCIJ.',
        [
          {
            v: [1600, 1600],
            pop: 'people',
            origin: ['MA'],
            status: 'joined',
            source: 'le BCIJ',
            loc: ['IQ', 'SY'],
          },
          {
            v: [225, 225],
            pop: 'people',
            origin: ['MA'],
            status: 'killed',
            source: 'le BCIJ',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        "Près de 100 Algériens ont combattu dans les rangs de l'État islamique, dont une vingtaine sont morts.",
        [
          { v: [100, 100], pop: 'fighters', origin: ['DZ'], status: 'present', aff: 'isis' },
          { v: [20, 20], pop: 'fighters', origin: ['DZ'], status: 'killed', aff: 'isis' },
        ],
      ],
      [
        "Pas moins de 43 enfants tunisiens sont toujours détenus en Libye, selon l'Observatoire tunisien des droits de l'homme.",
        [
          {
            v: [43, null],
            pop: 'children',
            origin: ['TN'],
            status: 'detained',
            source: "l'Observatoire tunisien des droits de l'homme",
            loc: ['LY'],
          },
        ],
      ],
      [
        "Le nombre de combattants étrangers ayant rejoint l'EI s'élève à plus de 40 000, soit près de 110 nationalités.",
        [{ v: [40000, null], pop: 'fighters', origin: ['region:foreign'], status: 'joined', aff: 'isis' }],
      ],
      [
        "Au moins 300 Français sont morts en Syrie et en Irak, a précisé le ministre de l'Intérieur.",
        [
          {
            v: [300, null],
            pop: 'people',
            origin: ['FR'],
            status: 'killed',
            source: "le ministre de l'Intérieur",
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        "Quelque 80 mineurs de moins de 18 ans ont été libérés par l'armée nigérienne après la reprise d'un camp de Boko Haram.",
        [{ v: [80, 80], pop: 'children', status: 'other', aff: 'other', loc: ['NE'], age: [null, 17] }],
      ],
      [
        "Environ 250 djihadistes ont été tués par l'armée malienne et ses partenaires, a affirmé l'état-major.",
        [{ v: [250, 250], pop: 'fighters', status: 'killed', source: "l'état-major", loc: ['ML'] }],
      ],
      [
        "D'après l'AFP, une centaine de combattants de l'EIGS ont attaqué la localité, tuant au moins 17 villageois.",
        [
          { v: [100, 100], pop: 'fighters', status: 'present', aff: 'isis', source: "l'AFP" },
          { v: [17, null], pop: 'people', status: 'killed', aff: 'isis', source: "l'AFP" },
        ],
      ],
      [
        "Sur les 120 Belges partis en Syrie, 40 d'entre eux seraient morts.",
        [
          { v: [120, 120], pop: 'people', origin: ['BE'], status: 'joined', loc: ['SY'] },
          { v: [40, 40], pop: 'people', origin: ['BE'], status: 'killed', loc: ['SY'] },
        ],
      ],
      [
        'Les autorités françaises estiment à 400 le nombre de mineurs français présents en Syrie.',
        [
          {
            v: [400, 400],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            source: 'Les autorités françaises',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Dix-sept femmes, dont sept mineures, ont été enlevées par le JNIM au Burkina Faso.',
        [
          { v: [17, 17], pop: 'women', status: 'other', aff: 'other', loc: ['BF'] },
          { v: [7, 7], pop: 'children', status: 'other', aff: 'other', loc: ['BF'] },
        ],
      ],
      [
        "Une cinquantaine d'enfants soldats ont été démobilisés au Mali depuis janvier, a annoncé la Minusma.",
        [{ v: [50, 50], pop: 'children', status: 'other', source: 'la Minusma', loc: ['ML'] }],
      ],
      [
        'Au Niger, plus de 200 écoles ont été fermées et 15 enseignants enlevés par des groupes armés.',
        [{ v: [15, 15], pop: 'people', status: 'other', loc: ['NE'] }],
      ],
      [
        'Le JNIM a libéré 62 otages, parmi lesquels 12 enfants, selon le gouverneur de la région.',
        [
          { v: [62, 62], pop: 'people', status: 'other', aff: 'other', source: 'le gouverneur de la région' },
          {
            v: [12, 12],
            pop: 'children',
            status: 'other',
            aff: 'other',
            source: 'le gouverneur de la région',
          },
        ],
      ],
      [
        "Sept Français détenus en Irak ont été condamnés à mort pour appartenance à l'EI.",
        [{ v: [7, 7], pop: 'people', origin: ['FR'], status: 'detained', aff: 'isis', loc: ['IQ'] }],
      ],
      [
        "Une vingtaine de ressortissants français, pour la plupart des femmes, attendent d'être jugés.",
        [{ v: [20, 20], pop: 'people', origin: ['FR'], status: 'detained' }],
      ],
      [
        "Les 40 enfants rapatriés, âgés de moins de 12 ans, ont été confiés à l'aide sociale à l'enfance.",
        [{ v: [40, 40], pop: 'children', status: 'returned', age: [null, 11] }],
      ],
      [
        "Près de 2 000 enfants ont été tués ou mutilés au Burkina Faso depuis 2019, a déploré l'Unicef.",
        [{ v: [2000, 2000], pop: 'children', status: 'other', source: "l'Unicef", loc: ['BF'] }],
      ],
      [
        "Au moins 24 personnes, dont 12 enfants, ont péri dans l'explosion d'un engin piégé au centre du Mali.",
        [
          { v: [24, null], pop: 'people', status: 'killed', loc: ['ML'] },
          { v: [12, 12], pop: 'children', status: 'killed', loc: ['ML'] },
        ],
      ],
      [
        'Pas moins de 900 mineurs ont été associés aux groupes armés dans le Sahel central, a indiqué le rapport du Secrétaire général.',
        [{ v: [900, null], pop: 'children', status: 'present', source: 'le rapport du Secrétaire général' }],
      ],
      [
        'Selon le ministre de la Justice, 250 détenus radicalisés, parmi lesquels une cinquantaine de revenants, sont incarcérés en France.',
        [
          {
            v: [250, 250],
            pop: 'fighters',
            status: 'detained',
            source: 'le ministre de la Justice',
            loc: ['FR'],
          },
          {
            v: [50, 50],
            pop: 'people',
            status: 'detained',
            source: 'le ministre de la Justice',
            loc: ['FR'],
          },
        ],
      ],
      [
        'Selon le journal Le Monde, 58 enfants français ont été rapatriés depuis 2019.',
        [{ v: [58, 58], pop: 'children', origin: ['FR'], status: 'returned', source: 'le journal Le Monde' }],
      ],
      [
        "D'après l'hebdomadaire Jeune Afrique, une trentaine de soldats ont été tués à Tessit.",
        [{ v: [30, 30], pop: 'fighters', status: 'killed', source: "l'hebdomadaire Jeune Afrique" }],
      ],
      [
        'Les djihadistes ont abattu 14 gendarmes, blessant au moins huit autres, près de Tillabéri.',
        [
          { v: [14, 14], pop: 'fighters', status: 'killed', loc: ['NE'] },
          { v: [8, null], pop: 'fighters', status: 'other', loc: ['NE'] },
        ],
      ],
      [
        'Les assaillants ont attaqué le village, tuant 22 civils dont 5 enfants, a indiqué une source locale.',
        [
          { v: [22, 22], pop: 'people', status: 'killed', source: 'une source locale' },
          { v: [5, 5], pop: 'children', status: 'killed', source: 'une source locale' },
        ],
      ],
      [
        "Trois Françaises ont été interpellées à leur retour de Syrie, a appris l'AFP.",
        [{ v: [3, 3], pop: 'women', origin: ['FR'], status: 'detained', source: "l'AFP", loc: ['SY'] }],
      ],
      [
        'Quatre femmes ont été mises en examen lors de leur rapatriement, selon le PNAT.',
        [{ v: [4, 4], pop: 'women', status: 'detained', source: 'le PNAT' }],
      ],
      [
        'Au total, 12 mineurs sont rentrés en Belgique, soit la moitié des enfants belges recensés dans les camps.',
        [{ v: [12, 12], pop: 'children', origin: ['BE'], status: 'returned' }],
      ],
      [
        'Sur les 300 Belges partis, 120 sont revenus, soit 40 %.',
        [
          { v: [300, 300], pop: 'people', origin: ['BE'], status: 'joined' },
          { v: [120, 120], pop: 'people', origin: ['BE'], status: 'returned' },
        ],
      ],
      [
        'Quelque 1 500 Français ont rejoint la zone irako-syrienne, selon une source proche du dossier, dont environ 400 femmes.',
        [
          {
            v: [1500, 1500],
            pop: 'people',
            origin: ['FR'],
            status: 'joined',
            source: 'une source proche du dossier',
            loc: ['IQ', 'SY'],
          },
          {
            v: [400, 400],
            pop: 'women',
            origin: ['FR'],
            status: 'joined',
            source: 'une source proche du dossier',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        "Le camp de Roj abrite encore une soixantaine de femmes françaises, d'après leurs avocats.",
        [
          {
            v: [60, 60],
            pop: 'women',
            origin: ['FR'],
            status: 'present',
            source: 'leurs avocats',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Ont été rapatriés 15 femmes et 40 enfants, a précisé le ministère.',
        [
          { v: [15, 15], pop: 'women', status: 'returned', source: 'le ministère' },
          { v: [40, 40], pop: 'children', status: 'returned', source: 'le ministère' },
        ],
      ],
      [
        "Âgés de 2 à 17 ans, ces 32 enfants ont été pris en charge par l'aide sociale à l'enfance.",
        [{ v: [32, 32], pop: 'children', status: 'other', age: [2, 17] }],
      ],
      [
        'Les 25 enfants, tous âgés de moins de six ans, ont été remis aux services sociaux.',
        [{ v: [25, 25], pop: 'children', status: 'returned', age: [null, 5] }],
      ],
      [
        "Une dizaine de jeunes Tunisiens de moins de 18 ans ont été arrêtés alors qu'ils tentaient de rejoindre Daech en Libye.",
        [
          {
            v: [10, 10],
            pop: 'children',
            origin: ['TN'],
            status: 'detained',
            aff: 'isis',
            loc: ['LY'],
            age: [null, 17],
          },
        ],
      ],
      [
        'En Algérie, 87 terroristes ont été neutralisés en 2020, dont 37 abattus, selon le ministère de la Défense.',
        [
          {
            v: [87, 87],
            pop: 'fighters',
            status: 'killed',
            source: 'le ministère de la Défense',
            loc: ['DZ'],
          },
          {
            v: [37, 37],
            pop: 'fighters',
            status: 'killed',
            source: 'le ministère de la Défense',
            loc: ['DZ'],
          },
        ],
      ],
      [
        'Le Maroc compte plus de 1 600 combattants partis en Syrie, dont près de 300 femmes et 390 mineurs.',
        [
          { v: [1600, null], pop: 'fighters', origin: ['MA'], status: 'joined', loc: ['SY'] },
          { v: [300, 300], pop: 'women', origin: ['MA'], status: 'joined', loc: ['SY'] },
          { v: [390, 390], pop: 'children', origin: ['MA'], status: 'joined', loc: ['SY'] },
        ],
      ],
      [
        "L'Unicef France estime qu'au moins 200 enfants français vivent encore dans les camps.",
        [{ v: [200, null], pop: 'children', origin: ['FR'], status: 'present', source: "L'Unicef France" }],
      ],
      [
        "La police fédérale belge a arrêté six hommes soupçonnés de préparer un attentat pour le compte de l'EI.",
        [{ v: [6, 6], pop: 'men', status: 'detained', aff: 'isis' }],
      ],
      [
        'Vingt-cinq enfants soldats, dont quatre filles, ont été libérés par le groupe armé au Mali.',
        [
          { v: [25, 25], pop: 'children', status: 'other', loc: ['ML'] },
          { v: [4, 4], pop: 'children', status: 'other', loc: ['ML'] },
        ],
      ],
      [
        "Selon Le Temps, trois enfants genevois et leur mère sont toujours retenus dans le camp d'al-Hol.",
        [{ v: [3, 3], pop: 'children', origin: ['CH'], status: 'present', source: 'Le Temps', loc: ['SY'] }],
      ],
      [
        'Le tribunal pour enfants a jugé deux adolescents revenus de Syrie, âgés de 15 et 17 ans.',
        [{ v: [2, 2], pop: 'children', status: 'detained', loc: ['SY'], age: [15, 17] }],
      ],
      [
        'Parmi les Français détenus dans le camp de Roj, 70 sont des enfants.',
        [{ v: [70, 70], pop: 'children', origin: ['FR'], status: 'present' }],
      ],
      [
        "Selon l'Unicef, sur place, 700 sont des enfants de moins de 12 ans.",
        [{ v: [700, 700], pop: 'children', status: 'present', source: "l'Unicef", age: [null, 11] }],
      ],
    ],
    OPEN_FR,
  );
});

describe('ru: returns to Russia and Central Asia, Chechnya and Dagestan, trials for IS (euro36)', () => {
  runProbes(
    'ru',
    [
      [
        'Из Сирии в Россию вернули 27 детей в возрасте от 3 до 12 лет, сообщила уполномоченный по правам ребенка Мария Львова-Белова.',
        [
          {
            v: [27, 27],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            source: 'уполномоченный по правам ребенка Мария Львова-Белова',
            loc: ['SY'],
            age: [3, 12],
          },
        ],
      ],
      [
        'По данным РИА Новости, в Грозный доставлены пятеро детей, чьи матери находятся в лагере «Рож».',
        [
          {
            v: [5, 5],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            source: 'РИА Новости',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Как заявил Рамзан Кадыров, всего в Чечню возвращены около 200 детей и женщин.',
        [{ v: [200, 200], pop: 'people', origin: ['RU'], status: 'returned', source: 'Рамзан Кадыров' }],
      ],
      [
        'В ходе операции «Жусан» в Казахстан вернули в общей сложности 607 граждан, из них 406 детей.',
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'В рамках операции «Мейирим» из Сирии были возвращены 318 граждан Узбекистана, в том числе 247 детей.',
        [
          { v: [318, 318], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] },
          { v: [247, 247], pop: 'children', origin: ['UZ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Таджикистан вернул на родину 146 женщин и детей, находившихся в сирийских лагерях, сообщает «Азия-Плюс».',
        [
          {
            v: [146, 146],
            pop: 'people',
            origin: ['TJ'],
            status: 'returned',
            source: 'Азия-Плюс',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Кыргызстан эвакуировал из Ирака 79 детей, среди них трое сирот.',
        [
          { v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned', loc: ['IQ'] },
          { v: [3, 3], pop: 'children', origin: ['KG'], status: 'returned', loc: ['IQ'] },
        ],
      ],
      [
        'Свыше 4000 граждан России выехали в Сирию и Ирак для участия в боевых действиях на стороне ИГ, сообщил директор ФСБ.',
        [
          {
            v: [4000, null],
            pop: 'fighters',
            origin: ['RU'],
            status: 'joined',
            aff: 'isis',
            source: 'директор ФСБ',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        'Порядка 1500 граждан Таджикистана воюют в рядах террористических группировок, по данным МВД республики.',
        [{ v: [1500, 1500], pop: 'fighters', origin: ['TJ'], status: 'present', source: 'МВД республики' }],
      ],
      [
        'Почти 300 выходцев из Дагестана погибли в Сирии, заявил глава МВД республики.',
        [
          {
            v: [300, 300],
            pop: 'people',
            origin: ['RU'],
            status: 'killed',
            source: 'глава МВД республики',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Число возвращенных в Россию детей достигло 341, сообщила омбудсмен.',
        [{ v: [341, 341], pop: 'children', origin: ['RU'], status: 'returned', source: 'омбудсмен' }],
      ],
      [
        'Суд в Махачкале приговорил троих жителей республики к срокам от 10 до 15 лет за участие в ИГ.',
        [{ v: [3, 3], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Не менее 20 уроженцев Кабардино-Балкарии задержаны по подозрению в участии в деятельности ИГ, передает «Интерфакс».',
        [
          {
            v: [20, null],
            pop: 'people',
            origin: ['RU'],
            status: 'detained',
            aff: 'isis',
            source: 'Интерфакс',
          },
        ],
      ],
      [
        'В лагере «Аль-Холь» остаются до 150 детей из России, по оценкам правозащитников.',
        [
          {
            v: [null, 150],
            pop: 'children',
            origin: ['RU'],
            status: 'present',
            source: 'правозащитников',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Более 40 несовершеннолетних граждан Киргизии находятся в тюрьмах Ирака, сообщает «Фергана».',
        [
          {
            v: [40, null],
            pop: 'children',
            origin: ['KG'],
            status: 'detained',
            source: 'Фергана',
            loc: ['IQ'],
          },
        ],
      ],
      [
        'Полтора десятка женщин, вернувшихся из Сирии, осуждены в Дагестане, пишет «Кавказский узел».',
        [{ v: [15, 15], pop: 'women', status: 'detained', source: 'Кавказский узел' }],
      ],
      [
        'Около полутора тысяч граждан Казахстана выехали в зоны террористической активности, из них около 500 – дети.',
        [
          { v: [1500, 1500], pop: 'people', origin: ['KZ'], status: 'joined' },
          { v: [500, 500], pop: 'children', origin: ['KZ'], status: 'joined' },
        ],
      ],
      [
        'На самолете МЧС из Багдада в Москву доставлены 30 российских детей, младшему из которых два года.',
        [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
      ],
      [
        'Двое несовершеннолетних задержаны в Ингушетии по подозрению в подготовке теракта по заданию ИГ.',
        [{ v: [2, 2], pop: 'children', status: 'detained', aff: 'isis', loc: ['RU'] }],
      ],
      [
        'Семеро боевиков ИГ ликвидированы в ходе спецоперации в Дагестане, сообщил НАК.',
        [{ v: [7, 7], pop: 'fighters', status: 'killed', aff: 'isis', source: 'НАК', loc: ['RU'] }],
      ],
      [
        'В общей сложности из Сирии и Ирака удалось вернуть 312 детей, рассказала Львова-Белова.',
        [{ v: [312, 312], pop: 'children', status: 'returned', source: 'Львова-Белова', loc: ['IQ', 'SY'] }],
      ],
      [
        'По словам Кадырова, в Сирии до сих пор находятся около тысячи чеченских женщин и детей.',
        [
          {
            v: [1000, 1000],
            pop: 'people',
            origin: ['RU'],
            status: 'present',
            source: 'Кадырова',
            loc: ['SY'],
          },
        ],
      ],
      [
        'В Узбекистан вернулись 98 граждан, среди которых 24 женщины и 64 ребенка.',
        [
          { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
          { v: [24, 24], pop: 'women', origin: ['UZ'], status: 'returned' },
          { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Таджикистан вернул из Сирии 84 ребенка, чьи родители воевали на стороне ИГ.',
        [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', aff: 'isis', loc: ['SY'] }],
      ],
      [
        'Около 850 граждан Кыргызстана, по данным ГКНБ, выехали в Сирию, из них почти 150 погибли.',
        [
          { v: [850, 850], pop: 'people', origin: ['KG'], status: 'joined', source: 'ГКНБ', loc: ['SY'] },
          { v: [150, 150], pop: 'people', origin: ['KG'], status: 'killed', source: 'ГКНБ', loc: ['SY'] },
        ],
      ],
      [
        'Казахстан вернул 37 детей, 11 из которых – сироты.',
        [
          { v: [37, 37], pop: 'children', origin: ['KZ'], status: 'returned' },
          { v: [11, 11], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Московский окружной военный суд приговорил четверых участников ячейки ИГ к срокам до 20 лет.',
        [{ v: [4, 4], pop: 'people', status: 'detained', aff: 'isis' }],
      ],
      [
        'Как сообщает «Коммерсантъ», за участие в ИГ осуждены более 700 россиян.',
        [
          {
            v: [700, null],
            pop: 'people',
            origin: ['RU'],
            status: 'detained',
            aff: 'isis',
            source: 'Коммерсантъ',
          },
        ],
      ],
      [
        'Из Сирии вернулись почти два десятка граждан Таджикистана, включая 12 детей.',
        [
          { v: [20, 20], pop: 'people', origin: ['TJ'], status: 'returned', loc: ['SY'] },
          { v: [12, 12], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'По данным Meduza, не менее 100 детей российских граждан содержатся в иракских приютах.',
        [
          {
            v: [100, null],
            pop: 'children',
            origin: ['RU'],
            status: 'present',
            source: 'Meduza',
            loc: ['IQ'],
          },
        ],
      ],
      [
        'Всего, по данным ООН, в лагерях северо-восточной Сирии находятся свыше 60 тысяч человек, из которых около 40 тысяч – дети.',
        [
          { v: [60000, null], pop: 'people', status: 'present', source: 'ООН', loc: ['SY'] },
          { v: [40000, 40000], pop: 'children', status: 'present', source: 'ООН', loc: ['SY'] },
        ],
      ],
      [
        'Пятеро уроженцев Чечни, воевавших в Сирии, задержаны в Грозном.',
        [{ v: [5, 5], pop: 'fighters', origin: ['RU'], status: 'detained', loc: ['SY'] }],
      ],
      [
        'Около 5 тыс. выходцев из Центральной Азии воюют на стороне ИГ в Сирии и Ираке.',
        [
          {
            v: [5000, 5000],
            pop: 'fighters',
            origin: ['region:central-asia'],
            status: 'present',
            aff: 'isis',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        'Из иракских тюрем освобождены и переданы России 26 детей до трёх лет.',
        [{ v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'], age: [null, 2] }],
      ],
      [
        'Более 200 граждан Узбекистана осуждены за участие в террористических организациях после возвращения из Сирии.',
        [{ v: [200, null], pop: 'people', origin: ['UZ'], status: 'detained', loc: ['SY'] }],
      ],
      [
        'Как заявила омбудсмен Татьяна Москалькова, число возвращённых из Ирака детей превысило 120.',
        [
          {
            v: [120, null],
            pop: 'children',
            status: 'returned',
            source: 'омбудсмен Татьяна Москалькова',
            loc: ['IQ'],
          },
        ],
      ],
      [
        'Трое граждан Казахстана, воевавших на стороне «Джабхат ан-Нусры», задержаны при возвращении на родину.',
        [{ v: [3, 3], pop: 'fighters', origin: ['KZ'], status: 'detained', aff: 'al-nusra' }],
      ],
      [
        'В Сирии погибли по меньшей мере 12 уроженцев Ингушетии, сообщает «Кавказский узел».',
        [
          {
            v: [12, null],
            pop: 'people',
            origin: ['RU'],
            status: 'killed',
            source: 'Кавказский узел',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Семерым уроженцам Дагестана, воевавшим в рядах ИГ, вынесены приговоры.',
        [{ v: [7, 7], pop: 'fighters', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Из 150 вернувшихся из Сирии детей 40 — сироты, сообщили в аппарате детского омбудсмена.',
        [
          {
            v: [150, 150],
            pop: 'children',
            status: 'returned',
            source: 'аппарате детского омбудсмена',
            loc: ['SY'],
          },
          {
            v: [40, 40],
            pop: 'children',
            status: 'returned',
            source: 'аппарате детского омбудсмена',
            loc: ['SY'],
          },
        ],
      ],
      [
        'В Таджикистан из Ирака возвращены 43 ребенка, чьи родители были осуждены за терроризм, передает ТАСС.',
        [{ v: [43, 43], pop: 'children', origin: ['TJ'], status: 'returned', source: 'ТАСС', loc: ['IQ'] }],
      ],
      [
        'Более полутора тысяч граждан Узбекистана, по оценкам экспертов, воевали в Сирии.',
        [
          {
            v: [1500, null],
            pop: 'fighters',
            origin: ['UZ'],
            status: 'present',
            source: 'экспертов',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Число детей, возвращенных в Казахстан в ходе операции «Жусан», достигло 600.',
        [{ v: [600, 600], pop: 'children', origin: ['KZ'], status: 'returned' }],
      ],
      [
        'В ходе пяти этапов операции «Жусан» на родину вернули 595 человек, в том числе 406 детей и 157 женщин.',
        [
          { v: [595, 595], pop: 'people', status: 'returned' },
          { v: [406, 406], pop: 'children', status: 'returned' },
          { v: [157, 157], pop: 'women', status: 'returned' },
        ],
      ],
      [
        'По информации «Кавказского узла», в Чечне осуждены порядка 60 женщин, вернувшихся с Ближнего Востока.',
        [{ v: [60, 60], pop: 'women', status: 'detained', source: 'Кавказского узла', loc: ['RU'] }],
      ],
      [
        'Из находящихся в лагере «Аль-Холь» россиян около 700 – дети в возрасте до 7 лет.',
        [{ v: [700, 700], pop: 'children', origin: ['RU'], status: 'present', loc: ['SY'], age: [null, 6] }],
      ],
      [
        'Как рассказала Мария Львова-Белова, за два года удалось вернуть домой 145 детей в возрасте от года до 17 лет.',
        [{ v: [145, 145], pop: 'children', status: 'returned', source: 'Мария Львова-Белова', age: [1, 17] }],
      ],
      [
        'Власти Киргизии вывезли из Ирака 59 детей и 20 женщин, сообщила пресс-служба МИД.',
        [
          {
            v: [59, 59],
            pop: 'children',
            origin: ['KG'],
            status: 'returned',
            source: 'пресс-служба МИД',
            loc: ['IQ'],
          },
          {
            v: [20, 20],
            pop: 'women',
            origin: ['KG'],
            status: 'returned',
            source: 'пресс-служба МИД',
            loc: ['IQ'],
          },
        ],
      ],
      [
        'Двум десяткам жителей Ингушетии предъявлены обвинения в участии в ИГ.',
        [{ v: [20, 20], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Около 300 выходцев из Казахстана, воевавших за ИГ, погибли, заявил председатель КНБ.',
        [
          {
            v: [300, 300],
            pop: 'fighters',
            origin: ['KZ'],
            status: 'killed',
            aff: 'isis',
            source: 'председатель КНБ',
          },
        ],
      ],
      [
        'В СИЗО находятся более 30 женщин, вернувшихся из Сирии, сообщает «Медуза».',
        [{ v: [30, null], pop: 'women', status: 'detained', source: 'Медуза' }],
      ],
      [
        'ФСБ задержала 19 членов ячейки ИГ в Москве и Петербурге.',
        [{ v: [19, 19], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['RU'] }],
      ],
      [
        'Сотрудники ФСБ ликвидировали двоих боевиков, готовивших теракт в Ставрополе.',
        [{ v: [2, 2], pop: 'fighters', status: 'killed', loc: ['RU'] }],
      ],
      [
        'Десятерым подросткам из Казани, вербовавшим сверстников в ИГ, предъявлены обвинения.',
        [{ v: [10, 10], pop: 'children', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'По данным Интерфакса, в Сирии и Ираке остаются порядка 500 женщин и детей из Таджикистана.',
        [
          {
            v: [500, 500],
            pop: 'people',
            origin: ['TJ'],
            status: 'present',
            source: 'Интерфакса',
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        'Узбекистан в рамках «Мейирим» вернул 93 человека, из которых 64 — дети.',
        [
          { v: [93, 93], pop: 'people', origin: ['UZ'], status: 'returned' },
          { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Генпрокуратура Таджикистана сообщила, что из Сирии вернулись около 200 граждан, осужденных позже за терроризм.',
        [
          {
            v: [200, 200],
            pop: 'people',
            origin: ['TJ'],
            status: 'returned',
            source: 'Генпрокуратура Таджикистана',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Кадыров заявил, что в Чечню вернули ещё шестерых детей из Ирака.',
        [{ v: [6, 6], pop: 'children', origin: ['RU'], status: 'returned', source: 'Кадыров', loc: ['IQ'] }],
      ],
      [
        'Обе женщины и трое их детей доставлены в Грозный из лагеря «Рож».',
        [{ v: [3, 3], pop: 'children', origin: ['RU'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Более ста россиянок, находившихся в лагере «Аль-Холь», вернулись на родину.',
        [{ v: [100, null], pop: 'women', origin: ['RU'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Пятеро уроженцев Чечни воевали в Сирии, трое задержаны по возвращении.',
        [
          { v: [5, 5], pop: 'fighters', origin: ['RU'], status: 'present', loc: ['SY'] },
          { v: [3, 3], pop: 'fighters', origin: ['RU'], status: 'detained' },
        ],
      ],
      [
        'Около 300 граждан Казахстана, выехавших в Сирию, вернулись на родину.',
        [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'returned' }],
      ],
    ],
    OPEN_RU,
  );
});
