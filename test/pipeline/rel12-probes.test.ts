// Blind probes for the twelfth release round, written before looking at any dev error: release
// titles (unquoted sentence-case titles after a title marker or in apposition to a media noun, every
// quote style, titles with colons, magazine issue numbers, no names of people, places, groups, outlets
// or camps taken as titles); release fields (producer from a media wing or foundation, media type,
// duration, languages); and the source of a claim in the text's own words (an agency after
// "according to" and its equivalents, a speaker after a closing quote, a headline before a colon, a
// pronoun speaker), never a time phrase or a preposition.
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';
import { checkReleases, runProbes } from './probe-helpers.ts';

type TitleProbe = [text: string, want: [media: string, title: string][]];

const TITLES: Record<string, TitleProbe[]> = {
  en: [
    ['Rumiyah issue 9 carried a guide to knife attacks.', [['magazine', 'Rumiyah 9']]],
    [
      'The al-Hayat film “Flames of War: The Fighting Has Just Begun” was released in 2014.',
      [['video', 'Flames of War: The Fighting Has Just Begun']],
    ],
    [
      "A nasheed called 'My Ummah, Dawn Has Appeared' became an anthem.",
      [['audio', 'My Ummah, Dawn Has Appeared']],
    ],
    ['The video, titled "No Respite", was produced by al-Hayat.', [['video', 'No Respite']]],
    ['Fighters in the video chant "Baqiya" as they march.', []],
    [
      'The group released a video titled "Soldiers of Tomorrow" in March.',
      [['video', 'Soldiers of Tomorrow']],
    ],
    ['A video entitled “Return of the Lions” appeared on Telegram.', [['video', 'Return of the Lions']]],
    [
      "Amaq circulated a clip called 'Harvest of the Apostates' last week.",
      [['video', 'Harvest of the Apostates']],
    ],
    ['A nasheed titled ‘Wake Up, O Youth’ spread on social media.', [['audio', 'Wake Up, O Youth']]],
    [
      'The video "Kingdom of the Faithful: Part Two" shows boys at a camp.',
      [['video', 'Kingdom of the Faithful: Part Two']],
    ],
    ['Issue 12 of Dabiq praised the attackers.', [['magazine', 'Dabiq 12']]],
    ['Dabiq issue 7 carried an article on hijra.', [['magazine', 'Dabiq 7']]],
    ['The third issue of Rumiyah urged attacks with trucks.', [['magazine', 'Rumiyah 3']]],
    ['The magazine Voice of Hind published a photo of the boys.', [['magazine', 'Voice of Hind']]],
    ['The video showed fighters in al-Hol camp near Hasakah.', []],
    ['Boys from the camp appeared in a video by Amaq in Raqqa.', []],
    ['A poster titled "Your Blood Is Halal" circulated on Rocket.Chat.', [['photo', 'Your Blood Is Halal']]],
  ],
  fr: [
    [
      'Le nashid « Mon Oumma, l’aube est apparue » est devenu un hymne.',
      [['audio', 'Mon Oumma, l’aube est apparue']],
    ],
    ['Dans la vidéo, un garçon crie « Nous arrivons ».', []],
    ['La revue Dar al-Islam, publiée en français, ciblait les recrues.', [['magazine', 'Dar al-Islam']]],
    [
      'Le groupe a diffusé une vidéo intitulée Les lionceaux du califat en 2015.',
      [['video', 'Les lionceaux du califat']],
    ],
    [
      'La vidéo Les enfants de la hijra, publiée par al-Hayat, montre des garçons armés.',
      [['video', 'Les enfants de la hijra']],
    ],
    [
      'Une vidéo intitulée « Le retour des braves » a été mise en ligne en mai.',
      [['video', 'Le retour des braves']],
    ],
    [
      'Un nashid intitulé “Ô jeunesse, lève-toi” a circulé sur Telegram.',
      [['audio', 'Ô jeunesse, lève-toi']],
    ],
    ['Le numéro 3 de Dar al-Islam appelait à frapper la France.', [['magazine', 'Dar al-Islam 3']]],
    ['Le troisième numéro de Dar al-Islam appelait à frapper la France.', [['magazine', 'Dar al-Islam 3']]],
    ['Le magazine Dabiq, dans son numéro 12, saluait les attaques.', [['magazine', 'Dabiq 12']]],
    [
      'Une vidéo intitulée « Sur les pas des compagnons : épisode 2 » montre des adolescents.',
      [['video', 'Sur les pas des compagnons : épisode 2']],
    ],
    ['La vidéo, tournée dans le camp de Roj, montre des femmes françaises.', []],
    ['Une vidéo de l’État islamique montre Abou Moussa à Mossoul.', []],
  ],
  ru: [
    ['Аудиообращение под названием «Терпение» распространило агентство Амак.', [['audio', 'Терпение']]],
    ['Ролик под названием Сыны Шама вышел в 2015 году.', [['video', 'Сыны Шама']]],
    ['Журнал «Дабик» в 15-м номере писал о детях.', [['magazine', 'Дабик 15']]],
    [
      'Боевики выпустили видеоролик под названием Наследники халифата в 2016 году.',
      [['video', 'Наследники халифата']],
    ],
    ['Видеоролик «Львята халифата» распространялся в Telegram.', [['video', 'Львята халифата']]],
    ['В видео под названием „Дорога в Шам“ дети стреляют по мишеням.', [['video', 'Дорога в Шам']]],
    ['Пятый номер журнала «Исток» был посвящен детям.', [['magazine', 'Исток 5']]],
    ['5-й номер «Истока» вышел на русском языке.', [['magazine', 'Исток 5']]],
    ['Нашид «Мы вернемся» исполняют дети.', [['audio', 'Мы вернемся']]],
    [
      'Фильм под названием "Кровь мучеников: часть вторая" показывает детей в лагере.',
      [['video', 'Кровь мучеников: часть вторая']],
    ],
    ['В видеоролике боевики показывают лагерь аль-Холь в Сирии.', []],
    ['Видео «Вилаята Хорасан» показывает детей из Таджикистана.', []],
  ],
  ar: [
    ['بثت وكالة أعماق مقطعاً مصوراً بعنوان "فرسان الشهادة".', [['video', 'فرسان الشهادة']]],
    ['نشرت مجلة رومية في عددها الثالث صوراً لأطفال.', [['magazine', 'رومية 3']]],
    ['نشر التنظيم إصداراً مرئياً بعنوان أشبال الخلافة يظهر أطفالاً.', [['video', 'أشبال الخلافة']]],
    ['بثت مؤسسة الفرقان فيديو بعنوان "صليل الصوارم" في عام 2014.', [['video', 'صليل الصوارم']]],
    ['نشرت مجلة دابق في عددها 12 مقالاً عن الهجرة.', [['magazine', 'دابق 12']]],
    ['أصدر التنظيم نشيداً بعنوان «أمتي قد لاح فجر».', [['audio', 'أمتي قد لاح فجر']]],
    ['ظهر أطفال في فيديو من مخيم الهول.', []],
  ],
};

