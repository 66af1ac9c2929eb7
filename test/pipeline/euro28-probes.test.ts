// Blind probes of the twenty-eighth European round: English, French and Russian sentences in the style of
// NGO briefs, UN reports and the press, written for this test (no report's text). Each states what
// GUIDELINES.md asks of it; those the engine does not meet yet are in `open`.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Read since ar29: the whole fronted by "among" takes no origin from its part.
const OPEN_EN = new Set<string>([]);

const OPEN_FR = new Set([
  // "placé … dans des foyers" with the count between the verb and its place: no split verb in the pack.
  'Les autorités ont placé 12 mineurs dans des foyers.',
]);

const OPEN_RU = new Set<string>([]);

describe('en: deportations, places of care, camps and fronted wholes (euro28)', () => {
  runProbes(
    'en',
    [
      [
        'Turkey deported 34 Russian women with their children.',
        [{ v: [34, 34], pop: 'women', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Turkey deported 25 suspected jihadists to France.',
        [{ v: [25, 25], pop: 'fighters', origin: ['FR'], status: 'returned' }],
      ],
      [
        'Austria expelled 6 Chechen men suspected of links to IS.',
        [{ v: [6, 6], pop: 'men', origin: ['RU'], status: 'returned', aff: 'isis' }],
      ],
      [
        '14 Tajik citizens were deported from Russia.',
        [{ v: [14, 14], pop: 'people', origin: ['TJ'], status: 'returned' }],
      ],
      ['The 52 children were taken to an orphanage.', [{ v: [52, 52], pop: 'children', status: 'other' }]],
      [
        'Some 30 boys were brought to a shelter run by UNICEF.',
        [{ v: [30, 30], pop: 'children', status: 'other' }],
      ],
      [
        'The 35 boys were taken to a rehabilitation centre run by the government.',
        [{ v: [35, 35], pop: 'children', status: 'other' }],
      ],
      ['The 40 suspects were taken into custody.', [{ v: [40, 40], pop: 'people', status: 'detained' }]],
      [
        '52 children were taken to Syria by their parents.',
        [{ v: [52, 52], pop: 'children', status: 'joined', loc: ['SY'] }],
      ],
      [
        'Iraq received 150 families, including 400 children, from al-Hol camp.',
        [
          { v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' },
          { v: [400, 400], pop: 'children', origin: ['IQ'], status: 'returned' },
        ],
      ],
      [
        'Sweden received 12 children from the Roj camp in 2020.',
        [{ v: [12, 12], pop: 'children', origin: ['SE'], status: 'returned', loc: ['SY'] }],
      ],
      ['Turkey received 3 million refugees.', [{ v: [3000000, 3000000], pop: 'people', not: 'returned' }]],
      [
        'Among the fighters were 651 Tunisians and 318 Moroccans.',
        [
          { v: [651, 651], pop: 'fighters', origin: ['TN'] },
          { v: [318, 318], pop: 'fighters', origin: ['MA'] },
        ],
      ],
      [
        'Among the dead were 12 Tunisians.',
        [{ v: [12, 12], pop: 'people', origin: ['TN'], status: 'killed' }],
      ],
      [
        'Of the 400 children, 300 were killed in Raqqa.',
        [
          { v: [400, 400], pop: 'children', not: 'killed' },
          { v: [300, 300], pop: 'children', status: 'killed' },
        ],
      ],
      [
        'Among the 120 detainees were 14 Belgian women.',
        [
          { v: [120, 120], pop: 'people', status: 'detained' },
          { v: [14, 14], pop: 'women', origin: ['BE'] },
        ],
      ],
    ],
    OPEN_EN,
  );
});

describe('fr: expulsions, lieux de placement et camps (euro28)', () => {
  runProbes(
    'fr',
    [
      [
        'La Turquie a expulsé 34 femmes russes avec leurs enfants.',
        [{ v: [34, 34], pop: 'women', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Les 52 enfants ont été emmenés dans un orphelinat.',
        [{ v: [52, 52], pop: 'children', status: 'other' }],
      ],
      ["Les 52 enfants ont été emmenés à l'hôpital.", [{ v: [52, 52], pop: 'children', status: 'other' }]],
      ['52 enfants ont été placés dans un orphelinat.', [{ v: [52, 52], pop: 'children', status: 'other' }]],
      [
        "L'Irak a reçu 150 familles, dont 400 enfants, du camp d'al-Hol.",
        [
          { v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' },
          { v: [400, 400], pop: 'children', origin: ['IQ'], status: 'returned' },
        ],
      ],
      [
        'Les autorités ont placé 12 mineurs dans des foyers.',
        [{ v: [12, 12], pop: 'children', status: 'other' }],
      ],
      [
        'Parmi les 150 détenus se trouvaient 9 Françaises.',
        [
          { v: [150, 150], pop: 'people' },
          { v: [9, 9], pop: 'women', origin: ['FR'] },
        ],
      ],
    ],
    OPEN_FR,
  );
});

describe('ru: депортации, детские дома, лагеря и целое впереди (euro28)', () => {
  runProbes(
    'ru',
    [
      [
        'Турция депортировала 34 российских женщин с детьми.',
        [{ v: [34, 34], pop: 'women', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Турция депортировала в Россию 34 женщины.',
        [{ v: [34, 34], pop: 'women', origin: ['RU'], status: 'returned' }],
      ],
      ['52 ребенка были доставлены в детский дом.', [{ v: [52, 52], pop: 'children', status: 'other' }]],
      ['52 ребенка доставлены в больницу.', [{ v: [52, 52], pop: 'children', status: 'other' }]],
      [
        '52 ребенка доставлены в Москву.',
        [{ v: [52, 52], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Казахстан принял 37 детей из лагеря Рож.',
        [{ v: [37, 37], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Ирак принял из лагеря Аль-Холь 150 семей.',
        [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' }],
      ],
      ['Турция приняла 3 миллиона беженцев.', [{ v: [3000000, 3000000], pop: 'people', not: 'returned' }]],
      [
        'Среди боевиков были 651 выходец из Туниса и 318 из Марокко.',
        [
          { v: [651, 651], pop: 'fighters', origin: ['TN'] },
          { v: [318, 318], pop: 'fighters', origin: ['MA'] },
        ],
      ],
      [
        'Среди 40 боевиков были 5 граждан Казахстана.',
        [
          { v: [40, 40], pop: 'fighters' },
          { v: [5, 5], pop: 'fighters', origin: ['KZ'] },
        ],
      ],
      [
        'Среди погибших боевиков были 12 уроженцев Дагестана.',
        [{ v: [12, 12], pop: 'fighters', origin: ['RU'], status: 'killed' }],
      ],
      [
        'Прокуратура предъявила обвинения 23 вернувшимся по статьям о терроризме.',
        [{ v: [23, 23], pop: 'people', status: 'detained' }],
      ],
      ['Осуждены 40 задержанных по делу о вербовке.', [{ v: [40, 40], pop: 'people', status: 'detained' }]],
      [
        'Из Турции депортированы 28 граждан Кыргызстана.',
        [{ v: [28, 28], pop: 'people', origin: ['KG'], status: 'returned' }],
      ],
    ],
    OPEN_RU,
  );
});
