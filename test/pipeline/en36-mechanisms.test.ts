// The mechanisms of the thirty-sixth English round, each pinned by sentences written for this test (no
// report's text) and by a counter-case that guards it from over-reach.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en36: a word of a group\'s name between a count and its noun ("689 IS supporters") is no copula', () => {
  runProbes('en', [
    [
      'About 689 IS supporters remain in camps in Syria.',
      [{ v: [689, 689], pop: 'people', status: 'present', aff: 'isis', loc: ['SY'] }],
    ],
    [
      'Police detained 14 IS sympathisers in Mindanao.',
      [{ v: [14, 14], pop: 'people', status: 'detained', aff: 'isis', loc: ['PH'] }],
    ],
    [
      'Some 300 IS-linked detainees are held in Hasakah.',
      [{ v: [300, 300], pop: 'people', aff: 'isis', loc: ['SY'] }],
    ],
    // Counter-case: a true copula before a generic noun still makes it the predicate of the part.
    [
      'Of the 200 detainees, 40 are Tunisian nationals.',
      [
        { v: [200, 200], pop: 'people', status: 'detained' },
        { v: [40, 40], pop: 'people', origin: ['TN'] },
      ],
    ],
  ]);
});

describe('en36: a share in brackets after a count ("43 (14%)") is read past, so the count meets its verb', () => {
  runProbes('en', [
    [
      'Of the 312 returnees, 43 (14%) were later convicted.',
      [
        { v: [312, 312], pop: 'people', status: 'returned' },
        { v: [43, 43], pop: 'people', status: 'detained' },
      ],
    ],
    [
      'Of 120 Kosovo returnees, 60 (50%) were women.',
      [
        { v: [120, 120], pop: 'people', origin: ['XK'], status: 'returned' },
        { v: [60, 60], pop: 'women', origin: ['XK'] },
      ],
    ],
    [
      'Some 90 Bosnian women returned; 31 (34.4%) were arrested.',
      [
        { v: [90, 90], pop: 'women', origin: ['BA'], status: 'returned' },
        { v: [31, 31], pop: 'women', origin: ['BA'], status: 'detained' },
      ],
    ],
    // Counter-case: after a noun the share changes nothing, and the quote keeps the reader's text.
    [
      'Police arrested 43 people (14%) after they returned.',
      [{ v: [43, 43], pop: 'people', status: 'detained', quote: '43 people' }],
    ],
  ]);
});

