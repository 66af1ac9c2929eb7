// Blind probes of the twenty-third European round, written before looking at the dev errors, in the
// styles of the wider field: UN children-and-armed-conflict reports, abductions in Nigeria, recruitment
// in Somalia and Yemen, Maghreb and European foreign fighters, Russian and North Caucasus fighters.
// Counts without a noun, parts of a named whole, coordinated countries and counts, years and ages.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN = new Set<string>([
  // "Среди погибших боевиков — трое уроженцев X": the whole named after "среди" (fighters) is not
  // passed to the count after the dash.
  'Среди погибших боевиков — трое уроженцев Ингушетии.',
]);

describe('English blind probes (23)', () => {
  runProbes(
    'en',
    [
      [
        'In 2022 the United Nations verified the recruitment and use of 1,742 children, of whom 312 were girls.',
        [
          { v: [1742, 1742], pop: 'children', source: 'the United Nations' },
          { v: [312, 312], pop: 'children', source: 'the United Nations' },
        ],
      ],
      [
        'About 1,900 French nationals have been involved in jihadist networks since 2012, including some 300 who were killed.',
        [
          { v: [1900, 1900], pop: 'people', origin: ['FR'] },
          { v: [300, 300], pop: 'people', origin: ['FR'], status: 'killed' },
        ],
      ],
      [
        'A total of 3,000 people from Kosovo, Albania and North Macedonia travelled to the conflict zone; 215 of the Kosovars were women.',
        [
          { v: [3000, 3000], pop: 'people', origin: ['AL', 'MK', 'XK'] },
          { v: [215, 215], pop: 'women', origin: ['XK'] },
        ],
      ],
      [
        'Of the 260 Belgians who left, 45 of the returnees were children.',
        [
          { v: [260, 260], pop: 'people', origin: ['BE'] },
          { v: [45, 45], pop: 'children', origin: ['BE'] },
        ],
      ],
      [
        'Uzbekistan and Tajikistan have repatriated more than 600 citizens from Syria.',
        [{ v: [600, null], pop: 'people', origin: ['TJ', 'UZ'], status: 'returned' }],
      ],
      [
        "The report says 1,023 children were released from armed groups in 2021, 61 per cent of them by the Sudan People's Liberation Army.",
        [{ v: [1023, 1023], pop: 'children', source: 'The report' }],
      ],
      [
        'Boko Haram abducted 276 schoolgirls in April 2014; 57 of them escaped within days.',
        [
          { v: [276, 276], pop: 'children', aff: 'other' },
          { v: [57, 57], pop: 'children' },
        ],
      ],
      [
        'Kenyan police arrested 19 suspected al-Shabaab recruits aged 15 to 22 near the Somali border.',
        [{ v: [19, 19], pop: 'fighters', origin: [], status: 'detained', age: [15, 22] }],
      ],
      [
        'The UN documented 2,310 grave violations against children in Somalia, including the killing and maiming of 540 children.',
        [{ v: [540, 540], pop: 'children', status: 'other' }],
      ],
      [
        'In 2019, 1,100 Tajiks joined IS, officials said, of whom 300 have died.',
        [
          { v: [1100, 1100], pop: 'people', origin: ['TJ'], status: 'joined' },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        'HTS has some 10,000 fighters in Idlib, of whom roughly 2,000 are foreigners.',
        [
          { v: [10000, 10000], pop: 'fighters', aff: 'al-nusra' },
          { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] },
        ],
      ],
      [
        'A Somali court convicted 11 men of recruiting for al-Shabaab, four of whom were minors at the time.',
        [
          { v: [11, 11], pop: 'men', status: 'detained' },
          { v: [4, 4], pop: 'children', status: 'detained' },
        ],
      ],
      [
        'About 300 Tunisian citizens and some 200 Moroccan nationals are fighting in Syria.',
        [
          { v: [300, 300], pop: 'fighters', origin: ['TN'] },
          { v: [200, 200], pop: 'fighters', origin: ['MA'] },
        ],
      ],
      [
        'Sixty-three of the militants were foreigners, mostly from Chad and Niger.',
        [{ v: [63, 63], pop: 'fighters', origin: ['region:foreign'] }],
      ],
    ],
    OPEN,
  );
});

