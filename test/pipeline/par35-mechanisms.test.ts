// Mechanisms found by the thirty-fifth round of parallel facts (the same fact written in en, fr, ru and ar,
// read the same way in each). Every sentence is written for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a camp in the from-phrase of a return verb, past the count it takes (withoutCampsLeft)', () => {
  it('en: the parts named after the camp are brought back with the whole', () =>
    checkProbe(
      'en',
      'Albania brought back 19 of its citizens from the Roj camp, five women and 14 children.',
      [
        { v: [19, 19], pop: 'people', origin: ['AL'], status: 'returned' },
        { v: [5, 5], pop: 'women', origin: ['AL'], status: 'returned' },
        { v: [14, 14], pop: 'children', origin: ['AL'], status: 'returned' },
      ],
    ));
  it('fr: « de ses ressortissants du camp de Roj »', () =>
    checkProbe(
      'fr',
      "L'Albanie a rapatrié 19 de ses ressortissants du camp de Roj, cinq femmes et 14 enfants.",
      [
        { v: [19, 19], pop: 'people', origin: ['AL'], status: 'returned' },
        { v: [5, 5], pop: 'women', origin: ['AL'], status: 'returned' },
        { v: [14, 14], pop: 'children', origin: ['AL'], status: 'returned' },
      ],
    ));
  it('en: a count with a longer noun phrase before the camp', () =>
    checkProbe('en', 'Kosovo flew home 1,200 of its nationals from the al-Hol camp, including 300 women.', [
      { v: [1200, 1200], pop: 'people', origin: ['XK'], status: 'returned' },
      { v: [300, 300], pop: 'women', origin: ['XK'], status: 'returned' },
    ]));
  it('counter-case: people said to remain in the camp are there', () =>
    checkProbe('en', 'Albania brought back 19 children; five women remain in the Roj camp.', [
      { v: [19, 19], pop: 'children', origin: ['AL'], status: 'returned' },
      { v: [5, 5], pop: 'women', origin: ['AL'], status: 'present' },
    ]));
});

describe('a predicate that says only "people" leaves the narrower noun of the part (predicatedPopulation)', () => {
  it('en: "98 of them are still captives" are the schoolgirls', () =>
    checkProbe('en', 'Boko Haram abducted 276 schoolgirls in 2014; 98 of them are still captives.', [
      { v: [276, 276], pop: 'children', status: 'other' },
      { v: [98, 98], pop: 'children' },
    ]));
  it('fr: « 98 d’entre elles sont toujours captives »', () =>
    checkProbe('fr', "Boko Haram a enlevé 276 lycéennes en 2014. 98 d'entre elles sont toujours captives.", [
      { v: [276, 276], pop: 'children', status: 'other' },
      { v: [98, 98], pop: 'children' },
    ]));
  it('ru: «из них 40 — заложники» are the children counted before', () =>
    checkProbe('ru', 'Боевики похитили 120 детей, из них 40 до сих пор заложники.', [
      { v: [120, 120], pop: 'children', status: 'other' },
      { v: [40, 40], pop: 'children' },
    ]));
  it('counter-case: a narrower predicate still says what the part is', () =>
    checkProbe('en', 'The camp holds 900 foreigners; 600 of them are children.', [
      { v: [900, 900], pop: 'people', origin: ['region:foreign'], status: 'present' },
      { v: [600, 600], pop: 'children', origin: ['region:foreign'], status: 'present' },
    ]));
});

describe('ru: "N из <country>" counts people from it, not a part of a whole', () => {
  it('a list of countries after a colon', () =>
    checkProbe('ru', 'Боевики прибыли в основном из Северной Африки: 651 из Туниса и 318 из Марокко.', [
      { v: [651, 651], pop: 'fighters', origin: ['TN'] },
      { v: [318, 318], pop: 'fighters', origin: ['MA'] },
    ]));
  it('after a verb of leaving', () =>
    checkProbe('ru', 'В Сирию уехали 651 из Туниса и 318 из Марокко.', [
      { v: [651, 651], pop: 'people', origin: ['TN'], status: 'joined', loc: ['SY'] },
      { v: [318, 318], pop: 'people', origin: ['MA'], status: 'joined', loc: ['SY'] },
    ]));
  it('a collective numeral and a republic', () =>
    checkProbe('ru', 'Пятеро из Дагестана задержаны.', [
      { v: [5, 5], pop: 'people', origin: ['RU'], status: 'detained' },
    ]));
  it('counter-case: "из" before a number is a part of that whole, which names the people', () =>
    checkProbe('ru', 'Пятеро из 30 боевиков сдались.', [
      { v: [5, 5], pop: 'fighters' },
      { v: [30, 30], pop: 'fighters' },
    ]));
});

