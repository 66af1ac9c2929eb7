// Blind probes of the thirty-ninth European round (fr, ru), in styles not stressed before: parliamentary
// information reports ("évalue à N le nombre de"), wire items whose attribution follows the count ("a précisé
// le parquet", "selon une source sécuritaire", «передаёт ТАСС», «— ФСБ»), shares beside counts (un tiers des,
// près de la moitié, un sur cinq; треть, половина, каждый пятый: the share is no count, the total is), ages
// (âgés de 8 à 17 ans, de moins de 15 ans; в возрасте от 3 до 14 лет) against prison terms («от 5 до 25 лет»),
// passives with "par", the Sahel and the Maghreb (JNIM, EIGS, Boko Haram, Tunisia, Morocco, Algeria), Belgian
// and Swiss sources, Chechen, Dagestani, Kazakh and Tajik officials, Telegram-style items, court news
// (приговорил, осуждены, заочно), and number words in their case forms (deux cent cinquante, quarante-sept;
// полторы тысячи, около двух десятков, свыше трёхсот, более чем двумстам). Written for this test (no report's
// text). Each states what GUIDELINES.md asks of it; those the engine does not meet yet are in the open sets,
// each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_FR = new Set<string>([]);

const OPEN_RU = new Set<string>([
  // A care place's adjective («реабилитационный центр») gives the main verb the status other, which wins
  // over the return said by the participle of the noun («вывезенных из лагеря»); the camp's place is lost.
  'Тридцать восемь детей, вывезенных из лагеря аль-Холь, направлены в реабилитационный центр.',
  // Convicts («осуждённых») are an adjective in the pack, counting again people named before; alone after a
  // number, with no one named before, they count no one.
  'По данным Минюста, в колониях отбывают наказание 143 осуждённых за участие в ИГ, сообщает «Фергана».',
  // An agent in the instrumental inside a passive estimate («оценивается экспертами в 200») is not read as
  // the source; the pack has no passive-agent case for Russian.
  'Численность казахстанцев в лагерях оценивается экспертами в 200 человек.',
]);

