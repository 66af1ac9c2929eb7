// Blind probes of the thirtieth English round: sentences in the style of UN CAAC reports, HRW/Amnesty
// briefs, think-tank papers and wire copy on departures, research sources, coordinated nationalities,
// partitives and list items, written for this test (no report's text). Each states what GUIDELINES.md
// asks of it; those the engine does not meet yet are in `open`, each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set<string>([]);

describe('en: departures to a war, research sources, elided nouns, partitives, CAAC and lists (en30)', () => {
  runProbes(
    'en',
    [
      // 1. Travel and departures.
      [
        'In 2015, about 760 people left Germany for Syria and Iraq, according to the domestic intelligence agency.',
        [{ v: [760, 760], pop: 'people', origin: ['DE'], status: 'joined', loc: ['IQ', 'SY'] }],
      ],
      [
        'Between 2013 and 2018, about 1,900 French nationals left France for Syria and Iraq.',
        [{ v: [1900, 1900], pop: 'people', origin: ['FR'], status: 'joined' }],
      ],
      [
        'At least 3,000 Tunisians travelled from Tunisia to Iraq and Syria between 2012 and 2016.',
        [{ v: [3000, null], pop: 'people', origin: ['TN'], status: 'joined' }],
      ],
      [
        'An estimated 150 Kosovars went to join ISIS in Syria.',
        [{ v: [150, 150], pop: 'people', origin: ['XK'], status: 'joined', aff: 'isis' }],
      ],
      [
        'More than 150 Belgians have left Belgium for the conflict zone in Syria.',
        [{ v: [150, null], pop: 'people', origin: ['BE'], status: 'joined' }],
      ],
      [
        'In 2014, 20 young men left Minneapolis to join al-Shabaab in Somalia.',
        [{ v: [20, 20], pop: 'men', status: 'joined', aff: 'other' }],
      ],
      [
        'Nearly 1,000 Russian citizens have departed for Syria since 2013, the FSB said.',
        [{ v: [1000, 1000], pop: 'people', origin: ['RU'], status: 'joined', source: 'the FSB' }],
      ],
      [
        'The airstrike left 30 dead and dozens wounded.',
        [{ v: [30, 30], pop: 'people', status: 'killed', not: 'joined' }],
      ],
      [
        'Some 300 refugees left Syria for Turkey last year.',
        [{ v: [300, 300], pop: 'people', not: 'joined' }],
      ],
      [
        'ISIS moved 300 fighters from Iraq to Syria.',
        [{ v: [300, 300], pop: 'fighters', aff: 'isis', not: 'joined' }],
      ],
      [
        'Around 500 residents left Mosul for Erbil as fighting intensified.',
        // The residents of a city they left come from its country; "fighting" as a noun is not theirs.
        [{ v: [500, 500], pop: 'people', origin: ['IQ'], not: 'joined' }],
      ],
      // 2. Sources that are the researchers.
      [
        'Human Rights Watch interviewed 25 women held in al-Hol camp.',
        [{ v: [25, 25], pop: 'women', source: 'Human Rights Watch', status: 'present' }],
      ],
      [
        'Researchers documented 40 cases of child recruitment by the Houthis in 2020.',
        [{ v: [40, 40], pop: 'children', source: 'Researchers', status: 'joined' }],
      ],
      [
        'Amnesty International spoke to 12 former child soldiers in South Sudan.',
        [{ v: [12, 12], pop: 'children', source: 'Amnesty International' }],
      ],
      [
        'Reuters spoke with 15 Uzbek men who had returned from Syria.',
        [{ v: [15, 15], pop: 'men', origin: ['UZ'], status: 'returned', source: 'Reuters' }],
      ],
      [
        'The International Crisis Group interviewed 60 former fighters of Boko Haram.',
        [{ v: [60, 60], pop: 'fighters', source: 'The International Crisis Group' }],
      ],
      [
        'The 12 children interviewed by Amnesty International said they had been recruited by the Houthis.',
        [{ v: [12, 12], pop: 'children', status: 'joined', source: 'Amnesty International' }],
      ],
      // 3. Elided nouns in coordinated counts.
      [
        'Kazakhstan repatriated 40 Kazakh and 30 Uzbek women from Syria.',
        [
          { v: [40, 40], pop: 'women', origin: ['KZ'], status: 'returned' },
          { v: [30, 30], pop: 'women', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Authorities arrested 12 Tunisian and 8 Moroccan fighters near Raqqa.',
        [
          { v: [12, 12], pop: 'fighters', origin: ['TN'], status: 'detained' },
          { v: [8, 8], pop: 'fighters', origin: ['MA'], status: 'detained' },
        ],
      ],
      [
        'Kazakhstan repatriated 40 Kazakhs and 30 Uzbek women from Syria.',
        [
          { v: [40, 40], pop: 'people', origin: ['KZ'] },
          { v: [30, 30], pop: 'women', origin: ['UZ'] },
        ],
      ],
      [
        'Roughly 1,200 Tunisian, 600 Moroccan and 500 Algerian fighters were still in Syria in 2017.',
        [
          { v: [1200, 1200], pop: 'fighters', origin: ['TN'] },
          { v: [600, 600], pop: 'fighters', origin: ['MA'] },
          { v: [500, 500], pop: 'fighters', origin: ['DZ'] },
        ],
      ],
      [
        'Officials said 14 Kyrgyz and 9 Tajik children had been flown home from Baghdad.',
        [
          { v: [14, 14], pop: 'children', origin: ['KG'], status: 'returned', source: 'Officials' },
          { v: [9, 9], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      // 4. Partitives and remainders.
      [
        'Five of the 40 abducted children were later found dead.',
        [
          { v: [5, 5], pop: 'children', status: 'killed' },
          { v: [40, 40], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Of the 40 abducted children, five were later found dead.',
        [
          { v: [40, 40], pop: 'children', status: 'other' },
          { v: [5, 5], pop: 'children', status: 'killed' },
        ],
      ],
      [
        'Some 200 fighters surrendered. The remaining 45 were sent to a camp.',
        [
          { v: [200, 200], pop: 'fighters', status: 'other' },
          { v: [45, 45], pop: 'fighters', status: 'present' },
        ],
      ],
      [
        'Of the 300 returnees, 120 were children.',
        [
          { v: [300, 300], pop: 'people', status: 'returned' },
          { v: [120, 120], pop: 'children', status: 'returned' },
        ],
      ],
      [
        'Three of the 12 Tajik fighters were killed in an airstrike.',
        [
          { v: [3, 3], pop: 'fighters', origin: ['TJ'], status: 'killed' },
          { v: [12, 12], pop: 'fighters', origin: ['TJ'] },
        ],
      ],
      [
        'Twelve of the 57 children repatriated in May were later placed in foster care.',
        [
          { v: [12, 12], pop: 'children', status: 'other' },
          { v: [57, 57], pop: 'children', status: 'returned' },
        ],
      ],
      // 5. UN children and armed conflict reporting.
      [
        'The United Nations verified the recruitment and use of 1,163 children (1,094 boys, 69 girls) by al-Shabaab (688), the Somali National Army (218) and clan militias (136).',
        [
          { v: [1163, 1163], pop: 'children', status: 'joined', source: 'The United Nations' },
          { v: [1094, 1094], pop: 'children', status: 'joined' },
          { v: [69, 69], pop: 'children', status: 'joined' },
          { v: [688, 688], pop: 'children', status: 'joined' },
          { v: [218, 218], pop: 'children', status: 'joined' },
          { v: [136, 136], pop: 'children', status: 'joined' },
        ],
      ],
      [
        'The United Nations verified the killing (224) and maiming (612) of children in Yemen.',
        [
          { v: [224, 224], pop: 'children', status: 'killed', loc: ['YE'], source: 'The United Nations' },
          { v: [612, 612], pop: 'children', status: 'other', loc: ['YE'] },
        ],
      ],
      [
        'The UN verified the killing of 224 children and the maiming of 612 children in Yemen.',
        [
          { v: [224, 224], pop: 'children', status: 'killed' },
          { v: [612, 612], pop: 'children', status: 'other' },
        ],
      ],
      [
        'The country task force verified the abduction of 1,183 children by al-Shabaab.',
        [
          {
            v: [1183, 1183],
            pop: 'children',
            status: 'other',
            aff: 'other',
            source: 'The country task force',
          },
        ],
      ],
      [
        'The United Nations verified the deprivation of liberty of 217 children for alleged association with armed groups in Nigeria.',
        [{ v: [217, 217], pop: 'children', status: 'detained', loc: ['NG'] }],
      ],
      [
        'A total of 2,674 children were killed (1,010) or maimed (1,664), the report said.',
        [
          { v: [2674, 2674], pop: 'children', status: 'other' },
          { v: [1010, 1010], pop: 'children', status: 'killed' },
          { v: [1664, 1664], pop: 'children', status: 'other' },
        ],
      ],
      [
        'In Syria, the United Nations verified the recruitment and use of 813 children (790 boys, 23 girls), of whom 272 were used by ISIL.',
        [
          { v: [813, 813], pop: 'children', status: 'joined' },
          { v: [790, 790], pop: 'children', status: 'joined' },
          { v: [23, 23], pop: 'children', status: 'joined' },
          { v: [272, 272], pop: 'children', status: 'joined', aff: 'isis' },
        ],
      ],
      // 6. List items under a heading.
      [
        'Repatriations in 2019:\n- Kazakhstan: 607 children\n- Uzbekistan: 156 children\n- Kosovo: 110 people',
        [
          { v: [607, 607], pop: 'children', origin: ['KZ'], status: 'returned' },
          { v: [156, 156], pop: 'children', origin: ['UZ'], status: 'returned' },
          { v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned' },
        ],
      ],
      [
        'Returns from Syria and Iraq in 2019:\nKazakhstan: 524 people, including 357 children\nTajikistan: 84 children',
        [
          { v: [524, 524], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [357, 357], pop: 'children', origin: ['KZ'], status: 'returned' },
          { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'Children killed in 2019:\n- Syria: 607 children\n- Yemen: 300 children',
        [
          { v: [607, 607], pop: 'children', status: 'killed', loc: ['SY'] },
          { v: [300, 300], pop: 'children', status: 'killed', loc: ['YE'] },
        ],
      ],
      [
        'Foreign fighters who travelled to Syria, by country:\n• Tunisia – 3,000 people\n• Morocco – 1,500 people',
        [
          { v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined' },
          { v: [1500, 1500], pop: 'people', origin: ['MA'], status: 'joined' },
        ],
      ],
      [
        'About 90 women left al-Hol camp under a new sponsorship scheme.',
        [{ v: [90, 90], pop: 'women', age: [null, null], not: 'joined' }],
      ],
    ],
    OPEN_EN,
  );
});
