// Mechanisms of the thirty-ninth release round: a catalogue's list of titles after a media noun's phrase
// (the pack's listLeads, a colon or a dash); a bracketed aside between listed titles, and a date in it as
// the title's own; Arabic duals and plurals of the feminine media nouns; a number word glued to an elided
// word inside a bare title; Arabic verbs of what an infographic does end a bare title; an outlet's noun
// that begins inside its name goes on with the producer.
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

// "the videos studied were "X" and "Y"": two quoted titles or more after the noun's phrase, which a list
// word, a colon or a dash ends; each title in a cased script opens with a capital.
const CATALOGUE: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'The Amaq videos that Zelin archived include "Lions of the Desert" and "The Final Stand".',
      [
        { media: 'video', title: 'Lions of the Desert' },
        { media: 'video', title: 'The Final Stand' },
      ],
    ],
    [
      'Two nasheeds from the Ajnad archive: "Ya Shahid" and "Fajr al-Nasr".',
      [
        { media: 'audio', title: 'Ya Shahid' },
        { media: 'audio', title: 'Fajr al-Nasr' },
      ],
    ],
    ['The videos he watched were "brutal" and "slick".', []],
    ['In the videos, the slogans are "Remaining" and "Expanding".', []],
  ],
  fr: [
    [
      'Les vidéos recensées par le chercheur comprennent « Les lionceaux du désert » et « Le dernier assaut ».',
      [
        { media: 'video', title: 'Les lionceaux du désert' },
        { media: 'video', title: 'Le dernier assaut' },
      ],
    ],
    ['Les vidéos étaient « violentes » et « soignées ».', []],
  ],
  ru: [
    [
      'Среди нашидов студии «Аджнад» — «Вставай, умма» и «Рассвет победы».',
      [
        { media: 'audio', title: 'Вставай, умма' },
        { media: 'audio', title: 'Рассвет победы' },
      ],
    ],
    ['В видео звучат лозунги — «Остаётся» и «Расширяется».', []],
  ],
  ar: [
    [
      'ومن الأناشيد التي أصدرتها مؤسسة أجناد: "يا شهيد" و"فجر النصر".',
      [
        { media: 'audio', title: 'يا شهيد' },
        { media: 'audio', title: 'فجر النصر' },
      ],
    ],
    [
      'وبثت الوكالة فيلمين هما "أسود الصحراء" و"الصمود الأخير".',
      [
        { media: 'video', title: 'أسود الصحراء' },
        { media: 'video', title: 'الصمود الأخير' },
      ],
    ],
  ],
};
for (const [lang, probes] of Object.entries(CATALOGUE))
  describe(`rel39 a catalogue's list of titles (${lang})`, () => runReleaseProbes(lang, probes));

// ""X" (May 2016), "Y" and "Z"": an aside in brackets after a listed title keeps the list going, and a date
// in it is that title's own; an aside with no date leaves the sentence's date.
const ASIDES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Al-Hayat released the videos "Blood for Blood" (May 2016) and "The Return" (June 2017).',
      [
        { media: 'video', title: 'Blood for Blood', date: '2016-05' },
        { media: 'video', title: 'The Return', date: '2017-06' },
      ],
    ],
    [
      'In 2015 al-Hayat released the videos "Blood for Blood" (in French) and "The Return".',
      [
        { media: 'video', title: 'Blood for Blood', date: '2015' },
        { media: 'video', title: 'The Return', date: '2015' },
      ],
    ],
    [
      'The video "Blood for Blood" (2016) was shown at the trial in 2019.',
      [{ media: 'video', title: 'Blood for Blood', date: '2016' }],
    ],
  ],
  fr: [
    [
      'Al-Hayat a diffusé les vidéos « Sang pour sang » (mai 2016) et « Le retour » (juin 2017).',
      [
        { media: 'video', title: 'Sang pour sang', date: '2016-05' },
        { media: 'video', title: 'Le retour', date: '2017-06' },
      ],
    ],
  ],
  ru: [
    [
      '«Аль-Хаят» выпустил ролики «Кровь за кровь» (май 2016 года) и «Возвращение» (июнь 2017 года).',
      [
        { media: 'video', title: 'Кровь за кровь', date: '2016-05' },
        { media: 'video', title: 'Возвращение', date: '2017-06' },
      ],
    ],
  ],
  ar: [
    [
      'وأصدرت مؤسسة الحياة فيلمين هما "الدم بالدم" (أيار 2016) و"العودة" (حزيران 2017).',
      [
        { media: 'video', title: 'الدم بالدم', date: '2016-05' },
        { media: 'video', title: 'العودة', date: '2017-06' },
      ],
    ],
  ],
};
for (const [lang, probes] of Object.entries(ASIDES))
  describe(`rel39 a bracketed aside after a listed title (${lang})`, () => runReleaseProbes(lang, probes));

