// Mechanisms of the tenth release round, in sentences written for the test: a title set off by commas
// after the phrase that tells who released its media, when or how long it is; a media noun in
// apposition after its quoted title; an issue's own title quoted right after the issue noun; issue
// numbers past an apposition that names the magazine or written as a digit ordinal; a title marker
// after "according to"; the Russian full participle of releasing before its producer; a quote said in
// a media after a colon. Only titles are checked (the scorer scores only titled releases).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const titles = (lang: string, text: string): Array<string | null> =>
  extract(text, { lang, published: '2021-06-01' })
    .releases.filter((r) => r.title !== null)
    .map((r) => r.title);

describe('a title set off by commas after the phrase that describes its media', () => {
  it('reads it after a producer, a verb of releasing or a length', () => {
    expect(
      titles('en', 'A clip posted by the Amaq agency in May 2018, "Lions of the Valley", showed armed boys.'),
    ).toEqual(['Lions of the Valley']);
    expect(
      titles('en', 'In a 14-minute film circulated on Telegram, "The Last Stand", teenagers fire mortars.'),
    ).toEqual(['The Last Stand']);
    expect(
      titles(
        'fr',
        'Une vidéo mise en ligne par az-Zallaqa en mars 2020, « Les cavaliers du désert », dure dix minutes.',
      ),
    ).toEqual(['Les cavaliers du désert']);
    expect(titles('fr', 'Le groupe a publié un film de 25 minutes, « Le serment des lionceaux ».')).toEqual([
      'Le serment des lionceaux',
    ]);
    expect(titles('ru', 'В ролике, опубликованном в 2016 году, «Клятва львят», подростки стреляют.')).toEqual(
      ['Клятва львят'],
    );
  });
  it('does not read a quote that is not set off, nor one after a phrase of another kind', () => {
    expect(
      titles('en', 'In a video released on Monday, a boy shouts "we are coming" at the camera.'),
    ).toEqual([]);
    expect(
      titles('en', 'A video shows boys in a camp near Mosul, "the school of the caliphate", in 2016.'),
    ).toEqual([]);
  });
});

describe('a media noun in apposition after its quoted title', () => {
  it('reads the title before a determiner, a few words and the noun', () => {
    expect(
      titles('en', 'In "Sons of the Desert", a 2017 al-Hayat production, two boys shoot prisoners.'),
    ).toEqual(['Sons of the Desert']);
    expect(titles('en', '"The Knights of Tomorrow", the latest ISWAP video, shows boys at a camp.')).toEqual([
      'The Knights of Tomorrow',
    ]);
    expect(
      titles('fr', "« Les gardiens du Sahel », la dernière vidéo de l'EIGS, montre des adolescents."),
    ).toEqual(['Les gardiens du Sahel']);
  });
  it('does not read a quote spoken in the media', () => {
    expect(titles('en', '"We will return," a young boy shouts in the video.')).toEqual([]);
    expect(titles('en', '"We will return", the boy in the latest video says.')).toEqual([]);
  });
});

describe('issues', () => {
  it('takes a quote right after the issue noun as the issue own title', () => {
    expect(
      titles('en', 'Rumiyah\'s second issue, "Kill the Imams of Kufr", urged attacks in the West.'),
    ).toEqual(['Kill the Imams of Kufr']);
  });
  it('keeps a series and its number named around the issue noun', () => {
    expect(titles('ru', 'Вышел новый номер журнала «Хилафа», второй по счёту.')).toEqual(['Хилафа 2']);
  });
  it('reads the issue number past an apposition that names the magazine', () => {
    expect(
      titles('en', "Dabiq, the group's English magazine, in its ninth issue attacked the Taliban."),
    ).toEqual(['Dabiq 9']);
  });
  it('reads an ordinal in digits set off after the series', () => {
    expect(titles('fr', "Le dernier numéro d'al-Naba, le 350e, est consacré au Sahel.")).toEqual([
      'al-Naba 350',
    ]);
    expect(titles('en', 'The latest issue of al-Naba, the 280th, praised the attackers.')).toEqual([
      'al-Naba 280',
    ]);
  });
});

