// Propaganda releases: how titles are found (quotes of every style, bare after a title marker,
// before their noun, magazine series and issues), which names are not titles, and the fields read
// around a release (media, duration, languages, producer). Invented sentences throughout.
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const releases = (lang: string, text: string): Release[] =>
  extract(text, { lang, published: '2016-03-10' }).releases;
const titles = (lang: string, text: string) => releases(lang, text).map((r) => [r.media, r.title]);

describe('titles in every quote style', () => {
  it.each([
    ['en', 'The group posted a video titled "Dawn over the River" on Sunday.', 'Dawn over the River'],
    ['en', 'The group posted a video titled “Dawn over the River” on Sunday.', 'Dawn over the River'],
    ['en', 'Its latest video, ‘Dawn over the River’, was shared widely.', 'Dawn over the River'],
    ['en', "Its latest video, 'Dawn over the River', was shared widely.", 'Dawn over the River'],
    ['fr', 'Une vidéo intitulée « L’aube sur le fleuve » a circulé.', 'L’aube sur le fleuve'],
    ['ru', 'Боевики выложили ролик „Рассвет над рекой“ в сеть.', 'Рассвет над рекой'],
    ['ru', 'Боевики выложили видеоролик «Рассвет над рекой» в сеть.', 'Рассвет над рекой'],
    ['ar', 'ونشر التنظيم شريطا مصورا بعنوان «فجر على النهر» أمس.', 'فجر على النهر'],
    ['ar', 'ونشر التنظيم شريطا مصورا بعنوان “فجر على النهر” أمس.', 'فجر على النهر'],
  ])('%s: %s', (lang, text, title) => {
    expect(titles(lang, text)).toEqual([['video', title]]);
  });

  it('keeps apostrophes inside a single-quoted title and ignores possessive apostrophes', () => {
    expect(titles('en', "The militants' new film, 'Sons of the Desert', shows boys with rifles.")).toEqual([
      ['video', 'Sons of the Desert'],
    ]);
  });

  it('reads a title after a duration and a comma ("une vidéo de 12 minutes, baptisée « X »")', () => {
    expect(
      titles('fr', 'Ils ont diffusé une vidéo d’une durée de 12 minutes, baptisée « Les fils du désert ».'),
    ).toEqual([['video', 'Les fils du désert']]);
  });

  it('reads a title a few words after its marker ("Titrée en anglais « X »")', () => {
    expect(titles('fr', 'Titrée en arabe « Le serment des lions », la vidéo dure neuf minutes.')).toEqual([
      ['video', 'Le serment des lions'],
    ]);
  });

  it('reads a quoted title before its media noun', () => {
    expect(titles('en', 'The “Sword of the Valley” video shows boys at a camp.')).toEqual([
      ['video', 'Sword of the Valley'],
    ]);
  });
});

describe('titles written without quotes after a title marker', () => {
  it.each([
    [
      'en',
      'The nine-minute clip, titled Voices of the Mountain, appeared online on Monday.',
      'Voices of the Mountain',
    ],
    [
      'en',
      'In May the group issued a film it named Lions of the Steppe, filmed in a camp.',
      'Lions of the Steppe',
    ],
    ['en', 'A video titled Return of the Falcons was released on Monday.', 'Return of the Falcons'],
    [
      'fr',
      'Dans le film intitulé Les Fils de l’Orient, des enfants défilent en armes.',
      'Les Fils de l’Orient',
    ],
    [
      'ru',
      'Группировка выпустила видеоролик под названием Дорога героев, в котором снялись подростки.',
      'Дорога героев',
    ],
    ['ar', 'وأظهر تسجيل مصور بعنوان صيحة الفرسان عشرات الأطفال وهم يتدربون.', 'صيحة الفرسان'],
  ])('%s: %s', (lang, text, title) => {
    expect(titles(lang, text)).toEqual([['video', title]]);
  });

  it('reads a Latin title after a Russian marker up to its bracket', () => {
    expect(titles('ru', 'Ячейка выпускает журнал под названием Inspire (Вдохновляй) на английском.')).toEqual(
      [['magazine', 'Inspire']],
    );
  });

  it('does not take a lower-case phrase after "called" for a title', () => {
    expect(titles('en', 'In a video released on Friday, the leader called on supporters to travel.')).toEqual(
      [],
    );
  });
});

