// The mechanisms of the thirty-second English round, each pinned by sentences written for this test (no
// report's text) and by a counter-case that guards it from over-reach.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en32: a spelled whole after "of the" is a count, not a from-link of the nationality (classifyPlace)', () => {
  runProbes('en', [
    [
      'Two of the seven Australian children were killed in an airstrike.',
      [
        { v: [2, 2], pop: 'children', origin: ['AU'], status: 'killed' },
        { v: [7, 7], pop: 'children', origin: ['AU'], status: 'killed' },
      ],
    ],
    [
      'Three of the twelve Kazakh women were killed.',
      [
        { v: [3, 3], pop: 'women', origin: ['KZ'], status: 'killed' },
        { v: [12, 12], pop: 'women', origin: ['KZ'], status: 'killed' },
      ],
    ],
    [
      'Four of the nine Dutch women detained in Roj were later repatriated.',
      [
        { v: [4, 4], pop: 'women', origin: ['NL'], status: 'returned' },
        { v: [9, 9], pop: 'women', origin: ['NL'], status: 'detained' },
      ],
    ],
    // Counter-case: digits were never read as a from-link; they keep their reading.
    [
      'Two of the 7 Australian children were killed in an airstrike.',
      [
        { v: [2, 2], pop: 'children', origin: ['AU'], status: 'killed' },
        { v: [7, 7], pop: 'children', origin: ['AU'], status: 'killed' },
      ],
    ],
  ]);
});

describe('en32: a region joined to a country inside it by a conjunction is an origin too (conjoinedRegions)', () => {
  runProbes('en', [
    [
      'About 5,000 fighters from Russia and the former Soviet Union went to Syria.',
      [{ v: [5000, 5000], pop: 'fighters', origin: ['RU', 'region:former-ussr'], status: 'joined' }],
    ],
    [
      'About 300 fighters from Kazakhstan and other Central Asian states were killed.',
      [{ v: [300, 300], pop: 'fighters', origin: ['KZ', 'region:central-asia'], status: 'killed' }],
    ],
    [
      'Some 700 militants from Tajikistan and other Central Asian countries joined ISIS-K.',
      [
        {
          v: [700, 700],
          pop: 'fighters',
          origin: ['TJ', 'region:central-asia'],
          status: 'joined',
          aff: 'isis',
        },
      ],
    ],
    // Counter-case: a region that only qualifies the place ("the ex-Soviet North Caucasus") keeps the narrower.
    [
      'Some 2,000 fighters from the ex-Soviet North Caucasus went to Syria.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:north-caucasus'], status: 'joined' }],
    ],
  ]);
});

