// A figure set against the one before it ("compared with 1,300", "contre 1 300", "против 1300") counts the
// same people at another time: a claim of its own, with the noun of the count it is compared with.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a compared count takes the people of the count before it', () => {
  it('en', () => {
    checkProbe('en', 'Some 3,100 people came back to Iraq this year, compared with 1,700 in 2019.', [
      { v: [3100, 3100], pop: 'people', status: 'returned' },
      { v: [1700, 1700], pop: 'people', status: 'returned' },
    ]);
    checkProbe('en', 'The number of recruited boys reached 515, up from 330 the year before.', [
      { v: [515, 515], pop: 'children' },
      { v: [330, 330], pop: 'children' },
    ]);
    // A year or a share after the comparison is no count.
    checkProbe('en', 'Some 3,100 people came back, up from 14 per cent of the total.', [
      { v: [3100, 3100], pop: 'people', status: 'returned' },
    ]);
  });
  it('fr', () => {
    checkProbe('fr', 'Environ 3 100 personnes sont revenues cette année, contre 1 700 en 2019.', [
      { v: [3100, 3100], pop: 'people', status: 'returned' },
      { v: [1700, 1700], pop: 'people', status: 'returned' },
    ]);
  });
  it('ru', () => {
    checkProbe('ru', 'В этом году вернулись 3100 человек против 1700 в 2019 году.', [
      { v: [3100, 3100], pop: 'people', status: 'returned' },
      { v: [1700, 1700], pop: 'people', status: 'returned' },
    ]);
  });
});
