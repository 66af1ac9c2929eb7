// Blind probes of the thirty-fifth English round: sentences in the style of UN children-and-armed-conflict
// reports, UNICEF and OCHA releases, HRW/Amnesty briefs, wire copy and headlines, think-tank studies (ICSR,
// Soufan, CTC Sentinel, Crisis Group) and court news, on the Sahel (JNIM, ISGS), the Lake Chad basin,
// Mozambique, the DRC (ADF, M23), Sudan (RSF), Myanmar, ISIS-K, the Western Balkans and European and
// Central Asian returns and trials; counts without a noun resolved to their antecedent, bounds, number
// words, tables in prose, planned and done returns, origin only where said, source. Written for this test
// (no report's text). Those the engine does not meet yet are in `open`.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set<string>([
  // No link to an armed conflict or group (GUIDELINES: not a claim); the engine has no test of such a
  // link for a plain count of people with a verb of presence.
  'An estimated 10,000 people attended the funeral.',
  // "our citizens" in a quote: the speaker's nationality ("a Dutch official") is theirs; the engine does
  // not tie a first-person possessive inside a quote to the speaker it is attributed to.
  '"Around 50 of our citizens are still there," a Dutch official said.',
]);

describe('en: the Sahel, Lake Chad, Mozambique, the DRC, Sudan, Myanmar, ISIS-K, the Balkans, returns and trials (en35)', () => {
  runProbes(
    'en',
    [
      // 1. The Sahel: JNIM, ISGS; UN verification with "of whom"; headlines with no noun.
      [
        'JNIM militants abducted 52 women near Arbinda in northern Burkina Faso, the government said.',
        [{ v: [52, 52], pop: 'women', aff: 'other', loc: ['BF'], source: 'the government' }],
      ],
      [
        'The UN verified the recruitment and use of 191 children in Burkina Faso, of whom 37 were girls.',
        [
          { v: [191, 191], pop: 'children', status: 'joined', loc: ['BF'], source: 'The UN' },
          { v: [37, 37], pop: 'children', status: 'joined' },
        ],
      ],
      [
        'Between 20 and 30 Malian soldiers were killed in an ambush claimed by the Islamic State in the Sahel, officials told AFP.',
        [
          {
            v: [20, 30],
            pop: 'fighters',
            origin: ['ML'],
            status: 'killed',
            aff: 'isis',
            source: 'officials',
          },
        ],
      ],
      [
        "Niger's army said it had killed nearly 50 terrorists near Tillaberi.",
        [{ v: [50, 50], pop: 'fighters', status: 'killed', loc: ['NE'], source: "Niger's army" }],
      ],
      [
        'Some 2,000 JNIM fighters operate in central Mali, according to Crisis Group.',
        [
          {
            v: [2000, 2000],
            pop: 'fighters',
            status: 'present',
            aff: 'other',
            loc: ['ML'],
            source: 'Crisis Group',
          },
        ],
      ],
      [
        'Three hundred and twelve children were released from armed groups in Mali in 2022.',
        [{ v: [312, 312], pop: 'children', loc: ['ML'] }],
      ],
      [
        'Burkina Faso: 4 children killed, 11 injured in IED blast in Djibo',
        [
          { v: [4, 4], pop: 'children', status: 'killed', loc: ['BF'] },
          { v: [11, 11], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Mali: 16 killed in jihadist attack on army post',
        [{ v: [16, 16], pop: 'people', status: 'killed', loc: ['ML'] }],
      ],
      [
        "Jama'at Nusrat al-Islam wal-Muslimin fighters killed 33 soldiers in the attack on a military post near Koutougou.",
        [{ v: [33, 33], pop: 'fighters', status: 'killed', aff: 'other' }],
      ],
      [
        'UNICEF said 23 children had been killed in Niger in the first half of the year, and a further 17 injured.',
        [
          { v: [23, 23], pop: 'children', status: 'killed', loc: ['NE'], source: 'UNICEF' },
          { v: [17, 17], pop: 'children', status: 'other' },
        ],
      ],
      // 2. The Lake Chad basin.
      [
        'More than 1,000 former Boko Haram associates, among them 600 children, have passed through the Operation Safe Corridor programme.',
        [
          { v: [1000, null], pop: 'people', aff: 'other' },
          { v: [600, 600], pop: 'children', aff: 'other' },
        ],
      ],
      [
        'Cameroonian troops rescued 45 hostages held by Boko Haram, 30 of them women.',
        [
          { v: [45, 45], pop: 'people', aff: 'other' },
          { v: [30, 30], pop: 'women', aff: 'other' },
        ],
      ],
      [
        'Chad says it lost 92 soldiers in a Boko Haram attack on the Bohoma peninsula.',
        [{ v: [92, 92], pop: 'fighters', status: 'killed', source: 'Chad' }],
      ],
      [
        'Forty-two fighters of the Islamic State West Africa Province surrendered to Nigerian troops.',
        [{ v: [42, 42], pop: 'fighters', aff: 'isis' }],
      ],
      [
        'ISWAP is estimated to have between 3,500 and 5,000 fighters, compared with 1,500 to 2,000 for the Bakura faction.',
        [
          { v: [3500, 5000], pop: 'fighters', status: 'present', aff: 'isis' },
          { v: [1500, 2000], pop: 'fighters' },
        ],
      ],
      // 3. Mozambique and the DRC.
      [
        'At least 51 children were abducted in Cabo Delgado between January and March, according to Human Rights Watch.',
        [{ v: [51, null], pop: 'children', loc: ['MZ'], source: 'Human Rights Watch' }],
      ],
      [
        'Nearly one million people have been displaced by the conflict in Cabo Delgado, OCHA said.',
        [{ v: [1000000, 1000000], pop: 'people', status: 'other', loc: ['MZ'], source: 'OCHA' }],
      ],
      [
        'Mozambique: Insurgents behead 11 in Cabo Delgado',
        [{ v: [11, 11], pop: 'people', status: 'killed', loc: ['MZ'] }],
      ],
      [
        'The Islamic State claimed 34 attacks in Mozambique in 2023, killing 92 people.',
        [{ v: [92, 92], pop: 'people', status: 'killed', aff: 'isis', loc: ['MZ'] }],
      ],
      [
        'ADF rebels killed at least 36 people, among them 12 women, at a funeral in North Kivu, the army said.',
        [
          { v: [36, null], pop: 'people', status: 'killed', aff: 'other', loc: ['CD'], source: 'the army' },
          { v: [12, 12], pop: 'women', status: 'killed', aff: 'other' },
        ],
      ],
      [
        'DRC: ADF kills at least 40 in Ituri',
        [{ v: [40, null], pop: 'people', status: 'killed', aff: 'other', loc: ['CD'] }],
      ],
      [
        'M23 has recruited as many as 600 children since 2022, UN experts said.',
        [{ v: [600, 600], pop: 'children', status: 'joined', aff: 'other', source: 'UN experts' }],
      ],
      [
        'The UN Group of Experts estimated that between 3,000 and 4,000 Rwandan troops were fighting alongside M23.',
        [
          {
            v: [3000, 4000],
            pop: 'fighters',
            origin: ['RW'],
            status: 'present',
            source: 'The UN Group of Experts',
          },
        ],
      ],
      // 4. Sudan and Myanmar.
      [
        'RSF fighters killed at least 1,300 people in El Geneina, according to UN experts.',
        [
          {
            v: [1300, null],
            pop: 'people',
            status: 'killed',
            aff: 'other',
            loc: ['SD'],
            source: 'UN experts',
          },
        ],
      ],
      [
        'The United Nations verified 480 children killed and 764 maimed in Sudan in 2023.',
        [
          { v: [480, 480], pop: 'children', status: 'killed', loc: ['SD'], source: 'The United Nations' },
          { v: [764, 764], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Sudan: RSF kills 200 in Darfur village, says UN',
        [{ v: [200, 200], pop: 'people', status: 'killed', aff: 'other', loc: ['SD'] }],
      ],
      [
        'The Rapid Support Forces recruited at least 200 children in West Darfur, according to the Panel of Experts.',
        [{ v: [200, null], pop: 'children', status: 'joined', aff: 'other', source: 'the Panel of Experts' }],
      ],
      [
        'The Myanmar military arrested 1,200 people, 88 of them minors, after the coup, the AAPP said.',
        [
          { v: [1200, 1200], pop: 'people', status: 'detained', source: 'the AAPP' },
          { v: [88, 88], pop: 'children', status: 'detained' },
        ],
      ],
      [
        'In Myanmar, the UN verified 279 children killed and 485 maimed, attributing most of the casualties to the Tatmadaw.',
        [
          { v: [279, 279], pop: 'children', status: 'killed', loc: ['MM'] },
          { v: [485, 485], pop: 'children', status: 'other', loc: ['MM'] },
        ],
      ],
      // 5. Afghanistan and ISIS-K.
      [
        'ISIS-K has between 4,000 and 6,000 members, of whom roughly 2,000 are fighters, a UN report said.',
        [
          { v: [4000, 6000], pop: 'fighters', aff: 'isis', source: 'a UN report' },
          { v: [2000, 2000], pop: 'fighters', aff: 'isis' },
        ],
      ],
      [
        'The Taliban say they have detained 1,500 suspected ISIS-K members since August 2021.',
        [{ v: [1500, 1500], pop: 'fighters', status: 'detained', aff: 'isis', source: 'The Taliban' }],
      ],
      [
        'Some 200 Tajik nationals are believed to be fighting with ISIS-K in Afghanistan.',
        [{ v: [200, 200], pop: 'fighters', origin: ['TJ'], status: 'present', aff: 'isis', loc: ['AF'] }],
      ],
      [
        'CTC Sentinel estimates that roughly 1,000 foreign fighters remain with ISIS-K in Afghanistan.',
        [
          {
            v: [1000, 1000],
            pop: 'fighters',
            origin: ['region:foreign'],
            aff: 'isis',
            loc: ['AF'],
            source: 'CTC Sentinel',
          },
        ],
      ],
      [
        'Roughly 2,000 ISIS-K fighters were killed or captured in 2020.',
        [{ v: [2000, 2000], pop: 'fighters', status: 'other', aff: 'isis' }],
      ],
      // 6. The Western Balkans.
      [
        'Kosovo repatriated 110 citizens from Syria in April 2019: 74 children, 32 women and four men.',
        [
          { v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned', loc: ['SY'] },
          { v: [74, 74], pop: 'children', origin: ['XK'], status: 'returned' },
          { v: [32, 32], pop: 'women', origin: ['XK'], status: 'returned' },
          { v: [4, 4], pop: 'men', origin: ['XK'], status: 'returned' },
        ],
      ],
      [
        'Kosovo brings home 110 from Syria',
        [{ v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Of the roughly 300 Kosovars who went to Syria and Iraq, 70 were killed and 120 have returned, according to the Kosovo police.',
        [
          { v: [300, 300], pop: 'people', origin: ['XK'], status: 'joined', source: 'the Kosovo police' },
          { v: [70, 70], pop: 'people', origin: ['XK'], status: 'killed' },
          { v: [120, 120], pop: 'people', origin: ['XK'], status: 'returned' },
        ],
      ],
      [
        'Bosnia and Herzegovina has repatriated 25 of its citizens, including 12 children, from Syria.',
        [
          { v: [25, 25], pop: 'people', origin: ['BA'], status: 'returned', loc: ['SY'] },
          { v: [12, 12], pop: 'children', origin: ['BA'], status: 'returned' },
        ],
      ],
      [
        'North Macedonia brought back seven fighters from Syria in August 2019, who were charged on arrival.',
        [{ v: [7, 7], pop: 'fighters', origin: ['MK'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Albania has repatriated 11 women and children from al-Hol, while some 60 Albanian nationals remain in the camps.',
        [
          { v: [11, 11], pop: 'people', origin: ['AL'], status: 'returned', loc: ['SY'] },
          { v: [60, 60], pop: 'people', origin: ['AL'], status: 'present' },
        ],
      ],
      [
        'Some 80 Albanians remain in the camps, 38 of whom are children, according to the Albanian government.',
        [
          {
            v: [80, 80],
            pop: 'people',
            origin: ['AL'],
            status: 'present',
            source: 'the Albanian government',
          },
          { v: [38, 38], pop: 'children', origin: ['AL'], status: 'present' },
        ],
      ],
      [
        'Returnees by country: Kosovo 110, Bosnia 25, North Macedonia 7, Albania 11.',
        [
          { v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned' },
          { v: [25, 25], pop: 'people', origin: ['BA'], status: 'returned' },
          { v: [7, 7], pop: 'people', origin: ['MK'], status: 'returned' },
          { v: [11, 11], pop: 'people', origin: ['AL'], status: 'returned' },
        ],
      ],
      [
        'Nearly 300 women and children have been repatriated to Kosovo, North Macedonia, Bosnia and Albania combined.',
        [{ v: [300, 300], pop: 'people', origin: ['AL', 'BA', 'MK', 'XK'], status: 'returned' }],
      ],
      [
        'Between 1,000 and 1,500 fighters from the Western Balkans joined armed groups in Syria and Iraq, the study estimates.',
        [
          {
            v: [1000, 1500],
            pop: 'fighters',
            origin: ['region:europe'],
            status: 'joined',
            loc: ['IQ', 'SY'],
            source: 'the study',
          },
        ],
      ],
      [
        'A further 9 Bosnian nationals, all of them children, were repatriated in December.',
        [{ v: [9, 9], pop: 'children', origin: ['BA'], status: 'returned' }],
      ],
      // 7. Western Europe: returns done and planned, the dead, trials.
      [
        'France has repatriated 169 children and 57 women since 2019, the Foreign Ministry said.',
        [
          {
            v: [169, 169],
            pop: 'children',
            origin: ['FR'],
            status: 'returned',
            source: 'the Foreign Ministry',
          },
          { v: [57, 57], pop: 'women', origin: ['FR'], status: 'returned' },
        ],
      ],
      [
        'The Netherlands brought back 12 women and 28 children from Roj camp on Tuesday; the women were arrested on arrival.',
        [
          { v: [12, 12], pop: 'women', origin: ['NL'], status: 'returned', loc: ['SY'] },
          { v: [28, 28], pop: 'children', origin: ['NL'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'About 300 Dutch nationals travelled to Syria and Iraq; roughly 100 are dead, and some 60 have returned.',
        [
          { v: [300, 300], pop: 'people', origin: ['NL'], status: 'joined', loc: ['IQ', 'SY'] },
          { v: [100, 100], pop: 'people', origin: ['NL'], status: 'killed' },
          { v: [60, 60], pop: 'people', origin: ['NL'], status: 'returned' },
        ],
      ],
      [
        'Of the 413 Belgians who travelled to Syria, 127 have returned and 142 are presumed dead, according to the OCAM threat assessment.',
        [
          {
            v: [413, 413],
            pop: 'people',
            origin: ['BE'],
            status: 'joined',
            source: 'the OCAM threat assessment',
          },
          { v: [127, 127], pop: 'people', origin: ['BE'], status: 'returned' },
          { v: [142, 142], pop: 'people', origin: ['BE'], status: 'killed' },
        ],
      ],
      [
        'Belgium estimates that 150 Belgian fighters are still in Syria, up to 50 of them in prison.',
        [
          {
            v: [150, 150],
            pop: 'fighters',
            origin: ['BE'],
            status: 'present',
            loc: ['SY'],
            source: 'Belgium',
          },
          { v: [null, 50], pop: 'fighters', origin: ['BE'], status: 'detained' },
        ],
      ],
      [
        'Germany plans to repatriate a further 8 women and 23 children in the coming weeks.',
        [
          { v: [8, 8], pop: 'women', origin: ['DE'], not: 'returned' },
          { v: [23, 23], pop: 'children', origin: ['DE'], not: 'returned' },
        ],
      ],
      [
        'A Paris court convicted 20 defendants over the 2015 attacks; 6 of them were tried in absentia.',
        [
          { v: [20, 20], pop: 'people', status: 'detained' },
          { v: [6, 6], pop: 'people', status: 'detained' },
        ],
      ],
      ['A Dutch court sentenced a woman to six years in prison for joining ISIS.', []],
      [
        'The court in The Hague sentenced three women who had joined ISIS in Syria to between two and four years in prison.',
        [{ v: [3, 3], pop: 'women', status: 'detained', aff: 'isis' }],
      ],
      [
        'Prosecutors in Brussels charged 14 returnees with participation in the activities of a terrorist group.',
        [{ v: [14, 14], pop: 'people', status: 'detained', loc: ['BE'] }],
      ],
      [
        'The Court of Bosnia and Herzegovina has convicted 25 people for fighting in Syria and Iraq.',
        [{ v: [25, 25], pop: 'fighters', status: 'detained' }],
      ],
      [
        'French police have arrested nine people suspected of planning an attack, the interior minister said.',
        [{ v: [9, 9], pop: 'people', status: 'detained', loc: ['FR'], source: 'the interior minister' }],
      ],
      [
        '"We have brought back 55 children, and we will bring back more," the minister told reporters.',
        [{ v: [55, 55], pop: 'children', status: 'returned', source: 'the minister' }],
      ],
      [
        'The minister said that some 150 nationals were still held in camps in north-east Syria.',
        [{ v: [150, 150], pop: 'people', status: 'present', loc: ['SY'], source: 'The minister' }],
      ],
      [
        '"Around 50 of our citizens are still there," a Dutch official said.',
        [{ v: [50, 50], pop: 'people', origin: ['NL'], status: 'present', source: 'a Dutch official' }],
      ],
      // 8. Central Asia.
      [
        'Tajikistan repatriated 146 women and children, 124 of whom were minors, from Syria.',
        [
          { v: [146, 146], pop: 'people', origin: ['TJ'], status: 'returned', loc: ['SY'] },
          { v: [124, 124], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'Kyrgyzstan brought home 59 children and 16 women from Syria on a special flight, while four more children are expected to follow.',
        [
          { v: [59, 59], pop: 'children', origin: ['KG'], status: 'returned', loc: ['SY'] },
          { v: [16, 16], pop: 'women', origin: ['KG'], status: 'returned' },
          { v: [4, 4], pop: 'children', origin: ['KG'], not: 'returned' },
        ],
      ],
      [
        "Kazakhstan's Zhusan operations brought back 607 people, among them 413 children and 157 women; the rest were men.",
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [413, 413], pop: 'children', origin: ['KZ'], status: 'returned' },
          { v: [157, 157], pop: 'women', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Twenty-seven Kazakh women and 81 children returned home on Friday.',
        [
          { v: [27, 27], pop: 'women', origin: ['KZ'], status: 'returned' },
          { v: [81, 81], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'The Uzbek foreign ministry said 24 women and 68 children had been brought back on Thursday, the sixth such operation.',
        [
          {
            v: [24, 24],
            pop: 'women',
            origin: ['UZ'],
            status: 'returned',
            source: 'The Uzbek foreign ministry',
          },
          { v: [68, 68], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'An estimated 5,000 to 6,000 foreign fighters from Central Asia joined ISIS, according to the Soufan Center.',
        [
          {
            v: [5000, 6000],
            pop: 'fighters',
            origin: ['region:central-asia'],
            status: 'joined',
            aff: 'isis',
            source: 'the Soufan Center',
          },
        ],
      ],
      // 9. Counts with no noun, and the funeral with no war in it.
      ['Fifteen children were among those freed.', [{ v: [15, 15], pop: 'children' }]],
      [
        'Police in Mozambique arrested 34 suspected insurgents, and 12 more were detained in Tanzania.',
        [
          { v: [34, 34], pop: 'fighters', status: 'detained', loc: ['MZ'] },
          { v: [12, 12], pop: 'fighters', status: 'detained', loc: ['TZ'] },
        ],
      ],
      ['An estimated 10,000 people attended the funeral.', []],
    ],
    OPEN_EN,
  );
});
