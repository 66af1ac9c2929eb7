// Mechanisms of the thirty-seventh release round: a province's media office owns its media as a group
// does; a short gloss in brackets may stand between a media noun and its title; pictures are no speakers;
// a bracketed citation at a sentence's end names its source.
import { describe } from 'vitest';
import { runProbes, runReleaseProbes, type Probe, type ReleaseProbe } from './probe-helpers.ts';

// A documentary or a film is a group's when a province's media office issued it (provinceWords with an
// outlet noun or a word of issuing next to it); a province word alone may be a state's.
const PROVINCE: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'A 40-minute documentary titled "The Blood of Martyrs" was published by the media office of Wilayat Nineveh.',
      [{ media: 'video', title: 'The Blood of Martyrs' }],
    ],
    [
      'The film "Blood of Martyrs" was released by the media office of Wilayat Nineveh.',
      [{ media: 'video', title: 'Blood of Martyrs' }],
    ],
  ],
  fr: [
    [
      'Le film « Le sang des martyrs » a été publié par le bureau médiatique de la wilaya de Ninive.',
      [{ media: 'video', title: 'Le sang des martyrs' }],
    ],
    ['Le documentaire « Les oubliés », tourné dans la wilaya de Tizi Ouzou, a été diffusé sur Arte.', []],
  ],
  ru: [
    [
      'Документальный фильм «Кровь мучеников» опубликовал информационный офис вилаята Найнава.',
      [{ media: 'video', title: 'Кровь мучеников' }],
    ],
  ],
  ar: [
    [
      'نشر المكتب الإعلامي لولاية نينوى فيلماً وثائقياً بعنوان "دماء الشهداء".',
      [{ media: 'video', title: 'دماء الشهداء' }],
    ],
    ['عرضت قناة الجزيرة فيلماً وثائقياً بعنوان "الحلم الأميركي" صور في ولاية تكساس.', []],
  ],
};

// "a chant (nasheed) "X"": a gloss of three words at most in brackets, or the noun itself in them.
const GLOSS: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'The group released a chant (nasheed) "My Ummah" in 2014.',
      [{ media: 'audio', title: 'My Ummah', date: '2014' }],
    ],
    [
      'The group released a video (in Arabic) "My Ummah" in 2014.',
      [{ media: 'video', title: 'My Ummah', date: '2014' }],
    ],
    ['In the video (filmed in 2015) "the lions" are shown.', []],
  ],
  fr: [
    [
      'Le groupe a diffusé un chant (nachid) « Mon Oumma » en 2014.',
      [{ media: 'audio', title: 'Mon Oumma', date: '2014' }],
    ],
  ],
  ru: [
    [
      'Группировка выпустила видео (ролик) «Моя умма» в 2014 году.',
      [{ media: 'video', title: 'Моя умма', date: '2014' }],
    ],
  ],
  ar: [['نشر التنظيم أنشودة (نشيد) "أمتي" عام 2014.', [{ media: 'audio', title: 'أمتي', date: '2014' }]]],
};

for (const [lang, probes] of Object.entries(PROVINCE))
  describe(`rel37 province media office (${lang})`, () => runReleaseProbes(lang, probes));
for (const [lang, probes] of Object.entries(GLOSS))
  describe(`rel37 gloss before a title (${lang})`, () => runReleaseProbes(lang, probes));

// Pictures show people, they do not count them: a speaker's phrase that ends in one (depictionNouns) is
// no speaker; data and people still are.
const PICTURES: Probe[] = [
  [
    'Reuters photographs show about 30 boys in uniform at the camp.',
    [{ v: [30, 30], pop: 'children', source: null }],
  ],
  ['Satellite images show 12 children in the courtyard.', [{ v: [12, 12], pop: 'children', source: null }]],
  [
    'Other footage shows over 30 men running drills at a camp.',
    [{ v: [30, null], pop: 'men', status: 'featured', source: null }],
  ],
  [
    'Photographs published by Reuters in May show 40 children in the camp.',
    [{ v: [40, 40], pop: 'children', source: null }],
  ],
  [
    'Reuters photographs from May show 40 children in the camp.',
    [{ v: [40, 40], pop: 'children', source: null }],
  ],
  [
    'A source who saw the photos said 40 children were in the camp.',
    [{ v: [40, 40], pop: 'children', source: 'A source' }],
  ],
  ['UN data shows 12 children were killed.', [{ v: [12, 12], pop: 'children', source: 'UN data' }]],
  [
    'The Reuters photographer said 12 children were killed.',
    [{ v: [12, 12], pop: 'children', source: 'The Reuters photographer' }],
  ],
];
describe('rel37 pictures are no speakers (en)', () => runProbes('en', PICTURES));

