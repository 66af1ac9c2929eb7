// Blind probes of the thirty-fourth English round: sentences in the style of UN children-and-armed-conflict
// reports, UNICEF releases, HRW/Amnesty briefs, wire copy and think-tank studies (ICSR, Soufan, CTC
// Sentinel, Crisis Group) on Yemen, Somalia, Nigeria and Lake Chad, the Sahel, Mozambique, the DRC, the
// Syrian camps and prisons, repatriations to Europe and Central Asia, ISIS-K and the North Caucasus; counts
// without a noun resolved to their antecedent, bounds, brackets and slashes, line tables, status, origin and
// source. Written for this test (no report's text). Those the engine does not meet yet are in `open`.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set<string>([
  // The SDF is not in the gazetteer on purpose; its bracketed share takes another group named nearby.
  'The UN verified 1,011 cases of child recruitment by the SDF (322), Hayat Tahrir al-Sham (212) and ISIL (94).',
]);

describe('en: Yemen, Somalia, Lake Chad, the Sahel, the DRC, the Syrian camps, ISIS-K, the Caucasus (en34)', () => {
  runProbes(
    'en',
    [
      // 1. Yemen: the Houthis and the coalition.
      [
        'The United Nations verified the recruitment and use of 1,142 children by the Houthis in Yemen, as well as 64 by Government forces.',
        [
          {
            v: [1142, 1142],
            pop: 'children',
            status: 'joined',
            aff: 'other',
            loc: ['YE'],
            source: 'The United Nations',
          },
          { v: [64, 64], pop: 'children', status: 'joined' },
        ],
      ],
      [
        'The Houthis recruited between 1,500 and 2,000 children in 2022, UN experts said.',
        [{ v: [1500, 2000], pop: 'children', status: 'joined', aff: 'other', source: 'UN experts' }],
      ],
      [
        'The Houthis have detained 13 UN staff in Sanaa since June, the Secretary-General said.',
        [
          {
            v: [13, 13],
            pop: 'people',
            status: 'detained',
            aff: 'other',
            loc: ['YE'],
            source: 'the Secretary-General',
          },
        ],
      ],
      // 2. Somalia: al-Shabaab; a slash breakdown in brackets.
      [
        'The UN verified the abduction of 412 children (298 boys/114 girls) by al-Shabaab in Somalia.',
        [
          { v: [412, 412], pop: 'children', aff: 'other', loc: ['SO'], source: 'The UN' },
          { v: [298, 298], pop: 'children', aff: 'other' },
          { v: [114, 114], pop: 'children', aff: 'other' },
        ],
      ],
      [
        'Of the 2,367 children recruited by al-Shabaab in Somalia, 1,021 were abducted.',
        [
          { v: [2367, 2367], pop: 'children', status: 'joined', aff: 'other', loc: ['SO'] },
          { v: [1021, 1021], pop: 'children', not: 'joined' },
        ],
      ],
      [
        'Al-Shabaab abducted at least 700 children in Somalia last year, the UN said.',
        [{ v: [700, null], pop: 'children', aff: 'other', loc: ['SO'], source: 'the UN' }],
      ],
      [
        'Al-Shabaab claimed the Mogadishu hotel siege, in which 21 people died.',
        [{ v: [21, 21], pop: 'people', status: 'killed', aff: 'other', loc: ['SO'], source: null }],
      ],
      [
        'Al-Shabaab claimed the attack killed 40 Kenyan soldiers.',
        [{ v: [40, 40], pop: 'fighters', origin: ['KE'], status: 'killed', source: 'Al-Shabaab' }],
      ],
      // 3. Nigeria and the Lake Chad basin.
      [
        'Boko Haram has abducted more than 1,500 children in north-east Nigeria since 2013, according to UNICEF.',
        [{ v: [1500, null], pop: 'children', aff: 'other', loc: ['NG'], source: 'UNICEF' }],
      ],
      [
        'Between 3,000 and 5,000 ISWAP fighters are active around Lake Chad, according to Crisis Group.',
        [{ v: [3000, 5000], pop: 'fighters', status: 'present', aff: 'isis', source: 'Crisis Group' }],
      ],
      [
        'In Nigeria, 166 children (91 boys, 75 girls) were used as suicide bombers by Boko Haram and ISWAP.',
        [
          { v: [166, 166], pop: 'children', status: 'joined', loc: ['NG'] },
          { v: [91, 91], pop: 'children', status: 'joined' },
          { v: [75, 75], pop: 'children', status: 'joined' },
        ],
      ],
      [
        'ISWAP claimed the attack in Borno, which killed 30 soldiers.',
        [{ v: [30, 30], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['NG'], source: null }],
      ],
      // 4. The Sahel.
      [
        'JNIM fighters killed nearly 100 civilians in Barsalogho, Burkina Faso, Human Rights Watch said.',
        [
          {
            v: [100, 100],
            pop: 'people',
            status: 'killed',
            aff: 'other',
            loc: ['BF'],
            source: 'Human Rights Watch',
          },
        ],
      ],
      [
        'The number of children associated with armed groups in Mali stands at 1,200, according to the report.',
        [{ v: [1200, 1200], pop: 'children', loc: ['ML'], source: 'the report' }],
      ],
      [
        'At least 17 soldiers were killed when JNIM fighters attacked a base in central Mali, AFP reported.',
        [{ v: [17, null], pop: 'fighters', status: 'killed', aff: 'other', loc: ['ML'], source: 'AFP' }],
      ],
      [
        'ISGS militants killed 137 villagers in Tahoua region, Niger, in March 2021.',
        [{ v: [137, 137], pop: 'people', status: 'killed', aff: 'isis', loc: ['NE'], source: null }],
      ],
      // 5. Mozambique and the DRC.
      [
        'Islamic State militants in Cabo Delgado beheaded at least 20 people, Amnesty International said.',
        [
          {
            v: [20, null],
            pop: 'people',
            status: 'killed',
            aff: 'isis',
            loc: ['MZ'],
            source: 'Amnesty International',
          },
        ],
      ],
      [
        'Militants linked to the Islamic State in Mozambique have abducted up to 600 women and girls since 2018, HRW said.',
        [{ v: [null, 600], pop: 'people', aff: 'isis', loc: ['MZ'], source: 'HRW' }],
      ],
      [
        'The ADF killed an estimated 40 people in Beni territory on Tuesday, local officials told Reuters.',
        [
          {
            v: [40, 40],
            pop: 'people',
            status: 'killed',
            aff: 'other',
            loc: ['CD'],
            source: 'local officials',
          },
        ],
      ],
      [
        'M23 rebels killed up to 171 civilians in Kishishe in November, the UN human rights office said.',
        [
          {
            v: [null, 171],
            pop: 'people',
            status: 'killed',
            aff: 'other',
            source: 'the UN human rights office',
          },
        ],
      ],
      // 6. The Syrian camps and prisons.
      [
        'Some 49,000 people, most of them women and children, remain in al-Hol camp in north-east Syria.',
        [{ v: [49000, 49000], pop: 'people', status: 'present', loc: ['SY'] }],
      ],
      [
        'Some 11,000 suspected IS members, including 700 boys, are detained in north-east Syria.',
        [
          { v: [11000, 11000], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['SY'] },
          { v: [700, 700], pop: 'children', status: 'detained', loc: ['SY'] },
        ],
      ],
      [
        'According to the Rojava Information Center, some 2,000 foreign men are held in SDF prisons, among them 80 from Russia.',
        [
          {
            v: [2000, 2000],
            pop: 'men',
            origin: ['region:foreign'],
            status: 'detained',
            source: 'the Rojava Information Center',
          },
          { v: [80, 80], pop: 'men', origin: ['RU'], status: 'detained' },
        ],
      ],
      [
        'UNICEF said 2,800 children remain in Roj and al-Hol, 1,000 of them foreigners from more than 60 countries.',
        [
          { v: [2800, 2800], pop: 'children', status: 'present', loc: ['SY'], source: 'UNICEF' },
          { v: [1000, 1000], pop: 'children', origin: ['region:foreign'], status: 'present' },
        ],
      ],
      [
        'Human Rights Watch estimates that nearly 7,000 children from 60 countries are held in al-Hol and Roj.',
        [{ v: [7000, 7000], pop: 'children', loc: ['SY'], source: 'Human Rights Watch' }],
      ],
      // 7. Repatriations: planned returns are no returns; origin only of those it is said of.
      [
        'Kazakhstan has repatriated 754 people from Syria, including 406 children.',
        [
          { v: [754, 754], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Belgium plans to repatriate 16 children and 6 mothers from the camps; 10 children have already come home.',
        [
          { v: [16, 16], pop: 'children', origin: ['BE'], not: 'returned' },
          { v: [6, 6], pop: 'women', origin: ['BE'], not: 'returned' },
          { v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned' },
        ],
      ],
      [
        'Italy plans to bring back 14 women and children from al-Hol next month.',
        [{ v: [14, 14], pop: 'people', origin: ['IT'], not: 'returned' }],
      ],
      [
        'France has so far repatriated 35 children from the camps, while 200 more remain there.',
        [
          { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
          { v: [200, 200], pop: 'children', origin: ['FR'], status: 'present' },
        ],
      ],
      [
        'Tajikistan has brought home 84 children from Iraq; a further 146 have come home from Syria.',
        [
          { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] },
          { v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Of the 5,600 Europeans who travelled to Syria and Iraq, some 1,500 have come home, the Soufan Center estimates.',
        [
          {
            v: [5600, 5600],
            pop: 'people',
            origin: ['region:europe'],
            status: 'joined',
            source: 'the Soufan Center',
          },
          { v: [1500, 1500], pop: 'people', origin: ['region:europe'], status: 'returned' },
        ],
      ],
      [
        'Uzbekistan repatriated 318 nationals, 247 of them children, from Syria in an operation called Mehr.',
        [
          { v: [318, 318], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] },
          { v: [247, 247], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Finland has repatriated 23 children; Sweden, 12.',
        [
          { v: [23, 23], pop: 'children', origin: ['FI'], status: 'returned' },
          { v: [12, 12], pop: 'children', origin: ['SE'], status: 'returned' },
        ],
      ],
      [
        'Kyrgyzstan repatriated 79 children and 28 women from al-Hol, bringing the total to 500.',
        [
          { v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned' },
          { v: [28, 28], pop: 'women', origin: ['KG'], status: 'returned' },
          { v: [500, 500], pop: 'people', origin: ['KG'], status: 'returned' },
        ],
      ],
      // 8. Counts with no noun: a pronoun and a status word name the people ("those arrested").
      [
        'Among those repatriated were 40 from Kazakhstan.',
        [{ v: [40, 40], pop: 'people', origin: ['KZ'], status: 'returned' }],
      ],
      [
        'Those killed included 3 from Chad and 2 from Niger.',
        [
          { v: [3, 3], pop: 'people', origin: ['TD'], status: 'killed' },
          { v: [2, 2], pop: 'people', origin: ['NE'], status: 'killed' },
        ],
      ],
      [
        'Among the foreign fighters were 651 from Tunisia and 318 from Morocco.',
        [
          { v: [651, 651], pop: 'fighters', origin: ['TN'] },
          { v: [318, 318], pop: 'fighters', origin: ['MA'] },
        ],
      ],
      [
        'Some 5,000 foreign fighters came from Europe: 1,910 from France, 760 from Germany and 498 from Belgium.',
        [
          { v: [5000, 5000], pop: 'fighters', origin: ['region:europe'] },
          { v: [1910, 1910], pop: 'fighters', origin: ['FR'] },
          { v: [760, 760], pop: 'fighters', origin: ['DE'] },
          { v: [498, 498], pop: 'fighters', origin: ['BE'] },
        ],
      ],
      // 9. Tables set as lines under a heading.
      [
        'Repatriated children, by country:\nKazakhstan - 406\nUzbekistan - 247',
        [
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
          { v: [247, 247], pop: 'children', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Foreign fighters by country:\nTunisia: 3,000;\nMorocco: 1,500.',
        [
          { v: [3000, 3000], pop: 'fighters', origin: ['TN'] },
          { v: [1500, 1500], pop: 'fighters', origin: ['MA'] },
        ],
      ],
      [
        'The FARC dissidents recruited 130 children in Colombia last year.',
        [{ v: [130, 130], pop: 'children', status: 'joined', aff: 'other', loc: ['CO'] }],
      ],
      // 10. ISIS-K; Russia and the North Caucasus.
      [
        'ISIS-K had between 1,500 and 2,200 fighters in Afghanistan, according to the UN monitoring team.',
        [
          {
            v: [1500, 2200],
            pop: 'fighters',
            status: 'present',
            aff: 'isis',
            loc: ['AF'],
            source: 'the UN monitoring team',
          },
        ],
      ],
      [
        'Pakistani police arrested 23 suspected ISIS-K militants in Balochistan.',
        [{ v: [23, 23], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['PK'] }],
      ],
      [
        'ISIS-K claimed the attack, which killed 170 civilians and 13 US troops.',
        [
          { v: [170, 170], pop: 'people', status: 'killed', aff: 'isis', source: null },
          { v: [13, 13], pop: 'fighters', origin: ['US'], status: 'killed', source: null },
        ],
      ],
      [
        'ISIS-K claimed that 170 people died in the bombing.',
        [{ v: [170, 170], pop: 'people', status: 'killed', aff: 'isis', source: 'ISIS-K' }],
      ],
      [
        'Russian security services said they had detained 12 members of an Islamic State cell in Dagestan.',
        [
          {
            v: [12, 12],
            pop: 'fighters',
            status: 'detained',
            aff: 'isis',
            loc: ['RU'],
            source: 'Russian security services',
          },
        ],
      ],
      [
        'About 4,000 Russian nationals went to fight for the Islamic State, 2,000 of them from the North Caucasus.',
        [
          { v: [4000, 4000], pop: 'fighters', origin: ['RU'], status: 'joined', aff: 'isis' },
          { v: [2000, 2000], pop: 'fighters', origin: ['region:north-caucasus'], status: 'joined' },
        ],
      ],
      [
        'Some 150 Chechens died fighting in Syria, local media reported.',
        [
          {
            v: [150, 150],
            pop: 'fighters',
            origin: ['RU'],
            status: 'killed',
            loc: ['SY'],
            source: 'local media',
          },
        ],
      ],
      [
        'Of the 1,500 Dagestanis who left for Syria, 200 have been killed and 110 have returned.',
        [
          { v: [1500, 1500], pop: 'people', origin: ['RU'], status: 'joined' },
          { v: [200, 200], pop: 'people', origin: ['RU'], status: 'killed' },
          { v: [110, 110], pop: 'people', origin: ['RU'], status: 'returned' },
        ],
      ],
      [
        'Russia said it had returned 341 children from Iraq and Syria under the programme led by Chechen leader Ramzan Kadyrov.',
        [
          {
            v: [341, 341],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            loc: ['IQ', 'SY'],
            source: 'Russia',
          },
        ],
      ],
      [
        'The UN verified 1,011 cases of child recruitment by the SDF (322), Hayat Tahrir al-Sham (212) and ISIL (94).',
        [
          { v: [1011, 1011], pop: 'children', status: 'joined' },
          { v: [322, 322], pop: 'children', aff: 'other' },
          { v: [212, 212], pop: 'children', aff: 'al-nusra' },
          { v: [94, 94], pop: 'children', aff: 'isis' },
        ],
      ],
    ],
    OPEN_EN,
  );
});