describe('fr: after a participle and its agent, a verb phrase that opens with its auxiliary is the predicate', () => {
  it('« recrutés par les Houthis sont morts au combat »', () =>
    checkProbe('fr', 'Près de 2 000 enfants recrutés par les Houthis sont morts au combat.', [
      { v: [2000, 2000], pop: 'children', status: 'killed', aff: 'other' },
    ]));
  it('« recrutés par la milice sont morts »', () =>
    checkProbe('fr', '2 000 enfants recrutés par la milice sont morts.', [
      { v: [2000, 2000], pop: 'children', status: 'killed' },
    ]));
  it('a return after a participle of custody', () =>
    checkProbe('fr', 'Douze femmes détenues à Roj sont rentrées en France.', [
      { v: [12, 12], pop: 'women', origin: ['FR'], status: 'returned' },
    ]));
  it('counter-case: a verb of going is no predicate that overrides the custody', () =>
    checkProbe('fr', 'Douze femmes détenues à Roj sont parties.', [
      { v: [12, 12], pop: 'women', status: 'detained' },
    ]));
});

describe('verb first: the verb between the fronted whole and its part is the part’s (withoutWholeStatus)', () => {
  it('ar: a return before the part, a clause of what remains after it', () =>
    checkProbe('ar', 'من بين 300 امرأة، أعيدت 200 إلى بلادهن، فيما لا تزال 100 هناك.', [
      { v: [300, 300], pop: 'women', status: 'present' },
      { v: [200, 200], pop: 'women', status: 'returned' },
      { v: [100, 100], pop: 'women', status: 'present' },
    ]));
  it('ar: with the camp in the whole’s phrase', () =>
    checkProbe('ar', 'من بين 300 امرأة في المخيمات، أعيدت 200، فيما لا تزال 100 هناك.', [
      { v: [300, 300], pop: 'women', status: 'present' },
      { v: [200, 200], pop: 'women', status: 'returned' },
      { v: [100, 100], pop: 'women', status: 'present' },
    ]));
  it('counter-case en: the whole’s own participle before the comma stays the whole’s', () =>
    checkProbe('en', 'Of the 300 women held in Roj, 200 were repatriated, while 100 remain there.', [
      { v: [300, 300], pop: 'women', status: 'present' },
      { v: [200, 200], pop: 'women', status: 'returned' },
      { v: [100, 100], pop: 'women', status: 'present' },
    ]));
});

describe('ru: "still there" with no copula says they are there', () => {
  it('по-прежнему там', () =>
    checkProbe('ru', 'Из 300 таджичек 200 репатриированы; остальные 100 по-прежнему там.', [
      { v: [300, 300], pop: 'women', origin: ['TJ'], status: 'present' },
      { v: [200, 200], pop: 'women', origin: ['TJ'], status: 'returned' },
      { v: [100, 100], pop: 'women', origin: ['TJ'], status: 'present' },
    ]));
  it('всё ещё там', () =>
    checkProbe('ru', 'В январе вернули 50 детей, ещё 20 всё ещё там.', [
      { v: [50, 50], pop: 'children', status: 'returned' },
      { v: [20, 20], pop: 'children', status: 'present' },
    ]));
  it('counter-case: "там" after a verb of return is where they came back from', () =>
    checkProbe('ru', 'Из 300 таджичек 200 уже вернулись оттуда.', [
      { v: [300, 300], pop: 'women', origin: ['TJ'] },
      { v: [200, 200], pop: 'women', origin: ['TJ'], status: 'returned' },
    ]));
});

describe('the object of a verb before it has no main verb after its relative clause (pastRelative)', () => {
  it('fr: « exécuté 12 garçons qui avaient tenté de fuir leurs camps »', () =>
    checkProbe('fr', 'Les Chabab ont exécuté 12 garçons qui avaient tenté de fuir leurs camps.', [
      { v: [12, 12], pop: 'children', status: 'killed', aff: 'other' },
    ]));
  it('en: arrested women who had escaped from the camp', () =>
    checkProbe('en', 'Police arrested 60 women who had escaped from the camp.', [
      { v: [60, 60], pop: 'women', status: 'detained' },
    ]));
  it('counter-case: the subject of the main verb after the clause takes it', () =>
    checkProbe('en', '60 women who had escaped from the camp were arrested in Idlib.', [
      { v: [60, 60], pop: 'women', status: 'detained', loc: ['SY'] },
    ]));
});

describe('a killing the verb before tells of comes after an escape said of them (custodyBeforeKilling)', () => {
  it('ar: أعدمت … صبيا حاولوا الفرار', () =>
    checkProbe('ar', 'أعدمت حركة الشباب نحو اثني عشر صبيا حاولوا الفرار من معسكراتها في الصومال.', [
      { v: [12, 12], pop: 'children', status: 'killed', aff: 'other', loc: ['SO'] },
    ]));
  it('ar: killed abducted children', () =>
    checkProbe('ar', 'قتل المسلحون 5 أطفال مختطفين.', [{ v: [5, 5], pop: 'children', status: 'killed' }]));
  it('counter-case: a killing in another clause leaves the wounded', () =>
    checkProbe('en', 'The strike killed 40 and wounded 60 others.', [
      { v: [40, 40], pop: 'people', status: 'killed' },
      { v: [60, 60], pop: 'people', status: 'other' },
    ]));
});

