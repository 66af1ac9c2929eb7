// The mechanisms of the thirty-first English round, each pinned by sentences written for this test (no
// report's text) and by a counter-case that guards it from over-reach.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe("en31: a partition's whole keeps its participle, the part takes the finite verb (wholeParticiple)", () => {
  runProbes('en', [
    [
      'Nine of the 20 women detained in March were later repatriated.',
      [
        { v: [9, 9], pop: 'women', status: 'returned' },
        { v: [20, 20], pop: 'women', status: 'detained' },
      ],
    ],
    [
      'Three of the 30 boys recruited by al-Shabaab were killed in clashes.',
      [
        { v: [3, 3], pop: 'children', status: 'killed', aff: 'other' },
        { v: [30, 30], pop: 'children', status: 'joined', aff: 'other' },
      ],
    ],
    [
      'Four of the 15 men arrested in Mosul were later released.',
      [
        { v: [4, 4], pop: 'men', status: 'other' },
        { v: [15, 15], pop: 'men', status: 'detained' },
      ],
    ],
    [
      'Two of the 7 Australian children taken to Syria were killed in an airstrike.',
      [
        { v: [2, 2], pop: 'children', origin: ['AU'], status: 'killed' },
        { v: [7, 7], pop: 'children', origin: ['AU'], status: 'joined' },
      ],
    ],
    // Counter-cases: no participle in the whole's phrase, or a relative clause, keep their readings.
    [
      'Three of the 12 Tajik fighters were killed in an airstrike.',
      [
        { v: [3, 3], pop: 'fighters', origin: ['TJ'], status: 'killed' },
        { v: [12, 12], pop: 'fighters', origin: ['TJ'], status: 'killed' },
      ],
    ],
    [
      '400 of the 900 people who went to Syria have come back.',
      [
        { v: [400, 400], pop: 'people', status: 'returned' },
        { v: [900, 900], pop: 'people', status: 'joined' },
      ],
    ],
    [
      'The 20 women detained in March were later repatriated.',
      [{ v: [20, 20], pop: 'women', status: 'returned' }],
    ],
  ]);
});

describe('en31: the adverb of "including N who were later …" comes from the pack (clauseAdverb)', () => {
  runProbes('en', [
    [
      'The group recruited 2,000 children, including 40 who were later killed.',
      [
        { v: [2000, 2000], pop: 'children', status: 'joined' },
        { v: [40, 40], pop: 'children', status: 'killed' },
      ],
    ],
    [
      'The group recruited 2,000 children, including 40 who were reportedly killed.',
      [
        { v: [2000, 2000], pop: 'children', status: 'joined' },
        { v: [40, 40], pop: 'children', status: 'killed' },
      ],
    ],
    // Counter-case: two adverbs are more than the part's verb phrase reads.
    [
      'The group recruited 2,000 children, including 40 who were very quickly killed.',
      [
        { v: [2000, 2000], pop: 'children', status: 'joined' },
        { v: [40, 40], pop: 'children', status: 'joined' },
      ],
    ],
  ]);
});

describe('en31: the whole of unlike deeds each counted in brackets is of mixed outcomes (other)', () => {
  runProbes('en', [
    [
      'Some 600 boys were killed (200) or injured (400) in air strikes.',
      [
        { v: [600, 600], pop: 'children', status: 'other' },
        { v: [200, 200], pop: 'children', status: 'killed' },
        { v: [400, 400], pop: 'children', status: 'other' },
      ],
    ],
    [
      'A total of 2,674 children were killed (1,010) or maimed (1,664), the report said.',
      [
        { v: [2674, 2674], pop: 'children', status: 'other' },
        { v: [1010, 1010], pop: 'children', status: 'killed' },
        { v: [1664, 1664], pop: 'children', status: 'other' },
      ],
    ],
    [
      'About 90 girls were abducted (60) or recruited (30) by the group.',
      [
        { v: [90, 90], pop: 'children', status: 'other' },
        { v: [60, 60], pop: 'children', status: 'other' },
        { v: [30, 30], pop: 'children', status: 'joined' },
      ],
    ],
    // Counter-case: alike deeds keep their status.
    [
      'Some 500 boys were recruited (320) and used (180) by the group.',
      [
        { v: [500, 500], pop: 'children', status: 'joined' },
        { v: [320, 320], pop: 'children', status: 'joined' },
        { v: [180, 180], pop: 'children', status: 'joined' },
      ],
    ],
  ]);
});

