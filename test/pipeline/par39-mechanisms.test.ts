// Mechanisms found by comparing what the engine reads of the same facts written in four languages
// (round 39): each rule pinned by sentences written for it, with a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { checkProbe } from './probe-helpers.ts';

const statusOf = (lang: string, text: string, value: number) =>
  extract(text, { lang, published: '2021-06-01' }).claims.find((c) => c.value.min === value)?.status;

describe('the agent of a passive did the deed; it did not undergo it', () => {
  it('English "by", French « par », Arabic "على يد"', () => {
    checkProbe('en', 'Eleven villagers were abducted by 6 masked men near the border.', [
      { v: [11, 11], pop: 'people', status: 'other' },
      { v: [6, 6], pop: 'men', status: 'other' },
    ]);
    checkProbe('en', 'Two civilians were killed by 3 gunmen in the market.', [
      { v: [2, 2], pop: 'people', status: 'killed' },
      { v: [3, 3], pop: 'fighters', status: 'other' },
    ]);
    checkProbe('fr', 'Deux enseignants ont été enlevés par 5 djihadistes près de Gao.', [
      { v: [2, 2], pop: 'people', status: 'other' },
      { v: [5, 5], pop: 'fighters', status: 'other' },
    ]);
    checkProbe('ar', 'قتل مدنيان على يد 3 مسلحين في السوق.', [
      { v: [2, 2], pop: 'people', status: 'killed' },
      { v: [3, 3], pop: 'fighters', status: 'other' },
    ]);
  });

  it('not a count broken down by who did it, the count before its agent', () => {
    checkProbe('en', 'Of the 300 children recruited, 169 by ISIS.', [
      { v: [300, 300], pop: 'children', status: 'joined' },
      { v: [169, 169], pop: 'children', status: 'joined' },
    ]);
  });
});

describe('Russian: the noun of killing governs its victims', () => {
  it('"в убийстве N человек" is a killing of them', () => {
    expect(
      statusOf('ru', 'Правозащитники обвиняют военных в убийстве около 500 человек в деревне.', 500),
    ).toBe('killed');
    expect(statusOf('ru', 'Эксперты расследуют убийство 30 детей в Буче.', 30)).toBe('killed');
    expect(statusOf('ru', 'Боевики признались в убийствах 14 мирных жителей.', 14)).toBe('killed');
  });

  it('not people sentenced or arrested for a murder', () => {
    expect(statusOf('ru', 'Суд осудил 12 человек за убийство полицейского.', 12)).toBe('detained');
    expect(statusOf('ru', 'В Дагестане задержаны 7 человек по подозрению в убийстве имама.', 7)).toBe(
      'detained',
    );
  });
});

describe('Arabic: "شوهد" (was seen) is no word of maiming', () => {
  it('seen somewhere: what they were seen doing or where', () => {
    expect(statusOf('ar', 'شوهد 40 طفلا في معسكر تدريب.', 40)).toBe('joined');
    expect(statusOf('ar', 'جندت الجماعة 300 طفل، وشوهد 120 منهم لاحقا يقاتلون في الخرطوم.', 120)).toBe(
      'present',
    );
  });

  it('the verb of maiming keeps its fate', () => {
    expect(statusOf('ar', 'قتل التنظيم 12 طفلا وشوه 30 آخرين.', 30)).toBe('other');
    expect(statusOf('ar', 'قتل أو شوه 200 طفل خلال العام.', 200)).toBe('other');
  });
});

describe('seen fighting, in the fighting: present', () => {
  it('French « vus combattant », Russian «в боях»', () => {
    expect(
      statusOf(
        'fr',
        'Le groupe a recruté 300 enfants, et 120 d’entre eux ont été vus combattant à Khartoum.',
        120,
      ),
    ).toBe('present');
    expect(statusOf('fr', 'Des témoins ont vu 40 garçons en train de combattre près de Gao.', 40)).toBe(
      'present',
    );
    expect(
      statusOf('ru', 'Группировка завербовала 300 детей, и 120 из них позднее видели в боях в Хартуме.', 120),
    ).toBe('present');
  });

  it('a death or wound said before the fighting stays theirs', () => {
    expect(statusOf('ru', 'В Сирию уехали 300 граждан. 20 из них погибли в боях.', 20)).toBe('killed');
    expect(statusOf('ru', '12 боевиков ранены в боях.', 12)).toBe('other');
  });
});

