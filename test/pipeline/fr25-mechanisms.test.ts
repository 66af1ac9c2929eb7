// fr25: one unit test per mechanism fixed on the French blind probes (fr25-probes.test.ts). Every
// sentence is invented for the test; each failed before its fix.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe("a count's own predicate outranks the verb of the clause before", () => {
  it('"N autres ont été tués" after "ont été arrêtés" is killed', () =>
    checkProbe('fr', 'Selon la police, 40 jihadistes ont été arrêtés et 12 autres ont été tués.', [
      { v: [40, 40], pop: 'fighters', status: 'detained' },
      { v: [12, 12], pop: 'fighters', status: 'killed' },
    ]));
  it('the reverse: "18 autres ont été arrêtés" after "ont été tués" is detained', () =>
    checkProbe('fr', 'Au moins 12 militaires maliens ont été tués et 18 autres ont été arrêtés.', [
      { v: [12, null], pop: 'fighters', origin: ['ML'], status: 'killed' },
      { v: [18, 18], pop: 'fighters', origin: ['ML'], status: 'detained' },
    ]));
  it('a headless part after a comma keeps its own verb', () =>
    checkProbe('fr', 'Sur les 400 Belges partis, 130 sont revenus, 100 ont été tués.', [
      { v: [400, 400], pop: 'people', origin: ['BE'], status: 'joined' },
      { v: [130, 130], pop: 'people', origin: ['BE'], status: 'returned' },
      { v: [100, 100], pop: 'people', origin: ['BE'], status: 'killed' },
    ]));
  it('a collective numeral with a conditional past: "une centaine auraient été tués"', () =>
    checkProbe('fr', 'Des 400 Belges partis, 130 sont revenus et une centaine auraient été tués.', [
      { v: [400, 400], pop: 'people', origin: ['BE'], status: 'joined' },
      { v: [130, 130], pop: 'people', origin: ['BE'], status: 'returned' },
      { v: [100, 100], pop: 'people', origin: ['BE'], status: 'killed' },
    ]));
  it('a noun that says what they are still wins: "Neuf revenantes ont été libérées"', () =>
    checkProbe('fr', 'Neuf revenantes ont été libérées.', [
      { v: [9, 9], pop: 'people', status: 'returned' },
    ]));
});

describe('a frame of numbering with an adverb before the number', () => {
  it('"sont désormais plus de 300"', () =>
    checkProbe('fr', 'Les revenants sont désormais plus de 300.', [
      { v: [300, null], pop: 'people', status: 'returned' },
    ]));
  it('"seraient aujourd\'hui environ 200"', () =>
    checkProbe('fr', "Les enfants français détenus en Syrie seraient aujourd'hui environ 200.", [
      { v: [200, 200], pop: 'children', origin: ['FR'], status: 'detained' },
    ]));
  it('"sont actuellement 45"', () =>
    checkProbe('fr', 'Les Marocaines retenues au camp de Roj sont actuellement 45.', [
      { v: [45, 45], pop: 'women', origin: ['MA'] },
    ]));
});

describe('bound verbs with an article, an adverb or a threshold noun', () => {
  it('"dépasse les 300" is more than 300', () =>
    checkProbe('fr', 'Le nombre de mineurs revenus de Syrie dépasse les 300.', [
      { v: [300, null], pop: 'children', status: 'returned' },
    ]));
  it('"dépasse désormais 300"', () =>
    checkProbe('fr', 'Le nombre de mineurs revenus de Syrie dépasse désormais 300.', [
      { v: [300, null], pop: 'children' },
    ]));
  it('"a dépassé la barre des 1 000"', () =>
    checkProbe('fr', 'Le nombre de Français partis en Syrie a dépassé la barre des 1 000.', [
      { v: [1000, null], pop: 'people', origin: ['FR'], status: 'joined' },
    ]));
  it('"a franchi le cap des 2 000"', () =>
    checkProbe('fr', "Le nombre d'enfants recrutés a franchi le cap des 2 000 en 2021.", [
      { v: [2000, null], pop: 'children', status: 'joined' },
    ]));
});

