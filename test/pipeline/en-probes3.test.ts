// English probes, third batch (issue: generality beyond the dev reports). Every sentence is invented
// for this test: child recruitment outside Syria, UN annual figures, foreign fighters from the
// Maghreb, Europe and the North Caucasus, victims of armed groups, counts without a noun, role-aware
// origin, person nouns, planned returns, ranges and bounds, spelled numbers and attributed speakers.
// Each expectation follows ../shared/eval/GUIDELINES.md.
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('en', text, want));
};

describe('English probes 3: child recruitment and UN figures', () => {
  run([
    [
      'In its annual report the UN verified the recruitment and use of 1,716 children in Somalia, most of them by al-Shabaab.',
      [{ v: [1716, 1716], pop: 'children', status: 'joined' }],
    ],
    [
      'The country task force documented 317 cases of child recruitment by armed groups in north-east Nigeria.',
      [{ v: [317, 317], pop: 'children', status: 'joined' }],
    ],
    [
      'Boko Haram abducted 276 schoolgirls from their dormitory; 57 escaped within days.',
      [
        { v: [276, 276], pop: 'children', aff: 'other' },
        { v: [57, 57], pop: 'children' },
      ],
    ],
    [
      'Yemeni officials say the Houthis have recruited some 30,000 children since 2014.',
      [{ v: [30000, 30000], pop: 'children', status: 'joined', aff: 'other', source: 'Yemeni officials' }],
    ],
    [
      'Up to 300 boys have been sent to the front lines by al-Shabaab this year.',
      [{ v: [null, 300], pop: 'children', status: 'joined', aff: 'other' }],
    ],
  ]);
});

