// Unit tests for the mechanisms the twenty-fourth European round fixed. Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a whole whose relative clause says they left has joined, its part that came back returned', () => {
  runProbes('en', [
    [
      'Of the 90 Danes who left, 20 came back.',
      [
        { v: [90, 90], pop: 'people', origin: ['DK'], status: 'joined' },
        { v: [20, 20], pop: 'people', origin: ['DK'], status: 'returned' },
      ],
    ],
    [
      'Some 30 of the 200 Norwegian nationals who left have come home.',
      [
        { v: [30, 30], pop: 'people', origin: ['NO'], status: 'returned' },
        { v: [200, 200], pop: 'people', origin: ['NO'], status: 'joined' },
      ],
    ],
    [
      'The 70 Finns who had left were all adults.',
      [{ v: [70, 70], pop: 'people', origin: ['FI'], status: 'joined' }],
    ],
  ]);
  runProbes('fr', [
    [
      'Sur les 90 Danois partis, 20 sont revenus.',
      [
        { v: [90, 90], pop: 'people', origin: ['DK'], status: 'joined' },
        { v: [20, 20], pop: 'people', origin: ['DK'], status: 'returned' },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Из 90 уехавших датчан 20 вернулись.',
      [
        { v: [90, 90], pop: 'people', origin: ['DK'], status: 'joined' },
        { v: [20, 20], pop: 'people', origin: ['DK'], status: 'returned' },
      ],
    ],
  ]);
});

describe('taken away by force is status other, not joined', () => {
  runProbes('en', [
    [
      'The 30 pupils taken from Kaduna were never found.',
      [{ v: [30, 30], pop: 'children', status: 'other' }],
    ],
    [
      'The 30 pupils seized from Kaduna are still missing.',
      [{ v: [30, 30], pop: 'children', status: 'other' }],
    ],
    ['Gunmen abducted 30 pupils near Kaduna.', [{ v: [30, 30], pop: 'children', status: 'other' }]],
  ]);
  runProbes('fr', [['Les 30 élèves enlevés à Kaduna.', [{ v: [30, 30], pop: 'children', status: 'other' }]]]);
  runProbes('ru', [
    ['30 школьников были похищены у Кадуны.', [{ v: [30, 30], pop: 'children', status: 'other' }]],
  ]);
});

describe('freeing captives is no return home', () => {
  runProbes('en', [
    [
      'The rebels freed 25 Afghan prisoners.',
      [{ v: [25, 25], pop: 'people', origin: ['AF'], status: 'other' }],
    ],
  ]);
  runProbes('fr', [
    [
      'Les rebelles ont libéré 25 prisonniers afghans.',
      [{ v: [25, 25], pop: 'people', origin: ['AF'], status: 'other' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Повстанцы освободили 25 афганских заключённых.',
      [{ v: [25, 25], pop: 'people', origin: ['AF'], status: 'other' }],
    ],
  ]);
});

describe('a participle clause between the noun and the verb of coming from keeps the origin', () => {
  runProbes('en', [
    [
      '14 recruits detained in May came from Niger.',
      [{ v: [14, 14], pop: 'fighters', origin: ['NE'], status: 'detained' }],
    ],
    [
      '14 fighters killed in the ambush come from Chad.',
      [{ v: [14, 14], pop: 'fighters', origin: ['TD'], status: 'killed' }],
    ],
  ]);
  runProbes('fr', [
    [
      '14 recrues arrêtées en mai venaient du Niger.',
      [{ v: [14, 14], pop: 'fighters', origin: ['NE'], status: 'detained' }],
    ],
  ]);
  runProbes('ru', [
    [
      '14 рекрутов, задержанных в мае, прибыли из Нигера.',
      [{ v: [14, 14], pop: 'fighters', origin: ['NE'], status: 'detained' }],
    ],
  ]);
});

describe('a count said to be under 18 counts children', () => {
  runProbes('en', [
    [
      'Among the 75 returnees, 25 were under 18.',
      [
        { v: [75, 75], pop: 'people', status: 'returned' },
        { v: [25, 25], pop: 'children', age: [null, 17] },
      ],
    ],
    ['Police detained 25 people under 18.', [{ v: [25, 25], pop: 'people', age: [null, 17] }]],
  ]);
  runProbes('fr', [
    [
      'Parmi les 75 rapatriés, 25 ont moins de 18 ans.',
      [
        { v: [75, 75], pop: 'people', status: 'returned' },
        { v: [25, 25], pop: 'children', age: [null, 17] },
      ],
    ],
  ]);
});

describe('a whole named by a custody participle after "among" is detained', () => {
  runProbes('ru', [
    [
      'Среди 60 задержанных оказались пятеро подростков.',
      [
        { v: [60, 60], pop: 'people', status: 'detained' },
        { v: [5, 5], pop: 'children' },
      ],
    ],
    [
      'Из 60 задержанных 12 отпущены.',
      [
        { v: [60, 60], pop: 'people', status: 'detained' },
        { v: [12, 12], pop: 'people' },
      ],
    ],
  ]);
});
