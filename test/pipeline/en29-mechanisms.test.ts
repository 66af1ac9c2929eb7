// The second conjunct's own verb governs its count in every language that has the pack's coordinatedVerb
// (en29): "recruited 40 men and attacked 12 soldiers" does not make the soldiers recruits.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('fr: a participle of its own after "et" (en29)', () => {
  runProbes('fr', [
    [
      'Les militants ont recruté 40 hommes et attaqué 12 soldats.',
      [
        { v: [40, 40], pop: 'men', status: 'joined' },
        { v: [12, 12], pop: 'fighters', status: 'other' },
      ],
    ],
    [
      'Le groupe a recruté 40 garçons et livré 12 filles à ses combattants.',
      [
        { v: [40, 40], pop: 'children', status: 'joined' },
        { v: [12, 12], pop: 'children', status: 'other' },
      ],
    ],
    [
      "L'armée a arrêté 40 hommes et recensé 12 femmes.",
      [
        { v: [40, 40], pop: 'men', status: 'detained' },
        { v: [12, 12], pop: 'women', status: 'detained' },
      ],
    ],
  ]);
});

describe('ru: a past tense of its own after "и" (en29)', () => {
  runProbes('ru', [
    [
      'Группировка завербовала 40 мужчин и атаковала 12 солдат.',
      [
        { v: [40, 40], pop: 'men', status: 'joined' },
        { v: [12, 12], pop: 'fighters', status: 'other' },
      ],
    ],
    [
      'Полиция задержала 40 мужчин и около 12 женщин.',
      [
        { v: [40, 40], pop: 'men', status: 'detained' },
        { v: [12, 12], pop: 'women', status: 'detained' },
      ],
    ],
  ]);
});