describe('names that are not titles', () => {
  it.each([
    ['en', 'A video of “Abu Harith” reciting a poem circulated on Tuesday.'],
    ['en', 'Officers questioned General Omar Haddad, a statement from the army said.'],
    ['en', 'The video was shared by "Islamic State" supporters.'],
    ['en', 'According to the newspaper "The Morning Herald", the video was filmed in Raqqa.'],
    ['en', 'The video shows a boy saying "We will come for you".'],
    ['en', 'In a video, the group called the attack "A Blessed Raid".'],
    ['en', 'In the video, a boy says, “O enemies of God, we will reach you,” and raises a knife.'],
    ['fr', 'Publiée lundi par Al-Furqan, la vidéo dure onze minutes.'],
    ['fr', 'Une vidéo de « Abou Harith » récitant un poème a circulé mardi.'],
    ['fr', 'Le groupe a publié le dernier numéro de son magazine « officiel » en ligne.'],
    ['fr', 'Selon le journal « Le Courrier », la vidéo a été tournée en Syrie.'],
    ['ru', 'Канал показал видеозапись боевиков «Джебхат ан-Нусры», снятую под Алеппо.'],
    ['ru', 'В новом видео «Молодые соколы» показывают, как стреляют из автомата.'],
    ['ru', 'Видео распространило агентство «Амак».'],
    ['ru', 'В видео мальчик говорит: «Мы придем за вами».'],
    ['ar', 'وبث التنظيم شريطا مصورا لوكالة "أعماق" يظهر فيه مقاتلون.'],
    ['ar', 'وسمع المتهمون كلمة صوتية «لمن قيل إنه قائد» في سوريا.'],
    ['ar', 'وذلك وفق ما نقلت صحيفة "الرأي" الأردنية اليوم.'],
    ['ar', 'وقالت الوزارة في بيان أمس: إنه «بناء على توجيهات الحكومة تمت إعادة النساء».'],
    ['en', 'A video posted by a user called Ahmed shows the camp.'],
    ['en', 'The video shows a boy named "Yusuf" holding a pistol.'],
    ['fr', 'Une vidéo montrant un enfant nommé Abdallah a circulé.'],
    ['ar', 'ونشرت صحيفة "نيويورك تايمز" صورا للمخيم.'],
    ['fr', 'Le journal « Le Soir » a publié une vidéo du camp.'],
    ['ar', 'وبث التنظيم فيديو "الجهاديين" في الرقة.'],
    ['ar', 'وفي فيديو لـ"أبو محمد" يدعو فيه إلى الهجرة.'],
    ['en', 'A UN report titled "Invisible Children" says IS videos show boys with guns.'],
    ['fr', 'Un rapport intitulé « Enfances volées » décrit les vidéos du groupe.'],
    ['ru', 'В докладе под названием «Потерянное детство» говорится о видео боевиков.'],
    ['ar', 'ويشير تقرير بعنوان "طفولة مسروقة" إلى مقاطع فيديو للتنظيم.'],
    ['en', 'The army launched an operation called "Dawn of Justice" after the video appeared.'],
    // The marker names the thing right before it: a camp, a channel, a spokesman's principal.
    ['en', 'Boys in the video train at a camp called Green Valley near Mosul.'],
    ['fr', 'Les enfants de la vidéo s’entraînent dans un camp baptisé « Vallée verte ».'],
    ['ru', 'Ролик снят в лагере под названием «Зеленая долина», где учат подростков.'],
    ['ar', 'وظهر في الشريط المتحدث باسم "جيش الفتح" وهو يهدد.'],
  ])('%s: %s', (lang, text) => {
    expect(titles(lang, text)).toEqual([]);
  });

  it('takes a group name for a title when the report names the video so', () => {
    expect(titles('en', 'The group released a video titled "Cubs of the Caliphate" in 2015.')).toEqual([
      ['video', 'Cubs of the Caliphate'],
    ]);
  });

  it.each([
    [
      'en',
      'A video by Amaq entitled "Lions of the Islands" shows fighters in the jungle.',
      'Lions of the Islands',
    ],
    ['fr', 'Une vidéo d’Amaq intitulée « Les Lions des îles » montre des combattants.', 'Les Lions des îles'],
  ])(
    'reads a title after "a video by X titled", a marker that never names a person (%s)',
    (lang, text, title) => {
      expect(titles(lang, text)).toEqual([['video', title]]);
    },
  );

  it('does not take the title of an article inside a magazine for a release', () => {
    const found = titles(
      'ar',
      'وخصصت المجلة ملفا طويلا عن الهجمات جاء تحت عنوان «العدو يتكلم» بقلم أحد قادتها.',
    );
    expect(found).toEqual([]);
  });
});