describe('fr: parliament, wire attribution after the count, shares, ages, the Sahel and Maghreb (euro39)', () => {
  runProbes(
    'fr',
    [
      [
        "La mission d'information de l'Assemblée nationale évalue à 450 le nombre de Français toujours présents en zone irako-syrienne.",
        [{ v: [450, 450], pop: 'people', origin: ['FR'], status: 'present', loc: ['IQ', 'SY'] }],
      ],
      [
        'Quarante-sept mineurs ont été interpellés depuis janvier, a précisé le parquet national antiterroriste.',
        [{ v: [47, 47], pop: 'children', status: 'detained', source: 'le parquet national antiterroriste' }],
      ],
      [
        "Dix-huit soldats nigériens ont été tués dans une embuscade tendue par l'EIGS, selon une source sécuritaire.",
        [
          {
            v: [18, 18],
            pop: 'fighters',
            origin: ['NE'],
            status: 'killed',
            aff: 'isis',
            source: 'une source sécuritaire',
          },
        ],
      ],
      // « Près de la moitié » is a share: only the 120 is a count; the age is of the half, not of all.
      [
        'Près de la moitié des 120 enfants rapatriés ont moins de six ans.',
        [{ v: [120, 120], pop: 'children', status: 'returned', age: [null, null] }],
      ],
      [
        "Un tiers des 300 combattants tunisiens revenus au pays ont été incarcérés, selon le ministère de l'Intérieur.",
        [{ v: [300, 300], pop: 'fighters', origin: ['TN'], source: "le ministère de l'Intérieur" }],
      ],
      // « Un sur cinq » is a ratio: no count.
      [
        "Un détenu sur cinq dans les camps de Roj et d'al-Hol est un ressortissant étranger, estime l'ONU.",
        [],
      ],
      [
        "Une centaine d'enfants âgés de 8 à 17 ans ont été enrôlés de force par Boko Haram dans l'État de Borno.",
        [{ v: [100, 100], pop: 'children', status: 'joined', aff: 'other', loc: ['NG'], age: [8, 17] }],
      ],
      // « Quelques dizaines » and « plusieurs milliers » are vague.
      [
        "Quelques dizaines de combattants du JNIM ont été neutralisés par l'armée malienne, a affirmé l'état-major.",
        [],
      ],
      ['Plusieurs milliers de Marocains ont rejoint les rangs de Daech entre 2013 et 2017.', []],
      [
        'Au Maroc, le BCIJ a démantelé une cellule et interpellé cinq suspects âgés de 19 à 34 ans.',
        [{ v: [5, 5], pop: 'people', status: 'detained', loc: ['MA'], age: [19, 34] }],
      ],
      [
        "L'armée algérienne a abattu trois terroristes dans la wilaya de Skikda, a indiqué le ministère de la Défense nationale.",
        [
          {
            v: [3, 3],
            pop: 'fighters',
            status: 'killed',
            loc: ['DZ'],
            source: 'le ministère de la Défense nationale',
          },
        ],
      ],
      [
        "Dix-sept enfants belges se trouvent toujours dans le camp d'al-Hol, rapporte Le Soir.",
        [{ v: [17, 17], pop: 'children', origin: ['BE'], status: 'present', loc: ['SY'], source: 'Le Soir' }],
      ],
      [
        'Le Service de renseignement de la Confédération recense 93 personnes parties de Suisse vers des zones de conflit depuis 2001.',
        [{ v: [93, 93], pop: 'people', origin: ['CH'], status: 'joined' }],
      ],
      [
        "Vingt-deux enfants belges ont été remis par l'administration kurde à une délégation consulaire, a fait savoir jeudi soir le ministère des Affaires étrangères.",
        [
          {
            v: [22, 22],
            pop: 'children',
            origin: ['BE'],
            status: 'returned',
            source: 'le ministère des Affaires étrangères',
          },
        ],
      ],
      [
        'La police a arrêté 14 mineurs de moins de 15 ans soupçonnés de préparer un attentat.',
        [{ v: [14, 14], pop: 'children', status: 'detained', age: [null, 14] }],
      ],
      [
        "Au moins 132 civils ont été massacrés à Solhan par des assaillants liés à l'EIGS, selon le gouvernement burkinabè.",
        [
          {
            v: [132, null],
            pop: 'people',
            status: 'killed',
            aff: 'isis',
            loc: ['BF'],
            source: 'le gouvernement burkinabè',
          },
        ],
      ],
      [
        "Quelque 800 Tunisiens sont rentrés des zones de conflit, a reconnu le ministre de l'Intérieur devant le Parlement.",
        [
          {
            v: [800, 800],
            pop: 'people',
            origin: ['TN'],
            status: 'returned',
            source: "le ministre de l'Intérieur",
          },
        ],
      ],
      // A percentage is no count; the 1 200 is.
      [
        'Sur les 1 200 revenants recensés par les services, près de 40 % sont des femmes.',
        [{ v: [1200, 1200], pop: 'people', status: 'returned' }],
      ],
      [
        "Le nombre de mineurs incarcérés pour des faits de terrorisme s'élève désormais à trente-deux, selon la Chancellerie.",
        [{ v: [32, 32], pop: 'children', status: 'detained', source: 'la Chancellerie' }],
      ],
      [
        "Boko Haram a enlevé plus de trois cents élèves à Kankara, dans l'État de Katsina.",
        [{ v: [300, null], pop: 'children', status: 'other', aff: 'other', loc: ['NG'] }],
      ],
      [
        'Les deux tiers des quelque 150 Belges partis en Syrie seraient morts.',
        [{ v: [150, 150], pop: 'people', origin: ['BE'], status: 'joined', loc: ['SY'] }],
      ],
      [
        'Deux cent cinquante ressortissants français se trouveraient encore dans la zone, selon le rapport du Sénat.',
        [{ v: [250, 250], pop: 'people', origin: ['FR'], status: 'present', source: 'le rapport du Sénat' }],
      ],
      // The JNIM is its own group here (affiliation other), as in earlier rounds.
      [
        "Onze militaires maliens ont été tués et quatorze blessés lors d'une attaque revendiquée par le JNIM, selon un bilan officiel.",
        [
          { v: [11, 11], pop: 'fighters', origin: ['ML'], status: 'killed', aff: 'other' },
          { v: [14, 14], pop: 'fighters', origin: ['ML'], status: 'other', aff: 'other' },
        ],
      ],
      [
        "Trente et un enfants de moins de 12 ans figurent parmi les personnes rapatriées mardi, a précisé le Quai d'Orsay.",
        [{ v: [31, 31], pop: 'children', status: 'returned', age: [null, 11], source: "le Quai d'Orsay" }],
      ],
      [
        'Condamnés par défaut, neuf djihadistes belges sont présumés morts en Syrie.',
        [{ v: [9, 9], pop: 'fighters', origin: ['BE'], loc: ['SY'] }],
      ],
      [
        "En Tunisie, 23 éléments terroristes ont été arrêtés par la Garde nationale au cours du mois d'avril.",
        [{ v: [23, 23], pop: 'fighters', status: 'detained', loc: ['TN'] }],
      ],
      [
        'Ils sont 61, dont 23 orphelins, à avoir été rapatriés jeudi.',
        [
          { v: [61, 61], pop: 'people', status: 'returned' },
          { v: [23, 23], pop: 'children', status: 'returned' },
        ],
      ],
      [
        'Parmi les 300 personnes arrêtées figurent 40 femmes et une dizaine de mineurs.',
        [
          { v: [300, 300], pop: 'people', status: 'detained' },
          { v: [40, 40], pop: 'women', status: 'detained' },
          { v: [10, 10], pop: 'children', status: 'detained' },
        ],
      ],
      // « Trois enfants sur quatre » is a ratio, « détenus » a participle, not a second noun.
      ['Trois enfants sur quatre détenus dans le camp ont moins de 12 ans.', []],
      // « de 5 à 18 ans de prison » is a term, not an age.
      [
        "Le tribunal a condamné à des peines de 5 à 18 ans de prison onze membres d'une filière djihadiste.",
        [{ v: [11, 11], pop: 'fighters', status: 'detained', age: [null, null] }],
      ],
      [
        "Au total, 1 057 Marocains ont rejoint la Syrie et l'Irak, dont 280 mineurs, a indiqué le BCIJ.",
        [
          {
            v: [1057, 1057],
            pop: 'people',
            origin: ['MA'],
            status: 'joined',
            loc: ['IQ', 'SY'],
            source: 'le BCIJ',
          },
          { v: [280, 280], pop: 'children', origin: ['MA'], status: 'joined', source: 'le BCIJ' },
        ],
      ],
      [
        'Trente enfants ont été rapatriés, indique Le Matin.',
        [{ v: [30, 30], pop: 'children', status: 'returned', source: 'Le Matin' }],
      ],
      [
        "Près de 400 Algériens auraient gagné les rangs de l'EI, selon une estimation officieuse.",
        [
          {
            v: [400, 400],
            pop: 'people',
            origin: ['DZ'],
            status: 'joined',
            aff: 'isis',
            source: 'une estimation officieuse',
          },
        ],
      ],
      [
        "Le nombre de Belges partis en Syrie est évalué à 450 par le ministère de l'Intérieur.",
        [
          {
            v: [450, 450],
            pop: 'people',
            origin: ['BE'],
            status: 'joined',
            source: "le ministère de l'Intérieur",
          },
        ],
      ],
      ['Au plus fort des combats, 300 civils étaient tués par jour.', []],
    ],
    OPEN_FR,
  );
});

