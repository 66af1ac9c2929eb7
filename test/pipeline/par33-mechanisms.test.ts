// Mechanisms found by writing the same facts in four languages (round 33): each rule with sentences of
// our own, and a counter-case where it must not apply.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { runProbes } from './probe-helpers.ts';

const claimsOf = (lang: string, text: string) =>
  extract(text, { lang, published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');

describe('a word that is both an auxiliary and a preposition of place is the preposition before a place', () => {
  runProbes('en', [
    // "to" before a country is no auxiliary: Turkey is where they were sent, not whence they come.
    ['The group sent 10 fighters to Turkey.', [{ v: [10, 10], pop: 'fighters', status: 'joined' }]],
    // Counter-case: a verb of coming from still links its place to the counted noun.
    ['Some 25 recruits all came from Chad.', [{ v: [25, 25], pop: 'fighters', origin: ['TD'] }]],
  ]);
  runProbes('fr', [
    [
      'La police a arrêté 130 jeunes en Belgique.',
      [{ v: [130, 130], pop: 'children', status: 'detained', loc: ['BE'] }],
    ],
    ['Le groupe a envoyé 10 combattants en Turquie.', [{ v: [10, 10], pop: 'fighters', status: 'joined' }]],
    [
      'Les rebelles ont recruté 130 enfants en Colombie.',
      [{ v: [130, 130], pop: 'children', status: 'joined' }],
    ],
    // Counter-case: « venus de » is a from-link; the place stays theirs.
    [
      'Quelque 40 jeunes venus de Belgique ont été arrêtés.',
      [{ v: [40, 40], pop: 'children', origin: ['BE'], status: 'detained' }],
    ],
  ]);
});

describe('ar: a place after "in" behind the subject of a fronted verb is no word of the subject', () => {
  runProbes('ar', [
    [
      'اعتقلت الشرطة في كراتشي ثلاثة رجال كانوا يجندون لصالح تنظيم داعش خراسان.',
      [{ v: [3, 3], pop: 'men', status: 'detained', aff: 'isis', loc: ['PK'] }],
    ],
    [
      'اعتقلت قوات الأمن في بغداد 12 امرأة كن يقاتلن في صفوف التنظيم.',
      [{ v: [12, 12], pop: 'women', status: 'detained', loc: ['IQ'] }],
    ],
    // Counter-case: a verb of its own nearer the count governs it («وقتلت»), not the first one.
    [
      'اعتقلت الشرطة في كراتشي رجلا وقتلت ثلاثة مسلحين.',
      [{ v: [3, 3], pop: 'fighters', status: 'killed', loc: ['PK'] }],
    ],
  ]);

  it('does not write into the lexicon scan it reads (a scan hands out an array the next scan reuses)', () => {
    // Before the copy, the place pushed into the auxiliaries' result came back as an armed group.
    const [c] = claimsOf('ar', 'اعتقلت الشرطة في لاهور خمسة رجال كانوا يجندون لصالح داعش.');
    expect(c?.status).toBe('detained');
    expect(c?.location).toEqual(['PK']);
  });
});

describe('ar: a word for the republic or the country after the counted noun names the place said before', () => {
  runProbes('ar', [
    [
      'أصدرت محكمة في داغستان أحكاما بحق 14 من سكان الجمهورية بتهمة المشاركة في القتال في سوريا.',
      [{ v: [14, 14], pop: 'fighters', origin: ['RU'], status: 'detained' }],
    ],
    [
      'اعتقلت السلطات في طاجيكستان 20 من مواطني البلاد بتهمة الانضمام إلى داعش.',
      [{ v: [20, 20], pop: 'people', origin: ['TJ'], status: 'detained', aff: 'isis' }],
    ],
    // Counter-case: a war zone named before is where they were, not whose they are.
    ['قتل 12 من سكان الإقليم في سوريا.', [{ v: [12, 12], pop: 'people', status: 'killed', loc: ['SY'] }]],
  ]);
});

describe('ru: a count ending in 1 takes the singular verb of coming from', () => {
  runProbes('ru', [
    [
      'Из иностранных боевиков, убитых в Сирии в прошлом году, 651 прибыл из Туниса и 318 из Марокко.',
      [
        { v: [651, 651], pop: 'fighters', origin: ['TN'], status: 'killed' },
        { v: [318, 318], pop: 'fighters', origin: ['MA'], status: 'killed' },
      ],
    ],
    ['Из иностранных боевиков 21 приехал из Чада.', [{ v: [21, 21], pop: 'fighters', origin: ['TD'] }]],
    // Counter-case: the plural as before.
    ['Из иностранных боевиков 40 прибыли из Ливии.', [{ v: [40, 40], pop: 'fighters', origin: ['LY'] }]],
  ]);
});

describe('ru lexicon: shot dead is killed, went through training is joined', () => {
  runProbes('ru', [
    [
      'Все четверо нападавших были застрелены силовиками.',
      [{ v: [4, 4], pop: 'fighters', status: 'killed' }],
    ],
    [
      'Полицейские застрелили трех боевиков в Кабардино-Балкарии.',
      [{ v: [3, 3], pop: 'fighters', status: 'killed', loc: ['RU'] }],
    ],
    [
      'В лагере прошли подготовку не менее 70 детей младше 12 лет.',
      [{ v: [70, null], pop: 'children', status: 'joined', age: [null, 11] }],
    ],
    // The same phrase with an adjective inside it.
    [
      'Около 40 подростков прошли военную подготовку в лагере ИГ.',
      [{ v: [40, 40], pop: 'children', status: 'joined', aff: 'isis' }],
    ],
    // Counter-case: dying in a training camp is a death; the camp's word does not make it a joining.
    ['Около 40 боевиков погибли в учебном лагере.', [{ v: [40, 40], pop: 'fighters', status: 'killed' }]],
  ]);
});

describe('a semicolon closes the clause before a speaker', () => {
  it('keeps the counted people out of the speaker (en)', () => {
    const [c] = claimsOf('en', 'About 400 Kazakh women went to Syria; officials now put the figure at 900.');
    expect(c?.source).toBe('officials');
    expect(c?.origin).toEqual(['KZ']);
  });
  it('does the same with the Arabic semicolon', () => {
    const [c] = claimsOf('ar', 'سافرت 300 امرأة كازاخستانية إلى سوريا؛ وقال مسؤولون إن العدد أكبر.');
    expect(c?.origin).toEqual(['KZ']);
    expect(c?.source ?? '').not.toContain('300');
  });
});

describe('a definite word for the figure before a count with no noun counts the people just before', () => {
  runProbes('en', [
    [
      'More than a thousand Tunisian women went to Syria; officials now put the figure at about 1,100.',
      [
        { v: [1000, null], pop: 'women', origin: ['TN'], status: 'joined' },
        { v: [1100, 1100], pop: 'women', origin: ['TN'], status: 'joined' },
      ],
    ],
    [
      'About 300 Kazakhs went to Syria. The figure has since reached 850.',
      [
        { v: [300, 300], pop: 'people', origin: ['KZ'] },
        { v: [850, 850], pop: 'people', origin: ['KZ'] },
      ],
    ],
    // Counter-case: "the number 850" names a number, not people.
    [
      'Kazakhstan brought back 300 people. The number 850 is wrong.',
      [{ v: [300, 300], pop: 'people', origin: ['KZ'] }],
    ],
  ]);
  runProbes('fr', [
    [
      "Plus d'un millier de Tunisiennes sont parties en Syrie ; les autorités avancent désormais le chiffre d'environ 1 100.",
      [
        { v: [1000, null], pop: 'women', origin: ['TN'] },
        { v: [1100, 1100], pop: 'women', origin: ['TN'] },
      ],
    ],
  ]);
  runProbes('ru', [
    [
      'Более тысячи тунисских женщин уехали в Сирию; власти теперь называют цифру около 2500.',
      [
        { v: [1000, null], pop: 'women', origin: ['TN'] },
        { v: [2500, 2500], pop: 'women', origin: ['TN'] },
      ],
    ],
  ]);
  runProbes('ar', [
    [
      'سافرت 300 امرأة إلى سوريا، وبلغ هذا العدد لاحقا 850.',
      [
        { v: [300, 300], pop: 'women', status: 'joined' },
        { v: [850, 850], pop: 'women', status: 'joined' },
      ],
    ],
  ]);
  it('does not take an issue number for a figure (ar)', () => {
    expect(claimsOf('ar', 'وصدر العدد 12 من مجلة دابق.')).toEqual([]);
  });
});

describe('gazetteer: Sudan, Pakistan and the RSF in four languages', () => {
  runProbes('en', [
    [
      'The UN verified the recruitment of 209 children by the Rapid Support Forces in Darfur in 2023.',
      [{ v: [209, 209], pop: 'children', status: 'joined', aff: 'other', loc: ['SD'] }],
    ],
    [
      'Police in Karachi arrested three men who were recruiting for ISIS-K.',
      [{ v: [3, 3], pop: 'men', status: 'detained', aff: 'isis', loc: ['PK'] }],
    ],
  ]);
  runProbes('ru', [
    [
      'ООН подтвердила вербовку 209 детей Силами быстрого реагирования в Дарфуре в 2023 году.',
      [{ v: [209, 209], pop: 'children', status: 'joined', aff: 'other', loc: ['SD'] }],
    ],
  ]);
  runProbes('ar', [
    [
      'تحققت الأمم المتحدة من تجنيد 209 أطفال على يد قوات الدعم السريع في دارفور عام 2023.',
      [{ v: [209, 209], pop: 'children', status: 'joined', aff: 'other', loc: ['SD'] }],
    ],
  ]);
  runProbes('fr', [
    [
      'Les forces houthies ont recruté 1 851 enfants entre 2019 et 2022, selon le groupe d’experts.',
      [{ v: [1851, 1851], pop: 'children', status: 'joined', aff: 'other' }],
    ],
  ]);
});

describe('ar: an object particle before the count closes the subject of the verb before', () => {
  runProbes('ar', [
    // The recruits' adjective after the noun names who they are; the freeing is what befell them.
    [
      'أفرجت جماعات مسلحة في جنوب السودان عن 183 طفلا مجندا العام الماضي.',
      [{ v: [183, 183], pop: 'children', status: 'other', loc: ['SS'] }],
    ],
    ['أفرجت الجماعات المسلحة عن 183 طفلا مجندا.', [{ v: [183, 183], pop: 'children', status: 'other' }]],
    [
      'حكمت المحكمة الجنائية في بغداد على 7 نساء عائدات من سوريا.',
      [{ v: [7, 7], pop: 'women', status: 'detained' }],
    ],
    // Counter-case: with no particle, the adjective of the recruits stays theirs.
    ['جندت الجماعة 40 طفلا في الإقليم.', [{ v: [40, 40], pop: 'children', status: 'joined' }]],
  ]);
});

describe('ar: a verb whose object the particle opens governs the count as a verb right before it does', () => {
  runProbes('ar', [
    [
      'قبضت الشرطة على 5 رجال كانوا يجندون الشباب لصالح داعش.',
      [{ v: [5, 5], pop: 'men', status: 'detained', aff: 'isis' }],
    ],
    ['قضت وحدات الجيش على 4 إرهابيين.', [{ v: [4, 4], pop: 'fighters', status: 'killed' }]],
    // Counter-case: the verb of pushing them to war still gives a joining.
    [
      'دفعت الجماعة بأكثر من 300 طفل إلى جبهات القتال.',
      [{ v: [300, null], pop: 'children', status: 'joined' }],
    ],
  ]);
});

describe('a range of year-like numbers is a count when people follow, past one adjective', () => {
  runProbes('ru', [
    [
      'В Идлибе, по оценкам, находятся от 1500 до 2000 узбекских боевиков.',
      [{ v: [1500, 2000], pop: 'fighters', origin: ['UZ'], loc: ['SY'] }],
    ],
    ['От 1500 до 2000 новых боевиков прибыли в Идлиб.', [{ v: [1500, 2000], pop: 'fighters' }]],
    // Counter-case: a range of years followed by "год" counts only the people after it.
    ['С 2014 по 2016 год в Сирию уехали 300 человек.', [{ v: [300, 300], pop: 'people', status: 'joined' }]],
  ]);
});

describe('a year-like number after a preposition of time is a year, whatever noun follows', () => {
  runProbes('en', [
    ['In 2015 foreign fighters travelled to Libya.', []],
    ['In 2015 Tunisian fighters travelled to Libya.', []],
    // Counter-case: a hedged year-like count is a count.
    [
      'About 2000 foreign fighters travelled to Libya.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'joined' }],
    ],
  ]);
  runProbes('ru', [
    [
      'В 2015 году 1500 таджикских боевиков уехали в Сирию.',
      [{ v: [1500, 1500], pop: 'fighters', origin: ['TJ'], status: 'joined' }],
    ],
  ]);
});

describe('a short quoted name is no clause break between a prison and its verb', () => {
  runProbes('en', [
    [
      '850 children remain in the "Panorama" prison.',
      [{ v: [850, 850], pop: 'children', status: 'detained' }],
    ],
    // Counter-case: a quoted clause is a break; the verb outside it tells of the count.
    [
      '"They were moved to a prison," said an official, adding that 850 children remain in the camp.',
      [{ v: [850, 850], pop: 'children', status: 'present' }],
    ],
  ]);
  runProbes('ru', [
    ['В тюрьме «Панорама» находятся 850 детей.', [{ v: [850, 850], pop: 'children', status: 'detained' }]],
  ]);
});

describe('ru: a word for adults before a generic noun of people says who they are, as one for minors does', () => {
  runProbes('ru', [
    [
      'Из Сирии вернулись 40 взрослых граждан Казахстана.',
      [{ v: [40, 40], pop: 'adults', origin: ['KZ'], status: 'returned', loc: ['SY'] }],
    ],
    [
      'В Сирии находятся около 250 взрослых граждан Франции.',
      [{ v: [250, 250], pop: 'adults', origin: ['FR'], status: 'present', loc: ['SY'] }],
    ],
    // Counter-case: alone, the word for adults is the noun.
    [
      'Вернулись 12 взрослых и 30 детей.',
      [
        { v: [12, 12], pop: 'adults', status: 'returned' },
        { v: [30, 30], pop: 'children', status: 'returned' },
      ],
    ],
  ]);
});

describe('gazetteer: the FARC in four languages', () => {
  runProbes('fr', [
    [
      "Les dissidents des FARC ont recruté au moins 130 enfants en Colombie l'an dernier.",
      [{ v: [130, null], pop: 'children', status: 'joined', aff: 'other' }],
    ],
  ]);
  runProbes('ru', [
    [
      'Диссиденты FARC завербовали не менее 130 детей в Колумбии в прошлом году.',
      [{ v: [130, null], pop: 'children', status: 'joined', aff: 'other' }],
    ],
  ]);
  runProbes('ar', [
    [
      'جند منشقون عن حركة فارك ما لا يقل عن 130 طفلا في كولومبيا العام الماضي.',
      [{ v: [130, null], pop: 'children', status: 'joined', aff: 'other' }],
    ],
  ]);
});

describe('spelled numbers: a hundred or a scale word said again opens the other end of a range', () => {
  runProbes('en', [
    [
      'Between one hundred and one hundred fifty children were freed.',
      [{ v: [100, 150], pop: 'children', status: 'other' }],
    ],
    [
      'Between one thousand and one thousand five hundred fighters were killed.',
      [{ v: [1000, 1500], pop: 'fighters', status: 'killed' }],
    ],
    // Counter-cases: one number of several sizes.
    [
      'One million two hundred thousand people were displaced by the fighting.',
      [{ v: [1200000, 1200000], pop: 'people', status: 'other' }],
    ],
    ['One thousand two hundred and fifty fighters were killed.', [{ v: [1250, 1250], pop: 'fighters' }]],
  ]);
});

describe('ru: the genitive singular of a thousand before a smaller number is one thousand', () => {
  runProbes('ru', [
    [
      'Около тысячи двухсот боевиков уехали в Сирию.',
      [{ v: [1200, 1200], pop: 'fighters', status: 'joined' }],
    ],
    ['До тысячи пятисот боевиков уехали в Сирию.', [{ v: [null, 1500], pop: 'fighters', status: 'joined' }]],
    [
      'Около тысячи двухсот пятидесяти боевиков уехали в Сирию.',
      [{ v: [1250, 1250], pop: 'fighters', status: 'joined' }],
    ],
    // Counter-cases: the bare plural stays vague; a nominative after the plural is the number before's.
    ['Тысячи детей уехали в Сирию.', []],
    ['В Сирию уехали три тысячи пятьсот человек.', [{ v: [3500, 3500], pop: 'people', status: 'joined' }]],
  ]);
});
