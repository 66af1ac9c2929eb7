// Round 32: the same facts said in English, French, Russian and Arabic came out differently; each
// mechanism below was fixed where a language lagged, and is pinned here with sentences of our own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('an adverb of the clause between a part and its verb does not hand the part its whole’s status', () => {
  it('ru: «впоследствии», «уже» before the auxiliary', () => {
    checkProbe('ru', 'Из 400 вернувшихся 22 мужчины впоследствии были осуждены.', [
      { v: [400, 400], pop: 'people', status: 'returned' },
      { v: [22, 22], pop: 'men', status: 'detained' },
    ]);
    checkProbe('ru', 'Из 150 репатриированных женщин 9 позднее были арестованы.', [
      { v: [150, 150], pop: 'women', status: 'returned' },
      { v: [9, 9], pop: 'women', status: 'detained' },
    ]);
  });
  it('without the adverb the verb was already the part’s own', () => {
    checkProbe('ru', 'Из 400 вернувшихся 22 мужчины были осуждены.', [
      { v: [400, 400], pop: 'people', status: 'returned' },
      { v: [22, 22], pop: 'men', status: 'detained' },
    ]);
  });
  it('a part of a fronted whole with a verb of its own does not take the whole’s participle', () => {
    checkProbe('ru', 'Из 400 вернувшихся 22 мужчины из Алматы были осуждены.', [
      { v: [400, 400], pop: 'people', status: 'returned' },
      { v: [22, 22], pop: 'men', origin: ['KZ'], status: 'detained' },
    ]);
    checkProbe('ru', 'Из 90 репатриированных женщин 14 матерей из Шымкента были арестованы.', [
      { v: [90, 90], pop: 'women', status: 'returned' },
      { v: [14, 14], pop: 'women', origin: ['KZ'], status: 'detained' },
    ]);
  });
  it('a part with no verb of its own stays what the whole is', () => {
    checkProbe('ru', 'Из 400 вернувшихся 22 мужчины.', [
      { v: [400, 400], pop: 'people', status: 'returned' },
      { v: [22, 22], pop: 'men', status: 'returned' },
    ]);
  });
});

describe('en: detention of any kind is detention', () => {
  it('"in juvenile / pre-trial / administrative detention"', () => {
    checkProbe('en', 'About 900 Syrian boys remain in juvenile detention.', [
      { v: [900, 900], pop: 'children', origin: ['SY'], status: 'detained' },
    ]);
    checkProbe('en', 'Some 250 women are in pre-trial detention in Baghdad.', [
      { v: [250, 250], pop: 'women', status: 'detained', loc: ['IQ'] },
    ]);
    checkProbe('en', 'Sixty children were kept in administrative detention for months.', [
      { v: [60, 60], pop: 'children', status: 'detained' },
    ]);
  });
  it('released from detention is no longer held', () => {
    checkProbe('en', 'About 120 children were released from military detention last year.', [
      { v: [120, 120], pop: 'children', status: 'other' },
    ]);
  });
});

describe('ar: names of the wider field', () => {
  it('the Maldivian nisba', () => {
    checkProbe('ar', 'قالت الشرطة إن 90 مالديفيا سافروا إلى سوريا.', [
      { v: [90, 90], pop: 'people', origin: ['MV'], status: 'joined' },
    ]);
  });
  it('the Allied Democratic Forces and the Lord’s Resistance Army are armed groups', () => {
    checkProbe('ar', 'جندت القوات الديمقراطية المتحالفة 45 طفلا في شرق الكونغو.', [
      { v: [45, 45], pop: 'children', status: 'joined', aff: 'other' },
    ]);
    checkProbe('ar', 'اختطف جيش الرب للمقاومة 80 طفلا.', [{ v: [80, 80], pop: 'children', aff: 'other' }]);
  });
  it('Somalia’s Bay region, named with its word for region', () => {
    checkProbe('ar', 'جندت حركة الشباب 35 طفلا في منطقة باي.', [
      { v: [35, 35], pop: 'children', status: 'joined', loc: ['SO'] },
    ]);
  });
});

