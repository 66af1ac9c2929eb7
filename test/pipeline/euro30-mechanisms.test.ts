// Mechanisms fixed in the thirtieth European round, each with sentences written for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('ru: citizens with no country of their own are the state named before them', () => {
  it('the nationality of the force that holds them', () =>
    checkProbe('ru', 'Таджикские пограничники задержали шестерых граждан.', [
      { v: [6, 6], pop: 'people', origin: ['TJ'], status: 'detained' },
    ]));
  it('the state in the genitive after the force', () =>
    checkProbe('ru', 'Полиция Кыргызстана задержала 14 граждан, вербовавших молодежь.', [
      { v: [14, 14], pop: 'people', origin: ['KG'], status: 'detained' },
    ]));
  it('a country of their own still wins', () =>
    checkProbe('ru', 'Казахстанские спецслужбы задержали семерых граждан Узбекистана.', [
      { v: [7, 7], pop: 'people', origin: ['UZ'], status: 'detained' },
    ]));
  it('a place where they were held is no state of theirs', () =>
    checkProbe('ru', 'В Турции задержаны девять граждан, подозреваемых в связях с ИГ.', [
      { v: [9, 9], pop: 'people', status: 'detained', aff: 'isis', loc: ['TR'] },
    ]));
  it('civilians are not citizens of the state named', () =>
    checkProbe('ru', 'Сирийская армия сообщила, что боевики ИГ казнили 11 мирных граждан.', [
      { v: [11, 11], pop: 'people', status: 'killed' },
    ]));
});

describe('ru: an indeclinable place after "в" is a destination only beside a verb of motion', () => {
  it('a return fronted before the count', () =>
    checkProbe('ru', 'В Косово из Сирии были возвращены 74 человека.', [
      { v: [74, 74], pop: 'people', origin: ['XK'], status: 'returned', loc: ['SY'] },
    ]));
  it('the verb before the preposition', () =>
    checkProbe('ru', '32 женщины вернулись в Косово из лагеря Аль-Хол.', [
      { v: [32, 32], pop: 'women', origin: ['XK'], status: 'returned' },
    ]));
  it('another indeclinable name: Burundi', () =>
    checkProbe('ru', 'В Бурунди вернулись 56 бывших детей-солдат.', [
      { v: [56, 56], pop: 'children', origin: ['BI'], status: 'returned' },
    ]));
  it('with no verb of motion it stays where they are', () =>
    checkProbe('ru', 'В Косово осуждены восемь боевиков, вернувшихся из Сирии.', [
      { v: [8, 8], pop: 'fighters', status: 'detained' },
    ]));
  it('killed in Mali: a location, no origin', () =>
    checkProbe('ru', 'В Мали уничтожены 27 боевиков.', [
      { v: [27, 27], pop: 'fighters', status: 'killed', loc: ['ML'] },
    ]));
  it('a city in the same form: held there', () =>
    checkProbe('ru', 'В Баку задержаны 13 предполагаемых боевиков.', [
      { v: [13, 13], pop: 'fighters', status: 'detained', loc: ['AZ'] },
    ]));
});

describe('fr: a short adjunct between a verb and its count leaves the verb its object', () => {
  it('"pour terrorisme" before returnees sentenced', () =>
    checkProbe('fr', 'La justice tunisienne a condamné pour terrorisme 87 citoyens revenus de Syrie.', [
      { v: [87, 87], pop: 'people', origin: ['TN'], status: 'detained', loc: ['SY'] },
    ]));
  it('"en appel" before a noun of returnees', () =>
    checkProbe('fr', 'La cour a condamné en appel 14 revenants.', [
      { v: [14, 14], pop: 'people', status: 'detained' },
    ]));
  it('"à Paris" before a participle of return', () =>
    checkProbe('fr', 'La police a interpellé à Paris 9 femmes rentrées de Syrie.', [
      { v: [9, 9], pop: 'women', status: 'detained' },
    ]));
  it('a copula in the adjunct makes the count its predicate, not an object', () =>
    checkProbe('fr', 'Les personnes revenues en Tunisie sont 230, dont 70 ont été incarcérées.', [
      { v: [230, 230], pop: 'people', origin: ['TN'], status: 'returned' },
      { v: [70, 70], pop: 'people', origin: ['TN'], status: 'detained' },
    ]));
});

