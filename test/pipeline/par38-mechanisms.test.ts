// Round 38, found by writing the same facts in the four languages and comparing what the engine reads.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('Russian: after a share of a whole, the predicate past a dash is the share’s, not the whole’s', () => {
  runProbes('ru', [
    [
      'Около 70% из 9000 иностранных заключенных – иракцы.',
      [{ v: [9000, 9000], pop: 'people', origin: ['region:foreign'], status: 'detained' }],
    ],
    ['Две трети из 6000 задержанных – сирийцы.', [{ v: [6000, 6000], pop: 'people', status: 'detained' }]],
    // A part with its own count takes the predicate; a dash that opens an apposition still names theirs.
    [
      'Из 9000 заключенных 6000 – иракцы.',
      [
        { v: [9000, 9000], pop: 'people', status: 'detained' },
        { v: [6000, 6000], pop: 'people', origin: ['IQ'], status: 'detained' },
      ],
    ],
    [
      'В тюрьмах содержатся 9000 заключенных – иракцев и сирийцев.',
      [{ v: [9000, 9000], pop: 'people', origin: ['IQ', 'SY'], status: 'detained' }],
    ],
  ]);
});
