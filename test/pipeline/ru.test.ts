// Russian: each test pins one behaviour of the engine with the Russian pack, in sentences written
// for these tests (never copied from the corpus).
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const claims = (text: string, published = '2020-03-10') => extract(text, { lang: 'ru', published }).claims;
const counted = (text: string) => claims(text).filter((c) => c.qualifier !== 'vague');
const only = (text: string): Claim => {
  const found = counted(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Russian bounds and hedges', () => {
  it('reads "более 800 боевиков" as at least 800, unbounded above', () => {
    const c = only('Более 800 боевиков из Таджикистана воюют в Сирии.');
    expect(c.value).toEqual({ min: 800, max: null });
    expect(c.qualifier).toBe('more_than');
    expect(c.population).toBe('fighters');
    expect(c.origin).toEqual(['TJ']);
  });

  it('reads "не менее 40 граждан" as a lower bound', () => {
    const c = only('Не менее 40 граждан Кыргызстана погибли в Ираке.');
    expect(c.value).toEqual({ min: 40, max: null });
    expect(c.qualifier).toBe('at_least');
    expect(c.status).toBe('killed');
  });

  it('reads "по меньшей мере" and "как минимум" as lower bounds', () => {
    expect(only('В лагерях остаются по меньшей мере 70 женщин.').qualifier).toBe('at_least');
    expect(only('В тюрьмах находятся как минимум 25 подростков.').value).toEqual({ min: 25, max: null });
  });

  it('reads "менее 30 детей" as an upper bound', () => {
    const c = only('На родину удалось вернуть менее 30 детей.');
    expect(c.value).toEqual({ min: null, max: 30 });
    expect(c.qualifier).toBe('less_than');
  });

  it('reads "не более 15" as at most 15', () => {
    const c = only('В отряде было не более 15 наемников.');
    expect(c.value).toEqual({ min: null, max: 15 });
    expect(c.qualifier).toBe('at_most');
  });

  it('marks "около", "примерно" and "порядка" as approximate with equal bounds', () => {
    for (const hedge of ['Около', 'Примерно', 'Порядка', 'Почти']) {
      const c = only(`${hedge} 300 казахстанцев находятся в лагерях на севере Сирии.`);
      expect(c.value).toEqual({ min: 300, max: 300 });
      expect(c.qualifier).toBe('approx');
    }
  });

  it('reads a bound written after the count: "50 с лишним человек"', () => {
    const c = only('Из Турции депортировали 50 с лишним человек.');
    expect(c.value).toEqual({ min: 50, max: null });
    expect(c.population).toBe('people');
  });
});

describe('Russian numbers', () => {
  it('multiplies digits by "тыс." and keeps the sentence whole after the abbreviation', () => {
    const c = only('В лагере содержатся 12 тыс. иностранцев, сообщили курдские власти.');
    expect(c.value).toEqual({ min: 12000, max: 12000 });
    expect(c.origin).toEqual(['region:foreign']);
    expect(c.source).toMatch(/курдские власти/);
  });

  it('reads a decimal comma before a scale word: "1,5 тыс."', () => {
    expect(only('Из Ирака вывезли 1,5 тыс. женщин.').value).toEqual({ min: 1500, max: 1500 });
  });

  it('reads spelled numbers in oblique cases: "двух тысяч", "двадцати пяти"', () => {
    expect(only('Порядка двух тысяч иностранцев выехали в Ирак.').value).toEqual({ min: 2000, max: 2000 });
    expect(only('Суд вынес приговоры двадцати пяти женщинам.').value).toEqual({ min: 25, max: 25 });
    expect(only('Власти вернули домой триста сорок детей.').value).toEqual({ min: 340, max: 340 });
  });

  it('reads "полторы тысячи" as 1500 and "полтора десятка" as 15', () => {
    expect(only('Из Сирии вернули полторы тысячи детей.').value).toEqual({ min: 1500, max: 1500 });
    expect(only('В колонне были полтора десятка боевиков.').value).toEqual({ min: 15, max: 15 });
  });

  it('reads collective numerals: "пятеро детей", "троих подростков"', () => {
    const a = only('Пятеро детей были переданы бабушкам.');
    expect(a.value).toEqual({ min: 5, max: 5 });
    expect(a.population).toBe('children');
    expect(only('Полиция задержала троих подростков.').value).toEqual({ min: 3, max: 3 });
  });

  it('reads "около сотни" as approximately 100', () => {
    const c = only('Около сотни детей вернули из Ирака.');
    expect(c.value).toEqual({ min: 100, max: 100 });
    expect(c.qualifier).toBe('approx');
  });

  it('reads "от 400 до 600" as a range, not as an upper bound', () => {
    const c = only('Власти репатриировали от 400 до 600 детей.');
    expect(c.value).toEqual({ min: 400, max: 600 });
    expect(c.qualifier).toBe('range');
  });

  it('reads "от 5 тысяч до 7 тысяч" with scale words on both ends', () => {
    expect(only('В рядах группировки воюют от 5 тысяч до 7 тысяч боевиков.').value).toEqual({
      min: 5000,
      max: 7000,
    });
  });

  it('reads a dashed range "30–40 граждан"', () => {
    const c = only('В Сирии находятся 30–40 граждан Узбекистана.');
    expect(c.value).toEqual({ min: 30, max: 40 });
    expect(c.origin).toEqual(['UZ']);
  });

  it('reads a count with a glued case ending: "более 500-от человек"', () => {
    const c = only('Всего удалось вернуть более 500-от человек.');
    expect(c.value).toEqual({ min: 500, max: null });
    expect(c.quote).toBe('более 500-от человек');
  });
});

