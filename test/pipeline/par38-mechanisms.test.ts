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

describe('who counts people gives their number: counting verbs are attributions', () => {
  runProbes('en', [
    [
      'Belgium has registered 150 children linked to its fighters in Syria.',
      [{ v: [150, 150], pop: 'children', source: 'Belgium' }],
    ],
    [
      'UNHCR registered 4,000 Iraqi refugees in the camp.',
      [{ v: [4000, 4000], pop: 'people', origin: ['IQ'], source: 'UNHCR' }],
    ],
    // A count the report makes itself has no source.
    [
      'About 150 children linked to Belgian fighters remain in Syria.',
      [{ v: [150, 150], pop: 'children', source: null }],
    ],
  ]);
  runProbes('ru', [
    [
      'Бельгия насчитала 150 детей, связанных с ее боевиками в Сирии.',
      [{ v: [150, 150], pop: 'children', source: 'Бельгия' }],
    ],
    ['ООН зафиксировала 150 случаев вербовки детей.', [{ v: [150, 150], pop: 'children', source: 'ООН' }]],
    [
      'В Сирии остаются около 150 бельгийских детей.',
      [{ v: [150, 150], pop: 'children', origin: ['BE'], source: null }],
    ],
  ]);
});

describe('Arabic: "فوق سن" takes an ordinal as "دون سن" does, a teen in two words', () => {
  runProbes('ar', [
    [
      'ولا يزال نحو 300 رجل فوق سن الثامنة عشرة في السجن.',
      [{ v: [300, 300], pop: 'men', status: 'detained', age: [19, null] }],
    ],
    ['ويحتجز 40 شابا فوق سن العاشرة.', [{ v: [40, 40], pop: 'men', age: [11, null] }]],
    ['ولا يزال نحو 300 رجل فوق سن 18 في السجن.', [{ v: [300, 300], pop: 'men', age: [19, null] }]],
  ]);
});

describe('a verb after a conjunction opens the next event: the count keeps the verb before it', () => {
  runProbes('en', [
    [
      'Uzbekistan repatriated 70 children and then reintegrated them into society.',
      [{ v: [70, 70], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
    [
      'Kazakhstan brought back 40 women and then put them on trial.',
      [{ v: [40, 40], pop: 'women', origin: ['KZ'], status: 'returned' }],
    ],
    // A participle right after the noun still says what they are: "70 children rehabilitated".
    [
      'Uzbekistan counted 70 children rehabilitated in special centres.',
      [{ v: [70, 70], pop: 'children', status: 'other' }],
    ],
  ]);
  runProbes('ar', [
    [
      'وأعادت أوزبكستان 70 طفلا ثم أعادت دمجهم في المجتمع.',
      [{ v: [70, 70], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
  ]);
});
