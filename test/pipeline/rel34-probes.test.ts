// Blind probes for the thirty-fourth release round, written in the style of researchers' write-ups
// (Jihadology, CTC Sentinel, ICSR, MEMRI JTTM, SITE-style summaries, Aymenn al-Tamimi, Enab Baladi, the
// Russian and French press) before reading any dev report: al-Hayat, Amaq, al-Furqan, Dabiq, Rumiyah and
// al-Naba issues, Furat, wilayat media offices, al-Kataib, ISWAP, the Taliban's and HTS's outlets,
// al-Azaim and Voice of Khorasan, Central Asian groups; titles after every marker, in every quote style
// and bare, titles that open with an address ("O …", "Ô …", "يا …"), transliterated titles with their
// translation in brackets, magazine issues, and a part of a series that came out in an issue.
// Counter-cases: people, places, groups, outlets and camps near a media noun or a marker.
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'The weekly al-Naba devoted its editorial in issue 300 to the fighting in Africa.',
      [{ media: 'magazine', title: 'al-Naba 300' }],
    ],
    [
      'An editorial in the magazine Rumiyah titled "Just Terror" urged truck attacks in Europe.',
      [{ media: 'magazine', title: 'Rumiyah' }],
    ],
    [
      'On the Telegram channel Voice of Khorasan, an infographic titled "Harvest of the Month" appeared in May 2023.',
      [{ media: 'photo', title: 'Harvest of the Month', date: '2023-05' }],
    ],
    [
      'In a video titled "O Soldiers of the Caliphate, Be Patient", a boy from Kazakhstan addresses his father.',
      [{ media: 'video', title: 'O Soldiers of the Caliphate, Be Patient' }],
    ],
    [
      'Al-Furqan released an audio message entitled O Our People, Respond to the Caller of Allah on 22 April 2019.',
      [
        {
          media: 'audio',
          title: 'O Our People, Respond to the Caller of Allah',
          producer: 'Al-Furqan',
          date: '2019-04-22',
        },
      ],
    ],
    [
      'A Dabiq article on slavery, published in issue 4, argued that Yazidi captives could be sold.',
      [{ media: 'magazine', title: 'Dabiq 4' }],
    ],
    [
      'The fourth issue of Dabiq, titled "The Failed Crusade", appeared in October 2014.',
      [{ media: 'magazine', title: 'The Failed Crusade', date: '2014-10' }],
    ],
    [
      'The al-Kataib documentary Mujahideen Moments, released in 2012, features British recruits.',
      [{ media: 'video', title: 'Mujahideen Moments', producer: 'al-Kataib', date: '2012' }],
    ],
    [
      'ISWAP released a 30-minute video, "Establishing the Deen", in January 2020.',
      [{ media: 'video', title: 'Establishing the Deen', producer: 'ISWAP', date: '2020-01' }],
    ],
    [
      "Furat Media's Russian-language video Caliphate Children was posted in 2015.",
      [{ media: 'video', title: 'Caliphate Children', producer: 'Furat Media', date: '2015' }],
    ],
    [
      "The Taliban's al-Emarah studio published a video called ‘Caravan of Martyrs’ in 2021.",
      [{ media: 'video', title: 'Caravan of Martyrs', date: '2021' }],
    ],
    [
      'Voice of Khorasan, the English-language magazine of ISIS-K, released its 15th issue in December 2022.',
      [{ media: 'magazine', title: 'Voice of Khorasan 15', date: '2022-12' }],
    ],
    [
      'Al-Naba issue 280 carried an infographic on attacks in West Africa.',
      [{ media: 'magazine', title: 'Al-Naba 280' }],
    ],
    [
      'Wilayat Ninawa\'s media office released a photo set titled "Preparing the Cubs" showing boys at a camp.',
      [{ media: 'photo', title: 'Preparing the Cubs' }],
    ],
    [
      'A nasheed titled Salil al-Sawarim (The Clanging of the Swords) became the soundtrack of IS videos.',
      [{ media: 'audio', title: 'Salil al-Sawarim' }],
    ],
    [
      'The video, titled Ayna al-Mafarr (Where Is the Escape?), shows children executing prisoners.',
      [{ media: 'video', title: 'Ayna al-Mafarr' }],
    ],
    [
      'HTS\'s Amjad Foundation released a video titled "Ghazwat al-Fath" (the Battle of Conquest) in 2020.',
      [{ media: 'video', title: 'Ghazwat al-Fath', date: '2020' }],
    ],
    [
      "Al-Hayat's 2015 video, entitled „No Respite“, was narrated in English.",
      [{ media: 'video', title: 'No Respite', producer: 'Al-Hayat', date: '2015' }],
    ],
    [
      'Jihadology archived the al-Kataib video "Hunt for the Apostates," released in late 2016.',
      [{ media: 'video', title: 'Hunt for the Apostates', producer: 'al-Kataib', date: '2016' }],
    ],
    [
      'A video titled Eid Greetings from the Land of Khilafah shows children with toy guns.',
      [{ media: 'video', title: 'Eid Greetings from the Land of Khilafah' }],
    ],
    [
      'In the 12th issue of Dabiq, the group bragged about the Paris attacks.',
      [{ media: 'magazine', title: 'Dabiq 12' }],
    ],
    [
      'MEMRI JTTM translated the ISIS-K video "Wait, We Are Also Waiting" in 2022.',
      [{ media: 'video', title: 'Wait, We Are Also Waiting', date: '2022' }],
    ],
    [
      'A photo set entitled "Schools of the Caliphate" showed boys in uniform, according to Enab Baladi.',
      [{ media: 'photo', title: 'Schools of the Caliphate' }],
    ],
    [
      "The Voice of Khorasan's 28th issue called for attacks on the Taliban.",
      [{ media: 'magazine', title: 'Voice of Khorasan 28' }],
    ],
    [
      'A Rumiyah article in its seventh issue encouraged knife attacks.',
      [{ media: 'magazine', title: 'Rumiyah 7' }],
    ],
    [
      'The Central Asian group Katibat Imam Bukhari released a video called Hold Firm in Uzbek.',
      [{ media: 'video', title: 'Hold Firm' }],
    ],
    [
      'An Amaq video titled "Fallujah: The Battle Continues" claimed 30 soldiers died.',
      [{ media: 'video', title: 'Fallujah: The Battle Continues', producer: 'Amaq' }],
    ],
    // Open in round 34, passing since round 35.
    [
      'The nasheed Qariban Qariban (Soon, Soon) was released by Ajnad Foundation.',
      [{ media: 'audio', title: 'Qariban Qariban' }],
    ],
    [
      'The ISWAP video Message to the Nigerian Army, released in March 2019, shows a boy executing a soldier.',
      [{ media: 'video', title: 'Message to the Nigerian Army', producer: 'ISWAP', date: '2019-03' }],
    ],
    // No releases.
    ['Amaq published a 2-minute clip showing fighters near Deir ez-Zor on 5 May 2017.', []],
    ['The HTS outlet Amjad released footage of a training camp named after Abu Bakr.', []],
    ['A statement from Wilayat Sinai claimed the attack on 12 June 2018.', []],
    ['Boko Haram released a video showing Abubakar Shekau with the kidnapped schoolgirls.', []],
    ['The video named Abu Yusuf as the executioner.', []],
    ["The video's narrator, Abu Abdullah al-Britani, urges Muslims in Britain to migrate.", []],
    ['The photo report was shot at a camp known as Khalid bin al-Walid.', []],
    ["Amaq's statement claiming the Crocus City Hall attack was issued in Arabic and Russian.", []],
  ],
  fr: [
    [
      "L'hebdomadaire al-Naba a consacré son éditorial du numéro 300 à l'Afrique.",
      [{ media: 'magazine', title: 'al-Naba 300' }],
    ],
    [
      'Dans un article du magazine Rumiyah intitulé « La terreur juste », l’EI appelle aux attaques au camion.',
      [{ media: 'magazine', title: 'Rumiyah' }],
    ],
    [
      'Un nachid intitulé Ô jeunes du Khorasan, rejoignez les rangs a été publié par al-Azaim.',
      [{ media: 'audio', title: 'Ô jeunes du Khorasan, rejoignez les rangs' }],
    ],
    [
      'Dans une vidéo intitulée Le Retour du califat, publiée en 2015, des enfants exécutent des prisonniers.',
      [{ media: 'video', title: 'Le Retour du califat', date: '2015' }],
    ],
    [
      'Al-Hayat a diffusé une vidéo intitulée Les Lionceaux du califat, montrant des enfants armés.',
      [{ media: 'video', title: 'Les Lionceaux du califat', producer: 'Al-Hayat' }],
    ],
    [
      "Un nachid intitulé Ô soldats de l'État, tenez bon a été diffusé en russe par Furat.",
      [{ media: 'audio', title: "Ô soldats de l'État, tenez bon" }],
    ],
    [
      "Dans un article de Dabiq paru dans le numéro 7, l'EI justifie l'esclavage.",
      [{ media: 'magazine', title: 'Dabiq 7' }],
    ],
    [
      "Le septième numéro de Dar al-Islam, sous le titre « Qu'Allah maudisse la France », est paru en 2015.",
      [{ media: 'magazine', title: "Qu'Allah maudisse la France", date: '2015' }],
    ],
    [
      'La vidéo, sous le titre "Sur les traces de nos pères", a été diffusée par la wilaya de Ninive.',
      [{ media: 'video', title: 'Sur les traces de nos pères' }],
    ],
    [
      "Selon l'ICSR, la vidéo appelée “Le sang des martyrs” a été vue des milliers de fois.",
      [{ media: 'video', title: 'Le sang des martyrs' }],
    ],
    [
      'Le magazine Dabiq a consacré son numéro 15, « Brisez la croix », aux chrétiens.',
      [{ media: 'magazine', title: 'Brisez la croix' }],
    ],
    [
      "L'État islamique en Afrique de l'Ouest a diffusé une vidéo intitulée Les héros de Borno, dans laquelle des adolescents tirent.",
      [{ media: 'video', title: 'Les héros de Borno' }],
    ],
    [
      "Une vidéo de l'EI-K intitulée « Khorasan, terre de hijra » a été diffusée par al-Azaim.",
      [{ media: 'video', title: 'Khorasan, terre de hijra', producer: 'al-Azaim' }],
    ],
    // Open in round 34, passing since round 35.
    [
      'Al-Kataib a publié un film, Voici les soldats de Dieu, en 2016.',
      [{ media: 'video', title: 'Voici les soldats de Dieu', date: '2016' }],
    ],
    // No releases.
    ["Amaq a publié jeudi un communiqué revendiquant l'attentat de Kaboul.", []],
    ['Le camp baptisé Ashbal al-Khilafa accueillait 300 enfants.', []],
    ['La vidéo montre Abou Bakr al-Baghdadi à Mossoul.', []],
  ],
  ru: [
    [
      'Фильм «Пламя войны» снят «Аль-Хаятом» в 2014 году.',
      [{ media: 'video', title: 'Пламя войны', producer: 'Аль-Хаят', date: '2014' }],
    ],
    [
      'В Telegram-канале «Голос Хорасана» появилась инфографика «Итоги месяца».',
      [{ media: 'photo', title: 'Итоги месяца' }],
    ],
    [
      'В статье журнала Rumiyah под названием «Справедливый террор» ИГ призывает к наездам.',
      [{ media: 'magazine', title: 'Rumiyah' }],
    ],
    [
      'Медиацентр «Фурат» выпустил на русском языке видео под названием «О воины халифата, терпите».',
      [{ media: 'video', title: 'О воины халифата, терпите' }],
    ],
    [
      'В ролике, озаглавленном „Дети джихада“, мальчики из Таджикистана стреляют в пленных.',
      [{ media: 'video', title: 'Дети джихада' }],
    ],
    [
      'В статье журнала Dabiq, опубликованной в четвертом номере, ИГ оправдывает рабство.',
      [{ media: 'magazine', title: 'Dabiq 4' }],
    ],
    [
      'Четвертый номер журнала «Дабик» под названием «Провалившийся крестовый поход» вышел в октябре 2014 года.',
      [{ media: 'magazine', title: 'Провалившийся крестовый поход', date: '2014-10' }],
    ],
    [
      '«Аль-Кятаиб» выпустил фильм под названием Моменты моджахедов в 2012 году.',
      [{ media: 'video', title: 'Моменты моджахедов', date: '2012' }],
    ],
    [
      'Нашид под названием О братья, держитесь выпустил медиацентр «Фурат».',
      [{ media: 'audio', title: 'О братья, держитесь' }],
    ],
    [
      'Узбекская группировка «Катибат Имам аль-Бухари» опубликовала видео «Будьте стойкими» в 2019 году.',
      [{ media: 'video', title: 'Будьте стойкими', date: '2019' }],
    ],
    [
      'В 15-м номере журнала «Голос Хорасана» ИГ-Х призвало к нападениям в России.',
      [{ media: 'magazine', title: 'Голос Хорасана 15' }],
    ],
    [
      'Ролик «Сыновья таухида» снят в лагере под названием «Львята халифата».',
      [{ media: 'video', title: 'Сыновья таухида' }],
    ],
    // No releases.
    ['Агентство «Амак» опубликовало заявление о нападении на Крокус Сити Холл.', []],
    ['Мальчик по имени Абу Усама появляется в видео «Фурата».', []],
  ],
  ar: [
    [
      'وفي مقال لمجلة رومية بعنوان "الإرهاب العادل" دعا التنظيم إلى الدهس.',
      [{ media: 'magazine', title: 'رومية' }],
    ],
    ['وخصصت صحيفة النبأ افتتاحية العدد 300 للحديث عن أفريقيا.', [{ media: 'magazine', title: 'النبأ 300' }]],
    [
      'ونشرت مؤسسة الفرقان كلمة صوتية بعنوان يا قومنا، أجيبوا داعي الله في نيسان 2019.',
      [{ media: 'audio', title: 'يا قومنا، أجيبوا داعي الله', date: '2019-04' }],
    ],
    [
      'وفي مقال نشرته مجلة دابق في عددها الرابع، برر التنظيم السبي.',
      [{ media: 'magazine', title: 'دابق 4' }],
    ],
    [
      'وصدر العدد الرابع من مجلة دابق تحت عنوان "الحملة الصليبية الفاشلة" في تشرين الأول 2014.',
      [{ media: 'magazine', title: 'الحملة الصليبية الفاشلة', date: '2014-10' }],
    ],
    [
      'وبثت مؤسسة الكتائب فيلما بعنوان ‘لحظات المجاهدين‘ عام 2012.',
      [{ media: 'video', title: 'لحظات المجاهدين', date: '2012' }],
    ],
    [
      'ونشر مكتب ولاية نينوى الإعلامي سلسلة صور بعنوان "إعداد الأشبال" تظهر أطفالا في معسكر.',
      [{ media: 'photo', title: 'إعداد الأشبال' }],
    ],
    [
      'ونشرت ولاية غرب أفريقيا إصدارا مرئيا بعنوان أبطال برنو يظهر فيه فتيان يعدمون جنودا.',
      [{ media: 'video', title: 'أبطال برنو' }],
    ],
    ['وأصدرت مؤسسة العزائم العدد 15 من مجلة صوت خراسان.', [{ media: 'magazine', title: 'صوت خراسان 15' }]],
    // No releases.
    ['وبثت وكالة أعماق بيانا تتبنى فيه الهجوم.', []],
    ['وظهر في الإصدار طفل يدعى أبو يوسف من كازاخستان.', []],
    ['ونشرت مؤسسة أمجاد التابعة لهيئة تحرير الشام مقطعا لمعسكر يحمل اسم أبو بكر الصديق.', []],
  ],
};

// Left open, each with why.
const OPEN_PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    // A bare title after a verb of releasing with no media noun: a name there is as often a person's.
    ['Al-Hayat released Flames of War II in 2017.', [{ media: 'video', title: 'Flames of War II' }]],
  ],
  fr: [],
  ru: [
    // A quote after a speaker noun and his group in the genitive ("обращение официального представителя
    // ИГ «X»"): three words between the noun and the quote, none a possessor; the speaker's title and
    // the quote are not told apart yet.
    [
      'Аудиообращение официального представителя ИГ «И Он поможет вам против них» было распространено в 2020 году.',
      [{ media: 'audio', title: 'И Он поможет вам против них', date: '2020' }],
    ],
  ],
};
const OPEN = new Set<string>(Object.values(OPEN_PROBES).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel34 probes (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_PROBES[lang] ?? [])], OPEN));
