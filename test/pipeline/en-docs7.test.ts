// English document probes, seventh batch (issue: generality on unseen reports, the wider field). Written
// blind, before any dev report was read: every report below is invented for this test. Short reports in
// the styles of UN children-and-armed-conflict figures, wire copy on Somalia, Yemen, Nigeria, the Congo
// and the Sahel, and think-tank or ministry figures on foreign fighters and the camps: verified cases
// counted as children, breakdowns without a noun ("a further N", "N of them", "Of the returnees, N"),
// predicative frames ("the number of X at N", "numbering about N"), "N more" that is no bound, planned
// returns that are no returns, "its nationals" read as the subject's country, origin only for the
// people the text says it of, and the place of the people vs that of the report. Expectations follow
// ../shared/eval/GUIDELINES.md.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const UN_SOMALIA = [
  "NEW YORK - The United Nations verified 2,496 cases of recruitment and use of children in Somalia in 2021, the Secretary-General's annual report said.",
  'Al-Shabaab was responsible for 1,616 of them.',
  'A further 1,139 children were abducted, mostly by the same group.',
  'The report also attributed the killing and maiming of 932 children to all parties.',
  'Dozens of schools were attacked or used for military purposes.',
].join(' ');

const YEMEN_PANEL = [
  'SANAA, March 3 - Houthi forces recruited at least 1,400 boys in 2022, some as young as 11, according to a UN panel of experts.',
  'The panel said 52 of the boys were killed on the front lines in Marib within months.',
  'Government forces were blamed for recruiting another 130 children.',
].join(' ');

const KADUNA = [
  'KADUNA, Nigeria (AP) - Gunmen abducted 287 schoolchildren from a school in Kuriga on Thursday, local officials said.',
  'Among them were about 100 children under the age of 12.',
  'Residents said the attackers, numbering about 60, arrived on motorcycles.',
  'The army said on Sunday that 137 of the hostages had been freed.',
].join(' ');

const SAHEL = [
  'BAMAKO - JNIM fighters killed at least 30 civilians in an attack on a village in central Mali, the local mayor said on Tuesday.',
  "In neighbouring Burkina Faso, the army said it had killed 'about 50 terrorists' near Djibo.",
  'Human Rights Watch said Malian soldiers and foreign mercenaries executed 71 men in Moura in March.',
  'Dozens more are missing.',
].join(' ');

const MAGHREB = [
  'TUNIS - Some 3,000 Tunisians went to fight in Syria, Iraq and Libya, according to the interior ministry, which says about 800 have returned.',
  'Of the returnees, 160 are in prison.',
  'A UN working group put the number of Tunisians in the conflict zones at more than 5,500 in 2015.',
  'Morocco, for its part, says 1,659 of its nationals joined militant groups, 745 of them the Islamic State.',
].join(' ');

const GERMANY = [
  'BERLIN - More than 1,150 people have left Germany for Syria and Iraq since 2013 to join Islamist groups, the domestic intelligence agency says in its annual report.',
  'About a third have returned, and some 270 are believed to have died.',
  'France counts about 1,460 of its citizens in the region, while Belgium says 279 Belgians have gone.',
].join(' ');

const CENTRAL_ASIA = [
  "ALMATY - Some 300 Kazakhs are fighting for the Islamic State, half of them women, the head of the country's security committee said.",
  'Kyrgyz officials put the number of Kyrgyz citizens in Syria at about 850, including 140 minors.',
  'Tajikistan has repatriated 146 children since 2019, and plans to bring back another 100 women and children next year.',
].join(' ');

const CAMPS = [
  'QAMISHLI, Syria - About 43,000 people remain in al-Hol and Roj, more than half of them children, according to the Kurdish-led administration.',
  'Some 8,000 foreign women and children from 60 countries live in a separate section of al-Hol known as the Annex.',
  'Iraq has brought back more than 9,000 of its citizens from the camp since 2021; the latest flight, on Monday, carried 154 families.',
].join(' ');

const ROJ = [
  'Belgium repatriated six mothers and 10 children from the Roj camp overnight, the federal prosecutor said on Thursday.',
  'The women were arrested on landing.',
  'Germany said it would take back 27 more children by the end of the year.',
  'The Netherlands has so far refused to repatriate its 40 or so women still in Syria.',
].join(' ');

const CONGO = [
  'GOMA, Democratic Republic of Congo - UNICEF said on Friday that 3,377 children had been recruited by armed groups in eastern Congo in 2022, the highest figure in a decade.',
  'Of them, 1,072 were girls.',
  'The M23 rebels alone held 600 children in their ranks, a UN expert told Reuters.',
].join(' ');

const CAUCASUS = [
  'MOSCOW - Around 4,000 Russian citizens went to fight in Syria and Iraq, the FSB said in 2017.',
  'The estimate that 400 Russian fighters had returned was given by the same agency a year later.',
  'Courts in the region have since convicted 270 Dagestani returnees.',
].join(' ');