// "… (Interfax, 4 March 2016).": a name with its date in brackets at the end of a sentence with no
// speaker of its own is its source; a place or a reference with digits is not.
const CITED: Record<string, Probe[]> = {
  en: [
    [
      'Some 150 Kazakhstanis were training at a base in Idlib (Interfax, 4 March 2016).',
      [{ v: [150, 150], pop: 'people', origin: ['KZ'], source: 'Interfax' }],
    ],
    [
      'About 40 children were killed in Raqqa (Syria, 2019).',
      [{ v: [40, 40], pop: 'children', source: null }],
    ],
    [
      'About 40 children were killed in the strike (see Table 2, 2019).',
      [{ v: [40, 40], pop: 'children', source: null }],
    ],
  ],
  fr: [
    [
      'Une trentaine d’enfants sont détenus au camp (Le Monde, 3 mai 2019).',
      [{ v: [30, 30], pop: 'children', source: 'Le Monde' }],
    ],
  ],
  ru: [
    [
      'В лагере находятся 30 детей из России (РИА Новости, 12 мая 2019).',
      [{ v: [30, 30], pop: 'children', origin: ['RU'], source: 'РИА Новости' }],
    ],
  ],
  ar: [
    [
      'يوجد 30 طفلاً روسياً في المخيم (رويترز، 12 أيار 2019).',
      [{ v: [30, 30], pop: 'children', origin: ['RU'], source: 'رويترز' }],
    ],
  ],
};
for (const [lang, probes] of Object.entries(CITED))
  describe(`rel37 bracketed citation (${lang})`, () => runProbes(lang, probes));

// A news agency by its name alone (wireServices) that issues the media with a verb of releasing right
// before the noun; reporting a release, or obtaining a group's, is no issuing.
const WIRE: Record<string, ReleaseProbe[]> = {
  en: [
    ['AP published a video titled "Children of the Camps" in 2019.', []],
    [
      'The Associated Press reported that a video titled "Inside the Caliphate" had been posted online.',
      [{ media: 'video', title: 'Inside the Caliphate' }],
    ],
    [
      'AP obtained an IS video titled "Inside the Caliphate".',
      [{ media: 'video', title: 'Inside the Caliphate' }],
    ],
  ],
  fr: [['L’AFP a publié une vidéo intitulée « Dans le camp d’al-Hol » en 2019.', []]],
  ru: [
    ['ТАСС опубликовал материал под названием «Дети ИГ» в 2017 году.', []],
    ['По данным ТАСС, боевики опубликовали ролик «Наследники».', [{ media: 'video', title: 'Наследники' }]],
  ],
  ar: [['نشرت رويترز مقطعاً بعنوان "أطفال المخيم".', []]],
};

// A maker (journalist, film-maker) as the subject of a word of making before the media noun, an outlet's
// name between them: the film is theirs. Describing a group's video is no making.
const MAKER: Record<string, ReleaseProbe[]> = {
  en: [
    ['A BBC journalist made a film called "Return" about women from Syria.', []],
    [
      'The journalist described a video titled "Return" released by al-Hayat.',
      [{ media: 'video', title: 'Return', producer: 'al-Hayat' }],
    ],
  ],
  fr: [['Un journaliste de France 24 a tourné un film intitulé « Le Retour ».', []]],
  ru: [
    ['Журналист РИА Новости снял фильм «Возвращение» о женщинах из Сирии.', []],
    [
      'Журналист описал ролик «Возвращение», выпущенный боевиками.',
      [{ media: 'video', title: 'Возвращение' }],
    ],
  ],
};

// TV channels and services by their names are words of television: a plain film shown there is theirs,
// unless a group owns it.
const CHANNELS: Record<string, ReleaseProbe[]> = {
  en: [
    ['The film "Don\'t Leave Me", shown on Arte, tells of a young woman\'s departure.', []],
    [
      'The film "Flames of War", produced by al-Hayat, was later discussed on Channel 4.',
      [{ media: 'video', title: 'Flames of War' }],
    ],
  ],
  fr: [
    ['Le film « Ne m’abandonne pas », diffusé sur Arte, raconte le départ d’une jeune Française.', []],
    [
      'Le film « Le sang des croisés » d’al-Hayat a été analysé sur France 2.',
      [{ media: 'video', title: 'Le sang des croisés' }],
    ],
  ],
  ru: [
    ['Фильм «Мой сын, ИГ и я» показали на Первом канале.', []],
    ['Фильм «Звезда халифата» выпустили боевики.', [{ media: 'video', title: 'Звезда халифата' }]],
  ],
};

// A bare transliterated title with its translation in quotes inside brackets; a name with an epithet
// is no title.
const TRANSLATED: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'The nasheed Qariban Qariban ("Soon, Soon") became an anthem.',
      [{ media: 'audio', title: 'Qariban Qariban' }],
    ],
    ['In the video Abdullah ("the boy") shoots a man.', []],
  ],
  fr: [
    [
      'Le nachid Qariban Qariban (« Bientôt, bientôt ») est devenu un hymne.',
      [{ media: 'audio', title: 'Qariban Qariban' }],
    ],
  ],
  ru: [['Нашид Кариба Кариба («Скоро, скоро») стал гимном.', [{ media: 'audio', title: 'Кариба Кариба' }]]],
};

