// Blind probes of the thirty-eighth English round: headlines and subheadings with no verb, bullet lists and
// tables turned into text, footnoted academic prose with shares in brackets, parliamentary questions and
// answers, court reporting (sentenced, acquitted, charged, indicted), NGO press releases with quotes from
// officials, and counts written as "1.2 million", "two dozen", "a handful", "roughly half of the 900".
// Written for this test (no report's text). Those the engine does not meet yet are in `OPEN_EN`.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set<string>([
  // A headline's label naming an operation (a quoted name, "operations") is not who says the count.
  'Kazakhstan\'s "Zhusan" operations: 607 citizens, including 406 children, returned',
  // A bare term of years after "given" is a sentence handed down (not an age).
  'Nine Tajik men were given 15 to 20 years for fighting in Syria.',
  // An appositive count pins a vague quantity down: "a handful …, perhaps five or six".
  'A handful of Finnish women, perhaps five or six, remain at al-Roj.',
]);

describe('en: headlines, lists, footnoted prose, parliament, courts, NGOs and spelled counts (en38)', () => {
  runProbes(
    'en',
    [
      // 1. Headlines and subheadings without a finite verb.
      [
        'Uzbekistan brings home 98 more women and children from Syria',
        [{ v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Iraq: 300 ISIS suspects handed over from Syria',
        [{ v: [300, 300], pop: 'people', origin: ['IQ'], status: 'returned', aff: 'isis', loc: ['SY'] }],
      ],
      [
        'Another 25 Kyrgyz orphans back from Iraq',
        [{ v: [25, 25], pop: 'children', origin: ['KG'], status: 'returned', loc: ['IQ'] }],
      ],
      [
        'Tajik Returnees: 146 Women, 320 Children',
        [
          { v: [146, 146], pop: 'women', origin: ['TJ'], status: 'returned' },
          { v: [320, 320], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'Al-Hol camp: 9,000 foreign women and children still waiting',
        [{ v: [9000, 9000], pop: 'people', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
      ],
      [
        'Three Belgian jihadists dead in airstrike near Baghuz',
        [{ v: [3, 3], pop: 'fighters', origin: ['BE'], status: 'killed', loc: ['SY'] }],
      ],
      // 2. Bullet lists and tables written out as text.
      ['- Tajikistan: 84 children (2019)', [{ v: [84, 84], pop: 'children', source: null }]],
      [
        '• Kazakhstan – 595 citizens repatriated, of whom 406 children',
        [
          { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      ['Country | Returned | Detained: Germany | 122 | 40', []],
      [
        '* Kosovo: 110 nationals repatriated in April 2019',
        [{ v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned' }],
      ],
      [
        'Russia (North Caucasus): approx. 2,400 fighters',
        [{ v: [2400, 2400], pop: 'fighters', source: null }],
      ],
      [
        '1. Maldives – up to 200 fighters in Syria and Iraq',
        [{ v: [null, 200], pop: 'fighters', origin: ['MV'], loc: ['IQ', 'SY'] }],
      ],
      // 3. Footnoted academic prose.
      [
        'The dataset records at least 41,490 individuals, of whom up to 4,761 (11%) were women.',
        [
          { v: [41490, null], pop: 'people' },
          { v: [null, 4761], pop: 'women' },
        ],
      ],
      [
        'Between 5,000 and 6,000 Europeans are thought to have travelled to Syria and Iraq.23',
        [{ v: [5000, 6000], pop: 'people', origin: ['region:europe'], status: 'joined', loc: ['IQ', 'SY'] }],
      ],
      [
        'Of the estimated 1,200 Indonesians who left for the caliphate, roughly 500 were women and minors.[14]',
        [
          { v: [1200, 1200], pop: 'people', origin: ['ID'], status: 'joined' },
          { v: [500, 500], pop: 'people', origin: ['ID'] },
        ],
      ],
      [
        'According to ICSR, as many as 1,180 minors were born in the territory of the Islamic State.',
        [{ v: [1180, 1180], pop: 'children', aff: 'isis', source: 'ICSR' }],
      ],
      [
        'A CTC Sentinel study found that 35 of the 60 American returnees had been charged with terrorism offences.',
        [
          { v: [35, 35], pop: 'people', origin: ['US'], status: 'detained' },
          { v: [60, 60], pop: 'people', origin: ['US'], status: 'returned' },
        ],
      ],
      [
        'Women accounted for 13 percent of the 3,244 foreigners in the sample (see Table 2).',
        [{ v: [3244, 3244], pop: 'people', origin: ['region:foreign'] }],
      ],
      // 4. Parliamentary questions and answers.
      ['To ask the Secretary of State how many British children remain in camps in northeast Syria.', []],
      [
        'Mr Ellwood replied that the Government believed some 30 British children were held in the camps.',
        [{ v: [30, 30], pop: 'children', origin: ['GB'], status: 'present', source: 'Mr Ellwood' }],
      ],
      [
        'Senator Wong told the committee that 46 Australian women and children were still in Roj camp.',
        [
          {
            v: [46, 46],
            pop: 'people',
            origin: ['AU'],
            status: 'present',
            loc: ['SY'],
            source: 'Senator Wong',
          },
        ],
      ],
      [
        'In a written answer, the Interior Minister said 270 Swedes had travelled to join terrorist groups since 2012.',
        [{ v: [270, 270], pop: 'people', origin: ['SE'], status: 'joined', source: 'the Interior Minister' }],
      ],
      [
        'The deputy asked why only 17 of the 120 Dutch children had been repatriated.',
        [
          { v: [17, 17], pop: 'children', origin: ['NL'], status: 'returned' },
          { v: [120, 120], pop: 'children', origin: ['NL'] },
        ],
      ],
      // 5. Court reporting.
      [
        'A Munich court sentenced four men to prison terms for fighting with Islamic State in Syria.',
        [{ v: [4, 4], pop: 'men', status: 'detained', aff: 'isis' }],
      ],
      [
        'Two brothers from Cardiff were acquitted on Friday of planning to travel to Syria.',
        [{ v: [2, 2], pop: 'men', status: 'other' }],
      ],
      [
        'Prosecutors have charged 11 people with financing al-Shabaab.',
        [{ v: [11, 11], pop: 'people', status: 'detained', aff: 'other', source: null }],
      ],
      [
        'A federal grand jury indicted six Minnesota men accused of trying to join ISIS.',
        [{ v: [6, 6], pop: 'men', status: 'detained', aff: 'isis' }],
      ],
      [
        'The three women, aged 19 to 23, were jailed for a total of 18 years.',
        [{ v: [3, 3], pop: 'women', status: 'detained', age: [19, 23] }],
      ],
      [
        'Of the 62 returnees tried in Kazakh courts, 54 received prison sentences.',
        [
          { v: [62, 62], pop: 'people' },
          { v: [54, 54], pop: 'people', status: 'detained' },
        ],
      ],
      // 6. NGO press releases with quotes from officials.
      [
        '"We have identified 60 children who need urgent care," said the UNICEF representative in Iraq.',
        [{ v: [60, 60], pop: 'children', source: 'the UNICEF representative in Iraq' }],
      ],
      [
        'Save the Children said at least 62 children had died in al-Hol since January.',
        [{ v: [62, null], pop: 'children', status: 'killed', loc: ['SY'], source: 'Save the Children' }],
      ],
      [
        'Human Rights Watch urged Canada to repatriate its 47 nationals held in northeast Syria, including 26 children.',
        [
          { v: [47, 47], pop: 'people', origin: ['CA'], status: 'present', loc: ['SY'] },
          { v: [26, 26], pop: 'children', origin: ['CA'], status: 'present', loc: ['SY'] },
        ],
      ],
      [
        '"More than 700 foreign children are trapped in these prisons," the ICRC director told reporters.',
        [{ v: [700, null], pop: 'children', origin: ['region:foreign'], source: 'the ICRC director' }],
      ],
      [
        'Amnesty International estimates that around 10,000 men are held in overcrowded SDF prisons.',
        [{ v: [10000, 10000], pop: 'men', status: 'detained', loc: ['SY'], source: 'Amnesty International' }],
      ],
      // 7. Numbers as words, scales and collective numerals.
      [
        'Some 1.2 million people have fled the fighting in Idlib.',
        [{ v: [1200000, 1200000], pop: 'people', status: 'other' }],
      ],
      [
        'Two dozen Tunisian fighters were captured near Sirte.',
        [{ v: [24, 24], pop: 'fighters', origin: ['TN'], status: 'detained', loc: ['LY'] }],
      ],
      ['Only a handful of the Moldovan fighters have come home.', []],
      [
        'Roughly half of the 900 Britons who went to Syria have returned.',
        [{ v: [900, 900], pop: 'people', origin: ['GB'], status: 'joined', loc: ['SY'] }],
      ],
      [
        'A dozen Uighur militants were killed in the clashes.',
        [{ v: [12, 12], pop: 'fighters', origin: ['CN'], status: 'killed' }],
      ],
      [
        'Nearly two-thirds of the 1,500 returnees are women.',
        [{ v: [1500, 1500], pop: 'people', status: 'returned' }],
      ],
      [
        'A score of Chechen fighters crossed into Syria in 2013.',
        [{ v: [20, 20], pop: 'fighters', origin: ['RU'], status: 'joined', loc: ['SY'] }],
      ],
      [
        'Half a dozen Azerbaijani women were flown back to Baku on Tuesday.',
        [{ v: [6, 6], pop: 'women', origin: ['AZ'], status: 'returned' }],
      ],
      [
        'About 2.5 thousand Uzbeks fought in Syria.',
        [{ v: [2500, 2500], pop: 'fighters', origin: ['UZ'], status: 'present', loc: ['SY'] }],
      ],
      ['Hundreds of French women and dozens of children remain in the camps.', []],
      [
        'Fewer than a hundred Georgians joined the Islamic State.',
        [{ v: [null, 100], pop: 'people', origin: ['GE'], status: 'joined', aff: 'isis' }],
      ],
      // 8. Open: labels, bare terms of years, appositive counts.
      [
        'Kazakhstan\'s "Zhusan" operations: 607 citizens, including 406 children, returned',
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned', source: null },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned', source: null },
        ],
      ],
      [
        'Nine Tajik men were given 15 to 20 years for fighting in Syria.',
        [{ v: [9, 9], pop: 'men', origin: ['TJ'], status: 'detained' }],
      ],
      [
        'A handful of Finnish women, perhaps five or six, remain at al-Roj.',
        [{ v: [5, 6], pop: 'women', origin: ['FI'], status: 'present', loc: ['SY'] }],
      ],
      // 9. Counter-cases: not counts of people.
      ['The camp holds 1.2 million litres of water in reserve.', []],
      ['Five years after the fall of Baghuz, 2 dozen cases remain open.', []],
      ['The report runs to 240 pages with 1,100 footnotes.', []],
      ['Bill C-59, section 83.18, sets a maximum penalty of 10 years.', []],
      ['Around 40 per cent of the returnees are under 18.', []],
    ],
    OPEN_EN,
  );
});
