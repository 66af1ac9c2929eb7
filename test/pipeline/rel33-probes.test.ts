// Blind probes for the thirty-third release round, written in the style of researchers' monitoring notes
// before reading any dev report: al-Hayat, Amaq, al-Naba issues, al-Furqan speeches, as-Sahab, al-Kataib,
// ISWAP, ISIS-K's al-Azaim and Voice of Khurasan, the Houthis' al-Masirah, nasheeds, posters and
// infographics, magazines (Dabiq, Rumiyah, Inspire, Voice of Hind) and Telegram or Rocket.Chat channels;
// titles in every quote style and bare after a marker, translated titles, durations and dates.
// Counter-cases: people, places, groups, outlets, camps and channels near a media noun or a marker.
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'On 3 July 2016 al-Hayat Media Center released "The Religion of Kufr Is One", a 14-minute video.',
      [
        {
          media: 'video',
          title: 'The Religion of Kufr Is One',
          producer: 'al-Hayat Media Center',
          date: '2016-07-03',
        },
      ],
    ],
    [
      "As-Sahab's new video, titled 'The Way of Salvation', runs to 20 minutes.",
      [{ media: 'video', title: 'The Way of Salvation' }],
    ],
    [
      'Al-Kataib released a 38-minute film entitled “Sniper of the Faithful” in October 2019.',
      [{ media: 'video', title: 'Sniper of the Faithful', date: '2019-10' }],
    ],
    [
      'Al-Azaim Foundation published a Pashto nasheed titled "Rise, O Youth of Khurasan" on 10 May 2021.',
      [{ media: 'audio', title: 'Rise, O Youth of Khurasan', date: '2021-05-10' }],
    ],
    [
      'The 23rd issue of Voice of Khurasan appeared on Rocket.Chat in April 2023.',
      [{ media: 'magazine', title: 'Voice of Khurasan 23', date: '2023-04' }],
    ],
    [
      'Issue 16 of Inspire, titled "Assassination Operations", praised lone attackers.',
      [{ media: 'magazine', title: 'Assassination Operations' }],
    ],
    [
      'The pro-IS magazine Voice of Hind published its first issue in February 2020.',
      [{ media: 'magazine', title: 'Voice of Hind 1', date: '2020-02' }],
    ],
    [
      'Al-Furqan released an audio speech by the spokesman titled And Those Who Believe Will Be Victorious.',
      [{ media: 'audio', title: 'And Those Who Believe Will Be Victorious' }],
    ],
    [
      'Amaq issued an infographic called Harvest of the Soldiers showing 120 attacks in one week.',
      [{ media: 'photo', title: 'Harvest of the Soldiers' }],
    ],
    [
      'A poster entitled «Cubs of the Khilafah» was shared on Telegram.',
      [{ media: 'photo', title: 'Cubs of the Khilafah' }],
    ],
    [
      'In its 2014 film Flames of War, al-Hayat showed child soldiers at the front.',
      [{ media: 'video', title: 'Flames of War', date: '2014' }],
    ],
    [
      'The video, whose title translates as Harvest of the Spies, shows boys shooting prisoners.',
      [{ media: 'video', title: 'Harvest of the Spies' }],
    ],
    [
      'ISWAP released a video called Generation of Epic Battles, in which boys execute soldiers.',
      [{ media: 'video', title: 'Generation of Epic Battles', producer: 'ISWAP' }],
    ],
    [
      'Al-Masirah aired a Houthi film titled "Summer Courses" about boys trained at summer camps.',
      [{ media: 'video', title: 'Summer Courses' }],
    ],
    [
      'A nasheed called My Ummah, Dawn Has Appeared spread widely on Telegram.',
      [{ media: 'audio', title: 'My Ummah, Dawn Has Appeared' }],
    ],
    [
      'Sons of Tawhid, the video released by Wilayat Raqqa, shows 40 children.',
      [{ media: 'video', title: 'Sons of Tawhid' }],
    ],
    [
      'Its 2014 film Flames of War showed child soldiers.',
      [{ media: 'video', title: 'Flames of War', date: '2014' }],
    ],
    [
      'Sahab released a 45-minute documentary, The Wounds of My Ummah, on 11 September 2021.',
      [{ media: 'video', title: 'The Wounds of My Ummah', producer: 'Sahab', date: '2021-09-11' }],
    ],
    [
      'The video, titled "Heroes of the Sahel", was released by ISWAP on 3 March 2020.',
      [{ media: 'video', title: 'Heroes of the Sahel', producer: 'ISWAP', date: '2020-03-03' }],
    ],
    [
      "Al-Naba's 412th issue, published on 20 October 2023, carried an editorial on Gaza.",
      [{ media: 'magazine', title: 'Al-Naba 412', date: '2023-10-20' }],
    ],
    [
      'The ISIS-K magazine Khurasan Ghag, in its 4th issue, addressed Pashtun youth.',
      [{ media: 'magazine', title: 'Khurasan Ghag 4' }],
    ],
    [
      'A pro-IS Telegram channel named Khilafah News shared a poster titled "Wait for Us".',
      [{ media: 'photo', title: 'Wait for Us' }],
    ],
    // No releases.
    ['The Telegram channel called Nashir News posted the video within minutes.', []],
    ['The video was first shared on a Rocket.Chat server called Caliphate Fighters.', []],
    ['The nasheed was posted on the Telegram channel "Ansar al-Khilafah".', []],
    ['Abu Omar, the boy in the video released by Amaq, said he was 12.', []],
    ['The Houthi movement’s al-Masirah TV showed boys in a camp called Martyrs of Saada.', []],
    ['Amaq reported that 20 soldiers were killed near Raqqa.', []],
    ['A boy called Abu Abdullah appears in the video released by al-Hayat.', []],
    ['The children were sent to a camp called Ashbal al-Khilafa in Mosul.', []],
  ],
  fr: [
    [
      'Le 12 mars 2015, al-Hayat a diffusé une vidéo de sept minutes intitulée « Rattrape-les ».',
      [{ media: 'video', title: 'Rattrape-les', date: '2015-03-12' }],
    ],
    [
      'La branche médiatique des shebab, al-Kataib, a publié un film intitulé "Le sentier des héros".',
      [{ media: 'video', title: 'Le sentier des héros' }],
    ],
    [
      'Le numéro 5 de Rumiyah, intitulé « Le temps des lions », est paru en janvier 2017.',
      [{ media: 'magazine', title: 'Le temps des lions', date: '2017-01' }],
    ],
    [
      'Amaq a diffusé une infographie intitulée Bilan de la semaine sur sa chaîne Telegram.',
      [{ media: 'photo', title: 'Bilan de la semaine' }],
    ],
    [
      "Un chant (nachid) intitulé « Mon peuple, l'aube est apparue » circule depuis 2013.",
      [{ media: 'audio', title: "Mon peuple, l'aube est apparue" }],
    ],
    [
      'Les fils du Tawhid, la vidéo diffusée par la wilaya de Raqqa, montre 40 enfants.',
      [{ media: 'video', title: 'Les fils du Tawhid' }],
    ],
    [
      'Une vidéo, dont le titre se traduit par La moisson des espions, montre des garçons.',
      [{ media: 'video', title: 'La moisson des espions' }],
    ],
    [
      "Dans le numéro 246 d'al-Naba, publié le 24 août 2020, l'EI revendique 30 attaques.",
      [{ media: 'magazine', title: 'al-Naba 246', date: '2020-08-24' }],
    ],
    [
      'La vidéo de huit minutes, intitulée « Les héros du Sahel », a été diffusée par l’ISWAP le 3 mars 2020.',
      [{ media: 'video', title: 'Les héros du Sahel', producer: 'ISWAP', date: '2020-03-03' }],
    ],
    [
      'Al-Azaim, l’organe de propagande de l’EI-K, a diffusé une affiche intitulée « Le Khorasan vous attend ».',
      [{ media: 'photo', title: 'Le Khorasan vous attend', producer: 'Al-Azaim' }],
    ],
    [
      "Un nasheed intitulé Ma Oumma, l'aube est apparue a circulé sur Telegram.",
      [{ media: 'audio', title: "Ma Oumma, l'aube est apparue" }],
    ],
    // No releases.
    ["Un garçon appelé Abou Hamza apparaît dans la vidéo d'Amaq.", []],
    ['Abou Omar, le garçon de la vidéo diffusée par Amaq, a 12 ans.', []],
    ['Selon Le Monde, la vidéo a été tournée à Mossoul.', []],
  ],
  ru: [
    [
      '«Аль-Хаят» выпустил 14-минутное видео «Религия куфра едина» 3 июля 2016 года.',
      [{ media: 'video', title: 'Религия куфра едина', date: '2016-07-03' }],
    ],
    [
      'В новом выпуске журнала Rumiyah под названием «Время львов» боевики призывают к атакам.',
      [{ media: 'magazine', title: 'Время львов' }],
    ],
    [
      'Боевики выпустили восьмиминутный ролик под названием Дети халифата.',
      [{ media: 'video', title: 'Дети халифата' }],
    ],
    [
      'В Telegram-канале группировки появился нашид «Моя умма, забрезжил рассвет».',
      [{ media: 'audio', title: 'Моя умма, забрезжил рассвет' }],
    ],
    [
      'Хуситский телеканал «Аль-Масира» показал фильм «Летние курсы» о подготовке подростков.',
      [{ media: 'video', title: 'Летние курсы' }],
    ],
    [
      'В 246-м номере еженедельника «ан-Наба» от 24 августа 2020 года ИГ заявило о 30 атаках.',
      [{ media: 'magazine', title: 'ан-Наба 246', date: '2020-08-24' }],
    ],
    [
      'Ролик, название которого переводится как Жатва шпионов, показывает детей.',
      [{ media: 'video', title: 'Жатва шпионов' }],
    ],
    [
      'Инфографика «Урожай недели», опубликованная «Амаком», перечисляет 120 нападений.',
      [{ media: 'photo', title: 'Урожай недели', producer: 'Амак' }],
    ],
    [
      'Журнал Voice of Khurasan в 20-м выпуске призвал к нападениям.',
      [{ media: 'magazine', title: 'Voice of Khurasan 20' }],
    ],
    // No releases.
    ['Мальчик по имени Абдулла появляется в видео «Амака».', []],
    ['Пропагандисты «Вилаята Хорасан» распространили в Telegram плакат с надписью «Смерть неверным».', []],
    ['Детей отправили в лагерь под названием «Ашбал».', []],
  ],
  ar: [
    [
      'وبثت مؤسسة الفرقان كلمة صوتية بعنوان "وقل اعملوا" في أيلول 2019.',
      [{ media: 'audio', title: 'وقل اعملوا', date: '2019-09' }],
    ],
    [
      'ونشرت مؤسسة السحاب التابعة للقاعدة إصدارا مرئيا تحت عنوان «طريق النجاة» مدته 20 دقيقة.',
      [{ media: 'video', title: 'طريق النجاة' }],
    ],
    [
      'وبثت قناة المسيرة التابعة للحوثيين فيلما بعنوان "الدورات الصيفية" يظهر فيه أطفال.',
      [{ media: 'video', title: 'الدورات الصيفية' }],
    ],
    [
      'ونشرت صحيفة النبأ في عددها 300 إنفوغرافيك بعنوان حصاد الأجناد.',
      [
        { media: 'magazine', title: 'النبأ 300' },
        { media: 'photo', title: 'حصاد الأجناد' },
      ],
    ],
    [
      'وانتشر نشيد بعنوان "أمتي قد لاح فجر" على قنوات تلغرام.',
      [{ media: 'audio', title: 'أمتي قد لاح فجر' }],
    ],
    [
      'وفي العدد 246 من صحيفة النبأ الصادر في 24 آب 2020، تبنى التنظيم 30 هجوما.',
      [{ media: 'magazine', title: 'النبأ 246', date: '2020-08-24' }],
    ],
    [
      'وبثت مؤسسة الكتائب التابعة لحركة الشباب فيلما مدته 38 دقيقة تحت عنوان "قناص المؤمنين" في تشرين الأول 2019.',
      [{ media: 'video', title: 'قناص المؤمنين', date: '2019-10' }],
    ],
    [
      'ونشرت مؤسسة العزائم التابعة لولاية خراسان ملصقا بعنوان خراسان تنتظركم.',
      [{ media: 'photo', title: 'خراسان تنتظركم' }],
    ],
    [
      'ونشر التنظيم عبر قناته على تلغرام نشيدا جديدا بعنوان «يا شباب خراسان».',
      [{ media: 'audio', title: 'يا شباب خراسان' }],
    ],
    // No releases.
    ['وظهر في الفيديو طفل يدعى أبو عبد الله.', []],
    ['ونقلت وكالة أعماق أن 20 جنديا قتلوا.', []],
  ],
};

// Left open, each with why.
const OPEN = new Set<string>([
  // A bare sentence-case title ends at a comma: past it, "l'aube est apparue a circulé" holds the
  // title's clause and the main verb, and nothing short of parsing tells where the title ends.
  "Un nasheed intitulé Ma Oumma, l'aube est apparue a circulé sur Telegram.",
]);

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel33 probes (${lang})`, () => runReleaseProbes(lang, probes, OPEN));
