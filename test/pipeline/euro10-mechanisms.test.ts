// Unit tests for the mechanisms fixed in the tenth European round (en, fr, ru): one block per
// mechanism, each in sentences written for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a contrast word ("while", "alors que", "тогда как") opens a clause: its verb is not the count before', () => {
  runProbes('en', [
    [
      'Roughly 800 Uzbek nationals fought for ISIS, whereas 210 have since come home.',
      [
        { v: [800, 800], pop: 'fighters', origin: ['UZ'], status: 'present' },
        { v: [210, 210], pop: 'fighters', origin: ['UZ'], status: 'returned' },
      ],
    ],
  ]);
  runProbes('fr', [
    [
      'Quelque 400 Tunisiens ont combattu en Libye, alors que 90 sont rentrés en Tunisie.',
      [
        { v: [400, 400], pop: 'fighters', origin: ['TN'], status: 'present' },
        { v: [90, 90], pop: 'fighters', origin: ['TN'], status: 'returned' },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Примерно 300 граждан Кыргызстана воевали в Сирии, тогда как 70 вернулись домой.',
      [
        { v: [300, 300], pop: 'fighters', origin: ['KG'], status: 'present' },
        { v: [70, 70], pop: 'fighters', origin: ['KG'], status: 'returned' },
      ],
    ],
  ]);
});
