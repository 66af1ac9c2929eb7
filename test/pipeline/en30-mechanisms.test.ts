// The mechanisms of the thirtieth English round, each pinned by sentences written for this test (no
// report's text) and by a counter-case that guards it from over-reach.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en30: a nationality adjective before a coordinated count shares its noun (demonymNounEnding)', () => {
  runProbes('en', [
    [
      'The camp holds 150 French and 90 Belgian children.',
      [
        { v: [150, 150], pop: 'children', origin: ['FR'] },
        { v: [90, 90], pop: 'children', origin: ['BE'] },
      ],
    ],
    [
      'The 40 Kazakh and 30 Uzbek women were transferred to Roj camp.',
      [
        { v: [40, 40], pop: 'women', origin: ['KZ'], status: 'present' },
        { v: [30, 30], pop: 'women', origin: ['UZ'], status: 'present' },
      ],
    ],
    [
      'The group included 14 Russian, 9 Chechen and 6 Azerbaijani children.',
      [
        { v: [14, 14], pop: 'children', origin: ['RU'] },
        { v: [9, 9], pop: 'children', origin: ['RU'] },
        { v: [6, 6], pop: 'children', origin: ['AZ'] },
      ],
    ],
    [
      'Some 300 Tunisian and 200 Libyan militants were killed.',
      [
        { v: [300, 300], pop: 'fighters', origin: ['TN'], status: 'killed' },
        { v: [200, 200], pop: 'fighters', origin: ['LY'], status: 'killed' },
      ],
    ],
    // Counter-cases: a plural nationality noun counts people of its own.
    [
      'Police detained 5 Tajiks and 3 Kyrgyz nationals suspected of recruiting for ISIS.',
      [
        { v: [5, 5], pop: 'people', origin: ['TJ'], status: 'detained' },
        { v: [3, 3], pop: 'people', origin: ['KG'], status: 'detained' },
      ],
    ],
    [
      'Officials counted 300 Tunisians and 200 Libyan militants.',
      [
        { v: [300, 300], pop: 'people', origin: ['TN'] },
        { v: [200, 200], pop: 'fighters', origin: ['LY'] },
      ],
    ],
  ]);
});