// Arabic writes the dual and plural of a feminine media noun with its adjective: "كلمتين صوتيتين".
const ARABIC_DUALS: ReleaseProbe[] = [
  [
    'وبثت مؤسسة السحاب رسالتين مرئيتين بعنوان "الوعد" و"البشارة".',
    [
      { media: 'video', title: 'الوعد' },
      { media: 'video', title: 'البشارة' },
    ],
  ],
  [
    'ونشرت مؤسسة الفرقان كلمتين صوتيتين "قل موتوا بغيظكم" و"والعاقبة للمتقين".',
    [
      { media: 'audio', title: 'قل موتوا بغيظكم' },
      { media: 'audio', title: 'والعاقبة للمتقين' },
    ],
  ],
  // A speech is no release without the adjective that makes it one.
  ['وألقى الوزير كلمتين في مؤتمر "الأمن والسلام".', []],
];
describe('rel39 Arabic duals of feminine media nouns', () => runReleaseProbes('ar', ARABIC_DUALS));

// "intitulée Bilan d'une année": a number word glued to an elided word is an article inside the title;
// one after a space ends the title.
const ELIDED_NUMBER: ReleaseProbe[] = [
  [
    "Une vidéo intitulée Le récit d'un martyr a été diffusée en 2016.",
    [{ media: 'video', title: "Le récit d'un martyr", date: '2016' }],
  ],
  [
    'Une infographie intitulée Bilan d’une semaine de combats a circulé sur Telegram.',
    [{ media: 'photo', title: 'Bilan d’une semaine de combats' }],
  ],
  ['Une vidéo intitulée Les lions trois enfants y paradent.', [{ media: 'video', title: 'Les lions' }]],
];
describe('rel39 a number word after an elided word (fr)', () => runReleaseProbes('fr', ELIDED_NUMBER));

// "إنفوغرافيك بعنوان حصاد الأجناد يلخص": what an infographic or a poster does ends a bare title; a quoted
// title keeps the verb.
const ARABIC_VERB_STOPS: ReleaseProbe[] = [
  [
    'ونشرت وكالة أعماق إنفوغرافيك بعنوان حصاد الأسبوع يرصد عمليات التنظيم.',
    [{ media: 'photo', title: 'حصاد الأسبوع' }],
  ],
  ['ونشر التنظيم ملصقا بعنوان قادمون يتوعد فيه الغرب.', [{ media: 'photo', title: 'قادمون' }]],
  ['ونشرت أعماق إنفوغرافيك بعنوان "حصاد يلخص الأسبوع".', [{ media: 'photo', title: 'حصاد يلخص الأسبوع' }]],
];
describe('rel39 Arabic verbs of what an infographic does end a bare title', () =>
  runReleaseProbes('ar', ARABIC_VERB_STOPS));

// "produced by Ajnad Media Foundation": an outlet's noun that begins inside the outlet's name goes on with it.
const PRODUCER_CHAIN: ReleaseProbe[] = [
  [
    'The nasheed "Dawn of Victory", produced by Ajnad Media Foundation, spread in 2015.',
    [{ media: 'audio', title: 'Dawn of Victory', producer: 'Ajnad Media Foundation' }],
  ],
  [
    'Ajnad Media Foundation released the nasheed "Dawn of Victory" in 2015.',
    [{ media: 'audio', title: 'Dawn of Victory', producer: 'Ajnad Media Foundation' }],
  ],
  [
    'The nasheed "Dawn of Victory" was produced by Ajnad Media.',
    [{ media: 'audio', title: 'Dawn of Victory', producer: 'Ajnad Media' }],
  ],
];
describe('rel39 a producer noun that begins inside the outlet name', () =>
  runReleaseProbes('en', PRODUCER_CHAIN));

