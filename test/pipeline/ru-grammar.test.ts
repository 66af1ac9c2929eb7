// Russian grammar: each test pins one general mechanism of Russian with sentences written for these
// tests (never copied from the corpus).
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const counted = (text: string) =>
  extract(text, { lang: 'ru', published: '2021-05-04' }).claims.filter((c) => c.qualifier !== 'vague');
const only = (text: string): Claim => {
  const found = counted(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const key = (c: Claim) => [c.value.min, c.value.max, c.population, c.origin];

describe('Russian bounds', () => {
  it('reads "до N" alone as an upper bound and "от A до B" still as a range', () => {
    expect(only('В Ташкент на этой неделе может прибыть до 85 детей.').value).toEqual({ min: null, max: 85 });
    expect(only('От 300 до 450 боевиков воюют в Ираке.').value).toEqual({ min: 300, max: 450 });
  });

  it('reads a number that has grown "до N" as that number', () => {
    expect(only('За год число боевиков выросло до 700 человек.').value).toEqual({ min: 700, max: 700 });
  });

  it('reads verbs of exceeding as lower bounds: "превысило 20 тысяч"', () => {
    const c = only('Число завербованных иностранцев превысило 12 тысяч человек.');
    expect(c.value).toEqual({ min: 12000, max: null });
    expect(c.qualifier).toBe('more_than');
    expect(only('Численность отряда не превышает 90 боевиков.').value).toEqual({ min: null, max: 90 });
  });

  it('reads a bound before a singular round noun: "более тысячи", "свыше сотни"', () => {
    expect(key(only('Более тысячи узбекистанцев примкнули к группировке.'))).toEqual([
      1000,
      null,
      'people',
      ['UZ'],
    ]);
    expect(only('Свыше сотни детей вывезли из лагеря.').value).toEqual({ min: 100, max: null });
  });
});

describe('Russian fighting and membership', () => {
  it('counts a generic noun as fighters when they took part in the conflict', () => {
    expect(only('38 туркменистанцев осуждены за участие в вооружённом конфликте.').population).toBe(
      'fighters',
    );
    expect(only('Около 210 граждан Грузии уехали на войну в Ирак.').population).toBe('fighters');
  });

  it('keeps members of an organisation as people: being a member is not fighting', () => {
    expect(only('В группировке состоят 120 граждан Узбекистана.').population).toBe('people');
  });
});

describe('Russian victims and opponents', () => {
  it('counts captives as people with no default origin', () => {
    const found = counted('Около 500 казахстанцев воюют в Сирии. Боевики расстреляли шестерых пленных.');
    const captives = found.find((c) => c.value.min === 6)!;
    expect(captives.population).toBe('people');
    expect(captives.origin).toBeNull();
  });

  it('counts police and soldiers as fighters on the other side', () => {
    const c = only('При нападении боевиков погибли 7 полицейских.');
    expect(c.population).toBe('fighters');
    expect(c.status).toBe('killed');
  });
});

describe('Russian noun phrases around the count', () => {
  it('counts the noun before a numbering phrase over "человек"', () => {
    expect(only('Мальчики числом около 30 человек остались в лагере.').population).toBe('children');
    expect(only('В Бишкек привезли женщин в количестве 45 человек.').population).toBe('women');
  });

  it('gives a part named after its whole the whole verb and origin: ", включая N"', () => {
    const found = counted(
      'В Ираке находятся 260 боевиков из Таджикистана, включая 90 женщин, как видно на видео.',
    );
    const part = found.find((c) => c.value.min === 90)!;
    expect(part.population).toBe('women');
    expect(part.status).toBe('present');
    expect(part.origin).toEqual(['TJ']);
  });

  it('reads the verb after a participle set off by commas as what became of them', () => {
    const c = only('Около 900 подростков, завербованных боевиками, погибли в боях.');
    expect(c.status).toBe('killed');
  });
});

describe('Russian frames of "число"', () => {
  it('takes the origin from the nationality of a "число X" frame, even across a relative clause', () => {
    const c = only(
      'Число иностранцев, которые вступили в ряды боевых группировок в Сирии и Ираке, превысило 15 тысяч человек.',
    );
    expect(key(c)).toEqual([15000, null, 'people', ['region:foreign']]);
  });

  it('gives an armed group size no origin of the report and status present', () => {
    const found = counted(
      'Более 700 граждан Таджикистана уехали в Сирию. Численность этой группировки, по оценкам, составляет от 20 до 30 тысяч боевиков.',
    );
    const size = found.find((c) => c.value.min === 20000)!;
    expect(size.origin).toBeNull();
    expect(size.status).toBe('present');
  });
});

describe('Russian places by case and position', () => {
  it('reads "в Казахстан" (accusative) as where people were brought back to: their country', () => {
    expect(only('В прошлом месяце 14 детей вернулись в Кыргызстан.').origin).toEqual(['KG']);
    expect(only('Из Сирии в Таджикистан вывезли 61 женщину.').origin).toEqual(['TJ']);
  });

  it('keeps "в Сирии" (locative) a location and not an origin', () => {
    const c = only('В Сирии остаются 70 граждан Азербайджана.');
    expect(c.origin).toEqual(['AZ']);
    expect(c.location).toEqual(['SY']);
  });

  it('reads people taken "в Сирию" as gone there, not brought back', () => {
    const c = only('Родители вывезли в Ирак около 250 детей.');
    expect(c.status).toBe('joined');
    expect(c.location).toEqual(['IQ']);
  });

  it('gives a fronted list of origins to the count of its clause', () => {
    const c = only('Из Туркмении, Киргизии и Узбекистана в Сирию выехали 480 боевиков.');
    expect(c.origin).toEqual(['KG', 'TM', 'UZ']);
  });

  it('reads a fronted origin after a clause opener and a particle: "что только из X"', () => {
    const c = only('Позже выяснилось, что только из Чечни в Ирак уехали 320 женщин.');
    expect(c.origin).toEqual(['RU']);
  });

  it('reads a fronted fighting phrase with a group and a verb between it and the count', () => {
    const c = only('Из Египта и Иордании, по данным экспертов, воевать за ИГ уехали 380 человек.');
    expect(c.population).toBe('fighters');
    expect(c.origin).toEqual(['EG', 'JO']);
  });
});

describe('Russian predicates of a count', () => {
  it('reads "N, это X и Y" after a partitive: the listed nationalities are the part\'s origin', () => {
    const found = counted(
      'В лагере находятся свыше 60 тыс. человек. Основная их часть, около 50 тыс., это сирийцы и иракцы.',
    );
    const part = found.find((c) => c.value.min === 50000)!;
    expect(part.origin).toEqual(['IQ', 'SY']);
    expect(found.find((c) => c.value.min === 60000)!.origin).toBeNull();
  });

  it('gives a partitive after a dash the nationalities it lists: "40 из них — узбеки и таджики"', () => {
    const found = counted('Из лагерей вернулись 300 человек, 40 из них — узбеки и таджики.');
    expect(found.map(key)).toEqual([
      [300, 300, 'people', null],
      [40, 40, 'people', ['TJ', 'UZ']],
    ]);
  });
});

describe('Russian nationality nouns', () => {
  it('counts women named by the feminine nationality noun in any case', () => {
    expect(key(only('Из лагеря вернулись 14 казахстанок.'))).toEqual([14, 14, 'women', ['KZ']]);
    expect(key(only('Суд вынес приговор трём россиянкам.'))).toEqual([3, 3, 'women', ['RU']]);
    const found = counted('В Ираке задержаны 40 бельгийцев и 7 бельгиек.');
    expect(found.map(key)).toEqual([
      [40, 40, 'people', ['BE']],
      [7, 7, 'women', ['BE']],
    ]);
  });

  it('keeps men named by a stem ending in к as people: таджики, узбеки', () => {
    expect(key(only('В Ираке остаются 200 таджиков.'))).toEqual([200, 200, 'people', ['TJ']]);
  });
});

describe('Russian sources', () => {
  const sourceOf = (text: string) => {
    const c = only(text);
    return c.source;
  };

  it('takes the speaker of "Об этом сообщил X" in the next sentence, not "Об этом"', () => {
    expect(sourceOf('Из Ирака в Узбекистан вернули 27 детей. Об этом сообщили в пресс-службе МВД.')).toBe(
      'пресс-службе МВД',
    );
    expect(sourceOf('Из Ирака в Узбекистан вернули 27 детей.\n\nОб этом сообщил вице-премьер.')).toBe(
      'вице-премьер',
    );
  });

  it('reads a quoted organisation after "по данным"', () => {
    expect(sourceOf('По данным «Красного Креста», в лагере остаются 350 детей.')).toMatch(/Красного Креста/);
  });

  it('reads the speaker after a quotation and a dash: "— написал X"', () => {
    expect(sourceOf('«Из лагерей вернулись 63 женщины», — написал министр.')).toBe('министр');
  });

  it("keeps the body's speaker for a headline count said again below", () => {
    const found = counted(
      'Около 40 детей вернут из Ирака\n\nОколо 40 таджикских детей вернут из Ирака, сообщил посол Таджикистана.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toMatch(/посол/);
  });
});

describe('Russian ratios and victims', () => {
  it('does not count a ratio or its base: "N граждан на каждый миллион жителей"', () => {
    expect(counted('Бельгия лидирует: в ИГ воюют 35 бельгийцев из каждого миллиона жителей.')).toEqual([]);
    expect(counted('На 18 боевиков на миллион населения больше, чем у соседей.')).toEqual([]);
  });

  it('reads "жертвами стали N человек" as killed, with no origin from the report', () => {
    const found = counted('В ИГ воюют 300 граждан Туниса. Жертвами взрыва в Кабуле стали 26 человек.');
    const victims = found.find((c) => c.value.min === 26)!;
    expect(victims.status).toBe('killed');
    expect(victims.origin).toBeNull();
  });
});

describe('Russian punctuation and relative clauses', () => {
  it('reads a bound phrase followed by a comma: "По меньшей мере, 641 ребенок"', () => {
    expect(only('По меньшей мере, 520 детей остаются в лагерях.').value).toEqual({ min: 520, max: null });
  });

  it('does not make citizens fighters when others in a "чьи" clause fought', () => {
    expect(only('Грузия вернула 19 гражданок, чьи мужья воевали за ИГ.').population).toBe('women');
    expect(only('Бельгия вернула 23 гражданина, чьи мужья и отцы воевали за ИГ.').population).toBe('people');
  });
});

describe('Russian numerals after what they count', () => {
  it('counts the noun of the clause when a number word ends it: "Детей … было семеро"', () => {
    expect(key(only('Детей в лагере было семеро, сообщил источник.'))).toEqual([7, 7, 'children', null]);
    const found = counted('Юных стрелков на записи четверо: двое тунисцев и двое бельгийцев.');
    expect(found.map(key)).toEqual([
      [4, 4, 'fighters', null],
      [2, 2, 'people', ['TN']],
      [2, 2, 'people', ['BE']],
    ]);
  });

  it('reads "их было пятеро" as more of the people counted just before', () => {
    const found = counted('В Ираке задержаны 40 казахстанцев. В тюрьме Багдада их было пятеро.');
    expect(found.map(key)).toEqual([
      [40, 40, 'people', ['KZ']],
      [5, 5, 'people', ['KZ']],
    ]);
  });
});

describe('Russian words that look like units', () => {
  it('counts journalists (журналистов is not журнал*) and not groups named by a nationality', () => {
    const found = counted('Боевики удерживают 9 заложников, среди них 3 журналиста.');
    expect(found.map((c) => c.value.min)).toEqual([9, 3]);
    expect(counted('В Идлибе действуют два чеченских батальона и три узбекские группы.')).toEqual([]);
    expect(counted('Группировка выпустила 5 выпусков журнала.')).toEqual([]);
  });
});

describe('Russian lists with a noun left out', () => {
  it('counts a list item after a comma with the noun of the item before: "…, 394 Согдийской областей"', () => {
    const found = counted(
      'Из Таджикистана уехали 900 человек, из них 310 выходцы Хатлонской, 280 Согдийской областей.',
    );
    expect(found.map(key)).toEqual([
      [900, 900, 'people', ['TJ']],
      [310, 310, 'people', ['TJ']],
      [280, 280, 'people', ['TJ']],
    ]);
  });

  it('does not take a number with its own unit or verb for a list item', () => {
    expect(counted('Из Сирии вернулись 120 женщин, 25 лет спустя.').map((c) => c.value.min)).toEqual([120]);
  });
});