type FieldProbe = [text: string, fields: Partial<Release> & { producerHas?: string }];

const FIELDS: Record<string, FieldProbe[]> = {
  en: [
    [
      'ISWAP\'s media wing released a video titled "Lions of the Lake" in 2019.',
      { media: 'video', producerHas: 'ISWAP' },
    ],
    [
      'The group\'s al-Kataib media foundation released a video titled "Hunters of the Crusaders".',
      { media: 'video', producerHas: 'al-Kataib' },
    ],
    ['A video by Amaq titled "The Cubs Strike" showed two boys.', { media: 'video', producerHas: 'Amaq' }],
    ['A 12-minute video titled "Fields of Glory" appeared online.', { media: 'video', duration_min: 12 }],
    [
      'The video "Fields of Glory", in Russian with Arabic subtitles, targets Central Asians.',
      { spoken: ['ru'], subtitles: ['ar'] },
    ],
    ['An audio message titled "Be Patient" was released in May 2018.', { media: 'audio', date: '2018-05' }],
    ['A photo report titled "Life in the Wilayah" showed children at school.', { media: 'photo' }],
    ['The Islamic State released a video titled "Blood for Blood".', { producerHas: 'Islamic State' }],
  ],
  fr: [
    [
      'Une vidéo de 20 minutes intitulée « Le prix du sang » a été publiée par al-Hayat.',
      { duration_min: 20, producerHas: 'al-Hayat' },
    ],
    [
      'La vidéo « Le prix du sang », en français sous-titrée en arabe, vise les recrues.',
      { spoken: ['fr'], subtitles: ['ar'] },
    ],
    [
      "La branche médiatique de l'EIGS a publié une vidéo intitulée « Les fils du Sahel ».",
      { producerHas: 'EIGS' },
    ],
  ],
  ru: [
    [
      'Видеоролик «Путь чести» продолжительностью 7 минут опубликовало агентство Амак.',
      { duration_min: 7, producerHas: 'Амак' },
    ],
    ['Медиа-крыло боевиков выпустило видео «Путь чести».', { producerHas: 'Медиа-крыло боевиков' }],
    [
      'Видео «Путь чести» на русском языке с арабскими субтитрами вышло в 2017 году.',
      { spoken: ['ru'], subtitles: ['ar'], date: '2017' },
    ],
  ],
  ar: [
    ['نشرت مؤسسة الفرقان التابعة لتنظيم الدولة إصداراً بعنوان "رسالة إلى الأمة".', { producerHas: 'الفرقان' }],
    ['نشر التنظيم فيديو بعنوان "رسالة إلى الأمة" مدته 20 دقيقة.', { duration_min: 20 }],
  ],
};

