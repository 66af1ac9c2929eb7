// People handed over to a state's authorities named by a nationality go to that country: its people.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a nationality qualifying the authorities people are handed to names their country', () => {
  runProbes('en', [
    [
      'Turkish police handed over 35 children to the Tajik authorities at Istanbul airport.',
      [{ v: [35, 35], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
  runProbes('fr', [
    [
      "L'Irak a remis 12 femmes aux autorités kazakhes lundi.",
      [{ v: [12, 12], pop: 'women', origin: ['KZ'], status: 'returned' }],
    ],
  ]);
  runProbes('ar', [
    [
      'سلمت السلطات التركية 35 طفلا إلى السلطات الطاجيكية في مطار إسطنبول.',
      [{ v: [35, 35], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});
