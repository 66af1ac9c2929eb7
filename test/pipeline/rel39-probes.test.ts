// Blind probes for the thirty-ninth release round, written before reading the release code for this
// round, in styles the earlier rounds stressed little: researchers' catalogues with each title's date in
// parentheses, several titles in one sentence, titles in « », “ ”, „ “ and single quotes or bare after a
// naming word, transliterated Arabic titles, a producer named after the title ("produced by …", "من
// إنتاج …", "подготовленный медиацентром …"), magazine issues named by number or ordinal apart from the
// series, nasheeds, infographics and posters, and videos described by what they show without a title
// (no titled release). Counter-cases: quotes that hold a slogan, a report's own title, a book, an
// operation's name or a person's words.
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Among the al-Hayat videos Winter coded were "Flames of War" (September 2014), "Although the Disbelievers Dislike It" (November 2014) and "Healing of the Believers\' Chests" (February 2015).',
      [
        { media: 'video', title: 'Flames of War', date: '2014-09' },
        { media: 'video', title: 'Although the Disbelievers Dislike It', date: '2014-11' },
        { media: 'video', title: "Healing of the Believers' Chests", date: '2015-02' },
      ],
    ],
    [
      'Ajnad released the nasheeds "Salil al-Sawarim", "Ummati Qad Laha Fajrun" and "Dawlat al-Islam Qamat" between 2013 and 2014.',
      [
        { media: 'audio', title: 'Salil al-Sawarim' },
        { media: 'audio', title: 'Ummati Qad Laha Fajrun' },
        { media: 'audio', title: 'Dawlat al-Islam Qamat' },
      ],
    ],
    [
      'The video "The Return of the Khilafah", produced by al-Hayat Media Center, was posted in July 2014.',
      [
        {
          media: 'video',
          title: 'The Return of the Khilafah',
          producer: 'al-Hayat Media Center',
          date: '2014-07',
        },
      ],
    ],
    [
      'The killing was praised in issue 12 of Dabiq, which appeared in November 2015.',
      [{ media: 'magazine', title: 'Dabiq 12' }],
    ],
    [
      'Issue 15 of Dabiq, titled "Break the Cross", came out in July 2016.',
      [{ media: 'magazine', title: 'Break the Cross', date: '2016-07' }],
    ],
    [
      "A poster titled 'Join the Caravan' was shared by the group's supporters on Telegram.",
      [{ media: 'photo', title: 'Join the Caravan' }],
    ],
    [
      'Al-Furqan issued an audio speech titled Wa Yahya Man Hayya an Bayyina in which the spokesman addressed his followers.',
      [{ media: 'audio', title: 'Wa Yahya Man Hayya an Bayyina' }],
    ],
    [
      'The nasheed “Qariban Qariba”, produced by Ajnad Media Foundation, was released in 2014.',
      [{ media: 'audio', title: 'Qariban Qariba', producer: 'Ajnad Media Foundation', date: '2014' }],
    ],
    ['A video released by Amaq on 4 May showed children executing prisoners in Raqqa.', []],
    ['Supporters chanted "Baqiya wa Tatamaddad" (remaining and expanding) at the rally.', []],
    ['In his book "ISIS: Inside the Army of Terror", Michael Weiss describes the group\'s media.', []],
    ['During Operation "Wrath of the Euphrates" the SDF took Raqqa.', []],
    ['A spokesman for the group told the BBC that "our videos show the truth".', []],
  ],
  fr: [
    [
      'Parmi les vidéos d’al-Hayat étudiées figurent « Flammes de guerre » (septembre 2014) et « La guérison des poitrines » (février 2015).',
      [
        { media: 'video', title: 'Flammes de guerre', date: '2014-09' },
        { media: 'video', title: 'La guérison des poitrines', date: '2015-02' },
      ],
    ],
    [
      'Le numéro 12 de Dabiq, paru en novembre 2015, revendiquait les attentats.',
      [{ media: 'magazine', title: 'Dabiq 12', date: '2015-11' }],
    ],
    [
      'Le quinzième numéro de Dabiq, intitulé « Briser la croix », est sorti en juillet 2016.',
      [{ media: 'magazine', title: 'Briser la croix', date: '2016-07' }],
    ],
    [
      'La vidéo « Le retour du califat », produite par le centre médiatique al-Hayat, a été mise en ligne en juillet 2014.',
      [{ media: 'video', title: 'Le retour du califat', date: '2014-07' }],
    ],
    [
      'Le nachid “Ghuraba” a été diffusé par la fondation Ajnad en 2014.',
      [{ media: 'audio', title: 'Ghuraba', date: '2014' }],
    ],
    [
      'Une infographie intitulée Bilan d’une année de califat a circulé sur Telegram.',
      [{ media: 'photo', title: 'Bilan d’une année de califat' }],
    ],
    [
      "Une affiche intitulée 'Rejoins la caravane' a été partagée par ses partisans.",
      [{ media: 'photo', title: 'Rejoins la caravane' }],
    ],
    [
      'Les vidéos « Le festin des soldats » et « La moisson des apostats » ont été publiées par la wilaya de Raqqa en 2016.',
      [
        { media: 'video', title: 'Le festin des soldats' },
        { media: 'video', title: 'La moisson des apostats' },
      ],
    ],
    ['Une vidéo publiée par Amaq le 4 mai montre des enfants en train de s’entraîner au tir.', []],
    ['Les partisans scandaient « Baqiya » (elle demeure) dans les rues de Mossoul.', []],
    ['Le rapport « Enfants de Daech » a été publié par le Centre d’analyse du terrorisme en 2019.', []],
    ['L’opération « Barkhane » a mobilisé 5 100 soldats au Sahel.', []],
    ['Le porte-parole a affirmé que « nos vidéos montrent la vérité ».', []],
  ],
  ru: [
    [
      'Среди изученных роликов «Аль-Хаят» — «Пламя войны» (сентябрь 2014 года) и «Исцеление груди верующих» (февраль 2015 года).',
      [
        { media: 'video', title: 'Пламя войны', date: '2014-09' },
        { media: 'video', title: 'Исцеление груди верующих', date: '2015-02' },
      ],
    ],
    [
      '12-й номер журнала «Дабик» вышел в ноябре 2015 года.',
      [{ media: 'magazine', title: 'Дабик 12', date: '2015-11' }],
    ],
    [
      'Пятнадцатый выпуск журнала «Дабик» под названием «Сломай крест» вышел в июле 2016 года.',
      [{ media: 'magazine', title: 'Сломай крест', date: '2016-07' }],
    ],
    [
      'Видео „Возвращение халифата“, подготовленное медиацентром «Аль-Хаят», появилось в июле 2014 года.',
      [{ media: 'video', title: 'Возвращение халифата', date: '2014-07' }],
    ],
    [
      'Нашид под названием Салиль ас-Саварим стал неофициальным гимном группировки.',
      [{ media: 'audio', title: 'Салиль ас-Саварим' }],
    ],
    [
      'Инфографика «Урожай солдат» выходит в каждом номере газеты «Ан-Наба».',
      [
        { media: 'photo', title: 'Урожай солдат' },
        { media: 'magazine', title: 'Ан-Наба' },
      ],
    ],
    ['Сторонники ИГ распространяли плакат под названием «Жди нас».', [{ media: 'photo', title: 'Жди нас' }]],
    [
      'Во втором номере журнала «Исток» была опубликована статья о Кавказе.',
      [{ media: 'magazine', title: 'Исток 2' }],
    ],
    ['На видео, опубликованном «Амаком» 4 мая, дети расстреливают пленных.', []],
    ['Сторонники группировки скандировали лозунг «Остаётся и расширяется».', []],
    ['В ходе операции «Гнев Евфрата» курды взяли Ракку.', []],
    ['Доклад «Дети халифата» подготовил центр «Сова» в 2019 году.', []],
    ['Как заявил представитель группировки, «наши видео показывают правду».', []],
  ],
  ar: [
    [
      'ومن الأفلام التي أصدرتها مؤسسة الحياة: "لهيب الحرب" (أيلول 2014) و"شفاء الصدور" (شباط 2015).',
      [
        { media: 'video', title: 'لهيب الحرب', date: '2014-09' },
        { media: 'video', title: 'شفاء الصدور', date: '2015-02' },
      ],
    ],
    [
      'ونشر شريط "عودة الخلافة" من إنتاج مركز الحياة للإعلام في تموز 2014.',
      [{ media: 'video', title: 'عودة الخلافة', producer: 'مركز الحياة', date: '2014-07' }],
    ],
    ['وأشاد العدد 250 من صحيفة النبأ بالهجوم.', [{ media: 'magazine', title: 'النبأ 250' }]],
    [
      'وصدر العدد الخامس عشر من مجلة دابق بعنوان "اكسر الصليب" في تموز 2016.',
      [{ media: 'magazine', title: 'اكسر الصليب', date: '2016-07' }],
    ],
    [
      'وانتشر نشيد "صليل الصوارم" من إنتاج مؤسسة أجناد على نطاق واسع.',
      [{ media: 'audio', title: 'صليل الصوارم', producer: 'مؤسسة أجناد' }],
    ],
    [
      'ونشرت وكالة أعماق إنفوغرافيك بعنوان حصاد الأجناد يلخص هجمات الأسبوع.',
      [{ media: 'photo', title: 'حصاد الأجناد' }],
    ],
    [
      'ونشر أنصار التنظيم ملصقاً بعنوان «انفروا خفافاً وثقالاً» على تلغرام.',
      [{ media: 'photo', title: 'انفروا خفافاً وثقالاً' }],
    ],
    [
      'وأصدرت مؤسسة الفرقان كلمتين صوتيتين هما "ويحيى من حي عن بينة" و"فاصبروا إن وعد الله حق".',
      [
        { media: 'audio', title: 'ويحيى من حي عن بينة' },
        { media: 'audio', title: 'فاصبروا إن وعد الله حق' },
      ],
    ],
    ['وأظهر مقطع فيديو نشرته وكالة أعماق أطفالاً يعدمون أسرى في الرقة.', []],
    ['وردد المقاتلون شعار "باقية وتتمدد" في شوارع الموصل.', []],
    ['وخلال عملية "غضب الفرات" سيطرت قوات سوريا الديمقراطية على الرقة.', []],
    ['وأصدرت منظمة هيومن رايتس ووتش تقريراً بعنوان "أطفال الخلافة" عام 2019.', []],
    ['وقال المتحدث باسم التنظيم إن "إصداراتنا تفضح الأعداء".', []],
  ],
};