describe('en32: flown into a war that is not their own country is a departure (flownToWar)', () => {
  runProbes('en', [
    [
      'Twelve French children were flown to Syria by their parents in 2015.',
      [{ v: [12, 12], pop: 'children', origin: ['FR'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'In 2014, 30 Belgian women were flown to Iraq to join their husbands.',
      [{ v: [30, 30], pop: 'women', origin: ['BE'], status: 'joined' }],
    ],
    // Counter-cases: flown home to their own country, or out of a war zone.
    [
      'Twenty Iraqi children were flown to Baghdad on Tuesday.',
      [{ v: [20, 20], pop: 'children', origin: ['IQ'], status: 'returned' }],
    ],
    [
      'Thirty children were flown from Qamishli to Baghdad on Tuesday.',
      [{ v: [30, 30], pop: 'children', status: 'returned' }],
    ],
    [
      'Some 40 Belgian children were flown to Brussels from Erbil.',
      [{ v: [40, 40], pop: 'children', origin: ['BE'], status: 'returned' }],
    ],
  ]);
});

describe('en32: leaving a camp or a war for their own country is a return (leftForHome)', () => {
  runProbes('en', [
    [
      'Some 300 Iraqi families left al-Hol for Iraq in May.',
      [{ v: [300, 300], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] }],
    ],
    [
      'In May, 40 Tajik women left Syria for Tajikistan.',
      [{ v: [40, 40], pop: 'women', origin: ['TJ'], status: 'returned', loc: ['SY'] }],
    ],
    [
      'About 150 Iraqi families left al-Hol and returned to Iraq.',
      [{ v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' }],
    ],
    // Counter-case: a country at peace left for a war is a departure.
    [
      'About 1,150 people have left Germany for Syria.',
      [{ v: [1150, 1150], pop: 'people', origin: ['DE'], status: 'joined', loc: ['SY'] }],
    ],
  ]);
});

describe('en32: the first deed of a list leaves its noun to the last one (elidedDeedNoun)', () => {
  runProbes('en', [
    [
      'The task force verified the killing of 142 and maiming of 319 children in Afghanistan.',
      [
        { v: [142, 142], pop: 'children', status: 'killed' },
        { v: [319, 319], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The UN verified the abduction of 40 and the recruitment of 25 boys by al-Shabaab.',
      [
        { v: [40, 40], pop: 'children', status: 'other', aff: 'other' },
        { v: [25, 25], pop: 'children', status: 'joined', aff: 'other' },
      ],
    ],
    [
      'Monitors recorded the killing of 61 and the wounding of 140 civilians in Taiz.',
      [
        { v: [61, 61], pop: 'people', status: 'killed' },
        { v: [140, 140], pop: 'people', status: 'other' },
      ],
    ],
    // Counter-case: each deed with its own noun keeps it.
    [
      'The killing of 12 soldiers and the wounding of 30 civilians was condemned.',
      [
        { v: [12, 12], pop: 'fighters', status: 'killed' },
        { v: [30, 30], pop: 'people', status: 'other' },
      ],
    ],
  ]);
});

describe('en32: a status phrase with a proper name inside it (namedInStatusPhrase)', () => {
  runProbes('en', [
    [
      'At least 50 boys were taken to the Houri rehabilitation centre in 2022.',
      [{ v: [50, null], pop: 'children', status: 'other', loc: ['SY'] }],
    ],
    [
      'Some 30 boys were brought to the Halat rehabilitation center in 2021.',
      [{ v: [30, 30], pop: 'children', status: 'other', loc: ['SY'] }],
    ],
    [
      'Some 30 boys were taken to the Orkesh rehabilitation centre.',
      [{ v: [30, 30], pop: 'children', status: 'other' }],
    ],
    // Counter-case: a name with no longer phrase of the pack behind it changes nothing.
    [
      'Some 30 boys were taken to Syria in 2015.',
      [{ v: [30, 30], pop: 'children', status: 'joined', loc: ['SY'] }],
    ],
  ]);
});

describe('en32: a nationality right before "citizenship" is the citizenship held, a war zone too', () => {
  runProbes('en', [
    [
      'Five Belgian women who hold Iraqi citizenship remain in Roj camp.',
      [{ v: [5, 5], pop: 'women', origin: ['BE', 'IQ'], status: 'present', loc: ['SY'] }],
    ],
    [
      'About 30 women with Syrian nationality were detained in Iraq.',
      [{ v: [30, 30], pop: 'women', origin: ['SY'], status: 'detained', loc: ['IQ'] }],
    ],
    [
      'Twelve women holding Tunisian citizenship were repatriated.',
      [{ v: [12, 12], pop: 'women', origin: ['TN'], status: 'returned' }],
    ],
    // Counter-case: a war zone after the people, with no citizenship word, is where they are.
    [
      'Five Belgian women remain in Iraqi prisons.',
      [{ v: [5, 5], pop: 'women', origin: ['BE'], status: 'detained', loc: ['IQ'] }],
    ],
  ]);
});

describe("en32: the whole of a share leaves the share's predicate and verb to it (shareBefore)", () => {
  runProbes('en', [
    [
      'Half of the 62,000 residents of the camp are Iraqis.',
      [{ v: [62000, 62000], pop: 'people', status: 'present' }],
    ],
    [
      'Two-thirds of the 9,000 detainees are Syrians or Iraqis.',
      [{ v: [9000, 9000], pop: 'people', status: 'detained' }],
    ],
    [
      'Almost half of the 1,300 Tajiks who went to Syria were killed.',
      [{ v: [1300, 1300], pop: 'people', origin: ['TJ'], status: 'joined' }],
    ],
    [
      'About a third of the 5,600 foreign fighters who travelled have returned.',
      [{ v: [5600, 5600], pop: 'fighters', origin: ['region:foreign'], status: 'joined' }],
    ],
    // Counter-cases: no share before the whole, or a share with no clause of the whole's own.
    [
      'The 9,000 detainees are Syrians or Iraqis.',
      [{ v: [9000, 9000], pop: 'people', origin: ['IQ', 'SY'], status: 'detained' }],
    ],
    [
      'Half of the 300 fighters from Tunisia were killed.',
      [{ v: [300, 300], pop: 'fighters', origin: ['TN'], status: 'killed' }],
    ],
  ]);
});

describe('en32: a table row in prose with its own noun is of its country (tableRow)', () => {
  runProbes('en', [
    [
      'Uzbekistan: 1,500 fighters; Kazakhstan: 600; Kyrgyzstan: 850.',
      [
        { v: [1500, 1500], pop: 'fighters', origin: ['UZ'] },
        { v: [600, 600], pop: 'fighters', origin: ['KZ'] },
        { v: [850, 850], pop: 'fighters', origin: ['KG'] },
      ],
    ],
    [
      'Kazakhstan: 600 fighters; Uzbekistan: 500 fighters.',
      [
        { v: [600, 600], pop: 'fighters', origin: ['KZ'] },
        { v: [500, 500], pop: 'fighters', origin: ['UZ'] },
      ],
    ],
    [
      'France: 1,910 people; Belgium: 498 people.',
      [
        { v: [1910, 1910], pop: 'people', origin: ['FR'] },
        { v: [498, 498], pop: 'people', origin: ['BE'] },
      ],
    ],
    // Counter-case: rows of war zones say where the people are.
    [
      'Syria: 600 children; Iraq: 300 children.',
      [
        { v: [600, 600], pop: 'children', origin: [] },
        { v: [300, 300], pop: 'children', origin: [] },
      ],
    ],
  ]);
});

describe('en32: a fronted "Of <whole>," names the part and gives it its status (frontedWholeStatus)', () => {
  runProbes('en', [
    [
      'Of those repatriated, 214 were children and 97 were women.',
      [
        { v: [214, 214], pop: 'children', status: 'returned' },
        { v: [97, 97], pop: 'women', status: 'returned' },
      ],
    ],
    ['Of those killed, 30 were children.', [{ v: [30, 30], pop: 'children', status: 'killed' }]],
    ['Of the returnees, 214 were children.', [{ v: [214, 214], pop: 'children', status: 'returned' }]],
    ['Of the women, 60 were later repatriated.', [{ v: [60, 60], pop: 'women', status: 'returned' }]],
    // Counter-case: the part's own clause says where they are held.
    ['Of the returnees, 160 are in prison.', [{ v: [160, 160], pop: 'people', status: 'detained' }]],
  ]);
});

describe('en32: lexicon entries (staff, slavery, defection, violations against, Roj, the camps by name)', () => {
  runProbes('en', [
    [
      'The group abducted 12 UN staff members in Yemen.',
      [{ v: [12, 12], pop: 'people', status: 'other', loc: ['YE'] }],
    ],
    [
      'About 3,000 Yazidi women were sold into slavery by IS.',
      [{ v: [3000, 3000], pop: 'women', status: 'other', aff: 'isis' }],
    ],
    ['Some 40 fighters defected to IS.', [{ v: [40, 40], pop: 'fighters', status: 'joined', aff: 'isis' }]],
    [
      'The Houthis committed grave violations against 611 children in 2021.',
      [{ v: [611, 611], pop: 'children', status: 'other', aff: 'other' }],
    ],
    [
      'Germany repatriated eight women and 23 children from Roj in 2022.',
      [
        { v: [8, 8], pop: 'women', origin: ['DE'], status: 'returned', loc: ['SY'] },
        { v: [23, 23], pop: 'children', origin: ['DE'], status: 'returned', loc: ['SY'] },
      ],
    ],
    [
      'Some 40 percent of the 62,000 residents of al-Hol are Iraqis.',
      [{ v: [62000, 62000], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
    // Counter-case: people from a town (not a camp) are of its country.
    [
      'About 300 boys from Raqqa were recruited by IS.',
      [{ v: [300, 300], pop: 'children', origin: ['SY'], status: 'joined', aff: 'isis' }],
    ],
  ]);
});
