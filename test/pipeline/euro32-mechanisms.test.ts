// Mechanisms fixed in the thirty-second European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('fr/ru: a war zone left is no origin (leaveVerbs)', () => {
  it('ru: покинули Сирию', () =>
    checkProbe('ru', 'Трое боевиков покинули Сирию.', [{ v: [3, 3], pop: 'fighters', loc: ['SY'] }]));
  it('ru: покинули территорию Сирии, two words between', () =>
    checkProbe('ru', 'Двое боевиков покинули территорию Сирии.', [
      { v: [2, 2], pop: 'fighters', loc: ['SY'] },
    ]));
  it('ru: their own origin stays beside the war zone left', () =>
    checkProbe('ru', 'Трое уроженцев Чечни покинули Сирию и вернулись в Россию.', [
      { v: [3, 3], pop: 'people', origin: ['RU'], status: 'returned' },
    ]));
  it('fr: ont quitté la Syrie', () =>
    checkProbe('fr', 'Trois combattants ont quitté la Syrie.', [
      { v: [3, 3], pop: 'fighters', loc: ['SY'] },
    ]));
  it('fr counter-case: a country at peace left for the war is theirs', () =>
    checkProbe('fr', "1 150 personnes ont quitté l'Allemagne pour la Syrie.", [
      { v: [1150, 1150], pop: 'people', origin: ['DE'], status: 'joined' },
    ]));
  it('ru counter-case: Германию покинули', () =>
    checkProbe('ru', '1150 человек покинули Германию и уехали в Сирию.', [
      { v: [1150, 1150], pop: 'people', origin: ['DE'], status: 'joined' },
    ]));
});

describe('fr: a verb of presence right before « au, en » says where they are', () => {
  it('vivent au Liban', () =>
    checkProbe('fr', 'Une vingtaine de femmes françaises vivent au Liban après avoir quitté la Syrie.', [
      { v: [20, 20], pop: 'women', origin: ['FR'], status: 'present', loc: ['LB', 'SY'] },
    ]));
  it('restent encore en Turquie, one adverb between', () =>
    checkProbe('fr', 'Vingt femmes restent encore en Turquie.', [
      { v: [20, 20], pop: 'women', status: 'present', loc: ['TR'] },
    ]));
  it('counter-case: a return to come after the presence is no place where they are', () =>
    checkProbe('fr', 'Vingt femmes vivent dans des camps et seront renvoyées au Maroc.', [
      { v: [20, 20], pop: 'women', origin: ['MA'], loc: [] },
    ]));
});

describe('ru: leaving a camp is a move, not a presence (покинул* лагер*)', () => {
  it('покинули лагерь Родж и отправились в Ирак', () =>
    checkProbe('ru', 'Шестеро женщин покинули лагерь Родж и отправились в Ирак.', [
      { v: [6, 6], pop: 'women', not: 'present' },
    ]));
  it('a participle of leaving, held later', () =>
    checkProbe('ru', 'Двадцать женщин, покинувших лагерь Аль-Холь, задержаны в Турции.', [
      { v: [20, 20], pop: 'women', status: 'detained' },
    ]));
  it('counter-case: still in the camp', () =>
    checkProbe('ru', 'Двадцать женщин остаются в лагере Родж.', [
      { v: [20, 20], pop: 'women', status: 'present', loc: ['SY'] },
    ]));
});

describe('ru: «удалось» between a headless part and its verb', () => {
  it('среди … 57 удалось бежать', () =>
    checkProbe('ru', 'Среди 276 школьниц, похищенных в Чибоке, 57 удалось бежать.', [
      { v: [276, 276], pop: 'children', loc: ['NG'] },
      { v: [57, 57], pop: 'children', status: 'other' },
    ]));
  it('из … 12 удалось скрыться', () =>
    checkProbe('ru', 'Из 40 задержанных 12 удалось скрыться.', [
      { v: [40, 40], pop: 'people', status: 'detained' },
      { v: [12, 12], pop: 'people' },
    ]));
  it('counter-case: a noun counted with the dative keeps its own noun', () =>
    checkProbe('ru', 'Трем женщинам удалось вернуться в Чечню.', [
      { v: [3, 3], pop: 'women', origin: ['RU'], status: 'returned' },
    ]));
});

