// Mechanisms of the thirty-ninth English round, each with sentences written for the test and a
// counter-case: plural nouns of age ("15-year-olds", "under-15s", "over-60s", "under-fives") count people
// and give their age; an age said of a share or of another noun right before it is not the count's; the
// whole of a share may follow an owner ("the camp's") or stand after a share word ("half of the"); a fact
// sheet's label is no speaker; pleas and verdicts of guilt are detention, the deed after them no status;
// "held by" a force detains, by an armed group it does not; "held captive" is captivity and "intercepted"
// detention; religious communities counted as victims.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('en39 mechanisms', () => {
  describe('a plural noun of age counts people and says their age (ageNouns)', () => {
    runProbes('en', [
      [
        'Thirty 15-year-olds were among the recruits paraded by the Houthis in Sanaa.',
        [{ v: [30, 30], pop: 'children', age: [15, 15] }],
      ],
      [
        'Nineteen 12-to-14-year-olds were freed from the militia.',
        [{ v: [19, 19], pop: 'children', age: [12, 14] }],
      ],
      [
        'Police arrested 12 under-sixes and their mothers.',
        [{ v: [12, 12], pop: 'children', age: [null, 5] }],
      ],
      [
        'Some 1,400 over-60s remain in al-Hol.',
        [{ v: [1400, 1400], pop: 'people', status: 'present', age: [60, null] }],
      ],
      [
        'The under-18s, numbering about 700, are held apart from the adults.',
        [{ v: [700, 700], pop: 'children', age: [null, 17] }],
      ],
      // Counter-cases: one person of an age, and a team of an age group, are no counts.
      ['A 14-year-old was arrested in Kano.', []],
      ['The under-23 team played 3 matches.', []],
    ]);
  });

  describe("an age said of a share or of another noun right before it is not the count's", () => {
    runProbes('en', [
      [
        'Key facts: • 11,500 children held in al-Hol • 65% under the age of 12',
        [{ v: [11500, 11500], pop: 'children', age: [null, null] }],
      ],
      [
        'The 54 Dutch women in the camps have children under six.',
        [{ v: [54, 54], pop: 'women', origin: ['NL'], age: [null, null] }],
      ],
      [
        'There are 40 mothers with babies under two in the annex.',
        [{ v: [40, 40], pop: 'women', age: [null, null] }],
      ],
      // Counter-cases: nouns of one kind share the age; the count's own age stays.
      [
        'Police freed 30 girls and boys under 15 from the militia.',
        [{ v: [30, 30], pop: 'children', age: [null, 14] }],
      ],
      ['The camp holds 300 children under 12.', [{ v: [300, 300], pop: 'children', age: [null, 11] }]],
    ]);
  });

  describe('the whole of a share after an owner or a share word keeps no age (possessiveEnding)', () => {
    runProbes('en', [
      [
        "About 40 per cent of the camp's 9,000 residents are under 12.",
        [{ v: [9000, 9000], pop: 'people', age: [null, null] }],
      ],
      [
        "Around 60% of al-Hol's 56,000 residents are under 18.",
        [{ v: [56000, 56000], pop: 'people', age: [null, null] }],
      ],
      ['Half of the 9,000 residents are under 12.', [{ v: [9000, 9000], pop: 'people', age: [null, null] }]],
      [
        "Most of al-Hol's 56,000 residents are under 18.",
        [{ v: [56000, 56000], pop: 'people', age: [null, null] }],
      ],
      // Counter-case: all of them is no share.
      ['All of the 300 children are under 12.', [{ v: [300, 300], pop: 'children', age: [null, 11] }]],
    ]);
  });

  describe("a fact sheet's label before a colon is no speaker", () => {
    runProbes('en', [
      ['Key facts: • 11,500 children held in al-Hol', [{ v: [11500, 11500], pop: 'children', source: null }]],
      [
        'Main findings: – 300 Uzbek women returned – 12 Uzbek men detained',
        [
          { v: [300, 300], pop: 'women', origin: ['UZ'], source: null },
          { v: [12, 12], pop: 'men', origin: ['UZ'], source: null },
        ],
      ],
      [
        'In brief: • 300 Uzbek women returned',
        [{ v: [300, 300], pop: 'women', origin: ['UZ'], source: null }],
      ],
      // Counter-case: a speaker's label stays the source.
      [
        'UN experts: 2,000 foreign fighters in Libya',
        [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], source: 'UN experts' }],
      ],
    ]);
  });

  describe('a plea or verdict of guilt is detention; the deed after it is no status', () => {
    runProbes('en', [
      [
        'Two brothers from Houston pleaded guilty on Tuesday to conspiring to join ISIS in Syria.',
        [{ v: [2, 2], pop: 'men', status: 'detained', aff: 'isis' }],
      ],
      [
        'Five men pleaded guilty to attempting to join al-Shabaab in Somalia.',
        [{ v: [5, 5], pop: 'men', status: 'detained', aff: 'other' }],
      ],
      [
        'Three women were found guilty of joining ISIS in Syria.',
        [{ v: [3, 3], pop: 'women', status: 'detained', aff: 'isis' }],
      ],
      // Counter-case: a court named without a verdict leaves the journey.
      [
        'Some 40 Tajik women travelled to Syria to join ISIS, the court heard.',
        [{ v: [40, 40], pop: 'women', origin: ['TJ'], status: 'joined' }],
      ],
    ]);
  });

  describe('"held by" a force detains; by an armed group, or in a camp, it does not', () => {
    runProbes('en', [
      [
        'Some 180 children were held by Somali forces.',
        [{ v: [180, 180], pop: 'children', status: 'detained' }],
      ],
      [
        'Some 2,000 boys are being held by the Kurdish authorities in prisons.',
        [{ v: [2000, 2000], pop: 'children', status: 'detained' }],
      ],
      [
        'Nine Uzbek teenagers were intercepted at the Turkish border.',
        [{ v: [9, 9], pop: 'children', origin: ['UZ'], status: 'detained' }],
      ],
      [
        'At least 40 girls are held captive by Boko Haram.',
        [{ v: [40, null], pop: 'children', status: 'other' }],
      ],
      // Counter-cases: an armed group's people, or people in a camp, are where they are held.
      [
        'Some 3,000 Yazidi women are still held by ISIS.',
        [{ v: [3000, 3000], pop: 'women', status: 'present' }],
      ],
      [
        'The remaining 180 boys are still held by the group.',
        [{ v: [180, 180], pop: 'children', status: 'present' }],
      ],
      [
        'About 300 women are held by the SDF in al-Hol camp.',
        [{ v: [300, 300], pop: 'women', status: 'present' }],
      ],
    ]);
  });

  describe('"under N" before a counted noun bounds the count, not an age; "north of N" is a floor', () => {
    runProbes('en', [
      [
        'Just under 200 Kyrgyz children remain in the camps.',
        [{ v: [null, 200], pop: 'children', origin: ['KG'], status: 'present', age: [null, null] }],
      ],
      [
        'Under 50 women were repatriated to Kosovo.',
        [{ v: [null, 50], pop: 'women', origin: ['XK'], age: [null, null] }],
      ],
      ['The camp holds under 300 children under 12.', [{ v: [null, 300], pop: 'children', age: [null, 11] }]],
      [
        'North of 2,000 Tunisians fought in Libya.',
        [{ v: [2000, null], pop: 'fighters', origin: ['TN'], loc: ['LY'] }],
      ],
      // Counter-cases: an age after the counted noun stays its age; "north of" a place is no bound.
      [
        'Some 35 boys under 18 were handed over to UNICEF.',
        [{ v: [35, 35], pop: 'children', age: [null, 17] }],
      ],
      ['Thirty fighters died in a village north of Mosul.', [{ v: [30, 30], pop: 'fighters', loc: ['IQ'] }]],
    ]);
  });

  describe("a part of a whole named by a people's name takes the verb past the whole's relative clause", () => {
    runProbes('en', [
      [
        'Some 60 of the 110 Kenyans who joined al-Shabaab were killed.',
        [
          { v: [60, 60], pop: 'people', origin: ['KE'], status: 'killed' },
          { v: [110, 110], pop: 'people', origin: ['KE'], status: 'joined' },
        ],
      ],
      [
        'About 30 of the 250 Kosovars who travelled to Syria were killed there.',
        [
          { v: [30, 30], pop: 'people', origin: ['XK'], status: 'killed' },
          { v: [250, 250], pop: 'people', origin: ['XK'], status: 'joined' },
        ],
      ],
      [
        'Nine of the 70 Bosnians who went to Syria are in prison.',
        [
          { v: [9, 9], pop: 'people', origin: ['BA'], status: 'detained' },
          { v: [70, 70], pop: 'people', origin: ['BA'], status: 'joined' },
        ],
      ],
      // Counter-case: being in a camp, not a prison, is presence.
      [
        'Nine of the 70 women who went to Syria are in al-Hol camp.',
        [
          { v: [9, 9], pop: 'women', status: 'present' },
          { v: [70, 70], pop: 'women', status: 'joined' },
        ],
      ],
    ]);
  });

  describe("a title's abbreviation ends no sentence (hon., Rt., Sen., Maj.)", () => {
    runProbes('en', [
      [
        'My right hon. Friend has confirmed that fewer than 10 British men are in Iraqi custody.',
        [{ v: [null, 10], pop: 'men', origin: ['GB'], source: 'My right hon. Friend' }],
      ],
      [
        'Sen. Graham said 2,000 ISIS fighters remain in Syria.',
        [{ v: [2000, 2000], pop: 'fighters', aff: 'isis', source: 'Sen. Graham' }],
      ],
      [
        'Maj. Ahmed said 14 Boko Haram fighters were killed near Bama.',
        [{ v: [14, 14], pop: 'fighters', status: 'killed', source: 'Maj. Ahmed' }],
      ],
      // Counter-case: a full stop after a plain word still ends the sentence, and the next speaks alone.
      [
        'The bill went to the Senate. Officials said 40 Kazakh women returned.',
        [{ v: [40, 40], pop: 'women', origin: ['KZ'], source: 'Officials' }],
      ],
    ]);
  });

  describe('religious communities are counted as the victims they are', () => {
    runProbes('en', [
      ["Houthi forces detained 14 Baha'is in Sanaa.", [{ v: [14, 14], pop: 'people', status: 'detained' }]],
      ['The militants killed 12 Shiites near Kirkuk.', [{ v: [12, 12], pop: 'people', status: 'killed' }]],
      ['Gunmen abducted 20 Ahmadis in Punjab.', [{ v: [20, 20], pop: 'people' }]],
      // Counter-case: the community's adjective before a noun leaves the noun counted.
      ["The militants killed 30 Baha'i children.", [{ v: [30, 30], pop: 'children', status: 'killed' }]],
    ]);
  });
});
