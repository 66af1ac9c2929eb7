// Blind probes of the twenty-sixth European round left open. Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OF_THE = 'Of the 3,457 children, some 2,100 were reintegrated.';
const THIRD = 'Of the 5,000 foreign fighters from Europe, roughly a third have come home.';

describe('en: a fronted whole does not take the verb of its part', () => {
  runProbes(
    'en',
    [
      [
        OF_THE,
        [
          { v: [3457, 3457], pop: 'children', not: 'other' },
          { v: [2100, 2100], pop: 'children', status: 'other' },
        ],
      ],
      [THIRD, [{ v: [5000, 5000], pop: 'fighters', origin: ['region:europe'], not: 'returned' }]],
    ],
    // Closed in euro27: the whole keeps the status words of its own phrase, up to its part.
  );
});
