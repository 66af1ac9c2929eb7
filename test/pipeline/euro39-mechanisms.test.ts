// Mechanisms fixed in the thirty-ninth European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a newspaper named by a when-word ("Le Soir", "Le Matin") after an attribution verb is the speaker', () => {
  it('« …, rapporte Le Soir »', () =>
    checkProbe('fr', 'Neuf enfants belges sont toujours retenus à Roj, rapporte Le Soir.', [
      { v: [9, 9], pop: 'children', origin: ['BE'], status: 'present', source: 'Le Soir' },
    ]));
  it('« …, écrit Le Matin »', () =>
    checkProbe('fr', 'Quatorze djihadistes suisses seraient encore en vie, écrit Le Matin.', [
      { v: [14, 14], pop: 'fighters', origin: ['CH'], source: 'Le Matin' },
    ]));
  it('« …, affirme Le Temps »', () =>
    checkProbe('fr', 'Six femmes ont été rapatriées à Genève, affirme Le Temps.', [
      { v: [6, 6], pop: 'women', status: 'returned', source: 'Le Temps' },
    ]));
  it('« a annoncé le soir même le ministère »: « le soir même » says when', () =>
    checkProbe('fr', 'Trente enfants ont été rapatriés, a annoncé le soir même le ministère.', [
      { v: [30, 30], pop: 'children', status: 'returned', source: 'le ministère' },
    ]));
  it('counter-case: « mardi soir » after the verb still says when, the speaker follows', () =>
    checkProbe('fr', 'Douze djihadistes ont été arrêtés, a indiqué mardi soir la police.', [
      { v: [12, 12], pop: 'fighters', status: 'detained', source: 'la police' },
    ]));
});

describe('an age said of a share ("la moitié des 120 enfants ont moins de six ans") is not the whole count’s', () => {
  it('« Près de la moitié des 120 enfants rapatriés ont moins de six ans »', () =>
    checkProbe('fr', 'Près de la moitié des 80 enfants rapatriés ont moins de cinq ans.', [
      { v: [80, 80], pop: 'children', status: 'returned', age: [null, null] },
    ]));
  it('« Un tiers des 90 mineurs revenus de Syrie ont moins de 10 ans »', () =>
    checkProbe('fr', 'Un tiers des 90 mineurs revenus de Syrie ont moins de 10 ans.', [
      { v: [90, 90], pop: 'children', status: 'returned', age: [null, null] },
    ]));
  it('"Most of the 300 repatriated children are under five"', () =>
    checkProbe('en', 'Most of the 300 repatriated children are under five.', [
      { v: [300, 300], pop: 'children', status: 'returned', age: [null, null] },
    ]));
  it('counter-case: « Les 120 enfants rapatriés ont moins de six ans » (all of them)', () =>
    checkProbe('fr', 'Les 120 enfants rapatriés ont moins de six ans.', [
      { v: [120, 120], pop: 'children', status: 'returned', age: [null, 5] },
    ]));
});

describe('a ratio whose second term is followed by a status participle ("trois enfants sur quatre détenus")', () => {
  it('« Trois enfants sur quatre détenus dans le camp ont moins de 12 ans »', () =>
    checkProbe('fr', 'Trois enfants sur quatre détenus dans le camp ont moins de 12 ans.', []));
  it('« Deux mineurs sur trois rapatriés ont moins de six ans »', () =>
    checkProbe('fr', 'Deux mineurs sur trois rapatriés ont moins de six ans.', []));
  it('"Three children in four held in the camp are under 12"', () =>
    checkProbe('en', 'Three children in four held in the camp are under 12.', []));
  it('counter-case: a second noun of its own (« sur trois familles ») makes two counts', () =>
    checkProbe('fr', 'Douze enfants sur trois familles ont été rapatriés.', [
      { v: [12, 12], pop: 'children', status: 'returned' },
      { v: [3, 3], pop: 'families', status: 'returned' },
    ]));
});