const OPEN = new Set<string>([
  // "put the number of Tunisians in the conflict zones at more than 5,500": a frame with no status word takes the "in prison" of the sentence before (detained, not present).
  MAGHREB,
  // "put the number of Kyrgyz citizens in Syria at about 850" after a fighting count is read as fighters.
  CENTRAL_ASIA,
]);

describe('English document probes 7', () => {
  runProbes(
    'en',
    [
      [
        UN_SOMALIA,
        [
          { v: [2496, 2496], pop: 'children', status: 'joined', loc: ['SO'] },
          { v: [1616, 1616], pop: 'children', status: 'joined', aff: 'other' },
          { v: [1139, 1139], pop: 'children', status: 'other' },
          { v: [932, 932], pop: 'children', status: 'other' },
        ],
      ],
      [
        YEMEN_PANEL,
        [
          {
            v: [1400, null],
            pop: 'children',
            status: 'joined',
            aff: 'other',
            age: [null, null],
            source: 'a UN panel of experts',
          },
          { v: [52, 52], pop: 'children', status: 'killed', loc: ['YE'], source: 'The panel' },
          { v: [130, 130], pop: 'children', status: 'joined' },
        ],
      ],
      [
        KADUNA,
        [
          { v: [287, 287], pop: 'children', status: 'other', source: 'local officials' },
          { v: [100, 100], pop: 'children', age: [null, 11] },
          { v: [60, 60], pop: 'fighters' },
          { v: [137, 137], pop: 'people', source: 'The army' },
        ],
      ],
      [
        SAHEL,
        [
          { v: [30, null], pop: 'people', status: 'killed', loc: ['ML'], source: 'the local mayor' },
          { v: [50, 50], pop: 'fighters', status: 'killed', loc: ['BF'] },
          { v: [71, 71], pop: 'men', status: 'killed', source: 'Human Rights Watch' },
        ],
      ],
      [
        MAGHREB,
        [
          {
            v: [3000, 3000],
            pop: 'fighters',
            origin: ['TN'],
            status: 'joined',
            source: 'the interior ministry',
          },
          { v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' },
          { v: [160, 160], pop: 'people', origin: ['TN'], status: 'detained' },
          { v: [5500, null], pop: 'people', origin: ['TN'], status: 'present', source: 'A UN working group' },
          { v: [1659, 1659], pop: 'people', origin: ['MA'], status: 'joined' },
          { v: [745, 745], pop: 'people', origin: ['MA'], status: 'joined', aff: 'isis' },
        ],
      ],
      [
        GERMANY,
        [
          { v: [1150, null], pop: 'people', origin: ['DE'], status: 'joined' },
          { v: [270, 270], pop: 'people', origin: ['DE'], status: 'killed' },
          { v: [1460, 1460], pop: 'people', origin: ['FR'] },
          { v: [279, 279], pop: 'people', origin: ['BE'], status: 'joined' },
        ],
      ],
      [
        CENTRAL_ASIA,
        [
          {
            v: [300, 300],
            pop: 'fighters',
            origin: ['KZ'],
            aff: 'isis',
            source: "the head of the country's security committee",
          },
          { v: [850, 850], pop: 'people', origin: ['KG'], status: 'present', source: 'Kyrgyz officials' },
          { v: [140, 140], pop: 'children', origin: ['KG'], status: 'present' },
          { v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned' },
          { v: [100, 100], pop: 'people', origin: ['TJ'], not: 'returned' },
        ],
      ],
      [
        CAMPS,
        [
          {
            v: [43000, 43000],
            pop: 'people',
            status: 'present',
            loc: ['SY'],
            source: 'the Kurdish-led administration',
          },
          { v: [8000, 8000], pop: 'people', origin: ['region:foreign'], status: 'present' },
          { v: [9000, null], pop: 'people', origin: ['IQ'], status: 'returned' },
          { v: [154, 154], pop: 'families', origin: ['IQ'], status: 'returned' },
        ],
      ],
      [
        ROJ,
        [
          { v: [6, 6], pop: 'women', origin: ['BE'], status: 'returned', source: 'the federal prosecutor' },
          { v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned' },
          { v: [27, 27], pop: 'children', origin: ['DE'], not: 'returned' },
          { v: [40, 40], pop: 'women', origin: ['NL'], status: 'present', loc: ['SY'] },
        ],
      ],
      [
        CONGO,
        [
          { v: [3377, 3377], pop: 'children', status: 'joined', loc: ['CD'], source: 'UNICEF' },
          { v: [1072, 1072], pop: 'children', status: 'joined' },
          { v: [600, 600], pop: 'children', aff: 'other', source: 'a UN expert' },
        ],
      ],
      [
        CAUCASUS,
        [
          { v: [4000, 4000], pop: 'fighters', origin: ['RU'], status: 'joined', source: 'the FSB' },
          { v: [400, 400], pop: 'fighters', origin: ['RU'], status: 'returned' },
          { v: [270, 270], pop: 'people', origin: ['RU'], status: 'detained' },
        ],
      ],
    ] satisfies Probe[],
    OPEN,
  );
});
