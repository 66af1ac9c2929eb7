// Blind probes for the thirty-fifth release round, written in the style of propaganda-monitoring reports
// (Jihadoscope, MEMRI JTTM, SITE summaries, ICCT, Tech Against Terrorism, Meduza and Kavkaz.Realii on IS
// Russian-language output, the Arab press on al-Naba and Amaq): al-Hayat, Amaq, al-Furqan, al-Kataib,
// al-Malahem, ISWAP, ISKP and al-Azaim releases, nasheeds, posters and infographics, Dabiq, Rumiyah,
// Istok, Voice of Khurasan, Dar al-Islam and al-Naba issues; titles after every marker, quoted in every
// style or bare, with a translation in brackets, set off by commas, ended by where they are heard; issue
// numbers, producers and dates. Counter-cases: people, places, camps, hostages, "called on", "titled in
// Arabic". Sentences holding a count and a release check that the claim is not disturbed.
import { describe } from 'vitest';
import { runProbes, runReleaseProbes, type Probe, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Jihadoscope noted that al-Hayat Media Center released a 12-minute video titled "Blood for Blood" on 3 March 2016.',
      [{ media: 'video', title: 'Blood for Blood', date: '2016-03-03' }],
    ],
    [
      'According to SITE, Wilayat Khurasan published a Pashto nasheed called “Caravans of Light” in 2021.',
      [{ media: 'audio', title: 'Caravans of Light', date: '2021' }],
    ],
    [
      'The 20th issue of Voice of Khurasan, released in January 2023, featured an article on Tajik converts.',
      [{ media: 'magazine', title: 'Voice of Khurasan 20', date: '2023-01' }],
    ],
    [
      "ISKP's al-Azaim Foundation issued a poster entitled ‘The Hour Has Come’ after the Kabul airport attack.",
      [{ media: 'photo', title: 'The Hour Has Come' }],
    ],
    [
      "Tech Against Terrorism archived the Amaq infographic 'Harvest of the Soldiers' for the week.",
      [{ media: 'photo', title: 'Harvest of the Soldiers' }],
    ],
    [
      'The ISWAP video "Message to the Nigerian Army" shows a boy shooting a captive soldier.',
      [{ media: 'video', title: 'Message to the Nigerian Army' }],
    ],
    [
      'An al-Naba editorial in issue 412 praised the young fighters of Mozambique.',
      [{ media: 'magazine', title: 'al-Naba 412' }],
    ],
    [
      'A video called Sons of the Caliphate (Abna al-Khilafa) was shared on Telegram in 2017.',
      [{ media: 'video', title: 'Sons of the Caliphate', date: '2017' }],
    ],
    [
      'The nasheed, titled "Ya Shahid" ("O Martyr"), is sung by a boy.',
      [{ media: 'audio', title: 'Ya Shahid' }],
    ],
    [
      'MEMRI JTTM reported that the video "Inside the Khilafah 8" was released by al-Hayat on 20 October 2018.',
      [{ media: 'video', title: 'Inside the Khilafah 8', producer: 'al-Hayat', date: '2018-10-20' }],
    ],
    [
      'In Dabiq\'s tenth issue, entitled "The Law of Allah or the Laws of Men", the group attacked apostates.',
      [{ media: 'magazine', title: 'The Law of Allah or the Laws of Men' }],
    ],
    [
      'A poster titled Kill Them Wherever You Find Them circulated on Rocket.Chat in 2019.',
      [{ media: 'photo', title: 'Kill Them Wherever You Find Them', date: '2019' }],
    ],
    [
      'The video Lions of Tomorrow, released by Wilayat Ninawa in 2015, shows boys at a training camp.',
      [{ media: 'video', title: 'Lions of Tomorrow', date: '2015' }],
    ],
    [
      'Wilayat al-Khayr released a video entitled "Cubs of the Caliphate" showing boys shooting prisoners.',
      [{ media: 'video', title: 'Cubs of the Caliphate' }],
    ],
    [
      'The Russian-language magazine Istok published its second issue in 2015.',
      [{ media: 'magazine', title: 'Istok 2', date: '2015' }],
    ],
    [
      'ICCT counted the al-Malahem video "Guardians of the Sharia" among AQAP\'s 2017 releases.',
      [{ media: 'video', title: 'Guardians of the Sharia' }],
    ],
    [
      'The ISKP video Message to the Taliban (in Pashto, with English subtitles) appeared in 2022.',
      [{ media: 'video', title: 'Message to the Taliban', date: '2022' }],
    ],
    [
      'In a nasheed called "We Will Return", a child vows revenge for Baghuz.',
      [{ media: 'audio', title: 'We Will Return' }],
    ],
    [
      'Rumiyah\'s ninth issue, "The Ruling on the Belligerent Christians", appeared in May 2017.',
      [{ media: 'magazine', title: 'The Ruling on the Belligerent Christians', date: '2017-05' }],
    ],
    [
      "The Amaq statement was followed by a video titled ''The Lions of the Caucasus'' in Russian.",
      [{ media: 'video', title: 'The Lions of the Caucasus' }],
    ],
    [
      'The nasheed Hisad al-Ajnad (Harvest of the Soldiers) was released by Ajnad Foundation in 2016.',
      [{ media: 'audio', title: 'Hisad al-Ajnad', date: '2016' }],
    ],
    [
      'The video Rise of the Cubs (Nuhud al-Ashbal), released by Wilayat Dijla in 2016, shows boys at a camp.',
      [{ media: 'video', title: 'Rise of the Cubs', date: '2016' }],
    ],
    [
      'The ISWAP video Message to the Nigerian Army, released in March 2019, shows a boy executing a soldier.',
      [{ media: 'video', title: 'Message to the Nigerian Army', producer: 'ISWAP', date: '2019-03' }],
    ],
    [
      'The ISKP video Message to the Taliban was posted on Telegram in 2022.',
      [{ media: 'video', title: 'Message to the Taliban', date: '2022' }],
    ],
    [
      'A nasheed titled Ya Shahid in the video was sung by a Tajik boy.',
      [{ media: 'audio', title: 'Ya Shahid' }],
    ],
    [
      'An al-Hayat video entitled Dawn of the Caliphate, released on 4 July 2014, shows the Mosul sermon.',
      [{ media: 'video', title: 'Dawn of the Caliphate', producer: 'al-Hayat', date: '2014-07-04' }],
    ],
    [
      'Voice of Khurasan issue 30 appeared on 5 November 2023.',
      [{ media: 'magazine', title: 'Voice of Khurasan 30', date: '2023-11-05' }],
    ],
    [
      'The al-Naba weekly, in its 390th issue, boasted of attacks in Congo.',
      [{ media: 'magazine', title: 'al-Naba 390' }],
    ],
    [
      'A poster called Your Blood Is Ours was shared by the Halummu channel.',
      [{ media: 'photo', title: 'Your Blood Is Ours' }],
    ],
    [
      "The audio message 'And Fight Them Until There Is No Fitna' was released by al-Furqan on 17 March 2020.",
      [
        {
          media: 'audio',
          title: 'And Fight Them Until There Is No Fitna',
          producer: 'al-Furqan',
          date: '2020-03-17',
        },
      ],
    ],
    [
      'Wilayat Sinai posted a video titled Harvest of the Spies (Hasad al-Jawasis) in 2018.',
      [{ media: 'video', title: 'Harvest of the Spies', date: '2018' }],
    ],
    [
      'The infographic, titled “Two Years of the Caliphate,” claimed the group held Mosul and Raqqa.',
      [{ media: 'photo', title: 'Two Years of the Caliphate' }],
    ],
    [
      'In "Race Towards Good", a 15-minute al-Hayat video released in November 2014, Kazakh boys train.',
      [{ media: 'video', title: 'Race Towards Good', date: '2014-11' }],
    ],
    [
      'Istok, whose first issue came out in May 2015, targeted Russian-speaking Muslims.',
      [{ media: 'magazine', title: 'Istok 1', date: '2015-05' }],
    ],
    [
      'Dabiq, in whose fourth issue slavery was justified, appeared monthly.',
      [{ media: 'magazine', title: 'Dabiq 4' }],
    ],
    [
      "On 9 June 2017, Wilayat Khurasan's media office released a 25-minute video titled ''Lions of Khurasan''.",
      [{ media: 'video', title: 'Lions of Khurasan', date: '2017-06-09' }],
    ],
    [
      'The AQAP magazine Inspire, in its 17th issue, urged train derailments.',
      [{ media: 'magazine', title: 'Inspire 17' }],
    ],
    [
      'A nasheed entitled “Qariban Qariban” (Soon, Soon), sung in Arabic, was posted by Ajnad in 2014.',
      [{ media: 'audio', title: 'Qariban Qariban', date: '2014' }],
    ],
    [
      'Issue 5 of the Urdu-language magazine Yalghar, released on 2 May 2022, targeted Pakistani soldiers.',
      [{ media: 'magazine', title: 'Yalghar 5', date: '2022-05-02' }],
    ],
    ['The so-called Cubs of the Caliphate appear in a video released by Amaq.', []],
    ['A camp named after Osama bin Laden appears in the video.', []],
    [
      'The video titled "Sharia or Death" was filmed by Chechen fighters, Kavkaz.Realii reported.',
      [{ media: 'video', title: 'Sharia or Death' }],
    ],
    [
      "ISIS's Yemen branch released a video, 'Soldiers of Allah', on 3 April 2016.",
      [{ media: 'video', title: 'Soldiers of Allah', date: '2016-04-03' }],
    ],
    [
      'Al-Naba No. 215, published on 19 January 2020, reported attacks in Nigeria.',
      [{ media: 'magazine', title: 'Al-Naba 215', date: '2020-01-19' }],
    ],
    [
      'The poster "Wait for Us in Moscow" (in Russian: "Ждите нас в Москве") appeared after the Crocus attack.',
      [{ media: 'photo', title: 'Wait for Us in Moscow' }],
    ],
    ['The Islamic State released a video named Abu Bakr al-Baghdadi in 2019.', []],
    [
      'Meduza said the video was called Eid in the Land of the Caliphate.',
      [{ media: 'video', title: 'Eid in the Land of the Caliphate' }],
    ],
    [
      'A video called Hunt Them Down (Tarid al-Murtaddin) was posted by Wilayat Sinai in 2017.',
      [{ media: 'video', title: 'Hunt Them Down', date: '2017' }],
    ],
    [
      'In a nasheed entitled My Ummah, Dawn Has Appeared, the singer praises the caliph.',
      [{ media: 'audio', title: 'My Ummah, Dawn Has Appeared' }],
    ],
    [
      'The ISKP infographic Harvest of the Soldiers, posted on 4 August 2021, listed 30 attacks.',
      [{ media: 'photo', title: 'Harvest of the Soldiers', date: '2021-08-04' }],
    ],
    [
      "The video, entitled Healing of the Believers' Chests, shows the burning of the Jordanian pilot.",
      [{ media: 'video', title: "Healing of the Believers' Chests" }],
    ],
    // No releases.
    ['The video shows Abu Muhammad al-Adnani addressing fighters in Raqqa.', []],
    ['A video called on supporters in Russia to carry out attacks.', []],
    ['The poster, titled in Arabic and English, urged attacks on churches.', []],
    ['A nasheed recited by Abu Yasir al-Britani accompanies the footage.', []],
    ['The footage was filmed in the al-Hol camp, according to Tech Against Terrorism.', []],
    ['ISWAP released a video of a boy called Abu Bakr executing a soldier.', []],
    ['Amaq named the attacker as Abu Hafs al-Tajiki in a statement on 23 March 2024.', []],
    ['The video shows boys in the Farouq camp near Raqqa.', []],
    ['ISKP claimed the attack in a statement published by Amaq on 22 March 2024.', []],
    ['The narrator of the video, called Abu Ubaydah, speaks in English.', []],
    ['A video entitled by the group as its answer to the coalition appeared in 2016.', []],
    ['Al-Shabaab released two Kenyan hostages in 2019.', []],
  ],
  fr: [
    [
      'Selon Jihadoscope, al-Hayat a diffusé le 3 mars 2016 une vidéo de douze minutes intitulée « Sang pour sang ».',
      [{ media: 'video', title: 'Sang pour sang', date: '2016-03-03' }],
    ],
    [
      'Le neuvième numéro de Dar al-Islam, sous le titre "Ils complotent et Allah complote", est paru en 2016.',
      [{ media: 'magazine', title: 'Ils complotent et Allah complote', date: '2016' }],
    ],
    [
      'Le nachid « Ya Shahid » (« Ô martyr ») est chanté par un enfant de dix ans.',
      [{ media: 'audio', title: 'Ya Shahid' }],
    ],
    [
      "La vidéo de l'ISWAP intitulée Message à l'armée nigériane montre un garçon exécutant un soldat.",
      [{ media: 'video', title: "Message à l'armée nigériane" }],
    ],
    [
      'Dans son quatorzième numéro, Dabiq menace les musulmans de l’Occident.',
      [{ media: 'magazine', title: 'Dabiq 14' }],
    ],
    [
      "L'infographie d'Amaq « Bilan de la semaine » recense trente attaques.",
      [{ media: 'photo', title: 'Bilan de la semaine' }],
    ],
    [
      'Al-Naba, dans son numéro 350, se félicite des attaques au Mozambique.',
      [{ media: 'magazine', title: 'Al-Naba 350' }],
    ],
    [
      'Le magazine Istok, dans son premier numéro, s’adresse aux musulmans du Caucase.',
      [{ media: 'magazine', title: 'Istok 1' }],
    ],
    [
      'Une affiche appelée “Tuez-les où que vous les trouviez” a circulé sur Telegram en 2019.',
      [{ media: 'photo', title: 'Tuez-les où que vous les trouviez', date: '2019' }],
    ],
    [
      'La wilaya de Raqqa a publié une vidéo intitulée „Les héritiers de la gloire“ en 2015.',
      [{ media: 'video', title: 'Les héritiers de la gloire', date: '2015' }],
    ],
    [
      'Un nachid en russe intitulé « Мы вернёмся » (« Nous reviendrons ») a été diffusé par Furat.',
      [{ media: 'audio', title: 'Мы вернёмся' }],
    ],
    [
      "Une vidéo d'al-Kataib intitulée Les gardiens de la charia a été publiée en 2017.",
      [{ media: 'video', title: 'Les gardiens de la charia', date: '2017' }],
    ],
    [
      "Dans une vidéo d'al-Hayat sous le titre « Pas de répit », un narrateur américain menace les États-Unis.",
      [{ media: 'video', title: 'Pas de répit', producer: 'al-Hayat' }],
    ],
    [
      'Voice of Khurasan a consacré son numéro 22 aux Talibans.',
      [{ media: 'magazine', title: 'Voice of Khurasan 22' }],
    ],
    [
      "La vidéo intitulée 'Les lionceaux du Sahel' montre des enfants de l'EIGS.",
      [{ media: 'video', title: 'Les lionceaux du Sahel' }],
    ],
    [
      'Le nachid Salil al-Sawarim (Le cliquetis des épées) accompagne de nombreuses vidéos.',
      [{ media: 'audio', title: 'Salil al-Sawarim' }],
    ],
    [
      'Une vidéo intitulée Les fils du califat (Abna al-Khilafa) a été publiée en 2017.',
      [{ media: 'video', title: 'Les fils du califat', date: '2017' }],
    ],
    [
      'Al-Kataib a publié un film, Voici les soldats de Dieu, en 2016.',
      [{ media: 'video', title: 'Voici les soldats de Dieu', date: '2016' }],
    ],
    [
      'Al-Hayat a diffusé une vidéo, Les lionceaux de Raqqa, le 4 mars 2015.',
      [{ media: 'video', title: 'Les lionceaux de Raqqa', date: '2015-03-04' }],
    ],
    [
      "Un message audio sous le titre Et combattez-les jusqu'à ce qu'il n'y ait plus de fitna a été diffusé par al-Furqan.",
      [{ media: 'audio', title: "Et combattez-les jusqu'à ce qu'il n'y ait plus de fitna" }],
    ],
    [
      'Le numéro 7 de Rumiyah, publié en mars 2017, appelle aux attaques au couteau.',
      [{ media: 'magazine', title: 'Rumiyah 7', date: '2017-03' }],
    ],
    [
      'La vidéo appelée Le réveil des lionceaux montre des enfants ouïghours.',
      [{ media: 'video', title: 'Le réveil des lionceaux' }],
    ],
    [
      "L'affiche intitulée « Votre sang est le nôtre » (en arabe « Damukum lana ») a été partagée sur Telegram.",
      [{ media: 'photo', title: 'Votre sang est le nôtre' }],
    ],
    [
      "La vidéo de l'EI au Sahel, intitulée « Les héros du désert », a été publiée par Amaq le 12 janvier 2020.",
      [{ media: 'video', title: 'Les héros du désert', date: '2020-01-12' }],
    ],
    [
      'Istok, dont le premier numéro est paru en mai 2015, visait les musulmans russophones.',
      [{ media: 'magazine', title: 'Istok 1', date: '2015-05' }],
    ],
    [
      "Le 9 juin 2017, le bureau médiatique de la wilaya du Khorasan a diffusé une vidéo de 25 minutes intitulée ''Les lions du Khorasan''.",
      [{ media: 'video', title: 'Les lions du Khorasan', date: '2017-06-09' }],
    ],
    [
      'Le magazine Inspire d’AQPA, dans son 17e numéro, appelait à faire dérailler des trains.',
      [{ media: 'magazine', title: 'Inspire 17' }],
    ],
    ["Les soi-disant « lionceaux du califat » apparaissent dans une vidéo d'Amaq.", []],
    [
      'La vidéo a été baptisée « Charia ou la mort » par ses auteurs tchétchènes.',
      [{ media: 'video', title: 'Charia ou la mort' }],
    ],
    [
      "L'affiche « Attendez-nous à Moscou » (en russe « Ждите нас в Москве ») est apparue après l'attentat du Crocus.",
      [{ media: 'photo', title: 'Attendez-nous à Moscou' }],
    ],
    [
      'Al-Naba n° 215, publié le 19 janvier 2020, relatait des attaques au Nigeria.',
      [{ media: 'magazine', title: 'Al-Naba 215', date: '2020-01-19' }],
    ],
    ["Un camp baptisé du nom d'Oussama ben Laden apparaît dans la vidéo.", []],
    [
      'Une vidéo intitulée Traquez-les (Tarid al-Murtaddin) a été publiée par la wilaya du Sinaï en 2017.',
      [{ media: 'video', title: 'Traquez-les', date: '2017' }],
    ],
    [
      "L'infographie intitulée Bilan des soldats, publiée le 4 août 2021, recense trente attaques.",
      [{ media: 'photo', title: 'Bilan des soldats', date: '2021-08-04' }],
    ],
    [
      'La vidéo intitulée La guérison des poitrines des croyants montre le pilote jordanien brûlé vif.',
      [{ media: 'video', title: 'La guérison des poitrines des croyants' }],
    ],
    // No releases.
    ["La vidéo montre le camp d'al-Hol en Syrie.", []],
    ['Une vidéo appelle les musulmans de France à commettre des attentats.', []],
    ["L'affiche, intitulée en arabe et en français, appelle au meurtre.", []],
    ['Amaq a identifié l’assaillant sous le nom d’Abou Hafs al-Tajiki.', []],
    ['Al-Hayat a diffusé une vidéo, Abou Omar, un Tadjik, y apparaît.', []],
    ['La vidéo, tournée à Raqqa, montre des enfants.', []],
    ["L'EI a libéré deux otages français en 2014.", []],
    ['Le narrateur de la vidéo, appelé Abou Oubayda, parle en anglais.', []],
  ],
  ru: [
    [
      'По данным «Медузы», медиацентр «Фурат» выпустил видео под названием «Кровь за кровь» 3 марта 2016 года.',
      [{ media: 'video', title: 'Кровь за кровь', date: '2016-03-03' }],
    ],
    [
      'Во втором номере «Истока» ИГ обращается к мусульманам Кавказа.',
      [{ media: 'magazine', title: 'Исток 2' }],
    ],
    [
      'Видео, озаглавленное «Послание нигерийской армии», выпустило ИГЗА.',
      [{ media: 'video', title: 'Послание нигерийской армии' }],
    ],
    [
      'Плакат под названием „Час настал“ распространялся в Telegram в 2019 году.',
      [{ media: 'photo', title: 'Час настал', date: '2019' }],
    ],
    ['Нашид "Мы вернёмся" исполняет мальчик из Дагестана.', [{ media: 'audio', title: 'Мы вернёмся' }]],
    [
      'Инфографика агентства «Амак» под названием «Урожай недели» насчитывает 40 нападений.',
      [{ media: 'photo', title: 'Урожай недели' }],
    ],
    [
      'В 400-м номере еженедельника «ан-Наба» ИГ хвалит боевиков в Мозамбике.',
      [{ media: 'magazine', title: 'ан-Наба 400' }],
    ],
    [
      'Видео под названием «Ашбаль аль-Хилафа» («Львята халифата») выложили в 2016 году.',
      [{ media: 'video', title: 'Ашбаль аль-Хилафа', date: '2016' }],
    ],
    [
      'Кавказ.Реалии пишет, что фильм «Шариат или смерть» снят боевиками из Чечни.',
      [{ media: 'video', title: 'Шариат или смерть' }],
    ],
    [
      'Журнал Rumiyah в девятом номере опубликовал статью о христианах.',
      [{ media: 'magazine', title: 'Rumiyah 9' }],
    ],
    [
      'Аудиообращение под названием «Терпите и будьте стойкими» выпустил «аль-Фуркан» в 2019 году.',
      [{ media: 'audio', title: 'Терпите и будьте стойкими', date: '2019' }],
    ],
    [
      "Постер под названием 'Убивайте их' выложил канал «Голос Хорасана».",
      [{ media: 'photo', title: 'Убивайте их' }],
    ],
    [
      'Ролик "Стражи шариата" выпустил медиафонд «аль-Маляхим» в 2017 году.',
      [{ media: 'video', title: 'Стражи шариата', date: '2017' }],
    ],
    [
      'Нашид под названием Салиль ас-Саварим (Звон мечей) сопровождает многие ролики ИГ.',
      [{ media: 'audio', title: 'Салиль ас-Саварим' }],
    ],
    [
      'Видео, озаглавленное Рассвет халифата, вышло 4 июля 2014 года.',
      [{ media: 'video', title: 'Рассвет халифата', date: '2014-07-04' }],
    ],
    [
      'Видеоролик под названием Послание талибам выложило ИГ-Х в 2022 году.',
      [{ media: 'video', title: 'Послание талибам', date: '2022' }],
    ],
    [
      'Выпуск журнала «Голос Хорасана» под номером 30 вышел в ноябре 2023 года.',
      [{ media: 'magazine', title: 'Голос Хорасана 30', date: '2023-11' }],
    ],
    [
      'Еженедельник «ан-Наба» в 390-м выпуске сообщил о нападениях в Конго.',
      [{ media: 'magazine', title: 'ан-Наба 390' }],
    ],
    [
      'ИГ опубликовало плакат «Ваша кровь — наша» на русском и таджикском языках.',
      [{ media: 'photo', title: 'Ваша кровь — наша' }],
    ],
    [
      'Аудиообращение «И сражайтесь с ними» выпустил «аль-Фуркан» 17 марта 2020 года.',
      [{ media: 'audio', title: 'И сражайтесь с ними', date: '2020-03-17' }],
    ],
    [
      'Первый номер журнала «Исток» вышел в мае 2015 года.',
      [{ media: 'magazine', title: 'Исток 1', date: '2015-05' }],
    ],
    [
      "9 июня 2017 года медиаофис вилаята Хорасан выпустил 25-минутное видео под названием ''Львы Хорасана''.",
      [{ media: 'video', title: 'Львы Хорасана', date: '2017-06-09' }],
    ],
    [
      'Журнал Inspire в 17-м номере призывал пускать поезда под откос.',
      [{ media: 'magazine', title: 'Inspire 17' }],
    ],
    ['Так называемые «львята халифата» появляются в видео «Амака».', []],
    [
      'Плакат «Ждите нас в Москве» появился после теракта в «Крокусе».',
      [{ media: 'photo', title: 'Ждите нас в Москве' }],
    ],
    [
      '«Ан-Наба» № 215 от 19 января 2020 года сообщала о нападениях в Нигерии.',
      [{ media: 'magazine', title: 'Ан-Наба 215', date: '2020-01-19' }],
    ],
    ['Лагерь, названный в честь Усамы бен Ладена, показан в видео.', []],
    [
      'Видеоролик ИГ «Шариат или смерть» (англ. Sharia or Death) выложен в 2015 году.',
      [{ media: 'video', title: 'Шариат или смерть', date: '2015' }],
    ],
    [
      'Видео под названием Выследите их (Тарид аль-муртаддин) выложил вилаят Синай в 2017 году.',
      [{ media: 'video', title: 'Выследите их', date: '2017' }],
    ],
    [
      'Инфографика, озаглавленная Итоги солдат, опубликована 4 августа 2021 года.',
      [{ media: 'photo', title: 'Итоги солдат', date: '2021-08-04' }],
    ],
    [
      'Видео под названием Исцеление груди верующих показывает сожжение иорданского пилота.',
      [{ media: 'video', title: 'Исцеление груди верующих' }],
    ],
    // No releases.
    ['В видео появляется боевик по прозвищу Абу Ханифа.', []],
    ['Ролик снят в лагере «Аль-Холь» на северо-востоке Сирии.', []],
    ['Ролик призывает мусульман России к нападениям.', []],
    ['Агентство «Амак» назвало исполнителя нападения Абу Хафсом.', []],
    ['Рассказчик в видео по имени Абу Убайда говорит по-английски.', []],
    ['Видео снято в лагере Фарук под Раккой.', []],
    ['Боевики освободили двух заложников в 2019 году.', []],
  ],
  ar: [
    [
      'وبثت مؤسسة الحياة إصدارا مرئيا بعنوان «الدم بالدم» في 3 آذار 2016.',
      [{ media: 'video', title: 'الدم بالدم', date: '2016-03-03' }],
    ],
    [
      'ونشرت مؤسسة العزائم ملصقا تحت عنوان "حانت الساعة" بعد هجوم مطار كابل.',
      [{ media: 'photo', title: 'حانت الساعة' }],
    ],
    [
      'وفي العدد 400 من صحيفة النبأ الأسبوعية، أشاد التنظيم بالمقاتلين في موزمبيق.',
      [{ media: 'magazine', title: 'النبأ 400' }],
    ],
    [
      'ونشرت ولاية غرب أفريقيا إصدارا مرئيا بعنوان "رسالة إلى الجيش النيجيري" يظهر فيه طفل يعدم جنديا.',
      [{ media: 'video', title: 'رسالة إلى الجيش النيجيري' }],
    ],
    ['وأنشد طفل نشيدا بعنوان يا شهيد في الإصدار.', [{ media: 'audio', title: 'يا شهيد' }]],
    [
      'ونشرت وكالة أعماق إنفوجرافيك بعنوان "حصاد الأسبوع" يتضمن 40 هجوما.',
      [{ media: 'photo', title: 'حصاد الأسبوع' }],
    ],
    [
      'وبثت مؤسسة الحياة فيلما باللغة الإنجليزية بعنوان "No Respite" (لا هوادة).',
      [{ media: 'video', title: 'No Respite' }],
    ],
    [
      'وصدر العدد العاشر من مجلة دابق تحت عنوان “شريعة الله أم شرائع البشر”.',
      [{ media: 'magazine', title: 'شريعة الله أم شرائع البشر' }],
    ],
    [
      'ونشرت مؤسسة الملاحم فيلما بعنوان ‘حماة الشريعة‘ عام 2017.',
      [{ media: 'video', title: 'حماة الشريعة', date: '2017' }],
    ],
    ['وخصصت مجلة صوت خراسان عددها 22 للهجوم على طالبان.', [{ media: 'magazine', title: 'صوت خراسان 22' }]],
    ['وتداول أنصار التنظيم نشيد "سنعود" بعد سقوط الباغوز.', [{ media: 'audio', title: 'سنعود' }]],
    [
      'ونشرت مؤسسة أجناد نشيدا بعنوان حصاد الأجناد عام 2016.',
      [{ media: 'audio', title: 'حصاد الأجناد', date: '2016' }],
    ],
    [
      'وبثت مؤسسة الحياة فيلما بعنوان "Inside the Khilafah" (داخل الخلافة) في تشرين الأول 2018.',
      [{ media: 'video', title: 'Inside the Khilafah', date: '2018-10' }],
    ],
    [
      'وصدر العدد 30 من مجلة صوت خراسان في 5 تشرين الثاني 2023.',
      [{ media: 'magazine', title: 'صوت خراسان 30', date: '2023-11-05' }],
    ],
    [
      'ونشرت ولاية سيناء إصدارا مرئيا تحت عنوان حصاد الجواسيس عام 2018.',
      [{ media: 'video', title: 'حصاد الجواسيس', date: '2018' }],
    ],
    [
      'وأصدرت مؤسسة الفرقان كلمة صوتية بعنوان «وقاتلوهم حتى لا تكون فتنة» في 17 آذار 2020.',
      [{ media: 'audio', title: 'وقاتلوهم حتى لا تكون فتنة', date: '2020-03-17' }],
    ],
    [
      'ويظهر في الإصدار المرئي "صناع الملاحم" أطفال من كازاخستان.',
      [{ media: 'video', title: 'صناع الملاحم' }],
    ],
    ['وفي عددها 390، تفاخرت صحيفة النبأ بالهجمات في الكونغو.', [{ media: 'magazine', title: 'النبأ 390' }]],
    [
      'واستهدفت مجلة دابق، التي صدر عددها الأول في تموز 2014، الإيزيديين.',
      [{ media: 'magazine', title: 'دابق 1', date: '2014-07' }],
    ],
    [
      "وفي 9 حزيران 2017 بث المكتب الإعلامي لولاية خراسان إصدارا مرئيا مدته 25 دقيقة بعنوان ''أسود خراسان''.",
      [{ media: 'video', title: 'أسود خراسان', date: '2017-06-09' }],
    ],
    [
      'ودعت مجلة إنسباير في عددها السابع عشر إلى استهداف القطارات.',
      [{ media: 'magazine', title: 'إنسباير 17' }],
    ],
    ['ويظهر ما يسمى أشبال الخلافة في إصدار لوكالة أعماق.', []],
    ['وظهر ملصق "انتظرونا في موسكو" بعد هجوم كروكوس.', [{ media: 'photo', title: 'انتظرونا في موسكو' }]],
    [
      'وذكرت صحيفة النبأ في عددها 215 الصادر في 19 كانون الثاني 2020 هجمات في نيجيريا.',
      [{ media: 'magazine', title: 'النبأ 215', date: '2020-01-19' }],
    ],
    ['ويظهر في الفيديو معسكر يحمل اسم أسامة بن لادن.', []],
    [
      'وبث التنظيم إصدارا مرئيا بعنوان "الشريعة أو الموت" (Sharia or Death) عام 2015.',
      [{ media: 'video', title: 'الشريعة أو الموت', date: '2015' }],
    ],
    [
      'ويتداول أنصار التنظيم نشيدا تحت عنوان أمتي قد لاح فجر منذ عام 2013.',
      [{ media: 'audio', title: 'أمتي قد لاح فجر' }],
    ],
    [
      'ونشرت وكالة أعماق إنفوجرافيك تحت عنوان حصاد الأجناد في 4 آب 2021.',
      [{ media: 'photo', title: 'حصاد الأجناد', date: '2021-08-04' }],
    ],
    [
      'ونشرت ولاية غرب أفريقيا تقريرا مصورا بعنوان معسكر الأشبال في بحيرة تشاد يوم 2 آذار 2021.',
      [{ media: 'photo', title: 'معسكر الأشبال في بحيرة تشاد', date: '2021-03-02' }],
    ],
    [
      'وبثت مؤسسة الفرقان كلمة صوتية للعدناني بعنوان ثم نبتهل فنجعل لعنة الله على الكاذبين عام 2014.',
      [{ media: 'audio', title: 'ثم نبتهل فنجعل لعنة الله على الكاذبين', date: '2014' }],
    ],
    // No releases.
    ['وأظهر الإصدار أطفالا في معسكر أشبال الخلافة.', []],
    ['وبثت مؤسسة الفرقان كلمة صوتية للمتحدث الرسمي أبي حمزة القرشي.', []],
    ['وذكرت وكالة أعماق أن المهاجم يدعى أبو حفص الطاجيكي.', []],
    ['ويظهر في الفيديو معسكر الفاروق قرب الرقة.', []],
    ['وأفرج التنظيم عن رهينتين كينيين عام 2019.', []],
    ['وبث التنظيم تسجيلا لطفل يدعى عبد الله يهدد فيه الغرب.', []],
  ],
};

