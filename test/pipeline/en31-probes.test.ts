// Blind probes of the thirty-first English round: sentences in the style of UN children-and-armed-conflict
// reports, HRW/Amnesty briefs and wire copy on SDF detention, repatriations, Boko Haram/ISWAP abductions,
// al-Shabaab and Houthi recruitment, ISIS-K and North Caucasus fighters, written for this test (no report's
// text). Each states what GUIDELINES.md asks of it; those the engine does not meet yet are in `open`, each
// with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set<string>([]);

describe('en: CAAC figures, SDF detention, repatriations, abductions, recruitment and partitions (en31)', () => {
  runProbes(
    'en',
    [
      // 1. UN children and armed conflict reporting.
      [
        'In 2021, the United Nations verified the recruitment and use of 2,171 children by parties to the conflict in Somalia, mostly by al-Shabaab (1,467).',
        [
          { v: [2171, 2171], pop: 'children', status: 'joined', loc: ['SO'], source: 'the United Nations' },
          { v: [1467, 1467], pop: 'children', status: 'joined', aff: 'other' },
        ],
      ],
      [
        'The task force verified the killing of 142 and maiming of 319 children in Afghanistan.',
        [
          { v: [142, 142], pop: 'children', status: 'killed', loc: ['AF'] },
          { v: [319, 319], pop: 'children', status: 'other', loc: ['AF'] },
        ],
      ],
      [
        "According to the Secretary-General's report, 3,460 children were abducted in 2022, the highest number in a decade.",
        [{ v: [3460, 3460], pop: 'children', status: 'other', source: "the Secretary-General's report" }],
      ],
      [
        'A total of 8,521 children (6,310 boys, 2,211 girls) were used in hostilities.',
        [
          { v: [8521, 8521], pop: 'children', status: 'joined' },
          { v: [6310, 6310], pop: 'children', status: 'joined' },
          { v: [2211, 2211], pop: 'children', status: 'joined' },
        ],
      ],
      [
        'In 2020, 8,400 children were killed (2,700) or maimed (5,700) and 3,200 were abducted.',
        [
          { v: [8400, 8400], pop: 'children', status: 'other' },
          { v: [2700, 2700], pop: 'children', status: 'killed' },
          { v: [5700, 5700], pop: 'children', status: 'other' },
          { v: [3200, 3200], pop: 'children', status: 'other' },
        ],
      ],
      [
        "The Somali National Army recruited 218 children, and 39 were used by Ahlu Sunna Wal Jama'a.",
        [
          { v: [218, 218], pop: 'children', status: 'joined', loc: ['SO'] },
          { v: [39, 39], pop: 'children', status: 'joined', aff: 'other' },
        ],
      ],
      // 2. Abductions in Nigeria.
      [
        'Boko Haram abducted 276 schoolgirls from Chibok in April 2014.',
        [{ v: [276, 276], pop: 'children', origin: ['NG'], status: 'other', aff: 'other' }],
      ],
      [
        'Some 110 girls were abducted by ISWAP from a school in Dapchi in February 2018, according to Amnesty International.',
        [{ v: [110, 110], pop: 'children', status: 'other', aff: 'isis', source: 'Amnesty International' }],
      ],
      [
        'More than 300 boys were kidnapped from a school in Kankara, Katsina State, police told Reuters.',
        [{ v: [300, null], pop: 'children', status: 'other', loc: ['NG'], source: 'police' }],
      ],
      [
        'Five of the 40 abducted children were later found dead.',
        [
          { v: [5, 5], pop: 'children', status: 'killed' },
          { v: [40, 40], pop: 'children', status: 'other' },
        ],
      ],
      [
        'At least 25 of the 103 Dapchi girls released were reported by UNICEF to be traumatised.',
        [
          { v: [25, null], pop: 'children', source: 'UNICEF' },
          { v: [103, 103], pop: 'children', source: 'UNICEF' },
        ],
      ],
      // 3. SDF detention of boys (HRW).
      [
        'Human Rights Watch said the SDF was holding about 700 boys in Panorama prison in Hasakah.',
        [{ v: [700, 700], pop: 'children', status: 'detained', loc: ['SY'], source: 'Human Rights Watch' }],
      ],
      [
        'An estimated 750 boys are detained in SDF-run prisons and so-called rehabilitation centres, the group said.',
        [{ v: [750, 750], pop: 'children', status: 'detained', source: 'the group' }],
      ],
      [
        'At least 50 boys, some as young as 12, were taken to the Houri rehabilitation centre, HRW reported.',
        [{ v: [50, null], pop: 'children', status: 'other', source: 'HRW', age: [null, null] }],
      ],
      [
        'The 30 girls interviewed by HRW described being forced to marry fighters.',
        [{ v: [30, 30], pop: 'children', source: 'HRW' }],
      ],
      [
        'Reuters spoke to eight women who escaped from Boko Haram.',
        [{ v: [8, 8], pop: 'women', source: 'Reuters' }],
      ],
      // 4. Repatriations.
      [
        'The United States has repatriated 39 citizens from northeast Syria, including 26 children.',
        [
          { v: [39, 39], pop: 'people', origin: ['US'], status: 'returned', source: null },
          { v: [26, 26], pop: 'children', origin: ['US'], status: 'returned', source: null },
        ],
      ],
      [
        'The UK has brought back only four children from the camps.',
        [{ v: [4, 4], pop: 'children', origin: ['GB'], status: 'returned' }],
      ],
      [
        'Germany repatriated 27 children and 10 women in a joint operation with Denmark.',
        [
          { v: [27, 27], pop: 'children', origin: ['DE'], status: 'returned' },
          { v: [10, 10], pop: 'women', origin: ['DE'], status: 'returned' },
        ],
      ],
      [
        'Kazakhstan returned 607 people, including 413 children, during Operation Zhusan.',
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [413, 413], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Uzbekistan has brought home 531 citizens, mostly women and children, under Operation Mehr.',
        [{ v: [531, 531], pop: 'people', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'Fifteen Frenchwomen and 32 children were repatriated from Syria in July.',
        [
          { v: [15, 15], pop: 'women', origin: ['FR'], status: 'returned' },
          { v: [32, 32], pop: 'children', origin: ['FR'], status: 'returned' },
        ],
      ],
      [
        'A total of 19 children, 11 of them orphans, were handed over to Russian officials in Baghdad.',
        [
          { v: [19, 19], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] },
          { v: [11, 11], pop: 'children', origin: ['RU'], status: 'returned' },
        ],
      ],
      [
        'Iraq has repatriated about 2,500 of its citizens from al-Hol, the Iraqi Ministry of Migration said.',
        [
          {
            v: [2500, 2500],
            pop: 'people',
            origin: ['IQ'],
            status: 'returned',
            source: 'the Iraqi Ministry of Migration',
          },
        ],
      ],
      [
        'The camp houses 2,000 foreign women (about 400 of them Russian) and 8,000 children.',
        [
          { v: [2000, 2000], pop: 'women', origin: ['region:foreign'], status: 'present' },
          { v: [400, 400], pop: 'women', origin: ['RU'], status: 'present' },
          { v: [8000, 8000], pop: 'children', status: 'present' },
        ],
      ],
      [
        'Twelve of the 57 children repatriated in May were later placed in foster care.',
        [
          { v: [12, 12], pop: 'children', status: 'other' },
          { v: [57, 57], pop: 'children', status: 'returned' },
        ],
      ],
      // 5. Al-Shabaab and the Houthis.
      [
        'Al-Shabaab recruited at least 1,800 children in Somalia in 2019, the UN said.',
        [{ v: [1800, null], pop: 'children', status: 'joined', aff: 'other', source: 'the UN' }],
      ],
      [
        'Between 500 and 600 children were recruited by al-Shabaab in Bay and Bakool regions, officials said.',
        [{ v: [500, 600], pop: 'children', status: 'joined', aff: 'other', source: 'officials' }],
      ],
      [
        'The Houthis have enrolled tens of thousands of children in summer camps, and about 2,000 of them died on the battlefield.',
        [{ v: [2000, 2000], pop: 'children', status: 'killed', aff: 'other' }],
      ],
      [
        'According to a Houthi list, 1,406 children recruited by the group were killed in 2020.',
        [{ v: [1406, 1406], pop: 'children', status: 'killed', source: 'a Houthi list' }],
      ],
      [
        'The group was accused of using 30 boys as fighters near Marib.',
        [{ v: [30, 30], pop: 'children', status: 'joined', loc: ['YE'] }],
      ],
      // 6. ISIS-K, Central Asia and the North Caucasus.
      [
        'Around 4,000 fighters have joined ISIS-K in Afghanistan, according to the UN Monitoring Team.',
        [
          {
            v: [4000, 4000],
            pop: 'fighters',
            status: 'joined',
            aff: 'isis',
            loc: ['AF'],
            source: 'the UN Monitoring Team',
          },
        ],
      ],
      [
        'ISIS-K has between 1,500 and 2,200 fighters in Kunar and Nangarhar, the report said.',
        [{ v: [1500, 2200], pop: 'fighters', status: 'present', aff: 'isis', source: 'the report' }],
      ],
      [
        'Nearly 200 Tajik nationals were among ISIS-K recruits, a US official told Reuters.',
        [{ v: [200, 200], pop: 'people', origin: ['TJ'], aff: 'isis', source: 'a US official' }],
      ],
      [
        'About 5,000 fighters from Russia and the former Soviet Union went to Syria, Putin said in 2017.',
        [
          {
            v: [5000, 5000],
            pop: 'fighters',
            origin: ['RU', 'region:former-ussr'],
            status: 'joined',
            source: 'Putin',
          },
        ],
      ],
      [
        'The FSB said 4,000 Russian citizens, mostly from the North Caucasus, had gone to fight in Syria and Iraq.',
        [{ v: [4000, 4000], pop: 'fighters', origin: ['RU'], status: 'joined', source: 'The FSB' }],
      ],
      [
        'Some 600 fighters from Dagestan were in Syria in 2015, according to local officials.',
        [{ v: [600, 600], pop: 'fighters', origin: ['RU'], status: 'present', source: 'local officials' }],
      ],
      [
        'Tunisians make up 3,000 of the foreign fighters in Syria.',
        [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'], loc: ['SY'] }],
      ],
      [
        'Two of the seven Australian children taken to Syria were killed in an airstrike.',
        [
          { v: [2, 2], pop: 'children', origin: ['AU'], status: 'killed' },
          { v: [7, 7], pop: 'children', origin: ['AU'], status: 'joined' },
        ],
      ],
      [
        'The ICRC said it had registered 5,400 unaccompanied children in al-Hol.',
        [{ v: [5400, 5400], pop: 'children', status: 'present', loc: ['SY'], source: 'The ICRC' }],
      ],
      [
        'An official who spoke to Reuters said 40 Kyrgyz women had been flown home.',
        [{ v: [40, 40], pop: 'women', origin: ['KG'], status: 'returned', source: 'An official' }],
      ],
    ],
    OPEN_EN,
  );
});
