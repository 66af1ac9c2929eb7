// Blind probes for the thirty-seventh release round, written in the styles of counter-extremism research
// (ICSR, GNET, CTC Sentinel, catalogue notes, Tech Against Terrorism), SITE-style summaries, Memri-style
// translations, wire and monitoring copy, and the Arabic, French and Russian press. Media nouns in each
// language (video, audio, magazine, nashid, infographic, photo report, film, documentary, al-Naba issues),
// titles in every quote style and bare after a naming word, producers and dates. Counter-cases: titles
// that are no releases (people, places, camps, operations, trials, researchers' books, NGO reports,
// mainstream TV programmes and films). Claims in the same sentences check that a source is a speaker.
import { describe } from 'vitest';
import { runProbes, runReleaseProbes, type Probe, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'In "Cubs of the Caliphate Academy", a 2016 al-Hayat Media Center video, boys are seen memorising verses.',
      [{ media: 'video', title: 'Cubs of the Caliphate Academy' }],
    ],
    ['The nashid ‹Ya Dawlati› was re-uploaded to TikTok in 2020.', [{ media: 'audio', title: 'Ya Dawlati' }]],
    [
      "An infographic titled 'Harvest of the Soldiers' summarised the week's attacks in al-Naba issue 170.",
      [
        { media: 'photo', title: 'Harvest of the Soldiers' },
        { media: 'magazine', title: 'al-Naba 170' },
      ],
    ],
    [
      'New video message from the Islamic State: “Uproot Them”, Wilayat Sinai.',
      [{ media: 'video', title: 'Uproot Them' }],
    ],
    [
      'Amaq released a video called Revenge for the Shaykh on 3 May 2019.',
      [{ media: 'video', title: 'Revenge for the Shaykh', producer: 'Amaq', date: '2019-05-03' }],
    ],
    [
      'Al-Shabaab\'s al-Kataib Media Foundation released a 30-minute documentary entitled "The Path to Paradise" on 12 January 2018.',
      [{ media: 'video', title: 'The Path to Paradise', date: '2018-01-12' }],
    ],
    [
      'JNIM\'s media arm az-Zallaqa published a video named "The Victory of the Patient" in March 2020.',
      [{ media: 'video', title: 'The Victory of the Patient', date: '2020-03' }],
    ],
    [
      'The Houthi-run al-Masirah TV aired a film titled "The Steadfast Coast" on 26 March 2021.',
      [{ media: 'video', title: 'The Steadfast Coast', date: '2021-03-26' }],
    ],
    [
      'The group\'s Amaq news agency said in a statement that the attacker was "a soldier of the caliphate".',
      [],
    ],
    ['The ICSR report "Women in the Caliphate" was published in July 2018.', []],
    ['Abu Mohammed al-Adnani, nicknamed "the Sheikh", was killed in August 2016.', []],
    ['Operation "Inherent Resolve" began in 2014.', []],
    [
      'Human Rights Watch published a report titled "Children Held for Their Fathers\' Ties" in March 2019.',
      [],
    ],
    ['The BBC programme "Newsnight" broadcast an interview with a returnee.', []],
    ['The case, known as "the Beatles trial", opened in Virginia in 2022.', []],
    ['Al-Hol camp, called "the mini-caliphate" by its guards, is in Hasakah.', []],
    ['The book "The Way of the Strangers" by Graeme Wood was published in 2017.', []],
    [
      'The 13th issue of Dabiq, titled "The Rafidah", appeared in January 2016.',
      [{ media: 'magazine', title: 'The Rafidah', date: '2016-01' }],
    ],
    ['Rumiyah issue 5 carried an article on knife attacks.', [{ media: 'magazine', title: 'Rumiyah 5' }]],
    [
      'Issue 254 of al-Naba, released on 4 October 2020, claimed attacks in Mozambique.',
      [{ media: 'magazine', title: 'al-Naba 254', date: '2020-10-04' }],
    ],
    [
      'Voice of Hind, a pro-IS magazine aimed at India, first appeared in February 2020.',
      [{ media: 'magazine', title: 'Voice of Hind', date: '2020-02' }],
    ],
    [
      'Al-Furqan Media released an audio message by al-Baghdadi, "So Wait, We Too Are Waiting", on 27 September 2018.',
      [{ media: 'audio', title: 'So Wait, We Too Are Waiting', date: '2018-09-27' }],
    ],
    [
      'A photo report from the Wilayat Khurasan media office, "Distribution of Zakat", showed villagers queuing.',
      [{ media: 'photo', title: 'Distribution of Zakat' }],
    ],
    [
      'The as-Sahab documentary "The Wound of Kashmir" runs for 45 minutes.',
      [{ media: 'video', title: 'The Wound of Kashmir' }],
    ],
    [
      'The video, called "Hunt Them, O Monotheists", was released in November 2017.',
      [{ media: 'video', title: 'Hunt Them, O Monotheists', date: '2017-11' }],
    ],
    [
      'In 2015 the group released a nasheed entitled My Ummah, Dawn Has Appeared.',
      [{ media: 'audio', title: 'My Ummah, Dawn Has Appeared', date: '2015' }],
    ],
    [
      'The Associated Press reported that a video titled "Inside the Caliphate" had been posted online.',
      [{ media: 'video', title: 'Inside the Caliphate' }],
    ],
    ['The documentary "Children of the Caliphate", broadcast by Channel 4, follows a Syrian family.', []],
    [
      'A statement titled "The Blessed Raid on Paris" was issued on 14 November 2015.',
      [{ media: 'statement', title: 'The Blessed Raid on Paris', date: '2015-11-14' }],
    ],
    ['The group known as "Boko Haram" pledged allegiance in March 2015.', []],
  ],
  fr: [
    [
      'Dans une vidéo intitulée « Les Lionceaux du califat », diffusée le 3 mai 2016 par al-Hayat, des enfants récitent le Coran.',
      [{ media: 'video', title: 'Les Lionceaux du califat', date: '2016-05-03' }],
    ],
    [
      'Le JNIM a publié, via sa branche médiatique az-Zallaqa, une vidéo intitulée "La victoire des patients" en mars 2020.',
      [{ media: 'video', title: 'La victoire des patients', date: '2020-03' }],
    ],
    [
      "L'agence Amaq a diffusé un enregistrement sonore intitulé « Ô soldats du califat ».",
      [{ media: 'audio', title: 'Ô soldats du califat' }],
    ],
    [
      'Le chant « Mon Oumma, l’aube est apparue » est devenu l’hymne officieux du groupe.',
      [{ media: 'audio', title: 'Mon Oumma, l’aube est apparue' }],
    ],
    [
      'Le numéro 8 de Dar al-Islam, paru en février 2016, appelait à tuer des enseignants.',
      [{ media: 'magazine', title: 'Dar al-Islam 8', date: '2016-02' }],
    ],
    [
      'Le neuvième numéro de Dar al-Islam, intitulé « L’État islamique reste », est paru en 2016.',
      [{ media: 'magazine', title: 'L’État islamique reste', date: '2016' }],
    ],
    [
      'Un documentaire de 40 minutes, intitulé ‹ Le sang des martyrs ›, a été publié par le bureau médiatique de la wilaya de Ninive.',
      [{ media: 'video', title: 'Le sang des martyrs' }],
    ],
    [
      'Le documentaire « Daech, les enfants perdus », diffusé sur France 2, suit une famille de Toulouse.',
      [],
    ],
    ['Le rapport « Les enfants du djihad » de l’ONG Avocats sans frontières a été publié en 2019.', []],
    ['Le procès dit « des attentats du 13-Novembre » s’est ouvert en septembre 2021.', []],
    ['L’opération « Barkhane » a pris fin en 2022.', []],
    ['Le camp de Roj, surnommé « la prison des femmes », accueille des Françaises.', []],
    ['Le livre « Les Revenants » de David Thomson décrit le retour des djihadistes.', []],
    ['L’émission « Envoyé spécial » a consacré un reportage aux enfants du djihad.', []],
    [
      'Une infographie intitulée « Moisson des soldats » recense les attaques de la semaine dans le numéro 250 d’al-Naba.',
      [
        { media: 'photo', title: 'Moisson des soldats' },
        { media: 'magazine', title: 'al-Naba 250' },
      ],
    ],
    [
      'Le reportage photo « Distribution de la zakat », publié par le bureau médiatique de la wilaya de Raqqa, montre des habitants.',
      [{ media: 'photo', title: 'Distribution de la zakat' }],
    ],
    [
      'En 2015, al-Hayat a publié une vidéo intitulée Sur les traces de nos pères.',
      [{ media: 'video', title: 'Sur les traces de nos pères', date: '2015' }],
    ],
    [
      'La vidéo „Tuez-les où que vous les trouviez“ a été diffusée en novembre 2015.',
      [{ media: 'video', title: 'Tuez-les où que vous les trouviez', date: '2015-11' }],
    ],
    [
      'Le film «Le Flambeau de la guerre» a été produit par al-Hayat.',
      [{ media: 'video', title: 'Le Flambeau de la guerre' }],
    ],
    ['L’AFP a publié une vidéo intitulée « Dans le camp d’al-Hol » en 2019.', []],
    [
      'La revue Rumiyah, lancée en septembre 2016, a remplacé Dabiq.',
      [
        { media: 'magazine', title: 'Rumiyah', date: '2016-09' },
        { media: 'magazine', title: 'Dabiq' },
      ],
    ],
    [
      'Dans un message audio intitulé « Et ceux qui croient combattent », le porte-parole appelle aux attaques.',
      [{ media: 'audio', title: 'Et ceux qui croient combattent' }],
    ],
    [
      'Al-Chabab a diffusé, via son organe al-Kataib, une vidéo baptisée « Le chemin du paradis ».',
      [{ media: 'video', title: 'Le chemin du paradis' }],
    ],
    [
      'Le magazine Voice of Khurasan a publié son 20e numéro en 2022.',
      [{ media: 'magazine', title: 'Voice of Khurasan 20', date: '2022' }],
    ],
    [
      'Selon Le Monde, la vidéo « Nous reviendrons » a été vue des milliers de fois.',
      [{ media: 'video', title: 'Nous reviendrons' }],
    ],
    [
      'Les Houthis ont diffusé sur al-Masirah un zamil intitulé « Nous ne plierons pas ».',
      [{ media: 'audio', title: 'Nous ne plierons pas' }],
    ],
    [
      'L’État islamique a publié un communiqué intitulé « Bénie soit l’attaque » le 14 novembre 2015.',
      [{ media: 'statement', title: 'Bénie soit l’attaque', date: '2015-11-14' }],
    ],
    ['Le groupe, connu sous le nom de « Boko Haram », a fait allégeance en 2015.', []],
    ['Abou Bakr al-Baghdadi, surnommé « le calife invisible », est mort en 2019.', []],
    [
      'Dans « Le califat est de retour », une vidéo de 12 minutes, un enfant exécute un prisonnier.',
      [{ media: 'video', title: 'Le califat est de retour' }],
    ],
  ],
  ru: [
    [
      'Боевики опубликовали видеоролик под названием «Львята халифата» в мае 2015 года.',
      [{ media: 'video', title: 'Львята халифата', date: '2015-05' }],
    ],
    [
      'В ролике „Сквозь тьму“ показаны дети, которых учат стрелять.',
      [{ media: 'video', title: 'Сквозь тьму' }],
    ],
    [
      'Песнопение (нашид) «Моя умма, заря взошла» перевели на чеченский язык.',
      [{ media: 'audio', title: 'Моя умма, заря взошла' }],
    ],
    ['Журнал «Исток» выходил на русском языке.', [{ media: 'magazine', title: 'Исток' }]],
    [
      'Во втором номере «Истока», вышедшем в 2015 году, были фотографии детей.',
      [{ media: 'magazine', title: 'Исток 2', date: '2015' }],
    ],
    [
      'В 2016 году медиацентр «Аль-Хаят» выпустил фильм под названием Путь к раю.',
      [{ media: 'video', title: 'Путь к раю', date: '2016' }],
    ],
    [
      'Агентство «Амак» распространило видео, озаглавленное «Месть за шейха», 3 мая 2019 года.',
      [{ media: 'video', title: 'Месть за шейха', date: '2019-05-03' }],
    ],
    [
      'Инфографика «Урожай солдат» в 200-м номере «ан-Наба» перечисляет теракты.',
      [
        { media: 'photo', title: 'Урожай солдат' },
        { media: 'magazine', title: 'ан-Наба 200' },
      ],
    ],
    ['Книга «Исламское государство: армия террора» вышла в 2015 году.', []],
    ['Доклад «Дети чужой войны» подготовила правозащитная организация.', []],
    ['Операция «Возмездие» началась в 2016 году.', []],
    ['Лагерь «Аль-Холь» охраняют курдские силы.', []],
    ['Программа «Время» на Первом канале показала сюжет о возвращенцах.', []],
    ['Суд по делу «Хизб ут-Тахрир» продолжается в Казани.', []],
    [
      'Фотоотчёт «Раздача закята», опубликованный информационным бюро вилайята Ракка, показывает жителей.',
      [{ media: 'photo', title: 'Раздача закята' }],
    ],
    [
      'Аудиообращение „И радуй терпеливых“ выпустил фонд «Аль-Фуркан» в августе 2018 года.',
      [{ media: 'audio', title: 'И радуй терпеливых', date: '2018-08' }],
    ],
    [
      'Документальный фильм ‹Рана Кашмира› выпустила студия «ас-Сахаб».',
      [{ media: 'video', title: 'Рана Кашмира' }],
    ],
    [
      'Медиафонд «Аль-Катаиб», рупор «Аш-Шабаб», выпустил видео "Дорога в рай" 12 января 2018 года.',
      [{ media: 'video', title: 'Дорога в рай', date: '2018-01-12' }],
    ],
    [
      "Видеоролик 'Охота на них' был выпущен в ноябре 2017 года.",
      [{ media: 'video', title: 'Охота на них', date: '2017-11' }],
    ],
    [
      'Хуситский телеканал «Аль-Масира» показал фильм «Стойкий берег».',
      [{ media: 'video', title: 'Стойкий берег' }],
    ],
    ['В 12-м выпуске журнала «Дабик» опубликовано интервью.', [{ media: 'magazine', title: 'Дабик 12' }]],
    [
      'Еженедельник «ан-Наба» в номере 254 сообщил о нападениях в Мозамбике.',
      [{ media: 'magazine', title: 'ан-Наба 254' }],
    ],
    ['Эмир, известный под прозвищем «Чеченец», был убит в 2017 году.', []],
    ['По данным «Медузы», в лагере остаются дети из России.', []],
    ['Журналист РИА Новости снял фильм «Возвращение» о женщинах из Сирии.', []],
    ['Видео называется «Кровь за кровь» и длится 15 минут.', [{ media: 'video', title: 'Кровь за кровь' }]],
    [
      'Группировка «Джамаат Нусрат аль-Ислам» через студию «Аз-Заллака» выпустила ролик «Победа терпеливых».',
      [{ media: 'video', title: 'Победа терпеливых' }],
    ],
    [
      'Заявление под названием «Благословенный рейд» было опубликовано 14 ноября 2015 года.',
      [{ media: 'statement', title: 'Благословенный рейд', date: '2015-11-14' }],
    ],
    [
      'В марте 2020 года вышел нашид «Ждите, и мы ждём».',
      [{ media: 'audio', title: 'Ждите, и мы ждём', date: '2020-03' }],
    ],
    [
      'Журнал «Голос Хорасана» выпустил 20-й номер в 2022 году.',
      [{ media: 'magazine', title: 'Голос Хорасана 20', date: '2022' }],
    ],
  ],
  ar: [
    [
      'نشرت مؤسسة الحياة للإعلام إصداراً مرئياً بعنوان «أشبال الخلافة» في 12 أيار 2016.',
      [{ media: 'video', title: 'أشبال الخلافة', date: '2016-05-12' }],
    ],
    ['بثت وكالة أعماق مقطعاً مصوراً تحت عنوان "الثأر للشيخ".', [{ media: 'video', title: 'الثأر للشيخ' }]],
    [
      'أصدر المكتب الإعلامي لولاية الرقة تقريراً مصوراً بعنوان « توزيع الزكاة » على الأهالي.',
      [{ media: 'photo', title: 'توزيع الزكاة' }],
    ],
    ['أنشودة «يا دولتي» انتشرت على تيك توك عام 2020.', [{ media: 'audio', title: 'يا دولتي' }]],
    [
      'صدر العدد 254 من صحيفة النبأ في 4 تشرين الأول 2020.',
      [{ media: 'magazine', title: 'النبأ 254', date: '2020-10-04' }],
    ],
    ['حمل العدد الثالث عشر من مجلة دابق عنوان "الرافضة".', [{ media: 'magazine', title: 'الرافضة' }]],
    [
      'أصدرت مؤسسة الفرقان كلمة صوتية لأبي بكر البغدادي بعنوان "وبشر الصابرين" في آب 2018.',
      [{ media: 'audio', title: 'وبشر الصابرين', date: '2018-08' }],
    ],
    [
      'بثت حركة الشباب عبر مؤسسة الكتائب فيلماً وثائقياً بعنوان طريق الجنة.',
      [{ media: 'video', title: 'طريق الجنة' }],
    ],
    [
      'نشرت مؤسسة الزلاقة التابعة لجماعة نصرة الإسلام والمسلمين إصداراً بعنوان "نصر الصابرين" في آذار 2020.',
      [{ media: 'other', title: 'نصر الصابرين', date: '2020-03' }],
    ],
    ['عرضت قناة المسيرة التابعة للحوثيين زاملاً بعنوان "لن نركع".', [{ media: 'audio', title: 'لن نركع' }]],
    ['صدر كتاب بعنوان "أطفال الخلافة المنسيون" للباحث أحمد علي عام 2019.', []],
    ['أصدرت منظمة هيومن رايتس ووتش تقريراً بعنوان "أطفال في قبضة داعش".', []],
    ['انطلقت عملية "غضب الفرات" عام 2016.', []],
    ['يقع مخيم "الهول" في ريف الحسكة.', []],
    ['عرضت قناة العربية برنامجاً بعنوان "خفايا التنظيم" عن داعش.', []],
    ['قضية "خلية الأطفال" لا تزال أمام المحكمة.', []],
    ['قُتل القيادي الملقب بـ"أبو الموت" في غارة جوية.', []],
    [
      'نشر المكتب الإعلامي لولاية خراسان إنفوغرافيك بعنوان "حصاد الأجناد".',
      [{ media: 'photo', title: 'حصاد الأجناد' }],
    ],
    [
      'أصدرت مؤسسة السحاب فيلماً وثائقياً تحت عنوان «جرح كشمير» مدته 45 دقيقة.',
      [{ media: 'video', title: 'جرح كشمير' }],
    ],
    [
      'ظهر الإصدار المرئي ‹اقتلوهم حيث ثقفتموهم› في تشرين الثاني 2015.',
      [{ media: 'video', title: 'اقتلوهم حيث ثقفتموهم', date: '2015-11' }],
    ],
    [
      'صدر بيان بعنوان "الغزوة المباركة" في 14 تشرين الثاني 2015.',
      [{ media: 'statement', title: 'الغزوة المباركة', date: '2015-11-14' }],
    ],
    [
      'أصدرت مجلة "صوت خراسان" عددها العشرين عام 2022.',
      [{ media: 'magazine', title: 'صوت خراسان 20', date: '2022' }],
    ],
    ['نشرت مجلة رومية في عددها الخامس مقالاً عن الدهس.', [{ media: 'magazine', title: 'رومية 5' }]],
    [
      'في 3 أيار 2019، نشرت أعماق مقطعاً بعنوان „الثأر للشيخ“.',
      [{ media: 'video', title: 'الثأر للشيخ', date: '2019-05-03' }],
    ],
    ['الفيلم الوثائقي "أبناء الخلافة" الذي عرضته قناة الجزيرة يتتبع أسرة سورية.', []],
    ['نشرت صحيفة الشرق الأوسط تقريراً بعنوان "أطفال داعش" عام 2019.', []],
    [
      "أنتجت مؤسسة أجناد نشيداً بعنوان 'قريباً قريباً' عام 2016.",
      [{ media: 'audio', title: 'قريباً قريباً', date: '2016' }],
    ],
    ['نشرت وكالة رويترز صوراً لأطفال في المخيم.', []],
    ['ظهر في الإصدار المعنون "على خطى الآباء" أطفال يتدربون.', [{ media: 'other', title: 'على خطى الآباء' }]],
    ['نشرت مؤسسة الحياة مجلة دار الإسلام بالفرنسية.', [{ media: 'magazine', title: 'دار الإسلام' }]],
  ],
};