const releases = (lang: string, text: string): Release[] =>
  extract(text, { lang, published: '2021-06-01' }).releases.filter((r) => r.title !== null);

for (const [lang, probes] of Object.entries(TITLES))
  describe(`${lang} release titles`, () => {
    for (const [text, want] of probes) it(text, () => checkReleases(lang, text, want));
  });

for (const [lang, probes] of Object.entries(FIELDS))
  describe(`${lang} release fields`, () => {
    for (const [text, fields] of probes)
      it(text, () => {
        const [r] = releases(lang, text);
        expect(r).toBeDefined();
        const { producerHas, ...rest } = fields;
        if (producerHas) expect(r!.producer ?? '').toContain(producerHas);
        for (const [k, v] of Object.entries(rest))
          expect({ [k]: r![k as keyof Release] }).toEqual({ [k]: v });
      });
  });

describe('en claim sources', () => {
  runProbes('en', [
    [
      '"Twelve boys were freed," a UNICEF spokesperson told reporters.',
      [{ v: [12, 12], pop: 'children', origin: [], source: 'a UNICEF spokesperson' }],
    ],
    [
      'Police said 14 suspected IS members were arrested in Almaty.',
      [{ v: [14, 14], pop: 'fighters', origin: [], source: 'Police' }],
    ],
    [
      'According to UNICEF, 40 children were killed in the camp.',
      [{ v: [40, 40], pop: 'children', origin: [], source: 'UNICEF' }],
    ],
    [
      'At least 300 Kazakh fighters joined IS, the minister said.',
      [{ v: [300, null], pop: 'fighters', origin: ['KZ'], source: 'the minister' }],
    ],
    [
      '"We have brought back 25 women from Syria," the official said.',
      [{ v: [25, 25], pop: 'women', origin: [], source: 'the official' }],
    ],
    [
      'UN experts: 2,000 foreign fighters remain in Afghanistan',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], source: 'UN experts' }],
    ],
    [
      'In May, 60 Tajik women returned from Iraq.',
      [{ v: [60, 60], pop: 'women', origin: ['TJ'], source: null }],
    ],
    [
      'Human Rights Watch said that 150 children were held in Roj camp.',
      [{ v: [150, 150], pop: 'children', origin: [], source: 'Human Rights Watch' }],
    ],
    [
      'The spokesman spoke to reporters. He said 80 Uzbek nationals had been repatriated.',
      [{ v: [80, 80], pop: 'people', origin: ['UZ'], source: 'He' }],
    ],
    [
      'Some 500 Kyrgyz citizens went to Syria, according to the State Committee for National Security.',
      [{ v: [500, 500], pop: 'people', origin: ['KG'], source: 'the State Committee for National Security' }],
    ],
  ]);
});

