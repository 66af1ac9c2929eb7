// The mechanisms of the thirty-fifth English round, each pinned by sentences written for this test (no
// report's text) and by a counter-case that guards it from over-reach.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en35: the wounded after an additive ("and a further 17 injured") are more of the people before', () => {
  runProbes('en', [
    [
      'UNICEF said 23 children had been killed in Niger, and a further 17 injured.',
      [
        { v: [23, 23], pop: 'children', status: 'killed', loc: ['NE'] },
        { v: [17, 17], pop: 'children', status: 'other' },
      ],
    ],
    [
      'Nine soldiers were killed in the ambush and another 14 wounded, the army said.',
      [
        { v: [9, 9], pop: 'fighters', status: 'killed', source: 'the army' },
        { v: [14, 14], pop: 'fighters', status: 'other' },
      ],
    ],
    [
      'Six women were killed in the raid; an additional 20 were injured.',
      [
        { v: [6, 6], pop: 'women', status: 'killed' },
        { v: [20, 20], pop: 'women', status: 'other' },
      ],
    ],
    // Counter-case: a noun of its own after the additive counts its own people.
    [
      'UNICEF said 23 children had been killed in Niger; another 17 civilians were injured.',
      [
        { v: [23, 23], pop: 'children', status: 'killed' },
        { v: [17, 17], pop: 'people', status: 'other' },
      ],
    ],
  ]);
});

describe('en35: "N are dead" after a copula has no noun of its own: the people counted before', () => {
  runProbes('en', [
    [
      'About 300 Dutch nationals travelled to Syria and Iraq; roughly 100 are dead.',
      [
        { v: [300, 300], pop: 'people', origin: ['NL'], status: 'joined' },
        { v: [100, 100], pop: 'people', origin: ['NL'], status: 'killed' },
      ],
    ],
    [
      'Some 40 Kazakh women travelled to Syria. Twelve are now dead.',
      [
        { v: [40, 40], pop: 'women', origin: ['KZ'], status: 'joined' },
        { v: [12, 12], pop: 'women', origin: ['KZ'], status: 'killed' },
      ],
    ],
    [
      'Around 90 Swedish children were taken to Syria, and 14 are wounded.',
      [
        { v: [90, 90], pop: 'children', origin: ['SE'], status: 'joined' },
        { v: [14, 14], pop: 'children', origin: ['SE'], status: 'other' },
      ],
    ],
    // Counter-cases: with nothing counted before, or a noun of its own, the dead are people of no origin.
    [
      'Gunmen attacked a church in Borno. At least 14 are dead, police said.',
      [{ v: [14, null], pop: 'people', status: 'killed', source: 'police' }],
    ],
    [
      'Some 40 Kazakh women travelled to Syria. Twelve civilians are dead.',
      [
        { v: [40, 40], pop: 'women', origin: ['KZ'] },
        { v: [12, 12], pop: 'people', status: 'killed' },
      ],
    ],
  ]);
});

