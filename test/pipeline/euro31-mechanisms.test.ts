// Mechanisms fixed in the thirty-first European round, each with sentences written for this test and a
// counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('fr: verbs that attribute only inverted after a comma (invertedAttributionVerbs)', () => {
  it('dénonce after the count', () =>
    checkProbe('fr', 'Au moins 70 enfants belges restent bloqués dans le camp de Roj, dénonce Child Focus.', [
      { v: [70, null], pop: 'children', origin: ['BE'], source: 'Child Focus' },
    ]));
  it('déplore, the speaker an organisation', () =>
    checkProbe(
      'fr',
      'Plus de 300 enfants ont été enrôlés par les groupes armés en 2021, déplore Human Rights Watch.',
      [{ v: [300, null], pop: 'children', status: 'joined', source: 'Human Rights Watch' }],
    ));
  it('the participle with its agent speaks for no one', () =>
    checkProbe('fr', 'Le recrutement de 80 enfants, dénoncé par plusieurs ONG, se poursuit.', [
      { v: [80, 80], pop: 'children', source: null },
    ]));
  it('the participle after an auxiliary is no attribution', () =>
    checkProbe('fr', "Le ministre avait dénoncé l'ONG qui évoquait 200 enfants français retenus en Syrie.", [
      { v: [200, 200], pop: 'children', origin: ['FR'], source: null },
    ]));
});

describe('fr: a part of the day between a verb and its count', () => {
  it('cette nuit', () =>
    checkProbe('fr', 'Les forces kurdes ont évacué cette nuit 31 enfants du camp.', [
      { v: [31, 31], pop: 'children', status: 'returned' },
    ]));
  it('ce matin, a state bringing its own back', () =>
    checkProbe('fr', 'La France a rapatrié ce matin 16 enfants des camps syriens.', [
      { v: [16, 16], pop: 'children', origin: ['FR'], status: 'returned', loc: ['SY'] },
    ]));
  it('a time fronted before a count of people still held', () =>
    checkProbe('fr', 'Cette nuit, 27 enfants restaient dans le camp.', [
      { v: [27, 27], pop: 'children', status: 'present' },
    ]));
});

describe('fr: a share verb after people or a country is no depiction', () => {
  it('a country for subject, with "à lui seul"', () =>
    checkProbe('fr', "L'Algérie représente à elle seule 170 des combattants.", [
      { v: [170, 170], pop: 'fighters', origin: ['DZ'], status: 'present' },
    ]));
  it('a nationality for subject outranks the region of the whole', () =>
    checkProbe('fr', 'Les Marocains représentent environ 1 600 des combattants étrangers.', [
      { v: [1600, 1600], pop: 'fighters', origin: ['MA'], status: 'present' },
    ]));
  it('a video that shows children still features them', () =>
    checkProbe('fr', 'Le film de propagande représente 9 enfants en tenue militaire.', [
      { v: [9, 9], pop: 'children', status: 'featured' },
    ]));
});

describe('fr and ru: where the speaker posted is not part of its name', () => {
  it('fr: sur Twitter', () =>
    checkProbe('fr', 'Onze enfants ont été rapatriés mardi, a annoncé le ministre belge sur Twitter.', [
      { v: [11, 11], pop: 'children', origin: ['BE'], status: 'returned', source: 'le ministre belge' },
    ]));
  it('ru: в своем Telegram-канале', () =>
    checkProbe('ru', 'Из Ирака вернулись 32 ребенка, сообщил Кадыров в своем Telegram-канале.', [
      { v: [32, 32], pop: 'children', status: 'returned', loc: ['IQ'], source: 'Кадыров' },
    ]));
  it('ru: an interview still ends the name as before', () =>
    checkProbe('ru', 'Из Сирии вернулись 40 детей, сообщил глава Чечни в интервью ТАСС.', [
      { v: [40, 40], pop: 'children', origin: ['RU'], status: 'returned', source: 'глава Чечни' },
    ]));
});