describe('fr: the agent of a passive estimate past its own number (« est estimé à 450 par l’OCAM »)', () => {
  it('« estimé à 450 par l’OCAM »', () =>
    checkProbe('fr', "Le nombre de Belges partis en Syrie est estimé à 450 par l'OCAM.", [
      { v: [450, 450], pop: 'people', origin: ['BE'], status: 'joined', source: "l'OCAM" },
    ]));
  it('« a été évalué à 700 par la DGSI »', () =>
    checkProbe('fr', 'Le nombre de Français présents en Syrie a été évalué à 700 par la DGSI.', [
      { v: [700, 700], pop: 'people', origin: ['FR'], status: 'present', source: 'la DGSI' },
    ]));
  it('« estimé à une centaine par les services »', () =>
    checkProbe('fr', 'Le nombre de mineurs rapatriés est estimé à une centaine par les services.', [
      { v: [100, 100], pop: 'children', status: 'returned', source: 'les services' },
    ]));
  it('counter-case: « estimé à 700, selon la DGSI » keeps its speaker', () =>
    checkProbe('fr', 'Le nombre de Français présents en Syrie est estimé à 700, selon la DGSI.', [
      { v: [700, 700], pop: 'people', origin: ['FR'], status: 'present', source: 'la DGSI' },
    ]));
});

describe('fr: a rate after the count (« par jour », « pour un million ») is no count', () => {
  it('« 300 civils étaient tués par jour »', () =>
    checkProbe('fr', 'Au plus fort des combats, 300 civils étaient tués par jour.', []));
  it('« 40 combattants pour un million d’habitants »', () =>
    checkProbe('fr', "La Belgique compte 40 combattants pour un million d'habitants.", []));
  it('« 12 départs par mois »', () =>
    checkProbe('fr', 'En 2014, une quinzaine de jeunes Français partaient en Syrie par mois.', []));
  it('counter-case: « tués par l’armée » is an agent, not a rate', () =>
    checkProbe('fr', "Douze jihadistes ont été tués par l'armée au Mali.", [
      { v: [12, 12], pop: 'fighters', status: 'killed', loc: ['ML'] },
    ]));
});

describe('fr: « gagner les rangs » in any tense joins', () => {
  it('« auraient gagné les rangs de l’EI »', () =>
    checkProbe('fr', "Près de 400 Algériens auraient gagné les rangs de l'EI.", [
      { v: [400, 400], pop: 'people', origin: ['DZ'], status: 'joined', aff: 'isis' },
    ]));
  it('« avaient gagné la Libye »', () =>
    checkProbe('fr', 'Une trentaine de Tunisiens avaient gagné la Libye en 2015.', [
      { v: [30, 30], pop: 'people', origin: ['TN'], status: 'joined', loc: ['LY'] },
    ]));
  it('« gagnent les rangs de Daech »', () =>
    checkProbe('fr', 'Quelque 50 Marocains gagnent les rangs de Daech chaque année.', [
      { v: [50, 50], pop: 'people', origin: ['MA'], status: 'joined', aff: 'isis' },
    ]));
  it('counter-case: « a gagné du terrain » is no joining of the count', () =>
    checkProbe('fr', "L'armée a gagné du terrain : 40 jihadistes ont été tués.", [
      { v: [40, 40], pop: 'fighters', status: 'killed' },
    ]));
});

describe('an emoji’s variation selector ("❗️", "⚡️") does not glue it to the word after it', () => {
  it('«❗️Полторы сотни боевиков»', () =>
    checkProbe('ru', '❗️Полторы сотни боевиков ИГ сдались в Багузе.', [
      { v: [150, 150], pop: 'fighters', aff: 'isis', loc: ['SY'] },
    ]));
  it('« ⚡️Une centaine de jihadistes »', () =>
    checkProbe('fr', '⚡️Une centaine de jihadistes se sont rendus.', [{ v: [100, 100], pop: 'fighters' }]));
  it('"⚡️Two dozen fighters"', () =>
    checkProbe('en', '⚡️Two dozen fighters surrendered in Baghuz.', [
      { v: [24, 24], pop: 'fighters', loc: ['SY'] },
    ]));
  it('counter-case: «Сотни боевиков» after an emoji stays vague', () =>
    checkProbe('ru', '❗️Сотни боевиков ИГ сдались в Багузе.', []));
});