const OPEN_PROBES: Record<string, ReleaseProbe[]> = {};

const OPEN = new Set<string>(Object.values(OPEN_PROBES).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel39 releases (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_PROBES[lang] ?? [])], OPEN));

// A second batch, written after the first batch's fixes and before running it: lists after "such as",
// "tels que", "в том числе", "مثل"; issues numbered by "No.", "#" and ordinals, in a case; titles in single
// quotes; a title's own date in brackets; quotes that name a hashtag, a channel, the report or what a boy
// says in a video.
const SECOND: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'IS media produced nasheeds such as "Qariban Qariba" and "Salil al-Sawarim" in several languages.',
      [
        { media: 'audio', title: 'Qariban Qariba' },
        { media: 'audio', title: 'Salil al-Sawarim' },
      ],
    ],
    [
      "The videos 'Eid Greetings' and 'Race Towards Good' both feature children.",
      [
        { media: 'video', title: 'Eid Greetings' },
        { media: 'video', title: 'Race Towards Good' },
      ],
    ],
    ['The tenth issue of Rumiyah urged attacks with trucks.', [{ media: 'magazine', title: 'Rumiyah 10' }]],
    [
      'The video "Knights of the Departments" (12 March 2016) was filmed in Raqqa.',
      [{ media: 'video', title: 'Knights of the Departments', date: '2016-03-12' }],
    ],
    ['Supporters promoted the hashtag "AllEyesOnISIS" on Twitter in 2014.', []],
    ['In the video, a boy says "We will come to you" before the execution.', []],
    ['This report, "Children of the Caliphate", draws on forty videos.', []],
  ],
  fr: [
    [
      'Des nachids tels que « Salil al-Sawarim » et « Qariban Qariba » ont été traduits en français.',
      [
        { media: 'audio', title: 'Salil al-Sawarim' },
        { media: 'audio', title: 'Qariban Qariba' },
      ],
    ],
    [
      'La vidéo « Les chevaliers des départements » (2016) a été tournée à Raqqa.',
      [{ media: 'video', title: 'Les chevaliers des départements', date: '2016' }],
    ],
    [
      'Le dixième numéro de Rumiyah appelait à des attaques au camion.',
      [{ media: 'magazine', title: 'Rumiyah 10' }],
    ],
    ['Dans la vidéo, un garçon lance « Nous viendrons à vous » avant l’exécution.', []],
    ['Ce rapport, « Les enfants du califat », s’appuie sur quarante vidéos.', []],
  ],
  ru: [
    [
      'Нашиды, в том числе «Салиль ас-Саварим» и «Кариба Кариба», переводились на русский язык.',
      [
        { media: 'audio', title: 'Салиль ас-Саварим' },
        { media: 'audio', title: 'Кариба Кариба' },
      ],
    ],
    [
      'В 13-м выпуске журнала «Дабик» (январь 2016 года) говорилось о Бельгии.',
      [{ media: 'magazine', title: 'Дабик 13', date: '2016-01' }],
    ],
    [
      'Ролик «Рыцари управлений» (март 2016 года) снимали в Ракке.',
      [{ media: 'video', title: 'Рыцари управлений', date: '2016-03' }],
    ],
    ['В ролике мальчик говорит: «Мы придём к вам».', []],
    ['Хэштег «ВсеГлазаНаИГ» продвигали сторонники группировки в 2014 году.', []],
  ],
  ar: [
    [
      'وأصدر التنظيم أناشيد مثل "صليل الصوارم" و"قريبا قريبا" بعدة لغات.',
      [
        { media: 'audio', title: 'صليل الصوارم' },
        { media: 'audio', title: 'قريبا قريبا' },
      ],
    ],
    [
      'وصور فيلم "فرسان الدواوين" (آذار 2016) في الرقة.',
      [{ media: 'video', title: 'فرسان الدواوين', date: '2016-03' }],
    ],
    ['ودعت صحيفة النبأ في عددها 300 إلى شن هجمات.', [{ media: 'magazine', title: 'النبأ 300' }]],
    ['وفي المقطع يقول طفل "سنأتيكم بالذبح" قبل الإعدام.', []],
    ['وروج أنصار التنظيم وسم "كلنا داعش" على تويتر عام 2014.', []],
    ['ويعتمد هذا التقرير، "أطفال الخلافة"، على أربعين مقطعا مصورا.', []],
  ],
};

