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

describe('English: the wounded, others, and a verb in the next conjunct', () => {
  run([
    [
      'The gunmen killed 5 soldiers and wounded 12 others.',
      [
        { v: [5, 5], pop: 'fighters', status: 'killed', quote: '5 soldiers' },
        { v: [12, 12], pop: 'fighters', status: 'other' },
      ],
    ],
    [
      'The blast left 57 dead and 120 wounded.',
      [
        { v: [57, 57], pop: 'people', status: 'killed' },
        { v: [120, 120], pop: 'people', status: 'other' },
      ],
    ],
    [
      'Twelve children were killed and 30 wounded in the shelling.',
      [
        { v: [12, 12], pop: 'children', status: 'killed' },
        { v: [30, 30], pop: 'children', status: 'other' },
      ],
    ],
    ['Some 300 women are held in prisons in Iraq.', [{ v: [300, 300], pop: 'women', status: 'detained' }]],
    ['About 300 women held in camps in Syria.', [{ v: [300, 300], pop: 'women', status: 'present' }]],
  ]);
});

describe('English: fleeing the fighting is not fighting; halves of a million', () => {
  run([
    ['Some 300,000 people have fled the fighting.', [{ v: [300000, 300000], pop: 'people' }]],
    ['About 20,000 people displaced by the fighting live in camps.', [{ v: [20000, 20000], pop: 'people' }]],
    ['Some 300 nationals have fought in Syria.', [{ v: [300, 300], pop: 'fighters' }]],
    ['Half a million people were displaced.', [{ v: [500000, 500000], pop: 'people' }]],
    ['One and a half million people were displaced.', [{ v: [1500000, 1500000], pop: 'people' }]],
  ]);
});

describe('English: a part singled out gives its origin to itself, not to the total', () => {
  run([
    [
      'Police arrested 12 people, including 5 Tunisians.',
      [
        { v: [12, 12], pop: 'people', origin: [] },
        { v: [5, 5], pop: 'people', origin: ['TN'] },
      ],
    ],
  ]);
});

describe('English: citizenship said after the count', () => {
  run([
    ['Four of the children hold Tunisian citizenship.', [{ v: [4, 4], pop: 'children', origin: ['TN'] }]],
    [
      'Some 30 women with French passports remain in the camp.',
      [{ v: [30, 30], pop: 'women', origin: ['FR'] }],
    ],
  ]);
});
