// Blind probes for the thirtieth release round, written before reading any dev report: releases as
// researchers and journalists describe IS, al-Qaeda, al-Shabaab, Houthi and Taliban media (al-Hayat,
// Amaq, al-Furqan, al-Kataib, al-Malahem, al-Sahab, al-Masirah, Voice of Jihad): titles in every quote
// style or bare after a marker (titled, named, called, intitulé, baptisé, appelé, под названием, с
// названием, озаглавленный, بعنوان, تحت عنوان, حمل اسم), producers, dates relative to the report, and
// names of people, camps, outlets, news programmes and reports that must not become titles.
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'The Kataib Foundation, al-Shabaab\'s media wing, released a 35-minute video titled "Inside the Land of the Mujahideen" on 12 March.',
      [{ media: 'video', title: 'Inside the Land of the Mujahideen', date: '2021-03-12' }],
    ],
    [
      'Last week Amaq News Agency published a clip named Soldiers of the Morning, in which two boys execute captives.',
      [{ media: 'video', title: 'Soldiers of the Morning', producer: 'Amaq News Agency', date: '2021-05' }],
    ],
    [
      'Al-Malahem Foundation issued an audio statement entitled ”Message to the People of Yemen” in late 2019.',
      [{ media: 'audio', title: 'Message to the People of Yemen', producer: 'Al-Malahem Foundation' }],
    ],
    [
      "The Taliban's Voice of Jihad website posted a statement called 'The Victory Is Near' last Friday.",
      [{ media: 'statement', title: 'The Victory Is Near', date: '2021-05-28' }],
    ],
    [
      "Al-Sahab's new documentary, 'Those Who Remain Steadfast', was released on the anniversary of the attacks.",
      [{ media: 'video', title: 'Those Who Remain Steadfast', producer: 'Al-Sahab' }],
    ],
    // A title in title case holds its capitalised "Is"; a lower-case word before a day is the date's.
    [
      'The video, titled Fight Them Until There Is No Fitna, runs for 22 minutes.',
      [{ media: 'video', title: 'Fight Them Until There Is No Fitna' }],
    ],
    [
      "The Houthis' Ansarullah media published a video named The Sons of the Prophet last Tuesday.",
      [{ media: 'video', title: 'The Sons of the Prophet', date: '2021-05-25' }],
    ],
    [
      "The group's media office released a nasheed named Dawn of Victory with English subtitles.",
      [{ media: 'audio', title: 'Dawn of Victory' }],
    ],
    [
      "In a video called Healing of the Believers' Chests, a Jordanian pilot is burned alive.",
      [{ media: 'video', title: "Healing of the Believers' Chests" }],
    ],
    [
      'The statement, titled A Message to the American People, was read by a masked fighter.',
      [{ media: 'statement', title: 'A Message to the American People' }],
    ],
    [
      'A new Amaq infographic, “Harvest of the Soldiers”, claimed 300 operations.',
      [{ media: 'photo', title: 'Harvest of the Soldiers', producer: 'Amaq' }],
    ],
    [
      'The magazine Dabiq, published in English, devoted its eighth issue to schools.',
      [{ media: 'magazine', title: 'Dabiq 8' }],
    ],
    // No releases: outlets, reports, TV programmes, people and camps.
    ['Al-Masirah, the Houthi television channel, aired a report on child soldiers in Saada.', []],
    ['Human Rights Watch published a report titled "Children of the Caliphate" in 2018.', []],
    ['The boys, known locally as "Cubs of the Caliphate", were trained at the Farouq camp.', []],
    ['A statement signed by "Abu Mohammed al-Adnani" was circulated on Telegram.', []],
    ['Reporters from the BBC programme "Newsnight" interviewed the families.', []],
    ["According to the Taliban's Voice of Jihad, the group's fighters captured the district.", []],
    ['The TV channel France 24 aired a documentary called Children of the Caliphate.', []],
  ],
  fr: [
    [
      "Al-Hayat Media Center a diffusé le 3 mars une vidéo intitulée « Les enfants du califat », où l'on voit des garçons armés.",
      [
        {
          media: 'video',
          title: 'Les enfants du califat',
          producer: 'Al-Hayat Media Center',
          date: '2021-03-03',
        },
      ],
    ],
    [
      'La vidéo, baptisée „Le retour des lions“, a été mise en ligne la semaine dernière par Amaq.',
      [{ media: 'video', title: 'Le retour des lions', producer: 'Amaq' }],
    ],
    [
      'Al-Shabaab a publié un enregistrement audio intitulé Le chemin du paradis dans lequel un enfant récite des versets.',
      [{ media: 'audio', title: 'Le chemin du paradis' }],
    ],
    [
      "Le magazine Dar al-Islam, publié en français par l'EI, a consacré son numéro 8 aux écoles.",
      [{ media: 'magazine', title: 'Dar al-Islam 8' }],
    ],
    [
      'Dans une vidéo intitulée Message aux mères de France, un garçon menace la population.',
      [{ media: 'video', title: 'Message aux mères de France' }],
    ],
    [
      "La fondation Al-Malahem a diffusé un communiqué intitulé “Appel aux musulmans d'Afrique”.",
      [{ media: 'statement', title: "Appel aux musulmans d'Afrique" }],
    ],
    [
      'Le documentaire « Les Cavaliers du martyre », diffusé par Al-Furqan, montre des enfants.',
      [{ media: 'video', title: 'Les Cavaliers du martyre', producer: 'Al-Furqan' }],
    ],
    [
      'Les chebabs ont diffusé jeudi dernier un film de propagande appelé Le chemin vers Jérusalem.',
      [{ media: 'video', title: 'Le chemin vers Jérusalem', date: '2021-05-27' }],
    ],
    [
      "Al-Kataib a mis en ligne un enregistrement intitulé Les jeunes de l'Islam, mettant en scène des adolescents.",
      [{ media: 'video', title: "Les jeunes de l'Islam", producer: 'Al-Kataib' }],
    ],
    [
      'Le numéro 5 de Dabiq, intitulé « Remaining and Expanding », annonçait de nouvelles provinces.',
      [{ media: 'magazine', title: 'Remaining and Expanding' }],
    ],
    [
      "Dans Dabiq 12, intitulé « Just Terror », l'EI revendiquait les attentats.",
      [{ media: 'magazine', title: 'Just Terror' }],
    ],
    [
      'Le groupe a publié mardi un nouveau nashid intitulé Ô mère ne pleure pas.',
      [{ media: 'audio', title: 'Ô mère ne pleure pas', date: '2021-06-01' }],
    ],
    // No releases.
    ['Les talibans ont publié un communiqué sur leur site « Voix du Djihad » vendredi dernier.', []],
    ['France 24 a diffusé un reportage intitulé « Les enfants perdus de Mossoul ».', []],
    ['Les enfants étaient formés dans le camp « Zarqaoui » près de Raqqa.', []],
    ['Selon Al-Masirah, la chaîne des Houthis, six enfants ont été tués.', []],
    ["Le rapport « Enfants soldats du Sahel » de l'Unicef a été publié en 2020.", []],
    ['La chaîne de télévision Arte a diffusé le documentaire « Les enfants du califat ».', []],
  ],
  ru: [
    [
      'Медиацентр «Аль-Хаят» выпустил видео под названием «Львята халифата», в котором дети казнят пленных.',
      [{ media: 'video', title: 'Львята халифата' }],
    ],
    [
      'В прошлую пятницу агентство «Амак» опубликовало ролик под названием Рассвет победы, на котором подростки стреляют.',
      [{ media: 'video', title: 'Рассвет победы', date: '2021-05-28' }],
    ],
    [
      'Боевики «Аш-Шабааб» распространили видеозапись «Земля джихада» через фонд «Аль-Катаиб».',
      [{ media: 'video', title: 'Земля джихада' }],
    ],
    [
      'Журнал «Румийя» в своём пятом номере призвал к нападениям.',
      [{ media: 'magazine', title: 'Румийя 5' }],
    ],
    [
      'Фонд «Аль-Фуркан» выпустил аудиообращение с названием „Обещание Аллаха“ 12 марта.',
      [{ media: 'audio', title: 'Обещание Аллаха', date: '2021-03-12' }],
    ],
    // Bare titles: a preposition, a conjunction, "о" and a verb of becoming inside or after them.
    [
      'Нашид под названием Мы пришли с мечом стал популярным среди боевиков.',
      [{ media: 'audio', title: 'Мы пришли с мечом' }],
    ],
    [
      'Боевики выпустили фильм под названием Солдаты света и мрака о подготовке подростков.',
      [{ media: 'video', title: 'Солдаты света и мрака' }],
    ],
    [
      'В ролике под названием Путь к победе подростки стреляют по мишеням.',
      [{ media: 'video', title: 'Путь к победе' }],
    ],
    [
      'Видео, озаглавленное «Послание матерям», было опубликовано на прошлой неделе.',
      [{ media: 'video', title: 'Послание матерям', date: '2021-05' }],
    ],
    [
      'Ролик с названием Сыновья халифата выложили в сеть в прошлый четверг.',
      [{ media: 'video', title: 'Сыновья халифата', date: '2021-05-27' }],
    ],
    [
      'Журнал «Исток», выпущенный на русском языке, посвятил свой второй номер Кавказу.',
      [{ media: 'magazine', title: 'Исток 2' }],
    ],
    [
      'В новом выпуске журнала «Дабик» под названием «Ни капли жалости» говорится о детях.',
      [{ media: 'magazine', title: 'Ни капли жалости' }],
    ],
    ['Операция «Рассвет халифата» длилась две недели.', []],
    // No releases.
    ['Детей готовили в лагере «Фарук» под Ракками.', []],
    ['Заявление за подписью «Абу Мухаммада аль-Аднани» появилось в Telegram.', []],
    ['По данным агентства «Амак», в атаке участвовали пятеро подростков.', []],
    ['Программа «Время покажет» посвятила выпуск детям ИГ.', []],
    ['Телеканал «Россия 24» показал документальный фильм «Потерянные дети» в воскресенье.', []],
  ],
  ar: [
    [
      'نشرت مؤسسة الحياة للإعلام إصدارا مرئيا بعنوان "أشبال الخلافة" في الثالث من آذار.',
      [{ media: 'video', title: 'أشبال الخلافة' }],
    ],
    [
      'بثت وكالة أعماق الأسبوع الماضي مقطعا مصورا تحت عنوان «فجر النصر» يظهر فيه أطفال يعدمون أسرى.',
      [{ media: 'video', title: 'فجر النصر', producer: 'وكالة أعماق', date: '2021-05' }],
    ],
    [
      'أصدرت مؤسسة الكتائب التابعة لحركة الشباب شريطا بعنوان رسالة إلى أهل الصومال يظهر فيه مقاتلون صغار.',
      [{ media: 'video', title: 'رسالة إلى أهل الصومال', producer: 'مؤسسة الكتائب' }],
    ],
    [
      'نشرت مؤسسة الملاحم بيانا حمل اسم "نداء إلى المسلمين" يوم الجمعة الماضي.',
      [{ media: 'statement', title: 'نداء إلى المسلمين', date: '2021-05-28' }],
    ],
    [
      'وبثت قناة المسيرة التابعة لجماعة أنصار الله نشيدا بعنوان "يا قدس إنا قادمون".',
      [{ media: 'audio', title: 'يا قدس إنا قادمون' }],
    ],
    [
      'أصدرت مؤسسة السحاب فيلما وثائقيا بعنوان ‘الصامدون’ في ذكرى الهجمات.',
      [{ media: 'video', title: 'الصامدون', producer: 'مؤسسة السحاب' }],
    ],
    [
      'نشر موقع صوت الجهاد التابع لحركة طالبان بيانا بعنوان "النصر قريب".',
      [{ media: 'statement', title: 'النصر قريب' }],
    ],
    ['العدد العاشر من مجلة دابق تضمن مقالا عن الأطفال.', [{ media: 'magazine', title: 'دابق 10' }]],
    [
      'نشر تنظيم الدولة شريطا مرئيا حمل عنوان "وإن عدتم عدنا" يظهر فيه أطفال.',
      [{ media: 'video', title: 'وإن عدتم عدنا' }],
    ],
    [
      'نشرت حركة الشباب تسجيلا صوتيا تحت عنوان "رسالة إلى المسلمين في كينيا".',
      [{ media: 'audio', title: 'رسالة إلى المسلمين في كينيا' }],
    ],
    ['أنشودة "صليل الصوارم" من أشهر أناشيد التنظيم.', [{ media: 'audio', title: 'صليل الصوارم' }]],
    // No releases.
    ['بثت قناة الجزيرة تحقيقا بعنوان "أطفال داعش" عن أشبال الخلافة.', []],
    ['تدرب الأطفال في معسكر "الزرقاوي" قرب الرقة.', []],
    ['وقال مركز "صوفان" إن التنظيم جند أكثر من ألف طفل.', []],
    ['نشرت صحيفة "الشرق الأوسط" تقريرا عن أشبال الخلافة.', []],
    ['أصدرت حركة طالبان بيانا في الثالث من آذار دعت فيه إلى الجهاد.', []],
  ],
};

// Once open, fixed in round 31: a day written as an Arabic ordinal word ("في الثالث من آذار", dayOrdinals);
// a documentary shown on a TV channel about a group ("«Дети ИГИЛ» о детях боевиков", topicWords); an
// issue named by "its" number far behind its series in the same clause (possessedIssue).
const OPEN = new Set<string>([]);

const OPEN_PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      "The IS weekly al-Naba ran an editorial on the children's camp in its 250th issue.",
      [{ media: 'magazine', title: 'al-Naba 250' }],
    ],
  ],
  ru: [['Телеканал «Россия 24» показал фильм «Дети ИГИЛ» о детях боевиков.', []]],
  ar: [
    [
      'نشرت مؤسسة الحياة للإعلام إصدارا مرئيا بعنوان "أشبال الخلافة" في الثالث من آذار بتوقيت دمشق.',
      [{ media: 'video', title: 'أشبال الخلافة', date: '2021-03-03' }],
    ],
  ],
};

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel30 probes (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_PROBES[lang] ?? [])], OPEN));