describe('ru: a verb of sentencing after a nationality is no unit (nonCountUnits: приговор forms)', () => {
  it('Десятерых россиянок приговорили', () =>
    checkProbe('ru', 'Десятерых россиянок приговорили к срокам в Ираке.', [
      { v: [10, 10], pop: 'women', origin: ['RU'], status: 'detained', loc: ['IQ'] },
    ]));
  it('Пятерых таджичек приговорили', () =>
    checkProbe('ru', 'Пятерых таджичек приговорили к срокам.', [
      { v: [5, 5], pop: 'women', origin: ['TJ'], status: 'detained' },
    ]));
  it('counter-case: sentences counted are no people', () =>
    checkProbe('ru', 'Суд вынес 12 приговоров боевикам.', []));
});

describe('fr/ru: an outlet named after a country gives no origin (NOT_PLACES)', () => {
  it('fr: selon France 24', () =>
    checkProbe('fr', "Selon France 24, plus d'une centaine de revenants ont été jugés depuis 2016.", [
      { v: [100, null], pop: 'people', status: 'detained' },
    ]));
  it('fr: selon France Info, after the count', () =>
    checkProbe('fr', 'Plus de 100 revenants ont été jugés, selon France Info.', [
      { v: [100, null], pop: 'people', source: 'France Info' },
    ]));
  it('fr counter-case: France bringing its own back', () =>
    checkProbe('fr', 'La France a rapatrié 12 enfants, selon France 24.', [
      { v: [12, 12], pop: 'children', origin: ['FR'], status: 'returned' },
    ]));
  it('ru: по данным «Кавказского узла»', () =>
    checkProbe('ru', 'По данным «Кавказского узла», 12 боевиков погибли в Сирии.', [
      { v: [12, 12], pop: 'fighters', status: 'killed', loc: ['SY'] },
    ]));
});

describe('fr/ru: a journey told by a participle set off by commas is their past (pastJourneyClause)', () => {
  it('ru: вернувшихся из Сирии, then sentenced', () =>
    checkProbe('ru', 'Девятерых женщин, вернувшихся из Сирии, осудили по статье 208.', [
      { v: [9, 9], pop: 'women', status: 'detained', loc: [] },
    ]));
  it('fr: revenues de Syrie, then sentenced', () =>
    checkProbe('fr', 'Neuf femmes, revenues de Syrie, ont été condamnées.', [
      { v: [9, 9], pop: 'women', status: 'detained', loc: [] },
    ]));
  it('counter-case: a participle of detention says where they are held', () =>
    checkProbe('ru', 'Двенадцать женщин, задержанных в Ираке, остаются в тюрьме.', [
      { v: [12, 12], pop: 'women', loc: ['IQ'] },
    ]));
});

describe('ru: fractions are shares, not counts (nonCountUnits: трети, четверти, пятых)', () => {
  it('из них две трети — дети', () =>
    checkProbe('ru', 'В лагере находятся 60 тысяч человек, из них две трети — дети.', [
      { v: [60000, 60000], pop: 'people', status: 'present' },
    ]));
  it('две пятых задержанных', () => checkProbe('ru', 'Две пятых задержанных — женщины.', []));
  it('counter-case: a collective numeral stays a count', () =>
    checkProbe('ru', 'Трое детей вернулись.', [{ v: [3, 3], pop: 'children', status: 'returned' }]));
});

