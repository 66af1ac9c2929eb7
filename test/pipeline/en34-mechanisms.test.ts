// The mechanisms of the thirty-fourth English round, each pinned by sentences written for this test (no
// report's text) and by a counter-case that guards it from over-reach.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en34: a slash after a word parts a breakdown; after a digit it is a date or a fraction', () => {
  runProbes('en', [
    [
      'The UN verified the abduction of 412 children (298 boys/114 girls) by al-Shabaab in Somalia.',
      [
        { v: [412, 412], pop: 'children', loc: ['SO'] },
        { v: [298, 298], pop: 'children' },
        { v: [114, 114], pop: 'children' },
      ],
    ],
    [
      'UNICEF said 57 children (31 boys/26 girls) were killed or maimed in Yemen in March.',
      [
        { v: [57, 57], pop: 'children', status: 'other', source: 'UNICEF' },
        { v: [31, 31], pop: 'children' },
        { v: [26, 26], pop: 'children' },
      ],
    ],
    [
      'Boko Haram abducted 276 schoolgirls in Chibok in 2014; 57 escaped/107 were released.',
      [
        { v: [276, 276], pop: 'children', loc: ['NG'] },
        { v: [57, 57], pop: 'children' },
        { v: [107, 107], pop: 'children' },
      ],
    ],
    // Counter-cases: a slash after a digit, a date range or a reference number, is no count.
    ['The group ran its camps 24/7 and trained 300 recruits.', [{ v: [300, 300], pop: 'fighters' }]],
    ['The hotline (ref. MDE/24/2019) received calls about 50 children.', [{ v: [50, 50], pop: 'children' }]],
  ]);
});

describe('en34: a subject pronoun and a status word name people with no noun ("those arrested")', () => {
  runProbes('en', [
    [
      'Those arrested included 12 from Belgium.',
      [{ v: [12, 12], pop: 'people', origin: ['BE'], status: 'detained' }],
    ],
    [
      'Among those repatriated were 40 from Kazakhstan.',
      [{ v: [40, 40], pop: 'people', origin: ['KZ'], status: 'returned' }],
    ],
    [
      'Those killed in the raid included 7 from Niger, the army said.',
      [{ v: [7, 7], pop: 'people', origin: ['NE'], status: 'killed', source: 'the army' }],
    ],
    // Counter-cases: no status word after the pronoun; a people noun of its own counts those it names.
    ['Those who spoke included 12 from Belgium.', []],
    ['The flight also carried 12 from Belgium.', []],
    [
      'Those arrested included 12 women from Belgium.',
      [{ v: [12, 12], pop: 'women', origin: ['BE'], status: 'detained' }],
    ],
  ]);
});

describe('en34: a table set as lines under a heading ending in a colon is read as one sentence', () => {
  runProbes('en', [
    [
      'Foreign fighters by country:\nTunisia: 3,000\nMorocco: 1,500',
      [
        { v: [3000, 3000], pop: 'fighters', origin: ['TN'] },
        { v: [1500, 1500], pop: 'fighters', origin: ['MA'] },
      ],
    ],
    [
      'Women repatriated from the camps:\nGermany: 26\nFrance: 17\nBelgium: 6',
      [
        { v: [26, 26], pop: 'women', origin: ['DE'], status: 'returned' },
        { v: [17, 17], pop: 'women', origin: ['FR'], status: 'returned' },
        { v: [6, 6], pop: 'women', origin: ['BE'], status: 'returned' },
      ],
    ],
    [
      'Repatriated children, by country:\nKazakhstan - 406\nUzbekistan - 247',
      [
        { v: [406, 406], pop: 'children', origin: ['KZ'] },
        { v: [247, 247], pop: 'children', origin: ['UZ'] },
      ],
    ],
    // The status said of the heading's noun, before any count, is the rows' (not "the camps" after it).
    [
      'Women held in Roj, by nationality:\nRussia: 60\nFrance: 45',
      [
        { v: [60, 60], pop: 'women', origin: ['RU'], status: 'present', loc: ['SY'] },
        { v: [45, 45], pop: 'women', origin: ['FR'], status: 'present' },
      ],
    ],
    [
      'Children repatriated from the camps in 2023: Kazakhstan: 38; Tajikistan: 21.',
      [
        { v: [38, 38], pop: 'children', origin: ['KZ'], status: 'returned' },
        { v: [21, 21], pop: 'children', origin: ['TJ'], status: 'returned' },
      ],
    ],
    // Counter-cases: a sentence after a blank line is no row; a line that is a sentence is no row.
    [
      'Foreign fighters by country:\nTunisia: 3,000\n\nMorocco received 1,500 refugees.',
      [{ v: [1500, 1500], pop: 'people' }],
    ],
    [
      'The figures:\nThe army said 40 soldiers were killed in Borno.',
      [{ v: [40, 40], pop: 'fighters', status: 'killed', source: 'The army' }],
    ],
  ]);
});

describe('en34: claiming a deed takes responsibility, not a count (responsibilityVerbs, deedNouns)', () => {
  runProbes('en', [
    [
      'ISIS-K claimed the Kabul airport bombing, which killed 170 civilians and 13 US troops.',
      [
        { v: [170, 170], pop: 'people', status: 'killed', aff: 'isis', source: null },
        { v: [13, 13], pop: 'fighters', origin: ['US'], source: null },
      ],
    ],
    [
      'Al-Shabaab claimed the Mogadishu hotel siege, in which 21 people died.',
      [{ v: [21, 21], pop: 'people', status: 'killed', source: null }],
    ],
    [
      'ISWAP claimed the attack in Borno, which killed 30 soldiers.',
      [{ v: [30, 30], pop: 'fighters', status: 'killed', aff: 'isis', source: null }],
    ],
    // Counter-cases: the claim goes on to a clause that counts, or claims a count outright.
    [
      'Al-Shabaab claimed the attack killed 40 Kenyan soldiers.',
      [{ v: [40, 40], pop: 'fighters', origin: ['KE'], source: 'Al-Shabaab' }],
    ],
    [
      'JNIM claimed 40 soldiers were killed in the raid.',
      [{ v: [40, 40], pop: 'fighters', status: 'killed', source: 'JNIM' }],
    ],
    [
      'The bombing claimed the lives of 30 people, the ministry said.',
      [{ v: [30, 30], pop: 'people', status: 'killed', source: 'the ministry' }],
    ],
  ]);
});
