// Mechanisms found by saying the same facts in four languages and comparing what the engine reads
// (a third set). Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a death sentence is a sentence: detained, not killed', () => {
  runProbes('en', [
    [
      'A court in Baghdad sentenced 9 Belgian citizens to death.',
      [{ v: [9, 9], pop: 'people', origin: ['BE'], status: 'detained' }],
    ],
    // No verb of sentencing: a killing.
    ['Gunmen beat 3 villagers to death.', [{ v: [3, 3], pop: 'people', status: 'killed' }]],
  ]);
  runProbes('fr', [
    [
      'La cour a condamné à mort 9 ressortissants belges.',
      [{ v: [9, 9], pop: 'people', origin: ['BE'], status: 'detained' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Суд приговорил к смертной казни 9 граждан Бельгии.',
      [{ v: [9, 9], pop: 'people', origin: ['BE'], status: 'detained' }],
    ],
  ]);
});

describe('captives killed by the verb right before them are killed', () => {
  runProbes('en', [['The militants executed 5 hostages.', [{ v: [5, 5], pop: 'people', status: 'killed' }]]]);
  runProbes('fr', [
    ['Les ravisseurs ont exécuté 5 otages.', [{ v: [5, 5], pop: 'people', status: 'killed' }]],
  ]);
  runProbes('ru', [['Похитители казнили 5 заложников.', [{ v: [5, 5], pop: 'people', status: 'killed' }]]]);
  // Freed, they stay victims (other).
  runProbes('en', [['Soldiers freed 5 hostages.', [{ v: [5, 5], pop: 'people', status: 'other' }]]]);
});

describe('a count right after a fronted whole is a part of it, whatever its verb', () => {
  runProbes('en', [
    [
      'Of the 250 children, 180 were born in Raqqa.',
      [
        { v: [250, 250], pop: 'children' },
        { v: [180, 180], pop: 'children' },
      ],
    ],
  ]);
  runProbes('fr', [
    [
      'Sur les 250 enfants, 180 sont nés à Raqqa.',
      [
        { v: [250, 250], pop: 'children' },
        { v: [180, 180], pop: 'children' },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Из 250 детей 180 родились в Ракке.',
      [
        { v: [250, 250], pop: 'children' },
        { v: [180, 180], pop: 'children' },
      ],
    ],
  ]);
});

describe('children used by a group are recruited (joined) in French and Russian too', () => {
  runProbes('fr', [
    ['La milice a utilisé 25 garçons comme messagers.', [{ v: [25, 25], pop: 'children', status: 'joined' }]],
  ]);
  runProbes('ru', [
    ['Боевики использовали 25 мальчиков как связных.', [{ v: [25, 25], pop: 'children', status: 'joined' }]],
  ]);
});

describe('a word after "and" with a count right after it is a verb, not a thing counted with people', () => {
  runProbes('en', [
    [
      'Police detained 30 men and released 8 women.',
      [
        { v: [30, 30], pop: 'men', status: 'detained' },
        { v: [8, 8], pop: 'women' },
      ],
    ],
    // People counted with things are still no count of people.
    ['The list names 90 persons and charities.', []],
  ]);
  runProbes('fr', [
    [
      'La police a interpellé 30 hommes et livré 8 femmes aux juges.',
      [
        { v: [30, 30], pop: 'men', status: 'detained' },
        { v: [8, 8], pop: 'women' },
      ],
    ],
  ]);
});

describe('a preposition of a weekday is not the country after it (Russian)', () => {
  runProbes('ru', [
    [
      'В пятницу Таджикистан вернул из Ирака 25 детей.',
      [{ v: [25, 25], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});

describe('Russian: those who came back, a participle used as a noun, are counted', () => {
  runProbes('ru', [
    ['Суд осудил 7 вернувшихся.', [{ v: [7, 7], pop: 'people', status: 'detained' }]],
    // The place they came back from is not their origin.
    [
      'Около 70 вернувшихся из Ирака находятся под наблюдением.',
      [{ v: [70, 70], pop: 'people', origin: [], status: 'returned' }],
    ],
  ]);
});

describe('escaping from a prison is no longer being held (other)', () => {
  runProbes('ru', [
    ['Около 90 заключенных бежали из тюрьмы.', [{ v: [90, 90], pop: 'people', status: 'other' }]],
  ]);
  runProbes('ar', [['فر 90 سجينا من السجن المركزي.', [{ v: [90, 90], pop: 'people', status: 'other' }]]]);
});

describe('a year before the verb says when: the speaker follows the verb (Arabic)', () => {
  runProbes('ar', [
    [
      'وفي عام 2021 قالت اليونيسف إن 75 طفلا جندوا في الصومال.',
      [{ v: [75, 75], pop: 'children', source: 'اليونيسف' }],
    ],
  ]);
  runProbes('fr', [
    [
      "L'ONU a vérifié le recrutement de 75 enfants en Somalie.",
      [{ v: [75, 75], pop: 'children', source: "L'ONU" }],
    ],
  ]);
});

describe('Russian: the singular noun after a numeral ending in 1 counts', () => {
  runProbes('ru', [
    ['Задержан 41 уроженец Киргизии.', [{ v: [41, 41], pop: 'people', origin: ['KG'], status: 'detained' }]],
    ['В Ираке погиб 21 выходец из Таджикистана.', [{ v: [21, 21], pop: 'people', origin: ['TJ'] }]],
  ]);
});

describe('Arabic: a figure reached after a change (ليصل إلى) is exact, no upper bound', () => {
  runProbes('ar', [
    ['ارتفع عدد الأطفال المجندين ليصل إلى 900 طفل.', [{ v: [900, 900], pop: 'children' }]],
    // Alone, "يصل إلى" is still "up to".
    ['قد يصل إلى 900 طفل إلى المخيم.', [{ v: [null, 900], pop: 'children' }]],
  ]);
});

describe('English: detained where a camp is named is held in a camp (present)', () => {
  runProbes('en', [
    [
      'Sixty Belgian women are detained in Roj camp.',
      [{ v: [60, 60], pop: 'women', origin: ['BE'], status: 'present' }],
    ],
    [
      'Kurdish forces detain 60 Belgian women in al-Hol camp.',
      [{ v: [60, 60], pop: 'women', origin: ['BE'], status: 'present' }],
    ],
    // A prison named: detained.
    [
      'Sixty Belgian women are detained in a prison in Hasakah.',
      [{ v: [60, 60], pop: 'women', origin: ['BE'], status: 'detained' }],
    ],
  ]);
});

describe('a place named before a word of prison or camp is where they were held, no origin', () => {
  runProbes('en', [
    [
      'The Taliban freed 45 Uzbek fighters from Bagram prison.',
      [{ v: [45, 45], pop: 'fighters', origin: ['UZ'], loc: ['AF'] }],
    ],
  ]);
});

describe('French: a force holding people (détenir) detains them, unless a camp is named', () => {
  runProbes('fr', [
    [
      'Les FDS détiennent 8 000 combattants de l’EI.',
      [{ v: [8000, 8000], pop: 'fighters', status: 'detained' }],
    ],
    [
      'Les FDS détiennent 300 femmes belges dans le camp de Roj.',
      [{ v: [300, 300], pop: 'women', origin: ['BE'], status: 'present' }],
    ],
  ]);
});
