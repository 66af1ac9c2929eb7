// French grammar mechanisms: each test pins one general reading on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const counts = (text: string) => extract(text, { lang: 'fr' }).claims.filter((c) => c.qualifier !== 'vague');

describe('French units and people', () => {
  it('does not read a nationality as the unit it starts with ("euro*" is not "Européens")', () => {
    const [c, ...rest] = counts("Au total, 300 Européens ont rejoint l'EI en Syrie.");
    expect(rest).toHaveLength(0);
    expect(c?.value).toEqual({ min: 300, max: 300 });
    expect(c?.origin).toEqual(['region:europe']);
    expect(counts('Le passeur demandait 300 euros par personne.')).toHaveLength(0);
  });

  it('reads fractions as shares, not counts: "les deux tiers des femmes"', () => {
    expect(counts('Les deux tiers des femmes sont rentrées en France.')).toHaveLength(0);
    expect(counts('Trois quarts des combattants tunisiens sont morts.')).toHaveLength(0);
  });
});

describe('French ratios', () => {
  it('reads "un enfant sur trois" and "trois jeunes sur cinq" as ratios, not counts', () => {
    expect(counts('Un enfant sur trois a été recruté par le groupe.')).toHaveLength(0);
    expect(counts("Trois jeunes sur cinq ont rejoint l'EI.")).toHaveLength(0);
    expect(counts('Un Français sur mille est parti.')).toHaveLength(0);
  });

  it('keeps a part of a total counted with "sur": "sur 300 combattants, 40 sont morts"', () => {
    const values = counts('Sur 300 combattants tunisiens, 40 sont morts.').map((c) => c.value.min);
    expect(values).toEqual([300, 40]);
  });
});

describe('French origins', () => {
  it('reads "venus des", "en provenance des", "originaires des" and plain "des" before a place as origin', () => {
    expect(counts('Quelque 300 combattants venus des Pays-Bas sont en Syrie.')[0]?.origin).toEqual(['NL']);
    expect(counts('Près de 90 hommes en provenance des Philippines ont été arrêtés.')[0]?.origin).toEqual([
      'PH',
    ]);
    expect(counts('Quelque 40 femmes originaires des Maldives ont été rapatriées.')[0]?.origin).toEqual([
      'MV',
    ]);
    expect(counts("Jusqu'à 4.000 citoyens des pays d'Asie centrale combattent en Syrie.")[0]?.origin).toEqual(
      ['region:central-asia'],
    );
  });

  it('keeps "dans des camps en Syrie" a place the people are in, not their origin', () => {
    const [c] = counts('Ils ont envoyé 200 enfants dans des camps en Syrie.');
    expect(c?.origin ?? null).toBeNull();
    expect(c?.location).toEqual(['SY']);
  });
});

describe('French people nouns and phrases', () => {
  it('counts soldiers and police as fighters, and victims such as villagers and captives as people', () => {
    const [soldiers] = counts('Douze soldats ont été tués dans l’embuscade.');
    expect(soldiers?.population).toBe('fighters');
    const [villagers] = counts('Au moins 30 villageois ont été tués par les jihadistes.');
    expect(villagers?.value).toEqual({ min: 30, max: null });
    expect(villagers?.population).toBe('people');
    expect(counts('Le groupe a exécuté les six captifs.')[0]?.value).toEqual({ min: 6, max: 6 });
  });

  it('does not read a participle after "sont" as the counted noun: "40 sont morts"', () => {
    const [total, part] = counts('Sur 300 combattants tunisiens, 40 sont morts.');
    expect(total?.population).toBe('fighters');
    expect(part?.population).toBe('fighters');
  });

  it('counts only the first noun in "N djihadistes et leurs familles"', () => {
    const [c] = counts('La vidéo fait voir près de 40 djihadistes et leurs familles en Irak.');
    expect(c?.population).toBe('fighters');
    expect(counts("Une centaine de femmes et d'enfants sont rentrés.")[0]?.population).toBe('people');
  });

  it('reads "et plus précisément" as an adverb, not a bound on the count before it', () => {
    const [c] = counts('Le camp abrite 130 adultes, et plus précisément 92 hommes.');
    expect(c?.value).toEqual({ min: 130, max: 130 });
    expect(counts('On compte 244 adultes et plus dans le camp.')[0]?.value).toEqual({ min: 244, max: null });
  });

  it('reads a sentence wrapped over two lines (PDF layout) as one sentence', () => {
    const [c] = counts("Le pays reconnaît qu'une vingtaine de citoyens\nsont partis se battre en Syrie.");
    expect(c?.population).toBe('fighters');
    expect(counts('Bilan\n300 enfants sont rentrés.')[0]?.value).toEqual({ min: 300, max: 300 });
  });
});

