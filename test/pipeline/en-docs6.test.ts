// English document probes, sixth batch (issue: generality on unseen reports). Written blind, before any
// dev report was read: every report below is invented for this test. Each is a short report of
// several sentences, so that what single sentences cannot show is exercised: a speaker named once and
// carried on or ended by a new one, counts without a noun resolved to an earlier count, origin said
// once for one group and not given to victims or opponents, the dateline's place vs the counted
// people's, the status of the count's own verb, totals with their parts, and releases cited in news
// prose. Expectations follow ../shared/eval/GUIDELINES.md. Whether a speaker carries over into the
// next sentence when nothing marks a new topic is not settled by the guideline: source is checked only
// where a new speaker or topic is marked.
import { describe, it } from 'vitest';
import { checkReleases, runProbes, type Probe } from './probe-helpers.ts';

const WIRE_KZ = [
  'ALMATY, Jan 14 (Reuters) - Kazakhstan has brought home 47 of its citizens from camps in north-east Syria, the foreign ministry said on Tuesday.',
  'The group included 12 women and 31 children, the ministry said. The four men in the group were detained on arrival.',
  'Meanwhile, Kurdish officials said about 2,000 foreign women remain in al-Hol.',
].join('\n\n');

const BELGIUM = [
  'Belgian authorities estimate that 413 Belgians travelled to Syria and Iraq after 2012.',
  "Of these, 137 are thought to have been killed, and a further 129 have come home, according to the federal prosecutor's office.",
  'Some 60 Belgian children are still in the camps, the prosecutor added.',
].join(' ');

const NIGERIA_UN = [
  'The United Nations verified the recruitment and use of 1,129 children by armed groups in Nigeria in 2022, most of them by Boko Haram and ISWAP.',
  'Of these, 247 were girls. A further 96 children were abducted, the report said.',
  'In a separate incident, gunmen killed 17 villagers in Borno State.',
].join(' ');

const CENTRAL_ASIA = [
  'A new brief estimates that some 4,000 fighters from Central Asia went to fight for the Islamic State.',
  'Uzbekistan alone accounts for about 1,500 of them, the brief says, with Tajikistan at 1,300.',
  '\n\nTajik officials put the number of their citizens killed in Syria at 300.',
].join(' ');

const GROZNY = [
  'Twenty-six Russian children were flown from Baghdad to Moscow on Sunday, Ramzan Kadyrov said.',
  'Kadyrov also said that 30 more children would be brought home next month.',
  "\n\nMeanwhile, Russia's children's ombudsman said 350 Russian children remain in Syrian camps.",
].join(' ');

const SOMALIA = [
  'MOGADISHU - Somali forces said they had rescued 40 children from an al-Shabaab training camp in Lower Shabelle.',
  'The children, aged between 9 and 15, had been abducted from their villages, a military spokesman said.',
  'Eleven militants were killed in the raid.',
].join(' ');

const SAHEL = [
  'JNIM claimed the attack on an army post near Djibo in a statement on Friday, saying its fighters had killed 23 soldiers.',
  'The group later released a video titled The Lions of Soum showing the assault.',
  'Burkina Faso said 11 of its soldiers died, and that 40 jihadists were killed.',
].join(' ');

const YEMEN = [
  'Nearly 4,000 children have been recruited by parties to the conflict in Yemen since 2015, Save the Children said on Monday.',
  'The organisation said 2,500 of them were boys.',
  'Last month, an air strike on a market in Saada killed 14 civilians, including six children.',
].join(' ');

const FRANCE_TOTALS = [
  'France has repatriated 35 children and 16 mothers from the Roj camp, the foreign ministry announced on Wednesday, bringing the number of minors brought back since 2019 to 161.',
  'About 100 French children remain in the camps in north-east Syria. Some 50 French women are also held there.',
  'Seven of them face arrest warrants.',
].join(' ');

const LONDON = [
  'LONDON - Some 900 Britons travelled to Syria and Iraq to join the Islamic State, the Home Office said.',
  'About 400 have since returned.',
  'On Tuesday police in Manchester arrested four men on suspicion of preparing an attack.',
].join(' ');

const MORE_TO_COME = 'More than 50 Kosovar women came back in April. Another 30 are still in al-Roj.';

const MEDIA_REPORT = [
  "IS's al-Hayat Media Center has published a new issue of its Rumiyah magazine, the ninth, with an article urging attacks in Europe.",
  "A week earlier the group's Amaq agency released a nasheed, 'Soldiers of Allah', in Russian.",
  'Analysts said the video "Cubs of the Caliphate 2" featured 12 boys from Kazakhstan.',
].join(' ');

const OPEN = new Set<string>([
  // A new event ("police … arrested four men") takes the previous count's origin and the report's zones.
  LONDON,
]);

