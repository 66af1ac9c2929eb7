// Cross-language behaviours of the engine's grammar, each pinned on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const read = (lang: string, text: string) =>
  extract(text, { lang, published: '2019-05-01' }).claims.map((c) => ({
    value: [c.value.min, c.value.max],
    population: c.population,
    origin: c.origin,
    status: c.status,
    quote: c.quote,
  }));

describe('engine grammar', () => {
  it('reads a partitive before the number as part of the count before it ("из них 300 погибли")', () => {
    const found = read('ru', 'Из 1200 граждан Таджикистана, выехавших в Сирию, из них 300 погибли.');
    expect(found[1]).toMatchObject({
      value: [300, 300],
      population: 'people',
      origin: ['TJ'],
      status: 'killed',
    });
  });

  it('splits a Russian distributive "по 50 детей" per country named before it', () => {
    const found = read('ru', 'Казахстан и Кыргызстан вернули по 50 детей из Сирии.');
    expect(found.map((c) => c.origin)).toEqual([['KZ'], ['KG']]);
  });

  it('reads two number words joined by a hyphen as a range, not a sum ("двух-трех")', () => {
    expect(read('ru', 'Были возвращены двух-трех детей.')[0]).toMatchObject({ value: [2, 3] });
  });

  it('reads an Arabic range whose joiner is glued to the second number word', () => {
    expect(read('ar', 'بين عشرة وعشرين طفلا من كازاخستان.')[0]).toMatchObject({
      value: [10, 20],
      origin: ['KZ'],
    });
  });

  it('does not take a count after "3 mars," for the day of the month', () => {
    const found = read('fr', 'Le 3 mars, 18 femmes et 43 enfants ont été rapatriés au Kazakhstan.');
    expect(found.map((c) => [c.value[0], c.origin])).toEqual([
      [18, ['KZ']],
      [43, ['KZ']],
    ]);
  });

  it('counts citizens as fighters when a verb-first sentence says they fight', () => {
    expect(read('ar', 'يقاتل ما يقارب 1500 مواطن من أوزبكستان في سوريا.')[0]).toMatchObject({
      population: 'fighters',
      origin: ['UZ'],
    });
    // Being a member ("состоит в организации") is not fighting (GUIDELINES.md, Hard cases): see ru-grammar.
    expect(read('ru', 'В Сирии воюют 300 граждан Казахстана.')[0]).toMatchObject({
      population: 'fighters',
    });
  });

  it('keeps the tanween that ends the counted word inside the quote', () => {
    const text = 'أعيد 140 قاصراً إلى قيرغيزستان.';
    const claim = extract(text, { lang: 'ar' }).claims[0]!;
    expect(claim.quote).toBe('140 قاصراً');
    expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.quote);
  });

  it('stays pure: without a publication date, relative dates resolve to nothing, not to today', () => {
    const r = extract('The group released a video entitled "Tomorrow" yesterday.', { lang: 'en' });
    expect(r.releases[0]?.date ?? null).toBeNull();
  });
});

describe('counts written after their noun', () => {
  it('reads "numbering N" and a bracketed figure after a nationality', () => {
    expect(
      read('en', 'The foreigners in the camp, numbering 6,612, live in a separate annex.')[0],
    ).toMatchObject({
      value: [6612, 6612],
      population: 'people',
      origin: ['region:foreign'],
    });
    expect(read('ar', 'العراقيون هم أكبر مجموعة في المخيم (20,144).')[0]).toMatchObject({
      value: [20144, 20144],
      origin: ['IQ'],
    });
  });
});

describe('the counted noun', () => {
  it('does not take an object for the counted noun: "300 have children with them"', () => {
    const found = read('en', 'Of the 700 Tajik women believed to be in Syria, 300 have children with them.');
    expect(found.map((c) => [c.value[0], c.population])).toEqual([[700, 'women']]);
  });

  it('takes the country whose government brings people back as their origin', () => {
    expect(read('en', 'The Kyrgyz government repatriated 79 children from Iraq.')[0]).toMatchObject({
      origin: ['KG'],
      status: 'returned',
    });
  });
});