describe('en31: researchers who met the people they count, and speakers with a relative clause', () => {
  runProbes('en', [
    [
      'Amnesty International spoke with 20 former detainees.',
      [{ v: [20, 20], pop: 'people', source: 'Amnesty International' }],
    ],
    [
      'HRW spoke to more than 40 boys held in the Panorama prison.',
      [{ v: [40, null], pop: 'children', status: 'detained', source: 'HRW' }],
    ],
    [
      'An official who spoke to Reuters said 40 children had been recruited.',
      [{ v: [40, 40], pop: 'children', status: 'joined', source: 'An official' }],
    ],
    [
      'Human Rights Watch, which interviewed the boys, said 40 children were held.',
      [{ v: [40, 40], pop: 'children', source: 'Human Rights Watch' }],
    ],
    [
      'The official, who said 40 children were taken, asked not to be named.',
      [{ v: [40, 40], pop: 'children', source: 'The official' }],
    ],
    // Counter-cases: whom someone spoke to is no source, nor are the people who spoke.
    [
      'The envoy spoke to reporters about the 52 boys in the camp.',
      [{ v: [52, 52], pop: 'children', source: null }],
    ],
    [
      'Some 25 women who spoke to reporters in the camp said their husbands had been killed.',
      [{ v: [25, 25], pop: 'women', source: null }],
    ],
  ]);
});

describe("en31: a passive's agent ends where the clause's main verb begins", () => {
  runProbes('en', [
    [
      'The 12 children interviewed by Amnesty International said they had been recruited by the Houthis.',
      [{ v: [12, 12], pop: 'children', status: 'joined', source: 'Amnesty International' }],
    ],
    [
      'The 14 boys interviewed by UNICEF were later reunited with their families.',
      [{ v: [14, 14], pop: 'children', source: 'UNICEF' }],
    ],
    [
      'At least 25 of the 103 Dapchi girls released were reported by UNICEF to be traumatised.',
      [
        { v: [25, null], pop: 'children', source: 'UNICEF' },
        { v: [103, 103], pop: 'children', source: 'UNICEF' },
      ],
    ],
    // Counter-case: an agent that ends the sentence keeps its whole name.
    [
      'The figure of 300 fighters was given by the Pentagon.',
      [{ v: [300, 300], pop: 'fighters', source: 'the Pentagon' }],
    ],
  ]);
});

describe('en31: "states" in a name or after a qualifier is a noun, no reporting verb', () => {
  runProbes('en', [
    [
      'The United States has repatriated 39 citizens from northeast Syria.',
      [{ v: [39, 39], pop: 'people', origin: ['US'], status: 'returned', source: null }],
    ],
    [
      'Several Gulf states repatriated 40 women from Syria.',
      [{ v: [40, 40], pop: 'women', status: 'returned', source: null }],
    ],
    [
      'Officials in the United States said 39 citizens had been repatriated.',
      [{ v: [39, 39], pop: 'people', origin: ['US'], source: 'Officials in the United States' }],
    ],
    // Counter-case: a report that states a figure is its source.
    [
      'The report states that 40 children were recruited.',
      [{ v: [40, 40], pop: 'children', status: 'joined', source: 'The report' }],
    ],
  ]);
});

describe('en31: the country of a share ("make up", "account for") outranks "foreign"', () => {
  runProbes('en', [
    [
      'Tunisians make up 3,000 of the foreign fighters in Syria.',
      [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'] }],
    ],
    [
      'Kyrgyz nationals make up 500 of the detainees in Iraq.',
      [{ v: [500, 500], pop: 'people', origin: ['KG'] }],
    ],
    [
      'Russia accounts for 2,400 of the 10,000 foreign fighters.',
      [
        { v: [2400, 2400], pop: 'fighters', origin: ['RU'] },
        { v: [10000, 10000], pop: 'fighters', origin: ['region:foreign'] },
      ],
    ],
    // Counter-case: a subject of people counted by the share keeps its own (no) origin.
    [
      "Children make up 40,000 of the camp's 60,000 residents.",
      [
        { v: [40000, 40000], pop: 'children' },
        { v: [60000, 60000], pop: 'people' },
      ],
    ],
  ]);
});

describe('en31: nationality compounds with "women", rehabilitation centres, "using", ASWJ', () => {
  runProbes('en', [
    [
      'Fifteen Frenchwomen and 32 children were repatriated from Syria in July.',
      [
        { v: [15, 15], pop: 'women', origin: ['FR'], status: 'returned' },
        { v: [32, 32], pop: 'children', origin: ['FR'], status: 'returned' },
      ],
    ],
    [
      'Twelve French women were detained in Roj camp.',
      [{ v: [12, 12], pop: 'women', origin: ['FR'], status: 'present' }],
    ],
    [
      'Some 20 boys were brought to a rehabilitation centre in Qamishli.',
      [{ v: [20, 20], pop: 'children', status: 'other' }],
    ],
    [
      'At least 50 boys were taken to the rehabilitation centre.',
      [{ v: [50, null], pop: 'children', status: 'other' }],
    ],
    // Counter-case: a centre of holding named as such stays where they are held.
    [
      'At least 50 boys were taken to the Houri centre in Qamishli.',
      [{ v: [50, null], pop: 'children', status: 'present' }],
    ],
    [
      'Al-Shabaab was accused of using 120 children as fighters.',
      [{ v: [120, 120], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    [
      'ASWJ recruited 39 children in Galmudug.',
      [{ v: [39, 39], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    // Counter-case: the creed's name is no armed group.
    [
      "Ahl al-Sunna wal-Jama'a scholars condemned the killing of 12 children.",
      [{ v: [12, 12], pop: 'children', status: 'killed', aff: null }],
    ],
  ]);
});