describe('markers, producers and speech', () => {
  it('reads a title named by a title marker after "according to"', () => {
    expect(
      titles(
        'fr',
        'Selon une infographie intitulée « Bilan des opérations », le groupe aurait mené 60 attaques.',
      ),
    ).toEqual(['Bilan des opérations']);
    expect(titles('en', 'According to the newspaper "Al-Quds", 12 boys were recruited.')).toEqual([]);
  });
  it('does not take the producer after a Russian full participle of releasing for a title', () => {
    expect(titles('ru', 'Видео, опубликованное «Вилаятом Синай», показывает подростков с оружием.')).toEqual(
      [],
    );
    expect(titles('ru', 'Ролик, распространённый «Шабаб», снят в Сомали.')).toEqual([]);
    // A group's name quoted after the media noun is whose it is, in either spelling.
    expect(titles('ru', 'Видео «Аш-Шабааб» снято в Сомали.')).toEqual([]);
    expect(titles('ru', 'Ролик «Вилаята Западная Африка» показывает подростков.')).toEqual([]);
  });
  it('does not take a quote said in a media after a colon for its title', () => {
    expect(titles('ar', 'وقال مقاتل في المقطع: "لن نترك السلاح".')).toEqual([]);
    expect(titles('en', 'A boy says in the video: "We will take Rome".')).toEqual([]);
  });
  it('reads the nashid spellings as audio', () => {
    expect(
      extract('Al-Hayat released a nashid called "Dawn of Glory" in Uzbek.', { lang: 'en' }).releases.map(
        (r) => [r.media, r.title],
      ),
    ).toEqual([['audio', 'Dawn of Glory']]);
  });
});

describe('producers and spoken languages', () => {
  const first = (lang: string, text: string) => extract(text, { lang, published: '2021-06-01' }).releases[0];
  it('takes the group that releases it for the producer when no outlet is named', () => {
    expect(first('en', 'ISWAP released a video titled "Sons of the Lake" in March.')?.producer).toBe('ISWAP');
    expect(first('fr', "L'EIGS a diffusé une vidéo intitulée « Les braves du Liptako ».")?.producer).toBe(
      'EIGS',
    );
    expect(first('ru', 'ИГИЛ выпустило ролик «Сыны Кавказа».')?.producer).toBe('ИГИЛ');
    expect(first('ar', 'نشر تنظيم داعش إصدارا بعنوان "فرسان الغد".')?.producer).toBe('داعش');
    // An outlet named in the sentence comes first.
    expect(
      first('en', 'IS released, through al-Hayat Media Center, a video titled "Sons of the Lake".')?.producer,
    ).toBe('al-Hayat Media Center');
  });
  it('names a quoted producer without its verb of releasing', () => {
    // In the outlet's own name, not its instrumental case (rel19).
    expect(first('ru', 'Аудиообращение «Путь веры» было распространено «Ас-Сахабом».')?.producer).toBe(
      'Ас-Сахаб',
    );
  });
  it('does not read a nationality of people, nor a word of the title, as a spoken language', () => {
    expect(
      first('en', 'In "Sons of the Desert", a 2017 al-Hayat video, a Kazakh boy shoots a prisoner.')?.spoken,
    ).toEqual([]);
    expect(first('fr', 'La vidéo « Message aux Français » montre un adolescent belge.')?.spoken).toEqual([]);
    expect(
      first('en', 'The video "Sons of the Desert", narrated in Russian, shows Uzbek boys.')?.spoken,
    ).toEqual(['ru']);
  });
});

describe('bare titles', () => {
  it('reads a title opening with a capitalised article set off after its noun', () => {
    expect(titles('en', 'Another video, The Last Caravan, shows boys at a training camp.')).toEqual([
      'The Last Caravan',
    ]);
    expect(titles('en', 'The magazine, The Economist, reported that 40 children were recruited.')).toEqual(
      [],
    );
  });
  it('reads a name before an apposition whose words hold a number', () => {
    expect(titles('en', 'In 2016 al-Hayat released Dawn of Glory, a 40-minute film about Mosul.')).toEqual([
      'Dawn of Glory',
    ]);
  });
  it('ends a bare title before the year it came out', () => {
    expect(titles('ar', 'نشر التنظيم إصدارا مرئيا بعنوان فرسان الشهادة الجزء الثاني عام 2015.')).toEqual([
      'فرسان الشهادة الجزء الثاني',
    ]);
  });
  it('reads the Arabic name a media bore, its relative clause between', () => {
    expect(titles('ar', 'وحمل الإصدار الذي نشرته مؤسسة أعماق عنوان "رسائل من أرض الملاحم".')).toEqual([
      'رسائل من أرض الملاحم',
    ]);
    expect(titles('ar', 'وحمل الفيديو رسالة "سنعود قريبا".')).toEqual([]);
  });
});