describe('a word for victims right after its count is that count’s noun, not a verb of the next conjunct', () => {
  it('ru: «Из 90 заложников 14 погибли» counts the hostages and the dead', () => {
    checkProbe('ru', 'Из 70 заложников 9 погибли.', [
      { v: [70, 70], pop: 'people', status: 'other' },
      { v: [9, 9], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ru', 'Из 120 раненых 11 скончались в больнице.', [
      { v: [120, 120], pop: 'people' },
      { v: [11, 11], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ru', 'Из 90 освобожденных заложников 14 мужчин были арестованы.', [
      { v: [90, 90], pop: 'people' },
      { v: [14, 14], pop: 'men', status: 'detained' },
    ]);
  });
  it('past a conjunction it is still the verb of the next conjunct', () => {
    checkProbe('en', 'The raid killed 12 and wounded 31 villagers.', [
      { v: [12, 12], pop: 'people', status: 'killed' },
      { v: [31, 31], pop: 'people', status: 'other' },
    ]);
  });
});

describe('coordinated verbs share the noun said after the last count', () => {
  it('after a comma, and across three conjuncts', () => {
    checkProbe('en', 'The shelling killed 14, wounded 52 and displaced 900 people.', [
      { v: [14, 14], pop: 'people', status: 'killed' },
      { v: [52, 52], pop: 'people', status: 'other' },
      { v: [900, 900], pop: 'people', status: 'other' },
    ]);
    checkProbe('en', 'Troops killed 25, and captured 60 militants.', [
      { v: [25, 25], pop: 'fighters', status: 'killed' },
      { v: [60, 60], pop: 'fighters', status: 'detained' },
    ]);
  });
  it('ru and fr: a status verb after «и» / « et »', () => {
    checkProbe('ru', 'Боевики убили 8 и ранили 17 человек.', [
      { v: [8, 8], pop: 'people', status: 'killed' },
      { v: [17, 17], pop: 'people', status: 'other' },
    ]);
    checkProbe('fr', 'Les assaillants ont tué 6 et blessé 19 civils.', [
      { v: [6, 6], pop: 'people', status: 'killed' },
      { v: [19, 19], pop: 'people', status: 'other' },
    ]);
  });
  it('a comma before a word that is no verb shares nothing', () => {
    checkProbe('en', 'Kazakhstan sent 30, Uzbekistan 45 fighters.', [{ v: [45, 45], pop: 'fighters' }]);
  });
});

describe('a predicate of birth says where a part of a named whole comes from', () => {
  it('ru: «N были уроженцами / выходцами из X»', () => {
    checkProbe('ru', 'Из иностранных боевиков 48 были уроженцами Египта.', [
      { v: [48, 48], pop: 'fighters', origin: ['EG'] },
    ]);
    checkProbe('ru', 'Среди задержанных 17 были выходцами из Дагестана.', [
      { v: [17, 17], pop: 'people', origin: ['RU'], status: 'detained' },
    ]);
  });
  it('a participle for the dead after the named noun and its comma describes that noun', () => {
    checkProbe('ru', 'Из иностранных наемников, убитых в Сирии, 23 были уроженцами Иордании.', [
      { v: [23, 23], pop: 'fighters', origin: ['JO'], status: 'killed' },
    ]);
  });
  it('a count with its own noun keeps it', () => {
    checkProbe('ru', '17 боевиков были уроженцами Чечни.', [
      { v: [17, 17], pop: 'fighters', origin: ['RU'] },
    ]);
  });
});

describe('ru: brought back out of one war to a home at war is a return', () => {
  it('«возвращены из лагеря … в Ирак»', () => {
    checkProbe('ru', 'Сорок женщин были возвращены из лагеря Родж в Ирак.', [
      { v: [40, 40], pop: 'women', status: 'returned' },
    ]);
    checkProbe('ru', 'Из Сирии в Ирак репатриировали 75 детей.', [
      { v: [75, 75], pop: 'children', status: 'returned' },
    ]);
  });
  it('going back to the war from a country at peace is still joining it', () => {
    checkProbe('ru', 'Из Казахстана в Сирию вернулись 40 боевиков.', [
      { v: [40, 40], pop: 'fighters', origin: ['KZ'], status: 'joined' },
    ]);
  });
});

describe('trained or used as suicide bombers is recruitment', () => {
  it('fr « formés comme », ru «в качестве смертников», ar دربت', () => {
    checkProbe('fr', 'Trente adolescents ont été formés comme combattants par le groupe.', [
      { v: [30, 30], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ru', 'Боевики использовали 9 подростков в качестве смертников.', [
      { v: [9, 9], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'دربت الجماعة 45 طفلا على استخدام السلاح.', [
      { v: [45, 45], pop: 'children', status: 'joined' },
    ]);
  });
  it('ar: درب alone is also a path, and says nothing', () => {
    checkProbe('ar', 'سار 30 مقاتلا في درب جبلي.', [{ v: [30, 30], pop: 'fighters', not: 'joined' }]);
  });
});

describe('beheaded is killed, missing is neither held nor dead', () => {
  it('en, fr, ru', () => {
    checkProbe('en', 'The militants beheaded 11 villagers.', [
      { v: [11, 11], pop: 'people', status: 'killed' },
    ]);
    checkProbe('fr', 'Les jihadistes ont décapité 11 villageois.', [
      { v: [11, 11], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ru', 'Боевики обезглавили 11 рабочих.', [{ v: [11, 11], pop: 'people', status: 'killed' }]);
    checkProbe('ru', 'Боевики похитили и обезглавили 21 рабочего.', [{ v: [21, 21], pop: 'people' }]);
  });
  it('fr « portés disparus », ru «без вести»', () => {
    checkProbe('fr', 'Quelque 90 enfants sont toujours portés disparus.', [
      { v: [90, 90], pop: 'children', status: 'other' },
    ]);
    checkProbe('ru', 'Около 90 детей до сих пор числятся пропавшими без вести.', [
      { v: [90, 90], pop: 'children', status: 'other' },
    ]);
    checkProbe('ru', 'После боев 35 бойцов пропали без вести.', [
      { v: [35, 35], pop: 'fighters', status: 'other' },
    ]);
  });
});

describe('ar: aid workers, and the states of the north-west of Nigeria', () => {
  it('عامل إغاثة in the genitive singular', () => {
    checkProbe('ar', 'خطف مسلحون 12 عامل إغاثة في دارفور.', [
      { v: [12, 12], pop: 'people', status: 'other' },
    ]);
  });
  it('Katsina and Zamfara are in Nigeria', () => {
    checkProbe('ar', 'اختطف مسلحون 80 تلميذا من مدرسة في ولاية زامفارا.', [
      { v: [80, 80], pop: 'children', loc: ['NG'] },
    ]);
  });
});

describe('ar: a subject that is a group’s name, or its fighters in construct, stands between verb and count', () => {
  it('the verb before governs the count', () => {
    checkProbe('ar', 'قتل مسلحو حركة الشباب 9 جنود في هجوم على معسكر للجيش في الصومال.', [
      { v: [9, 9], pop: 'fighters', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'قتل مقاتلو تنظيم الدولة الإسلامية 40 جنديا في هجوم على ثكنة.', [
      { v: [40, 40], pop: 'fighters', status: 'killed', aff: 'isis' },
    ]);
    checkProbe('ar', 'جند تنظيم الدولة الإسلامية 71 طفلا في معسكراته.', [
      { v: [71, 71], pop: 'children', status: 'joined', aff: 'isis' },
    ]);
  });
  it('the nominative construct of fighters’ nouns counts fighters', () => {
    checkProbe('ar', 'عاد 40 من مقاتلو التنظيم إلى ديارهم.', [{ v: [40, 40], pop: 'fighters' }]);
  });
});

describe('ru: a destination told by its case may come before the verb', () => {
  it('deported to another state is no return', () => {
    checkProbe('ru', 'По данным Киева, в Россию были вывезены 2 000 украинских детей.', [
      { v: [2000, 2000], pop: 'children', origin: ['UA'], status: 'other', loc: ['RU'] },
    ]);
  });
  it('brought home is still a return', () => {
    checkProbe('ru', 'В Ташкент доставили 64 узбекских ребенка.', [
      { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
  });
});

describe('ru: the adjective used as a noun for soldiers, before a preposition', () => {
  it('«71 военного при нападении»', () => {
    checkProbe('ru', 'Боевики убили 21 военного при нападении на базу.', [
      { v: [21, 21], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ru', 'При штурме погиб 21 военный.', [{ v: [21, 21], pop: 'fighters', status: 'killed' }]);
  });
});

describe('places of the wider field in every language', () => {
  it('Bagram and Sanaa', () => {
    checkProbe('fr', 'Les talibans ont libéré 300 détenus de la prison de Bagram.', [
      { v: [300, 300], pop: 'people', loc: ['AF'] },
    ]);
    checkProbe('ru', 'Талибы освободили 300 заключенных из тюрьмы Баграм.', [
      { v: [300, 300], pop: 'people', loc: ['AF'] },
    ]);
    checkProbe('ar', 'أطلقت طالبان سراح 300 سجين من سجن باغرام.', [
      { v: [300, 300], pop: 'people', loc: ['AF'] },
    ]);
    checkProbe('ru', 'Хуситы задержали 14 подростков в Сане.', [
      { v: [14, 14], pop: 'children', loc: ['YE'] },
    ]);
  });
});

describe('en, as fr and ru: a war zone left is not theirs, and what befell their kin is not theirs', () => {
  it('"left Syria", "fled Iraq": where they were, no origin', () => {
    checkProbe('en', 'Five fighters left Syria in 2019.', [{ v: [5, 5], pop: 'fighters', loc: ['SY'] }]);
    checkProbe('en', 'About 70 families fled Iraq last year.', [
      { v: [70, 70], pop: 'families', loc: ['IQ'] },
    ]);
  });
  it('a country at peace left for the war stays theirs', () => {
    checkProbe('en', 'About 900 people left Belgium for Syria.', [
      { v: [900, 900], pop: 'people', origin: ['BE'], status: 'joined', loc: ['SY'] },
    ]);
  });
  it('"whose parents were killed": the count’s own verb comes after', () => {
    checkProbe('en', 'Nine orphans whose parents were killed in Mosul returned to Dushanbe.', [
      { v: [9, 9], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
    checkProbe('en', 'Twelve boys whose fathers were detained joined the group.', [
      { v: [12, 12], pop: 'children', status: 'joined' },
    ]);
  });
});

describe('more words of the wider field', () => {
  it('ru recruits and passengers used as nouns', () => {
    checkProbe('ru', 'Около 900 из 2000 завербованных были младше 15 лет.', [
      { v: [900, 900], pop: 'fighters', age: [null, 14] },
      { v: [2000, 2000], pop: 'fighters' },
    ]);
    checkProbe('ru', 'Боевики похитили 35 пассажиров автобуса.', [
      { v: [35, 35], pop: 'people', status: 'other' },
    ]);
    checkProbe('ru', 'Группировка вернула семьям 300 завербованных детей.', [
      { v: [300, 300], pop: 'children' },
    ]);
  });
  it('hanged is killed, things are hung', () => {
    checkProbe('en', 'The militants hanged six men in the square.', [
      { v: [6, 6], pop: 'men', status: 'killed' },
    ]);
    checkProbe('fr', 'Les insurgés ont pendu six hommes sur la place.', [
      { v: [6, 6], pop: 'men', status: 'killed' },
    ]);
    checkProbe('ru', 'Боевики повесили шестерых мужчин на площади.', [
      { v: [6, 6], pop: 'men', status: 'killed' },
    ]);
  });
  it('ru forced from their homes is displaced', () => {
    checkProbe('ru', 'Бои вынудили покинуть свои дома около 40 000 человек.', [
      { v: [40000, 40000], pop: 'people', status: 'other' },
    ]);
  });
});
