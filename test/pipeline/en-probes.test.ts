// English probes for the cross-language fixes found with the other batteries (sentences written here).
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('en', text, want));
};

describe('English bound verbs', () => {
  run([
    ['The number of Belgians still held exceeds 450.', [{ v: [450, null], pop: 'people', origin: ['BE'] }]],
    ['The number of Belgians held does not exceed 450.', [{ v: [null, 450], pop: 'people', origin: ['BE'] }]],
  ]);
});

describe('English counts after a month', () => {
  run([
    ['In June 25 children returned.', [{ v: [25, 25], pop: 'children', status: 'returned' }]],
    ['By March nine women had been moved to the prison.', [{ v: [9, 9], pop: 'women' }]],
    ['On 3 March 18 women returned.', [{ v: [18, 18], pop: 'women' }]],
    // Month first, no preposition of period: a date ("June 25"), and "children" is left uncounted.
    ['On June 25 children returned.', []],
  ]);
});

describe('English religious communities as victims', () => {
  run([
    [
      'IS abducted 3,000 Yazidis and executed 21 Christians.',
      [
        { v: [3000, 3000], pop: 'people', aff: 'isis' },
        { v: [21, 21], pop: 'people', status: 'killed' },
      ],
    ],
    ['They freed 300 Yazidi children.', [{ v: [300, 300], pop: 'children' }]],
  ]);
});