describe('English document probes 6', () => {
  runProbes(
    'en',
    [
      [
        WIRE_KZ,
        [
          { v: [47, 47], pop: 'people', origin: ['KZ'], status: 'returned', source: 'the foreign ministry' },
          { v: [12, 12], pop: 'women', origin: ['KZ'], status: 'returned', source: 'the ministry' },
          { v: [31, 31], pop: 'children', origin: ['KZ'], status: 'returned', source: 'the ministry' },
          { v: [4, 4], pop: 'men', origin: ['KZ'], status: 'detained' },
          {
            v: [2000, 2000],
            pop: 'women',
            origin: ['region:foreign'],
            status: 'present',
            source: 'Kurdish officials',
          },
        ],
      ],
      [
        BELGIUM,
        [
          { v: [413, 413], pop: 'people', origin: ['BE'], status: 'joined', source: 'Belgian authorities' },
          { v: [137, 137], pop: 'people', origin: ['BE'], status: 'killed' },
          { v: [129, 129], pop: 'people', origin: ['BE'], status: 'returned' },
          { v: [60, 60], pop: 'children', origin: ['BE'], status: 'present', source: 'the prosecutor' },
        ],
      ],
      [
        NIGERIA_UN,
        [
          { v: [1129, 1129], pop: 'children', status: 'joined', loc: ['NG'] },
          { v: [247, 247], pop: 'children', status: 'joined' },
          { v: [96, 96], pop: 'children', status: 'other', source: 'the report' },
          { v: [17, 17], pop: 'people', status: 'killed', source: null },
        ],
      ],
      [
        CENTRAL_ASIA,
        [
          { v: [4000, 4000], pop: 'fighters', origin: ['region:central-asia'], aff: 'isis' },
          { v: [1500, 1500], pop: 'fighters', origin: ['UZ'] },
          { v: [1300, 1300], pop: 'fighters', origin: ['TJ'] },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed', source: 'Tajik officials' },
        ],
      ],
      [
        GROZNY,
        [
          { v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned', source: 'Ramzan Kadyrov' },
          { v: [30, 30], pop: 'children', origin: ['RU'], source: 'Kadyrov' },
          { v: [350, 350], pop: 'children', origin: ['RU'], status: 'present' },
        ],
      ],
      [
        SOMALIA,
        [
          { v: [40, 40], pop: 'children', aff: 'other', age: [9, 15], source: 'Somali forces' },
          { v: [11, 11], pop: 'fighters', status: 'killed' },
        ],
      ],
      [
        SAHEL,
        [
          { v: [23, 23], pop: 'fighters', status: 'killed', aff: 'other' },
          { v: [11, 11], pop: 'fighters', origin: ['BF'], status: 'killed' },
          { v: [40, 40], pop: 'fighters', status: 'killed' },
        ],
      ],
      [
        YEMEN,
        [
          { v: [4000, 4000], pop: 'children', status: 'joined', loc: ['YE'], source: 'Save the Children' },
          { v: [2500, 2500], pop: 'children', source: 'The organisation' },
          { v: [14, 14], pop: 'people', status: 'killed' },
          { v: [6, 6], pop: 'children', status: 'killed' },
        ],
      ],
      [
        FRANCE_TOTALS,
        [
          {
            v: [35, 35],
            pop: 'children',
            origin: ['FR'],
            status: 'returned',
            source: 'the foreign ministry',
          },
          { v: [16, 16], pop: 'women', origin: ['FR'], status: 'returned', source: 'the foreign ministry' },
          { v: [161, 161], pop: 'children', origin: ['FR'], status: 'returned' },
          { v: [100, 100], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] },
          { v: [50, 50], pop: 'women', origin: ['FR'], status: 'present' },
          { v: [7, 7], pop: 'women', origin: ['FR'] },
        ],
      ],
      [
        LONDON,
        [
          { v: [900, 900], pop: 'people', origin: ['GB'], status: 'joined', aff: 'isis', loc: ['IQ', 'SY'] },
          { v: [400, 400], pop: 'people', origin: ['GB'], status: 'returned' },
          { v: [4, 4], pop: 'men', status: 'detained', loc: ['GB'] },
        ],
      ],
      [
        MORE_TO_COME,
        [
          { v: [50, null], pop: 'women', origin: ['XK'], status: 'returned' },
          { v: [30, 30], pop: 'women', origin: ['XK'], status: 'present' },
        ],
      ],
      [MEDIA_REPORT, [{ v: [12, 12], pop: 'children', origin: ['KZ'], status: 'featured', aff: 'isis' }]],
    ] satisfies Probe[],
    OPEN,
  );

  it('finds the releases named in the Sahel report', () => {
    checkReleases('en', SAHEL, [['video', 'The Lions of Soum']]);
  });
  it('finds the releases named in the media report', () => {
    checkReleases('en', MEDIA_REPORT, [
      ['magazine', 'Rumiyah 9'],
      ['audio', 'Soldiers of Allah'],
      ['video', 'Cubs of the Caliphate 2'],
    ]);
  });
});