describe('French blind probes (23)', () => {
  runProbes(
    'fr',
    [
      [
        "Selon le ministère de l'Intérieur, près de 3 000 djihadistes tunisiens ont rejoint les zones de conflit, dont 800 sont revenus en Tunisie.",
        [
          { v: [3000, 3000], pop: 'fighters', origin: ['TN'], status: 'joined' },
          { v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' },
        ],
      ],
      [
        'Quelque 250 Belges sont partis combattre en Syrie ; une cinquantaine y ont trouvé la mort.',
        [
          { v: [250, 250], pop: 'fighters', origin: ['BE'] },
          { v: [50, 50], pop: 'fighters', origin: ['BE'], status: 'killed' },
        ],
      ],
      [
        "Quelque 250 Belges sont toujours en Syrie ; 75 d'entre eux seraient morts au combat.",
        [
          { v: [250, 250], pop: 'people', origin: ['BE'], status: 'present' },
          { v: [75, 75], pop: 'fighters', origin: ['BE'], status: 'killed' },
        ],
      ],
      [
        'Trente-deux jeunes Français ont été mis en examen, dont neuf mineurs.',
        [
          { v: [32, 32], pop: 'people', origin: ['FR'], status: 'detained' },
          { v: [9, 9], pop: 'children', origin: ['FR'], status: 'detained' },
        ],
      ],
      [
        'Dix-sept jeunes Algériens, âgés de 19 à 25 ans, ont été condamnés par le tribunal de Tipaza.',
        [{ v: [17, 17], pop: 'people', origin: ['DZ'], age: [19, 25], status: 'detained' }],
      ],
      [
        'Au total, 1 900 Français sont partis, dont 300 qui ont été tués.',
        [
          { v: [1900, 1900], pop: 'people', origin: ['FR'] },
          { v: [300, 300], pop: 'people', origin: ['FR'], status: 'killed' },
        ],
      ],
      [
        'Sur les quelque 690 ressortissants rentrés, 45 des rapatriés sont des enfants.',
        [
          { v: [690, 690], pop: 'people', origin: [] },
          { v: [45, 45], pop: 'children', origin: [] },
        ],
      ],
      [
        "Le Maroc, la Tunisie et l'Algérie ont rapatrié 400 ressortissants.",
        [{ v: [400, 400], pop: 'people', origin: ['DZ', 'MA', 'TN'], status: 'returned' }],
      ],
      [
        "Au Mali, le JNIM aurait recruté au moins 200 mineurs âgés de 12 à 17 ans, selon un rapport de l'ONU.",
        [{ v: [200, null], pop: 'children', age: [12, 17], source: "un rapport de l'ONU", status: 'joined' }],
      ],
      [
        'Sur les 5 000 combattants étrangers présents en Libye, 1 500 seraient tunisiens.',
        [
          { v: [5000, 5000], pop: 'fighters', origin: ['region:foreign'] },
          { v: [1500, 1500], pop: 'fighters', origin: ['TN'] },
        ],
      ],
      [
        'Quelque 1 200 Tunisiens ont été rapatriés depuis 2016. Sur ce total, 400 sont des femmes.',
        [
          { v: [1200, 1200], pop: 'people', origin: ['TN'], status: 'returned' },
          { v: [400, 400], pop: 'women', origin: ['TN'] },
        ],
      ],
      [
        "L'EI compterait encore entre 8 000 et 16 000 combattants en Irak et en Syrie.",
        [{ v: [8000, 16000], pop: 'fighters', aff: 'isis' }],
      ],
    ],
    OPEN,
  );
});

describe('Russian blind probes (23)', () => {
  runProbes(
    'ru',
    [
      [
        'По данным ФСБ, в Сирию выехали около 2 500 уроженцев Дагестана, из них 300 были ликвидированы.',
        [
          { v: [2500, 2500], pop: 'people', origin: ['RU'], status: 'joined', source: 'ФСБ' },
          { v: [300, 300], pop: 'people', origin: ['RU'], status: 'killed' },
        ],
      ],
      [
        'В 2015 году из Таджикистана в Сирию выехали 1094 человека, 300 из них погибли.',
        [
          { v: [1094, 1094], pop: 'people', origin: ['TJ'], status: 'joined' },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        'Двое несовершеннолетних жителей Ингушетии осуждены за попытку выехать в Сирию.',
        [{ v: [2, 2], pop: 'children', origin: ['RU'], status: 'detained' }],
      ],
      [
        'Из 4 тысяч уехавших из Узбекистана около тысячи вернулись.',
        [
          { v: [4000, 4000], pop: 'people', origin: ['UZ'], status: 'joined' },
          { v: [1000, 1000], pop: 'people', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Порядка 4 тысяч выходцев из России и около 5 тысяч выходцев из стран Центральной Азии воюют в рядах ИГ.',
        [
          { v: [4000, 4000], pop: 'fighters', origin: ['RU'] },
          { v: [5000, 5000], pop: 'fighters', origin: ['region:central-asia'] },
        ],
      ],
      [
        'В результате теракта на рынке 57 погибших и 120 раненых.',
        [
          { v: [57, 57], pop: 'people', status: 'killed' },
          { v: [120, 120], pop: 'people', status: 'other' },
        ],
      ],
      [
        'Свыше полутора тысяч граждан Таджикистана уехали воевать в Сирию и Ирак.',
        [{ v: [1500, null], pop: 'fighters', origin: ['TJ'], status: 'joined' }],
      ],
      [
        'Около 300 боевиков были задержаны, ещё 80 сдались властям.',
        [
          { v: [300, 300], pop: 'fighters', status: 'detained' },
          { v: [80, 80], pop: 'fighters' },
        ],
      ],
      [
        'До 1000 граждан Узбекистана могут находиться в рядах ИГ в Афганистане.',
        [{ v: [null, 1000], pop: 'fighters', origin: ['UZ'], aff: 'isis' }],
      ],
      [
        'Суд приговорил семерых жителей Махачкалы к срокам от 10 до 18 лет за участие в ИГ.',
        [{ v: [7, 7], pop: 'people', origin: ['RU'], status: 'detained' }],
      ],
      [
        'Хуситы завербовали около 2 тысяч детей в возрасте от 10 до 17 лет.',
        [{ v: [2000, 2000], pop: 'children', age: [10, 17], status: 'joined', aff: 'other' }],
      ],
      [
        'Казахстан и Узбекистан вернули 500 детей.',
        [{ v: [500, 500], pop: 'children', origin: ['KZ', 'UZ'], status: 'returned' }],
      ],
      [
        'Их было трое: двое уроженцев Чечни и один житель Дагестана.',
        [
          { v: [3, 3], pop: 'people', origin: ['RU'] },
          { v: [2, 2], pop: 'people', origin: ['RU'] },
        ],
      ],
      [
        'Среди погибших боевиков — трое уроженцев Ингушетии.',
        [{ v: [3, 3], pop: 'fighters', origin: ['RU'] }],
      ],
    ],
    OPEN,
  );
});