// "وصور فيلم "X"" (filmed, or pictures of, a film "X"): where the noun leads (Arabic), a media noun right
// before the quote is the one the title names; in English "a video statement "X"" keeps the format first.
const NOUN_BEFORE_QUOTE: Record<string, ReleaseProbe[]> = {
  ar: [
    ['وصور فيلم "أسود الدواوين" في الموصل.', [{ media: 'video', title: 'أسود الدواوين' }]],
    ['ونشرت الوكالة صور فيلم "أسود الدواوين" على تلغرام.', [{ media: 'video', title: 'أسود الدواوين' }]],
    ['ونشرت الوكالة صورا "حصاد الأسبوع" على تلغرام.', [{ media: 'photo', title: 'حصاد الأسبوع' }]],
  ],
  en: [
    [
      'Al-Hayat posted a video statement "To the Mujahideen" in 2015.',
      [{ media: 'video', title: 'To the Mujahideen' }],
    ],
  ],
};
for (const [lang, probes] of Object.entries(NOUN_BEFORE_QUOTE))
  describe(`rel39 the media noun right before a quote (${lang})`, () => runReleaseProbes(lang, probes));

// A list of titles goes on past a semicolon after a bracketed aside (""X" (2014); "Y" (2015)") and past a
// comma set inside the quote in American style (""X," "Y," and "Z""); a quote a verb of saying follows is
// speech, and a semicolon with no aside before it joins nothing.
const LIST_PUNCTUATION: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Al-Furqan speeches by year: "Be Patient" (2014); "Wait, We Too Are Waiting" (2015); "This Is What Allah Promised" (2016).',
      [
        { media: 'audio', title: 'Be Patient', date: '2014' },
        { media: 'audio', title: 'Wait, We Too Are Waiting', date: '2015' },
        { media: 'audio', title: 'This Is What Allah Promised', date: '2016' },
      ],
    ],
    [
      'Amaq released the videos "Lions of the Lake," "Sons of the Sahel," and "The Last Stand" in 2019.',
      [
        { media: 'video', title: 'Lions of the Lake' },
        { media: 'video', title: 'Sons of the Sahel' },
        { media: 'video', title: 'The Last Stand' },
      ],
    ],
    [
      'He watched the video "Lions of the Lake" (2019); "It was terrifying," he said.',
      [{ media: 'video', title: 'Lions of the Lake', date: '2019' }],
    ],
    [
      'He watched the video "Lions of the Lake"; "It Was Terrifying" was his verdict.',
      [{ media: 'video', title: 'Lions of the Lake' }],
    ],
  ],
  fr: [
    [
      'Vidéos d’al-Hayat par année : « Le feu de la guerre » (2014) ; « La guérison » (2015).',
      [
        { media: 'video', title: 'Le feu de la guerre', date: '2014' },
        { media: 'video', title: 'La guérison', date: '2015' },
      ],
    ],
  ],
};
for (const [lang, probes] of Object.entries(LIST_PUNCTUATION))
  describe(`rel39 punctuation of a list of titles (${lang})`, () => runReleaseProbes(lang, probes));

// "The offensive, called "X", was announced in a video": a marker's name with no media noun of its own is
// no media's that a preposition of place leads; a media noun that is the sentence's subject still owns it.
const PLACE_LED: Record<string, ReleaseProbe[]> = {
  en: [
    ['The offensive, called "Battle of Attrition", was announced in a video by Amaq.', []],
    [
      'Titled "Battle of Attrition", the video shows boys training.',
      [{ media: 'video', title: 'Battle of Attrition' }],
    ],
  ],
  fr: [['L’offensive, baptisée « Bataille d’usure », a été annoncée dans une vidéo d’Amaq.', []]],
  ru: [['Наступление под названием «Битва на истощение» было объявлено в видео «Амака».', []]],
};
for (const [lang, probes] of Object.entries(PLACE_LED))
  describe(`rel39 a media noun led by a preposition of place (${lang})`, () =>
    runReleaseProbes(lang, probes));

