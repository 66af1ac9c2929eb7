// Blind probes for the thirty-sixth release round, in the style of researchers' and journalists'
// descriptions of jihadist media: al-Hayat, al-Furqan, Amaq, Ajnad, al-Kataib, al-Andalus, az-Zallaqa,
// as-Sahab, Amjad, ISWAP's and the Houthis' outlets; Dabiq, Rumiyah, Istok, Konstantiniyye, Dar al-Islam,
// Voice of Khurasan and al-Naba issues; titles after every marker (الموسومة بـ included), in every quote
// style, with colons, question marks set off French-style (« Êtes-vous prêts ? »), a final tanwin; media
// nouns (песнопение, фотоотчёт, poster, كلمة مرئية). Counter-cases: news agencies and their footage,
// books, films, UN reports, people, camps, operations. Sentences with a count and a release check the
// claim: a media that shows people is no source of their count.
import { describe } from 'vitest';
import { runProbes, runReleaseProbes, type Probe, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    // A news agency by its name alone issuing a video (rel37: wireServices).
    ['The Associated Press published a video titled "Children of the Camps" in 2019.', []],
    [
      "Rumiyah's ninth issue carried an infographic entitled 'Just Terror Tactics: Vehicle Attacks'.",
      [
        { media: 'photo', title: 'Just Terror Tactics: Vehicle Attacks' },
        { media: 'magazine', title: 'Rumiyah 9' },
      ],
    ],
    ['The Amaq clip, which runs to four minutes, shows the attackers pledging allegiance.', []],
    [
      'The Houthis\' al-Masirah aired a zamil titled "We Will Not Kneel" on 12 March 2019.',
      [{ media: 'audio', title: 'We Will Not Kneel', date: '2019-03-12' }],
    ],
    [
      "A statement from as-Sahab titled 'America, the Enemy of the Umma' appeared in 2021.",
      [{ media: 'statement', title: 'America, the Enemy of the Umma', producer: 'as-Sahab', date: '2021' }],
    ],
    [
      'ISWAP\'s outlets published a series of photos, one titled "The Cubs of West Africa" (March 2021).',
      [{ media: 'photo', title: 'The Cubs of West Africa', date: '2021-03' }],
    ],
    ['The documentary film Return of the Caliphate, made by a German journalist, aired on ZDF.', []],
    [
      "Al-Naba, IS's weekly newsletter, published an editorial in issue 215.",
      [{ media: 'magazine', title: 'Al-Naba 215' }],
    ],
    [
      '"We Will Return", published by al-Furqan on 3 May 2019, features al-Baghdadi.',
      [{ media: 'other', title: 'We Will Return', producer: 'al-Furqan', date: '2019-05-03' }],
    ],
    [
      'On 14 May 2017, al-Hayat Media Center released a video titled "Kingdom of the Cross: Shattered Dreams" in French and English.',
      [
        {
          media: 'video',
          title: 'Kingdom of the Cross: Shattered Dreams',
          producer: 'al-Hayat Media Center',
          date: '2017-05-14',
        },
      ],
    ],
    ['Amaq News Agency published a short clip showing fighters in Marawi on 2 June 2017.', []],
    [
      'The nasheed "Soon, Very Soon" was produced by Ajnad Foundation and circulated widely in 2016.',
      [{ media: 'audio', title: 'Soon, Very Soon', date: '2016' }],
    ],
    [
      'Al-Furqan issued an audio statement by Abu Bakr al-Baghdadi entitled “And Give Glad Tidings to the Patient” in August 2018.',
      [
        {
          media: 'audio',
          title: 'And Give Glad Tidings to the Patient',
          producer: 'Al-Furqan',
          date: '2018-08',
        },
      ],
    ],
    [
      'Issue 15 of Dabiq, titled "Break the Cross", appeared in July 2016.',
      [{ media: 'magazine', title: 'Break the Cross', date: '2016-07' }],
    ],
    [
      'The seventh issue of Rumiyah was released in March 2017.',
      [{ media: 'magazine', title: 'Rumiyah 7', date: '2017-03' }],
    ],
    [
      "A photo report from Wilayat Sinai, called 'Life in the Shade of the Caliphate', shows children at a school.",
      [{ media: 'photo', title: 'Life in the Shade of the Caliphate' }],
    ],
    [
      'Al-Kataib, al-Shabaab\'s media wing, released a 40-minute video named "Mujahideen Moments 7" in 2019.',
      [{ media: 'video', title: 'Mujahideen Moments 7', date: '2019' }],
    ],
    [
      'AQIM\'s al-Andalus Foundation published a statement titled "Condolences to the Umma" on 5 January 2015.',
      [{ media: 'statement', title: 'Condolences to the Umma', date: '2015-01-05' }],
    ],
    [
      "JNIM's az-Zallaqa media released an infographic titled 'Harvest of a Month' covering attacks in Burkina Faso.",
      [{ media: 'photo', title: 'Harvest of a Month' }],
    ],
    [
      'As-Sahab released a video entitled "The Wound of the Umma" in 2019, featuring a speech by Ayman al-Zawahiri.',
      [{ media: 'video', title: 'The Wound of the Umma', producer: 'As-Sahab', date: '2019' }],
    ],
    ['Al-Masirah TV broadcast footage of boys at a summer camp in Saada.', []],
    [
      'The Houthi-run al-Masirah channel aired a documentary called "Cubs of the Homeland" in 2018.',
      [{ media: 'video', title: 'Cubs of the Homeland', date: '2018' }],
    ],
    [
      'HTS\'s Amjad Foundation published a video titled "Guardians of the Land" on 1 October 2019.',
      [{ media: 'video', title: 'Guardians of the Land', date: '2019-10-01' }],
    ],
    ['Reuters reported that the group had released a new video, but did not give its title.', []],
    ['The UN report "Children and Armed Conflict" was published in June 2020.', []],
    ['The film "The Battle of Algiers" was screened at the festival.', []],
    ['The BBC documentary "Sons of the Caliphate" followed three families.', []],
    ['A book titled "The Way of the Strangers" was published by Graeme Wood in 2017.', []],
    ['A boy named Abdullah appeared in the video.', []],
    ['The camp known as "Camp of the Cubs" was located in Tal Afar.', []],
    ['The operation, named "Revenge for the Chaste", began in March 2016.', []],
    ['The news agency Interfax released a report titled "Children of IS" on 3 May 2017.', []],
    [
      'A poster titled "Are You Ready?" urged supporters to attack in Europe.',
      [{ media: 'photo', title: 'Are You Ready?' }],
    ],
    [
      'The Voice of Khurasan issue 23 carried an article titled "Why We Fight".',
      [{ media: 'magazine', title: 'Voice of Khurasan 23' }],
    ],
    [
      'Konstantiniyye, the Turkish-language magazine of IS, published its first issue in June 2016.',
      [{ media: 'magazine', title: 'Konstantiniyye 1', date: '2016-06' }],
    ],
    ['The fifth edition of Istok appeared in 2016.', [{ media: 'magazine', title: 'Istok 5', date: '2016' }]],
    ['Al-Naba issue 300 reported attacks in Nigeria.', [{ media: 'magazine', title: 'Al-Naba 300' }]],
    [
      'The Islamic State released a new video, “No Respite,” in November 2015.',
      [{ media: 'video', title: 'No Respite', date: '2015-11' }],
    ],
    [
      'The video, which is titled "Eid Greetings from the Land of the Caliphate", was released by al-Hayat in 2014.',
      [
        {
          media: 'video',
          title: 'Eid Greetings from the Land of the Caliphate',
          producer: 'al-Hayat',
          date: '2014',
        },
      ],
    ],
    [
      'ISWAP\'s media outlet released photos titled "Daily Life in Wilayat West Africa" on 3 April 2020.',
      [{ media: 'photo', title: 'Daily Life in Wilayat West Africa', date: '2020-04-03' }],
    ],
    [
      'Al-Shabaab\'s al-Kataib released a documentary titled "The Burundian Bloodbath" in 2016.',
      [{ media: 'video', title: 'The Burundian Bloodbath', date: '2016' }],
    ],
  ],
  fr: [
    // Films shown on a TV channel named by its name (rel37: channel names are words of television).
    ['Le film « Mon fils, Daech et moi » a été diffusé sur France 5.', []],
    [
      'Le 14e numéro de Dabiq, paru en avril 2016, s’intitule « Les murtaddin de l’Occident ».',
      [{ media: 'magazine', title: 'Les murtaddin de l’Occident', date: '2016-04' }],
    ],
    [
      'Un enregistrement sonore d’al-Furqan, intitulé « Et les croyants verront », a été mis en ligne le 22 avril 2019.',
      [{ media: 'audio', title: 'Et les croyants verront', date: '2019-04-22' }],
    ],
    ['La propagande d’Amaq a repris le slogan « Baqiya wa tatamadad ».', []],
    ['Le groupe a publié des photos de l’attaque sur Telegram, sans titre.', []],
    [
      'La vidéo d’al-Zallaqa intitulée « Le chemin de la victoire 2 » a été publiée le 10 juin 2021.',
      [{ media: 'video', title: 'Le chemin de la victoire 2', producer: 'al-Zallaqa', date: '2021-06-10' }],
    ],
    [
      'Dans « Le Sang des Croisés », diffusé par al-Hayat en 2016, un enfant français menace la France.',
      [{ media: 'other', title: 'Le Sang des Croisés', producer: 'al-Hayat', date: '2016' }],
    ],
    [
      'Le 3 juin 2016, al-Hayat a diffusé une vidéo intitulée « Les lionceaux du califat » montrant des enfants à l’entraînement.',
      [{ media: 'video', title: 'Les lionceaux du califat', producer: 'al-Hayat', date: '2016-06-03' }],
    ],
    ['Amaq a publié un court film montrant des combattants à Mossoul, sans titre.', []],
    [
      'Le nachid « Ma oumma, l’aube est apparue » a été produit par Ajnad en 2013.',
      [{ media: 'audio', title: 'Ma oumma, l’aube est apparue', date: '2013' }],
    ],
    [
      'Al-Furqan a diffusé un message audio d’Abou Mohammed al-Adnani intitulé « Dis : mourez dans votre rage » en 2016.',
      [{ media: 'audio', title: 'Dis : mourez dans votre rage', producer: 'Al-Furqan', date: '2016' }],
    ],
    [
      'Le numéro 8 de Dar al-Islam, intitulé « La France à genoux », est paru en février 2016.',
      [{ media: 'magazine', title: 'La France à genoux', date: '2016-02' }],
    ],
    [
      'Le dixième numéro de Rumiyah a été publié en juin 2017.',
      [{ media: 'magazine', title: 'Rumiyah 10', date: '2017-06' }],
    ],
    [
      'L’État islamique a publié un reportage photo sous le titre « Les écoles du califat » en 2015.',
      [{ media: 'photo', title: 'Les écoles du califat', date: '2015' }],
    ],
    [
      'Al-Kataib, l’organe médiatique des Chabab, a publié une vidéo intitulée "Le prix de la trahison" en 2018.',
      [{ media: 'video', title: 'Le prix de la trahison', producer: 'Al-Kataib', date: '2018' }],
    ],
    [
      'AQMI, par le biais de sa branche al-Andalus, a diffusé un communiqué intitulé « Message aux musulmans du Mali » le 12 janvier 2013.',
      [{ media: 'statement', title: 'Message aux musulmans du Mali', date: '2013-01-12' }],
    ],
    [
      'Az-Zallaqa, l’organe de propagande du JNIM, a publié une vidéo intitulée ‘Les lions du Sahel’ le 4 mars 2020.',
      [{ media: 'video', title: 'Les lions du Sahel', date: '2020-03-04' }],
    ],
    [
      'As-Sahab a publié un enregistrement audio d’Ayman al-Zawahiri intitulé « L’unité de la parole » en 2015.',
      [{ media: 'audio', title: 'L’unité de la parole', producer: 'As-Sahab', date: '2015' }],
    ],
    [
      'La chaîne houthie al-Massira a diffusé un reportage intitulé « Les héros de demain » sur des enfants soldats.',
      [{ media: 'video', title: 'Les héros de demain' }],
    ],
    [
      'Une infographie de l’agence Amaq, intitulée « Bilan d’une semaine », revendiquait 30 attaques.',
      [{ media: 'photo', title: 'Bilan d’une semaine' }],
    ],
    ['L’agence France-Presse a publié une dépêche intitulée « Les enfants de Daech » le 3 mai 2017.', []],
    ['L’agence Anadolu a diffusé une vidéo intitulée « Les enfants du camp » en 2019.', []],
    ['L’agence Interfax a publié un reportage intitulé « Les enfants de l’EI » le 3 mai 2017.', []],
    ['Le livre « Les Revenants » de David Thomson a été publié en 2016.', []],
    ['Le rapport de l’ONU intitulé « Enfants et conflits armés » a été publié en juin 2019.', []],
    ['Un garçon appelé Abou Bakr apparaît dans la vidéo.', []],
    ['Le camp appelé « Camp Farouk » accueillait des enfants.', []],
    [
      'Une affiche intitulée « Êtes-vous prêts ? » appelait à des attaques en Europe.',
      [{ media: 'photo', title: 'Êtes-vous prêts ?' }],
    ],
    [
      'Un poster intitulé « Frappez-les » appelait à des attaques.',
      [{ media: 'photo', title: 'Frappez-les' }],
    ],
    [
      'Un nachid intitulé « Tuez-les ! » a circulé en 2015. « Nous reviendrons » est un autre chant.',
      [
        { media: 'audio', title: 'Tuez-les !', date: '2015' },
        { media: 'audio', title: 'Nous reviendrons' },
      ],
    ],
    [
      'Le premier numéro de Konstantiniyye est paru en juin 2016.',
      [{ media: 'magazine', title: 'Konstantiniyye 1', date: '2016-06' }],
    ],
    [
      'Dans le numéro 350 d’al-Naba, l’EI revendiquait des attaques au Mozambique.',
      [{ media: 'magazine', title: 'al-Naba 350' }],
    ],
    [
      'L’État islamique a diffusé une nouvelle vidéo, « Pas de répit », en novembre 2015.',
      [{ media: 'video', title: 'Pas de répit', date: '2015-11' }],
    ],
    [
      'La vidéo, qui s’intitule « Salutations de l’Aïd », a été publiée par al-Hayat en 2014.',
      [{ media: 'video', title: 'Salutations de l’Aïd', producer: 'al-Hayat', date: '2014' }],
    ],
    [
      'La revue Dabiq, publiée en anglais, a cessé de paraître en 2016.',
      [{ media: 'magazine', title: 'Dabiq' }],
    ],
    [
      'HTS, par l’intermédiaire de sa fondation Amjad, a diffusé une vidéo intitulée « Les gardiens de la terre » en 2019.',
      [{ media: 'video', title: 'Les gardiens de la terre', date: '2019' }],
    ],
    [
      'Le magazine Voice of Khurasan a publié son 12e numéro en août 2022.',
      [{ media: 'magazine', title: 'Voice of Khurasan 12', date: '2022-08' }],
    ],
    ['Un nachid intitulé ‚Pour Allah‘ est chanté par un enfant.', [{ media: 'audio', title: 'Pour Allah' }]],
  ],
  ru: [
    ['ТАСС опубликовал материал под названием «Дети ИГ» в 2017 году.', []],
    ['Фильм Первого канала «Возвращение из ада» рассказывает о вернувшихся женщинах.', []],
    ['Фильм «Мой сын, ИГ и я» показали на Первом канале.', []],
    [
      'В шестом номере журнала «Румийя», озаглавленном «Тактика террора», была статья о ножевых атаках.',
      [{ media: 'magazine', title: 'Тактика террора' }],
    ],
    [
      'Видео «Пламя войны 2» было выпущено медиацентром «Аль-Хаят» в ноябре 2017 года.',
      [{ media: 'video', title: 'Пламя войны 2', producer: 'Аль-Хаят', date: '2017-11' }],
    ],
    [
      'Хуситы распространили замиль под названием «Не преклоним колени» 12 марта 2019 года.',
      [{ media: 'audio', title: 'Не преклоним колени', date: '2019-03-12' }],
    ],
    [
      'В мае 2017 года «Аль-Хаят» выпустил видео под названием «Королевство креста» на французском языке.',
      [{ media: 'video', title: 'Королевство креста', producer: 'Аль-Хаят', date: '2017-05' }],
    ],
    ['Агентство «Амак» опубликовало короткий ролик, на котором показаны боевики в Мосуле.', []],
    [
      'Нашид «Скоро, очень скоро» был выпущен студией «Аджнад» в 2016 году.',
      [{ media: 'audio', title: 'Скоро, очень скоро', date: '2016' }],
    ],
    [
      '«Аль-Фуркан» распространил аудиообращение аль-Багдади, озаглавленное «И обрадуй терпеливых», в августе 2018 года.',
      [{ media: 'audio', title: 'И обрадуй терпеливых', producer: 'Аль-Фуркан', date: '2018-08' }],
    ],
    [
      'Первый номер журнала «Исток» вышел в 2015 году.',
      [{ media: 'magazine', title: 'Исток 1', date: '2015' }],
    ],
    [
      'Пятый номер «Истока» под названием «Джихад и щедрость» вышел в 2016 году.',
      [{ media: 'magazine', title: 'Джихад и щедрость', date: '2016' }],
    ],
    [
      'Седьмой выпуск журнала Rumiyah был опубликован в марте 2017 года.',
      [{ media: 'magazine', title: 'Rumiyah 7', date: '2017-03' }],
    ],
    [
      'Медиацентр «Аль-Катаиб» группировки «Аш-Шабаб» выпустил видео с названием «Моменты муджахидов» в 2019 году.',
      [{ media: 'video', title: 'Моменты муджахидов', date: '2019' }],
    ],
    [
      '«Аль-Андалус», медиаслужба АКИМ, опубликовала заявление под названием „Соболезнования умме“ 5 января 2015 года.',
      [{ media: 'statement', title: 'Соболезнования умме', producer: 'Аль-Андалус', date: '2015-01-05' }],
    ],
    [
      'Студия «Ас-Сахаб» выпустила видеообращение аз-Завахири под названием «Рана уммы».',
      [{ media: 'video', title: 'Рана уммы' }],
    ],
    [
      'Хуситский телеканал «Аль-Масира» показал сюжет под названием «Герои завтрашнего дня» о детях-солдатах.',
      [{ media: 'video', title: 'Герои завтрашнего дня' }],
    ],
    ['Агентство «Интерфакс» опубликовало материал под названием «Дети ИГ» 3 мая 2017 года.', []],
    ['Агентство «РИА Новости» опубликовало видео под названием «Дети лагеря» в 2019 году.', []],
    [
      'Агентство «Амак» опубликовало видео под названием «Жатва солдат» в 2016 году.',
      [{ media: 'video', title: 'Жатва солдат', date: '2016' }],
    ],
    ['Книга «Дети джихада» вышла в 2018 году.', []],
    ['Доклад ООН под названием «Дети и вооружённые конфликты» был опубликован в июне 2019 года.', []],
    ['Мальчик по имени Абдулла появляется в ролике.', []],
    ['Лагерь под названием «Лагерь львят» находился в Ракке.', []],
    [
      'Плакат под названием «Готовы ли вы?» призывал к нападениям в Европе.',
      [{ media: 'photo', title: 'Готовы ли вы?' }],
    ],
    [
      'Журнал «Голос Хорасана» опубликовал свой 12-й номер в августе 2022 года.',
      [{ media: 'magazine', title: 'Голос Хорасана 12', date: '2022-08' }],
    ],
    [
      'В 350-м номере «Ан-Наба» ИГ взяло на себя ответственность за нападения в Мозамбике.',
      [{ media: 'magazine', title: 'Ан-Наба 350' }],
    ],
    [
      'ИГ опубликовало новое видео — «Без передышки» — в ноябре 2015 года.',
      [{ media: 'video', title: 'Без передышки', date: '2015-11' }],
    ],
    [
      'Видеоролик «Салют на Ид» был выпущен «Аль-Хаят» в 2014 году.',
      [{ media: 'video', title: 'Салют на Ид', producer: 'Аль-Хаят', date: '2014' }],
    ],
    [
      'Инфографика «Амак» под названием «Итоги недели» сообщала о 30 нападениях.',
      [{ media: 'photo', title: 'Итоги недели' }],
    ],
    [
      'Фонд «Амджад», связанный с ХТШ, выпустил ролик «Стражи земли» в 2019 году.',
      [{ media: 'video', title: 'Стражи земли', date: '2019' }],
    ],
    ['Песнопение под названием «Мы вернёмся» исполняет ребёнок.', [{ media: 'audio', title: 'Мы вернёмся' }]],
    ['Песня «Катюша» звучала на концерте.', []],
    [
      'Аудиообращение аль-Аднани «Скажи: умрите в своей ярости» было опубликовано в 2016 году.',
      [{ media: 'audio', title: 'Скажи: умрите в своей ярости', date: '2016' }],
    ],
    [
      'Фотоотчёт «Жизнь в тени халифата» вилаята Синай показывает детей в школе.',
      [{ media: 'photo', title: 'Жизнь в тени халифата' }],
    ],
  ],
  ar: [
    [
      'بثت قناة المسيرة زاملاً بعنوان "لن نركع" في 12 مارس 2019.',
      [{ media: 'audio', title: 'لن نركع', date: '2019-03-12' }],
    ],
    [
      'صدر العدد الرابع عشر من مجلة دابق بعنوان "مرتدو الغرب" في أبريل 2016.',
      [{ media: 'magazine', title: 'مرتدو الغرب', date: '2016-04' }],
    ],
    [
      'أصدر المكتب الإعلامي لولاية غرب إفريقيا سلسلة صور بعنوان "أشبال غرب إفريقيا".',
      [{ media: 'photo', title: 'أشبال غرب إفريقيا' }],
    ],
    [
      'وفي افتتاحية العدد 215 من صحيفة النبأ، دعا التنظيم أنصاره إلى الصبر.',
      [{ media: 'magazine', title: 'النبأ 215' }],
    ],
    ['نشرت قناة الجزيرة فيلماً وثائقياً بعنوان "العائدون من الجحيم".', []],
    [
      'نشرت مؤسسة الحياة للإعلام في 14 مايو 2017 إصداراً مرئياً بعنوان "مملكة الصليب" باللغة الفرنسية.',
      [{ media: 'video', title: 'مملكة الصليب', date: '2017-05-14' }],
    ],
    ['بثت وكالة أعماق مقطعاً قصيراً يظهر مقاتلين في الموصل.', []],
    [
      'أنشودة "قريباً قريباً" من إنتاج مؤسسة أجناد صدرت عام 2016.',
      [{ media: 'audio', title: 'قريباً قريباً', producer: 'مؤسسة أجناد', date: '2016' }],
    ],
    [
      'نشرت مؤسسة الفرقان كلمة صوتية لأبي بكر البغدادي بعنوان «وبشر الصابرين» في أغسطس 2018.',
      [{ media: 'audio', title: 'وبشر الصابرين', date: '2018-08' }],
    ],
    [
      'صدر العدد الخامس عشر من مجلة دابق تحت عنوان "كسر الصليب" في يوليو 2016.',
      [{ media: 'magazine', title: 'كسر الصليب', date: '2016-07' }],
    ],
    [
      'صدر العدد السابع من مجلة رومية في مارس 2017.',
      [{ media: 'magazine', title: 'رومية 7', date: '2017-03' }],
    ],
    [
      'بثت مؤسسة الكتائب التابعة لحركة الشباب إصداراً مرئياً بعنوان "لحظات المجاهدين" عام 2019.',
      [{ media: 'video', title: 'لحظات المجاهدين', date: '2019' }],
    ],
    [
      'أصدرت مؤسسة الأندلس التابعة لتنظيم القاعدة في بلاد المغرب الإسلامي بياناً بعنوان «تعزية للأمة» في 5 يناير 2015.',
      [{ media: 'statement', title: 'تعزية للأمة', date: '2015-01-05' }],
    ],
    [
      'نشرت مؤسسة الزلاقة التابعة لجماعة نصرة الإسلام والمسلمين إصداراً مرئياً بعنوان "أسود الساحل" في 4 مارس 2020.',
      [{ media: 'video', title: 'أسود الساحل', date: '2020-03-04' }],
    ],
    [
      'بثت مؤسسة السحاب كلمة مرئية لأيمن الظواهري بعنوان "جرح الأمة" عام 2019.',
      [{ media: 'video', title: 'جرح الأمة', producer: 'مؤسسة السحاب', date: '2019' }],
    ],
    ['عرضت قناة المسيرة تقريراً عن المراكز الصيفية في صعدة.', []],
    [
      'نشرت مؤسسة أمجاد التابعة لهيئة تحرير الشام إصداراً بعنوان "حماة الأرض" في 1 أكتوبر 2019.',
      [{ media: 'other', title: 'حماة الأرض', date: '2019-10-01' }],
    ],
    ['نشرت وكالة رويترز تقريراً بعنوان "أطفال داعش" في 3 مايو 2017.', []],
    ['نشرت وكالة الأناضول مقطعاً مصوراً بعنوان "أطفال المخيم" عام 2019.', []],
    [
      'نشرت وكالة أعماق مقطعاً مصوراً بعنوان "حصاد الأجناد" عام 2016.',
      [{ media: 'video', title: 'حصاد الأجناد', date: '2016' }],
    ],
    ['صدر كتاب بعنوان "إدارة التوحش" لأبي بكر ناجي.', []],
    ['عرض فيلم "الرسالة" في دور السينما.', []],
    ['صدر تقرير الأمم المتحدة المعنون "الأطفال والنزاع المسلح" في يونيو 2019.', []],
    ['ظهر طفل يدعى عبد الله في الإصدار.', []],
    ['كان المعسكر المسمى "معسكر الأشبال" يقع في الرقة.', []],
    [
      'نشرت أعماق إنفوغرافيك بعنوان "حصاد الأسبوع" يتضمن 30 هجوماً.',
      [{ media: 'photo', title: 'حصاد الأسبوع' }],
    ],
    [
      'صدر العدد 300 من صحيفة النبأ في سبتمبر 2021.',
      [{ media: 'magazine', title: 'النبأ 300', date: '2021-09' }],
    ],
    [
      'نشر تنظيم الدولة إصداراً جديداً بعنوان: "لا هدنة" في نوفمبر 2015.',
      [{ media: 'other', title: 'لا هدنة', date: '2015-11' }],
    ],
    [
      'نشرت مجلة صوت خراسان عددها الثاني عشر في أغسطس 2022.',
      [{ media: 'magazine', title: 'صوت خراسان 12', date: '2022-08' }],
    ],
    [
      'وزعت ولاية سيناء ملصقاً تحت عنوان «هل أنتم مستعدون؟» يدعو إلى شن هجمات في أوروبا.',
      [{ media: 'photo', title: 'هل أنتم مستعدون؟' }],
    ],
    [
      'أصدرت مؤسسة الحياة نشيداً بعنوان ‘أمتي قد لاح فجر’ باللغة العربية.',
      [{ media: 'audio', title: 'أمتي قد لاح فجر' }],
    ],
    [
      'أصدرت مؤسسة الفرقان كلمة صوتية للمتحدث الرسمي الموسومة بـ"قل موتوا بغيظكم" عام 2016.',
      [{ media: 'audio', title: 'قل موتوا بغيظكم', date: '2016' }],
    ],
    ['بث الإعلام الحربي التابع للحوثيين مقطعاً مصوراً يظهر أطفالاً يقاتلون في الجبهات.', []],
  ],
};

