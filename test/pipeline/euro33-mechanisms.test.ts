// Mechanisms fixed in the thirty-third European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a channel named with its number ("France 24") is a source, not a count (nameNumber)', () => {
  it('fr: Selon France 24', () =>
    checkProbe('fr', 'Selon France 24, près de 300 combattants ont été tués.', [
      { v: [300, 300], pop: 'fighters', status: 'killed', source: 'France 24' },
    ]));
  it('ru: сообщает Россия 24', () =>
    checkProbe('ru', 'Как сообщает Россия 24, около 300 боевиков были уничтожены.', [
      { v: [300, 300], pop: 'fighters', status: 'killed', source: 'Россия 24' },
    ]));
  it('en: According to Channel 4', () =>
    checkProbe('en', 'According to Channel 4, some 300 fighters were killed.', [
      { v: [300, 300], pop: 'fighters', status: 'killed', source: 'Channel 4' },
    ]));
  it('counter-case: a count grouped by a comma after a country is a count', () =>
    checkProbe('en', 'According to the ministry, Tajikistan 1,300, Uzbekistan 500 fighters.', [
      { v: [500, 500], pop: 'fighters', source: 'the ministry' },
    ]));
});

describe('ru: an inverted approximate count, «человек двадцать» (invertedApprox)', () => {
  it('after the verb', () =>
    checkProbe('ru', 'Из этого района в Сирию уехали человек тридцать.', [
      { v: [30, 30], pop: 'people', status: 'joined', loc: ['SY'] },
    ]));
  it('at the head of the sentence, with the approximate qualifier', () =>
    checkProbe('ru', 'Человек пятнадцать вернулись в Таджикистан.', [
      { v: [15, 15], pop: 'people', origin: ['TJ'], status: 'returned' },
    ]));
  it('counter-case: a noun after another count, then years', () =>
    checkProbe('ru', '12 человек двадцать лет назад уехали в Сирию.', [
      { v: [12, 12], pop: 'people', status: 'joined', loc: ['SY'] },
    ]));
  it('counter-case: one person, twenty years', () =>
    checkProbe('ru', 'Этот человек двадцать лет воевал в Чечне.', []));
});

describe('captives of an armed group are victims, status other (captivity)', () => {
  it('ru: в плену у террористов находились', () =>
    checkProbe('ru', 'В плену у террористов находились 9 заложников.', [
      { v: [9, 9], pop: 'people', status: 'other' },
    ]));
  it('ru: в заложниках у боевиков остаются', () =>
    checkProbe('ru', 'В заложниках у боевиков остаются 25 человек.', [
      { v: [25, 25], pop: 'people', status: 'other' },
    ]));
  it('fr: se trouvent toujours en otage', () =>
    checkProbe('fr', "Une dizaine d'humanitaires se trouvent toujours en otage au Sahel.", [
      { v: [10, 10], pop: 'people', status: 'other' },
    ]));
  it('ru counter-case: held by the Kurds, IS fighters are detained', () =>
    checkProbe('ru', 'В плену у курдов находятся 2000 боевиков ИГИЛ.', [
      { v: [2000, 2000], pop: 'fighters', status: 'detained', aff: 'isis' },
    ]));
  it('ru counter-case: in a prison they are detained', () =>
    checkProbe('ru', 'В тюрьмах Ирака находятся 40 граждан Таджикистана.', [
      { v: [40, 40], pop: 'people', origin: ['TJ'], status: 'detained' },
    ]));
});

describe('the whole of a share keeps the status of its own phrase (shareBefore before predicateAfterParticiple)', () => {
  it('ru: каждый пятый из, participle set off by commas', () =>
    checkProbe('ru', 'Каждый пятый из 300 граждан, вернувшихся из Сирии, осужден.', [
      { v: [300, 300], pop: 'people', status: 'returned', loc: ['SY'] },
    ]));
  it('ru: половина из', () =>
    checkProbe('ru', 'Половина из 200 женщин, вывезенных из лагеря Рож, находится под стражей.', [
      { v: [200, 200], pop: 'women', status: 'returned' },
    ]));
  it('fr: un tiers des, participle then an adjunct opened by « en »', () =>
    checkProbe('fr', 'Un tiers des 90 jihadistes partis en Irak ont été tués.', [
      { v: [90, 90], pop: 'fighters', status: 'joined', loc: ['IQ'] },
    ]));
  it('fr: la moitié des, a whole named by a status noun', () =>
    checkProbe('fr', 'La moitié des 60 rapatriés sont en détention.', [
      { v: [60, 60], pop: 'people', status: 'returned' },
    ]));
  it('ru counter-case: a counted part takes the verb after the aside', () =>
    checkProbe('ru', '30 из 400 боевиков, вернувшихся в Тунис, находятся в тюрьме.', [
      { v: [30, 30], pop: 'fighters', origin: ['TN'], status: 'detained' },
      { v: [400, 400], pop: 'fighters', origin: ['TN'], status: 'returned' },
    ]));
  it('fr counter-case: with no share before it, the count takes its verb', () =>
    checkProbe('fr', 'Les 90 jihadistes partis en Irak ont été tués.', [
      { v: [90, 90], pop: 'fighters', status: 'killed', loc: ['IQ'] },
    ]));
});

describe('fr: kept from an act, the count did not do it (preventVerbs)', () => {
  it('avoir empêché N jeunes de rejoindre', () =>
    checkProbe('fr', 'La police affirme avoir empêché 800 jeunes de rejoindre la Syrie.', [
      { v: [800, 800], pop: 'children', status: 'other' },
    ]));
  it('a empêché le départ de N', () =>
    checkProbe('fr', "L'Algérie a empêché le départ de 120 jeunes vers l'Irak.", [
      { v: [120, 120], pop: 'children', status: 'other' },
    ]));
  it('counter-case: a prevention verb with another object', () =>
    checkProbe('fr', "Les services ont empêché l'attentat et arrêté 12 personnes.", [
      { v: [12, 12], pop: 'people', status: 'detained' },
    ]));
});

