// Which armed group a count belongs to (GUIDELINES.md `affiliation`): the group its own phrase or
// clause names, or one a phrase or sentence that continues the same people names; never a group the
// text names only as one of several, as the enemy these people fight, or as "armed groups" at large.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const find = (lang: string, text: string, value: number) => {
  const c = extract(text, { lang, published: '2023-09-01' }).claims.find((x) => x.value.min === value);
  expect(c, `a claim of ${value}`).toBeDefined();
  return c!;
};
const group = (lang: string, text: string, value: number) => find(lang, text, value).affiliation;

describe('a group named with others is no single group of the people counted', () => {
  it('en: two groups, "and other groups", "groups, including X"', () => {
    expect(group('en', 'Some 700 Lebanese joined the Islamic State and Jabhat al-Nusra in Syria.', 700)).toBe(
      null,
    );
    expect(
      group('en', 'Some 700 Lebanese fought with the Islamic State and other groups in Syria.', 700),
    ).toBe(null);
    expect(
      group(
        'en',
        'About 300 Lebanese have fought for several armed groups, including the Islamic State.',
        300,
      ),
    ).toBe(null);
  });

  it('fr: "et d’autres groupes", "dont l’EI"', () => {
    expect(
      group('fr', "Quelque 700 Libanais ont rejoint l'État islamique et d'autres groupes armés.", 700),
    ).toBe(null);
    expect(group('fr', "Environ 300 Libanais ont combattu dans des groupes armés, dont l'EI.", 300)).toBe(
      null,
    );
  });

  it('ru: "и другие организации", "в том числе ИГ"', () => {
    expect(
      group('ru', 'Около 700 граждан Ливана вступили в ИГ и другие террористические организации.', 700),
    ).toBe(null);
    expect(
      group(
        'ru',
        'Примерно 250 иорданцев воевали в составе террористических группировок, в том числе ИГ.',
        250,
      ),
    ).toBe(null);
  });

  it('ar: "وغيره من الجماعات", two groups', () => {
    expect(group('ar', 'وانضم نحو 700 لبناني إلى تنظيم داعش وغيره من الجماعات المسلحة.', 700)).toBe(null);
    expect(group('ar', 'وانضم نحو 700 لبناني إلى تنظيم داعش وجبهة النصرة.', 700)).toBe(null);
  });

  it('a group of no listed code among others like it stays `other`', () => {
    expect(group('en', 'The PKK and other Kurdish armed groups recruited 60 boys last year.', 60)).toBe(
      'other',
    );
    expect(group('ar', 'وقد جند حزب العمال الكردستاني وفصائل كردية أخرى 45 طفلا.', 45)).toBe('other');
  });

  it('a sentence before that names several groups passes none on', () => {
    const en =
      'Lebanese citizens have joined the Islamic State, Jabhat al-Nusra and other groups. Since 2019, 80 Lebanese women have come home.';
    expect(group('en', en, 80)).toBe(null);
    const ru =
      'Граждане Ливана воевали в рядах ИГ, «Джебхат ан-Нусры» и других группировок. С 2019 года на родину вернулись 80 ливанок.';
    expect(group('ru', ru, 80)).toBe(null);
  });

  it('one group alone stays the count’s, in its sentence or the one before', () => {
    expect(group('en', 'About 640 Lebanese citizens have joined the Islamic State.', 640)).toBe('isis');
    expect(group('fr', "Au moins 640 Libanais ont rejoint l'État islamique.", 640)).toBe('isis');
    expect(group('ru', 'Около 640 граждан Ливана вступили в ИГ.', 640)).toBe('isis');
    expect(group('ar', 'وانضم نحو 640 لبنانيا إلى تنظيم داعش.', 640)).toBe('isis');
    const en =
      'Many Lebanese went to Syria to join the Islamic State. Since 2019, 80 Lebanese women have come home.';
    expect(group('en', en, 80)).toBe('isis');
  });

  it('a count in its own clause keeps the group it names next to it', () => {
    const ar = 'وانضم 900 مقاتل إلى تنظيم داعش، فيما التحق 60 آخرين بجبهة النصرة.';
    expect(group('ar', ar, 900)).toBe('isis');
    expect(group('ar', ar, 60)).toBe('al-nusra');
  });
});