describe('fr claim sources', () => {
  runProbes('fr', [
    [
      'Selon le parquet national antiterroriste, 300 Français sont toujours en Syrie.',
      [{ v: [300, 300], pop: 'people', origin: ['FR'], source: 'le parquet national antiterroriste' }],
    ],
    [
      'Selon Human Rights Watch, 200 enfants français sont détenus en Syrie.',
      [{ v: [200, 200], pop: 'children', origin: ['FR'], source: 'Human Rights Watch' }],
    ],
    [
      '« Nous avons rapatrié 35 enfants », a-t-il déclaré.',
      [{ v: [35, 35], pop: 'children', origin: [], source: 'il' }],
    ],
    [
      "Environ 1 700 Français ont rejoint l'EI, a indiqué le ministre de l'Intérieur.",
      [{ v: [1700, 1700], pop: 'people', origin: ['FR'], source: "le ministre de l'Intérieur" }],
    ],
    [
      'En mai, 12 femmes sont rentrées en France.',
      [{ v: [12, 12], pop: 'women', origin: ['FR'], source: null }],
    ],
    [
      "D'après l'ONU, 60 combattants étrangers ont été tués.",
      [{ v: [60, 60], pop: 'fighters', origin: ['region:foreign'], source: "l'ONU" }],
    ],
    [
      'Le parquet : 45 personnes mises en examen pour terrorisme',
      [{ v: [45, 45], pop: 'people', origin: [], source: 'Le parquet' }],
    ],
  ]);
});

describe('ru claim sources', () => {
  runProbes('ru', [
    ['«Вернули 25 женщин», — отметила она.', [{ v: [25, 25], pop: 'women', origin: [], source: 'она' }]],
    [
      'По данным МВД Казахстана, 150 граждан страны находятся в Сирии.',
      [{ v: [150, 150], pop: 'people', origin: ['KZ'], source: 'МВД Казахстана' }],
    ],
    [
      'В Сирию выехали 400 граждан Таджикистана, сообщил представитель ГКНБ.',
      [{ v: [400, 400], pop: 'people', origin: ['TJ'], source: 'представитель ГКНБ' }],
    ],
    [
      '«Мы вернули 30 детей», — сказал министр.',
      [{ v: [30, 30], pop: 'children', origin: [], source: 'министр' }],
    ],
    ['В мае из Ирака вернулись 14 детей.', [{ v: [14, 14], pop: 'children', origin: [], source: null }]],
    [
      'Как сообщает ООН, в лагере аль-Холь находятся 60 детей из России.',
      [{ v: [60, 60], pop: 'children', origin: ['RU'], source: 'ООН' }],
    ],
    [
      'По словам омбудсмена, 20 женщин вернулись в Казахстан.',
      [{ v: [20, 20], pop: 'women', origin: ['KZ'], source: 'омбудсмена' }],
    ],
    [
      'СК: 15 жителей Дагестана осуждены за участие в ИГИЛ',
      [{ v: [15, 15], pop: 'people', origin: ['RU'], source: 'СК' }],
    ],
  ]);
});

describe('ar claim sources', () => {
  runProbes('ar', [
    [
      'ذكرت وكالة الأنباء الرسمية أن 30 طفلاً عادوا إلى طاجيكستان.',
      [{ v: [30, 30], pop: 'children', origin: ['TJ'], source: 'وكالة الأنباء الرسمية' }],
    ],
    [
      'حسب الأمم المتحدة، قتل 40 طفلاً في المخيم.',
      [{ v: [40, 40], pop: 'children', origin: [], source: 'الأمم المتحدة' }],
    ],
    [
      'وقال الوزير إن 300 مقاتل أجنبي عادوا إلى بلدانهم.',
      [{ v: [300, 300], pop: 'fighters', origin: ['region:foreign'], source: 'الوزير' }],
    ],
    [
      'وفقاً لمنظمة هيومن رايتس ووتش، يحتجز 150 طفلاً في مخيم روج.',
      [{ v: [150, 150], pop: 'children', origin: [], source: 'منظمة هيومن رايتس ووتش' }],
    ],
    ['في مايو، عاد 60 طفلاً إلى العراق.', [{ v: [60, 60], pop: 'children', origin: [], source: null }]],
  ]);
});