describe('Russian populations and origins', () => {
  it('counts "N детей, в том числе M сирот" as two claims', () => {
    const found = counted('По данным МВД, 150 детей, в том числе 12 сирот, вернулись домой.');
    expect(found.map((c) => [c.value.min, c.population])).toEqual([
      [150, 'children'],
      [12, 'children'],
    ]);
    expect(found[0]!.source).toBe('МВД');
    expect(found[0]!.status).toBe('returned');
  });

  it('counts "женщин и детей" together as people', () => {
    expect(only('Из лагеря вывезли 40 женщин и детей.').population).toBe('people');
  });

  it('takes the origin from a demonym noun: "300 дагестанцев"', () => {
    const c = only('Около 300 дагестанцев задержаны в Турции.');
    expect(c.origin).toEqual(['RU']);
    expect(c.population).toBe('people');
    expect(c.status).toBe('detained');
  });

  it('takes the origin from a nationality adjective: "таджикских детей"', () => {
    const c = only('В приюте живут 14 таджикских детей.');
    expect(c.origin).toEqual(['TJ']);
    expect(c.population).toBe('children');
  });

  it('takes the origin from the country after the noun: "граждан Казахстана"', () => {
    expect(only('Задержаны 17 граждан Казахстана.').origin).toEqual(['KZ']);
  });

  it('counts female citizens as women: "9 гражданок"', () => {
    expect(only('Суд осудил 9 гражданок Узбекистана.').population).toBe('women');
  });

  it('turns generic nouns into fighters when they fight: "выходцев ... воевать"', () => {
    const c = only('Свыше 600 выходцев из Чечни уехали воевать в Сирию.');
    expect(c.population).toBe('fighters');
    expect(c.origin).toEqual(['RU']);
    expect(c.status).toBe('joined');
  });

  it('keeps generic nouns as people when nothing says they fight', () => {
    expect(only('На родину привезли 12 человек.').population).toBe('people');
  });

  it('does not count "детские дома" as children', () => {
    expect(counted('Их разместили в 3 детских домах.')).toHaveLength(0);
  });
});

describe('Russian statuses', () => {
  const statusOf = (text: string) => only(text).status;
  it('reads the status verb in its inflections', () => {
    expect(statusOf('В 2016 году 40 подростков завербованы вербовщиками.')).toBe('joined');
    expect(statusOf('В лагере Аль-Холь остаются 200 женщин.')).toBe('present');
    expect(statusOf('В ролике фигурируют 6 детей.')).toBe('featured');
    expect(statusOf('Из Ирака эвакуировали 90 детей.')).toBe('returned');
    expect(statusOf('Были арестованы 11 мужчин.')).toBe('detained');
    expect(statusOf('В боях погибли 30 боевиков.')).toBe('killed');
  });
});

describe('Russian non-counts', () => {
  it('ignores ages, dates, money, percentages and numbers of videos', () => {
    expect(counted('Мальчику было 12 лет.')).toHaveLength(0);
    expect(counted('Операция прошла 30 мая.')).toHaveLength(0);
    expect(counted('Семья заплатила 500 долларов.')).toHaveLength(0);
    expect(counted('Около 20% детей больны.')).toHaveLength(0);
    expect(counted('Группировка выпустила 15 видеороликов.')).toHaveLength(0);
    expect(counted('Это уже 4-ый этап операции.')).toHaveLength(0);
  });

  it('reads an age restriction instead of counting it: "младше 12 лет"', () => {
    const c = only('В лагере находятся 700 детей младше 12 лет.');
    expect(c.value).toEqual({ min: 700, max: 700 });
    expect(c.age).toEqual({ min: null, max: 11 });
  });

  it('reads an age range: "в возрасте от 10 до 15 лет"', () => {
    const c = only('Инструкторы обучали 40 мальчиков в возрасте от 10 до 15 лет.');
    expect(c.value).toEqual({ min: 40, max: 40 });
    expect(c.age).toEqual({ min: 10, max: 15 });
  });

  it('never reports a vague quantity as a count: "десятки", "сотни", "тысячи", "несколько"', () => {
    for (const text of [
      'В видео показаны десятки детей.',
      'Сотни боевиков вступили в группировку.',
      'Тысячи иностранцев приехали в Сирию.',
      'Несколько женщин вернулись домой.',
      'Несколько десятков подростков задержаны.',
    ]) {
      expect(counted(text)).toHaveLength(0);
      for (const c of claims(text)) expect(c.qualifier).toBe('vague');
    }
  });
});

describe('Russian spans', () => {
  it('points the span at the number and the counted noun', () => {
    const text = 'По информации ведомства, из Сирии вернули 35 несовершеннолетних.';
    const c = only(text);
    expect(c.quote).toBe('35 несовершеннолетних');
    expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
  });

  it('keeps the bound word and ё inside the span', () => {
    const text = 'Ещё более 80 тыс. человек живут в лагерях.';
    const c = only(text);
    expect(c.quote).toBe('более 80 тыс. человек');
    expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
  });
});
