// A verb completed by a word after the counted phrase, the count standing between: English particles.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('English: a particle after the counted phrase completes the verb before it', () => {
  runProbes('en', [
    [
      'Tajikistan brought 84 children back from the camps in north-east Syria.',
      [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Last month Azerbaijan took 27 women and children home from Iraq.',
      [{ v: [27, 27], pop: 'people', origin: ['AZ'], status: 'returned' }],
    ],
    [
      'Turkish officials handed 9 Kyrgyz teenagers over to Kyrgyzstan.',
      [{ v: [9, 9], pop: 'children', origin: ['KG'], status: 'returned' }],
    ],
    // Without the particle, sending people is no return.
    ['The group sent 60 fighters to Mali in 2019.', [{ v: [60, 60], pop: 'fighters', not: 'returned' }]],
    // A particle past a comma belongs to another clause.
    [
      'Recruiters sent 40 boys to the training camp, and only a few came back.',
      [{ v: [40, 40], pop: 'children', not: 'returned' }],
    ],
  ]);
});
