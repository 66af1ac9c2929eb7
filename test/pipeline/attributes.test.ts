// Status and location of counts that their own clause leaves open: a part of a total shares the
// total's status, people arriving in their own country have come home, and a zone named just before
// places a count before the report's overall topic does. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const find = (lang: string, text: string, value: number) => {
  const c = extract(text, { lang, published: '2023-09-01' }).claims.find((x) => x.value.min === value);
  expect(c, `a claim of ${value}`).toBeDefined();
  return c!;
};

describe('a part whose clause says nothing of what became of it shares its total’s status', () => {
  it('does not take a status word of another clause (en)', () => {
    const text =
      'Uzbekistan brought home 60 children from camps in Syria. Many had been detained with their mothers; fourteen of them are from Tashkent.';
    expect(find('en', text, 60).status).toBe('returned');
    expect(find('en', text, 14).status).toBe('returned');
  });

  it('keeps a status said in the part’s own clause (en)', () => {
    const text = 'Uzbekistan brought home 60 children from Syria; fourteen of them were detained on arrival.';
    expect(find('en', text, 14).status).toBe('detained');
  });

  it('reads "d’entre eux" the same way (fr)', () => {
    const text =
      "L'Ouzbékistan a rapatrié 60 enfants des camps syriens. Certains avaient été emprisonnés avec leurs mères ; quatorze d'entre eux sont originaires de Tachkent.";
    expect(find('fr', text, 14).status).toBe('returned');
  });
});

describe('a status said inside brackets tells of the counts inside them', () => {
  it('en: the verb of the sentence, not of the aside, gives the counts outside their status', () => {
    const text =
      'Officials say 300 people from Georgia and 200 people from Armenia (25 people have returned home) joined the group.';
    expect(find('en', text, 300).status).toBe('joined');
    expect(find('en', text, 200).status).toBe('joined');
    expect(find('en', text, 25).status).toBe('returned');
  });

  it('en: a count in brackets passes its status to no count after them', () => {
    const text =
      'Besides, 300 people from Georgia, 200 people from Armenia (25 people have returned home) and 100 people from Azerbaijan.';
    expect(find('en', text, 25).status).toBe('returned');
    expect(find('en', text, 100).status).not.toBe('returned');
    // Counts inside the same brackets still share the status of their sentence.
    const list = 'Some 910 children (783 boys and 127 girls) were freed by the army.';
    expect(find('en', list, 127).status).toBe(find('en', list, 910).status);
  });

  it('fr, ru: the same with a headless part in the aside', () => {
    const fr =
      "Selon le rapport, 300 Géorgiens et 200 Arméniens (25 sont rentrés depuis) ont rejoint l'organisation.";
    expect(find('fr', fr, 200).status).toBe('joined');
    expect(find('fr', fr, 25).status).toBe('returned');
    const ru =
      'По данным доклада, к группировке присоединились 300 граждан Грузии и 200 граждан Армении (25 из них вернулись домой).';
    expect(find('ru', ru, 200).status).toBe('joined');
    expect(find('ru', ru, 25).status).toBe('returned');
  });
});

describe('people arriving in a place of their own country have come home', () => {
  it('fr: "sont arrivés à" a city of their country, past a relative clause', () => {
    const text =
      "Vingt-deux enfants ouzbeks dont les pères ont rejoint l'EI sont arrivés lundi à Tachkent depuis Bagdad.";
    expect(find('fr', text, 22).status).toBe('returned');
  });

  it('en, ru, ar: arrived / прилетели / وصل in their country', () => {
    expect(find('en', 'Twenty-two Uzbek children arrived in Tashkent on Monday.', 22).status).toBe(
      'returned',
    );
    expect(find('ru', '22 узбекских ребенка прилетели в Ташкент из Багдада.', 22).status).toBe('returned');
    expect(find('ar', 'ووصل 22 طفلا أوزبكيا إلى طشقند يوم الاثنين.', 22).status).toBe('returned');
  });

  it('does not make arriving in another country a return', () => {
    expect(find('en', 'Twenty-two Uzbek fighters arrived in Syria in 2015.', 22).status).not.toBe('returned');
  });
});

describe('a conflict zone named just before places a count that names none', () => {
  it('takes the zone of the sentence before over the report’s two zones (en)', () => {
    const text = [
      'Both Iraq and Syria still hold foreign fighters, and Iraq holds many of their families.',
      'Iraqi courts have tried many of them. In Iraq, the courts are busy.',
      'The camps in Syria are crowded.',
      'Aid groups counted 75 women there last month.',
    ].join('\n\n');
    expect(find('en', text, 75).location).toEqual(['SY']);
  });
});