describe('a place of handing over past a relative clause set off by commas (pastRelativeAside)', () => {
  it('en: handed over orphans, whose parents fought for IS, to their country', () =>
    checkProbe(
      'en',
      'Libya handed over three Tunisian orphans, whose parents fought for the Islamic State, to Tunisia.',
      [{ v: [3, 3], pop: 'children', origin: ['TN'], status: 'returned' }],
    ));
  it('en: the same without the clause', () =>
    checkProbe('en', 'Libya handed over three Tunisian orphans to Tunisia.', [
      { v: [3, 3], pop: 'children', origin: ['TN'], status: 'returned' },
    ]));
  it('counter-case: no place after the clause, no return home', () =>
    checkProbe(
      'en',
      'Libya handed over three Tunisian orphans, whose parents fought for the Islamic State.',
      [{ v: [3, 3], pop: 'children', origin: ['TN'], not: 'returned' }],
    ));
});

describe('ar: the verb right before a kin noun with its pronoun is the kin’s (othersRelatives)', () => {
  it('أيتام تونسيين قاتل آباؤهم', () =>
    checkProbe('ar', 'سلمت ليبيا إلى تونس ثلاثة أيتام تونسيين قاتل آباؤهم في صفوف تنظيم الدولة الإسلامية.', [
      { v: [3, 3], pop: 'children', origin: ['TN'], status: 'returned' },
    ]));
  it('أطفال قتل آباؤهم: their fathers were killed, not they', () =>
    checkProbe('ar', 'نقل 40 طفلا قتل آباؤهم إلى دار للأيتام.', [
      { v: [40, 40], pop: 'children', not: 'killed' },
    ]));
  it('counter-case: children killed with their fathers were killed', () =>
    checkProbe('ar', 'قتل 40 طفلا وآباؤهم في الغارة.', [{ v: [40, 40], pop: 'children', status: 'killed' }]));
});

describe('a split verb’s completing word past the counts joined to the first (splitVerbStatus)', () => {
  it('en: brought 25 women and 75 children back', () =>
    checkProbe('en', 'Uzbekistan brought 25 women and 75 children back to Tashkent.', [
      { v: [25, 25], pop: 'women', origin: ['UZ'], status: 'returned' },
      { v: [75, 75], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]));
  it('en: carried … back, the plane the subject', () =>
    checkProbe('en', 'The plane carried 25 women and 75 children back to Tashkent.', [
      { v: [25, 25], pop: 'women', origin: ['UZ'], status: 'returned' },
      { v: [75, 75], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]));
  it('en: one count, carried back', () =>
    checkProbe('en', 'The plane carried 25 children back to Tashkent.', [
      { v: [25, 25], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]));
  it('counter-case: carried to a town with no word of return is no return', () =>
    checkProbe('en', 'The lorries carried 25 fighters to Idlib.', [
      { v: [25, 25], pop: 'fighters', not: 'returned' },
    ]));
});

describe('ar: prisoners counted after a verb of fleeing escaped, wherever from', () => {
  it('فر نحو 100 سجين', () =>
    checkProbe('ar', 'فر نحو 100 سجين من تنظيم الدولة الإسلامية خلال الهجوم على السجن في الحسكة.', [
      { v: [100, 100], pop: 'people', status: 'other', aff: 'isis', loc: ['SY'] },
    ]));
  it('هرب 30 معتقلا', () =>
    checkProbe('ar', 'هرب 30 معتقلا خلال الفوضى.', [{ v: [30, 30], pop: 'people', status: 'other' }]));
  it('counter-case: prisoners held are detained', () =>
    checkProbe('ar', 'يحتجز 100 سجين في الحسكة.', [
      { v: [100, 100], pop: 'people', status: 'detained', loc: ['SY'] },
    ]));
});

describe('ru: the ADF by its Russian initials', () => {
  it('Боевики АДС', () =>
    checkProbe('ru', 'Боевики АДС убили 40 мирных жителей в провинции Северное Киву.', [
      { v: [40, 40], pop: 'people', status: 'killed', aff: 'other', loc: ['CD'] },
    ]));
  it('Альянс демократических сил', () =>
    checkProbe('ru', 'Боевики Альянса демократических сил убили 40 мирных жителей.', [
      { v: [40, 40], pop: 'people', status: 'killed', aff: 'other' },
    ]));
});

describe('en: "stayed" is said of people where they were, as "remained"', () => {
  it('a count coordinated after a return', () =>
    checkProbe('en', 'Uzbekistan brought 25 women back and 75 children stayed.', [
      { v: [25, 25], pop: 'women', origin: ['UZ'], status: 'returned' },
      { v: [75, 75], pop: 'children', origin: ['UZ'], status: 'present' },
    ]));
  it('stayed behind in the camp', () =>
    checkProbe('en', 'Some 40 Kazakh women stayed behind in the camp.', [
      { v: [40, 40], pop: 'women', origin: ['KZ'], status: 'present' },
    ]));
  it('counter-case: stayed after a return leaves the return', () =>
    checkProbe('en', 'Kazakhstan repatriated 40 women, who had stayed in al-Hol for four years.', [
      { v: [40, 40], pop: 'women', origin: ['KZ'], status: 'returned' },
    ]));
});