describe('a part taken of a whole without a number, then a copula, is what the predicate says', () => {
  it('ru: dash copula, a country glued to the generic noun', () =>
    checkProbe('ru', 'Семеро из осужденных — граждане Узбекистана.', [
      { v: [7, 7], pop: 'people', origin: ['UZ'], status: 'detained' },
    ]));
  it('ru: уроженцы of a republic take its country', () =>
    checkProbe('ru', 'Трое из погибших — уроженцы Дагестана.', [
      { v: [3, 3], pop: 'people', origin: ['RU'], status: 'killed' },
    ]));
  it('fr: sont des ressortissants', () =>
    checkProbe('fr', 'Cinq des détenus sont des ressortissants tunisiens.', [
      { v: [5, 5], pop: 'people', origin: ['TN'], status: 'detained' },
    ]));
  it('ru counter-case: no predicate, no origin', () =>
    checkProbe('ru', 'Двое из задержанных позже были освобождены.', [{ v: [2, 2], pop: 'people' }]));
});

describe('fr: a year behind « en » is no object of the verb before it (actsOnOthers)', () => {
  it('revenus en 2019', () =>
    checkProbe('fr', 'Les 169 enfants revenus en 2019 sont scolarisés.', [
      { v: [169, 169], pop: 'children', status: 'returned' },
    ]));
  it('rentrés depuis 2017', () =>
    checkProbe('fr', 'On compte 45 femmes rentrées depuis 2017.', [
      { v: [45, 45], pop: 'women', status: 'returned' },
    ]));
  it('counter-case: a count right after the verb is its object', () =>
    checkProbe('fr', 'Cinq assaillants ont tué 2000 civils.', [
      { v: [5, 5], pop: 'fighters', status: 'other' },
      { v: [2000, 2000], pop: 'people', status: 'killed' },
    ]));
});

describe('Wagner and the Africa Corps are armed groups (other); ru «расстреляли» is killed', () => {
  it('fr: les combattants de Wagner', () =>
    checkProbe('fr', 'Les combattants de Wagner ont tué 30 villageois au Mali.', [
      { v: [30, 30], pop: 'people', status: 'killed', aff: 'other', loc: ['ML'] },
    ]));
  it('ru: бойцы ЧВК «Вагнер»', () =>
    checkProbe('ru', 'Бойцы ЧВК «Вагнер» расстреляли около 50 мирных жителей.', [
      { v: [50, 50], pop: 'people', status: 'killed', aff: 'other' },
    ]));
  it('ru: «Африканский корпус»', () =>
    checkProbe('ru', '«Африканский корпус» потерял 12 бойцов в Мали.', [
      { v: [12, 12], pop: 'fighters', status: 'killed', aff: 'other', loc: ['ML'] },
    ]));
  it('ru counter-case: «к расстрелу» is a sentence', () =>
    checkProbe('ru', 'Суд приговорил 3 боевиков к расстрелу.', [
      { v: [3, 3], pop: 'fighters', status: 'detained' },
    ]));
});

describe('a return still awaited leaves them where they are (fr attendent toujours, ru ожидают)', () => {
  it('ru: еще 12 ожидают отправки, a count without a noun', () =>
    checkProbe('ru', 'Из Ирака вернули 30 детей, еще 15 ожидают отправки.', [
      { v: [30, 30], pop: 'children', status: 'returned', loc: ['IQ'] },
      { v: [15, 15], pop: 'children', status: 'present' },
    ]));
  it('ru: ожидают репатриации', () =>
    checkProbe('ru', 'Около 40 женщин ожидают репатриации.', [
      { v: [40, 40], pop: 'women', status: 'present' },
    ]));
  it('fr: attendent toujours leur rapatriement', () =>
    checkProbe('fr', 'Une quarantaine de femmes attendent toujours leur rapatriement.', [
      { v: [40, 40], pop: 'women', status: 'present' },
    ]));
  it('fr: attendent encore d’être rapatriés', () =>
    checkProbe('fr', "Quinze enfants attendent encore d'être rapatriés.", [
      { v: [15, 15], pop: 'children', status: 'present' },
    ]));
  it('counter-case: a return made is a return', () =>
    checkProbe('fr', 'Quinze enfants ont été rapatriés après une longue attente.', [
      { v: [15, 15], pop: 'children', status: 'returned' },
    ]));
});

describe('ru: the perpetrators of an attack are its attackers (fighters)', () => {
  it('четырех исполнителей теракта, all of them nationals', () =>
    checkProbe('ru', 'ФСБ задержала четырех исполнителей теракта, все они — граждане Таджикистана.', [
      { v: [4, 4], pop: 'fighters', origin: ['TJ'], status: 'detained' },
    ]));
  it('a part of a count of people', () =>
    checkProbe('ru', 'Задержаны 11 человек, в том числе четверо непосредственных исполнителей теракта.', [
      { v: [11, 11], pop: 'people', status: 'detained' },
      { v: [4, 4], pop: 'fighters', status: 'detained' },
    ]));
  it('исполнители нападения', () =>
    checkProbe('ru', 'Трое исполнителей нападения были убиты.', [
      { v: [3, 3], pop: 'fighters', status: 'killed' },
    ]));
  it('counter-case: no attack, no count', () => checkProbe('ru', 'Суд назначил исполнителей приговора.', []));
});