describe('magazine issues and series', () => {
  it.each([
    ['en', 'The seventh issue of Dabiq, released in February, praised the attack.', 'Dabiq 7'],
    ['en', 'Dabiq issue 7 carried an interview with a fighter.', 'Dabiq 7'],
    ['en', 'In its English-language magazine Dabiq, the group boasted of child soldiers.', 'Dabiq'],
    ['en', 'The latest issue of Rumiyah called for attacks on crowds.', 'Rumiyah'],
    ['fr', 'Le numéro 12 de la revue Dar al-Islam appelle à frapper les enseignants.', 'Dar al-Islam 12'],
    ['fr', 'Le 3e numéro du magazine « Dar al-Islam » vise la France.', 'Dar al-Islam 3'],
    ['ru', 'В седьмом номере журнала «Исток» боевики призывают к нападениям.', 'Исток 7'],
    ['ru', 'Вышел новый выпуск журнала Румия.', 'Румия'],
    ['ar', 'ونشر التنظيم العدد السابع من مجلة دابق باللغة الإنجليزية.', 'دابق 7'],
    ['ar', 'ودعت مجلة صوت الهند قراءها إلى الهجرة.', 'صوت الهند'],
    ['ru', 'Журнал «Голос Хорасана» выходит на английском.', 'Голос Хорасана'],
    ['fr', 'Le magazine La Voix du Khorasan paraît en anglais.', 'La Voix du Khorasan'],
  ])('%s: %s', (lang, text, title) => {
    expect(titles(lang, text)).toEqual([['magazine', title]]);
  });

  it('numbers a series from the issue announced in the sentence before', () => {
    const text =
      'The group published the first edition of a new magazine in Russian. The magazine, called Istok, targets Central Asians.';
    expect(titles('en', text)).toEqual([['magazine', 'Istok 1']]);
  });

  it.each([
    ['en', 'Dabiq, in its fourth issue, mocked the coalition.', 'Dabiq 4'],
    ['en', 'Rumiyah devoted its second issue to knife attacks.', 'Rumiyah 2'],
    ['fr', 'La revue Dar al-Islam, dans son numéro 6, vise les enseignants.', 'Dar al-Islam 6'],
    ['ru', 'Журнал «Румия» в своем четвертом номере призывает к поджогам.', 'Румия 4'],
  ])('numbers a series from "its Nth issue" after it (%s: %s)', (lang, text, title) => {
    expect(titles(lang, text)).toEqual([['magazine', title]]);
  });

  it('does not number a series with the count of its issues', () => {
    const text =
      'It also runs the English magazine Dabiq, which first appeared in 2014 and is now in its ninth edition.';
    expect(titles('en', text)).toEqual([['magazine', 'Dabiq']]);
  });

  it('titles an issue by the title on its cover, and counts it once', () => {
    const text = 'وجاء على غلاف العدد الجديد من مجلة «رومية» عنوان «اضربوهم حيث كانوا».';
    expect(titles('ar', text)).toEqual([['magazine', 'اضربوهم حيث كانوا']]);
    expect(
      titles(
        'fr',
        'Le numéro 9 vient de paraître. En couverture, une photo de Bruxelles avec le titre « Final Warning ».',
      ),
    ).toEqual([['magazine', 'Final Warning']]);
  });

  it.each([
    [
      'en',
      'The ninth issue of Rumiyah magazine, titled "The Blessed Raid", praised the attack.',
      'The Blessed Raid',
    ],
    ['fr', 'Le 4e numéro de la revue Dar al-Islam, intitulé « Le Serment », vise les juges.', 'Le Serment'],
    ['ar', 'وجاء العدد الرابع من مجلة رومية بعنوان "الغارة المباركة" في أربعين صفحة.', 'الغارة المباركة'],
  ])(
    'titles a numbered issue with its own title when the series is named before the marker (%s)',
    (lang, text, title) => {
      expect(titles(lang, text)).toEqual([['magazine', title]]);
    },
  );

  it("takes a newspaper's name for a release only when it is a known series", () => {
    expect(titles('ar', 'ونشر التنظيم في صحيفة "النبأ" الأسبوعية مقالا عن الأطفال.')).toEqual([
      ['magazine', 'النبأ'],
    ]);
  });

  it('reads an issue inside a sentence about one of its articles', () => {
    expect(titles('en', 'An article titled "Why We Fight" appeared in Rumiyah\'s third issue.')).toEqual([
      ['magazine', 'Rumiyah 3'],
    ]);
  });

  it('takes a known series for a magazine however the sentence treats it', () => {
    // Spelt in lower case, with no magazine noun, or as the subject of the next verb.
    expect(titles('en', 'The raid was hailed in the 31st issue of its weekly an-Naba.')).toEqual([
      ['magazine', 'an-Naba 31'],
    ]);
    expect(titles('ru', 'Во втором номере журнала «Румия» призывают женщин к хиджре.')).toEqual([
      ['magazine', 'Румия 2'],
    ]);
  });

  it('does not take the town of Dabiq for a magazine', () => {
    expect(titles('en', 'Fighters gathered near the town of Dabiq in northern Syria.')).toEqual([]);
  });
});

