// Mechanisms of the thirty-seventh English round, each with sentences written for the test and a
// counter-case where the rule must not fire.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('en: the points of an abbreviated place name end no counted phrase (withoutPlacePoints)', () => {
  it('39 U.S. citizens', () =>
    checkProbe('en', 'To date, the United States has repatriated 39 U.S. citizens from Syria and Iraq.', [
      { v: [39, 39], pop: 'people', origin: ['US'], status: 'returned', quote: '39 U.S. citizens' },
    ]));
  it('13 U.S. soldiers', () =>
    checkProbe('en', 'The blast killed 13 U.S. soldiers at the gate.', [
      { v: [13, 13], pop: 'fighters', origin: ['US'], status: 'killed' },
    ]));
  it('12 U.K. nationals', () =>
    checkProbe('en', 'Officials believe 12 U.K. nationals remain in the camps.', [
      { v: [12, 12], pop: 'people', origin: ['GB'], status: 'present' },
    ]));
  it('counter-case: a count before the place, with a noun after it that is another count’s', () =>
    checkProbe('en', 'Some 40 left for the U.S. and 12 children stayed behind.', [
      { v: [12, 12], pop: 'children' },
    ]));
});

describe('en: a possessive right after a partitive "of" led by "more" counts its noun', () => {
  it('37 more of its citizens', () =>
    checkProbe('en', 'Kazakhstan has brought home 37 more of its citizens from Syria.', [
      { v: [37, 37], pop: 'people', origin: ['KZ'], status: 'returned', quote: '37 more of its citizens' },
    ]));
  it('12 more of their children', () =>
    checkProbe('en', 'Uzbekistan flew home 12 more of their children on Friday.', [
      { v: [12, 12], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]));
  it('counter-case: their families, past a verb, are others', () =>
    checkProbe('en', 'Another 30 rejoined their families.', []));
});

describe('en: soldiers do not lend their ranks to a nationality counted with them', () => {
  it('13 US soldiers and 170 Afghans', () =>
    checkProbe('en', 'The bombers killed 13 US soldiers and 170 Afghans at the gate.', [
      { v: [13, 13], pop: 'fighters', origin: ['US'], status: 'killed' },
      { v: [170, 170], pop: 'people', origin: ['AF'], status: 'killed' },
    ]));
  it('service members are soldiers', () =>
    checkProbe('en', 'ISIS-K killed 13 US service members and some 170 Afghans.', [
      { v: [13, 13], pop: 'fighters', origin: ['US'], aff: 'isis' },
      { v: [170, 170], pop: 'people', origin: ['AF'], aff: 'isis' },
    ]));
  it('counter-case: fighters of a group still lend theirs', () =>
    checkProbe('en', 'The strike killed 1,200 Tunisian fighters and 30 Moroccans.', [
      { v: [1200, 1200], pop: 'fighters', origin: ['TN'] },
      { v: [30, 30], pop: 'fighters', origin: ['MA'] },
    ]));
});

describe('en: neutralised and eliminated (military releases) are killed', () => {
  it('neutralised 12 terrorists', () =>
    checkProbe('en', 'Troops neutralised 12 ISWAP terrorists in Borno.', [
      { v: [12, 12], pop: 'fighters', status: 'killed', aff: 'isis' },
    ]));
  it('eliminated 20 militants', () =>
    checkProbe('en', 'Security forces eliminated 20 militants in North Waziristan.', [
      { v: [20, 20], pop: 'fighters', status: 'killed' },
    ]));
  it('counter-case: eliminated from a list', () =>
    checkProbe('en', 'Officials said 40 suspects had been eliminated from the wanted list.', [
      { v: [40, 40], pop: 'people', not: 'killed' },
    ]));
  it('counter-case: bombs neutralised are no people', () =>
    checkProbe('en', 'Engineers neutralised 12 roadside bombs near Damboa.', []));
});

describe('en: logistics suppliers and couriers are people', () => {
  it('seven logistics suppliers', () =>
    checkProbe('en', 'Troops killed 12 terrorists and arrested seven logistics suppliers.', [
      { v: [12, 12], pop: 'fighters', status: 'killed' },
      { v: [7, 7], pop: 'people', status: 'detained', quote: 'seven logistics suppliers' },
    ]));
  it('four couriers', () =>
    checkProbe('en', 'Police in Kano arrested four couriers working for Boko Haram.', [
      { v: [4, 4], pop: 'people', status: 'detained', aff: 'other' },
    ]));
  it('counter-case: suppliers alone are firms', () =>
    checkProbe('en', 'The ministry named 40 suppliers of medical equipment.', []));
});

describe('en: a part named by its nationality singles itself out of its whole', () => {
  it('nine of them were Germans', () =>
    checkProbe('en', 'Seventy women were transferred from al-Hol to Roj; nine of them were Germans.', [
      { v: [70, 70], pop: 'women' },
      { v: [9, 9], pop: 'women', origin: ['DE'] },
    ]));
  it('nine of them Germans', () =>
    checkProbe('en', 'Seventy women were transferred to Roj, nine of them Germans.', [
      { v: [70, 70], pop: 'women' },
      { v: [9, 9], pop: 'women', origin: ['DE'] },
    ]));
  it('counter-case: a part whose origin its clause gives leaves the whole that origin', () =>
    checkProbe('en', 'A total of 19 children, 11 of them orphans, were handed over to Russian officials.', [
      { v: [19, 19], pop: 'children', origin: ['RU'] },
      { v: [11, 11], pop: 'children', origin: ['RU'] },
    ]));
});

describe('en: who received reports of a count gives it, and takes in no one', () => {
  it('received reports of the detention', () =>
    checkProbe(
      'en',
      'The United Nations received reports of the detention of 1,220 children, the majority of them in Hawl camp.',
      [{ v: [1220, 1220], pop: 'children', status: 'detained', source: 'The United Nations' }],
    ));
  it('received information on the recruitment', () =>
    checkProbe(
      'en',
      'The task force received information on the recruitment of 300 children by al-Shabaab.',
      [{ v: [300, 300], pop: 'children', status: 'joined', source: 'The task force' }],
    ));
  it('counter-case: a state receiving its people back from a camp', () =>
    checkProbe('en', 'Kazakhstan received 47 citizens from al-Hol camp.', [
      { v: [47, 47], pop: 'people', origin: ['KZ'], status: 'returned', source: null },
    ]));
});

describe('en: a fronted whole’s phrase runs to its comma; the count after it is a part', () => {
  it('separated from armed groups during the year', () =>
    checkProbe(
      'en',
      'Of the 326 children separated from armed groups during the year, 112 were reunited with their families.',
      [
        { v: [326, 326], pop: 'children' },
        { v: [112, 112], pop: 'children', status: 'returned' },
      ],
    ));
  it('who were detained in the raid', () =>
    checkProbe('en', 'Of the 30 fighters who were detained in the raid last week, 12 were released.', [
      { v: [30, 30], pop: 'fighters', status: 'detained' },
      { v: [12, 12], pop: 'fighters' },
    ]));
  it('counter-case: no status word of its own, no part', () =>
    checkProbe('en', 'Of the 700 Tajik women believed to be in Syria, 300 have children with them.', [
      { v: [700, 700], pop: 'women', origin: ['TJ'] },
    ]));
});

describe('en: the agent of a passive return is the state bringing its people home (returnAgent)', () => {
  it('repatriated by Belgium', () =>
    checkProbe('en', 'The 23 children, who were repatriated by Belgium in 2022, now live with relatives.', [
      { v: [23, 23], pop: 'children', origin: ['BE'], status: 'returned' },
    ]));
  it('brought home by France', () =>
    checkProbe('en', 'Some 40 women were brought home by France last year.', [
      { v: [40, 40], pop: 'women', origin: ['FR'], status: 'returned' },
    ]));
  it('a country at war brings back its own from elsewhere', () =>
    checkProbe('en', '30 children were repatriated by Iraq from al-Hol.', [
      { v: [30, 30], pop: 'children', origin: ['IQ'], status: 'returned' },
    ]));
  it('counter-case: an agency brings no one home as theirs', () =>
    checkProbe('en', '12 orphans were repatriated by the ICRC.', [{ v: [12, 12], pop: 'children' }]));
  it('counter-case: a country at war handing people over is not their home', () =>
    checkProbe('en', '30 children were repatriated by Syria.', [{ v: [30, 30], pop: 'children' }]));
});

describe('en: a part after "of whom" with a verb of its own is told by that verb', () => {
  it('abducted, of whom 43 were recruited', () =>
    checkProbe('en', 'Al-Shabaab abducted 120 children, of whom 43 were recruited.', [
      { v: [120, 120], pop: 'children', status: 'other' },
      { v: [43, 43], pop: 'children', status: 'joined' },
    ]));
  it('arrested, of whom 12 were released', () =>
    checkProbe('en', 'Police arrested 40 people, of whom 12 were later released.', [
      { v: [40, 40], pop: 'people', status: 'detained' },
      { v: [12, 12], pop: 'people', status: 'other' },
    ]));
  it('counter-case: a part with no verb of its own shares its whole’s', () =>
    checkProbe('en', 'Al-Shabaab abducted 120 children, including 43 girls.', [
      { v: [120, 120], pop: 'children', status: 'other' },
      { v: [43, 43], pop: 'children', status: 'other' },
    ]));
});

describe('en: fighters who defected have left their group', () => {
  it('had defected', () =>
    checkProbe('en', 'Officials said 250 al-Shabaab fighters had defected.', [
      { v: [250, 250], pop: 'fighters', status: 'other', aff: 'other' },
    ]));
  it('defected from', () =>
    checkProbe('en', 'Some 30 fighters defected from ISWAP last month.', [
      { v: [30, 30], pop: 'fighters', status: 'other' },
    ]));
  it('counter-case: defecting to a group joins it', () =>
    checkProbe('en', 'Some 40 fighters defected to IS last year.', [
      { v: [40, 40], pop: 'fighters', status: 'joined', aff: 'isis' },
    ]));
});

describe('en: a past tense before "and" ends a clause; the speaker is named after it (trimSpeaker)', () => {
  it('Fighting continued and officials said', () =>
    checkProbe('en', 'Fighting continued and officials said 40 soldiers were killed.', [
      { v: [40, 40], pop: 'fighters', status: 'killed', source: 'officials' },
    ]));
  it('Clashes erupted and local residents told AFP', () =>
    checkProbe('en', 'Clashes erupted and local residents told AFP that 12 civilians died.', [
      { v: [12, 12], pop: 'people', status: 'killed', source: 'local residents' },
    ]));
  it('counter-case: two speakers joined by "and"', () =>
    checkProbe('en', 'The UN and Human Rights Watch said 40 children were detained.', [
      { v: [40, 40], pop: 'children', source: 'The UN and Human Rights Watch' },
    ]));
  it('counter-case: a capitalised name in -ed is no verb', () =>
    checkProbe('en', 'The Armed Forces and police said 40 militants were killed.', [
      { v: [40, 40], pop: 'fighters', source: 'The Armed Forces and police' },
    ]));
});

describe('en: two spelled numbers a comma apart before a people noun are a spoken range', () => {
  it('thirty, thirty-five Irish people', () =>
    checkProbe('en', 'The number I heard was like thirty, thirty-five Irish people in total.', [
      { v: [30, 35], pop: 'people', origin: ['IE'] },
    ]));
  it('two, three children', () =>
    checkProbe('en', 'Two, three children died every day in the camp.', [
      { v: [2, 3], pop: 'children', status: 'killed' },
    ]));
  it('counter-case: digits after a year', () =>
    checkProbe('en', 'In 2019, 35 people were repatriated.', [{ v: [35, 35], pop: 'people' }]));
  it('counter-case: a list of spelled numbers', () =>
    checkProbe('en', 'Thirty, forty and fifty fighters were counted in three villages.', [
      { v: [50, 50], pop: 'fighters' },
    ]));
});

describe('en: sent or taken to a prison is custody, past a relative clause or a noun of return (intoPrison)', () => {
  it('who surrendered in Baghuz were taken to prisons', () =>
    checkProbe('en', 'The 1,990 fighters who surrendered in Baghuz were taken to prisons in Hasakah.', [
      { v: [1990, 1990], pop: 'fighters', status: 'detained' },
    ]));
  it('12 of the returnees had been sent to prison', () =>
    checkProbe('en', 'Officials said 12 of the returnees had been sent to prison.', [
      { v: [12, 12], pop: 'people', status: 'detained' },
    ]));
  it('counter-case: a return said by a verb of its own stays', () =>
    checkProbe('en', '12 women were repatriated and moved to a prison in Almaty.', [
      { v: [12, 12], pop: 'women', status: 'returned' },
    ]));
  it('counter-case: sent to a camp is no prison', () =>
    checkProbe('en', 'The 45 women who surrendered in Baghuz were sent to a camp in Hasakah.', [
      { v: [45, 45], pop: 'women', not: 'detained' },
    ]));
});