describe('Arabic: a verb of staying past the count yields to the fate right after it', () => {
  it('"ما زالوا في عداد المفقودين" past a phrase of whose they are', () => {
    expect(statusOf('ar', 'إن نحو 2700 امرأة وطفل من الإيزيديين ما زالوا في عداد المفقودين.', 2700)).toBe(
      'other',
    );
    expect(statusOf('ar', 'إن نحو 2700 طفل من الأيتام ما زالوا في عداد المفقودين.', 2700)).toBe('other');
  });

  it('staying somewhere is present', () => {
    expect(statusOf('ar', 'إن 300 طفل من الأيتام ما زالوا في المخيم.', 300)).toBe('present');
    expect(statusOf('ar', 'يعيش 300 طفل من الأيتام في المخيم ويعاني 40 منهم من إصابات.', 300)).toBe(
      'present',
    );
  });
});

describe('the Rukban camp is in Syria', () => {
  it('in English, French and Russian as in Arabic', () => {
    checkProbe('en', 'Some 1,200 people still live in Rukban.', [
      { v: [1200, 1200], pop: 'people', status: 'present', loc: ['SY'] },
    ]);
    checkProbe('fr', 'Environ 1 200 personnes vivent encore à Rukban.', [
      { v: [1200, 1200], pop: 'people', status: 'present', loc: ['SY'] },
    ]);
    checkProbe('ru', 'Около 1200 человек по-прежнему живут в лагере Рукбан.', [
      { v: [1200, 1200], pop: 'people', status: 'present', loc: ['SY'] },
    ]);
  });
});

describe('French: the town of a court or police force behind an elided « d’ »', () => {
  it('« la police d’Almaty », « le tribunal d’Achgabat » place the count there', () => {
    checkProbe('fr', "La police d'Almaty a interpellé 14 recruteurs.", [
      { v: [14, 14], pop: 'fighters', status: 'detained', loc: ['KZ'] },
    ]);
    checkProbe('fr', "Le tribunal d'Achgabat a condamné 9 recruteurs.", [
      { v: [9, 9], pop: 'fighters', status: 'detained', loc: ['TM'] },
    ]);
    checkProbe('fr', 'Un tribunal de Bichkek a condamné 6 recruteurs.', [
      { v: [6, 6], pop: 'fighters', status: 'detained', loc: ['KG'] },
    ]);
  });

  it('« d’ » after the counted noun still says whence they come', () => {
    checkProbe('fr', "Les 14 recruteurs d'Almaty ont été condamnés à Moscou.", [
      { v: [14, 14], pop: 'fighters', origin: ['KZ'], status: 'detained', loc: ['RU'] },
    ]);
  });
});

describe('Russian: the short passive of charging is custody', () => {
  it('«обвинены» as "charged"', () => {
    expect(statusOf('ru', 'Впоследствии 5 из этих женщин были обвинены.', 5)).toBe('detained');
    expect(statusOf('ru', '7 женщин обвинены в терроризме.', 7)).toBe('detained');
  });

  it('the victims of the deed they are charged with keep its status', () => {
    expect(statusOf('ru', 'Боевики обвинены в убийстве 40 мирных жителей.', 40)).toBe('killed');
  });
});

describe('a count after a conjunction, with a verb of its own, opens the next clause', () => {
  it('the verb before the conjunction is the last clause’s', () => {
    expect(statusOf('ru', 'Около 300 боевиков погибли и 150 боевиков вернулись.', 150)).toBe('returned');
    expect(statusOf('ru', 'Из 1200 дагестанцев около 300 погибли и 150 вернулись.', 150)).toBe('returned');
    expect(statusOf('en', 'About 300 fighters were killed and 150 fighters returned.', 150)).toBe('returned');
  });

  it('the count before the conjunction keeps its verb', () => {
    expect(statusOf('ru', 'Около 300 боевиков погибли и 150 боевиков вернулись.', 300)).toBe('killed');
  });
});

describe('Arabic: laying down arms is a surrender', () => {
  it('the verb, the count, then the arms', () => {
    expect(statusOf('ar', 'في ولاية بورنو، ألقى 85 مقاتلا من بوكو حرام أسلحتهم الشهر الماضي.', 85)).toBe(
      'other',
    );
    expect(statusOf('ar', 'أعلن الجيش أن 60 مقاتلا ألقوا السلاح.', 60)).toBe('other');
  });

  it('not anything else thrown', () => {
    expect(statusOf('ar', 'ألقى 30 طفلا الحجارة على الدورية.', 30)).not.toBe('other');
  });
});

