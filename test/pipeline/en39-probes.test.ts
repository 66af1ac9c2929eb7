// Blind probes of the thirty-ninth English round: sentences in the style of US Justice Department releases
// and indictments (charged, pleaded guilty, material support), Hansard questions and answers, think-tank
// prose with footnote markers and hedges (an estimated, as many as, upwards of, in excess of), fact sheets
// with bullets and labels, passives with an agent, hyphenated ages and nouns of age ("two 16-year-olds",
// "under-15s", "over-60s"), shares of a whole ("one in five of the 900", "a third of the 1,200"), numbers in
// words ("two dozen", "a score of", "forty-odd", "a couple of hundred"), Nigeria, Somalia, Yemen and the
// Sahel (ISWAP, JNIM, al-Shabaab, the Houthis, the CJTF) and UN CAAC verified-violation prose. Written for
// this test (no report's text). Those the engine does not meet yet are in `OPEN_EN`.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set<string>([
  // Money wired to fighters says nothing of their journey; "helped four more travel" is one (joined). The
  // engine gives the first the later verb of travel and the second no journey.
  'Prosecutors say the cell wired money to at least nine Somali fighters and helped four more travel to Mogadishu.',
  // A count answering a question in the sentence before ("how many Swedish children …? Answer: around
  // 40") has the question's noun; the engine reads no noun across the question mark.
  'Question: how many Swedish children remain in Syria? Answer: around 40, according to the ministry.',
  // The recruits funnelled to al-Shabaab are not the convicted Somali-born men: their origin is unsaid.
  'The jury convicted four Somali-born men of funnelling money and at least 20 recruits to al-Shabaab.',
]);

