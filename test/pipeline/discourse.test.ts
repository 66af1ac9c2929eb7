// Counts read across sentences: counts without a noun resolved to the people counted before them, and
// origins given only to the people the text says them of (GUIDELINES.md, Hard cases). Sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const claims = (lang: string, text: string) => extract(text, { lang, published: '2021-06-01' }).claims;
/** [value, population, origin] of every claim, in text order. */
const keys = (lang: string, text: string) =>
  claims(lang, text).map((c: Claim) => [c.value.min, c.population, c.origin ?? []]);
const find = (lang: string, text: string, value: number) => {
  const c = claims(lang, text).find((x) => x.value.min === value || x.value.max === value);
  expect(c, `a claim of ${value}`).toBeDefined();
  return c!;
};

describe('counts without a noun take the people counted before them', () => {
  it('reads a breakdown after a total across a paragraph break (en)', () => {
    const text =
      'Some 780 Azerbaijanis went to Syria, the security service said.\n\nSince then 96 are reported to have died there, while 61 more have come back.';
    expect(keys('en', text)).toEqual([
      [780, 'people', ['AZ']],
      [96, 'people', ['AZ']],
      [61, 'people', ['AZ']],
    ]);
    expect(find('en', text, 96).status).toBe('killed');
    expect(find('en', text, 61).status).toBe('returned');
  });

  it('reads "a further N" and "N of them" as the same people (en)', () => {
    const text =
      'Belgium says 270 of its citizens left for Syria; 93 of them are believed dead, and a further 49 have returned.';
    const found = keys('en', text);
    expect(found).toContainEqual([93, 'people', ['BE']]);
    expect(found).toContainEqual([49, 'people', ['BE']]);
  });

  it('gives "N of them are women" the noun of the predicate (en)', () => {
    expect(
      find('en', 'Nearly 400 Tajik nationals are held in the camp. About 150 of them are women.', 150),
    ).toMatchObject({
      population: 'women',
      origin: ['TJ'],
    });
  });

  it('reads a nationality said of a count ("N were Congolese") as its origin (en)', () => {
    const text =
      'The mission verified that 1,200 children were recruited last year. Of these, 540 were Nigerian.';
    expect(find('en', text, 540)).toMatchObject({ population: 'children', origin: ['NG'] });
  });

  it('reads a list of places after a total as where the same people are (en)', () => {
    const text =
      'About 3,000 Tunisian fighters are abroad: between 900 and 1,300 in Libya, 300 in Iraq and 40 in Lebanon.';
    const found = keys('en', text);
    expect(found).toContainEqual([300, 'fighters', ['TN']]);
    expect(found).toContainEqual([40, 'fighters', ['TN']]);
    expect(find('en', text, 40).location).toEqual(['LB']);
  });

  it('counts "others" as more of the same people (en)', () => {
    expect(find('en', 'Police detained 12 Kyrgyz men in Bishkek and 7 others in Osh.', 7)).toMatchObject({
      population: 'men',
      origin: ['KG'],
    });
  });

  it('reads "N sont morts et M sont rentrés" after a total (fr)', () => {
    const text = 'Sur les 280 Marocains partis en Syrie, 57 sont morts.\n\n93 sont rentrés au pays depuis.';
    expect(keys('fr', text)).toEqual([
      [280, 'people', ['MA']],
      [57, 'people', ['MA']],
      [93, 'people', ['MA']],
    ]);
  });

  it('reads "dont N" after a noun as a part of it (fr)', () => {
    const c = find('fr', 'Le rapport recense 3.100 enfants victimes, dont 1.250 ont été tués.', 1250);
    expect(c.population).toBe('children');
    expect(c.status).toBe('killed');
  });

  it('reads "ещё N" and verb-led counts after a total (ru)', () => {
    const text = 'Всего в Сирию уехали 270 граждан Ливана. Ещё 61 были осуждены, 42 погибли.';
    const found = keys('ru', text);
    expect(found).toContainEqual([61, 'people', ['LB']]);
    expect(found).toContainEqual([42, 'people', ['LB']]);
  });

  it('reads a dash list of countries after a total (ru)', () => {
    const text = 'Из Европы в ИГ уехали более 5 тысяч человек: около 700 – Франции, 450 – Бельгии.';
    const found = keys('ru', text);
    expect(found).toContainEqual([700, 'people', ['FR']]);
    expect(found).toContainEqual([450, 'people', ['BE']]);
  });

  it('prefers a noun later in the clause to the people counted before (ru)', () => {
    const text =
      'В лагере остаются 300 женщин. Примерно 40 находящихся под стражей таджикских детей ждут решения суда.';
    expect(find('ru', text, 40).population).toBe('children');
  });
});

