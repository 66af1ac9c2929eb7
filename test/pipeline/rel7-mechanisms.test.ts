// One test per mechanism added in the seventh release round: coordinated titles, chanted phrases,
// names for people used as titles, issue numbers (nearest, after an epithet, ordinals past fifteen),
// Arabic dual media nouns, the Russian verb "выпускает"; and for claims' sources: an addressee before
// the speaker, a possessive speaker ("по его словам"), a time aside before the verb, Arabic "قدر".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const titles = (lang: string, text: string): Array<[string, string | null]> =>
  extract(text, { lang, published: '2018-01-15' })
    .releases.filter((r) => r.title !== null)
    .map((r) => [r.media, r.title]);

const source = (lang: string, text: string): string | null | undefined =>
  extract(text, { lang, published: '2018-01-15' }).claims.find((c) => c.qualifier !== 'vague')?.source;

describe('releases: titles joined by a conjunction are each a release', () => {
  it('en, ru, ar', () => {
    expect(
      titles('en', 'Amaq put out two nasheeds, "Dawn of Victory" and "Call of the Hills", on Friday.'),
    ).toEqual([
      ['audio', 'Dawn of Victory'],
      ['audio', 'Call of the Hills'],
    ]);
    expect(titles('ru', 'Группировка опубликовала видео «Свет веры» и «Путь к раю».')).toEqual([
      ['video', 'Свет веры'],
      ['video', 'Путь к раю'],
    ]);
    expect(titles('ar', 'وبث التنظيم مقطعين هما "فجر النصر" و"نداء الجبال".')).toEqual([
      ['video', 'فجر النصر'],
      ['video', 'نداء الجبال'],
    ]);
  });
});

describe('releases: a phrase chanted or shouted in a video is not its title', () => {
  it('en, fr, ru, ar', () => {
    expect(titles('en', 'In the video the boys shout "Victory is near" before the execution.')).toEqual([]);
    expect(titles('fr', 'Dans la vidéo, des enfants crient « Nous reviendrons » face à la caméra.')).toEqual(
      [],
    );
    expect(titles('ru', 'В ролике подростки скандируют «Мы вернемся».')).toEqual([]);
    expect(titles('ar', 'ويظهر في المقطع أطفال يرددون شعار "النصر قادم".')).toEqual([]);
  });
});

describe('releases: a name for people quoted right after its media noun names the media', () => {
  it('several words headed by a people noun are a title; one people noun is not', () => {
    expect(titles('en', 'A video, "Cubs of the Caliphate", was shared on Friday.')).toEqual([
      ['video', 'Cubs of the Caliphate'],
    ]);
    expect(titles('ar', 'ونشر التنظيم فيديو "أشبال الخلافة" على تلغرام.')).toEqual([
      ['video', 'أشبال الخلافة'],
    ]);
    expect(titles('ar', 'ونشر التنظيم فيديو "المقاتلين" على تلغرام.')).toEqual([]);
  });
});

describe('releases: issue numbers', () => {
  it('a title takes the issue nearest before it', () => {
    expect(titles('en', 'Issue 4 of Dabiq and issue 11 of Rumiyah both praised child fighters.')).toEqual([
      ['magazine', 'Dabiq 4'],
      ['magazine', 'Rumiyah 11'],
    ]);
  });
  it('an epithet of the series may stand between its name and its issue', () => {
    expect(titles('ar', 'ونشرت صحيفة النبأ الأسبوعية في عددها 140 صورا للأطفال.')).toEqual([
      ['magazine', 'النبأ 140'],
    ]);
    expect(titles('en', 'The al-Naba weekly, in issue 140, printed photos of the boys.')).toEqual([
      ['magazine', 'al-Naba 140'],
    ]);
  });
  it('ordinals past fifteen number an issue', () => {
    expect(titles('en', 'The twenty-second issue of Voice of Khurasan targeted Iran.')).toEqual([
      ['magazine', 'Voice of Khurasan 22'],
    ]);
    expect(titles('fr', 'Le dix-huitième numéro de Voice of Khurasan vise l’Iran.')).toEqual([
      ['magazine', 'Voice of Khurasan 18'],
    ]);
    expect(titles('ru', 'В тридцать первом номере журнала Voice of Khurasan говорится об Иране.')).toEqual([
      ['magazine', 'Voice of Khurasan 31'],
    ]);
    expect(titles('ar', 'وهاجم العدد الرابع والعشرين من مجلة صوت خراسان إيران.')).toEqual([
      ['magazine', 'صوت خراسان 24'],
    ]);
  });
});