const OPEN_SECOND: Record<string, ReleaseProbe[]> = {};

const OPEN2 = new Set<string>(Object.values(OPEN_SECOND).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(SECOND))
  describe(`rel39 releases, second batch (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_SECOND[lang] ?? [])], OPEN2));

// A third batch, written before running it: catalogues set off by semicolons, a transliterated title with
// its translation in brackets before its noun, an issue's own title in single quotes, posters under a
// title, two bare titles joined by "and" after a plural noun; counter-cases: an offensive named before a
// video it was announced in, a leader's words in an audio message, an untitled video of an attack.
const THIRD: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Al-Hayat videos by year: "Flames of War" (2014); "Healing of the Chests" (2015); "Blood for Blood" (2016).',
      [
        { media: 'video', title: 'Flames of War', date: '2014' },
        { media: 'video', title: 'Healing of the Chests', date: '2015' },
        { media: 'video', title: 'Blood for Blood', date: '2016' },
      ],
    ],
    [
      '"Salil al-Sawarim" (The Clanging of the Swords), a nasheed released in 2014, became an anthem.',
      [{ media: 'audio', title: 'Salil al-Sawarim', date: '2014' }],
    ],
    [
      "Dabiq's 13th issue, 'The Rafidah', appeared in January 2016.",
      [{ media: 'magazine', title: 'The Rafidah', date: '2016-01' }],
    ],
    [
      'The group released a series of posters under the title "Just Terror Tactics".',
      [{ media: 'photo', title: 'Just Terror Tactics' }],
    ],
    ['In an audio message, al-Baghdadi said "Be patient".', []],
    ['The offensive, called "Battle of Attrition", was announced in a video by Amaq.', []],
    ["Amaq's video of the attack on the prison in Hasakah circulated widely.", []],
    [
      'ISWAP released two videos titled Lions of the Lake and Sons of the Sahel in May 2019.',
      [
        { media: 'video', title: 'Lions of the Lake' },
        { media: 'video', title: 'Sons of the Sahel' },
      ],
    ],
  ],
  fr: [
    [
      'Vidéos d’al-Hayat par année : « Flammes de guerre » (2014) ; « La guérison des poitrines » (2015).',
      [
        { media: 'video', title: 'Flammes de guerre', date: '2014' },
        { media: 'video', title: 'La guérison des poitrines', date: '2015' },
      ],
    ],
    [
      'Le treizième numéro de Dabiq, baptisé « Les rafidites », est paru en janvier 2016.',
      [{ media: 'magazine', title: 'Les rafidites', date: '2016-01' }],
    ],
    [
      'Le groupe a diffusé une série d’affiches sous le titre « Tactiques de la terreur ».',
      [{ media: 'photo', title: 'Tactiques de la terreur' }],
    ],
    ['Dans un message audio, al-Baghdadi a déclaré « Soyez patients ».', []],
    ['La vidéo d’Amaq montrant l’attaque de la prison de Hassaké a beaucoup circulé.', []],
  ],
  ru: [
    [
      'Ролики «Аль-Хаят» по годам: «Пламя войны» (2014); «Исцеление груди» (2015).',
      [
        { media: 'video', title: 'Пламя войны', date: '2014' },
        { media: 'video', title: 'Исцеление груди', date: '2015' },
      ],
    ],
    [
      'Тринадцатый номер журнала «Дабик» под заголовком «Рафидиты» вышел в январе 2016 года.',
      [{ media: 'magazine', title: 'Рафидиты', date: '2016-01' }],
    ],
    [
      'Группировка распространила серию плакатов под названием «Тактика террора».',
      [{ media: 'photo', title: 'Тактика террора' }],
    ],
    ['В аудиообращении аль-Багдади сказал: «Будьте терпеливы».', []],
    ['Видео «Амака» о нападении на тюрьму в Хасаке широко распространилось.', []],
  ],
  ar: [
    [
      'أفلام مؤسسة الحياة حسب السنة: "لهيب الحرب" (2014)؛ "شفاء الصدور" (2015).',
      [
        { media: 'video', title: 'لهيب الحرب', date: '2014' },
        { media: 'video', title: 'شفاء الصدور', date: '2015' },
      ],
    ],
    [
      'وحمل العدد الثالث عشر من مجلة دابق عنوان "الرافضة" وصدر في كانون الثاني 2016.',
      [{ media: 'magazine', title: 'الرافضة', date: '2016-01' }],
    ],
    [
      'ونشر التنظيم سلسلة ملصقات تحت عنوان "تكتيكات الإرهاب".',
      [{ media: 'photo', title: 'تكتيكات الإرهاب' }],
    ],
    ['وقال البغدادي في تسجيل صوتي "اصبروا".', []],
    ['وانتشر مقطع فيديو لوكالة أعماق يظهر الهجوم على سجن الحسكة.', []],
  ],
};

const OPEN_THIRD: Record<string, ReleaseProbe[]> = {};

const OPEN3 = new Set<string>(Object.values(OPEN_THIRD).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(THIRD))
  describe(`rel39 releases, third batch (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_THIRD[lang] ?? [])], OPEN3));
