// Unit tests for the mechanisms fixed in the eleventh European round (en, fr, ru): one block per
// mechanism, each in sentences written for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a modal before a return verb ("must", "doit", "должен") leaves the return to come', () => {
  runProbes('en', [
    [
      'Tajikistan should take back 120 women held in Syrian camps.',
      [{ v: [120, 120], pop: 'women', origin: ['TJ'], not: 'returned' }],
    ],
    [
      'Turkmenistan has to repatriate 45 orphans this winter.',
      [{ v: [45, 45], pop: 'children', origin: ['TM'], not: 'returned' }],
    ],
  ]);
  runProbes('fr', [
    [
      'La Tunisie devrait rapatrier 18 orphelins avant l’été.',
      [{ v: [18, 18], pop: 'children', origin: ['TN'], not: 'returned' }],
    ],
    [
      'La Belgique pourrait rapatrier 10 mineurs de plus.',
      [{ v: [10, 10], pop: 'children', origin: ['BE'], not: 'returned' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Туркмения должна вернуть 60 женщин из лагерей.',
      [{ v: [60, 60], pop: 'women', origin: ['TM'], not: 'returned' }],
    ],
    [
      'Азербайджан может вернуть ещё 45 детей из Ирака.',
      [{ v: [45, 45], pop: 'children', origin: ['AZ'], not: 'returned' }],
    ],
  ]);
});

describe('the return verb itself, in every form, makes the count a return', () => {
  // « renvoyer »: sent back, unless sent to trial.
  runProbes('fr', [
    [
      'L’Irak a renvoyé 31 femmes tadjikes vers Douchanbé.',
      [{ v: [31, 31], pop: 'women', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Sept jihadistes ont été renvoyés devant un tribunal correctionnel.',
      [{ v: [7, 7], pop: 'fighters', not: 'returned' }],
    ],
  ]);
  // "передала": the feminine (and neuter) past hands over too; the dative needs no preposition.
  runProbes('ru', [
    [
      'Сирийская сторона передала 19 женщин казахстанским властям.',
      [{ v: [19, 19], pop: 'women', origin: ['KZ'], status: 'returned' }],
    ],
    [
      'Командование передало 8 подростков узбекской стороне.',
      [{ v: [8, 8], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
  ]);
});

describe('Russian "обратно" after the counted phrase completes the verb before it: sent back', () => {
  runProbes('ru', [
    [
      'Турция отправила 16 граждан обратно в Таджикистан.',
      [{ v: [16, 16], pop: 'people', origin: ['TJ'], status: 'returned' }],
    ],
    ['Ирак выслал 25 женщин обратно на родину.', [{ v: [25, 25], pop: 'women', status: 'returned' }]],
    // Without the adverb, sending is sending away.
    ['Вербовщики отправили 16 подростков в Сирию.', [{ v: [16, 16], pop: 'children', not: 'returned' }]],
  ]);
});

describe('a pronoun that speaks takes the speaker named before, or the person the sentence before names', () => {
  runProbes('en', [
    [
      'Maria Lopez runs the clinic in the annex. "Some 70 boys pass through each week," she said.',
      [{ v: [70, 70], pop: 'children', source: 'Maria Lopez' }],
    ],
    [
      'The prosecutor said 12 men were charged. "Another 30 women are under investigation," he added.',
      [
        { v: [12, 12], pop: 'men', source: 'The prosecutor' },
        { v: [30, 30], pop: 'women', source: 'The prosecutor' },
      ],
    ],
  ]);
  runProbes('fr', [
    [
      'Claire Martin dirige l’association depuis 2019. « Nous suivons 64 enfants rapatriés », a-t-elle expliqué.',
      [{ v: [64, 64], pop: 'children', source: 'Claire Martin' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Анна Смирнова работает с семьями вернувшихся. «Мы опекаем 48 детей», — рассказала она.',
      [{ v: [48, 48], pop: 'children', source: 'Анна Смирнова' }],
    ],
    // No one named before: the pronoun itself is the source.
    [
      'Лагерь переполнен. «Здесь живут 900 детей», — сказал он.',
      [{ v: [900, 900], pop: 'children', source: 'он' }],
    ],
  ]);
});

describe('a status noun in the fronted whole ("Parmi ces rapatriés,") leaves the part its own verb', () => {
  runProbes('fr', [
    [
      'L’Allemagne a fait revenir 90 femmes. Parmi ces rapatriées, 25 ont été inculpées.',
      [
        { v: [90, 90], pop: 'women', origin: ['DE'], status: 'returned' },
        { v: [25, 25], pop: 'women', origin: ['DE'], status: 'detained' },
      ],
    ],
    // With no verb of its own, the part is what the whole is.
    [
      'Au total, 410 Marocains sont rentrés. Parmi les rapatriés, 96 mineurs.',
      [
        { v: [410, 410], pop: 'people', origin: ['MA'], status: 'returned' },
        { v: [96, 96], pop: 'children', origin: ['MA'], status: 'returned' },
      ],
    ],
  ]);
});

describe('returnees held after coming back are held at home, not in the war zone they left', () => {
  runProbes('en', [
    [
      'Some 210 Tunisians came home from Libya last year. Of the 210 returnees, 85 were imprisoned.',
      [
        { v: [210, 210], pop: 'people', origin: ['TN'], status: 'returned' },
        { v: [85, 85], pop: 'people', origin: ['TN'], status: 'detained', loc: ['TN'] },
      ],
    ],
  ]);
  runProbes('fr', [
    [
      'Quelque 120 Français sont revenus d’Irak. Parmi eux, 70 ont été écroués.',
      [
        { v: [120, 120], pop: 'people', origin: ['FR'], status: 'returned' },
        { v: [70, 70], pop: 'people', origin: ['FR'], status: 'detained', loc: ['FR'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Из Сирии вернулись 310 граждан Азербайджана. Из них 95 были осуждены.',
      [
        { v: [310, 310], pop: 'people', origin: ['AZ'], status: 'returned' },
        { v: [95, 95], pop: 'people', origin: ['AZ'], status: 'detained', loc: ['AZ'] },
      ],
    ],
    // Still held in the war zone: "в Ираке" is their own clause's place.
    [
      'Из Сирии вернулись 310 граждан Азербайджана. Еще 95 женщин задержаны в Ираке.',
      [
        { v: [310, 310], pop: 'people', origin: ['AZ'], status: 'returned' },
        { v: [95, 95], pop: 'women', status: 'detained', loc: ['IQ'] },
      ],
    ],
  ]);
});

describe('a war zone the part’s own sentence names stays its location', () => {
  runProbes('en', [
    [
      'Some 210 Tunisians came home from Libya. Of the 210 returnees, 85 had been jailed in Libya.',
      [
        { v: [210, 210], pop: 'people', origin: ['TN'], status: 'returned' },
        { v: [85, 85], pop: 'people', origin: ['TN'], status: 'detained', loc: ['LY'] },
      ],
    ],
  ]);
});

describe('a place after a noun and its preposition ("les attentats de Bruxelles") is no fronted origin', () => {
  runProbes('fr', [
    ['Les explosions de Bruxelles ont blessé 45 personnes.', [{ v: [45, 45], pop: 'people' }]],
    ['L’attaque de Mopti a tué 14 enfants.', [{ v: [14, 14], pop: 'children', status: 'killed' }]],
    // Fronted alone, the place is where they come from.
    [
      'Du Tadjikistan, 85 personnes sont parties en Syrie.',
      [{ v: [85, 85], pop: 'people', origin: ['TJ'], status: 'joined' }],
    ],
  ]);
});
