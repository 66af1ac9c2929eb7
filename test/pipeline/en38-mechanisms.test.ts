// Mechanisms of the thirty-eighth English round, each with sentences written for the test and a
// counter-case: a list item's bullet is not part of a headline speaker; a list label names the people's
// origin when the item says where they are; "back from" in a verbless headline is a return; "indicted" is
// detention and "acquitted" other; "replied"/"answered that" attribute a figure; "the N who …" counts people.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en38 mechanisms', () => {
  runProbes('en', [
    // A bulleted or numbered list label is a place, not a speaker; a real speaker label stays one.
    ['- Kyrgyzstan: 79 children (2021)', [{ v: [79, 79], pop: 'children', source: null }]],
    ['• Georgia (Pankisi): about 200 fighters', [{ v: [200, 200], pop: 'fighters', source: null }]],
    ['2. Iraq (Nineveh): 45 children', [{ v: [45, 45], pop: 'children', source: null }]],
    [
      '- UN monitors: 1,300 children recruited',
      [{ v: [1300, 1300], pop: 'children', source: 'UN monitors' }],
    ],
    // The label's country is the origin when the item places the people elsewhere.
    [
      '- Tunisia: 3,000 fighters in Syria',
      [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'], status: 'present', loc: ['SY'] }],
    ],
    [
      '3. Morocco – about 1,600 fighters in Syria and Iraq',
      [{ v: [1600, 1600], pop: 'fighters', origin: ['MA'], loc: ['IQ', 'SY'] }],
    ],
    ['Syria: 3,000 fighters in Idlib', [{ v: [3000, 3000], pop: 'fighters', loc: ['SY'] }]],
    ['- Tunisia: 3,000 fighters', [{ v: [3000, 3000], pop: 'fighters' }]],
    // "back from" in a headline with no verb.
    [
      'Another 30 Tajik women back from Syria',
      [{ v: [30, 30], pop: 'women', origin: ['TJ'], status: 'returned', loc: ['SY'] }],
    ],
    [
      'Eleven Kosovar children back from al-Hol',
      [{ v: [11, 11], pop: 'children', origin: ['XK'], status: 'returned' }],
    ],
    [
      'Forty Iraqi fighters pushed back from the border were arrested.',
      [{ v: [40, 40], pop: 'fighters', origin: ['IQ'], status: 'detained' }],
    ],
    // Court verbs.
    [
      'The grand jury indicted four men on terrorism charges.',
      [{ v: [4, 4], pop: 'men', status: 'detained' }],
    ],
    [
      'Seven of the women were indicted for membership of ISIS.',
      [{ v: [7, 7], pop: 'women', status: 'detained', aff: 'isis' }],
    ],
    [
      'Of 40 men charged, 12 were acquitted.',
      [
        { v: [40, 40], pop: 'men', status: 'detained' },
        { v: [12, 12], pop: 'men', status: 'other' },
      ],
    ],
    // "the N who …": a count with no noun but a relative of people.
    [
      'Of the roughly 5,600 who returned, about 1,200 were minors.',
      [
        { v: [5600, 5600], pop: 'people', status: 'returned' },
        { v: [1200, 1200], pop: 'children' },
      ],
    ],
    [
      'The 900 who left for Syria included 150 women.',
      [
        { v: [900, 900], pop: 'people', status: 'joined', loc: ['SY'] },
        { v: [150, 150], pop: 'women' },
      ],
    ],
    ['In 2015, 300 who had been recruited were killed.', []],
    ['The 40 videos which were released in 2016 showed no children.', []],
    // A sentence of years handed down is detention; a term of service is not.
    [
      'Three women who fought for ISIS receive 10-year sentences',
      [{ v: [3, 3], pop: 'women', status: 'detained', aff: 'isis' }],
    ],
    [
      'Two Chechen fighters were handed eight-year sentences.',
      [{ v: [2, 2], pop: 'fighters', origin: ['RU'], status: 'detained' }],
    ],
    [
      'Four women who went to Syria had served a two-year term in the army before.',
      [{ v: [4, 4], pop: 'women', status: 'joined' }],
    ],
    // Foreign fighters listed under a state that is no war zone came from it; under a war zone they are there.
    [
      'Belgium – 498 foreign fighters, of whom 137 returned (Egmont Institute, 2018)',
      [
        { v: [498, 498], pop: 'fighters', origin: ['BE'], source: 'Egmont Institute' },
        { v: [137, 137], pop: 'fighters', origin: ['BE'], status: 'returned' },
      ],
    ],
    ['- France: about 1,900 foreign fighters', [{ v: [1900, 1900], pop: 'fighters', origin: ['FR'] }]],
    [
      'Syria: 20,000 foreign fighters, of whom 5,000 were killed',
      [
        { v: [20000, 20000], pop: 'fighters', origin: ['region:foreign'], loc: ['SY'] },
        { v: [5000, 5000], pop: 'fighters', origin: ['region:foreign'], status: 'killed' },
      ],
    ],
    ['Germany hosts 300 foreign fighters.', [{ v: [300, 300], pop: 'fighters', origin: ['region:foreign'] }]],
    // The Home Office and Home Secretary are a ministry, no return home.
    [
      'The Home Secretary has stripped 150 dual nationals of their citizenship.',
      [{ v: [150, 150], pop: 'people', not: 'returned' }],
    ],
    [
      'The Home Office said 40 women had come home from Syria.',
      [{ v: [40, 40], pop: 'women', status: 'returned', source: 'The Home Office' }],
    ],
    [
      'Home Affairs officials confirmed 12 children were in al-Roj camp.',
      [{ v: [12, 12], pop: 'children', status: 'present' }],
    ],
    // Appearing in court is before a judge, not in a video.
    [
      'Three men accused of financing al-Shabaab appeared in court.',
      [{ v: [3, 3], pop: 'men', status: 'detained' }],
    ],
    [
      'Four women appeared in court in Brussels on Monday.',
      [{ v: [4, 4], pop: 'women', status: 'detained', loc: ['BE'] }],
    ],
    ['Four children appeared in a propaganda video.', [{ v: [4, 4], pop: 'children', status: 'featured' }]],
    // Answers in parliament.
    [
      'The minister answered that 40 citizens had returned from Iraq.',
      [{ v: [40, 40], pop: 'people', status: 'returned', source: 'The minister' }],
    ],
    [
      'Ms Petrova replied that 17 children were still in Syria.',
      [{ v: [17, 17], pop: 'children', status: 'present', source: 'Ms Petrova' }],
    ],
    [
      'The 25 women answered questions from the court about their time in Syria.',
      [{ v: [25, 25], pop: 'women', source: null }],
    ],
  ]);
});
