// The mechanisms of the thirty-third English round, each pinned by sentences written for this test (no
// report's text) and by a counter-case that guards it from over-reach.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en33: "hold" is detention by its holder, presence where a camp holds them (statusWords, holdVerbs)', () => {
  runProbes('en', [
    [
      'Kurdish authorities hold 10,000 ISIS suspects in north-east Syria.',
      [{ v: [10000, 10000], pop: 'people', status: 'detained', aff: 'isis', loc: ['SY'] }],
    ],
    [
      'Iraq holds 20,000 ISIS suspects, officials say.',
      [{ v: [20000, 20000], pop: 'people', status: 'detained', source: 'officials' }],
    ],
    [
      'The SDF holds 2,000 foreign fighters in north-east Syria.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained', loc: ['SY'] }],
    ],
    // A camp named as the holder, or in the clause, holds people present (GUIDELINES: "held in camps").
    [
      'Al-Hol holds some 50,000 people.',
      [{ v: [50000, 50000], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
    ['Al-Hol still holds some 50,000 people.', [{ v: [50000, 50000], pop: 'people', status: 'present' }]],
    [
      'The camp holds 2,600 foreign women and 7,000 children.',
      [
        { v: [2600, 2600], pop: 'women', origin: ['region:foreign'], status: 'present' },
        { v: [7000, 7000], pop: 'children', status: 'present' },
      ],
    ],
    // Counter-cases: a prison holds them detained; citizenship held is no holding of people.
    ['The prison holds 5,000 ISIS suspects.', [{ v: [5000, 5000], pop: 'people', status: 'detained' }]],
    [
      'Five Belgian women who hold Iraqi citizenship remain in Roj camp.',
      [{ v: [5, 5], pop: 'women', origin: ['BE', 'IQ'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Twelve women who hold dual nationality were repatriated to Belgium.',
      [{ v: [12, 12], pop: 'women', origin: ['BE'], status: 'returned' }],
    ],
  ]);
});

describe('en33: a recounting verb after a passive agent ends its name (attributionVerbs)', () => {
  runProbes('en', [
    [
      'The 30 girls interviewed by HRW described being forced to marry fighters.',
      [{ v: [30, 30], pop: 'children', source: 'HRW' }],
    ],
    ['The 30 girls interviewed by HRW recounted abuse.', [{ v: [30, 30], pop: 'children', source: 'HRW' }]],
    [
      'Two of the 14 women interviewed by Reuters described life under ISIS.',
      [
        { v: [2, 2], pop: 'women', source: 'Reuters' },
        { v: [14, 14], pop: 'women', source: 'Reuters' },
      ],
    ],
    [
      'Witnesses described how 25 villagers were killed by JNIM fighters.',
      [{ v: [25, 25], pop: 'people', status: 'killed', aff: 'other', source: 'Witnesses' }],
    ],
    // Counter-case: a participle "described in" names no source.
    [
      'The 40 boys described in the report were held in Panorama prison.',
      [{ v: [40, 40], pop: 'children', status: 'detained', source: null }],
    ],
  ]);
});

describe('en33: counts listed by the country they come from count people (fromCountryList)', () => {
  runProbes('en', [
    [
      'The contingent included 651 from Tunisia and 318 from Morocco.',
      [
        { v: [651, 651], pop: 'people', origin: ['TN'] },
        { v: [318, 318], pop: 'people', origin: ['MA'] },
      ],
    ],
    [
      'Those arrested included 12 from Belgium and 5 from France.',
      [
        { v: [12, 12], pop: 'people', origin: ['BE'], status: 'detained' },
        { v: [5, 5], pop: 'people', origin: ['FR'], status: 'detained' },
      ],
    ],
    // A people noun fronted before the list still names them.
    [
      'Of the foreign recruits, 412 came from Niger and 207 from Chad, the study found.',
      [
        { v: [412, 412], pop: 'fighters', origin: ['NE'] },
        { v: [207, 207], pop: 'fighters', origin: ['TD'] },
      ],
    ],
    // Counter-case: counts with no country after them are no list of people.
    ['The death toll rose to 651 from 318.', []],
  ]);
});

describe('en33: the country of an earlier count is not where a later one is (fromOfEarlierCount)', () => {
  runProbes('en', [
    [
      '40 from Chad and 12 from Niger were killed.',
      [
        { v: [40, 40], pop: 'people', origin: ['TD'], status: 'killed', loc: [] },
        { v: [12, 12], pop: 'people', origin: ['NE'], status: 'killed', loc: [] },
      ],
    ],
    [
      'The dead included 40 fighters from Chad and 12 from Niger.',
      [
        { v: [40, 40], pop: 'fighters', origin: ['TD'], loc: [] },
        { v: [12, 12], pop: 'fighters', origin: ['NE'], loc: [] },
      ],
    ],
    [
      'Of the 300 fighters from Chad, 40 were killed.',
      [
        { v: [300, 300], pop: 'fighters', origin: ['TD'] },
        { v: [40, 40], pop: 'fighters', origin: ['TD'], status: 'killed', loc: [] },
      ],
    ],
    // Counter-case: a place of their own clause stays theirs.
    [
      'Some 300 fighters from Iraq were killed in Syria.',
      [{ v: [300, 300], pop: 'fighters', origin: ['IQ'], status: 'killed', loc: ['SY'] }],
    ],
  ]);
});

describe('en33: rows of a table set in prose with only a blank between country and count (rowCountry)', () => {
  runProbes('en', [
    [
      'ISIS fighters by country of origin: Tunisia 3,000; Morocco 1,500; France 1,200.',
      [
        { v: [3000, 3000], pop: 'fighters', origin: ['TN'], aff: 'isis' },
        { v: [1500, 1500], pop: 'fighters', origin: ['MA'] },
        { v: [1200, 1200], pop: 'fighters', origin: ['FR'] },
      ],
    ],
    [
      'Foreign fighters: Tunisia 3,000, Morocco 1,500.',
      [
        { v: [3000, 3000], pop: 'fighters', origin: ['TN'] },
        { v: [1500, 1500], pop: 'fighters', origin: ['MA'] },
      ],
    ],
    [
      'Returnees: France\t300\tGermany\t290',
      [
        { v: [300, 300], pop: 'people', origin: ['FR'], status: 'returned' },
        { v: [290, 290], pop: 'people', origin: ['DE'], status: 'returned' },
      ],
    ],
    // Counter-case: a country before a count with its own noun is no row.
    ['Since 2014 Tunisia 3,000 people have left.', [{ v: [3000, 3000], pop: 'people', status: 'joined' }]],
  ]);
});

describe('en33: a count broken down in brackets by counts with nouns counts what they count (partsInBrackets)', () => {
  runProbes('en', [
    [
      'The UN verified the maiming of 512 (380 boys, 132 girls) in Sudan.',
      [
        { v: [512, 512], pop: 'children', status: 'other', loc: ['SD'] },
        { v: [380, 380], pop: 'children', status: 'other' },
        { v: [132, 132], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The UN verified the killing of 310 children and the maiming of 512 (380 boys, 132 girls).',
      [
        { v: [310, 310], pop: 'children', status: 'killed' },
        { v: [512, 512], pop: 'children', status: 'other' },
        { v: [380, 380], pop: 'children', status: 'other' },
        { v: [132, 132], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The strike killed 40 (25 men and 15 women) in Idlib.',
      [
        { v: [40, 40], pop: 'adults', status: 'killed' },
        { v: [25, 25], pop: 'men', status: 'killed' },
        { v: [15, 15], pop: 'women', status: 'killed' },
      ],
    ],
    // Counter-cases: brackets of things, or of a comparison, name no people.
    ['The UN verified 1,600 violations (1,200 killings, 400 abductions).', []],
    ['The number rose to 512 (from 380 in 2019).', []],
  ]);
});

describe('en33: a later deed of a list leaves out the noun of the deed before (deedAfterDeed)', () => {
  runProbes('en', [
    [
      'The UN verified the killing of 310 children, the maiming of 512 and the abduction of 96 in Sudan.',
      [
        { v: [310, 310], pop: 'children', status: 'killed' },
        { v: [512, 512], pop: 'children', status: 'other' },
        { v: [96, 96], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The UN verified the killing of 310 children, the maiming of 512, and the abduction of 96 in Sudan.',
      [
        { v: [310, 310], pop: 'children', status: 'killed' },
        { v: [512, 512], pop: 'children', status: 'other' },
        { v: [96, 96], pop: 'children', status: 'other' },
      ],
    ],
    [
      'The UN verified the killing of 31 children and the recruitment of 512 by the RSF.',
      [
        { v: [31, 31], pop: 'children', status: 'killed' },
        { v: [512, 512], pop: 'children', status: 'joined', aff: 'other' },
      ],
    ],
    // Counter-case: a count of things after the list is no deed's.
    [
      'The UN verified the killing of 31 children, with 20 attacks on schools.',
      [{ v: [31, 31], pop: 'children', status: 'killed' }],
    ],
  ]);
});

describe('en33: places of holding counted are no people; leaving for and trying to leave (en lexicons)', () => {
  runProbes('en', [
    [
      'The SDF holds between 8,000 and 10,000 ISIS fighters in some two dozen prisons.',
      [{ v: [8000, 10000], pop: 'fighters', status: 'detained', aff: 'isis' }],
    ],
    ['ISIS fighters are held in 14 detention facilities across the north-east.', []],
    // Counter-case: people held are counted.
    [
      'Some two dozen prisoners escaped from the jail in Hasakah.',
      [{ v: [24, 24], pop: 'people', loc: ['SY'] }],
    ],
    [
      'Tunisia saw 3,000 of its citizens leave for Syria and Iraq.',
      [{ v: [3000, 3000], pop: 'people', origin: ['TN'], status: 'joined', loc: ['IQ', 'SY'] }],
    ],
    [
      'Fifty women tried to leave for Syria but were stopped.',
      [{ v: [50, 50], pop: 'women', status: 'other' }],
    ],
    // Counter-cases: the main verb speaks, not the attempt in its adjunct.
    [
      'Thirty boys were arrested while trying to leave for Syria.',
      [{ v: [30, 30], pop: 'children', status: 'detained' }],
    ],
    [
      'Fifty women who tried to leave for Syria were arrested.',
      [{ v: [50, 50], pop: 'women', status: 'detained' }],
    ],
  ]);
});

describe('en33: the gazetteer of Sudan, Colombia, Myanmar, Pakistan and the Philippines', () => {
  runProbes('en', [
    [
      'The RSF recruited at least 150 boys from Arab communities in West Darfur, a UN panel of experts said.',
      [{ v: [150, null], pop: 'children', status: 'joined', aff: 'other', loc: ['SD'] }],
    ],
    [
      "FARC dissidents recruited 142 children in Cauca in 2021, the ombudsman's office said.",
      [{ v: [142, 142], pop: 'children', status: 'joined', aff: 'other', loc: ['CO'] }],
    ],
    [
      'Pakistani police arrested 34 suspected ISIS-K members in Balochistan in March.',
      [{ v: [34, 34], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['PK'] }],
    ],
    [
      'Kachin State saw 30 children recruited by the Arakan Army.',
      [{ v: [30, 30], pop: 'children', status: 'joined', aff: 'other', loc: ['MM'] }],
    ],
    [
      'Ten Dawlah Islamiyah fighters were killed in Marawi.',
      [{ v: [10, 10], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['PH'] }],
    ],
    [
      'Government forces killed 32 Abu Sayyaf fighters in Sulu, including two foreigners.',
      [
        { v: [32, 32], pop: 'fighters', status: 'killed', aff: 'other', loc: ['PH'] },
        { v: [2, 2], pop: 'fighters', origin: ['region:foreign'], status: 'killed' },
      ],
    ],
    // Counter-case: a state's army is no armed group of the list.
    [
      'The UN verified the recruitment of 281 children by the Myanmar armed forces.',
      [{ v: [281, 281], pop: 'children', status: 'joined', aff: null }],
    ],
  ]);
});

describe('en33: a count after the brackets of a part is coordinated with the part’s whole (apartFromNationals)', () => {
  runProbes('en', [
    [
      'The camp houses 2,000 foreign women (about 400 of them Russian) and 8,000 children.',
      [
        { v: [2000, 2000], pop: 'women', origin: ['region:foreign'], status: 'present' },
        { v: [400, 400], pop: 'women', origin: ['RU'], status: 'present' },
        { v: [8000, 8000], pop: 'children', status: 'present' },
      ],
    ],
    // A bare nationality in brackets after a counted phrase is a part of its people.
    [
      'The camp houses 2,000 foreign women (400 Russian, 300 Tajik) and 8,000 children.',
      [
        { v: [2000, 2000], pop: 'women', origin: ['region:foreign'] },
        { v: [400, 400], pop: 'women', origin: ['RU'] },
        { v: [300, 300], pop: 'women', origin: ['TJ'] },
        { v: [8000, 8000], pop: 'children' },
      ],
    ],
    [
      'Some 400 Tajik women (including 60 widows) and 1,200 children remain in al-Hol.',
      [
        { v: [400, 400], pop: 'women', origin: ['TJ'], status: 'present' },
        { v: [60, 60], pop: 'women', origin: ['TJ'] },
        { v: [1200, 1200], pop: 'children', status: 'present' },
      ],
    ],
    // GUIDELINES (origin is what the text says of these people): a nationality inside the first
    // conjunct's phrase is not said of the children counted beside them ...
    [
      'At least 70 Russian women and 150 children remain in the camps.',
      [
        { v: [70, null], pop: 'women', origin: ['RU'], status: 'present' },
        { v: [150, 150], pop: 'children', status: 'present' },
      ],
    ],
    // ... but a country that brings them home brings its own (the repatriation says whose they are).
    [
      'Uzbekistan repatriated 98 women (42 of them widows) and 220 children.',
      [
        { v: [98, 98], pop: 'women', origin: ['UZ'], status: 'returned' },
        { v: [42, 42], pop: 'women', origin: ['UZ'] },
        { v: [220, 220], pop: 'children', origin: ['UZ'], status: 'returned' },
      ],
    ],
    [
      'At least 70 Russian women and 150 children were repatriated from Syria on Sunday.',
      [
        { v: [70, null], pop: 'women', origin: ['RU'], status: 'returned' },
        { v: [150, 150], pop: 'children', origin: ['RU'], status: 'returned' },
      ],
    ],
  ]);
});

describe('en33: a noun and a colon label a count inside brackets (labelInBrackets)', () => {
  runProbes('en', [
    [
      'The UN verified the recruitment of 1,213 children (boys: 1,011; girls: 202) by the RSF.',
      [
        { v: [1213, 1213], pop: 'children', status: 'joined', aff: 'other' },
        { v: [1011, 1011], pop: 'children', status: 'joined' },
        { v: [202, 202], pop: 'children', status: 'joined' },
      ],
    ],
    [
      'Uzbekistan repatriated 152 people (women: 40, children: 112) in May.',
      [
        { v: [152, 152], pop: 'people', origin: ['UZ'], status: 'returned' },
        { v: [40, 40], pop: 'women', origin: ['UZ'], status: 'returned' },
        { v: [112, 112], pop: 'children', origin: ['UZ'], status: 'returned' },
      ],
    ],
    // Counter-case: outside brackets, a label and a colon are no phrase read this way.
    ['Women: 40; children: 112.', []],
  ]);
});

describe('en33: a bound glued to the number before a nationality noun (boundBetween, boundsAfter "odd")', () => {
  runProbes('en', [
    [
      'ISIS-K recruited some 2,000-odd Tajiks and Uzbeks, according to CTC Sentinel.',
      [{ v: [2000, 2000], pop: 'people', origin: ['TJ', 'UZ'], status: 'joined', aff: 'isis' }],
    ],
    [
      '2,000-odd Tajiks joined ISIS-K.',
      [{ v: [2000, 2000], pop: 'people', origin: ['TJ'], status: 'joined' }],
    ],
    [
      'Some 40 or so Tajiks joined ISIS-K.',
      [{ v: [40, 40], pop: 'people', origin: ['TJ'], status: 'joined' }],
    ],
    // Counter-case: no number, no count.
    ['The odd Tajik joined ISIS.', []],
  ]);
});

describe('en33: claiming a deed is no attribution; the lives it claimed are the killed (en lexicons)', () => {
  runProbes('en', [
    [
      'ISIS-K claimed the attack, which killed 170 civilians.',
      [{ v: [170, 170], pop: 'people', status: 'killed', aff: 'isis', source: null }],
    ],
    [
      'The bombing claimed the lives of 30 civilians.',
      [{ v: [30, 30], pop: 'people', status: 'killed', source: null }],
    ],
    [
      'The attack, claimed by ISIS, claimed the lives of 30 civilians, officials said.',
      [{ v: [30, 30], pop: 'people', status: 'killed', source: 'officials' }],
    ],
    // Counter-case: a claim that a count holds is attributed.
    [
      'ISIS claimed that 170 soldiers were killed.',
      [{ v: [170, 170], pop: 'fighters', status: 'killed', source: 'ISIS' }],
    ],
  ]);
});

describe('en33: conscription and detention named by their nouns (statusWords)', () => {
  runProbes('en', [
    [
      'The junta conscripted some 5,000 men in the first wave, officials said.',
      [{ v: [5000, 5000], pop: 'men', status: 'joined' }],
    ],
    [
      'Amnesty International described the detention of 40 boys in Hasakah.',
      [{ v: [40, 40], pop: 'children', status: 'detained', source: 'Amnesty International' }],
    ],
    [
      'Human Rights Watch documented the detention of 12 women in Qamishli.',
      [{ v: [12, 12], pop: 'women', status: 'detained', source: 'Human Rights Watch' }],
    ],
    // Counter-case: the noun "conscripts" counts soldiers; what befell them is their own verb.
    ['Twelve conscripts were killed in the ambush.', [{ v: [12, 12], pop: 'fighters', status: 'killed' }]],
  ]);
});

describe('en33: where the whole of a part is, said after its noun, is no verb of the part (wholesPlace)', () => {
  runProbes('en', [
    [
      'Only 12 of the 600 Tajik women in the camps have been brought home.',
      [
        { v: [12, 12], pop: 'women', origin: ['TJ'], status: 'returned' },
        { v: [600, 600], pop: 'women', origin: ['TJ'] },
      ],
    ],
    [
      'Twenty of the 300 children in the camp have died.',
      [
        { v: [20, 20], pop: 'children', status: 'killed' },
        { v: [300, 300], pop: 'children', status: 'present' },
      ],
    ],
    [
      'Four of the nine Dutch women detained in Roj were later repatriated.',
      [
        { v: [4, 4], pop: 'women', origin: ['NL'], status: 'returned' },
        { v: [9, 9], pop: 'women', origin: ['NL'], status: 'detained' },
      ],
    ],
    // Counter-case: with no other verb, the place is what is said of the part too.
    [
      '12 of the 600 Tajik women in the camps are ill.',
      [
        { v: [12, 12], pop: 'women', origin: ['TJ'], status: 'present' },
        { v: [600, 600], pop: 'women', origin: ['TJ'], status: 'present' },
      ],
    ],
  ]);
});

describe('en33: a percent sign glued to its number makes a share of the whole after it (shareBefore)', () => {
  runProbes('en', [
    // The share's predicate is not said of the whole (GUIDELINES: shares are no counts).
    [
      'Some 70% of the 10,000 ISIS detainees are Syrians.',
      [{ v: [10000, 10000], pop: 'people', status: 'detained' }],
    ],
    [
      'Some 70% of the 10,000 ISIS detainees are Syrians and Iraqis; the remaining 2,000 come from 50 other countries.',
      [
        { v: [10000, 10000], pop: 'people', status: 'detained' },
        { v: [2000, 2000], pop: 'people' },
      ],
    ],
    ['Some 40 percent of the 62,000 residents of al-Hol are Iraqis.', [{ v: [62000, 62000], pop: 'people' }]],
    // Counter-case: with no share before it, the predicate is said of the count.
    [
      'All 10,000 ISIS detainees are Syrians.',
      [{ v: [10000, 10000], pop: 'people', origin: ['SY'], status: 'detained' }],
    ],
  ]);
});