describe('status of the counted people, not of others in a relative clause', () => {
  const statusOf = (lang: string, text: string) =>
    extract(text, { lang }).claims.filter((c) => c.qualifier !== 'vague')[0]?.status;

  it('skips the verb of a clause about other people ("whose mothers are jailed") for the main verb', () => {
    expect(statusOf('en', 'Sixty boys whose fathers are imprisoned in Iraq were flown home on Monday.')).toBe(
      'returned',
    );
    expect(
      statusOf('fr', 'Quarante enfants dont les pères sont détenus en Syrie ont été rapatriés hier.'),
    ).toBe('returned');
    expect(statusOf('ru', 'Сорок детей, чьи матери осуждены в Ираке, вернулись домой в среду.')).toBe(
      'returned',
    );
  });

  it('keeps the verb of a part inside the clause ("dont 10 orphelins sont détenus")', () => {
    const [whole, part] = extract('Trente enfants, dont 10 orphelins, sont détenus en Irak.', {
      lang: 'fr',
    }).claims;
    expect(whole?.status).toBe('detained');
    expect(part?.status).toBe('detained');
  });
});

describe('the attributed speaker, in the words that name who spoke', () => {
  const sourceOf = (lang: string, text: string) => extract(text, { lang }).claims[0]?.source;

  it('leaves out when and how it spoke, at either edge', () => {
    expect(
      sourceOf('en', 'RFE/RL earlier this year reported that 300 Tajik fighters were killed in Syria.'),
    ).toBe('RFE/RL');
    expect(
      sourceOf(
        'fr',
        "Mercredi le ministère de l'Intérieur a indiqué que 40 jihadistes français sont morts en Syrie.",
      ),
    ).toBe("le ministère de l'Intérieur");
    expect(sourceOf('ru', 'В начале недели МВД сообщило, что 35 боевиков вернулись из Сирии.')).toBe('МВД');
    expect(sourceOf('ar', 'وقال وزير الداخلية يوم الجمعة إن 20 مقاتلا قتلوا في سوريا.')).toBe(
      'وزير الداخلية',
    );
  });

  it('names the next speaker when the first verb leaves only "we"', () => {
    expect(
      sourceOf('en', '"We have counted 120 child soldiers in the region," said Amina Diallo, a UN official.'),
    ).toBe('Amina Diallo');
  });

  it('takes no speaker from the clause a verb introduces ("confirmed that …")', () => {
    expect(sourceOf('ar', 'وأكد أنه تم اعتقال 15 مقاتلا في سوريا.')).toBeNull();
  });
});

describe('returns hoped for, prepared or refused are not returns', () => {
  const statusOf = (lang: string, text: string) => extract(text, { lang }).claims[0]?.status;

  it('leaves the people where they are', () => {
    expect(
      statusOf('en', 'Their governments resist repatriating some 2,500 children held in the camps.'),
    ).toBe('present');
    expect(statusOf('en', 'Officials are preparing to bring home 177 citizens held in Syria.')).toBe(
      'present',
    );
    expect(
      statusOf('fr', "Le Tadjikistan s'apprête à rapatrier 140 citoyens qui se trouvent en Syrie."),
    ).toBe('present');
    expect(statusOf('fr', 'Le Kirghizstan se prépare à rapatrier 60 enfants retenus en Syrie.')).not.toBe(
      'returned',
    );
    expect(statusOf('ru', 'Власти готовятся вернуть 40 детей из Сирии.')).toBe('present');
  });

  it('does not read a year after the verb as its object: "recrutés en 2017"', () => {
    expect(statusOf('fr', 'Au moins 842 enfants avaient été recrutés en 2017 au Yémen.')).toBe('joined');
  });
});

describe('status words with their possessives and the receiving state', () => {
  const statusOf = (lang: string, text: string) => extract(text, { lang }).claims[0]?.status;

  it('reads "serving their jail terms" as detention, not presence', () => {
    expect(statusOf('en', 'Some 30 Uzbek women are serving their prison terms in Baghdad.')).toBe('detained');
  });

  it('reads the receiving state\'s verb as a return: "تتسلم"', () => {
    expect(statusOf('ar', 'أوزبكستان تتسلم 60 طفلا من مخيم روج في سوريا.')).toBe('returned');
  });
});

