// Mechanisms fixed in the thirty-sixth European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('fr: the present participle of a deed after its clause says what befell the count (tuant, blessant)', () => {
  it('« ont attaqué le village, tuant 22 civils dont 5 enfants »', () =>
    checkProbe(
      'fr',
      'Les assaillants ont attaqué le village, tuant 22 civils dont 5 enfants, a indiqué une source locale.',
      [
        { v: [22, 22], pop: 'people', status: 'killed', source: 'une source locale' },
        { v: [5, 5], pop: 'children', status: 'killed' },
      ],
    ));
  it('« ont abattu 14 gendarmes, blessant au moins huit autres »: the wounded are no dead', () =>
    checkProbe(
      'fr',
      'Les djihadistes ont abattu 14 gendarmes, blessant au moins huit autres, près de Tillabéri.',
      [
        { v: [14, 14], pop: 'fighters', status: 'killed', loc: ['NE'] },
        { v: [8, null], pop: 'fighters', status: 'other', loc: ['NE'] },
      ],
    ));
  it('« ont incendié l’école, enlevant 30 élèves »', () =>
    checkProbe('fr', "Des hommes armés ont incendié l'école, enlevant 30 élèves.", [
      { v: [30, 30], pop: 'children', status: 'other' },
    ]));
  it('counter-case: a relative clause after the attack says where they lived', () =>
    checkProbe('fr', 'Les assaillants ont attaqué le village, où vivaient 300 civils.', [
      { v: [300, 300], pop: 'people', status: 'present' },
    ]));
});

describe('fr: « a appris X », the wire’s verb of learning, inverted after a comma, names the source', () => {
  it('« …, a appris l’AFP »', () =>
    checkProbe('fr', "Trois Françaises ont été interpellées à leur retour de Syrie, a appris l'AFP.", [
      { v: [3, 3], pop: 'women', origin: ['FR'], status: 'detained', source: "l'AFP" },
    ]));
  it('« …, ont appris Les Échos »', () =>
    checkProbe('fr', 'Douze mineurs ont été rapatriés mardi, ont appris Les Échos.', [
      { v: [12, 12], pop: 'children', status: 'returned', source: 'Les Échos' },
    ]));
  it('« 120, a appris le ministre, … »: inside an incise too', () =>
    checkProbe('fr', 'Au total 32 enfants, a appris le ministre, ont été rapatriés.', [
      { v: [32, 32], pop: 'children', status: 'returned', source: 'le ministre' },
    ]));
  it('counter-case: « ont appris à lire » with no comma before it names no one', () =>
    checkProbe('fr', 'Au total, 32 enfants ont appris à lire dans le camp.', [
      { v: [32, 32], pop: 'children', source: null },
    ]));
});

describe('a when-word written with a capital after a capitalised article is a title’s word (Le Soir, Le Matin)', () => {
  it('« selon le quotidien Le Soir »', () =>
    checkProbe(
      'fr',
      "Selon le quotidien Le Soir, une vingtaine d'enfants belges se trouvent encore en Syrie.",
      [{ v: [20, 20], pop: 'children', origin: ['BE'], status: 'present', source: 'le quotidien Le Soir' }],
    ));
  it('« d’après Le Matin »', () =>
    checkProbe('fr', "D'après Le Matin, 12 Marocains ont été rapatriés de Syrie.", [
      { v: [12, 12], pop: 'people', origin: ['MA'], status: 'returned', source: 'Le Matin' },
    ]));
  it('counter-case: « le ministère mardi soir » still says when', () =>
    checkProbe('fr', 'Selon le ministère mardi soir, 12 enfants ont été rapatriés.', [
      { v: [12, 12], pop: 'children', status: 'returned', source: 'le ministère' },
    ]));
  it('counter-case: « a annoncé mardi soir » keeps its speaker', () =>
    checkProbe('fr', 'Le ministère a annoncé mardi soir que 12 enfants ont été rapatriés.', [
      { v: [12, 12], pop: 'children', status: 'returned', source: 'Le ministère' },
    ]));
});

describe('an age set before the subject, opening the sentence, is the count’s (frontedAge)', () => {
  it('fr: « Âgés de 2 à 17 ans, ces 32 enfants … »', () =>
    checkProbe(
      'fr',
      "Âgés de 2 à 17 ans, ces 32 enfants ont été pris en charge par l'aide sociale à l'enfance.",
      [{ v: [32, 32], pop: 'children', age: [2, 17] }],
    ));
  it('fr: « Âgés de moins de 12 ans, au moins 40 enfants … »', () =>
    checkProbe('fr', 'Âgés de moins de 12 ans, au moins 40 enfants ont été rapatriés.', [
      { v: [40, null], pop: 'children', status: 'returned', age: [null, 11] },
    ]));
  it('en: "Aged 3 to 12, the 27 children …"', () =>
    checkProbe('en', 'Aged 3 to 12, the 27 children were flown to Almaty.', [
      { v: [27, 27], pop: 'children', origin: ['KZ'], status: 'returned', age: [3, 12] },
    ]));
  it('counter-case: a count inside the subject’s complement is not the one described', () =>
    checkProbe('fr', 'Âgés de 2 à 17 ans, les enfants de 12 femmes ont été rapatriés.', [
      { v: [12, 12], pop: 'women', age: [null, null] },
    ]));
});