describe('claims: a word adding more between coordinated counts shares the verb after both', () => {
  it('ru: и ещё 4 тысячи … воюют', () =>
    checkProbe('ru', 'Около 5 тысяч выходцев из России и еще 4 тысячи из других стран СНГ воюют в Сирии.', [
      { v: [5000, 5000], pop: 'fighters', origin: ['RU'], status: 'present' },
      { v: [4000, 4000], pop: 'fighters', origin: ['region:former-ussr'], status: 'present' },
    ]));
  it('fr: et encore 300 … combattent', () =>
    checkProbe('fr', 'Quelque 900 ressortissants tunisiens et encore 300 Marocains combattent en Syrie.', [
      { v: [900, 900], pop: 'fighters', origin: ['TN'] },
      { v: [300, 300], pop: 'fighters', origin: ['MA'] },
    ]));
  it('counter-case: a verb of its own ends the first count’s clause', () =>
    checkProbe('ru', 'Около 5 тысяч выходцев из России вернулись, и еще 4 тысячи воюют в Сирии.', [
      { v: [5000, 5000], pop: 'people', origin: ['RU'], status: 'returned' },
      { v: [4000, 4000], pop: 'fighters', origin: ['RU'] },
    ]));
});

describe('fr/ru: the verb of a clause about their kin is not theirs (othersRelatives)', () => {
  it('ru: чьи родители погибли', () =>
    checkProbe('ru', 'Шестеро детей-сирот, чьи родители погибли в Сирии, вернулись в Дагестан.', [
      { v: [6, 6], pop: 'children', origin: ['RU'], status: 'returned' },
    ]));
  it('ru: родители которых погибли', () =>
    checkProbe('ru', 'Шестеро детей, родители которых погибли в Сирии, вернулись в Россию.', [
      { v: [6, 6], pop: 'children', origin: ['RU'], status: 'returned' },
    ]));
  it('fr: dont les parents ont été tués', () =>
    checkProbe('fr', 'Six orphelins dont les parents ont été tués en Syrie sont rentrés au Daghestan.', [
      { v: [6, 6], pop: 'children', origin: ['RU'], status: 'returned' },
    ]));
  it('counter-case: « dont » with a count is a part', () =>
    checkProbe(
      'fr',
      'Quelque 1 600 Marocains ont rejoint des groupes djihadistes en Syrie, dont 200 ont été tués.',
      [
        { v: [1600, 1600], pop: 'people', origin: ['MA'], status: 'joined' },
        { v: [200, 200], pop: 'people', origin: ['MA'], status: 'killed' },
      ],
    ));
});

describe('fr: a country that « compte » fighters has them (haveWords)', () => {
  it('compte encore', () =>
    checkProbe('fr', 'La Belgique compte encore une vingtaine de combattants en Syrie.', [
      { v: [20, 20], pop: 'fighters', origin: ['BE'], loc: ['SY'] },
    ]));
  it('compte', () =>
    checkProbe('fr', 'Le Maroc compte 1 600 combattants en Syrie et en Irak.', [
      { v: [1600, 1600], pop: 'fighters', origin: ['MA'] },
    ]));
  it('counter-case: a war zone counts none of its own', () =>
    checkProbe('fr', 'La Syrie compte 300 combattants étrangers.', [
      { v: [300, 300], pop: 'fighters', origin: ['region:foreign'] },
    ]));
  it('counter-case: people held are no country’s own', () =>
    checkProbe('fr', 'La Turquie compte 3 000 djihadistes dans ses prisons.', [
      { v: [3000, 3000], pop: 'fighters', status: 'detained' },
    ]));
});

describe('fr: half a round number (« un demi-millier », « une demi-douzaine »)', () => {
  it('un demi-millier', () =>
    checkProbe('fr', 'Un demi-millier de Tunisiens sont rentrés.', [
      { v: [500, 500], pop: 'people', origin: ['TN'], status: 'returned' },
    ]));
  it('une demi-douzaine', () =>
    checkProbe('fr', "Une demi-douzaine d'enfants ont été rapatriés.", [{ v: [6, 6], pop: 'children' }]));
  it('counter-case: un millier', () =>
    checkProbe('fr', 'Un millier de Tunisiens sont rentrés.', [
      { v: [1000, 1000], pop: 'people', origin: ['TN'] },
    ]));
});