describe('cases and files', () => {
  it('counts cases as the people the sentence before named', () => {
    const text =
      'The number of children used in the fighting has doubled. There were 3,700 verified cases in 2015.';
    expect(find('en', text, 3700).population).toBe('children');
  });

  it('does not count criminal cases as people', () => {
    expect(claims('en', 'Prosecutors opened almost 640 criminal cases against returnees.')).toEqual([]);
    expect(claims('ru', 'Возбуждено около 640 уголовных дел.')).toEqual([]);
  });

  it('does not read a place after an unknown noun as the origin of an earlier count', () => {
    const text = 'Some 300 French citizens returned. The group lost its two capitals of Mosul and Raqqa.';
    expect(claims('en', text).map((c) => c.value.min)).toEqual([300]);
  });
});

describe('origins are given only to the people the text says them of', () => {
  it('gives no report-wide origin to victims of an attack', () => {
    const text =
      'Azerbaijan says 900 Azerbaijani citizens have joined the Islamic State.\n\nThe group bombed a market in Kabul last year, killing 57 people.';
    expect(find('en', text, 57).origin ?? []).toEqual([]);
  });

  it('gives no report-wide origin to hostages or soldiers', () => {
    const text =
      'Some 3,000 Tunisians went to Syria, officials said. Tunisian fighters are often seen in videos.\n\nIn the footage, 11 hostages are led to the shore while 4 soldiers stand guard.';
    expect(find('en', text, 11).origin ?? []).toEqual([]);
    expect(find('en', text, 4).origin ?? []).toEqual([]);
  });

  it('gives the origin of the people a report follows to their later counts', () => {
    const text =
      'Kazakhstan brought back 450 of its citizens from Syria on Monday.\n\nThe group included 210 children and 90 women.';
    expect(find('en', text, 210).origin).toEqual(['KZ']);
    expect(find('en', text, 90).origin).toEqual(['KZ']);
  });

  it('gives no origin to a count of the killed that the text does not tie to anyone (ar)', () => {
    const text =
      'قال مسؤولون إن 2900 تونسي التحقوا بالتنظيم في سوريا.\nوفي هجوم تبناه التنظيم في كابول قتل 45 شخصا.';
    expect(find('ar', text, 45).origin ?? []).toEqual([]);
  });
});

describe('what a count counts', () => {
  it('keeps one claim for a count said again with a weaker noun', () => {
    const text =
      'Azerbaijan repatriates 63 children from Syria\n\nBaku said on Friday that 63 Azerbaijani citizens, all of them minors, had been repatriated.';
    expect(keys('en', text)).toEqual([[63, 'children', ['AZ']]]);
  });

  it('reads "all of them minors" as what a generic count is, but not "most of them young men"', () => {
    expect(
      find('en', 'Lebanon repatriated 41 citizens, all of them minors, from the camps.', 41).population,
    ).toBe('children');
    expect(find('en', 'The camp holds 640 Tunisians, most of them young men.', 640).population).toBe(
      'people',
    );
    expect(find('ar', 'وبين العائدين 640 تونسيا أكثرهم من الشبان.', 640).population).toBe('people');
  });

  it('does not count a nationality that opens a compound adjective, nor people counted with things', () => {
    expect(claims('en', 'The clip shows three Tunisian-commanded units near the border.')).toEqual([]);
    expect(
      claims('en', 'The bank froze the accounts of 431 persons and charities linked to the cell.'),
    ).toEqual([]);
  });

  it('does not read "fighters" as a sign that generic people fight', () => {
    expect(
      find('en', 'The flight carried 23 citizens, mostly widows and orphans of slain fighters.', 23)
        .population,
    ).toBe('people');
    expect(
      find('en', 'Some 650 Azerbaijani citizens are waging war alongside IS in Syria.', 650).population,
    ).toBe('fighters');
  });
});