describe('ru: a state that brings people into its own soil takes them home', () => {
  it('to its capital', () =>
    checkProbe('ru', 'Ирак вернул в Багдад 120 женщин из лагеря Аль-Холь.', [
      { v: [120, 120], pop: 'women', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]));
  it('people sent back into a war by authorities with no state named are sent there', () =>
    checkProbe('ru', 'Власти вернули в Сирию 30 боевиков.', [
      { v: [30, 30], pop: 'fighters', status: 'joined', loc: ['SY'] },
    ]));
});

describe('a place right after another, with no comma nor conjunction, is not in its list', () => {
  it('ru: Из Сирии Казахстан вернул', () =>
    checkProbe('ru', 'Из Сирии Казахстан вернул 64 ребенка.', [
      { v: [64, 64], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
    ]));
  it('ru: a war zone for subject', () =>
    checkProbe('ru', 'Из Сирии Ирак вернул 90 семей.', [
      { v: [90, 90], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]));
  it('ru: a list with a conjunction keeps its preposition', () =>
    checkProbe('ru', 'Из Казахстана и Киргизии выехали 50 человек.', [
      { v: [50, 50], pop: 'people', origin: ['KG', 'KZ'], status: 'joined' },
    ]));
});

describe('ru: "могли" with an infinitive of leaving or joining is a hedged departure', () => {
  it('могли выехать', () =>
    checkProbe('ru', 'Из Дагестана могли выехать около 1 200 человек.', [
      { v: [1200, 1200], pop: 'people', origin: ['RU'], status: 'joined' },
    ]));
  it('могли вступить', () =>
    checkProbe('ru', 'По оценкам экспертов, около 500 граждан Таджикистана могли вступить в ИГ.', [
      { v: [500, 500], pop: 'people', origin: ['TJ'], status: 'joined', aff: 'isis', source: 'экспертов' },
    ]));
  it('an attempt to leave is no departure', () =>
    checkProbe('ru', 'Около 40 жителей Ингушетии пытались выехать в Сирию.', [
      { v: [40, 40], pop: 'people', origin: ['RU'], not: 'joined' },
    ]));
});

describe('ru: the illegal armed formations of the criminal code are an armed group (other)', () => {
  it('за участие в НВФ', () =>
    checkProbe('ru', 'Шестеро жителей Дагестана осуждены за участие в НВФ.', [
      { v: [6, 6], pop: 'people', origin: ['RU'], status: 'detained', aff: 'other' },
    ]));
  it('spelled out', () =>
    checkProbe(
      'ru',
      'Суд приговорил троих уроженцев Чечни за участие в незаконном вооруженном формировании.',
      [{ v: [3, 3], pop: 'people', origin: ['RU'], status: 'detained', aff: 'other' }],
    ));
  it('a named group stays itself', () =>
    checkProbe('ru', 'Семеро жителей Дагестана осуждены за участие в ИГ.', [
      { v: [7, 7], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' },
    ]));
});

describe('gazetteer: home towns and the districts named after them', () => {
  it('ru: a district adjective of a Dagestani town', () =>
    checkProbe('ru', 'Трое уроженцев Кизилюртовского района погибли в Сирии.', [
      { v: [3, 3], pop: 'people', origin: ['RU'], status: 'killed', loc: ['SY'] },
    ]));
  it('ru: a Chechen district', () =>
    checkProbe('ru', 'Четверо жителей Урус-Мартановского района вернулись из Ирака.', [
      { v: [4, 4], pop: 'people', origin: ['RU'], status: 'returned', loc: ['IQ'] },
    ]));
  it('fr: Tizi Ouzou', () =>
    checkProbe('fr', 'Une vingtaine de jeunes hommes de Tizi Ouzou ont rejoint le maquis.', [
      { v: [20, 20], pop: 'men', origin: ['DZ'], status: 'joined' },
    ]));
  it('fr: Tétouan', () =>
    checkProbe('fr', 'Douze hommes originaires de Tétouan ont été arrêtés à Madrid.', [
      { v: [12, 12], pop: 'men', origin: ['MA'], status: 'detained' },
    ]));
  it('ru: a camp spelled Роудж', () =>
    checkProbe('ru', 'В лагере Роудж остаются 60 россиянок.', [
      { v: [60, 60], pop: 'women', origin: ['RU'], status: 'present', loc: ['SY'] },
    ]));
  it('ru: an orange flag names no town', () => checkProbe('ru', 'Над зданием висят 3 оранжевых флага.', []));
});