// Left open, each with why.
const OPEN_PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    // A comma inside a bare title that opens with no address: past it, a title-case run is as often the next
    // clause's subject or an apposition; only stop words in capitals carry the title on (titleCaseAfterComma).
    [
      'An audio statement titled So Be Patient, a Beautiful Patience was issued by al-Furqan.',
      [{ media: 'audio', title: 'So Be Patient, a Beautiful Patience' }],
    ],
    // A place after a preposition ends a bare title: it says where the release was filmed as often as it is
    // a word of the title ("the video Lions of Tomorrow in Raqqa").
    [
      'Wilayat Gharb Ifriqiyyah released a photo report titled Cubs Camp in Lake Chad on 2 March 2021.',
      [{ media: 'photo', title: 'Cubs Camp in Lake Chad', date: '2021-03-02' }],
    ],
  ],
  fr: [
    // A comma inside a sentence-case bare title that opens with no address: nothing tells the rest from
    // an apposition or the next clause.
    [
      'Un nachid sous le titre Mon oumma, l’aube est apparue circule depuis 2013.',
      [{ media: 'audio', title: 'Mon oumma, l’aube est apparue' }],
    ],
    // "Reportage" is journalism's unless the sentence names a group or an outlet; none is named here, and
    // a wilaya not in the gazetteer ("la wilaya de Raqqa") is none either.
    [
      'Un reportage photo intitulé Camp des lionceaux au lac Tchad a été diffusé le 2 mars 2021.',
      [{ media: 'photo', title: 'Camp des lionceaux au lac Tchad', date: '2021-03-02' }],
    ],
    // "appelé" after a person in the genitive ("un message d'al-Adnani appelé X") names the person as often
    // ("une vidéo d'un garçon appelé X"); only title-only markers ("intitulé") reach back to the media noun.
    [
      "Un message audio d'al-Adnani appelé Puis nous prierons pour que la malédiction tombe a été diffusé en 2014.",
      [{ media: 'audio', title: 'Puis nous prierons pour que la malédiction tombe', date: '2014' }],
    ],
  ],
  ru: [
    // A comma inside a sentence-case bare title that opens with no address (as in fr).
    [
      'Нашид под названием Умма моя, заря взошла распространяется с 2013 года.',
      [{ media: 'audio', title: 'Умма моя, заря взошла' }],
    ],
    // A place after a preposition ends a bare title (as in en).
    [
      'Фоторепортаж озаглавленный Лагерь львят на озере Чад вышел 2 марта 2021 года.',
      [{ media: 'photo', title: 'Лагерь львят на озере Чад', date: '2021-03-02' }],
    ],
  ],
  ar: [
    // "حيث" (where) opens a clause and ends a bare title; a Quranic verse holding it as a title is not told apart.
    [
      'ونشرت ولاية سيناء فيديو بعنوان اقتلوهم حيث ثقفتموهم (Kill Them Wherever You Find Them) عام 2017.',
      [{ media: 'video', title: 'اقتلوهم حيث ثقفتموهم', date: '2017' }],
    ],
    // Verb first: the object of "يظهر" follows the subject's bare title with no word between; where the title
    // ends is not marked.
    [
      'ويظهر الإصدار المرئي المعنون شفاء الصدور حرق الطيار الأردني.',
      [{ media: 'video', title: 'شفاء الصدور' }],
    ],
  ],
};
const OPEN = new Set<string>(Object.values(OPEN_PROBES).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel35 probes (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_PROBES[lang] ?? [])], OPEN));

