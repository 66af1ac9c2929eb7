// A second set of mechanisms found by saying the same facts in four languages and comparing what the
// engine reads. Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('Russian: every pairing of killed with wounded or maimed is a mixed outcome (other)', () => {
  runProbes('ru', [
    ['В Сомали 25 детей были убиты или покалечены.', [{ v: [25, 25], pop: 'children', status: 'other' }]],
    ['За месяц погибли или искалечены 14 детей.', [{ v: [14, 14], pop: 'children', status: 'other' }]],
    ['За месяц погибли 14 детей.', [{ v: [14, 14], pop: 'children', status: 'killed' }]],
  ]);
});

describe('a verb of escape or release after a custody participle is what befell them', () => {
  runProbes('fr', [
    ['Cinq femmes détenues par le JNIM se sont évadées.', [{ v: [5, 5], pop: 'women', status: 'other' }]],
  ]);
  runProbes('ru', [
    [
      'Пять женщин, удерживаемых боевиками, были освобождены.',
      [{ v: [5, 5], pop: 'women', status: 'other' }],
    ],
  ]);
});

describe('Russian: "до" after a verb of change or a hedge is the figure reached, no upper bound', () => {
  runProbes('ru', [
    ['Число детей в лагере сократится до 50.', [{ v: [50, 50], pop: 'children', status: 'present' }]],
    [
      'Число узбекских боевиков снизилось примерно до 400.',
      [{ v: [400, 400], pop: 'fighters', origin: ['UZ'] }],
    ],
    ['До 300 детей остаются в лагере.', [{ v: [null, 300], pop: 'children', status: 'present' }]],
  ]);
});

describe('Russian: crossing into a conflict zone is going to the war', () => {
  runProbes('ru', [
    [
      'Около 50 узбекских боевиков перешли в Афганистан весной.',
      [{ v: [50, 50], pop: 'fighters', origin: ['UZ'], status: 'joined' }],
    ],
    // Going over to another side is no move to a place.
    ['12 боевиков перешли на сторону правительства.', [{ v: [12, 12], pop: 'fighters', not: 'joined' }]],
  ]);
});