// A media noun in apposition after a title, an outlet's or a group's name of several words counting as
// one word; a phrase with a preposition before the noun is no apposition of the title.
const APPOSED: ReleaseProbe[] = [
  [
    'In "Cubs of the Caliphate Academy", a 2016 al-Hayat Media Center video, boys are seen memorising verses.',
    [{ media: 'video', title: 'Cubs of the Caliphate Academy', date: '2016' }],
  ],
  [
    '"Blood for Blood", a 2017 Islamic State propaganda video, shows executions.',
    [{ media: 'video', title: 'Blood for Blood', date: '2017' }],
  ],
  ['The crowd chanted "Blood for Blood", a slogan of the 2017 al-Hayat video.', []],
];

for (const [name, table] of Object.entries({ WIRE, MAKER, CHANNELS, TRANSLATED }))
  for (const [lang, probes] of Object.entries(table))
    describe(`rel37 ${name.toLowerCase()} (${lang})`, () => runReleaseProbes(lang, probes));
describe('rel37 apposed media noun (en)', () => runReleaseProbes('en', APPOSED));

// A producer named in quotes by its outlet noun: the quotes pair from the sentence's start, and the name
// right beside the noun is the producer's ("«Ансар» через студию «Нур»": the studio is «Нур»). JNIM's
// az-Zallaqa is an outlet in Russian too, in its cases.
const PRODUCERS: Record<string, ReleaseProbe[]> = {
  ru: [
    [
      'Группировка «Ансар» через студию «Нур» выпустила ролик «Победа терпеливых».',
      [{ media: 'video', title: 'Победа терпеливых', producer: 'студию «Нур»' }],
    ],
    [
      'Группировка «Джамаат Нусрат аль-Ислам» через студию «Аз-Заллака» выпустила ролик «Победа терпеливых».',
      [{ media: 'video', title: 'Победа терпеливых', producer: 'студию «Аз-Заллака»' }],
    ],
    [
      'Ролик «Победа» выпущен «Аз-Заллакой» в 2020 году.',
      [{ media: 'video', title: 'Победа', producer: 'Аз-Заллака', date: '2020' }],
    ],
  ],
  ar: [
    [
      'وكانت مؤسسة "الحياة" قد أصدرت في 2015 فيلماً بعنوان "لهيب الحرب 2".',
      [{ media: 'video', title: 'لهيب الحرب 2', producer: 'مؤسسة "الحياة"', date: '2015' }],
    ],
  ],
};
for (const [lang, probes] of Object.entries(PRODUCERS))
  describe(`rel37 quoted producer (${lang})`, () => runReleaseProbes(lang, probes));

// Arabic names a month twice, in its Levantine and its Egyptian name ("أيار/مايو", "مايو (أيار)"): the
// year follows the second name; a month named once reads as before.
const TWO_NAMES: ReleaseProbe[] = [
  [
    'في أيار/مايو 2015 نشر التنظيم إصداراً بعنوان "الثأر".',
    [{ media: 'other', title: 'الثأر', date: '2015-05' }],
  ],
  [
    'نشر التنظيم في 12 مايو/أيار 2015 إصداراً بعنوان "الثأر".',
    [{ media: 'other', title: 'الثأر', date: '2015-05-12' }],
  ],
  [
    'نشر التنظيم في 12 مايو (أيار) 2015 إصداراً بعنوان "الثأر".',
    [{ media: 'other', title: 'الثأر', date: '2015-05-12' }],
  ],
  ['نشرت أعماق في 12 أيار مقطعاً بعنوان "الثأر".', [{ media: 'video', title: 'الثأر', date: '2021-05-12' }]],
];
describe('rel37 a month named twice (ar)', () => runReleaseProbes('ar', TWO_NAMES));

// A number after a month is its day only up to 31: "в начале мая 40 детей" counts the children; a day
// stays a day ("Le 12 mai, des enfants").
const NO_32ND: Record<string, Probe[]> = {
  ru: [
    ['В начале мая 40 детей были возвращены.', [{ v: [40, 40], pop: 'children' }]],
    ['К 12 мая дети вернулись в Россию.', []],
  ],
  fr: [
    ['Fin mai 40 enfants ont été rapatriés.', [{ v: [40, 40], pop: 'children' }]],
    ['Le 12 mai, des enfants sont rentrés en France.', []],
  ],
  en: [['On May 40 children returned.', [{ v: [40, 40], pop: 'children' }]]],
};
for (const [lang, probes] of Object.entries(NO_32ND))
  describe(`rel37 no 32nd day (${lang})`, () => runProbes(lang, probes));

// A part of a periodical that came out in a series named alone: "an article … appeared in Rumiyah",
// « un article … paru dans Rumiyah ». People who appeared in a town of the same name are no issue.
const PART_IN_SERIES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'An article on knife attacks appeared in Rumiyah in 2016.',
      [{ media: 'magazine', title: 'Rumiyah', date: '2016' }],
    ],
    ['Fighters appeared in Dabiq in 2014.', []],
  ],
  fr: [
    [
      'Un article sur les attaques au couteau est paru dans Rumiyah en 2016.',
      [{ media: 'magazine', title: 'Rumiyah', date: '2016' }],
    ],
  ],
};
for (const [lang, probes] of Object.entries(PART_IN_SERIES))
  describe(`rel37 part in a series (${lang})`, () => runReleaseProbes(lang, probes));