// The claims of sentences that name a release too: the title does not disturb the count.
const CLAIMS: Record<string, Probe[]> = {
  en: [
    [
      'A video titled "Cubs of the Caliphate Camp" shows 25 boys aged 10 to 14 training in Raqqa.',
      [{ v: [25, 25], pop: 'children', status: 'featured', age: [10, 14] }],
    ],
    [
      'Amaq claimed that 40 soldiers were killed in the attack, in a statement titled "Harvest of Kirkuk".',
      [{ v: [40, 40], pop: 'fighters', status: 'killed', source: 'Amaq' }],
    ],
    [
      'The ISWAP video Message to the Nigerian Army shows 6 boys executing soldiers.',
      [{ v: [6, 6], pop: 'children', status: 'featured' }],
    ],
  ],
  fr: [
    [
      'Une vidéo intitulée « Les lionceaux de Raqqa » montre quinze enfants armés âgés de 10 à 12 ans.',
      [{ v: [15, 15], pop: 'children', status: 'featured', age: [10, 12] }],
    ],
    [
      'Al-Hayat a diffusé une vidéo, Les lionceaux de Raqqa, montrant douze enfants armés.',
      [{ v: [12, 12], pop: 'children', status: 'featured' }],
    ],
  ],
  ru: [
    [
      'В ролике «Львята халифата» показаны 12 детей из Таджикистана в возрасте от 8 до 12 лет.',
      [{ v: [12, 12], pop: 'children', origin: ['TJ'], status: 'featured', age: [8, 12] }],
    ],
  ],
  ar: [['وأظهر إصدار بعنوان "أشبال الخلافة" 25 طفلا يتدربون في الرقة.', [{ v: [25, 25], pop: 'children' }]]],
};
for (const [lang, probes] of Object.entries(CLAIMS))
  describe(`rel35 claims (${lang})`, () => runProbes(lang, probes));
