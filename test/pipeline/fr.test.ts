// French pack: each test pins one reading on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const claimsOf = (text: string) => extract(text, { lang: 'fr' }).claims;
const one = (text: string) => {
  const claims = claimsOf(text).filter((c) => c.qualifier !== 'vague');
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('French numbers', () => {
  it('reads "plus de 800 combattants" as more than 800 fighters', () => {
    const c = one('Plus de 800 combattants kazakhs ont rejoint les rangs du groupe.');
    expect(c.value).toEqual({ min: 800, max: null });
    expect(c.qualifier).toBe('more_than');
    expect(c.population).toBe('fighters');
  });

  it('reads "au moins" before the number as at least', () => {
    const c = one('Au moins 150 mineurs tadjiks ont quitté le pays.');
    expect(c.value).toEqual({ min: 150, max: null });
    expect(c.qualifier).toBe('at_least');
  });

  it('reads "au moins" after the counted noun as at least', () => {
    const c = one('Le groupe a enrôlé 60 adolescents au moins dans la région.');
    expect(c.value).toEqual({ min: 60, max: null });
    expect(c.qualifier).toBe('at_least');
  });

  it('reads "moins de" and "jusqu\'à" as upper bounds', () => {
    expect(one('Moins de 50 femmes sont rentrées chez elles.').value).toEqual({ min: null, max: 50 });
    const c = one("Jusqu'à 3 000 ressortissants auraient gagné la zone.");
    expect(c.value).toEqual({ min: null, max: 3000 });
    expect(c.qualifier).toBe('at_most');
  });

  it('reads "environ", "près de" and singular "quelque" as approximate', () => {
    expect(one('Environ 900 personnes vivent sous les tentes.').qualifier).toBe('approx');
    expect(one("Près de 70 orphelins attendent d'être ramenés.").qualifier).toBe('approx');
    const c = one('Quelque 240 épouses de militants sont retenues là-bas.');
    expect(c.value).toEqual({ min: 240, max: 240 });
    expect(c.qualifier).toBe('approx');
  });

  it('reads hyphenated compounds: soixante-dix, quatre-vingt-dix-huit', () => {
    expect(one('Soixante-dix enfants ouzbeks ont été rapatriés.').value).toEqual({ min: 70, max: 70 });
    expect(one('Quatre-vingt-dix-huit femmes sont toujours sur place.').value).toEqual({ min: 98, max: 98 });
  });

  it('reads "et un" / "et onze" compounds without joining other numbers with "et"', () => {
    expect(one('Vingt et un garçons ont été formés au maniement des armes.').value).toEqual({
      min: 21,
      max: 21,
    });
    expect(one('Soixante et onze veuves vivent dans ce secteur.').value).toEqual({ min: 71, max: 71 });
  });

  it('reads quatre-vingts, deux cents and mille as multiplied numbers', () => {
    expect(one('Quatre-vingts jihadistes ont péri.').value).toEqual({ min: 80, max: 80 });
    expect(one('Deux cent cinquante détenus ont été transférés.').value).toEqual({ min: 250, max: 250 });
    expect(one('Trois mille deux cents citoyens ont quitté le pays.').value).toEqual({
      min: 3200,
      max: 3200,
    });
  });

  it('reads a decimal comma with a scale word: 1,5 million', () => {
    expect(one('Environ 1,5 million de personnes ont fui.').value).toEqual({
      min: 1_500_000,
      max: 1_500_000,
    });
  });

  it('reads thousands grouped with a space, a no-break space or a dot', () => {
    expect(one('On compte 4 000 combattants étrangers.').value).toEqual({ min: 4000, max: 4000 });
    expect(one('On compte 4\u00a0500 combattants étrangers.').value).toEqual({ min: 4500, max: 4500 });
    expect(one('On compte 12.000 combattants étrangers.').value).toEqual({ min: 12000, max: 12000 });
  });

  it('reads "une centaine d\'enfants" as approximately 100 children (elision)', () => {
    const c = one("Une centaine d'enfants ont été embrigadés.");
    expect(c.value).toEqual({ min: 100, max: 100 });
    expect(c.qualifier).toBe('approx');
    expect(c.population).toBe('children');
  });

  it('reads "plus d\'un millier" as more than 1000', () => {
    const c = one("Plus d'un millier de recrues ont été entraînées.");
    expect(c.value).toEqual({ min: 1000, max: null });
    expect(c.qualifier).toBe('more_than');
  });

  it('reads "une dizaine de milliers" as approximately 10 000', () => {
    const c = one('Une dizaine de milliers de personnes sont bloquées à la frontière.');
    expect(c.value).toEqual({ min: 10000, max: 10000 });
    expect(c.qualifier).toBe('approx');
  });

  it('reads "entre A et B" and "de A à B" as ranges', () => {
    const a = one('Entre 2 000 et 4 000 citoyens kirghiz sont partis.');
    expect(a.value).toEqual({ min: 2000, max: 4000 });
    expect(a.qualifier).toBe('range');
    const b = one('De 500 à 700 femmes tadjikes vivent dans le camp.');
    expect(b.value).toEqual({ min: 500, max: 700 });
  });

  it('reads "A à B" and "A-B" as ranges', () => {
    expect(one('Les autorités ont ramené 300 à 400 enfants.').value).toEqual({ min: 300, max: 400 });
    expect(one('Les autorités ont ramené 30-40 enfants.').value).toEqual({ min: 30, max: 40 });
  });

  it('does not join "entre deux et trois mille" into one number', () => {
    const c = one('Entre deux et trois mille militants ont été capturés.');
    expect(c.value).toEqual({ min: 2000, max: 3000 });
    expect(c.qualifier).toBe('range');
  });
});

describe('French populations and origins', () => {
  it('reads "N enfants, dont M orphelins" as two claims', () => {
    const claims = claimsOf('Le pays a rapatrié 68 enfants, dont sept orphelins.');
    expect(claims.map((c) => [c.value.min, c.population])).toEqual([
      [68, 'children'],
      [7, 'children'],
    ]);
  });

  it('reads "femmes et enfants" counted together as people', () => {
    expect(one('Quelque 300 femmes et enfants ont été évacués.').population).toBe('people');
  });

  it('takes the origin from a nationality adjective after the noun', () => {
    expect(one('Cent vingt femmes ouzbèkes ont été rapatriées.').origin).toEqual(['UZ']);
  });

  it('takes the origin from a demonym counted as a noun', () => {
    const c = one('On estime que 500 Tadjiks ont rejoint le groupe.');
    expect(c.origin).toEqual(['TJ']);
    expect(c.population).toBe('people');
  });

  it('takes the origin from a republic of the North Caucasus', () => {
    expect(one('Deux cent cinquante jihadistes tchétchènes ont été tués.').origin).toEqual(['RU']);
  });

  it('turns citizens who fight into fighters', () => {
    const c = one('Selon le ministère, 200 citoyens tadjiks combattent en Syrie.');
    expect(c.population).toBe('fighters');
    expect(c.location).toEqual(['SY']);
  });

  it('keeps citizens who do not fight as people', () => {
    expect(one('Au total, 350 citoyens kazakhs ont été rapatriés.').population).toBe('people');
  });

  it('reads ISIS "lionceaux" as children', () => {
    expect(one('Une vingtaine de lionceaux apparaissent à l’écran.').population).toBe('children');
  });

  it('reads "femmes djihadistes" as women, not as women and fighters together', () => {
    expect(one('Les 150 femmes djihadistes françaises attendent leur procès.').population).toBe('women');
  });

  it('reads "enfants rapatriés" as children', () => {
    expect(one('Au total 300 enfants rapatriés ont retrouvé leurs grands-parents.').population).toBe(
      'children',
    );
  });

  it('takes the population of "d\'entre eux" from the count before', () => {
    const claims = claimsOf('Sur 1 200 combattants, 300 d’entre eux ont péri.');
    expect(claims.map((c) => [c.value.min, c.population])).toEqual([
      [1200, 'fighters'],
      [300, 'fighters'],
    ]);
  });

  it('splits a distributive count by origin: "chacun"', () => {
    const claims = claimsOf('Ils ont envoyé 500 combattants chacun du Kazakhstan et du Kirghizistan.');
    expect(claims.map((c) => c.origin).sort()).toEqual([['KG'], ['KZ']]);
    expect(claims.every((c) => c.value.min === 500)).toBe(true);
  });

  it('reads the age limit "de moins de 15 ans"', () => {
    const c = one('Au moins 150 enfants de moins de 15 ans ont été entraînés.');
    expect(c.age).toEqual({ min: null, max: 14 });
  });
});

describe('French statuses, groups and sources', () => {
  it('reads "rapatriés" as returned', () => {
    expect(one('Au total, 54 enfants ont été rapatriés en avril.').status).toBe('returned');
  });

  it('reads "arrêtés" as detained', () => {
    expect(one('La police a arrêté 12 recrues présumées.').status).toBe('detained');
  });

  it('reads "ont été tués" as killed', () => {
    expect(one('Trente combattants ont été tués lors des frappes.').status).toBe('killed');
  });

  it('reads "apparaissent dans une vidéo" as featured', () => {
    expect(one('Six garçons apparaissent dans la dernière production du groupe.').status).toBe('featured');
  });

  it('reads "sont partis" as joined', () => {
    expect(one('Environ 400 Kirghiz sont partis combattre à l’étranger.').status).toBe('joined');
  });

  it('reads "Jusqu\'à présent" as a phrase, not as the status present', () => {
    expect(one('Jusqu’à présent, 90 mineurs ont été rapatriés.').status).toBe('returned');
  });

  it('recognises l’EI after an elided article as ISIS', () => {
    expect(one("Au moins 40 adolescents ont rejoint l'EI.").affiliation).toBe('isis');
  });

  it('takes the source after "selon"', () => {
    expect(one("Quelque 900 jihadistes sont morts, selon l'Observatoire.").source).toBe("l'Observatoire");
  });
});

describe('French non-counts', () => {
  it('ignores an age', () => {
    expect(claimsOf('Un garçon âgé de 10 ans apparaît à l’écran.')).toEqual([]);
  });

  it('ignores a date', () => {
    expect(claimsOf('Le 14 mai 2016, le groupe a diffusé un nouveau film.')).toEqual([]);
  });

  it('ignores money and percentages', () => {
    expect(claimsOf('Le programme a coûté 3 millions d’euros.')).toEqual([]);
    expect(claimsOf('Environ 30 % des détenus sont des enfants.')).toEqual([]);
  });

  it('ignores a number of videos', () => {
    expect(claimsOf('Le groupe a publié 40 vidéos cette année-là.')).toEqual([]);
  });

  it('keeps "des centaines d\'enfants" apart as vague', () => {
    const claims = claimsOf("Des centaines d'enfants kazakhs ont été envoyés là-bas.");
    expect(claims.every((c) => c.qualifier === 'vague')).toBe(true);
  });

  it('keeps "plusieurs dizaines" apart as vague', () => {
    const claims = claimsOf('Plusieurs dizaines de combattants ont été tués.');
    expect(claims.every((c) => c.qualifier === 'vague')).toBe(true);
  });
});

describe('French spans', () => {
  it('points the span at "Près d\'un millier de djihadistes" in the original text', () => {
    const text = 'Selon la police, près d’un millier de djihadistes ont été tués.';
    const c = one(text);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(c.quote).toBe('près d’un millier de djihadistes');
  });

  it('points the span at a count written with accents and a no-break space', () => {
    const text = 'Rapport : « Quatre-vingt-dix\u00a0mineurs ont été évacués. »';
    const c = one(text);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(c.quote).toBe('Quatre-vingt-dix\u00a0mineurs');
  });
});

describe('French releases', () => {
  it('reads a video title after "intitulée", its duration and subtitles', () => {
    const text =
      'Une vidéo de 12 minutes, sous-titrée en anglais et intitulée « Les enfants du front », a été diffusée.';
    const [r] = extract(text, { lang: 'fr' }).releases;
    expect(r?.media).toBe('video');
    expect(r?.title).toBe('Les enfants du front');
    expect(r?.duration_min).toBe(12);
    expect(r?.subtitles).toEqual(['en']);
  });

  it('reads an audio release named with "baptisé" and the language it is sung in', () => {
    const [r] = extract('Un chant en russe baptisé « Notre terre » circule sur les réseaux.', {
      lang: 'fr',
    }).releases;
    expect(r?.media).toBe('audio');
    expect(r?.title).toBe('Notre terre');
    expect(r?.spoken).toEqual(['ru']);
  });
});