describe('"estime à N le nombre de ses X": a possessive inside the frame after the number', () => {
  it('its nationals, who went to fight', () =>
    checkProbe(
      'fr',
      'Le gouvernement tunisien estime à 3 000 le nombre de ses ressortissants partis combattre en Syrie.',
      [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'], source: 'Le gouvernement tunisien' }],
    ));
  it('their children', () =>
    checkProbe('fr', 'Les familles évaluent à une cinquantaine le nombre de leurs enfants encore à Roj.', [
      { v: [50, 50], pop: 'children' },
    ]));
});

describe('a feminine nationality noun named before its count counts women', () => {
  it('"Les Tunisiennes … sont au nombre de 36"', () =>
    checkProbe('fr', 'Les Tunisiennes détenues en Libye sont au nombre de 36.', [
      { v: [36, 36], pop: 'women', origin: ['TN'], status: 'detained' },
    ]));
  it('an epicene one stays people: "Les Belges … sont au nombre de 46"', () =>
    checkProbe('fr', 'Les Belges encore détenus dans le nord-est syrien sont au nombre de 46.', [
      { v: [46, 46], pop: 'people', origin: ['BE'] },
    ]));
});

describe('"passant de A à B": a change gives two counts, not a range', () => {
  it('passant de 80 à 160', () =>
    checkProbe('fr', 'Le nombre d’enfants tués au Burkina Faso a doublé, passant de 80 à 160.', [
      { v: [80, 80], pop: 'children', status: 'killed' },
      { v: [160, 160], pop: 'children', status: 'killed' },
    ]));
  it('est passé de 150 à 120', () =>
    checkProbe('fr', 'Le nombre de Français détenus en Irak est passé de 150 à 120.', [
      { v: [150, 150], pop: 'people', origin: ['FR'] },
      { v: [120, 120], pop: 'people', origin: ['FR'] },
    ]));
  it('a range with no word of change stays a range', () =>
    checkProbe('fr', 'De 200 à 300 combattants seraient présents dans la zone.', [
      { v: [200, 300], pop: 'fighters' },
    ]));
});

describe('consent, decision and promise to repatriate are no return yet', () => {
  it('"a accepté de rapatrier"', () =>
    checkProbe('fr', 'Le Danemark a accepté de rapatrier trois femmes et quatorze enfants.', [
      { v: [3, 3], pop: 'women', origin: ['DK'], not: 'returned' },
      { v: [14, 14], pop: 'children', origin: ['DK'], not: 'returned' },
    ]));
  it('"s\'est engagée à rapatrier"', () =>
    checkProbe('fr', 'La Suède s’est engagée à rapatrier sept enfants.', [
      { v: [7, 7], pop: 'children', origin: ['SE'], not: 'returned' },
    ]));
  it('"a décidé de rapatrier"', () =>
    checkProbe('fr', 'Le gouvernement a décidé de rapatrier 40 mineurs depuis les camps.', [
      { v: [40, 40], pop: 'children', not: 'returned' },
    ]));
});

describe('the place people are brought back or expelled from is not their origin', () => {
  it('"rapatriés de Turquie" with their own nationality', () =>
    checkProbe('fr', 'Sept enfants français ont été rapatriés de Turquie.', [
      { v: [7, 7], pop: 'children', origin: ['FR'], status: 'returned' },
    ]));
  it('"expulsés de Turquie"', () =>
    checkProbe('fr', 'Onze jihadistes expulsés de Turquie ont été mis en examen.', [
      { v: [11, 11], pop: 'fighters', status: 'detained' },
    ]));
  it('a from-place glued to the noun is still whence: "revenus" is not before it', () =>
    checkProbe('fr', 'Quarante combattants de Tunisie ont été tués.', [
      { v: [40, 40], pop: 'fighters', origin: ['TN'], status: 'killed' },
    ]));
});

describe('verbs of estimate and count name the source before them', () => {
  it('"évaluent à N le nombre de"', () =>
    checkProbe(
      'fr',
      'Les services de renseignement évaluent à environ 1 700 le nombre de Marocains ayant rejoint l’EI.',
      [{ v: [1700, 1700], pop: 'people', origin: ['MA'], source: 'Les services de renseignement' }],
    ));
  it('"chiffre à plus de N"', () =>
    checkProbe('fr', 'L’UNICEF chiffre à plus de 7 000 le nombre d’enfants recrutés au Sahel depuis 2012.', [
      { v: [7000, null], pop: 'children', source: 'L’UNICEF' },
    ]));
  it('"fait état de N"', () =>
    checkProbe('fr', 'Un rapport de l’ONU fait état de 2 300 enfants recrutés au Mali entre 2017 et 2021.', [
      { v: [2300, 2300], pop: 'children', source: 'Un rapport de l’ONU' },
    ]));
});

describe('the dead or wounded among a named whole are of that whole', () => {
  it('"17 morts parmi les militaires nigériens" are Nigerien fighters', () =>
    checkProbe('fr', 'L’attaque a fait 17 morts parmi les militaires nigériens.', [
      { v: [17, 17], pop: 'fighters', origin: ['NE'], status: 'killed' },
    ]));
  it('"12 blessés parmi les soldats maliens"; the dead among civilians stay people', () =>
    checkProbe('fr', 'L’embuscade a fait 12 blessés parmi les soldats maliens et 5 morts parmi les civils.', [
      { v: [12, 12], pop: 'fighters', origin: ['ML'] },
      { v: [5, 5], pop: 'people', status: 'killed' },
    ]));
});

describe('"Ils sont N à …": a subject pronoun counted by a frame of numbering', () => {
  it('stands for the people counted in the sentence before', () =>
    checkProbe(
      'fr',
      'Plus de 1 400 Français sont partis en Syrie. Ils sont aujourd’hui 250 à être rentrés en France.',
      [
        { v: [1400, null], pop: 'people', origin: ['FR'], status: 'joined' },
        { v: [250, 250], pop: 'people', origin: ['FR'], status: 'returned' },
      ],
    ));
  it('with a bound and a feminine pronoun', () =>
    checkProbe(
      'fr',
      'Quelque 300 Tunisiennes ont rejoint l’EI. Elles étaient plus de 40 à avoir été tuées en 2017.',
      [
        { v: [300, 300], pop: 'women', origin: ['TN'], status: 'joined' },
        { v: [40, null], pop: 'women', origin: ['TN'], status: 'killed' },
      ],
    ));
  it('no count before, no claim', () => checkProbe('fr', 'Ils sont 3 000 à avoir manifesté dimanche.', []));
});