describe('an age right after a later count’s noun of another kind is that count’s (ageOfLaterNoun)', () => {
  it('fr: « six mères et dix enfants âgés de 3 à 12 ans »', () =>
    checkProbe('fr', 'La Belgique a rapatrié six mères et dix enfants âgés de 3 à 12 ans.', [
      { v: [6, 6], pop: 'women', origin: ['BE'], age: [null, null] },
      { v: [10, 10], pop: 'children', origin: ['BE'], age: [3, 12] },
    ]));
  it('en: "six mothers and ten children aged 3 to 12"', () =>
    checkProbe('en', 'Belgium repatriated six mothers and ten children aged 3 to 12.', [
      { v: [6, 6], pop: 'women', origin: ['BE'], age: [null, null] },
      { v: [10, 10], pop: 'children', origin: ['BE'], age: [3, 12] },
    ]));
  it('ru: «шесть матерей и десять детей в возрасте от 3 до 12 лет»', () =>
    checkProbe('ru', 'Бельгия вернула шесть матерей и десять детей в возрасте от 3 до 12 лет.', [
      { v: [6, 6], pop: 'women', origin: ['BE'], age: [null, null] },
      { v: [10, 10], pop: 'children', origin: ['BE'], age: [3, 12] },
    ]));
  it('counter-case: nouns of one kind share the age', () =>
    checkProbe('fr', 'La Belgique a rapatrié six enfants et dix adolescents âgés de 3 à 17 ans.', [
      { v: [6, 6], pop: 'children', origin: ['BE'], age: [3, 17] },
      { v: [10, 10], pop: 'children', origin: ['BE'], age: [3, 17] },
    ]));
});

describe('ru: «при возвращении (на родину)», «после возвращения в Россию» say when, not a return (notStatus)', () => {
  it('«задержаны при возвращении на родину»', () =>
    checkProbe('ru', 'Трое граждан Казахстана задержаны при возвращении на родину.', [
      { v: [3, 3], pop: 'people', origin: ['KZ'], status: 'detained' },
    ]));
  it('«арестованы после возвращения в Россию»', () =>
    checkProbe('ru', 'Пятеро жителей Дагестана арестованы после возвращения в Россию.', [
      { v: [5, 5], pop: 'people', origin: ['RU'], status: 'detained' },
    ]));
  it('«осуждены после репатриации»', () =>
    checkProbe('ru', 'Двенадцать женщин осуждены после репатриации из Сирии.', [
      { v: [12, 12], pop: 'women', status: 'detained' },
    ]));
  it('counter-case: a return that is the clause’s verb stays one', () =>
    checkProbe('ru', 'Из Сирии на родину вернулись 40 детей.', [
      { v: [40, 40], pop: 'children', status: 'returned' },
    ]));
});

describe('a short name in quotes is no quotation between a custody and the return after it', () => {
  it('ru: «находившихся в лагере «Аль-Холь», вернулись на родину»', () =>
    checkProbe('ru', 'Более ста россиянок, находившихся в лагере «Аль-Холь», вернулись на родину.', [
      { v: [100, null], pop: 'women', origin: ['RU'], status: 'returned', loc: ['SY'] },
    ]));
  it('ru: «находившихся в лагере «Рож», вернулись»', () =>
    checkProbe('ru', 'Более 100 россиянок, находившихся в лагере «Рож», вернулись.', [
      { v: [100, null], pop: 'women', origin: ['RU'], status: 'returned' },
    ]));
  it('en: held in the "Roj" camp, then repatriated', () =>
    checkProbe('en', 'Some 40 women held in the "Roj" camp were repatriated.', [
      { v: [40, 40], pop: 'women', status: 'returned' },
    ]));
  it('counter-case: «а 20 вернулись» is another count’s return', () =>
    checkProbe('ru', 'Более 100 россиянок находятся в лагере «Рож», а 20 вернулись на родину.', [
      { v: [100, null], pop: 'women', origin: ['RU'], status: 'present' },
      { v: [20, 20], pop: 'women', origin: ['RU'], status: 'returned' },
    ]));
});