describe('media of a release', () => {
  it.each([
    ['en', 'Al-Hayat released a nasheed called "Brothers of the Frontier".', 'audio'],
    ['en', 'AQAP\'s al-Malahem Media released an audio speech titled "The Road of Victory".', 'audio'],
    ['en', 'The infographic, titled "A Year of Conquests", was published by Amaq.', 'photo'],
    ['en', 'The group put out a photo report titled "Life in the Province".', 'photo'],
    ['fr', 'Le groupe a diffusé un nachid intitulé « Ma terre » en tchétchène.', 'audio'],
    ['ru', 'Кавказ-центр распространил аудиообращение «Слово к братьям».', 'audio'],
  ])('%s: %s', (lang, text, media) => {
    expect(releases(lang, text).map((r) => r.media)).toEqual([media]);
  });

  it('gives a generic "release" the media the report says around it, else other', () => {
    const video =
      'بث التنظيم فيديو جديدا عن معسكراته. وبعد أشهر نشر إصدارا آخر بعنوان «جيل النصر» يظهر فيه أطفال.';
    expect(titles('ar', video)).toEqual([['video', 'جيل النصر']]);
    const other = 'ونشر الحزب إصدارا عبر قناته على تلغرام حمل عنوان “طريق العزة” وعرض فيه صورا لأسلحته.';
    expect(titles('ar', other)).toEqual([['other', 'طريق العزة']]);
  });

  it('reads a title after "carries the title"', () => {
    expect(
      titles(
        'en',
        'The footage, which carries the title "Young Riders of Bukhara", shows boys firing rifles.',
      ),
    ).toEqual([['video', 'Young Riders of Bukhara']]);
  });

  it('counts one release mentioned twice once', () => {
    const text =
      'The group released a 20-minute video entitled "Soldiers of Tomorrow". In "Soldiers of Tomorrow", boys are seen at a camp.';
    expect(titles('en', text)).toEqual([['video', 'Soldiers of Tomorrow']]);
  });

  it('does not make a release of propaganda in general', () => {
    expect(releases('en', 'Islamic State propaganda videos often show children holding weapons.')).toEqual(
      [],
    );
  });

  it('reads a quoted caption above a still from a video', () => {
    const text = 'Раньше они жили в Актобе.\n«Казахские дети в лагере».\nКадр с сайта YouTube.';
    expect(titles('ru', text)).toEqual([['video', 'Казахские дети в лагере']]);
  });
});