// Longer sentences as reports write them: lists of titles, transliterations with their translation,
// apposed titles, titles in a sentence of their own, and the press's own films and reports.
const MORE: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Videos such as "Flames of War", "Although the Disbelievers Dislike It" and "Healing of the Believers\' Chests" circulated widely.',
      [
        { media: 'video', title: 'Flames of War' },
        { media: 'video', title: 'Although the Disbelievers Dislike It' },
        { media: 'video', title: "Healing of the Believers' Chests" },
      ],
    ],
    [
      'The series of videos, including "Salil al-Sawarim" (Clanging of the Swords), was produced by al-Furqan.',
      [{ media: 'video', title: 'Salil al-Sawarim', producer: 'al-Furqan' }],
    ],
    [
      'In the al-Hayat video Eid Greetings from the Land of Khilafah, fighters hand out sweets.',
      [{ media: 'video', title: 'Eid Greetings from the Land of Khilafah', producer: 'al-Hayat' }],
    ],
    [
      'The nasheed Qariban Qariban ("Soon, Soon") became an anthem.',
      [{ media: 'audio', title: 'Qariban Qariban' }],
    ],
    [
      'The video is titled “Blood for Blood”. It runs to 14 minutes.',
      [{ media: 'video', title: 'Blood for Blood' }],
    ],
    [
      'IS released a video from Wilayat Raqqa, titled "The Structure of the Caliphate", on 6 July 2016.',
      [{ media: 'video', title: 'The Structure of the Caliphate', date: '2016-07-06' }],
    ],
    [
      'Reuters could not verify the authenticity of the video, called "Heirs of Glory".',
      [{ media: 'video', title: 'Heirs of Glory' }],
    ],
    ['The film "Don\'t Leave Me", shown on Arte, tells of a young woman\'s departure.', []],
    ['The Tech Against Terrorism report "State of Play" was released in 2021.', []],
    [
      'The Taliban\'s al-Emarah studio released a video called "The Conquerors" in August 2021.',
      [{ media: 'video', title: 'The Conquerors', producer: 'al-Emarah', date: '2021-08' }],
    ],
  ],
  fr: [
    [
      'Dans la vidéo « Salil al-Sawarim » (Le cliquetis des épées), diffusée par al-Furqan, des combattants paradent.',
      [{ media: 'video', title: 'Salil al-Sawarim', producer: 'al-Furqan' }],
    ],
    [
      'Le nachid Qariban Qariban (« Bientôt, bientôt ») est devenu un hymne.',
      [{ media: 'audio', title: 'Qariban Qariban' }],
    ],
    ['Le film « Ne m’abandonne pas », diffusé sur Arte, raconte le départ d’une jeune Française.', []],
    ['France 24 a consacré un reportage, « Les enfants de Daech », aux orphelins du camp de Roj.', []],
    ['Libération publie une enquête intitulée « Les revenants de Syrie ».', []],
    ['Un journaliste de France 24 a tourné un film intitulé « Le Retour ».', []],
    [
      'Le 400e numéro d’al-Naba, publié le 20 août 2023, évoquait l’Afrique.',
      [{ media: 'magazine', title: 'al-Naba 400', date: '2023-08-20' }],
    ],
  ],
  ru: [
    [
      'В видеоролике «Салиль ас-Саварим» («Звон мечей»), выпущенном «Аль-Фурканом», боевики маршируют.',
      [{ media: 'video', title: 'Салиль ас-Саварим', producer: 'Аль-Фуркан' }],
    ],
    ['Нашид Кариба Кариба («Скоро, скоро») стал гимном.', [{ media: 'audio', title: 'Кариба Кариба' }]],
    ['Фильм «Не оставляй меня» показали на телеканале «Россия 1».', []],
    [
      'Видео называлось «Кровь за кровь». Оно длилось 14 минут.',
      [{ media: 'video', title: 'Кровь за кровь' }],
    ],
    [
      'По данным Meduza, ролик под названием «Наследники славы» распространялся в Telegram.',
      [{ media: 'video', title: 'Наследники славы' }],
    ],
  ],
  ar: [
    [
      'وكانت مؤسسة "الحياة" قد أصدرت في 2015 فيلماً بعنوان "لهيب الحرب 2".',
      [{ media: 'video', title: 'لهيب الحرب 2', date: '2015' }],
    ],
    ['وقال الباحث إن كتابه "داعش من الداخل" صدر عام 2016.', []],
    ['بث تلفزيون سوريا تحقيقاً بعنوان "أشبال البغدادي" عن الأطفال المجندين.', []],
    [
      'كما أصدرت جبهة النصرة عبر منارة البيضاء شريطاً بعنوان "ورثة المجد".',
      [{ media: 'video', title: 'ورثة المجد', producer: 'منارة البيضاء' }],
    ],
    [
      'انتشرت إصدارات مثل "لهيب الحرب" و"شفاء الصدور" على نطاق واسع.',
      [
        { media: 'other', title: 'لهيب الحرب' },
        { media: 'other', title: 'شفاء الصدور' },
      ],
    ],
  ],
};