describe('a participle aside past the noun’s own words yields to the clause’s verb (predicateAfterParticiple)', () => {
  it('ru: «Семерым уроженцам Дагестана, воевавшим в рядах ИГ, вынесены приговоры»', () =>
    checkProbe('ru', 'Семерым уроженцам Дагестана, воевавшим в рядах ИГ, вынесены приговоры.', [
      { v: [7, 7], pop: 'fighters', origin: ['RU'], status: 'detained', aff: 'isis' },
    ]));
  it('ru: «подросткам из Казани, вербовавшим сверстников в ИГ, предъявлены обвинения»', () =>
    checkProbe('ru', 'Десятерым подросткам из Казани, вербовавшим сверстников в ИГ, предъявлены обвинения.', [
      { v: [10, 10], pop: 'children', origin: ['RU'], status: 'detained', aff: 'isis' },
    ]));
  it('en: "Seven men from Dagestan, having fought for IS, were sentenced"', () =>
    checkProbe('en', 'Seven men from Dagestan, having fought for IS, were sentenced.', [
      { v: [7, 7], pop: 'men', origin: ['RU'], status: 'detained', aff: 'isis' },
    ]));
  it('counter-case: a finite verb after the noun is the clause’s own', () =>
    checkProbe('ru', 'Девять жителей Дагестана, воевавших в Сирии, погибли, ещё трое задержаны.', [
      { v: [9, 9], pop: 'fighters', origin: ['RU'], status: 'killed' },
      { v: [3, 3], pop: 'fighters', origin: ['RU'], status: 'detained' },
    ]));
});

describe('a count said to be some noun right after it, with no count before, is a count of that noun', () => {
  it('fr: « sur place, 700 sont des enfants »', () =>
    checkProbe('fr', "Sur place, 700 sont des enfants, selon l'Unicef.", [
      { v: [700, 700], pop: 'children', source: "l'Unicef" },
    ]));
  it('en: "Of those held in the camp, 60 are children"', () =>
    checkProbe('en', 'Of those held in the camp, 60 are children.', [{ v: [60, 60], pop: 'children' }]));
  it('ru: «Из находящихся в лагере около 700 — дети»', () =>
    checkProbe('ru', 'Из находящихся в лагере около 700 — дети, сообщили в ООН.', [
      { v: [700, 700], pop: 'children' },
    ]));
  it('counter-case: a bare count with a verb and no noun nor antecedent is no claim', () =>
    checkProbe('fr', 'En 2019, 12 sont morts.', []));
});

describe('a count whose own clause says they fight is present, not the next count’s status', () => {
  it('ru: «Пятеро уроженцев Чечни воевали в Сирии, трое задержаны»', () =>
    checkProbe('ru', 'Пятеро уроженцев Чечни воевали в Сирии, трое задержаны.', [
      { v: [5, 5], pop: 'fighters', origin: ['RU'], status: 'present' },
      { v: [3, 3], pop: 'fighters', origin: ['RU'], status: 'detained' },
    ]));
  it('en: "Five Chechens fought in Syria, three were detained"', () =>
    checkProbe('en', 'Five Chechens fought in Syria, three were detained.', [
      { v: [5, 5], pop: 'fighters', origin: ['RU'], status: 'present' },
      { v: [3, 3], pop: 'fighters', origin: ['RU'], status: 'detained' },
    ]));
  it('ru: «Семеро жителей Ингушетии сражались за ИГ, двое погибли»', () =>
    checkProbe('ru', 'Семеро жителей Ингушетии сражались за ИГ, двое погибли.', [
      { v: [7, 7], pop: 'fighters', origin: ['RU'], status: 'present' },
      { v: [2, 2], pop: 'fighters', origin: ['RU'], status: 'killed' },
    ]));
  it('counter-case: a status of its own in the same clause still wins', () =>
    checkProbe('ru', 'Пятеро уроженцев Чечни воевали в Сирии и были задержаны.', [
      { v: [5, 5], pop: 'fighters', origin: ['RU'], status: 'detained' },
    ]));
  it('counter-case: a date after the clause is no count (the departure keeps its status)', () =>
    checkProbe(
      'ru',
      'Свыше 600 уроженцев Чечни отправились в Ирак, чтобы сражаться за ИГ, сказал 3 марта представитель МВД.',
      [{ v: [600, null], pop: 'fighters', origin: ['RU'], status: 'joined' }],
    ));
});

describe('ru: «года» alone in an age is one year («в возрасте от года до 17 лет»)', () => {
  it('«от года до 17 лет»', () =>
    checkProbe('ru', 'Удалось вернуть домой 145 детей в возрасте от года до 17 лет.', [
      { v: [145, 145], pop: 'children', status: 'returned', age: [1, 17] },
    ]));
  it('«от года до трех лет»', () =>
    checkProbe('ru', 'Вернули 20 детей в возрасте от года до трех лет.', [
      { v: [20, 20], pop: 'children', age: [1, 3] },
    ]));
  it('counter-case: «на срок до года» is a prison term, no age', () =>
    checkProbe('ru', 'Осуждены 12 человек на срок до года.', [
      { v: [12, 12], pop: 'people', age: [null, null] },
    ]));
});