describe('ru: a verb right before the part of a fronted whole is the part’s («Из 450 уехавших в Сирию вернулись 20»)', () => {
  it('«Из 450 уехавших в Сирию вернулись 20»', () =>
    checkProbe('ru', 'Из 450 уехавших в Сирию вернулись 20.', [
      { v: [450, 450], pop: 'people', status: 'joined', loc: ['SY'] },
      { v: [20, 20], pop: 'people', status: 'returned' },
    ]));
  it('«Из четырёхсот выехавших вернулись лишь двадцать»', () =>
    checkProbe('ru', 'Из четырёхсот выехавших вернулись лишь двадцать.', [
      { v: [400, 400], pop: 'people', status: 'joined' },
      { v: [20, 20], pop: 'people', status: 'returned' },
    ]));
  it('«Из 600 выехавших в Ирак 35 вернулись» (the part before its verb)', () =>
    checkProbe('ru', 'Из 600 выехавших в Ирак 35 вернулись.', [
      { v: [600, 600], pop: 'people', status: 'joined', loc: ['IQ'] },
      { v: [35, 35], pop: 'people', status: 'returned' },
    ]));
  it('counter-case: the part’s own destination still says where it went («40 вывезены в Сирию»)', () =>
    checkProbe('ru', 'Из 300 детей 40 вывезены в Сирию.', [
      { v: [300, 300], pop: 'children' },
      { v: [40, 40], pop: 'children', status: 'joined', loc: ['SY'] },
    ]));
});

describe('the wilayas of the Algerian army’s communiqués are places in Algeria (a location, never an origin)', () => {
  it('« dans la wilaya de Skikda »', () =>
    checkProbe('fr', 'Trois terroristes ont été abattus dans la wilaya de Skikda.', [
      { v: [3, 3], pop: 'fighters', status: 'killed', loc: ['DZ'] },
    ]));
  it('« في ولاية سكيكدة »', () =>
    checkProbe('ar', 'قضت وحدات الجيش على ثلاثة إرهابيين في ولاية سكيكدة', [
      { v: [3, 3], pop: 'fighters', status: 'killed', loc: ['DZ'] },
    ]));
  it('« à Tamanrasset »', () =>
    checkProbe('fr', 'Deux terroristes se sont rendus aux autorités militaires à Tamanrasset.', [
      { v: [2, 2], pop: 'fighters', loc: ['DZ'] },
    ]));
  it('counter-case: « originaires de Batna » says where they come from, not where they are', () =>
    checkProbe('fr', 'Trois hommes originaires de Batna ont été arrêtés en Syrie.', [
      { v: [3, 3], pop: 'men', origin: ['DZ'], status: 'detained', loc: ['SY'] },
    ]));
});

describe('an area of a country named after "in" (« dans la province de », "in the province of") is a location', () => {
  it('« dans le gouvernorat de Kasserine »', () =>
    checkProbe('fr', 'Quatre militaires ont été tués dans le gouvernorat de Kasserine.', [
      { v: [4, 4], pop: 'fighters', status: 'killed', loc: ['TN'] },
    ]));
  it('« dans la région de Tizi Ouzou »', () =>
    checkProbe('fr', 'Cinq terroristes ont été neutralisés dans la région de Tizi Ouzou.', [
      { v: [5, 5], pop: 'fighters', loc: ['DZ'] },
    ]));
  it('"in the province of Kasserine"', () =>
    checkProbe('en', 'Three soldiers were killed in the province of Kasserine.', [
      { v: [3, 3], pop: 'fighters', status: 'killed', loc: ['TN'] },
    ]));
  it('counter-case: « originaires de la province de Kasserine » is where they come from', () =>
    checkProbe('fr', 'Trois hommes originaires de la province de Kasserine ont été tués en Syrie.', [
      { v: [3, 3], pop: 'men', origin: ['TN'], status: 'killed', loc: ['SY'] },
    ]));
});