describe('French nationality words that qualify something else', () => {
  it('does not take the nationality of another noun as origin: "services de renseignement russes"', () => {
    const [c] = counts(
      'Un adolescent tue deux hommes soupçonnés de renseigner les services de sécurité russes.',
    );
    expect(c?.origin ?? null).toBeNull();
    expect(
      counts('Cinq jeunes hommes ont été enrôlés par des prêcheurs salafistes russes.')[0]?.origin ?? null,
    ).toBeNull();
  });

  it('keeps a nationality after "de" that qualifies people or countries', () => {
    expect(counts('Vingt enfants issus de familles kazakhes sont rentrés.')[0]?.origin).toEqual(['KZ']);
    expect(counts('Trente combattants venus de pays européens sont morts.')[0]?.origin).toEqual([
      'region:europe',
    ]);
  });
});

describe('French nouns for descent', () => {
  it('reads "d\'origine ouzbèke" and "de nationalité tunisienne" as origin', () => {
    expect(counts("Quarante citoyens d'origine ouzbèke sont partis en Syrie.")[0]?.origin).toEqual(['UZ']);
    expect(counts('Au total, 40 personnes de nationalité tunisienne sont revenues.')[0]?.origin).toEqual([
      'TN',
    ]);
  });
});

describe('French headless counts', () => {
  it('reads a count whose predicate is an age as part of the people counted before', () => {
    const [total, part] = counts('Sur les 80 enfants rapatriés, 24 ont moins de 6 ans.');
    expect(total?.age).toEqual({ min: null, max: null });
    expect(part?.value).toEqual({ min: 24, max: 24 });
    expect(part?.population).toBe('children');
    expect(part?.age).toEqual({ min: null, max: 5 });
    const verbless = counts('Parmi eux, 39 garçons et 25 filles ; 14 moins de 3 ans.');
    expect(verbless.map((c) => [c.value.min, c.age.max])).toEqual([
      [39, null],
      [25, null],
      [14, 2],
    ]);
  });

  it('does not take "il y a moins de 5 ans" (a time) as an age', () => {
    const [c] = counts('Au total, 300 combattants sont partis il y a moins de 5 ans.');
    expect(c?.age).toEqual({ min: null, max: null });
  });

  it('reads "N font l\'objet de" as a headless count of the people before', () => {
    const found = counts(
      "Si 90 personnes restent libres, 35 font l'objet d'une assignation à résidence, et 55 d'un suivi.",
    );
    expect(found.map((c) => [c.value.min, c.population])).toEqual([
      [90, 'people'],
      [35, 'people'],
      [55, 'people'],
    ]);
  });
});

describe('French citizens', () => {
  it('gives citizens with no origin of their own the country named before them', () => {
    const [c] = counts(
      "Le Tadjikistan reconnaît qu'une vingtaine de citoyens sont partis se battre en Syrie.",
    );
    expect(c?.population).toBe('fighters');
    expect(c?.origin).toEqual(['TJ']);
    expect(counts('La France a rapatrié 30 ressortissants belges.')[0]?.origin).toEqual(['BE']);
    expect(counts('En Syrie, 300 citoyens sont morts.')[0]?.origin ?? null).toBeNull();
  });
});

