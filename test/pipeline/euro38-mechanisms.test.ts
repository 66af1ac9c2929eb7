// Mechanisms fixed in the thirty-eighth European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a bullet opens a list item: the label after it is no headline speaker', () => {
  it('« - Belgique : 40 enfants » under a heading', () =>
    checkProbe(
      'fr',
      'Mineurs toujours retenus dans les camps :\n- Belgique : 40 enfants\n- Suède : 12 enfants',
      [
        { v: [40, 40], pop: 'children', source: null },
        { v: [12, 12], pop: 'children', source: null },
      ],
    ));
  it('«• Казахстан: 60 детей»', () =>
    checkProbe('ru', 'Остаются в лагерях:\n• Казахстан: 60 детей\n• Кыргызстан: 45 детей', [
      { v: [60, 60], pop: 'children', source: null },
      { v: [45, 45], pop: 'children', source: null },
    ]));
  it('"• Germany: 70 children"', () =>
    checkProbe('en', 'Still held in the camps:\n• Germany: 70 children\n• Sweden: 30 children', [
      { v: [70, 70], pop: 'children', source: null },
      { v: [30, 30], pop: 'children', source: null },
    ]));
  it('counter-case: a speaker after a bullet is still the speaker', () =>
    checkProbe('ru', '- ФСБ: задержаны 12 боевиков ИГ', [
      { v: [12, 12], pop: 'fighters', status: 'detained', source: 'ФСБ' },
    ]));
});

describe('fr: « partis rejoindre X », the journey told in two verbs, yields to the main verb', () => {
  it('« parties rejoindre l’EI ont été rapatriées »', () =>
    checkProbe('fr', "Cinq Belges parties rejoindre l'EI ont été rapatriées lundi.", [
      { v: [5, 5], pop: 'women', origin: ['BE'], status: 'returned', aff: 'isis' },
    ]));
  it('« partis rejoindre Daech ont été tués »', () =>
    checkProbe('fr', 'Trois hommes partis rejoindre Daech ont été tués à Mossoul.', [
      { v: [3, 3], pop: 'men', status: 'killed', aff: 'isis', loc: ['IQ'] },
    ]));
  it('« partis rejoindre l’EI ont été arrêtés à leur retour »', () =>
    checkProbe('fr', "Quatre Belges partis rejoindre l'EI en Syrie ont été arrêtés à leur retour.", [
      { v: [4, 4], pop: 'people', origin: ['BE'], status: 'detained', aff: 'isis' },
    ]));
  it('counter-case: « sont partis rejoindre » is their own verb', () =>
    checkProbe('fr', "Onze Tunisiens sont partis rejoindre l'EI en Libye.", [
      { v: [11, 11], pop: 'people', origin: ['TN'], status: 'joined', aff: 'isis', loc: ['LY'] },
    ]));
});

describe('fr, ru: the acquitted are neither held nor convicted (acquittés, relaxés, оправданы)', () => {
  it('« ont été acquittés, six autres condamnés »', () =>
    checkProbe(
      'fr',
      'Deux accusés de participation à une filière djihadiste ont été acquittés, six autres condamnés.',
      [
        { v: [2, 2], pop: 'people', status: 'other' },
        { v: [6, 6], pop: 'people', status: 'detained' },
      ],
    ));
  it('« condamnés et trois relaxés »', () =>
    checkProbe('fr', 'Douze djihadistes ont été condamnés et trois relaxés.', [
      { v: [12, 12], pop: 'fighters', status: 'detained' },
      { v: [3, 3], pop: 'fighters', status: 'other' },
    ]));
  it('«оправданы судом»', () =>
    checkProbe('ru', 'Двое жителей Дагестана, обвинявшихся в участии в ИГ, оправданы судом.', [
      { v: [2, 2], pop: 'people', origin: ['RU'], status: 'other', aff: 'isis' },
    ]));
  it('«суд оправдал троих»', () =>
    checkProbe(
      'ru',
      'Суд оправдал троих уроженцев Чечни, обвинявшихся в участии в боевых действиях в Сирии.',
      [{ v: [3, 3], pop: 'fighters', origin: ['RU'], status: 'other' }],
    ));
  it('counter-case: «осуждены» stays detained', () =>
    checkProbe('ru', 'Четверо боевиков осуждены, двое оправданы.', [
      { v: [4, 4], pop: 'fighters', status: 'detained' },
      { v: [2, 2], pop: 'fighters', status: 'other' },
    ]));
});

