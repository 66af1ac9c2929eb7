// Unit tests for the mechanisms the twenty-sixth European round fixed (English, French, Russian).
// Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a change from one number to another gives two counts, not a range', () => {
  runProbes('en', [
    [
      'The number of children killed in Mali doubled, rising from 80 to 160.',
      [
        { v: [80, 80], pop: 'children', status: 'killed' },
        { v: [160, 160], pop: 'children', status: 'killed' },
      ],
    ],
    [
      'The number of recruited boys went from 80 to 160 in 2019.',
      [
        { v: [80, 80], pop: 'children', status: 'joined' },
        { v: [160, 160], pop: 'children', status: 'joined' },
      ],
    ],
    // With no word of change, "from A to B" is still a range.
    ['From 80 to 160 boys were recruited.', [{ v: [80, 160], pop: 'children', status: 'joined' }]],
  ]);
  runProbes('ru', [
    [
      'Число завербованных детей увеличилось с 80 до 160 за год.',
      [
        { v: [80, 80], pop: 'children', status: 'joined' },
        { v: [160, 160], pop: 'children', status: 'joined' },
      ],
    ],
    [
      'Число завербованных детей выросло с 45 до 90.',
      [
        { v: [45, 45], pop: 'children', status: 'joined' },
        { v: [90, 90], pop: 'children', status: 'joined' },
      ],
    ],
    ['С 80 до 160 детей были завербованы.', [{ v: [80, 160], pop: 'children', status: 'joined' }]],
  ]);
});

describe('a part said to be in prison is held', () => {
  runProbes('en', [
    [
      '12 of the 90 Swedes are in prison.',
      [
        { v: [12, 12], pop: 'people', origin: ['SE'], status: 'detained' },
        { v: [90, 90], pop: 'people', origin: ['SE'] },
      ],
    ],
    [
      '7 of the 30 Danes remain in jail.',
      [
        { v: [7, 7], pop: 'people', origin: ['DK'], status: 'detained' },
        { v: [30, 30], pop: 'people', origin: ['DK'] },
      ],
    ],
  ]);
  runProbes('fr', [
    [
      '12 des 90 Suédois sont en prison.',
      [
        { v: [12, 12], pop: 'people', origin: ['SE'], status: 'detained' },
        { v: [90, 90], pop: 'people', origin: ['SE'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      '12 из 90 шведов находятся в тюрьме.',
      [
        { v: [12, 12], pop: 'people', origin: ['SE'], status: 'detained' },
        { v: [90, 90], pop: 'people', origin: ['SE'] },
      ],
    ],
  ]);
});

describe('the Iraqi-Syrian zone is in both countries', () => {
  runProbes('fr', [
    [
      'Environ 300 enfants français se trouvent en zone irako-syrienne.',
      [{ v: [300, 300], pop: 'children', origin: ['FR'], loc: ['IQ', 'SY'] }],
    ],
    [
      'Environ 300 enfants français se trouvent en zone syro-irakienne.',
      [{ v: [300, 300], pop: 'children', origin: ['FR'], loc: ['IQ', 'SY'] }],
    ],
  ]);
  runProbes('en', [
    [
      'Some 300 French children are in the Syro-Iraqi zone.',
      [{ v: [300, 300], pop: 'children', origin: ['FR'], loc: ['IQ', 'SY'] }],
    ],
  ]);
  runProbes('ru', [
    [
      'Около 300 французских детей находятся в ирако-сирийской зоне.',
      [{ v: [300, 300], pop: 'children', origin: ['FR'], loc: ['IQ', 'SY'] }],
    ],
  ]);
});

describe('a killing said with a noun is a killing', () => {
  runProbes('fr', [
    [
      'L’armée a annoncé la neutralisation d’une quarantaine de terroristes.',
      [{ v: [40, 40], pop: 'fighters', status: 'killed' }],
    ],
    [
      'L’opération a permis la neutralisation des 12 combattants du groupe.',
      [{ v: [12, 12], pop: 'fighters', status: 'killed' }],
    ],
  ]);
  runProbes('en', [
    [
      'The ministry reported the elimination of 25 jihadists.',
      [{ v: [25, 25], pop: 'fighters', status: 'killed' }],
    ],
    [
      'The army claimed the neutralization of 25 militants.',
      [{ v: [25, 25], pop: 'fighters', status: 'killed' }],
    ],
  ]);
  runProbes('ru', [
    ['Минобороны сообщило об уничтожении 25 боевиков.', [{ v: [25, 25], pop: 'fighters', status: 'killed' }]],
  ]);
});

describe('landing at home is a return, for every count coordinated before the nationality', () => {
  runProbes('fr', [
    [
      'Dix-neuf femmes et 35 enfants français ont atterri à Villacoublay.',
      [
        { v: [19, 19], pop: 'women', origin: ['FR'], status: 'returned' },
        { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      ],
    ],
    [
      'Onze femmes et 20 enfants français ont atterri en France mardi.',
      [
        { v: [11, 11], pop: 'women', origin: ['FR'], status: 'returned' },
        { v: [20, 20], pop: 'children', origin: ['FR'], status: 'returned' },
      ],
    ],
  ]);
  runProbes('en', [
    [
      'Nineteen French women and 35 children landed at Villacoublay on Tuesday.',
      [
        { v: [19, 19], pop: 'women', origin: ['FR'], status: 'returned' },
        { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      ],
    ],
  ]);
});