// ""Salil al-Sawarim" (The Clanging of the Swords), a nasheed": a title before its noun past its bracketed
// translation; a quote right after a verb of shouting or saying is speech, with or without the aside.
const TITLE_BEFORE_NOUN: Record<string, ReleaseProbe[]> = {
  en: [
    [
      '"Ummati Qad Laha Fajrun" (My Ummah, Dawn Has Appeared), a nasheed released in 2013, was translated into many languages.',
      [{ media: 'audio', title: 'Ummati Qad Laha Fajrun', date: '2013' }],
    ],
    ['He shouted "Allahu Akbar" (God is greatest), a video shows.', []],
    ['He said "Allahu Akbar", a video shows.', []],
  ],
  fr: [
    [
      '« Salil al-Sawarim » (Le fracas des épées), un nachid sorti en 2014, est devenu un hymne.',
      [{ media: 'audio', title: 'Salil al-Sawarim', date: '2014' }],
    ],
    ['Il a crié « Allahou akbar » (Dieu est le plus grand), une vidéo le montre.', []],
  ],
  ru: [['Он крикнул «Аллаху акбар», видео это показывает.', []]],
};
for (const [lang, probes] of Object.entries(TITLE_BEFORE_NOUN))
  describe(`rel39 a title before its noun past a bracketed translation (${lang})`, () =>
    runReleaseProbes(lang, probes));

// English plurals of the photo nouns: "posters titled "X"", "infographics such as "X" and "Y"".
const PHOTO_PLURALS: ReleaseProbe[] = [
  [
    'The group released posters titled "Lions of Tomorrow".',
    [{ media: 'photo', title: 'Lions of Tomorrow' }],
  ],
  [
    'Amaq infographics such as "Harvest of the Week" and "Toll of the Crusaders" appear weekly.',
    [
      { media: 'photo', title: 'Harvest of the Week' },
      { media: 'photo', title: 'Toll of the Crusaders' },
    ],
  ],
  ['Election posters called on voters to stay home.', []],
];
describe('rel39 English plurals of photo nouns', () => runReleaseProbes('en', PHOTO_PLURALS));

// "وقال البغدادي في تسجيل صوتي "اصبروا".": a quote that ends the sentence right after a media noun a
// preposition of place leads, with a verb of saying before it, is said in the media; a clause after it
// ("… "X" that victory was near") makes the quote the media's name.
const SAID_IN_MEDIA: Record<string, ReleaseProbe[]> = {
  ar: [
    ['وقال المتحدث في كلمة صوتية "اثبتوا".', []],
    ['وقال البغدادي في تسجيل صوتي "اصبروا" إن النصر قريب.', [{ media: 'audio', title: 'اصبروا' }]],
    ['ونشرت مؤسسة الفرقان تسجيلا صوتيا "اصبروا".', [{ media: 'audio', title: 'اصبروا' }]],
  ],
  en: [
    ['The spokesman said in an audio message "Stand Firm".', []],
    [
      'The spokesman said in the audio message "Stand Firm" that victory was near.',
      [{ media: 'audio', title: 'Stand Firm' }],
    ],
  ],
};
for (const [lang, probes] of Object.entries(SAID_IN_MEDIA))
  describe(`rel39 words said in a media (${lang})`, () => runReleaseProbes(lang, probes));

// "two videos titled Lions of the Lake and Sons of the Sahel": after a noun counted two, a bare title
// splits at its one conjunction when a capital opens the word after it; one video keeps its title whole.
const TWO_BARE_TITLES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Al-Kataib released two videos titled Hunters of the Apostates and The Price of Treason in 2018.',
      [
        { media: 'video', title: 'Hunters of the Apostates' },
        { media: 'video', title: 'The Price of Treason' },
      ],
    ],
    [
      'Al-Kataib released a video titled Hunters of the Apostates and The Price of Treason in 2018.',
      [{ media: 'video', title: 'Hunters of the Apostates and The Price of Treason' }],
    ],
  ],
  ru: [
    [
      'ИГ выпустило два ролика под названием Львы озера и Сыны Сахеля в мае 2019 года.',
      [
        { media: 'video', title: 'Львы озера' },
        { media: 'video', title: 'Сыны Сахеля' },
      ],
    ],
    [
      'ИГ выпустило ролик под названием Кровь и огонь в мае 2019 года.',
      [{ media: 'video', title: 'Кровь и огонь' }],
    ],
  ],
};
for (const [lang, probes] of Object.entries(TWO_BARE_TITLES))
  describe(`rel39 two bare titles after a noun counted two (${lang})`, () => runReleaseProbes(lang, probes));
