// Round 37, found by writing the same facts in the four languages and comparing what the engine reads:
// mechanisms every language shares (the place people came out of, the nationality of a prison).
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a prison or a camp behind "from", in a clause of arrival, is where they came out of', () => {
  runProbes('en', [
    [
      'On Friday 52 Kyrgyz women from Syrian prisons arrived in Bishkek.',
      [{ v: [52, 52], pop: 'women', origin: ['KG'], status: 'returned' }],
    ],
    [
      'A flight carrying 38 Uzbek children from Iraqi detention centres landed in Tashkent.',
      [{ v: [38, 38], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
    // No arrival: the prison is where they are.
    [
      'Officials counted 52 Kyrgyz women in Syrian prisons.',
      [{ v: [52, 52], pop: 'women', origin: ['KG'], status: 'detained', loc: ['SY'] }],
    ],
  ]);
  runProbes('ru', [
    [
      'В Бишкек прибыли 52 кыргызстанки из сирийских тюрем.',
      [{ v: [52, 52], pop: 'women', origin: ['KG'], status: 'returned' }],
    ],
    [
      'Вечером в Ташкенте приземлился самолет с 38 узбекскими детьми из иракских тюрем.',
      [{ v: [38, 38], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
    [
      'По данным посольства, 52 кыргызстанки по-прежнему находятся в сирийских тюрьмах.',
      [{ v: [52, 52], pop: 'women', origin: ['KG'], status: 'detained', loc: ['SY'] }],
    ],
  ]);
  runProbes('fr', [
    [
      'Trente-huit enfants ouzbeks venus des prisons irakiennes sont arrivés à Tachkent.',
      [{ v: [38, 38], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
  ]);
});

describe('the nationality of the prison or camp people are held in is not their origin', () => {
  runProbes('en', [
    [
      'Some 70 Belgian children are still held in Syrian camps.',
      [{ v: [70, 70], pop: 'children', origin: ['BE'], status: 'present', loc: ['SY'] }],
    ],
    [
      'About 130 children from Iraqi prisons were handed to their grandparents.',
      [{ v: [130, 130], pop: 'children', loc: ['IQ'] }],
    ],
    // A nationality of the people themselves stays theirs.
    [
      'The camp holds about 900 Iraqi children.',
      [{ v: [900, 900], pop: 'children', origin: ['IQ'], status: 'present' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Около 130 детей из иракских тюрем передали родственникам.',
      [{ v: [130, 130], pop: 'children', loc: ['IQ'] }],
    ],
  ]);
  // Arabic puts the nationality after its people's noun: before a camp, it is still theirs.
  runProbes('ar', [
    ['وغادر 200 نازح سوري مخيم الركبان.', [{ v: [200, 200], pop: 'people', origin: ['SY'] }]],
    ['وأفرج عن 27 معتقلا يمنيا في صفقة تبادل.', [{ v: [27, 27], pop: 'people', origin: ['YE'] }]],
  ]);
  runProbes('fr', [
    [
      'Environ 130 enfants sortis de prisons irakiennes ont été confiés à leurs grands-parents.',
      [{ v: [130, 130], pop: 'children', loc: ['IQ'] }],
    ],
  ]);
});

describe('French: a place people came out of (« sortis de ») is where they were, not theirs', () => {
  runProbes('fr', [
    [
      'Un avion transportant 43 enfants tadjiks sortis des prisons irakiennes a atterri à Douchanbé.',
      [{ v: [43, 43], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Quinze Françaises sorties de Syrie ont été arrêtées en Turquie.',
      [{ v: [15, 15], pop: 'women', origin: ['FR'], status: 'detained' }],
    ],
    // Who come from a country are from it.
    [
      'Quinze femmes venues de Belgique ont été arrêtées en Turquie.',
      [{ v: [15, 15], pop: 'women', origin: ['BE'], status: 'detained' }],
    ],
  ]);
});

describe('Russian: the inhabitants of a camp are people', () => {
  runProbes('ru', [
    [
      'В лагере проживают около 40 000 обитателей.',
      [{ v: [40000, 40000], pop: 'people', status: 'present' }],
    ],
    [
      'Среди 900 обитателей приюта 300 детей.',
      [
        { v: [900, 900], pop: 'people' },
        { v: [300, 300], pop: 'children' },
      ],
    ],
  ]);
});

describe('Arabic: a group named by its members after "لدى" is who recruited them, no object', () => {
  runProbes('ar', [
    [
      'وقال التحالف إن 2000 طفل مجندين لدى الحوثيين قتلوا في المعارك.',
      [{ v: [2000, 2000], pop: 'children', status: 'killed', aff: 'other' }],
    ],
    [
      'وأكدت المنظمة أن 150 طفلا مجندين لدى الحوثيين أسروا في جبهة مأرب.',
      [{ v: [150, 150], pop: 'children', status: 'detained', aff: 'other' }],
    ],
    [
      'وأفاد التقرير بأن 40 صبيا مجندين في صفوف الحوثيين قتلوا خلال الشهر الماضي.',
      [{ v: [40, 40], pop: 'children', status: 'killed', aff: 'other' }],
    ],
  ]);
});

describe('extradited people are sent back to their own state, as deported ones', () => {
  runProbes('en', [
    [
      'Turkey extradited 21 Tajik men to Dushanbe last year.',
      [{ v: [21, 21], pop: 'men', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Of the nine Uzbek women arrested in Istanbul, four were extradited.',
      [
        { v: [9, 9], pop: 'women', origin: ['UZ'], status: 'detained' },
        { v: [4, 4], pop: 'women', origin: ['UZ'], status: 'returned' },
      ],
    ],
  ]);
  runProbes('fr', [
    [
      "La Turquie a extradé l'an dernier 21 hommes tadjiks vers Douchanbé.",
      [{ v: [21, 21], pop: 'men', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
  runProbes('ru', [
    [
      'В прошлом году Турция экстрадировала в Душанбе 21 таджика.',
      [{ v: [21, 21], pop: 'people', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});

describe('Arabic: "N من [noun] الـM" takes N of the M people the definite numeral counts', () => {
  runProbes('ar', [
    [
      'وقالت الوزارة إن 35 من العائدين الـ80 كانوا نساء.',
      [
        { v: [35, 35], pop: 'women', status: 'returned' },
        { v: [80, 80], pop: 'people', status: 'returned' },
      ],
    ],
    [
      'وأوضح التقرير أن 12 من المعتقلين الـ40 كانوا قاصرين.',
      [
        { v: [12, 12], pop: 'children', status: 'detained' },
        { v: [40, 40], pop: 'people', status: 'detained' },
      ],
    ],
    [
      'وأفادت المصادر بأن 20 من القتلى الـ45 كانوا أطفالا.',
      [
        { v: [20, 20], pop: 'children', status: 'killed' },
        { v: [45, 45], pop: 'people', status: 'killed' },
      ],
    ],
  ]);
});