describe('English probes 3: foreign fighters and counts without a noun', () => {
  run([
    [
      'About 5,000 Tunisians went to fight in Syria and Iraq; 800 have since come back.',
      [
        { v: [5000, 5000], pop: 'fighters', origin: ['TN'], status: 'joined' },
        { v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' },
      ],
    ],
    [
      'A think tank counted 5,600 returnees: 1,200 from Turkey, 760 from Britain and 271 from France.',
      [
        { v: [5600, 5600], pop: 'people', status: 'returned' },
        { v: [1200, 1200], pop: 'people', origin: ['TR'] },
        { v: [760, 760], pop: 'people', origin: ['GB'] },
        { v: [271, 271], pop: 'people', origin: ['FR'] },
      ],
    ],
    [
      'Moroccan officials say 1,660 Moroccans travelled to Syria and Iraq. Of these, 285 are women.',
      [
        { v: [1660, 1660], pop: 'people', origin: ['MA'], status: 'joined', source: 'Moroccan officials' },
        { v: [285, 285], pop: 'women', origin: ['MA'] },
      ],
    ],
    [
      'Bosnian officials say 240 Bosnians went to Syria and Iraq; 56 have come home and 70 were killed.',
      [
        { v: [240, 240], pop: 'people', origin: ['BA'], status: 'joined' },
        { v: [56, 56], pop: 'people', origin: ['BA'], status: 'returned' },
        { v: [70, 70], pop: 'people', origin: ['BA'], status: 'killed' },
      ],
    ],
    [
      'The number of Chechens fighting in Syria has reached 500, Kadyrov said.',
      [{ v: [500, 500], pop: 'fighters', origin: ['RU'], source: 'Kadyrov' }],
    ],
    [
      "Dagestan's interior ministry said 1,200 residents of Dagestan had left to fight for IS.",
      [{ v: [1200, 1200], pop: 'fighters', origin: ['RU'], status: 'joined', aff: 'isis' }],
    ],
    [
      'Around 3,000 Europeans are believed to remain in Syria, and a further 1,500 have returned to Europe.',
      [
        { v: [3000, 3000], pop: 'people', origin: ['region:europe'], status: 'present' },
        { v: [1500, 1500], pop: 'people', origin: ['region:europe'], status: 'returned' },
      ],
    ],
    [
      'Twenty-three Uzbek nationals were sentenced to prison for fighting in Syria.',
      [{ v: [23, 23], pop: 'fighters', origin: ['UZ'], status: 'detained' }],
    ],
  ]);
});

describe('English probes 3: spelled numbers', () => {
  run([
    [
      'Kazakhstan flew home seventy-two women and one hundred and fifty-six children in January.',
      [
        { v: [72, 72], pop: 'women', origin: ['KZ'], status: 'returned' },
        { v: [156, 156], pop: 'children', origin: ['KZ'], status: 'returned' },
      ],
    ],
    [
      'Fourteen Britons were among the dead, the Foreign Office said.',
      [{ v: [14, 14], pop: 'people', origin: ['GB'], status: 'killed', source: 'the Foreign Office' }],
    ],
  ]);
});

describe('English probes 3: origin only for the people the text says it of', () => {
  run([
    [
      'Kyrgyzstan says 850 of its citizens joined IS in Syria.\n\nIn a separate incident, an IS bomb killed 32 civilians in Deir ez-Zor.',
      [
        { v: [850, 850], pop: 'people', origin: ['KG'], status: 'joined' },
        { v: [32, 32], pop: 'people', status: 'killed' },
      ],
    ],
    [
      'Some 120 Azerbaijani women are held in Roj camp. Guards there shot dead 4 detainees during a riot last year.',
      [
        { v: [120, 120], pop: 'women', origin: ['AZ'] },
        { v: [4, 4], pop: 'people', status: 'killed' },
      ],
    ],
    [
      'Tajik officials say 1,900 Tajiks went to Syria.\nMeanwhile, 25 soldiers were killed in an ambush near the Afghan border.',
      [
        { v: [1900, 1900], pop: 'people', origin: ['TJ'], status: 'joined' },
        { v: [25, 25], pop: 'fighters', status: 'killed' },
      ],
    ],
    [
      'A Belgian militant is seen in the footage leading 13 captives to a trench.',
      [{ v: [13, 13], pop: 'people' }],
    ],
  ]);
});

describe('English probes 3: person nouns of victims, captives and forces', () => {
  run([
    [
      'The raid freed 48 abductees and left 11 attackers dead.',
      [
        { v: [48, 48], pop: 'people' },
        { v: [11, 11], pop: 'fighters', status: 'killed' },
      ],
    ],
    [
      'Nine hostages and two police officers were wounded in the assault.',
      [
        { v: [9, 9], pop: 'people' },
        { v: [2, 2], pop: 'fighters' },
      ],
    ],
    [
      'Security forces arrested 36 suspects in a dawn raid on the camp.',
      [{ v: [36, 36], pop: 'people', status: 'detained' }],
    ],
    [
      'Authorities said 310 detainees escaped from the prison in Hasakah.',
      [{ v: [310, 310], pop: 'people' }],
    ],
  ]);
});

describe('English probes 3: planned returns, ranges and bounds', () => {
  run([
    [
      'The government plans to repatriate 120 women and children from the camps by the end of the year.',
      [{ v: [120, 120], pop: 'people', status: 'present' }],
    ],
    [
      'Kazakhstan intends to bring back 60 more children from Syria.',
      [{ v: [60, 60], pop: 'children', origin: ['KZ'], status: 'present' }],
    ],
    [
      'Anywhere from 70 to 90 Albanian citizens remain in Syria.',
      [{ v: [70, 90], pop: 'people', origin: ['AL'], status: 'present' }],
    ],
    [
      'No fewer than 16 peacekeepers died in the attack.',
      [{ v: [16, null], pop: 'fighters', status: 'killed' }],
    ],
  ]);
});

describe('English probes 3: the attributed speaker is the source', () => {
  run([
    [
      'In May, Interior Minister Ahmed Saleh said 230 Lebanese were still in Syria.',
      [
        {
          v: [230, 230],
          pop: 'people',
          origin: ['LB'],
          status: 'present',
          source: 'Interior Minister Ahmed Saleh',
        },
      ],
    ],
    [
      '"We have brought 44 children home," Foreign Minister Anna Berg told reporters.',
      [{ v: [44, 44], pop: 'children', status: 'returned', source: 'Foreign Minister Anna Berg' }],
    ],
  ]);
});

describe('English probes 3: mechanisms found on dev, in other words', () => {
  run([
    [
      'A UN panel estimates that some 12,000 fighters have left their home countries to join armed groups in the Sahel.',
      [{ v: [12000, 12000], pop: 'fighters', origin: ['region:foreign'], status: 'joined' }],
    ],
    [
      // The first from-list after a count is its own; a later clause's from-places are another group's.
      'About 7,500 recruits are in Syria. Of these, perhaps 1,300 seem to come from Western countries, with most coming from France and Austria.',
      [
        { v: [7500, 7500], pop: 'fighters' },
        { v: [1300, 1300], pop: 'fighters', origin: ['region:europe'] },
      ],
    ],
    // A text cut off inside the counted noun: no claim.
    ['The ministry says the total has now reached 400 Uzbek nati', []],
    ['The report documents grave violations against children in 19 conflict situations.', []],
    // Back from studies abroad, not from a conflict.
    ['More than 300 Tajiks returned home from foreign universities last year.', []],
    [
      'Police said 40 citizens were prevented from travelling to fight in Syria.',
      [{ v: [40, 40], pop: 'people' }],
    ],
    [
      // A plain count of people somewhere says nothing of whose they are: no topic origin.
      'Kazakhstan has repatriated 300 Kazakh women from Syria.\n\nThe camp where they were held houses about 60,000 people.',
      [
        { v: [300, 300], pop: 'women', origin: ['KZ'], status: 'returned' },
        { v: [60000, 60000], pop: 'people', status: 'present' },
      ],
    ],
    [
      // A figure with no noun after "estimate of" is another count of the people just counted.
      'Journalists have identified 45 Kyrgyz fighters by name, far below the official estimate of eight hundred.',
      [
        { v: [45, 45], pop: 'fighters', origin: ['KG'] },
        { v: [800, 800], pop: 'fighters', origin: ['KG'] },
      ],
    ],
    [
      // The same figure restated ("of this total of 500") is not another count.
      'Some 500 fighters crossed into Iraq. Of this total of 500, about 70 are from Belgium.',
      [
        { v: [500, 500], pop: 'fighters' },
        { v: [70, 70], pop: 'fighters', origin: ['BE'] },
      ],
    ],
    [
      // A count inside the speaker's own phrase tells who speaks.
      '"Boys as young as nine carried rifles at the checkpoints," said a panel of five experts.',
      [],
    ],
    [
      // A nationality said to be unknown: no origin, none carried from the list before.
      'The mission counted 310 Sudanese boys and 90 Chadian boys, while the nationality of 100 boys could not be established.',
      [
        { v: [310, 310], pop: 'children', origin: ['SD'] },
        { v: [90, 90], pop: 'children', origin: ['TD'] },
        { v: [100, 100], pop: 'children' },
      ],
    ],
  ]);
});
