// Blind probes of the twentieth round, written before looking at the dev errors: people described as
// held somewhere and then moved home (the clause's main verb wins over the participle describing
// them), and an Arabic verb of killing with its subject noun between it and the count.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Closed by left23 (custodyThenReturn: a verb of bringing home after the words of custody).
const OPEN = new Set<string>([]);

describe('English blind probes (20)', () => {
  runProbes(
    'en',
    [
      [
        'Nine Tunisian children kept in a camp in Libya were flown back last week.',
        [{ v: [9, 9], pop: 'children', origin: ['TN'], status: 'returned' }],
      ],
      [
        'About 25 Kazakh women detained in Iraq were repatriated in March.',
        [{ v: [25, 25], pop: 'women', origin: ['KZ'], status: 'returned' }],
      ],
      // The participle alone: where they are held.
      [
        'Some 60 Uzbek men held in Syrian prisons await trial.',
        [{ v: [60, 60], pop: 'men', origin: ['UZ'], not: 'returned' }],
      ],
      // Held after coming back: the return is no main verb.
      [
        'Eleven Tajik women were detained after being repatriated from Syria.',
        [{ v: [11, 11], pop: 'women', origin: ['TJ'], status: 'detained' }],
      ],
    ],
    OPEN,
  );
});

describe('French blind probes (20)', () => {
  runProbes('fr', [
    [
      'Quelque 40 Tunisiennes détenues en Libye ont été rapatriées jeudi.',
      [{ v: [40, 40], pop: 'women', origin: ['TN'], status: 'returned' }],
    ],
    [
      'Les 15 enfants kazakhs retenus en Irak ont été rapatriés en avril.',
      [{ v: [15, 15], pop: 'children', origin: ['KZ'], status: 'returned' }],
    ],
    [
      'Une trentaine de Tadjiks emprisonnés en Syrie sont toujours détenus.',
      [{ v: [30, 30], pop: 'people', origin: ['TJ'], not: 'returned' }],
    ],
    // A breakdown: the later count's from-country is its origin, not the first count's place.
    [
      'Une quarantaine de combattants ont été tués au Niger. Parmi eux, 31 Nigérians et 9 du Tchad.',
      [
        { v: [40, 40], pop: 'fighters', origin: ['NG', 'TD'], loc: ['NE'] },
        { v: [31, 31], pop: 'fighters', origin: ['NG'], loc: ['NE'] },
        { v: [9, 9], pop: 'fighters', origin: ['TD'], loc: ['NE'] },
      ],
    ],
  ]);
});

describe('Russian blind probes (20)', () => {
  runProbes('ru', [
    [
      '30 узбекских детей, содержавшихся в лагере Рож, вернули на родину.',
      [{ v: [30, 30], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
  ]);
});

describe('Arabic blind probes (20)', () => {
  runProbes('ar', [
    ['أعدم المتطرفون 6 رهائن في الصحراء.', [{ v: [6, 6], pop: 'people', status: 'killed' }]],
    ['أعدم المسلحون 5 رهائن في الغابة.', [{ v: [5, 5], pop: 'people', status: 'killed' }]],
    ['قتل الجهاديون 3 أسرى بعد أسبوع.', [{ v: [3, 3], pop: 'people', status: 'killed' }]],
    ['قتل الإرهابيون 12 مدنيا في هجوم على القرية.', [{ v: [12, 12], pop: 'people', status: 'killed' }]],
    // The verb's subject is the count itself: no crossing.
    ['اعتقلت الشرطة 5 أشخاص بتهمة الانتماء إلى داعش.', [{ v: [5, 5], pop: 'people', status: 'detained' }]],
  ]);
});