for (const [lang, probes] of Object.entries(MORE))
  describe(`rel37 more (${lang})`, () => runReleaseProbes(lang, probes));

const OPEN_PROBES: Record<string, ReleaseProbe[]> = {};

const OPEN = new Set<string>(Object.values(OPEN_PROBES).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel37 probes (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_PROBES[lang] ?? [])], OPEN));

// A claim's source is a speaker: a date, a photograph or a piece of footage is none.
const CLAIMS: Record<string, Probe[]> = {
  en: [
    [
      'In May, 40 children were moved to the camp, according to Reuters.',
      [{ v: [40, 40], pop: 'children', source: 'Reuters' }],
    ],
    [
      'Reuters photographs show about 30 boys in uniform at the camp.',
      [{ v: [30, 30], pop: 'children', source: null }],
    ],
    [
      'AP reported that 150 fighters were killed in the strike.',
      [{ v: [150, 150], pop: 'fighters', source: 'AP' }],
    ],
    [
      'In May, 25 women were repatriated to France.',
      [{ v: [25, 25], pop: 'women', origin: ['FR'], source: null }],
    ],
  ],
  fr: [
    [
      'En mai, 40 enfants ont été transférés au camp, selon l’AFP.',
      [{ v: [40, 40], pop: 'children', source: 'l’AFP' }],
    ],
    [
      'En mai, 25 femmes ont été rapatriées en France.',
      [{ v: [25, 25], pop: 'women', origin: ['FR'], source: null }],
    ],
  ],
  ru: [
    ['ТАСС сообщил, что 20 боевиков были убиты.', [{ v: [20, 20], pop: 'fighters', source: 'ТАСС' }]],
    ['В мае 25 женщин вернулись в Россию.', [{ v: [25, 25], pop: 'women', origin: ['RU'], source: null }]],
  ],
  ar: [
    ['وفي أيار، نقل 40 طفلاً إلى المخيم بحسب رويترز.', [{ v: [40, 40], pop: 'children', source: 'رويترز' }]],
    ['وفي أيار، عادت 25 امرأة إلى فرنسا.', [{ v: [25, 25], pop: 'women', origin: ['FR'], source: null }]],
  ],
};

const OPEN_CLAIMS: Record<string, Probe[]> = {};

const OPEN_C = new Set<string>(Object.values(OPEN_CLAIMS).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(CLAIMS))
  describe(`rel37 claims (${lang})`, () =>
    runProbes(lang, [...probes, ...(OPEN_CLAIMS[lang] ?? [])], OPEN_C));
