// English probes for issue 9 (generality): sentences written for this test in the way wire copy,
// UN (Children and Armed Conflict) and NGO reports word these counts; no report text. Each probe
// states what ../shared/eval/GUIDELINES.md requires.
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('en', text, want));
};

describe('English counts without a noun take their antecedent', () => {
  run([
    [
      'Albanian officials say 144 Albanians travelled to Syria; 27 of them have died and a further 40 have come home.',
      [
        { v: [144, 144], pop: 'people', origin: ['AL'], status: 'joined' },
        { v: [27, 27], pop: 'people', origin: ['AL'], status: 'killed' },
        { v: [40, 40], pop: 'people', origin: ['AL'], status: 'returned' },
      ],
    ],
    [
      'Of the foreign fighters held by the SDF, 120 are from Tunisia and 85 from Morocco.',
      [
        { v: [120, 120], pop: 'fighters', origin: ['TN'] },
        { v: [85, 85], pop: 'fighters', origin: ['MA'] },
      ],
    ],
    [
      'The number of Kyrgyz children still in the camps stands at 79.',
      [{ v: [79, 79], pop: 'children', origin: ['KG'] }],
    ],
    [
      // Joining is not fighting; killed fighting makes the part fighters.
      'Some 150 Tajiks joined the Islamic State, and 40 of them were killed fighting in Iraq.',
      [
        { v: [150, 150], pop: 'people', origin: ['TJ'], status: 'joined', aff: 'isis' },
        { v: [40, 40], pop: 'fighters', origin: ['TJ'], status: 'killed' },
      ],
    ],
  ]);
});

describe('English collective numbers, vague plurals, ranges and bounds', () => {
  run([
    [
      'Two dozen boys were recruited by al-Shabaab in Lower Shabelle last month.',
      [{ v: [24, 24], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    [
      'A dozen Uzbek women were repatriated from Roj camp on Tuesday.',
      [{ v: [12, 12], pop: 'women', origin: ['UZ'], status: 'returned' }],
    ],
    ['Hundreds of children have been used as spies and messengers by the Houthis.', []],
    [
      'Between 200 and 300 Moroccans are believed to be fighting with ISIS in Syria.',
      [{ v: [200, 300], pop: 'fighters', origin: ['MA'], aff: 'isis' }],
    ],
    [
      'Up to 1,500 Kazakh citizens may have travelled to Syria, according to the National Security Committee.',
      [
        {
          v: [null, 1500],
          pop: 'people',
          origin: ['KZ'],
          status: 'joined',
          source: 'the National Security Committee',
        },
      ],
    ],
    [
      'Nearly 2,000 foreign fighters from Europe remain in SDF custody.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:europe'], status: 'detained' }],
    ],
    [
      'A score of Chechen women were flown back to Grozny.',
      [{ v: [20, 20], pop: 'women', origin: ['RU'], status: 'returned' }],
    ],
  ]);
});