describe('releases: Russian "выпускает" is a verb, not an issue', () => {
  it('a group it publishes is not a title', () => {
    expect(titles('ru', 'Журнал, который выпускает «Вилаят Хорасан», распространяется в Telegram.')).toEqual(
      [],
    );
  });
});

describe('source: addressees, possessive speakers, asides', () => {
  it('whom it was told, before the speaker or alone after the verb, is no speaker', () => {
    expect(source('ru', 'Как сообщил журналистам прокурор, задержаны 9 сторонников ИГ.')).toBe('прокурор');
    expect(source('ar', 'وأوضح للصحفيين أن 70 طفلا أعيدوا من العراق.')).toBeNull();
  });
  it('"по его словам" names the speaker by its possessive', () => {
    expect(source('ru', 'По их данным, в лагерях остаются 210 женщин из Дагестана.')).toBe('их');
  });
  it('an aside saying when stands between the speaker and the verb', () => {
    expect(source('en', 'The prosecutor, on Monday, said that 14 Belgian fighters had been charged.')).toBe(
      'The prosecutor',
    );
    expect(source('en', 'Police, last week, said 14 Belgian fighters had been arrested.')).toBe('Police');
  });
  it('"lors de", "devant" end a French speaker', () => {
    expect(
      source(
        'fr',
        'Au total, 14 djihadistes ont été arrêtés, a déclaré le procureur lors d’un point presse.',
      ),
    ).toBe('le procureur');
  });
  it('Arabic "قدر" estimates with its speaker, not as a noun or a passive', () => {
    expect(source('ar', 'وقدر التقرير عدد المجندين بـ 400 طفل.')).toBe('التقرير');
    expect(source('ar', 'ويسعى التنظيم لتجنيد أكبر قدر من الشباب، وقد جند 400 طفل.')).toBeNull();
  });
});

describe('releases: a documentary or studio film needs a group or outlet in its sentence', () => {
  it('en, fr, ru, ar', () => {
    expect(
      titles('en', 'The BBC made a documentary called "Children of the Desert" about the camps.'),
    ).toEqual([]);
    expect(titles('en', 'Al-Hayat released a documentary titled "The Fall of the Border" in 2014.')).toEqual([
      ['video', 'The Fall of the Border'],
    ]);
    expect(
      titles('fr', 'Un documentaire intitulé « Les Enfants du désert » a été diffusé sur Arte.'),
    ).toEqual([]);
    expect(titles('ru', 'Телеканал показал документальный фильм «Дети пустыни» о лагерях.')).toEqual([]);
    expect(titles('ar', 'وأنتجت قناة فضائية فيلما وثائقيا بعنوان "أطفال الصحراء" عن المخيمات.')).toEqual([]);
  });
});

describe('releases: a title marker right after a noun for a person names that person', () => {
  it('en, fr, ru, ar', () => {
    expect(titles('en', 'In the clip, a teenager named Yusuf reads a poem.')).toEqual([]);
    expect(titles('fr', 'Dans la vidéo, un combattant surnommé « Abou Hafs » menace la France.')).toEqual([]);
    expect(titles('ru', 'В ролике боевик по имени «Умар» угрожает России.')).toEqual([]);
    expect(titles('ar', 'ويظهر في الشريط شاب يدعى "أبو حفص" وهو يهدد.')).toEqual([]);
    expect(titles('en', 'The group released a video named "Sons of the Desert" on Friday.')).toEqual([
      ['video', 'Sons of the Desert'],
    ]);
  });
});