describe('fr/ru: communities armed groups attack are counted people', () => {
  it('fr: Peuls', () =>
    checkProbe('fr', 'Trente Peuls ont été tués par des djihadistes.', [
      { v: [30, 30], pop: 'people', status: 'killed' },
    ]));
  it('fr: Kurdes executed by IS', () =>
    checkProbe('fr', "Douze Kurdes ont été exécutés par l'EI.", [
      { v: [12, 12], pop: 'people', status: 'killed', aff: 'isis' },
    ]));
  it('ru: курдов', () =>
    checkProbe('ru', 'Боевики казнили 12 курдов.', [{ v: [12, 12], pop: 'people', status: 'killed' }]));
  it('counter-case: Kurdish fighters stay fighters', () =>
    checkProbe('fr', '3 000 combattants kurdes ont été tués.', [{ v: [3000, 3000], pop: 'fighters' }]));
});

describe('fr/ru: Nigeria’s Niger State is no Niger', () => {
  it('fr: l’État de Niger', () =>
    checkProbe('fr', "En 2021, 33 enfants ont été enlevés dans l'État de Niger, au Nigeria.", [
      { v: [33, 33], pop: 'children', loc: ['NG'] },
    ]));
  it('ru: в штате Нигер', () =>
    checkProbe('ru', 'В штате Нигер похищены 33 ребенка.', [{ v: [33, 33], pop: 'children', loc: ['NG'] }]));
  it('counter-case: au Niger', () =>
    checkProbe('fr', 'Au Niger, 33 enfants ont été enlevés.', [
      { v: [33, 33], pop: 'children', loc: ['NE'] },
    ]));
});

describe('ru: «N из числа X» with no number of the whole counts X', () => {
  it('пятеро из числа боевиков', () =>
    checkProbe('ru', 'Пятеро из числа боевиков задержаны.', [
      { v: [5, 5], pop: 'fighters', status: 'detained', quote: 'Пятеро из числа боевиков' },
    ]));
  it('пятеро из числа задержанных', () =>
    checkProbe('ru', 'Пятеро из числа задержанных оказались гражданами Таджикистана.', [
      { v: [5, 5], pop: 'people', status: 'detained' },
    ]));
  it('counter-case: из боевиков', () =>
    checkProbe('ru', 'Пятеро из боевиков задержаны.', [{ v: [5, 5], pop: 'fighters', status: 'detained' }]));
});

describe('fr/ru: laying down arms is a surrender (status other)', () => {
  it('fr: ont déposé les armes', () =>
    checkProbe(
      'fr',
      "Quelque 2 000 combattants de Boko Haram ont déposé les armes depuis 2016, selon l'armée nigériane.",
      [{ v: [2000, 2000], pop: 'fighters', status: 'other', aff: 'other' }],
    ));
  it('fr: ont rendu les armes', () =>
    checkProbe('fr', 'Une centaine de djihadistes ont rendu les armes.', [
      { v: [100, 100], pop: 'fighters', status: 'other' },
    ]));
  it('ru counter-part: сложили оружие', () =>
    checkProbe('ru', 'Двадцать боевиков сложили оружие.', [
      { v: [20, 20], pop: 'fighters', status: 'other' },
    ]));
});

describe('ru: a fighting participle set off by commas tells of their past (pastJourneyClause)', () => {
  it('воевавших в Сирии, then sentenced', () =>
    checkProbe('ru', 'Девять боевиков, воевавших в Сирии, осуждены по статье 208 УК РФ.', [
      { v: [9, 9], pop: 'fighters', status: 'detained', loc: [] },
    ]));
  it('воевавших в Сирии, then detained', () =>
    checkProbe('ru', 'Трое россиян, воевавших в Сирии, задержаны.', [
      { v: [3, 3], pop: 'fighters', origin: ['RU'], status: 'detained', loc: [] },
    ]));
  it('counter-case: still fighting there', () =>
    checkProbe('ru', 'Девять боевиков воюют в Сирии.', [
      { v: [9, 9], pop: 'fighters', status: 'present', loc: ['SY'] },
    ]));
});