describe('French statuses', () => {
  it('reads "ont combattu" as fighting (present), and does not borrow a return from the sentence before', () => {
    const [, fought] = counts(
      "En tout, 63 enfants ont été ramenés d'Irak. Plus de 1.200 Tadjiks ont combattu en Syrie, dont certains après un emploi en Russie.",
    );
    expect(fought?.status).toBe('present');
    expect(fought?.origin).toEqual(['TJ']);
  });

  it('reads passive participles in every gender and number', () => {
    expect(counts('Quelque 300 femmes ont été rapatriées.')[0]?.status).toBe('returned');
    expect(counts('Une trentaine de mineures ont été détenues par les Kurdes.')[0]?.status).toBe('detained');
    expect(counts('Vingt-deux Français ont été condamnés à mort en Irak.')[0]?.status).toBe('detained');
    expect(counts('Au moins 60 Belges sont revenus de Syrie.')[0]?.status).toBe('returned');
    expect(counts("Près de 900 Tunisiens ont rejoint l'EI.")[0]?.population).toBe('people');
  });
});

describe('French definite repeats', () => {
  it('reads "les 12 djihadistes" after a count of 12 as the same people, not a new claim', () => {
    const found = counts(
      'Douze combattants tadjiks sont morts en Syrie. Les 12 djihadistes apparaissent dans une vidéo.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.origin).toEqual(['TJ']);
  });

  it('keeps a count without a definite article that repeats a number for other people', () => {
    const found = counts('Douze combattants sont morts en Syrie. Ensuite, 12 femmes ont été arrêtées.');
    expect(found.map((c) => c.population)).toEqual(['fighters', 'women']);
  });
});

describe('French number ranges and hedges', () => {
  it('applies spelled hundreds to both ends: "deux à trois cents" is 200-300', () => {
    expect(counts('Deux à trois cents enfants vivent dans le camp.')[0]?.value).toEqual({
      min: 200,
      max: 300,
    });
    expect(counts('Entre 2 et 300 enfants vivent là.')[0]?.value).toEqual({ min: 2, max: 300 });
  });

  it('reads the misspelt "quelques" before digits as "quelque" (approximate)', () => {
    const [c] = counts('Quelques 300 combattants sont partis.');
    expect(c?.value).toEqual({ min: 300, max: 300 });
    expect(c?.qualifier).toBe('approx');
  });

  it('reads grouped numbers with spaces, no-break spaces and dots alike', () => {
    for (const n of ['1 200', '1\u00a0200', '1\u202f200', '1.200'])
      expect(counts(`Au total ${n} combattants tunisiens sont en Syrie.`)[0]?.value).toEqual({
        min: 1200,
        max: 1200,
      });
  });
});

describe('French statuses of place and outcome', () => {
  it('reads "encore en Syrie", "situés en Syrie" as present, and "on compte" as no status of its own', () => {
    expect(counts('Au total, 300 femmes rapatriées ; 686 adultes sont encore en Syrie.')[1]?.status).toBe(
      'present',
    );
    expect(counts('Selon eux, 177 citoyens situés en Syrie attendent.')[0]?.status).toBe('present');
    const [, part] = counts(
      'Au total, 302 Français sont revenus. Parmi ces revenants, on compte 244 adultes.',
    );
    expect(part?.status).toBe('returned');
  });

  it('reads mixed outcomes ("morts ou mutilés") as other', () => {
    expect(counts("L'ONU a recensé 1.316 enfants morts ou mutilés.")[0]?.status).toBe('other');
  });
});

describe('French nouns for the dead', () => {
  it('counts "129 morts" as people killed, and leaves "blessés" after a partitive to its whole', () => {
    const [dead] = extract("L'attaque contre le marché a fait plus de 40 morts.", { lang: 'fr' }).claims;
    expect(dead).toMatchObject({ value: { min: 40, max: null }, population: 'people', status: 'killed' });
    const parts = extract('Le conflit a touché 9 000 enfants, dont 2 000 ont été tués et 3 000 blessés.', {
      lang: 'fr',
    }).claims;
    expect(parts.map((c) => c.population)).toEqual(['children', 'children', 'children']);
  });
});