describe('armed groups at large, named in the count’s clause, say no group', () => {
  it('en, fr, ru, ar: the group of the sentence before does not pass over them', () => {
    expect(
      group(
        'en',
        'The Islamic State recruited widely in Lebanon. About 300 Lebanese fought with various armed groups in Syria.',
        300,
      ),
    ).toBe(null);
    expect(
      group(
        'fr',
        "L'État islamique a recruté largement en Jordanie. Quelque 250 Jordaniens se sont battus dans diverses milices en Syrie.",
        250,
      ),
    ).toBe(null);
    expect(
      group(
        'ru',
        'ИГ активно вербовало в Ливане. Более 300 ливанцев воевали в составе различных группировок в Сирии.',
        300,
      ),
    ).toBe(null);
    expect(
      group(
        'ar',
        'جند تنظيم داعش كثيرين في لبنان. ويقاتل نحو 300 لبناني في صفوف مجموعات مختلفة في سوريا.',
        300,
      ),
    ).toBe(null);
  });

  it('groups a clause names without anyone fighting in or joining them do not count', () => {
    const ru =
      'Их мужья воевали за ИГ. Переговоры шли при посредничестве гуманитарных организаций и около 55 кыргызских матерей, которые содержатся в тюрьмах.';
    expect(group('ru', ru, 55)).toBe('isis');
  });

  it('militants or rebels at large, other than the people counted, say no group either', () => {
    const lead = 'The Islamic State recruited widely in Lebanon.';
    expect(group('en', `${lead} About 300 Lebanese fought with Islamist militants in Syria.`, 300)).toBe(
      null,
    );
    expect(
      group(
        'fr',
        `L'État islamique a beaucoup recruté au Liban. Plus de 300 Libanais ont combattu aux côtés des rebelles.`,
        300,
      ),
    ).toBe(null);
    expect(
      group('ru', 'ИГ активно вербовало в Ливане. Более 300 ливанцев воевали на стороне повстанцев.', 300),
    ).toBe(null);
    expect(group('ar', 'جند تنظيم داعش كثيرين في لبنان. وقاتل نحو 300 لبناني إلى جانب المتمردين.', 300)).toBe(
      null,
    );
    // The counted noun itself is no group at large.
    expect(group('en', `${lead} Some 27 militants were killed in the fighting.`, 27)).toBe('isis');
  });

  it('without them, the group of the sentence before still does', () => {
    expect(
      group(
        'en',
        'The Islamic State recruited widely in Lebanon. About 300 Lebanese fought in its ranks in Syria.',
        300,
      ),
    ).toBe('isis');
  });
});

describe('the group these people fight against is not theirs', () => {
  it('en, fr, ru, ar: "against X", "contre X", "против X", "ضد X"', () => {
    expect(
      group('en', 'Hezbollah says 40 of its young recruits died in battles against the Islamic State.', 40),
    ).toBe('other');
    expect(group('en', 'Some 40 Lebanese volunteers died in battles against the Islamic State.', 40)).toBe(
      null,
    );
    expect(
      group('fr', "Une quarantaine de volontaires libanais sont morts en combattant contre l'EI.", 40),
    ).toBe(null);
    expect(group('ru', 'Около 40 ливанских добровольцев погибли в боях против ИГ.', 40)).toBe(null);
    expect(group('ar', 'وقتل نحو 40 متطوعا لبنانيا في المعارك ضد تنظيم داعش.', 40)).toBe(null);
  });
});

describe('a sentence that opens with a pronoun for people counted before continues their group', () => {
  const lead = (a: string, b: string, c: string) => `${a} ${b} ${c}`;
  it('en: "They include N of the M fighters from X"', () => {
    const en = `${lead(
      'The Islamic State drew fighters from 80 countries.',
      'Officials in Lebanon spoke on Monday.',
      'According to the report, at least 5,000 foreign fighters have returned home.',
    )}\n\nThey include 120 of the 300 fighters from Lebanon.`;
    expect(group('en', en, 5000)).toBe('isis');
    expect(group('en', en, 120)).toBe('isis');
    expect(group('en', en, 300)).toBe('isis');
  });

  it('fr, ru, ar: ils, они, وهم', () => {
    const fr = `${lead(
      "L'État islamique a attiré des combattants de 80 pays.",
      'Les autorités libanaises se sont exprimées lundi.',
      'Selon le rapport, au moins 5000 combattants étrangers sont rentrés chez eux.',
    )}\n\nIls comptent 120 des 300 combattants venus du Liban.`;
    expect(group('fr', fr, 120)).toBe('isis');
    const ru = `${lead(
      'ИГ вербовало боевиков в 80 странах.',
      'Ливанские власти выступили в понедельник.',
      'По данным доклада, не менее 5000 иностранных боевиков вернулись домой.',
    )}\n\nОни включают 120 из 300 боевиков из Ливана.`;
    expect(group('ru', ru, 300)).toBe('isis');
    const ar = `${lead(
      'واستقطب تنظيم داعش مقاتلين من 80 دولة.',
      'وتحدث مسؤولون لبنانيون يوم الاثنين.',
      'وبحسب التقرير، عاد 5000 مقاتل أجنبي على الأقل إلى بلدانهم.',
    )}\n\nوهم يشملون 120 من أصل 300 مقاتل من لبنان.`;
    expect(group('ar', ar, 300)).toBe('isis');
  });

  it('a sentence that opens otherwise does not', () => {
    const en = `${lead(
      'The Islamic State drew fighters from 80 countries.',
      'Officials in Lebanon spoke on Monday.',
      'According to the report, at least 5,000 foreign fighters have returned home.',
    )}\n\nSeparately, 300 fighters from Lebanon have died.`;
    expect(group('en', en, 300)).toBe(null);
  });
});
