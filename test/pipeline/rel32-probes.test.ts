// Blind probes for the thirty-second release round, written before reading any dev report: videos of
// al-Hayat, Amaq, al-Furqan, al-Kataib, ISWAP and Boko Haram, Houthi al-Masirah films, the Taliban's
// Alemarah, magazines (Dabiq, Rumiyah, Dar al-Islam, Istok, Konstantiniyye, Voice of Khurasan), al-Naba
// issues and citations, nasheeds and posters; titles in every quote style, bare after a marker or after
// a media noun; durations, languages, producers and dates. Counter-cases: people, places, camps, groups,
// outlets and the press near a media noun.
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'In a 12-minute video released by al-Hayat in June 2015, entitled "Blood of the Ummah", a boy executes a prisoner.',
      [{ media: 'video', title: 'Blood of the Ummah', producer: 'al-Hayat', date: '2015-06' }],
    ],
    [
      'Amaq published footage called Lions of Tomorrow on 4 March 2017 showing children at a training camp.',
      [{ media: 'video', title: 'Lions of Tomorrow', date: '2017-03-04' }],
    ],
    [
      "Al-Furqan's audio message, 'So Be Patient', was released in Arabic with English subtitles.",
      [{ media: 'audio', title: 'So Be Patient', producer: 'Al-Furqan' }],
    ],
    [
      'Issue one of Rumiyah appeared in September 2016.',
      [{ media: 'magazine', title: 'Rumiyah 1', date: '2016-09' }],
    ],
    [
      'The fifteenth issue of Dabiq, titled Break the Cross, was released in July 2016.',
      [{ media: 'magazine', title: 'Break the Cross', date: '2016-07' }],
    ],
    [
      'In its third issue, Istok carried an interview with a Chechen commander.',
      [{ media: 'magazine', title: 'Istok 3' }],
    ],
    [
      "The Taliban's Alemarah website posted a video titled Caravan of Martyrs in May 2020.",
      [{ media: 'video', title: 'Caravan of Martyrs', date: '2020-05' }],
    ],
    [
      'ISWAP released a 20-minute video, Sons of the Caliphate, in which boys shoot captives.',
      [{ media: 'video', title: 'Sons of the Caliphate', producer: 'ISWAP' }],
    ],
    [
      "The group's newspaper, al-Naba, reported the attack in its Thursday edition.",
      [{ media: 'magazine', title: 'al-Naba' }],
    ],
    ['According to al-Naba, 30 fighters were killed.', [{ media: 'magazine', title: 'al-Naba' }]],
    [
      "The group's weekly al-Naba newsletter, in issue 120, claimed the attack.",
      [{ media: 'magazine', title: 'al-Naba 120' }],
    ],
    [
      'The al-Kataib video Mujahideen Moments featured boys from Kismayo.',
      [{ media: 'video', title: 'Mujahideen Moments', producer: 'al-Kataib' }],
    ],
    [
      'Issue 14 of Dabiq, “The Murtadd Brotherhood”, attacked the Muslim Brotherhood.',
      [{ media: 'magazine', title: 'The Murtadd Brotherhood' }],
    ],
    [
      "The Taliban's Voice of Jihad website carried a statement titled Message of the Amir al-Mu'minin on the occasion of Eid.",
      [{ media: 'statement', title: "Message of the Amir al-Mu'minin" }],
    ],
    [
      'Amaq published a video titled May Allah Accept Them in 2017.',
      [{ media: 'video', title: 'May Allah Accept Them', date: '2017' }],
    ],
    [
      "The Islamic State's al-Naba newspaper in issue No. 301 ran a piece on Nigeria.",
      [{ media: 'magazine', title: 'al-Naba 301' }],
    ],
    // No releases.
    ['The ISIS video John Cantlie narrated was released in 2015.', []],
    ['A video posted on Telegram showed boys at the Cubs of the Caliphate camp in Raqqa.', []],
    ['The children were taken to a camp called al-Farouq, where they trained with weapons.', []],
    ['The video, produced by al-Hayat, features Abu Muslim al-Kazakhi, a commander from Almaty.', []],
    ['Human Rights Watch, in a report titled "Children of the Caliphate", documented 40 cases.', []],
    ['According to Le Monde, 30 fighters were killed.', []],
  ],
  fr: [
    [
      'Dans une vidéo de 12 minutes diffusée par al-Hayat en juin 2015, intitulée « Le sang de la Oumma », un enfant exécute un prisonnier.',
      [{ media: 'video', title: 'Le sang de la Oumma', date: '2015-06' }],
    ],
    [
      'Amaq a publié des images appelées Les lionceaux de demain le 4 mars 2017.',
      [{ media: 'video', title: 'Les lionceaux de demain', date: '2017-03-04' }],
    ],
    [
      'Le numéro un de Dar al-Islam est sorti en décembre 2014.',
      [{ media: 'magazine', title: 'Dar al-Islam 1' }],
    ],
    [
      "Dar al-Islam, la revue francophone de l'EI, a consacré son numéro 7 aux attentats.",
      [{ media: 'magazine', title: 'Dar al-Islam 7' }],
    ],
    [
      "Selon al-Naba, l'hebdomadaire de l'organisation, trente combattants ont été tués.",
      [{ media: 'magazine', title: 'al-Naba' }],
    ],
    [
      "Une vidéo de l'ISWAP appelée Les fils du Sahel montre des adolescents.",
      [{ media: 'video', title: 'Les fils du Sahel' }],
    ],
    [
      'Le numéro 12 de Dabiq, « Just Terror », est sorti après les attentats.',
      [{ media: 'magazine', title: 'Just Terror' }],
    ],
    [
      "Le chef d'al-Qaida, Ayman al-Zawahiri, a diffusé un message audio intitulé « L'unité de la Oumma ».",
      [{ media: 'audio', title: "L'unité de la Oumma" }],
    ],
    [
      'Dans son septième numéro, intitulé « De l’hypocrisie à l’apostasie », Dabiq s’en prend aux imams.',
      [{ media: 'magazine', title: 'De l’hypocrisie à l’apostasie' }],
    ],
    // No releases.
    [
      "Une vidéo de propagande d'al-Kataib, la branche médiatique des shebab, montre des enfants à Kismayo.",
      [],
    ],
    ['Les enfants étaient envoyés dans un camp appelé al-Farouq.', []],
    ['Le camp d’al-Hol, filmé dans la vidéo, abrite 60 000 personnes.', []],
    ['La vidéo montre Omar, un garçon de neuf ans originaire de Tachkent.', []],
  ],
  ru: [
    [
      'В видеоролике продолжительностью 7 минут под названием «Кровь уммы», выпущенном «Аль-Хаятом» в июне 2015 года, мальчик казнит пленного.',
      [{ media: 'video', title: 'Кровь уммы', producer: 'Аль-Хаят', date: '2015-06' }],
    ],
    [
      '«Амак» опубликовал ролик под названием Львята завтрашнего дня 4 марта 2017 года.',
      [{ media: 'video', title: 'Львята завтрашнего дня', date: '2017-03-04' }],
    ],
    ['Номер первый журнала Istok был посвящен Кавказу.', [{ media: 'magazine', title: 'Istok 1' }]],
    [
      'Первый номер журнала под названием «Исток» вышел в мае 2015 года.',
      [{ media: 'magazine', title: 'Исток 1', date: '2015-05' }],
    ],
    [
      'Как сообщил еженедельник ИГ «ан-Наба», погибли 30 боевиков.',
      [{ media: 'magazine', title: 'ан-Наба' }],
    ],
    [
      'Талибы опубликовали на сайте «Имарат» видео «Караван мучеников».',
      [{ media: 'video', title: 'Караван мучеников' }],
    ],
    ['Журнал Rumiyah в девятом номере опубликовал инструкцию.', [{ media: 'magazine', title: 'Rumiyah 9' }]],
    ['Третий номер журнала «Исток», «Клятва», вышел в 2015 году.', [{ media: 'magazine', title: 'Клятва' }]],
    [
      'Боевики ИГ выпустили восьмиминутный ролик, озаглавленный Кровь за кровь, 3 января 2016 года.',
      [{ media: 'video', title: 'Кровь за кровь', date: '2016-01-03' }],
    ],
    // No releases.
    ['Детей отправляли в лагерь под названием «аль-Фарук».', []],
    ['На видео, распространенном «Амаком», Джихади Джон угрожает заложникам.', []],
    ['Газета «Коммерсант» опубликовала видео.', []],
    ['Лагерь «Аль-Холь», показанный в видео, находится в Сирии.', []],
  ],
  ar: [
    [
      'وفي شريط مدته 20 دقيقة بعنوان "دماء الأمة" بثته مؤسسة الحياة في حزيران 2015، يعدم طفل أسيرا.',
      [{ media: 'video', title: 'دماء الأمة', date: '2015-06' }],
    ],
    [
      'ونشر موقع الإمارة التابع لطالبان فيديو بعنوان قافلة الشهداء في أيار 2020.',
      [{ media: 'video', title: 'قافلة الشهداء', date: '2020-05' }],
    ],
    [
      'وصدر العدد الأول من مجلة رومية في أيلول 2016.',
      [{ media: 'magazine', title: 'رومية 1', date: '2016-09' }],
    ],
    [
      'وقالت صحيفة النبأ الأسبوعية في عددها 250 إن التنظيم نفذ الهجوم.',
      [{ media: 'magazine', title: 'النبأ 250' }],
    ],
    [
      'وأصدر تنظيم ولاية غرب أفريقيا شريطا مصورا بعنوان أبناء الخلافة يظهر فيه أطفال يعدمون أسرى.',
      [{ media: 'video', title: 'أبناء الخلافة' }],
    ],
    ['ونشر التنظيم شريطا يسمى أشبال الغد يظهر فيه أطفال.', [{ media: 'video', title: 'أشبال الغد' }]],
    [
      'ونشرت مؤسسة الفرقان كلمة صوتية لأبي بكر البغدادي بعنوان "وبشر الصابرين" في آب 2018.',
      [{ media: 'audio', title: 'وبشر الصابرين', date: '2018-08' }],
    ],
    [
      'نشرت طالبان عبر موقعها الرسمي "صوت الجهاد" بيانا بعنوان "رسالة أمير المؤمنين".',
      [{ media: 'statement', title: 'رسالة أمير المؤمنين' }],
    ],
    [
      'وظهر في الإصدار المرئي للتنظيم "جيل الملاحم" أطفال من كازاخستان.',
      [{ media: 'video', title: 'جيل الملاحم' }],
    ],
    [
      'وفي العدد 12 من مجلة دابق الصادر بعنوان "الإرهاب المحض"، أشاد التنظيم بهجمات باريس.',
      [{ media: 'magazine', title: 'الإرهاب المحض' }],
    ],
    // No releases.
    ['وأرسل الأطفال إلى معسكر يسمى الفاروق.', []],
    ['ونقلت صحيفة "القبس" عن مصادر أن التنظيم جند 200 طفل.', []],
    ['وذكرت قناة "المسيرة" أن 30 طفلا تخرجوا.', []],
    ['ظهر أبو محمد العدناني المتحدث باسم التنظيم في تسجيل صوتي يدعو إلى مهاجمة فرنسا.', []],
    ['وثقت هيومن رايتس ووتش في تقرير بعنوان "أطفال الخلافة" 40 حالة.', []],
    ['أطلق التنظيم على معسكر الأطفال اسم "أشبال الخلافة".', []],
  ],
};

// Left open: a bare sentence-case title holding a comma ("intitulé Ma Oumma, l'aube est apparue a
// circulé") ends at the comma, as a bare French title ends at every comma (rel33 carries title-case
// titles past one when a stop word in capitals follows it).
const OPEN = new Set<string>(["Un nasheed intitulé Ma Oumma, l'aube est apparue a circulé sur Telegram."]);

const OPEN_PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'A nasheed called My Ummah, Dawn Has Appeared spread widely on Telegram.',
      [{ media: 'audio', title: 'My Ummah, Dawn Has Appeared' }],
    ],
    [
      'Sons of Tawhid, the video released by Wilayat Raqqa, shows 40 children.',
      [{ media: 'video', title: 'Sons of Tawhid' }],
    ],
  ],
  fr: [
    [
      "Un nasheed intitulé Ma Oumma, l'aube est apparue a circulé sur Telegram.",
      [{ media: 'audio', title: "Ma Oumma, l'aube est apparue" }],
    ],
  ],
};

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel32 probes (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_PROBES[lang] ?? [])], OPEN));