describe('a count broken down by who did it, in brackets after each name', () => {
  const read = (lang: string, text: string) =>
    extract(text, { lang }).claims.map((c) => [c.value.min, c.population, c.partOf ?? null]);

  it('reads each bracketed figure as a part of the count before it, of the same people', () => {
    expect(
      read(
        'en',
        'The UN verified the recruitment of 900 children by the rebels (700), the army (150) and local militias (50).',
      ),
    ).toEqual([
      [900, 'children', null],
      [700, 'children', 0],
      [150, 'children', 0],
      [50, 'children', 0],
    ]);
    expect(
      read(
        'fr',
        "L'ONU a vérifié le recrutement de 900 enfants par les rebelles (700), l'armée (150) et des milices (50).",
      ),
    ).toEqual([
      [900, 'children', null],
      [700, 'children', 0],
      [150, 'children', 0],
      [50, 'children', 0],
    ]);
    expect(
      read('ru', 'ООН подтвердила вербовку 900 детей повстанцами (700), армией (150) и ополченцами (50).'),
    ).toEqual([
      [900, 'children', null],
      [700, 'children', 0],
      [150, 'children', 0],
      [50, 'children', 0],
    ]);
    expect(
      read('ar', 'وثقت الأمم المتحدة تجنيد 900 طفل من قبل المتمردين (700) والجيش (150) والميليشيات (50).'),
    ).toEqual([
      [900, 'children', null],
      [700, 'children', 0],
      [150, 'children', 0],
      [50, 'children', 0],
    ]);
  });

  it('carries a list on into the next sentence, names of armed men included', () => {
    const claims = read(
      'en',
      'The UN verified the recruitment of 900 children by the rebels (700) and the army (150). Other cases were attributed to police units (20) and unknown armed elements (30).',
    );
    expect(claims.slice(3)).toEqual([
      [20, 'children', 0],
      [30, 'children', 0],
    ]);
  });

  it('reads "N by GROUP" after a total as a part of it, with that group', () => {
    const read = (lang: string, text: string) =>
      extract(text, { lang }).claims.map((c) => [c.value.min, c.population, c.partOf ?? null, c.affiliation]);
    const want = [
      [174, 'children', null, expect.anything()],
      [169, 'children', 0, 'isis'],
      [3, 'children', 0, 'other'],
    ];
    expect(
      read('en', 'A further 174 cases of child recruitment were reported, 169 by ISIS and 3 by Hezbollah.'),
    ).toEqual(want);
    expect(
      read(
        'fr',
        "174 autres cas de recrutement d'enfants ont été signalés, 169 par l'EI et 3 par le Hezbollah.",
      ),
    ).toEqual(want);
    expect(
      read('ar', 'وتم الإبلاغ عن 174 حالة أخرى لتجنيد الأطفال، 169 من قبل تنظيم داعش، و3 من قبل حزب الله.'),
    ).toEqual(want);
  });
});

describe('datelines', () => {
  const dateline = (lang: string, text: string) => extract(text, { lang }).dateline ?? null;

  it('reads the date of a dateline in each language and layout', () => {
    expect(dateline('en', 'ALMATY, 2 June 2020 — Officials said 60 women came back.')).toBe('2020-06-02');
    expect(dateline('en', 'Aid news\n\nMay 3, 2018 | Steppe Wire | About 90 children remain.')).toBe(
      '2018-05-03',
    );
    expect(dateline('fr', 'TUNIS, 8 juillet 2017 (AFP) - Quelque 800 combattants sont rentrés.')).toBe(
      '2017-07-08',
    );
    expect(dateline('ru', 'Душанбе, 14 мая 2019. В страну вернулись 84 ребенка.')).toBe('2019-05-14');
    expect(dateline('ar', 'بغداد - 20 يناير 2020 - عاد 120 طفلا إلى بلادهم.')).toBe('2020-01-20');
  });

  it('finds none in a headline or a sentence that only names a date', () => {
    expect(dateline('en', 'Kazakhstan: 30 children returned in March 2019.')).toBeNull();
    expect(dateline('en', 'On 12 March 2019 the ministry said 40 children came home.')).toBeNull();
    expect(dateline('en', 'ALMATY — Officials said 60 women came back in May 2020.')).toBeNull();
  });

  it('is not read when a publication date is given', () => {
    expect(
      extract('ALMATY, 2 June 2020 — 60 women came back.', { lang: 'en', published: '2020-06-03' }).dateline,
    ).toBeUndefined();
  });
});