describe('en: courts, Hansard, hedged footnoted prose, fact sheets, ages, shares and number words (en39)', () => {
  runProbes(
    'en',
    [
      // 1. Justice Department releases and indictments.
      [
        'A Minnesota man was sentenced today to 15 years in prison for attempting to provide material support to ISIS.',
        [],
      ],
      [
        'Federal prosecutors charged six Minneapolis men with conspiring to provide material support to al-Shabaab.',
        [{ v: [6, 6], pop: 'men', status: 'detained', aff: 'other' }],
      ],
      [
        'Two brothers from Houston pleaded guilty on Tuesday to conspiring to join ISIS in Syria.',
        [{ v: [2, 2], pop: 'men', status: 'detained', aff: 'isis' }],
      ],
      [
        'The two men, aged 23 and 25, pleaded guilty to providing material support to ISIS.',
        [{ v: [2, 2], pop: 'men', status: 'detained', aff: 'isis' }],
      ],
      [
        'Three women were found guilty of joining ISIS in Syria.',
        [{ v: [3, 3], pop: 'women', status: 'detained', aff: 'isis', loc: ['SY'] }],
      ],
      [
        'According to the indictment, the defendants helped at least 12 recruits travel from Kenya to Somalia to join al-Shabaab.',
        [
          {
            v: [12, null],
            pop: 'fighters',
            origin: ['KE'],
            status: 'joined',
            aff: 'other',
            source: 'the indictment',
            loc: ['SO'],
          },
        ],
      ],
      [
        'The indictment alleges that between 2014 and 2016 the network sent more than 30 Bosnian nationals to fight for ISIS.',
        [{ v: [30, null], pop: 'fighters', origin: ['BA'], status: 'joined', aff: 'isis' }],
      ],
      [
        'He pleaded guilty to one count of conspiracy and admitted recruiting at least three others to join al-Shabaab.',
        [{ v: [3, null], pop: 'people', aff: 'other' }],
      ],
      [
        'The court sentenced five ISWAP commanders to death in absentia.',
        [{ v: [5, 5], pop: 'fighters', status: 'detained', aff: 'isis' }],
      ],
      // 2. Parliamentary questions and answers.
      [
        'The Minister said that some 60 British children remain in camps in north-east Syria.',
        [
          {
            v: [60, 60],
            pop: 'children',
            origin: ['GB'],
            status: 'present',
            loc: ['SY'],
            source: 'The Minister',
          },
        ],
      ],
      [
        'Asked how many UK nationals had returned, the Minister replied that around 400 had come back.',
        [{ v: [400, 400], pop: 'people', origin: ['GB'], status: 'returned', source: 'the Minister' }],
      ],
      [
        'As of 31 March, 24 British minors had been returned from Syria to the UK, the Minister told the House.',
        [{ v: [24, 24], pop: 'children', origin: ['GB'], status: 'returned', source: 'the Minister' }],
      ],
      [
        'The minister told parliament that a dozen or so Irish citizens were still in Syria.',
        [{ v: [12, 12], pop: 'people', origin: ['IE'], status: 'present', loc: ['SY'] }],
      ],
      [
        'In reply, the Under-Secretary said two British women and four children had been brought home from Syria in October.',
        [
          { v: [2, 2], pop: 'women', origin: ['GB'], status: 'returned', source: 'the Under-Secretary' },
          { v: [4, 4], pop: 'children', origin: ['GB'], status: 'returned', source: 'the Under-Secretary' },
        ],
      ],
      // 3. Think-tank prose: hedges and footnote markers.
      [
        'An estimated 5,000 to 6,000 Tunisians travelled to Syria and Iraq, making Tunisia one of the largest sources of foreign fighters.12',
        [{ v: [5000, 6000], pop: 'people', origin: ['TN'], status: 'joined', loc: ['IQ', 'SY'] }],
      ],
      [
        'As many as 1,500 Moroccans are believed to have joined jihadist groups in the region.[4]',
        [{ v: [1500, 1500], pop: 'people', origin: ['MA'], status: 'joined' }],
      ],
      [
        'Upwards of 800 Kenyans have been recruited by al-Shabaab since 2012, according to the study.',
        [
          {
            v: [800, null],
            pop: 'people',
            origin: ['KE'],
            status: 'joined',
            aff: 'other',
            source: 'the study',
          },
        ],
      ],
      [
        'In excess of 2,000 ISWAP fighters surrendered to the Nigerian military between 2021 and 2022.',
        [{ v: [2000, null], pop: 'fighters', aff: 'isis' }],
      ],
      [
        'Al-Shabaab is thought to field between 7,000 and 12,000 fighters.',
        [{ v: [7000, 12000], pop: 'fighters', aff: 'other' }],
      ],
      // 4. Fact sheets: labels, bullets and shares in them.
      [
        'Key facts: • 11,500 children held in al-Hol • 65% under the age of 12 • 60+ nationalities',
        [{ v: [11500, 11500], pop: 'children', status: 'present', source: null, age: [null, null] }],
      ],
      [
        'Main findings: – 300 Uzbek women returned – 12 Uzbek men detained',
        [
          { v: [300, 300], pop: 'women', origin: ['UZ'], status: 'returned', source: null },
          { v: [12, 12], pop: 'men', origin: ['UZ'], status: 'detained', source: null },
        ],
      ],
      [
        'Repatriated (Kazakhstan, 2019–2021): 754 persons, incl. 522 children',
        [
          { v: [754, 754], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [522, 522], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Yemen: 3,904 children recruited by the Houthis since 2015 (UN verified)',
        [{ v: [3904, 3904], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'] }],
      ],
      // 5. Passives with an agent.
      [
        'Some 318 women and children were repatriated by Uzbekistan from camps in Syria in May 2019.',
        [{ v: [318, 318], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Forty-two boys were abducted by ISWAP fighters from a school in Borno State.',
        [{ v: [42, 42], pop: 'children', status: 'other', aff: 'isis', loc: ['NG'] }],
      ],
      [
        'Eleven civilians were killed by al-Shabaab militants in an attack on a bus near Mandera.',
        [{ v: [11, 11], pop: 'people', status: 'killed', aff: 'other', loc: ['KE'] }],
      ],
      [
        'At least 27 Houthi fighters were killed by coalition airstrikes in Marib.',
        [{ v: [27, null], pop: 'fighters', status: 'killed', aff: 'other', loc: ['YE'] }],
      ],
      [
        'Some 180 children were held by Somali forces.',
        [{ v: [180, 180], pop: 'children', status: 'detained', loc: ['SO'] }],
      ],
      [
        'Of the 212 children detained for alleged association with armed groups, 180 were held by Somali forces.',
        [
          { v: [212, 212], pop: 'children', status: 'detained' },
          { v: [180, 180], pop: 'children', status: 'detained' },
        ],
      ],
      [
        'Some 3,000 Yazidi women are still held by ISIS.',
        [{ v: [3000, 3000], pop: 'women', aff: 'isis', not: 'detained' }],
      ],
      // 6. Hyphenated ages and nouns of age.
      [
        'A 14-year-old and two 16-year-olds were among those detained by the army in Maiduguri.',
        [{ v: [2, 2], pop: 'children', status: 'detained', age: [16, 16], loc: ['NG'] }],
      ],
      [
        'Thirty 15-year-olds were among the recruits paraded by the Houthis in Sanaa.',
        [{ v: [30, 30], pop: 'children', age: [15, 15], aff: 'other', loc: ['YE'] }],
      ],
      [
        'The army freed 76 under-15s from an ISWAP camp near Lake Chad.',
        [{ v: [76, 76], pop: 'children', age: [null, 14] }],
      ],
      [
        'Some 3,000 under-18s were recruited by al-Shabaab in 2017 alone, the UN said.',
        [
          {
            v: [3000, 3000],
            pop: 'children',
            status: 'joined',
            aff: 'other',
            age: [null, 17],
            source: 'the UN',
          },
        ],
      ],
      [
        'Some 1,400 over-60s remain in al-Hol, according to the camp administration.',
        [{ v: [1400, 1400], pop: 'people', status: 'present', age: [60, null], loc: ['SY'] }],
      ],
      [
        'The camp holds 2,100 under-fives, most of them born in Syria.',
        [{ v: [2100, 2100], pop: 'children', age: [null, 4] }],
      ],
      [
        'UNICEF said 150 children aged 9-17 had been released by the CJTF militia in Borno.',
        [{ v: [150, 150], pop: 'children', age: [9, 17], source: 'UNICEF', loc: ['NG'] }],
      ],
      [
        'Eight Yemeni boys aged 13 to 16 were detained by coalition forces in Saada.',
        [{ v: [8, 8], pop: 'children', origin: ['YE'], status: 'detained', age: [13, 16], loc: ['YE'] }],
      ],
      [
        'Nineteen children, some as young as 11, were recruited by the Houthis in Hajjah.',
        [{ v: [19, 19], pop: 'children', status: 'joined', aff: 'other', age: [null, null] }],
      ],
      [
        'The 17-year-old was one of 9 Somali teenagers arrested at the airport.',
        [{ v: [9, 9], pop: 'children', origin: ['SO'], status: 'detained' }],
      ],
      // 7. Shares of a whole.
      [
        'One in five of the 900 detainees at the Ghwayran prison is a minor.',
        [{ v: [900, 900], pop: 'people', status: 'detained' }],
      ],
      [
        'A third of the 1,200 foreign fighters who travelled from Belgium have returned.',
        [{ v: [1200, 1200], pop: 'fighters', origin: ['BE'] }],
      ],
      [
        'Nearly half of the 54 Dutch women in the camps have children under six.',
        [{ v: [54, 54], pop: 'women', origin: ['NL'], status: 'present', age: [null, null] }],
      ],
      [
        'Around 40 per cent of the 6,000 Tajiks who went to Syria were women.',
        [{ v: [6000, 6000], pop: 'people', origin: ['TJ'], status: 'joined', loc: ['SY'] }],
      ],
      [
        "About 40 per cent of the camp's 9,000 residents are under 12.",
        [{ v: [9000, 9000], pop: 'people', age: [null, null] }],
      ],
      ['Half of the 9,000 residents are under 12.', [{ v: [9000, 9000], pop: 'people', age: [null, null] }]],
      [
        'Of the 140 Kyrgyz children returned, 20 were under the age of three.',
        [
          { v: [140, 140], pop: 'children', origin: ['KG'], status: 'returned', age: [null, null] },
          { v: [20, 20], pop: 'children', origin: ['KG'], status: 'returned', age: [null, 2] },
        ],
      ],
      // 8. Numbers in words.
      [
        'Two dozen Kenyan recruits were intercepted at the Somali border last month.',
        [{ v: [24, 24], pop: 'fighters', origin: ['KE'], status: 'detained' }],
      ],
      ['A few hundred Yemenis are thought to have fought for AQAP in Yemen.', []],
      ['Several thousand JNIM fighters operate across central Mali and Burkina Faso.', []],
      [
        'Some two hundred and fifty children were handed over to UNICEF by the Somali National Army.',
        [{ v: [250, 250], pop: 'children' }],
      ],
      [
        'A score of Chadian soldiers died when Boko Haram overran their base.',
        [{ v: [20, 20], pop: 'fighters', origin: ['TD'], status: 'killed', aff: 'other' }],
      ],
      [
        'Forty-odd Uzbek women are still in al-Roj camp.',
        [{ v: [40, 40], pop: 'women', origin: ['UZ'], status: 'present', loc: ['SY'] }],
      ],
      [
        'A couple of hundred Maldivians are estimated to have joined ISIS.',
        [{ v: [200, 200], pop: 'people', origin: ['MV'], status: 'joined', aff: 'isis' }],
      ],
      [
        'Half a dozen Tajik women were arrested on arrival in Dushanbe.',
        [{ v: [6, 6], pop: 'women', origin: ['TJ'], status: 'detained' }],
      ],
      [
        'Over a hundred Burkinabe soldiers have died in attacks claimed by JNIM this year.',
        [{ v: [100, null], pop: 'fighters', origin: ['BF'], status: 'killed', aff: 'other' }],
      ],
      // 9. Nigeria, Somalia, Yemen and the Sahel.
      [
        'JNIM claimed responsibility for the ambush, in which 33 Burkinabe soldiers were killed.',
        [{ v: [33, 33], pop: 'fighters', origin: ['BF'], status: 'killed', aff: 'other' }],
      ],
      [
        'The Houthis have recruited an estimated 10,000 children since 2014, according to the Yemeni government.',
        [
          {
            v: [10000, 10000],
            pop: 'children',
            status: 'joined',
            aff: 'other',
            source: 'the Yemeni government',
          },
        ],
      ],
      [
        'Al-Shabaab executed four men accused of spying for the government in Jilib on Sunday.',
        [{ v: [4, 4], pop: 'men', status: 'killed', aff: 'other' }],
      ],
      [
        'Al-Shabaab fighters killed 19 people, among them seven police officers, in Mogadishu.',
        [
          { v: [19, 19], pop: 'people', status: 'killed', aff: 'other', loc: ['SO'] },
          { v: [7, 7], pop: 'fighters', status: 'killed', loc: ['SO'] },
        ],
      ],
      [
        'Nigeria — ISWAP abducted at least 80 people, mostly women, from villages near Monguno.',
        [{ v: [80, null], pop: 'people', status: 'other', aff: 'isis', loc: ['NG'] }],
      ],
      [
        'At least 40 girls are held captive by Boko Haram.',
        [{ v: [40, null], pop: 'children', status: 'other', aff: 'other' }],
      ],
      [
        'Prosecutors say the cell wired money to at least nine Somali fighters and helped four more travel to Mogadishu.',
        [
          { v: [9, null], pop: 'fighters', origin: ['SO'], source: 'Prosecutors' },
          { v: [4, 4], pop: 'fighters', origin: ['SO'], status: 'joined', source: 'Prosecutors' },
        ],
      ],
      [
        'The jury convicted four Somali-born men of funnelling money and at least 20 recruits to al-Shabaab.',
        [
          { v: [4, 4], pop: 'men', origin: ['SO'], status: 'detained', aff: 'other' },
          { v: [20, null], pop: 'fighters', status: 'joined', aff: 'other' },
        ],
      ],
      [
        'Some 500 ISWAP fighters and their families, more than 2,000 people in all, surrendered at Bama.',
        [
          { v: [500, 500], pop: 'fighters', aff: 'isis' },
          { v: [2000, null], pop: 'people', aff: 'isis' },
        ],
      ],
      [
        'JNIM fighters killed nine Malian soldiers and wounded a dozen others near Ségou.',
        [
          { v: [9, 9], pop: 'fighters', origin: ['ML'], status: 'killed', aff: 'other' },
          { v: [12, 12], pop: 'fighters', origin: ['ML'], status: 'other', aff: 'other' },
        ],
      ],
      [
        'At least 56 pupils aged between 10 and 16 were taken from a school in Kankara by gunmen.',
        [{ v: [56, null], pop: 'children', status: 'other', age: [10, 16], loc: ['NG'] }],
      ],
      [
        "Houthi forces detained 14 Baha'is, including a 16-year-old, in Sanaa.",
        [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['YE'] }],
      ],
      // 10. Hansard questions, hedges and bounds.
      [
        'Question: how many Swedish children remain in Syria? Answer: around 40, according to the ministry.',
        [{ v: [40, 40], pop: 'children', origin: ['SE'], source: 'the ministry' }],
      ],
      [
        'Lord Ahmad said 20 unaccompanied British minors were being assessed for return.',
        [{ v: [20, 20], pop: 'children', origin: ['GB'], source: 'Lord Ahmad', not: 'returned' }],
      ],
      ['Of those charged, roughly 90% were men and about a fifth were under 21.', []],
      [
        'Just under 200 Kyrgyz children remain in the camps.',
        [{ v: [null, 200], pop: 'children', origin: ['KG'], status: 'present', age: [null, null] }],
      ],
      [
        'North of 2,000 Tunisians fought in Libya.',
        [{ v: [2000, null], pop: 'fighters', origin: ['TN'], loc: ['LY'] }],
      ],
      [
        'No fewer than 300 Kazakh women have been brought home.',
        [{ v: [300, null], pop: 'women', origin: ['KZ'], status: 'returned' }],
      ],
      [
        'Some 30-odd Finnish children are in al-Hol.',
        [{ v: [30, 30], pop: 'children', origin: ['FI'], status: 'present' }],
      ],
      [
        'c. 400 Dutch fighters travelled to Syria.',
        [{ v: [400, 400], pop: 'fighters', origin: ['NL'], status: 'joined' }],
      ],
      [
        'Between 40–50 Norwegian women remain in the camps.',
        [{ v: [40, 50], pop: 'women', origin: ['NO'], status: 'present' }],
      ],
      [
        'Fewer than a dozen Irish citizens travelled to Syria.',
        [{ v: [null, 12], pop: 'people', origin: ['IE'], status: 'joined' }],
      ],
      [
        'Of the estimated 850 British travellers, 425 have returned.',
        [
          { v: [850, 850], pop: 'people', origin: ['GB'] },
          { v: [425, 425], pop: 'people', origin: ['GB'], status: 'returned' },
        ],
      ],
      [
        'Upwards of 40,000 people, two thirds of them children, are held in al-Hol.',
        [{ v: [40000, null], pop: 'people', status: 'present', loc: ['SY'] }],
      ],
      [
        'The report estimates that 1 in 3 of the 24,000 children in the camps is under five.',
        [{ v: [24000, 24000], pop: 'children', age: [null, null], source: 'The report' }],
      ],
      [
        'Three in ten of the 2,500 Kyrgyz returnees are children.',
        [{ v: [2500, 2500], pop: 'people', origin: ['KG'], status: 'returned' }],
      ],
      [
        'A handful of the 30 Canadian detainees are women.',
        [{ v: [30, 30], pop: 'people', origin: ['CA'], status: 'detained' }],
      ],
      [
        'Approximately 60 of the 110 Kenyans who joined al-Shabaab were killed in Somalia, the study found.',
        [
          { v: [60, 60], pop: 'people', origin: ['KE'], status: 'killed', source: 'the study' },
          { v: [110, 110], pop: 'people', origin: ['KE'], status: 'joined', source: 'the study' },
        ],
      ],
      [
        'My right hon. Friend has confirmed that fewer than 10 British men are in Iraqi custody.',
        [{ v: [null, 10], pop: 'men', origin: ['GB'], status: 'detained', source: 'My right hon. Friend' }],
      ],
      [
        'The eighteen under-16s detained in Diffa were released to UNICEF in June.',
        [{ v: [18, 18], pop: 'children', age: [null, 15], loc: ['NE'] }],
      ],
      [
        'Forty per cent of the 12,000 Houthi recruits are thought to be under 18.',
        [{ v: [12000, 12000], pop: 'fighters', aff: 'other', age: [null, null] }],
      ],
      // 11. UN verified violations.
      [
        'Verified violations attributed to ISWAP included the abduction of 64 children, 22 of whom were girls.',
        [
          { v: [64, 64], pop: 'children', status: 'other', aff: 'isis' },
          { v: [22, 22], pop: 'children', status: 'other', aff: 'isis' },
        ],
      ],
      [
        'The country task force verified the killing of 41 children by unidentified armed elements in Mali.',
        [{ v: [41, 41], pop: 'children', status: 'killed', loc: ['ML'] }],
      ],
      [
        'Fact sheet – Somalia: 1,716 children recruited and used; 261 abducted; 300 killed or maimed.',
        [
          { v: [1716, 1716], pop: 'children', status: 'joined', source: null },
          { v: [261, 261], pop: 'children', status: 'other' },
          { v: [300, 300], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Al-Shabaab recruited some 1,800 children in 2019, of whom 70 were girls, the task force said.',
        [
          { v: [1800, 1800], pop: 'children', status: 'joined', aff: 'other', source: 'the task force' },
          { v: [70, 70], pop: 'children', status: 'joined', aff: 'other', source: 'the task force' },
        ],
      ],
      [
        'A total of 1,123 boys and 89 girls were separated from armed groups in Somalia.',
        [
          { v: [1123, 1123], pop: 'children', loc: ['SO'] },
          { v: [89, 89], pop: 'children', loc: ['SO'] },
        ],
      ],
      [
        'Children aged between 12 and 15 accounted for most of the 93 recruits verified in Yemen.',
        [{ v: [93, 93], pop: 'fighters', age: [null, null], loc: ['YE'] }],
      ],
    ],
    OPEN_EN,
  );
});