const OPEN_PROBES: Record<string, ReleaseProbe[]> = {};

const OPEN = new Set<string>(Object.values(OPEN_PROBES).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(PROBES))
  describe(`rel36 probes (${lang})`, () =>
    runReleaseProbes(lang, [...probes, ...(OPEN_PROBES[lang] ?? [])], OPEN));

// The claims of sentences that name a release too: the title does not disturb the count, and the media
// that shows the people is no source of their count.
const CLAIMS: Record<string, Probe[]> = {
  en: [
    [
      'The 10-minute video, entitled "He Made Me Alive", shows 12 children reciting the Quran.',
      [{ v: [12, 12], pop: 'children', status: 'featured', source: null }],
    ],
    [
      'An Amaq video showing 14 children in a training camp in Raqqa circulated in 2016.',
      [{ v: [14, 14], pop: 'children', status: 'featured', loc: ['SY'] }],
    ],
    [
      'A 12-minute video titled "He Made Me Alive" was released by al-Hayat in 2016; it features 14 boys.',
      [{ v: [14, 14], pop: 'children', status: 'featured' }],
    ],
    [
      'ISWAP released a video showing five boys executing captives in Borno in 2019.',
      [{ v: [5, 5], pop: 'children', status: 'featured', loc: ['NG'] }],
    ],
    [
      'Other footage shows over 30 men running drills at a camp.',
      [{ v: [30, null], pop: 'men', status: 'featured', source: null }],
    ],
  ],
  fr: [
    [
      'Une vidéo de 12 minutes intitulée « Tu nous tueras » montre huit enfants exécutant des prisonniers.',
      [{ v: [8, 8], pop: 'children', status: 'featured' }],
    ],
    [
      'Une vidéo de l’EIAO montrant cinq garçons armés a été publiée en 2019 dans l’État de Borno.',
      [{ v: [5, 5], pop: 'children', status: 'featured', loc: ['NG'] }],
    ],
  ],
  ru: [
    [
      'Видео длительностью 12 минут под названием «Ты убьёшь нас» показывает восемь детей, расстреливающих пленных.',
      [{ v: [8, 8], pop: 'children', status: 'featured' }],
    ],
    [
      'В ролике ИГЗА, опубликованном в 2019 году, показаны пять мальчиков с оружием.',
      [{ v: [5, 5], pop: 'children', status: 'featured' }],
    ],
  ],
  ar: [
    [
      'نشرت مؤسسة الملاحم إصداراً مرئياً بعنوان "حراس الشريعة" يظهر فيه 40 مقاتلاً.',
      [{ v: [40, 40], pop: 'fighters', status: 'featured' }],
    ],
    [
      'يظهر الإصدار المرئي "ستقتلوننا" ثمانية أطفال يعدمون أسرى.',
      [{ v: [8, 8], pop: 'children', status: 'featured' }],
    ],
    [
      'نشر المكتب الإعلامي لولاية الخير تقريراً مصوراً بعنوان "مدارس الخلافة" يظهر عشرين طفلاً في الصفوف.',
      [{ v: [20, 20], pop: 'children', status: 'featured' }],
    ],
    [
      'نشرت ولاية غرب إفريقيا إصداراً مرئياً يظهر خمسة أطفال يعدمون أسرى في بورنو عام 2019.',
      [{ v: [5, 5], pop: 'children', status: 'featured', loc: ['NG'] }],
    ],
  ],
};

const OPEN_CLAIMS: Record<string, Probe[]> = {};

const OPEN_C = new Set<string>(Object.values(OPEN_CLAIMS).flatMap((ps) => ps.map(([text]) => text)));

for (const [lang, probes] of Object.entries(CLAIMS))
  describe(`rel36 claims (${lang})`, () =>
    runProbes(lang, [...probes, ...(OPEN_CLAIMS[lang] ?? [])], OPEN_C));