describe('en36: of nationalities joined by a hyphen ("Somali-Americans"), the last is the counted head', () => {
  runProbes('en', [
    [
      'About a dozen Somali-Americans were charged with trying to join ISIS.',
      [{ v: [12, 12], pop: 'people', origin: ['SO', 'US'], status: 'detained', aff: 'isis' }],
    ],
    [
      'Forty Dutch-Moroccans travelled to Syria in 2014.',
      [{ v: [40, 40], pop: 'people', origin: ['MA', 'NL'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'Twelve German-Turkish men were charged with trying to join ISIS.',
      [{ v: [12, 12], pop: 'men', origin: ['DE', 'TR'], status: 'detained' }],
    ],
    // Counter-case: a nationality that opens a compound adjective of no nationality is still no head.
    ['Three Tunisian-commanded units took part in the assault.', []],
  ]);
});

describe('en36: a conjunction that opens the clause ("…, and the UN verified") is no part of the source', () => {
  runProbes('en', [
    [
      'The Houthis have recruited thousands of children, and the UN verified 1,406 cases of child recruitment in Yemen.',
      [{ v: [1406, 1406], pop: 'children', status: 'joined', loc: ['YE'], source: 'the UN' }],
    ],
    [
      'Fighting continued, but officials said 40 soldiers were killed.',
      [{ v: [40, 40], pop: 'fighters', status: 'killed', source: 'officials' }],
    ],
    [
      'The camp was attacked overnight, and UNICEF said 12 children were wounded.',
      [{ v: [12, 12], pop: 'children', source: 'UNICEF' }],
    ],
    // Counter-case: "and" inside a name list stays.
    [
      'Save the Children and UNICEF said 40 children were killed in the strike.',
      [{ v: [40, 40], pop: 'children', status: 'killed', source: 'Save the Children and UNICEF' }],
    ],
  ]);
});

describe('en36: a bound right after a count without a noun ("40-odd", "40 or so") is no word before its verb', () => {
  runProbes('en', [
    [
      'Some 200 Australians went to Syria; 40-odd were killed.',
      [
        { v: [200, 200], pop: 'people', origin: ['AU'], status: 'joined' },
        { v: [40, 40], pop: 'people', origin: ['AU'], status: 'killed' },
      ],
    ],
    [
      'Some 200 Australians went to Syria; 40 or so are still in Syria.',
      [
        { v: [200, 200], pop: 'people', origin: ['AU'], status: 'joined' },
        { v: [40, 40], pop: 'people', origin: ['AU'], status: 'present' },
      ],
    ],
    [
      'Some 200 Australians went over; 40-odd are still alive.',
      [
        { v: [200, 200], pop: 'people', origin: ['AU'], status: 'joined' },
        { v: [40, 40], pop: 'people', origin: ['AU'], status: 'present' },
      ],
    ],
    // Counter-case: with no antecedent, a bare bounded count stays nothing.
    ['The hearing lasted 40-odd minutes and was adjourned.', []],
  ]);
});

describe('en36: "shows that", "figures show" report figures; no video shows the people (notStatus)', () => {
  runProbes('en', [
    [
      'Table 2 shows that 27 of the 86 returnees had spent more than two years in Syria.',
      [
        { v: [27, 27], pop: 'people', not: 'featured' },
        { v: [86, 86], pop: 'people', status: 'returned' },
      ],
    ],
    [
      'Government figures show 40 children were returned last year.',
      [{ v: [40, 40], pop: 'children', status: 'returned' }],
    ],
    [
      'The data shows that 19 women were repatriated to Kosovo in 2021.',
      [{ v: [19, 19], pop: 'women', origin: ['XK'], status: 'returned' }],
    ],
    // Counter-case: a video that shows people features them.
    [
      'A new video shows 12 Kazakh children at a training camp.',
      [{ v: [12, 12], pop: 'children', origin: ['KZ'], status: 'featured' }],
    ],
  ]);
});

describe('en36: "N said they had joined": the people counted say it of themselves; the pronoun is no source', () => {
  runProbes('en', [
    [
      'In a survey of 1,053 detainees in Iraq, 347 said they had joined for economic reasons.',
      [
        { v: [1053, 1053], pop: 'people', status: 'detained', source: null },
        { v: [347, 347], pop: 'people', status: 'joined', source: null },
      ],
    ],
    [
      'Some 60 women were interviewed in Roj; 22 said they had been recruited online.',
      [
        { v: [60, 60], pop: 'women', loc: ['SY'] },
        { v: [22, 22], pop: 'women', status: 'joined', source: null },
      ],
    ],
    [
      'Of the 60 women interviewed, 22 told researchers that they were recruited online.',
      [
        { v: [60, 60], pop: 'women' },
        { v: [22, 22], pop: 'women', status: 'joined' },
      ],
    ],
    // Counter-cases: what others did is not theirs; an inverted or fronted pronoun still speaks.
    [
      'Some 60 women were interviewed in Roj; 22 said their sons had been recruited by IS.',
      [{ v: [60, 60], pop: 'women' }],
    ],
    ['"Forty children were killed," said he.', [{ v: [40, 40], pop: 'children', source: 'he' }]],
    ['Forty children were killed, they said.', [{ v: [40, 40], pop: 'children', source: 'they' }]],
  ]);
});

describe('en36: a bound before another quantity ("and at least half") is that quantity\'s, not the count\'s', () => {
  runProbes('en', [
    [
      'Police said 21 of the freed girls were pregnant and at least half had children with their captors.',
      [{ v: [21, 21], pop: 'children', source: 'Police' }],
    ],
    [
      'Police said 21 girls were freed and at least a third were pregnant.',
      [{ v: [21, 21], pop: 'children' }],
    ],
    [
      'Officials said 21 girls were freed and at least 10 were pregnant.',
      [
        { v: [21, 21], pop: 'children' },
        { v: [10, null], pop: 'children' },
      ],
    ],
    // Counter-cases: a bound after the count's own phrase still bounds it.
    ['200 fighters at least were killed in Raqqa.', [{ v: [200, null], pop: 'fighters', status: 'killed' }]],
    ['40 women or more remain in Roj.', [{ v: [40, null], pop: 'women', status: 'present' }]],
  ]);
});

describe('en36: grandchildren are children', () => {
  runProbes('en', [
    ['Her three grandchildren are still in al-Roj.', [{ v: [3, 3], pop: 'children', status: 'present' }]],
    [
      'The court heard that two grandsons of the defendant had died fighting for ISIS in Syria.',
      [{ v: [2, 2], pop: 'children', status: 'killed' }],
    ],
    [
      'Four granddaughters of the late commander were repatriated to Tajikistan.',
      [{ v: [4, 4], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
    // Counter-case: grandparents are no children.
    [
      'Four grandmothers were repatriated to Tajikistan.',
      [{ v: [4, 4], pop: 'women', origin: ['TJ'], status: 'returned' }],
    ],
  ]);
});

describe('en36: a known word at the very end of a text (a headline with no full stop) is not cut off', () => {
  runProbes('en', [
    ['Ninety soldiers killed', [{ v: [90, 90], pop: 'fighters', status: 'killed' }]],
    ['Some 40 Kazakh women returned', [{ v: [40, 40], pop: 'women', origin: ['KZ'], status: 'returned' }]],
    ['Mali: 90 killed', [{ v: [90, 90], pop: 'people', status: 'killed', loc: ['ML'] }]],
    // Counter-cases: a word left unfinished still cuts the phrase off.
    ['The estimated 850 Kyrgyz cit', []],
    ['Some 40 Kazakh women ret', []],
  ]);
});

describe('en36: a bare count opening a clause with a verb of return, trial or harm counts people (bareCountVerbs)', () => {
  runProbes('en', [
    [
      'UK Home Office: 425 Returned, 90 Prosecuted',
      [
        { v: [425, 425], pop: 'people', origin: ['GB'], status: 'returned' },
        { v: [90, 90], pop: 'people', origin: ['GB'], status: 'detained' },
      ],
    ],
    [
      'Nigeria: 12 wounded as gunmen attack market in Borno',
      [{ v: [12, 12], pop: 'people', status: 'other', loc: ['NG'] }],
    ],
    [
      'In 2019, 425 returned to Kosovo.',
      [{ v: [425, 425], pop: 'people', origin: ['XK'], status: 'returned' }],
    ],
    // Counter-cases: the verb before a count of things or of a part of things counts no one.
    ['The ministry returned 425 forms to applicants.', []],
    ['The court returned 425 of the files to the prosecutor.', []],
  ]);
});

describe('en36: sent or moved into a prison, people are detained; into a camp, present', () => {
  runProbes('en', [
    [
      'The 1,990 fighters were taken to prisons in Hasakah.',
      [{ v: [1990, 1990], pop: 'fighters', status: 'detained', loc: ['SY'] }],
    ],
    [
      'Some 200 fighters were moved to a detention centre in Hasakah.',
      [{ v: [200, 200], pop: 'fighters', status: 'detained' }],
    ],
    ['Some 300 women were taken to al-Hol camp.', [{ v: [300, 300], pop: 'women', status: 'present' }]],
    // Counter-case: a camp a joining phrase names stays a joining.
    [
      'Some 40 boys were taken to a training camp in Raqqa.',
      [{ v: [40, 40], pop: 'children', status: 'joined' }],
    ],
  ]);
});

describe('en36: a negated auxiliary after the speaker ("did not say") is the verb\'s, no part of the name', () => {
  runProbes('en', [
    [
      'The ministry did not say how many of the 340 detainees were foreigners.',
      [{ v: [340, 340], pop: 'people', source: 'The ministry' }],
    ],
    [
      'Officials declined to say whether the 12 women had been charged.',
      [{ v: [12, 12], pop: 'women', status: 'detained', source: 'Officials' }],
    ],
    [
      'The army does not release figures, but local sources said 30 soldiers were killed.',
      [{ v: [30, 30], pop: 'fighters', status: 'killed', source: 'local sources' }],
    ],
    // Counter-case: a speaker with no auxiliary keeps its whole name.
    [
      'The Norwegian Refugee Council said 30 civilians were killed.',
      [{ v: [30, 30], pop: 'people', status: 'killed', source: 'The Norwegian Refugee Council' }],
    ],
  ]);
});

describe('en36: nouns listed by commas that a conjunction closes, or by a comma in a headline, count together', () => {
  runProbes('en', [
    [
      'Thirty-One Women, Children Repatriated to Uzbekistan',
      [{ v: [31, 31], pop: 'people', origin: ['UZ'], status: 'returned' }],
    ],
    [
      'Thirty-one women, children and elderly people were killed.',
      [{ v: [31, 31], pop: 'people', status: 'killed' }],
    ],
    [
      'Gunmen killed 12 men, women and children in the village.',
      [{ v: [12, 12], pop: 'people', status: 'killed' }],
    ],
    // Counter-cases: a count to each noun, or a noun in apposition in running text, stays apart.
    [
      'Uzbekistan: 31 Women, 47 Children Repatriated',
      [
        { v: [31, 31], pop: 'women', origin: ['UZ'] },
        { v: [47, 47], pop: 'children', origin: ['UZ'] },
      ],
    ],
    [
      'Some 31 women, children of fighters, were repatriated.',
      [{ v: [31, 31], pop: 'women', status: 'returned' }],
    ],
  ]);
});

describe('en36: after a partitive "of", a possessor\'s genitive before the noun stands for its phrase', () => {
  runProbes('en', [
    [
      "Justice Wilson noted that two of the accused's brothers had died fighting for Jabhat al-Nusra in 2014.",
      [{ v: [2, 2], pop: 'men', status: 'killed', aff: 'al-nusra', source: 'Justice Wilson' }],
    ],
    [
      "Three of the commander's wives were repatriated to Tunisia.",
      [{ v: [3, 3], pop: 'women', origin: ['TN'], status: 'returned' }],
    ],
    ["Five of the group's fighters were killed.", [{ v: [5, 5], pop: 'fighters', status: 'killed' }]],
    // Counter-case: past a verb, the people of a genitive are others.
    ["Officials said 30 were handed over to the group's commanders.", []],
  ]);
});

describe('en36: "with Kosovo accounting for 242": a country and its share of the people counted before', () => {
  runProbes('en', [
    [
      'Across the region, returnees numbered 1,410 by the end of 2019, with Kosovo accounting for 242.',
      [
        { v: [1410, 1410], pop: 'people', status: 'returned' },
        { v: [242, 242], pop: 'people', origin: ['XK'], status: 'returned' },
      ],
    ],
    [
      'About 5,000 Europeans went to Syria, with France accounting for 1,900.',
      [
        { v: [5000, 5000], pop: 'people', origin: ['region:europe'], status: 'joined' },
        { v: [1900, 1900], pop: 'people', origin: ['FR'], status: 'joined' },
      ],
    ],
    [
      'About 5,000 Europeans went to Syria; France accounted for 1,900.',
      [
        { v: [5000, 5000], pop: 'people', origin: ['region:europe'] },
        { v: [1900, 1900], pop: 'people', origin: ['FR'] },
      ],
    ],
    // Counter-case: a share given in words is no count.
    [
      'Some 5,000 Europeans went to Syria, with France accounting for most of them.',
      [{ v: [5000, 5000], pop: 'people', origin: ['region:europe'] }],
    ],
  ]);
});

describe('en36: a nationality joined to a word of speaking ("Russian-speaking") names a language, no origin', () => {
  runProbes('en', [
    [
      'According to the prosecutor, 26 Russian-speaking women from the camps were sentenced to 20 years each.',
      [{ v: [26, 26], pop: 'women', status: 'detained', source: 'the prosecutor' }],
    ],
    ['Some 300 French-speaking fighters joined IS.', [{ v: [300, 300], pop: 'fighters', aff: 'isis' }]],
    ['Some 300 Arabic-speaking fighters joined IS.', [{ v: [300, 300], pop: 'fighters', aff: 'isis' }]],
    // Counter-cases: a nationality of its own, or a form the gazetteer lists whole, stays an origin.
    ['Some 300 Russian fighters joined IS.', [{ v: [300, 300], pop: 'fighters', origin: ['RU'] }]],
    ['Some 40 Kazakh-speaking fighters joined IS.', [{ v: [40, 40], pop: 'fighters', origin: ['KZ'] }]],
  ]);
});

describe('en36: Colombia and Myanmar are conflict zones: where the counted are, recruited there', () => {
  runProbes('en', [
    [
      'More than double the 2018 figure, 92 children were recruited by armed groups in Colombia in 2019.',
      [{ v: [92, 92], pop: 'children', status: 'joined', loc: ['CO'] }],
    ],
    [
      'The FARC dissidents recruited 130 children in Colombia last year.',
      [{ v: [130, 130], pop: 'children', status: 'joined', aff: 'other', loc: ['CO'] }],
    ],
    [
      'The UN verified the recruitment of 300 children in Myanmar last year.',
      [{ v: [300, 300], pop: 'children', status: 'joined', loc: ['MM'] }],
    ],
    // Counter-case: a country outside the zones, where people were recruited, is no location of a joining.
    [
      'Some 40 young men were recruited in Kazakhstan.',
      [{ v: [40, 40], pop: 'men', status: 'joined', loc: [] }],
    ],
  ]);
});

describe('en36: the strength of a force right after a count ("300-strong", "400 strong") counts its fighters', () => {
  runProbes('en', [
    [
      'The group, estimated at 300 to 400 strong, operates along the Mozambique-Tanzania border.',
      [{ v: [300, 400], pop: 'fighters' }],
    ],
    [
      'A 300-strong force of Boko Haram fighters attacked the town.',
      [{ v: [300, 300], pop: 'fighters', aff: 'other' }],
    ],
    ['The militia is about 400 strong.', [{ v: [400, 400], pop: 'fighters' }]],
    // Counter-cases: "strong" that does not follow the count.
    ['The group is strong in 12 districts.', []],
    ['She was 40 and strong-willed.', []],
  ]);
});

describe('en36: the verb past a part set off by commas (", including 300 Uzbeks,") is the whole\'s too', () => {
  runProbes('en', [
    [
      'As many as 1,500 foreign nationals, among them hundreds of Central Asians, fought for HTS in Idlib.',
      [{ v: [1500, 1500], pop: 'fighters', origin: ['region:foreign'], aff: 'al-nusra', loc: ['SY'] }],
    ],
    [
      'Some 1,500 foreign nationals, including 300 Uzbeks, fought for HTS in Idlib.',
      [
        { v: [1500, 1500], pop: 'fighters', origin: ['region:foreign'] },
        { v: [300, 300], pop: 'fighters', origin: ['UZ'] },
      ],
    ],
    [
      'About 900 Tajik citizens, including 40 women, fought in Syria and Iraq.',
      [
        { v: [900, 900], pop: 'fighters', origin: ['TJ'] },
        { v: [40, 40], pop: 'women', origin: ['TJ'] },
      ],
    ],
    // Counter-case: a fighting verb inside the part's own clause is the part's alone.
    [
      'Some 1,500 foreign nationals, including 300 who fought for IS, returned home.',
      [
        { v: [1500, 1500], pop: 'people', origin: ['region:foreign'], status: 'returned' },
        { v: [300, 300], pop: 'fighters', origin: ['region:foreign'] },
      ],
    ],
  ]);
});

describe('en36: the noun of a conviction ("upheld the conviction of") is a detention', () => {
  runProbes('en', [
    [
      'The appeal court upheld the conviction of three Chechen men who had tried to send money to fighters.',
      [{ v: [3, 3], pop: 'men', origin: ['RU'], status: 'detained' }],
    ],
    [
      'The convictions of 12 Kosovo returnees were upheld on appeal.',
      [{ v: [12, 12], pop: 'people', origin: ['XK'], status: 'detained' }],
    ],
    [
      'Prosecutors secured the conviction of 40 IS members last year.',
      [{ v: [40, 40], pop: 'fighters', status: 'detained', aff: 'isis' }],
    ],
    // Counter-case: a conviction rate is no conviction of the people.
    [
      'The conviction rate for the 300 returnees was low.',
      [{ v: [300, 300], pop: 'people', status: 'returned' }],
    ],
  ]);
});