describe('parts of a count', () => {
  it('marks a count as part of the one it is counted among', () => {
    const found = claims('en', 'Lebanon repatriated 231 people, including 156 children, 18 of them orphans.');
    const [total, children, orphans] = found;
    expect(found).toHaveLength(3);
    expect(children!.population).toBe('children');
    expect(orphans!.value.min).toBe(18);
    const extraction = extract(
      'Lebanon repatriated 231 people, including 156 children, 18 of them orphans.',
      {
        lang: 'en',
      },
    );
    expect(extraction.claims.map((c) => c.partOf)).toEqual([null, 0, 1]);
    expect(total!.partOf).toBeNull();
  });

  it('gives a total the origins of parts that make it up, but not of one part', () => {
    const whole = 'Seven children were flown to Beirut; three of them are Lebanese and four are Tunisian.';
    expect(find('en', whole, 7).origin).toEqual(['LB', 'TN']);
    const part = 'The camp holds 2,500 people, more than 2,100 of them foreigners.';
    expect(find('en', part, 2500).origin ?? []).toEqual([]);
  });

  it('reads an origin that opens the clause (ru, ar)', () => {
    expect(find('ru', 'Из Ливана, по оценкам спецслужб, в Сирию выехали 910 боевиков.', 910).origin).toEqual([
      'LB',
    ]);
    expect(find('ar', 'ومن لبنان انضم إلى التنظيم نحو 910 مقاتلين.', 910).origin).toEqual(['LB']);
  });

  it('reads "dont", "в том числе" and "منهم" as parts (fr, ru, ar)', () => {
    expect(
      extract('Le Liban a rapatrié 120 personnes, dont 70 enfants.', { lang: 'fr' }).claims.map(
        (c) => c.partOf,
      ),
    ).toEqual([null, 0]);
    expect(
      extract('Ливан вернул 120 человек, в том числе 70 детей.', { lang: 'ru' }).claims.map((c) => c.partOf),
    ).toEqual([null, 0]);
    expect(
      extract('أعاد لبنان 120 شخصا، بينهم 70 طفلا.', { lang: 'ar' }).claims.map((c) => c.partOf),
    ).toEqual([null, 0]);
  });
});

describe('who fights', () => {
  it('carries "fought" to a verbless sentence that continues the list', () => {
    const text =
      'Officials say 1,100 Tajik nationals have fought with the militants. In addition, 420 people from Kazakhstan and 260 people from Kyrgyzstan.';
    expect(find('en', text, 420).population).toBe('fighters');
    expect(find('en', text, 260).population).toBe('fighters');
  });

  it('does not promote people when a relative clause says someone else fought', () => {
    expect(
      find('en', 'Lebanon took back 23 citizens whose husbands fought for the group.', 23).population,
    ).toBe('people');
  });

  it('reads a hedged apposition between dashes as the origin', () => {
    expect(
      find('en', 'The footage shows over 30 men - presumably Kazakhs - training in the desert.', 30).origin,
    ).toEqual(['KZ']);
  });
});

describe('where they are', () => {
  it('places the counts of a section under the country its heading names', () => {
    const text = [
      'The annual report covers several conflicts.',
      'On Mali:',
      'The mission verified 120 children recruited by armed groups.',
      'On Somalia:',
      'It verified 900 children recruited, most of them by al-Shabaab.',
    ].join('\n\n');
    expect(find('en', text, 120).location).toEqual(['ML']);
    expect(find('en', text, 900).location).toEqual(['SO']);
  });
});

describe('who said it', () => {
  it('takes the speaker after a quotation that runs over several sentences', () => {
    const text =
      '"We brought back 64 women and 29 children. The operation took two weeks," the minister told reporters.';
    expect(find('en', text, 64).source).toBe('the minister');
  });

  it('never takes a clause with a count for the speaker', () => {
    const c = find(
      'en',
      'About 4,500 Tunisian citizens remain in conflict zones, said officials in Tunis.',
      4500,
    );
    expect(c.source).toBe('officials in Tunis');
  });

  it('does not name the impersonal "on" or the outlet itself as the source (fr)', () => {
    const text = 'Parmi ces revenants, on compte 240 adultes et 60 mineurs.';
    expect(find('fr', text, 240).source).toBeNull();
  });

  it('keeps a report’s attribution for the counts of later paragraphs', () => {
    const text =
      'According to the Soufan Center, at least 5,000 foreign fighters have returned home.\n\nThey include 300 of the 2,000 fighters from Morocco.';
    expect(find('en', text, 300).source).toBe('the Soufan Center');
  });

  it('lets the report speak again a few sentences after a quoted paragraph', () => {
    const text = [
      'The ministry said on Monday that 40 children had been flown home.',
      'The flight landed in the capital at dawn.',
      'Their mothers were taken to a rehabilitation centre.',
      'Relatives waited outside for hours.',
      'In 2019 the country brought back 520 of its citizens in three operations.',
    ].join('\n\n');
    expect(find('en', text, 40).source).toBe('The ministry');
    expect(find('en', text, 520).source).toBeNull();
  });

  it('takes figures that "suggest" or "show" as the source (en)', () => {
    expect(find('en', 'Court records show that 75 minors were charged last year.', 75).source).toBe(
      'Court records',
    );
  });

  it('skips when it was said before naming the speaker (ru)', () => {
    const text = 'В Ирак уехали 300 жителей области, сообщил вчера, 3 марта, глава региона Иван Петров.';
    expect(find('ru', text, 300).source).toBe('глава региона Иван Петров');
  });

  it('reads the speaker of "قام X بتوثيق" (X documented) without the auxiliary (ar)', () => {
    const text = 'قامت منظمة محلية بتوثيق مقتل 45 طفلا في المدينة.';
    expect(find('ar', text, 45).source).toBe('منظمة محلية');
  });
});

