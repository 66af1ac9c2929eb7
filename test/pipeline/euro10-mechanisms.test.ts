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

describe('a sentence that opens by referring back to the people counted before continues their origin', () => {
  runProbes('en', [
    [
      'Baghdad brought home 210 Iraqi families from the Roj camp. The returnees included 530 children.',
      [
        { v: [210, 210], pop: 'families', origin: ['IQ'], status: 'returned' },
        { v: [530, 530], pop: 'children', origin: ['IQ'], status: 'returned' },
      ],
    ],
    [
      'Baghdad brought home 210 Iraqi families from the Roj camp. They included 530 children.',
      [
        { v: [210, 210], pop: 'families', origin: ['IQ'] },
        { v: [530, 530], pop: 'children', origin: ['IQ'] },
      ],
    ],
    // No word refers back: other people, of no origin.
    [
      'Baghdad brought home 210 Iraqi families from the Roj camp. Aid groups say 530 children remain there.',
      [
        { v: [210, 210], pop: 'families', origin: ['IQ'] },
        { v: [530, 530], pop: 'children' },
      ],
    ],
  ]);
  runProbes('fr', [
    [
      'Bagdad a rapatrié 210 familles irakiennes du camp de Roj. Parmi elles, 530 enfants.',
      [
        { v: [210, 210], pop: 'families', origin: ['IQ'] },
        { v: [530, 530], pop: 'children', origin: ['IQ'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Багдад вернул из лагеря Рож 210 иракских семей. Вместе с ними прибыли 530 детей.',
      [
        { v: [210, 210], pop: 'families', origin: ['IQ'] },
        { v: [530, 530], pop: 'children', origin: ['IQ'] },
      ],
    ],
  ]);
});

describe('a from-link made with the counted noun (habitants au, residents of) names their country, a war zone too', () => {
  runProbes('fr', [
    [
      "La guerre a plongé dans la faim près de 17 millions d'habitants au Yémen, selon le PAM.",
      [{ v: [17000000, 17000000], pop: 'people', origin: ['YE'] }],
    ],
    // A plain "in" is where they are, not where they come from.
    ['Quelque 300 enfants au Yémen ont été recrutés par les milices.', [{ v: [300, 300], pop: 'children' }]],
  ]);
  runProbes('en', [
    [
      'The fighting has cut off some 2 million residents of Syria from food aid.',
      [{ v: [2000000, 2000000], pop: 'people', origin: ['SY'] }],
    ],
  ]);
});

describe('a place noun after the counted noun ("жителей республики", "of the country") is the place named before', () => {
  runProbes('ru', [
    [
      'В Ингушетии арестованы четверо жителей республики, вербовавших молодежь в ИГИЛ.',
      [{ v: [4, 4], pop: 'people', origin: ['RU'], status: 'detained' }],
    ],
    [
      'В Узбекистане к срокам приговорены 9 граждан страны, воевавших в Сирии.',
      [{ v: [9, 9], pop: 'fighters', origin: ['UZ'] }],
    ],
  ]);
  runProbes('en', [
    [
      'In Tajikistan, a court jailed eleven citizens of the country for recruiting on behalf of ISIS.',
      [{ v: [11, 11], pop: 'people', origin: ['TJ'], status: 'detained' }],
    ],
  ]);
  runProbes('fr', [
    [
      'En Tunisie, 23 habitants du pays ont été interpellés pour leurs liens avec Daech.',
      [{ v: [23, 23], pop: 'people', origin: ['TN'], status: 'detained' }],
    ],
  ]);
});

describe('the country whose officials tell of a return is the one bringing its people back', () => {
  runProbes('en', [
    [
      'Officials in Turkmenistan said 44 children had been flown home from camps in Syria.',
      [{ v: [44, 44], pop: 'children', origin: ['TM'], status: 'returned' }],
    ],
    // Not a return: the teller's country says nothing of the people.
    [
      'Officials in Turkmenistan said 44 children remain in camps in Syria.',
      [{ v: [44, 44], pop: 'children', status: 'present' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Как сообщили в МВД Таджикистана, из Ирака на родину доставлены 61 ребенок.',
      [{ v: [61, 61], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});

describe('a nationality naming an armed force in a breakdown by actor is no count of nationals', () => {
  runProbes('en', [
    [
      'The UN verified 940 cases of child recruitment in Somalia, by Al-Shabaab (610), the Somali National Army (85) and clan militias (45).',
      [
        { v: [940, 940], pop: 'children' },
        { v: [610, 610], pop: 'children' },
        { v: [85, 85], pop: 'children' },
        { v: [45, 45], pop: 'children' },
      ],
    ],
  ]);
});