describe('ru: Chechen, Dagestani, Kazakh and Tajik officials, courts, shares, ages, case forms (euro39)', () => {
  runProbes(
    'ru',
    [
      [
        'Кадыров сообщил, что в Чечню возвращены ещё 26 детей из Ирака.',
        [
          {
            v: [26, 26],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            loc: ['IQ'],
            source: 'Кадыров',
          },
        ],
      ],
      // The prison term is no count and no age.
      [
        'Суд в Махачкале заочно приговорил к 15 годам трёх уроженцев Дагестана, воевавших в Сирии на стороне ИГ.',
        [{ v: [3, 3], pop: 'fighters', origin: ['RU'], status: 'detained', aff: 'isis', age: [null, null] }],
      ],
      [
        'Около двух десятков боевиков нейтрализованы в ходе спецоперации в Кабардино-Балкарии, сообщили в НАК.',
        [{ v: [20, 20], pop: 'fighters', loc: ['RU'] }],
      ],
      [
        'Свыше трёхсот граждан Таджикистана осуждены за участие в деятельности террористических организаций.',
        [{ v: [300, null], pop: 'people', origin: ['TJ'], status: 'detained' }],
      ],
      // « около половины » is a share.
      [
        'Полторы тысячи казахстанцев выехали в Сирию и Ирак, из них около половины — женщины и дети.',
        [{ v: [1500, 1500], pop: 'people', origin: ['KZ'], status: 'joined', loc: ['IQ', 'SY'] }],
      ],
      [
        'В Таджикистан из лагеря Рош доставлены 146 детей в возрасте от 3 до 14 лет.',
        [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned', age: [3, 14] }],
      ],
      ['Каждый пятый из вернувшихся из Сирии — несовершеннолетний, отметил омбудсмен.', []],
      ['Треть из 420 возвращённых детей — сироты.', [{ v: [420, 420], pop: 'children', status: 'returned' }]],
      [
        '⚡️ В Ингушетии задержаны пятеро сторонников ИГ — ФСБ',
        [{ v: [5, 5], pop: 'people', status: 'detained', aff: 'isis', loc: ['RU'], source: 'ФСБ' }],
      ],
      [
        'Порядка 70 уроженцев Узбекистана, по данным спецслужб, до сих пор находятся в Идлибе.',
        [{ v: [70, 70], pop: 'people', origin: ['UZ'], status: 'present', loc: ['SY'] }],
      ],
      [
        'Не менее 40 несовершеннолетних были завербованы через социальные сети, заявил генпрокурор республики.',
        [{ v: [40, null], pop: 'children', status: 'joined', source: 'генпрокурор республики' }],
      ],
      ['Речь идёт о нескольких сотнях выходцев из Таджикистана, воюющих в Афганистане.', []],
      [
        'Из Турции депортированы 32 гражданина Таджикистана, подозреваемых в связях с ИГ.',
        [{ v: [32, 32], pop: 'people', origin: ['TJ'], aff: 'isis' }],
      ],
      [
        'В Казахстан возвращены 754 гражданина, сообщает пресс-служба МИД.',
        [{ v: [754, 754], pop: 'people', origin: ['KZ'], status: 'returned', source: 'пресс-служба МИД' }],
      ],
      // « от 5 до 25 лет » are prison terms, not ages.
      [
        'Верховный суд приговорил 12 членов ИГ к срокам от 5 до 25 лет.',
        [{ v: [12, 12], pop: 'fighters', status: 'detained', aff: 'isis', age: [null, null] }],
      ],
      [
        'Среди задержанных — 11 несовершеннолетних в возрасте от 14 до 17 лет.',
        [{ v: [11, 11], pop: 'children', status: 'detained', age: [14, 17] }],
      ],
      [
        'Боевики ИГ казнили 19 заложников в провинции Дейр-эз-Зор, передаёт ТАСС.',
        [{ v: [19, 19], pop: 'people', status: 'killed', aff: 'isis', loc: ['SY'], source: 'ТАСС' }],
      ],
      [
        'В Дагестане ликвидированы трое боевиков, оказавших вооружённое сопротивление, сообщили в НАК.',
        [{ v: [3, 3], pop: 'fighters', status: 'killed', loc: ['RU'] }],
      ],
      [
        'Приговор вынесен в отношении 23 жителей Чечни, обвиняемых в участии в боевых действиях на стороне ИГИЛ.',
        [{ v: [23, 23], pop: 'fighters', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Всего в зоне конфликта погибли не менее 1200 выходцев из Центральной Азии.',
        [{ v: [1200, null], pop: 'people', origin: ['region:central-asia'], status: 'killed' }],
      ],
      [
        'Спустя два года половина из 84 вернувшихся женщин трудоустроена.',
        [{ v: [84, 84], pop: 'women', status: 'returned' }],
      ],
      [
        'Около 4 тыс. россиян, по оценке ФСБ, воюют за рубежом на стороне террористов.',
        [{ v: [4000, 4000], pop: 'fighters', origin: ['RU'], status: 'present' }],
      ],
      [
        'Заочно осуждены 47 граждан Кыргызстана, находящихся в Сирии.',
        [{ v: [47, 47], pop: 'people', origin: ['KG'], status: 'detained', loc: ['SY'] }],
      ],
      [
        'Более 900 жителей Дагестана выехали воевать в Сирию, из них около 200 погибли.',
        [
          { v: [900, null], pop: 'fighters', origin: ['RU'], status: 'joined', loc: ['SY'] },
          { v: [200, 200], pop: 'fighters', origin: ['RU'], status: 'killed' },
        ],
      ],
      [
        'Психологическая помощь оказана более чем двумстам возвращённым детям.',
        [{ v: [200, null], pop: 'children', status: 'returned' }],
      ],
      [
        'Тридцать восемь детей, вывезенных из лагеря аль-Холь, направлены в реабилитационный центр.',
        [{ v: [38, 38], pop: 'children', status: 'returned', loc: ['SY'] }],
      ],
      // Recruiters of a group are its members: fighters.
      [
        'В Душанбе задержаны семеро вербовщиков ИГ, заявили в МВД Таджикистана.',
        [{ v: [7, 7], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['TJ'] }],
      ],
      [
        'Из 1,5 тыс. вернувшихся в Таджикистан каждый третий — ребёнок.',
        [{ v: [1500, 1500], pop: 'people', origin: ['TJ'], status: 'returned' }],
      ],
      [
        'Суд Грозного приговорил двух жительниц Чечни к 8 годам колонии за участие в ИГ.',
        [{ v: [2, 2], pop: 'women', origin: ['RU'], status: 'detained', aff: 'isis', age: [null, null] }],
      ],
      [
        'По данным Минюста, в колониях отбывают наказание 143 осуждённых за участие в ИГ, сообщает «Фергана».',
        [{ v: [143, 143], pop: 'people', status: 'detained', aff: 'isis' }],
      ],
      [
        'В Казахстане осудили 14 человек, вернувшихся из Сирии, сообщает Азаттык.',
        [{ v: [14, 14], pop: 'people', status: 'detained', source: 'Азаттык' }],
      ],
      [
        '❗️Полторы сотни боевиков ИГ сдались в Багузе — источник',
        [{ v: [150, 150], pop: 'fighters', aff: 'isis', loc: ['SY'] }],
      ],
      [
        'Из четырёхсот пятидесяти выехавших вернулись лишь двадцать.',
        [
          { v: [450, 450], pop: 'people', status: 'joined' },
          { v: [20, 20], pop: 'people', status: 'returned' },
        ],
      ],
      [
        'Численность казахстанцев в лагерях оценивается экспертами в 200 человек.',
        [{ v: [200, 200], pop: 'people', origin: ['KZ'], status: 'present', source: 'экспертами' }],
      ],
    ],
    OPEN_RU,
  );
});