describe('en35: a verb of harm or return beside a bare number counts people (bareCountVerbs)', () => {
  runProbes('en', [
    [
      'Mali: 16 killed in jihadist attack on army post',
      [{ v: [16, 16], pop: 'people', status: 'killed', loc: ['ML'] }],
    ],
    [
      'At least 40 abducted as gunmen storm school in Nigeria',
      [{ v: [40, null], pop: 'people', loc: ['NG'] }],
    ],
    ['Gunmen attacked the village. 16 were killed.', [{ v: [16, 16], pop: 'people', status: 'killed' }]],
    [
      'Sudan: RSF kills 200 in Darfur village, says UN',
      [{ v: [200, 200], pop: 'people', status: 'killed', aff: 'other', loc: ['SD'] }],
    ],
    [
      'Kosovo brings home 110 from Syria',
      [{ v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned', loc: ['SY'] }],
    ],
    // Counter-cases: a count of things; a part "of" a named whole; a date before the verb.
    ['The group carried out 40 attacks in 2019.', []],
    [
      'Troops killed 200 of the militants in the offensive.',
      [{ v: [200, 200], pop: 'fighters', status: 'killed' }],
    ],
    ['The attack on 16 May killed 12 civilians.', [{ v: [12, 12], pop: 'people', status: 'killed' }]],
  ]);
});

describe('en35: associates of a group are people (populationWords)', () => {
  runProbes('en', [
    [
      'More than 1,000 former Boko Haram associates have passed through the programme.',
      [{ v: [1000, null], pop: 'people', aff: 'other' }],
    ],
    ['Police questioned 12 associates of the suspect.', [{ v: [12, 12], pop: 'people' }]],
    [
      'The army handed over 40 children formerly associated with ISWAP to UNICEF.',
      [{ v: [40, 40], pop: 'children', aff: 'isis' }],
    ],
  ]);
});

describe('en35: a total after unlike people counted side by side sums them: people (coordinatedUnlike)', () => {
  runProbes('en', [
    [
      'Kyrgyzstan repatriated 79 children and 28 women from al-Hol, bringing the total to 500.',
      [
        { v: [79, 79], pop: 'children', origin: ['KG'] },
        { v: [28, 28], pop: 'women', origin: ['KG'] },
        { v: [500, 500], pop: 'people', origin: ['KG'], status: 'returned' },
      ],
    ],
    [
      'Kazakhstan brought back 12 women and 30 children on Friday; their number has now reached 600.',
      [
        { v: [12, 12], pop: 'women', origin: ['KZ'] },
        { v: [30, 30], pop: 'children', origin: ['KZ'] },
        { v: [600, 600], pop: 'people', origin: ['KZ'] },
      ],
    ],
    // Counter-cases: after one kind of people, the total is of that kind.
    [
      'Kyrgyzstan repatriated 79 children from al-Hol, bringing the total to 500.',
      [
        { v: [79, 79], pop: 'children', origin: ['KG'] },
        { v: [500, 500], pop: 'children', origin: ['KG'] },
      ],
    ],
    [
      'Kyrgyzstan repatriated 79 children and 28 more children from al-Hol, bringing the total to 500.',
      [
        { v: [79, 79], pop: 'children', origin: ['KG'] },
        { v: [28, 28], pop: 'children', origin: ['KG'] },
        { v: [500, 500], pop: 'children', origin: ['KG'] },
      ],
    ],
  ]);
});

describe('en35: a gapped clause "; Sweden, 12" lends the clause before its verb and noun (gappedCountry)', () => {
  runProbes('en', [
    [
      'Finland has repatriated 23 children; Sweden, 12; Norway, 5.',
      [
        { v: [23, 23], pop: 'children', origin: ['FI'], status: 'returned' },
        { v: [12, 12], pop: 'children', origin: ['SE'], status: 'returned' },
        { v: [5, 5], pop: 'children', origin: ['NO'], status: 'returned' },
      ],
    ],
    [
      'Italy has brought back 14 women; Spain, 3.',
      [
        { v: [14, 14], pop: 'women', origin: ['IT'], status: 'returned' },
        { v: [3, 3], pop: 'women', origin: ['ES'], status: 'returned' },
      ],
    ],
    // Counter-cases: no country before the first count; a place with a preposition opens a clause.
    ['In Mali, 23 children were recruited; Niger, 12.', [{ v: [23, 23], pop: 'children', status: 'joined' }]],
    [
      'Finland has repatriated 23 children; in Sweden, 12 remain in camps.',
      [
        { v: [23, 23], pop: 'children', origin: ['FI'], status: 'returned' },
        { v: [12, 12], pop: 'children', origin: ['FI'], status: 'present', loc: ['SE'] },
      ],
    ],
  ]);
});

describe('en35: killed or taken is a mixed outcome (other); presumed dead is dead (statusWords)', () => {
  runProbes('en', [
    [
      'Roughly 2,000 ISIS-K fighters were killed or captured in 2020.',
      [{ v: [2000, 2000], pop: 'fighters', status: 'other', aff: 'isis' }],
    ],
    ['Troops killed or arrested 40 militants in Yobe.', [{ v: [40, 40], pop: 'fighters', status: 'other' }]],
    [
      'Some 413 Belgians travelled to Syria; 142 are believed dead.',
      [
        { v: [413, 413], pop: 'people', origin: ['BE'], status: 'joined' },
        { v: [142, 142], pop: 'people', origin: ['BE'], status: 'killed' },
      ],
    ],
    [
      'Of the 60 Tunisian women in the camp, 12 are presumed dead.',
      [
        { v: [60, 60], pop: 'women', origin: ['TN'] },
        { v: [12, 12], pop: 'women', origin: ['TN'], status: 'killed' },
      ],
    ],
    // Counter-case: two clauses, each with its own verb, keep their own statuses.
    [
      'Troops killed 40 militants and arrested 12 others in Yobe.',
      [
        { v: [40, 40], pop: 'fighters', status: 'killed' },
        { v: [12, 12], pop: 'fighters', status: 'detained' },
      ],
    ],
  ]);
});

describe('en35: a country in the genitive that brings people back is theirs ("Kazakhstan\'s government")', () => {
  runProbes('en', [
    [
      "Kazakhstan's government brought back 607 people from Syria.",
      [{ v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] }],
    ],
    [
      "Kazakhstan's Zhusan operations returned 607 people.",
      [{ v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' }],
    ],
    [
      "Tunisia's Interior Ministry said it had repatriated 14 children.",
      [{ v: [14, 14], pop: 'children', origin: ['TN'], status: 'returned' }],
    ],
    // Counter-case: a country at war hands people over; it brings none of its own home.
    [
      "Syria's Kurdish authorities handed over 30 children to their mothers' countries.",
      [{ v: [30, 30], pop: 'children' }],
    ],
  ]);
});

describe('en35: the countries listed after an origin\'s "from" or a return\'s "to" are all origins', () => {
  runProbes('en', [
    [
      'Some 300 women have travelled to Syria from France, Belgium and Germany.',
      [{ v: [300, 300], pop: 'women', origin: ['BE', 'DE', 'FR'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'Nearly 300 women and children have been repatriated to Kosovo, North Macedonia, Bosnia and Albania.',
      [{ v: [300, 300], pop: 'people', origin: ['AL', 'BA', 'MK', 'XK'], status: 'returned' }],
    ],
    // Counter-case: the war zones a journey goes to are where they went, not whence.
    [
      'Some 300 women travelled from France to Syria, Iraq and Libya.',
      [{ v: [300, 300], pop: 'women', origin: ['FR'], loc: ['IQ', 'LY', 'SY'] }],
    ],
  ]);
});

describe("en35: a country in a list with its own count after it is not an earlier count's place", () => {
  runProbes('en', [
    [
      'France repatriated 35 children from Syria, Belgium 10 and Germany 12.',
      [
        { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned', loc: ['SY'] },
        { v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned' },
        { v: [12, 12], pop: 'children', origin: ['DE'], status: 'returned' },
      ],
    ],
    [
      'Some 5,000 foreign fighters came from Europe: France 1,910, Germany 760 and Belgium 498.',
      [
        { v: [5000, 5000], pop: 'fighters', origin: ['region:europe'] },
        { v: [1910, 1910], pop: 'fighters', origin: ['FR'] },
        { v: [760, 760], pop: 'fighters', origin: ['DE'] },
        { v: [498, 498], pop: 'fighters', origin: ['BE'] },
      ],
    ],
    // Counter-case: a country in the genitive of the counted noun, a count after it, is theirs.
    [
      'Of 40 citizens of Kazakhstan, five are women.',
      [
        { v: [40, 40], pop: 'people', origin: ['KZ'] },
        { v: [5, 5], pop: 'women', origin: ['KZ'] },
      ],
    ],
  ]);
});

describe('en35: a country\'s name before its court ("a Kosovo court") is where they are tried (ofCourtNoun)', () => {
  runProbes('en', [
    [
      'A Kosovo court jailed three returnees on Friday.',
      [{ v: [3, 3], pop: 'people', status: 'detained', loc: ['XK'] }],
    ],
    [
      "Tajikistan's Supreme Court sentenced 18 returnees.",
      [{ v: [18, 18], pop: 'people', status: 'detained', loc: ['TJ'] }],
    ],
    // Counter-cases: citizens are their state's; a state bringing people back is theirs.
    [
      "Kazakhstan's courts have convicted 31 citizens who returned from Syria.",
      [{ v: [31, 31], pop: 'people', origin: ['KZ'], status: 'detained' }],
    ],
    [
      "Tajikistan's government brought back 84 children.",
      [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});
