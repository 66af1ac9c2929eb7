// Short checks, one mechanism each, for what the sixth batch of document probes (en/fr/ru-docs6) made
// the engine read. Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('taken by force is no joining: abducted people are victims (status other)', () => {
  runProbes('en', [
    ['Gunmen kidnapped 23 pupils in Zamfara.', [{ v: [23, 23], pop: 'children', status: 'other' }]],
  ]);
  runProbes('fr', [
    ['Des hommes armés ont enlevé 23 écoliers.', [{ v: [23, 23], pop: 'children', status: 'other' }]],
  ]);
  runProbes('ru', [['Боевики похитили 23 школьника.', [{ v: [23, 23], pop: 'children', status: 'other' }]]]);
});

describe('Latin acronyms of armed groups in Russian copy', () => {
  runProbes('ru', [['В Борно боевики ISWAP убили 9 фермеров.', [{ v: [9, 9], pop: 'people', aff: 'isis' }]]]);
});

describe('a discourse link before a new speaker is not part of the speaker', () => {
  runProbes('ru', [
    [
      'Между тем волонтёры утверждают, что в лагере остаются 14 детей.',
      [{ v: [14, 14], pop: 'children', source: 'волонтёры' }],
    ],
  ]);
});

describe('participles of coming and going between a partitive and its noun', () => {
  runProbes('ru', [['Девять из прибывших женщин госпитализированы.', [{ v: [9, 9], pop: 'women' }]]]);
});

describe('"in the group", "из этой группы": a part of the people counted before, with their origin', () => {
  runProbes('en', [
    [
      'Uzbekistan brought back 25 nationals. Three women in the group were arrested.',
      [
        { v: [25, 25], pop: 'people', origin: ['UZ'], status: 'returned' },
        { v: [3, 3], pop: 'women', origin: ['UZ'], status: 'detained' },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'В Ташкент вернулись 25 граждан Узбекистана. Три женщины из этой группы арестованы.',
      [
        { v: [25, 25], pop: 'people', origin: ['UZ'], status: 'returned' },
        { v: [3, 3], pop: 'women', origin: ['UZ'], status: 'detained' },
      ],
    ],
  ]);
});

describe('"its soldiers": a country at war still owns its own people', () => {
  runProbes('en', [
    [
      'Niger said 9 of its soldiers were killed.',
      [{ v: [9, 9], pop: 'fighters', origin: ['NE'], status: 'killed' }],
    ],
  ]);
});

describe('a return still to come leaves the people where they are', () => {
  runProbes('en', [
    [
      'Another 12 Dutch women are still in al-Roj.',
      [{ v: [12, 12], pop: 'women', origin: ['NL'], status: 'present' }],
    ],
    [
      'Nine Dutch children have yet to be repatriated.',
      [{ v: [9, 9], pop: 'children', origin: ['NL'], status: 'present' }],
    ],
  ]);
  runProbes('fr', [
    [
      'Neuf enfants néerlandais attendent leur rapatriement.',
      [{ v: [9, 9], pop: 'children', origin: ['NL'], status: 'present' }],
    ],
  ]);
});

describe('"another N NOUN" of the same noun: more of the people counted before', () => {
  runProbes('en', [
    [
      'Tajikistan brought home 84 children. Another 40 children are still in Roj.',
      [
        { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' },
        { v: [40, 40], pop: 'children', origin: ['TJ'], status: 'present' },
      ],
    ],
  ]);
});

describe('"estimate that": a plural speaker estimating', () => {
  runProbes('en', [
    [
      'Researchers estimate that 310 Swedes went to Syria.',
      [{ v: [310, 310], pop: 'people', origin: ['SE'], source: 'Researchers' }],
    ],
  ]);
});

describe('French: a copula between the people and their count, and feminine -ères nouns', () => {
  runProbes('fr', [
    ['Les Kirghiz seraient un millier en Syrie.', [{ v: [1000, 1000], pop: 'people', origin: ['KG'] }]],
    [
      'Quelque 200 étrangères sont détenues à Bagdad.',
      [{ v: [200, 200], pop: 'women', origin: ['region:foreign'], status: 'detained' }],
    ],
  ]);
});

describe('a year inside a "number of" frame is no other count', () => {
  runProbes('en', [
    [
      'The number of minors brought back since 2019 rose to 161.',
      [{ v: [161, 161], pop: 'children', status: 'returned' }],
    ],
  ]);
});

describe('a day between a verb and its count leaves the verb governing the whole list', () => {
  runProbes('fr', [
    [
      'La Belgique a rapatrié jeudi 10 enfants et 6 mères retenus dans le camp de Roj.',
      [
        { v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned' },
        { v: [6, 6], pop: 'women', origin: ['BE'], status: 'returned' },
      ],
    ],
  ]);
});

describe('French "en, au" after arrests and deaths say where the people are', () => {
  runProbes('fr', [
    [
      'Onze mineurs ont été interpellés en Allemagne.',
      [{ v: [11, 11], pop: 'children', status: 'detained', loc: ['DE'] }],
    ],
  ]);
});