describe('en30: a heading ending with a colon sets its list items status; a labelled state is their origin', () => {
  runProbes('en', [
    [
      'Repatriations carried out in 2020:\n- Uzbekistan: 98 women\n- Tajikistan: 84 children',
      [
        { v: [98, 98], pop: 'women', origin: ['UZ'], status: 'returned' },
        { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' },
      ],
    ],
    [
      'Citizens who left to join ISIS, by country of origin:\n1. Belgium: 470 people\n2. Austria: 300 people',
      [
        { v: [470, 470], pop: 'people', origin: ['BE'], status: 'joined' },
        { v: [300, 300], pop: 'people', origin: ['AT'], status: 'joined' },
      ],
    ],
    [
      'Children maimed in 2020:\n- Afghanistan: 1,250 children\n- Somalia: 410 children',
      [
        { v: [1250, 1250], pop: 'children', status: 'other', loc: ['AF'] },
        { v: [410, 410], pop: 'children', status: 'other', loc: ['SO'] },
      ],
    ],
    // Counter-cases: a heading with no status word gives none; a war zone people join in is where they are.
    [
      'The ministry gave these figures:\n- Kazakhstan: 607 children',
      [{ v: [607, 607], pop: 'children', status: 'present' }],
    ],
    [
      'The report lists the following:\nSyria: 607 children were recruited.',
      [{ v: [607, 607], pop: 'children', status: 'joined', loc: ['SY'] }],
    ],
  ]);
});

describe('en30: leaving a country at peace for a war is a departure', () => {
  runProbes('en', [
    [
      'About 120 Swedes have left Sweden for Iraq and Syria since 2012.',
      [{ v: [120, 120], pop: 'people', origin: ['SE'], status: 'joined' }],
    ],
    [
      'Some 250 people left Austria for Syria, the interior ministry said.',
      [{ v: [250, 250], pop: 'people', origin: ['AT'], status: 'joined', source: 'the interior ministry' }],
    ],
    [
      'Around 40 Danish citizens left Denmark for Syria in 2013.',
      [{ v: [40, 40], pop: 'people', origin: ['DK'], status: 'joined' }],
    ],
    // Counter-cases: out of a war to a country at peace, from one war to another.
    ['Some 300 refugees left Syria for Turkey last year.', [{ v: [300, 300], pop: 'people', not: 'joined' }]],
    ['ISIS moved 300 fighters from Iraq to Syria.', [{ v: [300, 300], pop: 'fighters', not: 'joined' }]],
  ]);
});

describe('en30: fighting as a noun of time or cause is not the counted people fighting', () => {
  runProbes('en', [
    [
      'Some 2,000 civilians fled the town amid heavy fighting between the army and ISIS.',
      [{ v: [2000, 2000], pop: 'people', status: 'other' }],
    ],
    [
      'About 300 local men were killed as the fighting spread to Raqqa.',
      [{ v: [300, 300], pop: 'men', status: 'killed' }],
    ],
    [
      'Some 600 villagers were displaced as fighting moved south.',
      [{ v: [600, 600], pop: 'people', status: 'other' }],
    ],
    // Counter-case: people who fight are fighters.
    [
      'Around 70 Kazakh nationals were fighting alongside ISIS as the fighting reached Mosul.',
      [{ v: [70, 70], pop: 'fighters', origin: ['KZ'], aff: 'isis' }],
    ],
  ]);
});

describe('en30: researchers who interviewed the people they count are the source', () => {
  runProbes('en', [
    [
      'Human Rights Watch interviewed 25 women who had lived under ISIS rule in Mosul.',
      [{ v: [25, 25], pop: 'women', source: 'Human Rights Watch' }],
    ],
    [
      'Amnesty International interviewed 12 former child soldiers recruited by the FDLR.',
      [{ v: [12, 12], pop: 'children', status: 'joined', source: 'Amnesty International' }],
    ],
    [
      'In Raqqa, researchers interviewed 30 Yazidi survivors who had been held by ISIS.',
      [{ v: [30, 30], pop: 'people', source: 'researchers' }],
    ],
    // Counter-cases: the people counted who spoke to someone are no source's count; whom a speaker spoke
    // to is no source.
    [
      'Some 25 women who spoke to reporters in the camp said their husbands had been killed.',
      [{ v: [25, 25], pop: 'women', source: null }],
    ],
    [
      'Maria Lopez, the UN envoy, spoke to journalists. "We registered 61 girls in the camp," she said.',
      [{ v: [61, 61], pop: 'children', source: 'Maria Lopez' }],
    ],
  ]);
});

describe('en30: a count in brackets after a deed counts the people the deeds list is of', () => {
  runProbes('en', [
    [
      'In 2020 the UN verified the killing (95) and maiming (310) of children in Afghanistan.',
      [
        { v: [95, 95], pop: 'children', status: 'killed', loc: ['AF'] },
        { v: [310, 310], pop: 'children', status: 'other', loc: ['AF'] },
      ],
    ],
    [
      'Some 500 boys were killed (120) or maimed (380) in the fighting, the report said.',
      [
        { v: [500, 500], pop: 'children' },
        { v: [120, 120], pop: 'children', status: 'killed' },
        { v: [380, 380], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The United Nations verified the deprivation of liberty of 35 children in Iraq.',
      [{ v: [35, 35], pop: 'children', status: 'detained', loc: ['IQ'] }],
    ],
    // Counter-case: a count in brackets after an actor's name is that actor's share, in the whole's status.
    [
      'The UN verified the recruitment of 274 children by the Houthis (248) and government forces (26).',
      [
        { v: [274, 274], pop: 'children', status: 'joined' },
        { v: [248, 248], pop: 'children', status: 'joined' },
        { v: [26, 26], pop: 'children', status: 'joined' },
      ],
    ],
  ]);
});

describe('en30: sent to a camp is held there, not gone to war', () => {
  runProbes('en', [
    [
      'The authorities sent 45 women to a camp in northern Syria.',
      [{ v: [45, 45], pop: 'women', status: 'present' }],
    ],
    [
      'Some 300 children were taken to al-Hol camp after the fall of Baghouz.',
      [{ v: [300, 300], pop: 'children', status: 'present' }],
    ],
    ['Some 45 women were sent to Roj camp.', [{ v: [45, 45], pop: 'women', status: 'present' }]],
    // Counter-cases: a training camp, a war, recruited into a centre (no verb of sending).
    [
      'The Houthis recruited 300 boys into summer centres.',
      [{ v: [300, 300], pop: 'children', status: 'joined' }],
    ],
    [
      'ISIS sent 45 boys to a training camp in Raqqa.',
      [{ v: [45, 45], pop: 'children', status: 'joined', aff: 'isis' }],
    ],
    ['Some 45 young men were sent to Syria by recruiters.', [{ v: [45, 45], pop: 'men', status: 'joined' }]],
  ]);
});

describe('en30: a word for one is an age bound only with its unit', () => {
  runProbes('en', [
    [
      'About 90 women left al-Hol camp under a tribal sponsorship scheme.',
      [{ v: [90, 90], pop: 'women', age: [null, null] }],
    ],
    [
      'Some 40 families were resettled under one programme last year.',
      [{ v: [40, 40], pop: 'families', age: [null, null] }],
    ],
    // Counter-cases: the unit said, or another number word.
    [
      'About 90 children under a year old were in the camp.',
      [{ v: [90, 90], pop: 'children', age: [null, 0] }],
    ],
    ['About 90 children under five were in the camp.', [{ v: [90, 90], pop: 'children', age: [null, 4] }]],
  ]);
});