describe('the town a journey sets out from is not where its people come from', () => {
  it('"from Baghdad to Dushanbe", « de Bagdad à Douchanbé »', () => {
    checkProbe('en', 'The plane carried 60 children from Baghdad to Dushanbe.', [
      { v: [60, 60], pop: 'children', loc: ['IQ'] },
    ]);
    checkProbe('fr', "L'avion a transporté 60 enfants de Bagdad à Douchanbé.", [
      { v: [60, 60], pop: 'children', loc: ['IQ'] },
    ]);
  });

  it('a hometown still gives their origin', () => {
    checkProbe('en', 'Some 60 children from Mosul were taken to Raqqa.', [
      { v: [60, 60], pop: 'children', origin: ['IQ'], loc: ['SY'] },
    ]);
  });
});

describe('Russian: the governorates of Yemen', () => {
  it('Shabwa, Abyan, Hajjah in their cases', () => {
    checkProbe('ru', 'Удар беспилотника уничтожил 17 боевиков «Аль-Каиды» в провинции Шабва.', [
      { v: [17, 17], pop: 'fighters', status: 'killed', aff: 'al-qaeda', loc: ['YE'] },
    ]);
    checkProbe('ru', 'В Абьяне погибли 5 солдат.', [{ v: [5, 5], pop: 'fighters', loc: ['YE'] }]);
    checkProbe('ru', 'В Хаджже хуситы завербовали 40 детей.', [
      { v: [40, 40], pop: 'children', loc: ['YE'] },
    ]);
  });
});

describe('Arabic: a definite numeral counts the definite noun it follows', () => {
  it('a noun further on, past other words, is what they are said to be', () => {
    checkProbe('ar', 'ربع المعتقلين الـ10000 من الأطفال.', [{ v: [10000, 10000], pop: 'people' }]);
    checkProbe('ar', 'نحو 70 بالمئة من المعتقلين الـ10000 هم من الأطفال.', [
      { v: [10000, 10000], pop: 'people' },
    ]);
    checkProbe('ar', 'أفرج عن المعتقلين الـ40 من أبناء العشائر.', [
      { v: [40, 40], pop: 'people', status: 'other' },
    ]);
  });

  it('a noun right after an indefinite number is its own', () => {
    checkProbe('ar', 'نحو 70 بالمئة من 10000 طفل في المخيم.', [{ v: [10000, 10000], pop: 'children' }]);
  });
});

describe('a people’s name right after a noun of the state is its adjective', () => {
  it('« les autorités kurdes irakiennes » hold them in Iraq', () => {
    checkProbe('fr', 'Les autorités kurdes irakiennes détenaient au moins 150 enfants.', [
      { v: [150, null], pop: 'children', status: 'detained', loc: ['IQ'] },
    ]);
  });

  it('people of that name counted keep the nationality as theirs', () => {
    checkProbe('fr', 'Trente Kurdes irakiens ont été tués.', [
      { v: [30, 30], pop: 'people', origin: ['IQ'], status: 'killed' },
    ]);
  });
});

describe('Russian: «по оценке X» names the speaker, as «по оценкам»', () => {
  it('a body or experts', () => {
    checkProbe('ru', 'По оценке ЮНИСЕФ, в лагерях живут 40 000 детей из 60 стран.', [
      { v: [40000, 40000], pop: 'children', status: 'present', source: 'ЮНИСЕФ' },
    ]);
    checkProbe('ru', 'По оценке экспертов, около 300 боевиков вернулись.', [
      { v: [300, 300], pop: 'fighters', status: 'returned', source: 'экспертов' },
    ]);
  });
});

describe('what a video shows people doing is the scene: they are featured', () => {
  it('Arabic: the verb of the scene right after the counted phrase', () => {
    expect(statusOf('ar', 'يظهر مقطع فيديو 20 صبيا يتدربون على البنادق.', 20)).toBe('featured');
    expect(statusOf('ru', 'В видео показаны 120 мальчиков, завербованных боевиками.', 120)).toBe('featured');
  });

  it('not what a report shows to have happened', () => {
    expect(statusOf('en', 'The report, showing that 300 children were recruited, was published.', 300)).toBe(
      'joined',
    );
  });
});