describe('what happened to them', () => {
  it('reads people driven from their homes as victims, in every language', () => {
    expect(find('en', 'The fighting has displaced 300,000 people in the north.', 300000).status).toBe(
      'other',
    );
    expect(find('fr', 'Les combats ont déplacé 40 000 personnes.', 40000).status).toBe('other');
    expect(find('ru', 'Боевые действия привели к перемещению 50 тысяч человек.', 50000).status).toBe('other');
    const ar = find('ar', 'تسبب القتال في تشريد 2.1 مليون شخص في شمال البلاد.', 2100000);
    expect(ar.status).toBe('other');
    // The fighting that drove them out does not make them fighters.
    expect(ar.population).toBe('people');
  });

  it('gives the whole of a partition its own status: everyone who went', () => {
    const text =
      'Some 900 fighters have come back. They include 300 of the 2,000 fighters from Chad and 90 of the 700 from Niger.';
    expect(find('en', text, 2000).status).toBe('joined');
    expect(find('en', text, 700).status).toBe('joined');
    // The parts of the list keep what happened to them, not their wholes' status.
    expect(find('en', text, 90).status).toBe(find('en', text, 300).status);
    expect(find('en', text, 90).status).not.toBe('joined');
  });

  it('reads a whole that says what became of it by its own words', () => {
    const text = 'Of the 244 adults who came back, 134 were jailed.';
    expect(find('en', text, 244).status).toBe('returned');
  });

  it('does not take "home" before a noun for a return (en)', () => {
    const text =
      'Aid groups are caring for some 700 foreign children whose home governments refuse to take them.';
    expect(find('en', text, 700).status).toBe('present');
  });

  it('reads a preparation or an aim as no return yet (fr)', () => {
    const text = 'Le Tadjikistan prépare une opération visant à rapatrier 90 enfants.';
    expect(find('fr', text, 90).status).toBe('present');
  });

  it('reads returnees named by their noun as returned (fr)', () => {
    expect(find('fr', 'La justice suit 210 revenants marocains.', 210).status).toBe('returned');
  });

  it('takes no status from the words that name the speaker', () => {
    const text = 'A study released in March said 450 children were used as lookouts by the militia.';
    expect(find('en', text, 450).status).not.toBe('returned');
  });

  it('reads a planned return as not yet a return, with the returning country as origin', () => {
    const c = find('en', 'Azerbaijan plans to bring home 63 women from the camps next month.', 63);
    expect(c.status).toBe('present');
    expect(c.origin).toEqual(['AZ']);
    expect(
      find('fr', 'Les 40 enfants doivent être rapatriés en France la semaine prochaine.', 40).status,
    ).toBe('present');
  });

  it('gives the verb to its object, not to the count that acts', () => {
    const found = claims('en', 'The assault by five Tunisian gunmen killed 23 tourists.');
    expect(found.map((c) => [c.value.min, c.status])).toEqual([
      [5, 'other'],
      [23, 'killed'],
    ]);
  });
});

describe('breakdowns', () => {
  it('reads counts in brackets as parts of the count before them', () => {
    const text =
      'The mission verified 900 children (780 boys and 120 girls) recruited last year. Among them, 600 were Congolese, 30 Rwandan and 6 Ugandan.';
    const found = extract(text, { lang: 'en' }).claims;
    const at = (v: number) => found.findIndex((c) => c.value.min === v);
    expect(found[at(780)]!.partOf).toBe(at(900));
    expect(found[at(120)]!.partOf).toBe(at(900));
    // "Among them" refers to the 900, not to the girls in brackets.
    expect(found[at(600)]!.partOf).toBe(at(900));
    expect(found[at(30)]).toMatchObject({ population: 'children', origin: ['RW'] });
    // Parts that do not add up to the total leave it without an origin.
    expect(found[at(900)]!.origin ?? []).toEqual([]);
  });
});

describe('origins said in the next clause', () => {
  it('reads where the same people come from in the next sentence (en, fr)', () => {
    const en =
      'Seven teenagers appear in the clip. Investigators say the teenagers are originally from Sweden, Lebanon and Belgium.';
    expect(find('en', en, 7).origin).toEqual(['BE', 'LB', 'SE']);
    expect(
      find('fr', 'Parmi les rapatriés figurent quatre enfants ; tous sont tunisiens.', 4).origin,
    ).toEqual(['TN']);
  });

  it('does not take an origin said of other people in the next sentence', () => {
    const text = 'Seven teenagers appear in the clip. The soldiers guarding them are from Jordan.';
    expect(find('en', text, 7).origin ?? []).toEqual([]);
  });
});
