// Unit tests for the mechanisms fixed after the seventh batch of document probes (en, fr, ru): one
// block per mechanism, each in sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { runProbes } from './probe-helpers.ts';

const claimsOf = (lang: string, text: string) =>
  extract(text, { lang, published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');

describe('a prison term is no age', () => {
  runProbes('ru', [
    [
      'Суд приговорил семерых боевиков к срокам от 8 до 12 лет колонии.',
      [{ v: [7, 7], pop: 'fighters', status: 'detained', age: [null, null] }],
    ],
    [
      'Шестеро вербовщиков приговорены к лишению свободы сроком от 9 до 14 лет.',
      [{ v: [6, 6], pop: 'fighters', age: [null, null] }],
    ],
    // An age stays an age.
    [
      'Боевики похитили 25 детей в возрасте от 9 до 13 лет.',
      [{ v: [25, 25], pop: 'children', age: [9, 13] }],
    ],
  ]);
  runProbes('fr', [
    [
      'Le tribunal a condamné neuf djihadistes à des peines de 6 à 11 ans de prison.',
      [{ v: [9, 9], pop: 'fighters', age: [null, null] }],
    ],
    [
      'Les 31 enfants, âgés de 8 à 12 ans, ont été libérés.',
      [{ v: [31, 31], pop: 'children', age: [8, 12] }],
    ],
  ]);
});

describe('the age of some members bounds no one else', () => {
  runProbes('en', [
    // "as young as 9" is an age, not a count.
    [
      'The militia recruited 640 boys last year, some as young as 9, the agency said.',
      [{ v: [640, 640], pop: 'children', status: 'joined', age: [null, null] }],
    ],
    ['Rebels held 58 children, the youngest aged 7.', [{ v: [58, 58], pop: 'children', age: [null, null] }]],
  ]);
  runProbes('fr', [
    [
      'Les 73 enfants, dont certains âgés d’à peine 10 ans, avaient été enrôlés.',
      [{ v: [73, 73], pop: 'children', age: [null, null] }],
    ],
  ]);
});

describe('mixed outcomes in one count take status other', () => {
  runProbes('en', [
    [
      'The report attributes the killing and maiming of 418 children to the rebels.',
      [{ v: [418, 418], pop: 'children', status: 'other' }],
    ],
    [
      'At least 87 children were killed or injured in the shelling.',
      [{ v: [87, null], pop: 'children', status: 'other' }],
    ],
    // One outcome stays that outcome.
    [
      'At least 87 children were killed in the shelling.',
      [{ v: [87, null], pop: 'children', status: 'killed' }],
    ],
  ]);
  runProbes('fr', [
    [
      'Au moins 64 enfants ont été tués et blessés lors des combats.',
      [{ v: [64, null], pop: 'children', status: 'other' }],
    ],
  ]);
  runProbes('ru', [
    ['За год 212 детей были убиты или ранены.', [{ v: [212, 212], pop: 'children', status: 'other' }]],
  ]);
});

describe('an article alone names no speaker', () => {
  it('"The estimate that N fighters …" has no source "The"', () => {
    const claims = claimsOf('en', 'The estimate that 350 Kyrgyz fighters had come home was repeated in May.');
    expect(claims.map((c) => c.source)).toEqual([null]);
  });
});

describe('a return to come is no return', () => {
  runProbes('en', [
    [
      'Sweden said it would take back 19 more children before winter.',
      [{ v: [19, 19], pop: 'children', origin: ['SE'], not: 'returned' }],
    ],
    [
      'Sweden took back 19 children in March.',
      [{ v: [19, 19], pop: 'children', origin: ['SE'], status: 'returned' }],
    ],
  ]);
});

describe('a bound after the number stands between it and its noun', () => {
  runProbes('en', [
    [
      'Norway has declined to bring home its 30 or so women in the camps.',
      [{ v: [30, 30], pop: 'women', origin: ['NO'] }],
    ],
  ]);
});

describe('Russian: foreign women, and the camp a return leaves', () => {
  runProbes('ru', [
    [
      'В лагере содержатся около 700 иностранок.',
      [{ v: [700, 700], pop: 'women', origin: ['region:foreign'] }],
    ],
    [
      'Власти Таджикистана вернули из лагеря 84 ребёнка.',
      [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});

describe('an aside before the verb: no intention, and the speaker stands before it', () => {
  runProbes('fr', [
    [
      'Rabat a pour sa part rapatrié 38 enfants marocains.',
      [{ v: [38, 38], pop: 'children', origin: ['MA'], status: 'returned' }],
    ],
    [
      'L’Algérie, de son côté, affirme que 170 Algériens ont rejoint l’EI.',
      [{ v: [170, 170], pop: 'people', origin: ['DZ'], source: 'L’Algérie' }],
    ],
  ]);
  runProbes('en', [
    [
      'Jordan, for its part, says 2,100 Jordanians joined armed groups in Syria.',
      [{ v: [2100, 2100], pop: 'people', origin: ['JO'], source: 'Jordan' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Азербайджан, в свою очередь, сообщил, что 90 граждан вернулись.',
      [{ v: [90, 90], pop: 'people', origin: ['AZ'], source: 'Азербайджан' }],
    ],
  ]);
});

describe('the country people left is theirs', () => {
  runProbes('en', [
    [
      'Some 470 people have left Austria for Syria since 2014.',
      [{ v: [470, 470], pop: 'people', origin: ['AT'], status: 'joined' }],
    ],
  ]);
  runProbes('fr', [
    [
      'Environ 470 personnes ont quitté l’Autriche pour la Syrie.',
      [{ v: [470, 470], pop: 'people', origin: ['AT'] }],
    ],
  ]);
  runProbes('ru', [
    [
      'Около 470 человек покинули Австрию и уехали в Сирию.',
      [{ v: [470, 470], pop: 'people', origin: ['AT'] }],
    ],
  ]);
});

describe('a comma and a conjunction open the count’s own clause', () => {
  runProbes('en', [
    [
      'Some 900 Swedes travelled to Syria. Roughly half have come home, and about 150 are thought to have died.',
      [
        { v: [900, 900], pop: 'people', origin: ['SE'], status: 'joined' },
        { v: [150, 150], pop: 'people', origin: ['SE'], status: 'killed' },
      ],
    ],
  ]);
});

describe('Russian: the word for a republic links a noun to its name', () => {
  runProbes('ru', [
    [
      'Задержаны четверо уроженцев республики Ингушетия.',
      [{ v: [4, 4], pop: 'people', origin: ['RU'], status: 'detained' }],
    ],
  ]);
});

describe('a news opener after a short subject opens another event', () => {
  runProbes('fr', [
    [
      'Selon Rome, 130 Italiens sont partis en Syrie. La police a par ailleurs interpellé quatre hommes à Milan.',
      [
        { v: [130, 130], pop: 'people', origin: ['IT'], status: 'joined' },
        { v: [4, 4], pop: 'men', status: 'detained' },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'В Сирию уехали 130 граждан Италии. Полиция между тем задержала в Милане четверых мужчин.',
      [
        { v: [130, 130], pop: 'people', origin: ['IT'], status: 'joined' },
        { v: [4, 4], pop: 'men', status: 'detained' },
      ],
    ],
  ]);
});

describe('a return said to be planned after the count is still to come', () => {
  runProbes('fr', [
    [
      'Un rapatriement de 25 enfants belges est prévu en juin.',
      [{ v: [25, 25], pop: 'children', origin: ['BE'], not: 'returned' }],
    ],
  ]);
  runProbes('en', [
    [
      'A repatriation of 25 Belgian children is planned for June.',
      [{ v: [25, 25], pop: 'children', origin: ['BE'], not: 'returned' }],
    ],
    // A return made, then other plans: still a return, and "and more" after a comma is no bound.
    [
      'Belgium repatriated 25 children, and more flights are planned.',
      [{ v: [25, 25], pop: 'children', origin: ['BE'], status: 'returned' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Возвращение 25 детей из Ирака запланировано на июнь.',
      [{ v: [25, 25], pop: 'children', not: 'returned' }],
    ],
  ]);
});

describe('armed groups of the wider field are named', () => {
  runProbes('en', [
    [
      'Fighters of the M23 recruited 130 boys near Rutshuru.',
      [{ v: [130, 130], pop: 'children', aff: 'other' }],
    ],
  ]);
  runProbes('fr', [
    [
      'Les miliciens de la CODECO ont tué 22 civils en Ituri.',
      [{ v: [22, 22], pop: 'people', status: 'killed', aff: 'other' }],
    ],
  ]);
});

describe('a country with a share verb is the origin of its share', () => {
  runProbes('en', [
    [
      'Some 2,000 fighters came from the Balkans. Bosnia alone accounts for about 330 of them.',
      [
        { v: [2000, 2000], pop: 'fighters', origin: ['region:europe'] },
        { v: [330, 330], pop: 'fighters', origin: ['BA'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Из Центральной Азии в Сирию выехали около 3000 человек. На Таджикистан приходится около 1100 из них.',
      [
        { v: [3000, 3000], pop: 'people', origin: ['region:central-asia'] },
        { v: [1100, 1100], pop: 'people', origin: ['TJ'] },
      ],
    ],
  ]);
});

describe('a fronted partitive names the people of a count without a noun', () => {
  runProbes('en', [
    [
      'Some 700 Swedes went to Syria. About 300 have returned. Of the women, 45 are in prison.',
      [
        { v: [700, 700], pop: 'people', origin: ['SE'] },
        { v: [300, 300], pop: 'people', origin: ['SE'], status: 'returned' },
        { v: [45, 45], pop: 'women', origin: ['SE'], status: 'detained', quote: 'women, 45' },
      ],
    ],
  ]);
});

describe('an age said of the same people in the next sentence', () => {
  runProbes('en', [
    [
      'Troops freed 31 children from a rebel camp. The children, aged 10 to 16, had been held for months.',
      [{ v: [31, 31], pop: 'children', age: [10, 16] }],
    ],
    // Other people in the next sentence: no age carried.
    [
      'Troops freed 31 children from a rebel camp. The women, aged 20 to 30, had been held for months.',
      [{ v: [31, 31], pop: 'children', age: [null, null] }],
    ],
  ]);
});

describe('a nationality is read within its own sentence', () => {
  // The preposition of the sentence before ("d'entre eux … tués.") does not make "Les Kazakhs" qualify
  // another noun.
  runProbes('fr', [
    [
      'Environ 900 Ouzbeks ont rejoint l’EI. Quelque 200 d’entre eux auraient été tués. Les Kazakhs seraient une centaine.',
      [
        { v: [900, 900], pop: 'people', origin: ['UZ'] },
        { v: [200, 200], pop: 'people', origin: ['UZ'], status: 'killed' },
        { v: [100, 100], pop: 'people', origin: ['KZ'] },
      ],
    ],
    [
      'Parmi les 80 Tadjiks, 30 ont regagné leur pays.',
      [
        { v: [80, 80], pop: 'people', origin: ['TJ'] },
        { v: [30, 30], pop: 'people', origin: ['TJ'], status: 'returned' },
      ],
    ],
  ]);
});

describe('"after their return" says when, not what became of them', () => {
  runProbes('fr', [
    [
      'Dès leur retour, 14 femmes ont été placées en détention.',
      [{ v: [14, 14], pop: 'women', status: 'detained' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Четырнадцать женщин после возвращения были задержаны.',
      [{ v: [14, 14], pop: 'women', status: 'detained' }],
    ],
  ]);
});