describe('English status of the counted phrase', () => {
  run([
    [
      'At least 19 children were killed and 34 maimed in airstrikes in Yemen.',
      [
        { v: [19, null], pop: 'children', status: 'killed' },
        { v: [34, 34], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The 120 wounded were taken to hospital in Mogadishu.',
      [{ v: [120, 120], pop: 'people', status: 'other' }],
    ],
    [
      'Sweden plans to repatriate 22 children from al-Hol next month.',
      [{ v: [22, 22], pop: 'children', origin: ['SE'], status: 'present' }],
    ],
    [
      'Nigeria handed over 183 children to UNICEF after screening them for links with Boko Haram.',
      [{ v: [183, 183], pop: 'children' }],
    ],
    [
      'Russia has brought back 341 children from Iraq and Syria, said Anna Kuznetsova.',
      [{ v: [341, 341], pop: 'children', origin: ['RU'], status: 'returned', source: 'Anna Kuznetsova' }],
    ],
  ]);
});

describe('English affiliations in their usual spellings', () => {
  run([
    [
      'ISWAP fighters abducted 17 girls from a school in Borno State.',
      [{ v: [17, 17], pop: 'children', aff: 'isis' }],
    ],
    [
      'The Taliban released 400 prisoners, the Afghan government said.',
      [{ v: [400, 400], pop: 'people', aff: 'taliban', source: 'the Afghan government' }],
    ],
    [
      'The Turkistan Islamic Party has about 1,000 fighters in Idlib, a UN monitoring report said.',
      [{ v: [1000, 1000], pop: 'fighters', aff: 'other', source: 'a UN monitoring report' }],
    ],
    [
      'Hayat Tahrir al-Sham detained 35 men accused of spying.',
      [{ v: [35, 35], pop: 'men', aff: 'al-nusra', status: 'detained' }],
    ],
    [
      'The UN verified the recruitment and use of 1,123 children by the Houthis in Yemen.',
      [{ v: [1123, 1123], pop: 'children', aff: 'other', status: 'joined' }],
    ],
  ]);
});

describe('English mechanisms found on dev errors (sentences written here)', () => {
  run([
    // A nationality between a number and a currency: money, not people.
    ['Recruiters paid families about 40,000 Sudanese pounds for each boy.', []],
    // A status word in brackets is the aside's: the list item after it keeps the fighting of the sentence before.
    [
      'Some 900 Tajik nationals have fought for IS. Besides, 300 people from Uzbekistan (25 people have come back) and 200 people from Turkmenistan.',
      [
        { v: [900, 900], pop: 'fighters', origin: ['TJ'] },
        { v: [300, 300], pop: 'fighters', origin: ['UZ'] },
        { v: [25, 25], pop: 'people', origin: ['UZ'], status: 'returned' },
        { v: [200, 200], pop: 'fighters', origin: ['TM'] },
      ],
    ],
    // A place said of "one of whom" is that one's, and so is the age.
    [
      'The video shows five boys, one of whom is a 9-year-old from Azerbaijan.',
      [{ v: [5, 5], pop: 'children', origin: [] }],
    ],
    [
      'About 9,000 women live in what aid workers call an open-air prison.',
      [{ v: [9000, 9000], pop: 'women', status: 'present' }],
    ],
  ]);
});

describe('English second batch: attribution, bounds, frames', () => {
  run([
    // "claimed by" says who did the deed, not who gave the number; "an estimated" is no speaker.
    [
      'In an ambush claimed by ISWAP, 31 soldiers were killed.',
      [{ v: [31, 31], pop: 'fighters', status: 'killed', aff: 'isis', source: null }],
    ],
    [
      'An estimated 4,000 Europeans went to Syria, and about 30% of them have returned.',
      [{ v: [4000, 4000], pop: 'people', origin: ['region:europe'], source: null }],
    ],
    ['At least, 27 civilians died in the attack.', [{ v: [27, null], pop: 'people', status: 'killed' }]],
    [
      'The number of children taken to Iraq from Chechnya has reached 300.',
      [{ v: [300, 300], pop: 'children', origin: ['RU'] }],
    ],
    [
      'Some 654 Kyrgyz citizens are waging war alongside IS in Syria.',
      [{ v: [654, 654], pop: 'fighters', origin: ['KG'], aff: 'isis' }],
    ],
  ]);
});

describe('English third batch: a part that fights, its own group; bail', () => {
  run([
    // Joining is not fighting; a part said to go and fight is fighters, with the group of its clause.
    [
      'About 250 Jordanians have joined HTS, while 90 went to fight for the Islamic State.',
      [
        { v: [250, 250], pop: 'people', origin: ['JO'], status: 'joined', aff: 'al-nusra' },
        { v: [90, 90], pop: 'fighters', origin: ['JO'], aff: 'isis' },
      ],
    ],
    [
      'Around 70 Azerbaijani teenagers were released on bail.',
      [{ v: [70, 70], pop: 'children', origin: ['AZ'], status: 'other' }],
    ],
  ]);
});