describe('fr: « soupçonnés d’avoir rejoint », the elided charge marker, names the charge, not the status', () => {
  it('« soupçonnés d’avoir rejoint Daech ont été mis en examen »', () =>
    checkProbe('fr', "Huit hommes soupçonnés d'avoir rejoint Daech ont été mis en examen à Paris.", [
      { v: [8, 8], pop: 'men', status: 'detained', aff: 'isis' },
    ]));
  it('« accusées d’avoir rejoint l’EI ont été condamnées »', () =>
    checkProbe('fr', "Cinq femmes accusées d'avoir rejoint l'EI en Syrie ont été condamnées à Paris.", [
      { v: [5, 5], pop: 'women', status: 'detained', aff: 'isis' },
    ]));
  it('« soupçonnés d’avoir rejoint Daech sont morts »', () =>
    checkProbe('fr', "Huit hommes soupçonnés d'avoir rejoint Daech sont morts en Syrie.", [
      { v: [8, 8], pop: 'men', status: 'killed', aff: 'isis', loc: ['SY'] },
    ]));
  it('counter-case: « ont rejoint Daech » is their own deed', () =>
    checkProbe('fr', 'Huit hommes ont rejoint Daech en 2015.', [
      { v: [8, 8], pop: 'men', status: 'joined', aff: 'isis' },
    ]));
});

describe('fr: « de source sécuritaire », the attribution’s last word heads the speaker’s name (attributionHead)', () => {
  it('« a-t-on appris de source judiciaire »', () =>
    checkProbe(
      'fr',
      'Deux femmes ont été mises en examen pour association de malfaiteurs terroriste, a-t-on appris de source judiciaire.',
      [{ v: [2, 2], pop: 'women', status: 'detained', source: 'source judiciaire' }],
    ));
  it('« De source sécuritaire, … »', () =>
    checkProbe('fr', 'De source sécuritaire, on indique que 12 soldats ont été tués.', [
      { v: [12, 12], pop: 'fighters', status: 'killed', source: 'source sécuritaire' },
    ]));
  it('« de sources concordantes »', () =>
    checkProbe('fr', 'Douze soldats ont été tués, a-t-on appris de sources concordantes.', [
      { v: [12, 12], pop: 'fighters', status: 'killed', source: 'sources concordantes' },
    ]));
  it('counter-case: « selon une source sécuritaire » keeps its article', () =>
    checkProbe('fr', 'Douze soldats ont été tués, selon une source sécuritaire.', [
      { v: [12, 12], pop: 'fighters', status: 'killed', source: 'une source sécuritaire' },
    ]));
});

describe('fr: after a participle of who they are, the charge is no verb and one adverb may join the auxiliaries', () => {
  it('« jugés pour avoir rejoint l’EI ont été relaxés »', () =>
    checkProbe('fr', "Trois des prévenus jugés pour avoir rejoint l'EI ont été relaxés à Paris.", [
      { v: [3, 3], pop: 'people', status: 'other', aff: 'isis' },
    ]));
  it('« parties rejoindre l’EI en 2014 sont toujours détenues »', () =>
    checkProbe('fr', "Douze femmes parties rejoindre l'EI en 2014 sont toujours détenues à Roj.", [
      { v: [12, 12], pop: 'women', status: 'detained', aff: 'isis', loc: ['SY'] },
    ]));
  it('« jugés pour avoir rejoint l’EI ont été condamnés »', () =>
    checkProbe('fr', "Six hommes jugés pour avoir rejoint l'EI ont été condamnés.", [
      { v: [6, 6], pop: 'men', status: 'detained', aff: 'isis' },
    ]));
  it('counter-case: « sont toujours là-bas » says no more than their going', () =>
    checkProbe('fr', 'Douze femmes parties en Syrie sont toujours là-bas.', [
      { v: [12, 12], pop: 'women', status: 'joined', loc: ['SY'] },
    ]));
});

describe('a table row set in prose with a noun of its own: the next row’s country is not its origin', () => {
  it('«Кыргызстан — 79 детей, Таджикистан — 84 ребенка, Казахстан — 406 детей»', () =>
    checkProbe('ru', 'Кыргызстан — 79 детей, Таджикистан — 84 ребенка, Казахстан — 406 детей.', [
      { v: [79, 79], pop: 'children', origin: ['KG'] },
      { v: [84, 84], pop: 'children', origin: ['TJ'] },
      { v: [406, 406], pop: 'children', origin: ['KZ'] },
    ]));
  it('« Belgique : 40 enfants, Pays-Bas : 55 enfants, Suisse : 3 enfants »', () =>
    checkProbe('fr', 'Belgique : 40 enfants, Pays-Bas : 55 enfants, Suisse : 3 enfants.', [
      { v: [40, 40], pop: 'children', origin: ['BE'] },
      { v: [55, 55], pop: 'children', origin: ['NL'] },
      { v: [3, 3], pop: 'children', origin: ['CH'] },
    ]));
  it('"Kyrgyzstan - 79 children, Tajikistan - 84 children"', () =>
    checkProbe('en', 'Kyrgyzstan - 79 children, Tajikistan - 84 children, Kazakhstan - 406 children.', [
      { v: [79, 79], pop: 'children', origin: ['KG'] },
      { v: [84, 84], pop: 'children', origin: ['TJ'] },
      { v: [406, 406], pop: 'children', origin: ['KZ'] },
    ]));
  it('counter-case: a row’s own participle after its comma still says where they were', () =>
    checkProbe(
      'ru',
      'Кыргызстан — 79 детей, вывезенных из Ирака; Таджикистан — 84 ребенка, вывезенных из Сирии.',
      [
        { v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned', loc: ['IQ'] },
        { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['SY'] },
      ],
    ));
});