describe('duration, languages and producer', () => {
  it('reads them in English', () => {
    const [r] = releases(
      'en',
      'Al-Shabaab\'s media wing al-Kataib released a 35-minute film, "The Scent of Paradise", in Somali with English subtitles.',
    );
    expect(r).toMatchObject({
      duration_min: 35,
      spoken: ['so'],
      subtitles: ['en'],
      producer: 'media wing al-Kataib',
    });
  });

  it('reads a duration in words', () => {
    expect(
      releases('en', 'The five-minute video, titled "Brothers in Arms", was shared on Monday.')[0]
        ?.duration_min,
    ).toBe(5);
  });

  it('reads them in French', () => {
    const [r] = releases(
      'fr',
      'Le centre médiatique Al-Hayat a diffusé une vidéo d’une durée de 12 minutes, baptisée “Les enfants du désert”, en français sous-titrée en arabe.',
    );
    expect(r).toMatchObject({
      duration_min: 12,
      spoken: ['fr'],
      subtitles: ['ar'],
      producer: 'centre médiatique Al-Hayat',
    });
  });

  it('reads them in Russian', () => {
    const [r] = releases(
      'ru',
      'Медиацентр «Аль-Хаят» опубликовал видеоролик продолжительностью 12 минут под названием „Дети халифата“ на русском языке с арабскими субтитрами.',
    );
    expect(r).toMatchObject({
      duration_min: 12,
      spoken: ['ru'],
      subtitles: ['ar'],
      producer: 'Медиацентр «Аль-Хаят»',
    });
  });

  it('reads them in Arabic', () => {
    const [r] = releases(
      'ar',
      'نشرت مؤسسة الفرقان إصدارا مرئيا مدته 12 دقيقة بعنوان «على خطى الآباء» باللغة الروسية مع ترجمة عربية.',
    );
    expect(r).toMatchObject({
      media: 'video',
      duration_min: 12,
      spoken: ['ru'],
      subtitles: ['ar'],
      producer: 'مؤسسة الفرقان',
    });
  });

  it('reads the outlet named in apposition, without the comma or quotes around it', () => {
    expect(
      releases('en', 'The group\'s media wing, al-Hayat, released a video called "Race of the Brave".')[0]
        ?.producer,
    ).toBe('al-Hayat');
  });

  it('keeps a title followed by "diffusée par" and reads the producer after it', () => {
    const [r] = releases(
      'fr',
      'La vidéo intitulée « Le retour des braves », diffusée par le centre médiatique Al-Hayat en juin 2016, dure 17 minutes.',
    );
    expect(r).toMatchObject({
      title: 'Le retour des braves',
      duration_min: 17,
      producer: 'centre médiatique Al-Hayat',
    });
  });

  it('does not give a release the producer of another sentence', () => {
    const text =
      'Experts said the Amaq News Agency distributed photographs. A later video, titled "Sons of the Valley", appeared online.';
    expect(releases('en', text)[0]?.producer).toBeNull();
  });

  it('reads an outlet of the wider field as producer, without the verb before it', () => {
    expect(
      releases('en', 'A video titled "Message to the World" was released by al-Urwa al-Wuthqa on Monday.')[0]
        ?.producer,
    ).toBe('al-Urwa al-Wuthqa');
  });
});

describe('a producer is a name, never the release itself nor a verb', () => {
  it('does not take the quoted title for its producer', () => {
    expect(releases('ru', 'В сети опубликовано видео «Разведка боем».')[0]?.producer).toBeNull();
    expect(
      releases('en', 'A new video titled "Race Towards Good" was released by the studio.')[0]?.producer,
    ).toBeNull();
    expect(
      releases('fr', 'Une vidéo intitulée « Le Camp » a été diffusée par le studio.')[0]?.producer,
    ).toBeNull();
  });

  it('keeps a title followed by a participle of releasing (ru)', () => {
    expect(titles('ru', 'Ролик «Путь к победе» распространен в соцсетях в апреле.')).toEqual([
      ['video', 'Путь к победе'],
    ]);
    expect(titles('ru', 'Видео «Сыны пустыни», выпущенное весной, показывает подростков.')).toEqual([
      ['video', 'Сыны пустыни'],
    ]);
  });

  it('reads a media centre as the producer without the verb after it (ru)', () => {
    expect(releases('ru', 'Медиацентр «Аль-Хаят» выпустил видео «Разведка боем».')[0]?.producer).toBe(
      'Медиацентр «Аль-Хаят»',
    );
    expect(releases('ru', 'Группировка выпустила журнал «Исток».')[0]?.producer).toBeNull();
  });
});

describe('issue numbers and bare titles in news prose (docs6)', () => {
  it('reads an ordinal set off after the series as the issue number', () => {
    expect(titles('en', 'The group put out an issue of its Dabiq magazine, the fourth, in May.')).toEqual([
      ['magazine', 'Dabiq 4'],
    ]);
    expect(titles('ru', 'Вышел новый номер журнала «Хилафа», второй по счёту.')).toEqual([
      ['magazine', 'Хилафа 2'],
    ]);
  });
  it('ends a bare French title at the verb that tells what the release does', () => {
    expect(titles('fr', 'Une vidéo intitulée Le Retour des Lions circule depuis lundi.')).toEqual([
      ['video', 'Le Retour des Lions'],
    ]);
  });
});
