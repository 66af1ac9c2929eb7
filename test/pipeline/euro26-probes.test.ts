// Blind probes of the twenty-sixth European round left open. Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OF_THE = 'Of the 3,457 children, some 2,100 were reintegrated.';
const THIRD = 'Of the 5,000 foreign fighters from Europe, roughly a third have come home.';

describe('en: a fronted whole takes the verb of its part (open)', () => {
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
    // Open: resetting a fronted whole's status past its comma broke Russian wholes whose own participle
    // clause follows ("Из 70 граждан Азербайджана, выехавших в Сирию, никто не вернулся").
    new Set([OF_THE, THIRD]),
  );
});
