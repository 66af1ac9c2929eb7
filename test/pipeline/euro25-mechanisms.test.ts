// Unit tests for the mechanisms the twenty-fifth European round fixed (English and Russian). Sentences
// invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a part taken of a whole named by a nationality keeps its count', () => {
  runProbes('en', [
    [
      'Some 40 of the 150 Danes have come back.',
      [
        { v: [40, 40], pop: 'people', origin: ['DK'], status: 'returned' },
        { v: [150, 150], pop: 'people', origin: ['DK'] },
      ],
    ],
    [
      '12 of the 90 Swedes have been jailed.',
      [
        { v: [12, 12], pop: 'people', origin: ['SE'], status: 'detained' },
        { v: [90, 90], pop: 'people', origin: ['SE'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Около 40 из 150 датчан вернулись домой.',
      [
        { v: [40, 40], pop: 'people', origin: ['DK'], status: 'returned' },
        { v: [150, 150], pop: 'people', origin: ['DK'] },
      ],
    ],
  ]);
});

describe('what a part of a counted whole is said to be is not said of the whole', () => {
  runProbes('en', [
    [
      '45 of the 160 returnees are women.',
      [
        { v: [45, 45], pop: 'women' },
        { v: [160, 160], pop: 'people', status: 'returned' },
      ],
    ],
    [
      '45 of the 160 Finns are women.',
      [
        { v: [45, 45], pop: 'women', origin: ['FI'] },
        { v: [160, 160], pop: 'people', origin: ['FI'] },
      ],
    ],
    [
      '45 of the 160 Finnish nationals are women.',
      [
        { v: [45, 45], pop: 'women', origin: ['FI'] },
        { v: [160, 160], pop: 'people', origin: ['FI'] },
      ],
    ],
  ]);
});

describe('losing people named as the object of the verb is their death', () => {
  runProbes('en', [
    ['The battalion lost 22 soldiers near Gao.', [{ v: [22, 22], pop: 'fighters', status: 'killed' }]],
    [
      'The insurgents have lost at least 60 fighters this month.',
      [{ v: [60, null], pop: 'fighters', status: 'killed' }],
    ],
    // Lost with anything but the count after it says nothing of a death.
    [
      'The 25 girls who lost their parents live in the camp.',
      [{ v: [25, 25], pop: 'children', status: 'present' }],
    ],
  ]);
  runProbes('ru', [
    ['Батальон потерял 22 военнослужащих под Гао.', [{ v: [22, 22], pop: 'fighters', status: 'killed' }]],
    ['За месяц боевики потеряли не менее 60 человек.', [{ v: [60, null], pop: 'people', status: 'killed' }]],
  ]);
});

describe('a whole in custody after "among the" is detained, and so are its parts', () => {
  runProbes('en', [
    [
      'Among the 45 detainees were seven boys.',
      [
        { v: [45, 45], pop: 'people', status: 'detained' },
        { v: [7, 7], pop: 'children', status: 'detained' },
      ],
    ],
    [
      'Among the 45 prisoners were seven boys.',
      [
        { v: [45, 45], pop: 'people', status: 'detained' },
        { v: [7, 7], pop: 'children', status: 'detained' },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Среди 45 задержанных оказались семеро подростков.',
      [
        { v: [45, 45], pop: 'people', status: 'detained' },
        { v: [7, 7], pop: 'children', status: 'detained' },
      ],
    ],
  ]);
});

describe('a place inside a participle clause is not the origin the clause closes on', () => {
  runProbes('en', [
    [
      '11 fighters killed in Libya were from Sudan.',
      [{ v: [11, 11], pop: 'fighters', origin: ['SD'], status: 'killed', loc: ['LY'] }],
    ],
    [
      '9 recruits arrested in Mali were all from Niger.',
      [{ v: [9, 9], pop: 'fighters', origin: ['NE'], status: 'detained', loc: ['ML'] }],
    ],
    [
      '9 recruits arrested in Mali were deported.',
      [{ v: [9, 9], pop: 'fighters', status: 'detained', loc: ['ML'] }],
    ],
    [
      '11 fighters killed last month were from Chad.',
      [{ v: [11, 11], pop: 'fighters', origin: ['TD'], status: 'killed' }],
    ],
  ]);
  runProbes('ru', [
    [
      '9 боевиков, убитых в Ливии, были выходцами из Судана.',
      [{ v: [9, 9], pop: 'fighters', origin: ['SD'], status: 'killed', loc: ['LY'] }],
    ],
  ]);
});

describe('a nationality after a participle clause and a copula is theirs', () => {
  runProbes('en', [
    [
      'The 41 gunmen killed were foreigners.',
      [{ v: [41, 41], pop: 'fighters', origin: ['region:foreign'], status: 'killed' }],
    ],
    // A place after "mainly" is said of some of them, not of the count.
    [
      'Forty of the gunmen were foreigners, mainly from Sudan.',
      [{ v: [40, 40], pop: 'fighters', origin: ['region:foreign'] }],
    ],
    [
      '41 fighters captured near Raqqa were Tunisians.',
      [{ v: [41, 41], pop: 'fighters', origin: ['TN'], status: 'detained' }],
    ],
  ]);
  runProbes('ru', [
    [
      '41 боевик, задержанный в Ракке, был иностранцем.',
      [{ v: [41, 41], pop: 'fighters', origin: ['region:foreign'], status: 'detained' }],
    ],
  ]);
});

describe('a phrase of when between a Russian participle and its noun', () => {
  runProbes('ru', [
    [
      '23 задержанных в марте вербовщиков прибыли из Нигера.',
      [{ v: [23, 23], pop: 'fighters', origin: ['NE'], status: 'detained' }],
    ],
    [
      '23 задержанных на этой неделе боевиков прибыли из Чада.',
      [{ v: [23, 23], pop: 'fighters', origin: ['TD'], status: 'detained' }],
    ],
  ]);
});

describe('natives said in a Russian predicate give the origin', () => {
  runProbes('ru', [
    ['21 боевик был уроженцем Ингушетии.', [{ v: [21, 21], pop: 'fighters', origin: ['RU'] }]],
    [
      '21 задержанный боевик был уроженцем Дагестана.',
      [{ v: [21, 21], pop: 'fighters', origin: ['RU'], status: 'detained' }],
    ],
  ]);
});

describe('a list after a colon names everyone a postposed numeral counts', () => {
  runProbes('ru', [
    [
      'Их было шестеро: четверо граждан Узбекистана и двое из Киргизии.',
      [
        { v: [6, 6], pop: 'people', origin: ['KG', 'UZ'] },
        { v: [4, 4], pop: 'people', origin: ['UZ'] },
        { v: [2, 2], pop: 'people', origin: ['KG'] },
      ],
    ],
  ]);
});

describe('a part after a fronted whole does not give the whole its origin', () => {
  runProbes('en', [
    [
      'Of the 2,500 fighters, 400 were from Mali.',
      [
        { v: [2500, 2500], pop: 'fighters' },
        { v: [400, 400], pop: 'fighters', origin: ['ML'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Из 2 500 боевиков 400 были из Мали.',
      [
        { v: [2500, 2500], pop: 'fighters' },
        { v: [400, 400], pop: 'fighters', origin: ['ML'] },
      ],
    ],
  ]);
});

describe('a Russian part right after "из них" said to be under age counts children', () => {
  runProbes('ru', [
    [
      'Узбекистан вернул 90 человек. 40 из них младше 18 лет.',
      [
        { v: [90, 90], pop: 'people', origin: ['UZ'], status: 'returned' },
        { v: [40, 40], pop: 'children', origin: ['UZ'], age: [null, 17] },
      ],
    ],
  ]);
});

describe('UN reporting words: reintegration and maiming are status other', () => {
  runProbes('en', [
    [
      'Of the 900 children separated from armed groups in 2020, some 600 were reintegrated.',
      [
        { v: [900, 900], pop: 'children' },
        { v: [600, 600], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The UN verified the killing of 120 children and the maiming of 300 others.',
      [
        { v: [120, 120], pop: 'children', status: 'killed' },
        { v: [300, 300], pop: 'children', status: 'other' },
      ],
    ],
  ]);
});

describe('a count after a fronted whole counted by its nationality is a part of it, of that nationality', () => {
  runProbes('en', [
    [
      'Of the 80 Belgians, 35 are children.',
      [
        { v: [80, 80], pop: 'people', origin: ['BE'] },
        { v: [35, 35], pop: 'children', origin: ['BE'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Из 80 бельгийцев 35 — дети.',
      [
        { v: [80, 80], pop: 'people', origin: ['BE'] },
        { v: [35, 35], pop: 'children', origin: ['BE'] },
      ],
    ],
  ]);
});

describe('facing charges is before the court, after a return named by a participle too', () => {
  runProbes('en', [
    [
      'Eleven men returned from Iraq face charges of terrorism.',
      [{ v: [11, 11], pop: 'men', status: 'detained' }],
    ],
    ['Eleven women are facing charges.', [{ v: [11, 11], pop: 'women', status: 'detained' }]],
  ]);
});

describe('"N more" after a count counts more of the same people', () => {
  runProbes('en', [
    [
      'Police shot dead four gunmen and arrested three more.',
      [
        { v: [4, 4], pop: 'fighters', status: 'killed' },
        { v: [3, 3], pop: 'fighters', status: 'detained' },
      ],
    ],
    ['250 or more fighters were killed.', [{ v: [250, null], pop: 'fighters', status: 'killed' }]],
  ]);
});