describe('a war zone arrived from, past a nationality of the phrase, is where they were', () => {
  it('fr: refugees of a country at war arriving from another', () =>
    checkProbe('fr', "Quelque 450 réfugiés syriens arrivés d'Irak vivent en Jordanie.", [
      { v: [450, 450], pop: 'people', origin: ['SY'], not: 'returned' },
    ]));
  it('fr: the nationality as the noun', () =>
    checkProbe('fr', "Environ 450 Syriens arrivés d'Irak ont été enregistrés.", [
      { v: [450, 450], pop: 'people', origin: ['SY'], not: 'returned' },
    ]));
  it('en: the same', () =>
    checkProbe('en', 'Some 450 Syrian refugees who arrived from Iraq live in Jordan.', [
      { v: [450, 450], pop: 'people', origin: ['SY'], not: 'returned' },
    ]));
  it('fr: with no nationality of their own, the zone left is still theirs', () =>
    checkProbe('fr', "Quelque 450 réfugiés arrivés d'Irak vivent en Jordanie.", [
      { v: [450, 450], pop: 'people', origin: ['IQ'] },
    ]));
  it('fr: nationals of a country at peace arriving from a war zone are back', () =>
    checkProbe('fr', 'Ces 9 Françaises sont arrivées de Syrie jeudi.', [
      { v: [9, 9], pop: 'women', origin: ['FR'], status: 'returned' },
    ]));
});

describe('fr: "et leurs N enfants" gives the children the origin of the people counted before', () => {
  it('held in camps', () =>
    checkProbe('fr', 'Onze Belges et leurs 27 enfants sont toujours détenus dans le camp de Roj.', [
      { v: [11, 11], pop: 'people', origin: ['BE'] },
      { v: [27, 27], pop: 'children', origin: ['BE'] },
    ]));
  it('women named by their nationality', () =>
    checkProbe('fr', 'Dix-huit Françaises et leurs 32 enfants restent détenus.', [
      { v: [18, 18], pop: 'women', origin: ['FR'] },
      { v: [32, 32], pop: 'children', origin: ['FR'] },
    ]));
  it('without the possessive the text says nothing of the children', () =>
    checkProbe('fr', 'Dix-huit Françaises et 32 enfants restent détenus.', [
      { v: [18, 18], pop: 'women', origin: ['FR'] },
      { v: [32, 32], pop: 'children' },
    ]));
});

describe('fr: NGO verbs of complaint attribute the count', () => {
  it('"a déploré" after the clause', () =>
    checkProbe(
      'fr',
      'Environ 150 enfants belges sont encore retenus en Syrie, a déploré Save the Children.',
      [{ v: [150, 150], pop: 'children', origin: ['BE'], source: 'Save the Children' }],
    ));
  it('"s’inquiète" after the clause', () =>
    checkProbe('fr', "Quelque 80 mineurs restent bloqués à Al-Hol, s'inquiète l'Unicef.", [
      { v: [80, 80], pop: 'children', source: "l'Unicef" },
    ]));
  it('"ont dénoncé" before the count', () =>
    checkProbe('fr', 'Les ONG ont dénoncé la détention de 60 enfants français en Irak.', [
      { v: [60, 60], pop: 'children', origin: ['FR'], source: 'Les ONG' },
    ]));
});

describe('fr: an adjunct with a conjunction opens another clause', () => {
  it('the count after "et" keeps its own verb', () =>
    checkProbe('fr', 'Environ 120 Marocains ont été tués en Irak et 45 autres sont rentrés.', [
      { v: [120, 120], pop: 'people', origin: ['MA'], status: 'killed' },
      { v: [45, 45], pop: 'people', origin: ['MA'], status: 'returned' },
    ]));
});
