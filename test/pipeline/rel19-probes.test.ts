// Blind probes for the nineteenth release round, written before reading the release code for this
// round: the wider field's propaganda (al-Shabaab's al-Kataib, Boko Haram and ISWAP through Amaq, the
// Houthis' al-Masirah, HTS and the Turkistan Islamic Party with children, ISIS-K's al-Azaim), nasheeds,
// magazine issues by number, titles with and without quotes after their markers, release dates, outlets
// named as producers in a Russian case (they are reported in the outlet's own name), and sentences that
// name no release: a report, a UN statement, a newspaper article, a TV interview, a film festival, a
// book, a campaign, an offensive. A third batch adds the Houthis' zamil (their chant).
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Al-Kataib, the media arm of al-Shabaab, put out a 40-minute video titled "The Path of the Mujahid" showing boys at a camp near Jilib.',
      [{ media: 'video', title: 'The Path of the Mujahid', producer: 'Al-Kataib' }],
    ],
    [
      'On 14 March 2019 Amaq published footage of ISWAP fighters drilling boys near Lake Chad, titled Sons of the Lake.',
      [{ media: 'video', title: 'Sons of the Lake', date: '2019-03-14' }],
    ],
    ['Boko Haram released a new video on Tuesday in which teenage fighters guard hostages.', []],
    [
      'The Houthi-run al-Masirah TV broadcast a clip titled "Men of Tomorrow" showing armed boys at a summer camp.',
      [{ media: 'video', title: 'Men of Tomorrow' }],
    ],
    [
      'A Turkistan Islamic Party video, "Lions of the Mountains", shows Uyghur children stripping rifles in Idlib.',
      [{ media: 'video', title: 'Lions of the Mountains' }],
    ],
    [
      'The third issue of Voice of Khurasan, published by Al-Azaim in English, praised the Kabul airport attack.',
      [{ media: 'magazine', title: 'Voice of Khurasan 3' }],
    ],
    [
      'A nasheed called "Brothers of the Desert" was released by Ajnad in May 2014.',
      [{ media: 'audio', title: 'Brothers of the Desert', date: '2014-05' }],
    ],
    ['A UN report titled "Children Caught in War" was published on 20 June.', []],
    ['In a BBC interview titled "Inside the Camps", a former fighter described his training.', []],
    ['The documentary "Return of the Cubs" won a prize at the Berlin film festival.', []],
    ['The Security Council issued a statement on Friday condemning the attack on the school.', []],
    ['A New York Times article titled "The Boys of Mosul" described life in the camps.', []],
    [
      'In its 10th issue, released in July 2015, Dabiq featured a boy holding a pistol.',
      [{ media: 'magazine', title: 'Dabiq 10', date: '2015-07' }],
    ],
    [
      'On 2 January 2020 al-Kataib released the video "Mujahideen Moments 3", in which child recruits train.',
      [{ media: 'video', title: 'Mujahideen Moments 3', date: '2020-01-02', producer: 'al-Kataib' }],
    ],
    [
      'ISWAP’s new video, Sons of the Caliphate, was distributed by Amaq on Sunday.',
      [{ media: 'video', title: 'Sons of the Caliphate', producer: 'Amaq' }],
    ],
    [
      'An HTS video published in 2019 under the title "Cubs of the Levant" shows boys in a training camp.',
      [{ media: 'video', title: 'Cubs of the Levant', date: '2019' }],
    ],
    [
      'The Al-Azaim nasheed "O Soldiers of Khurasan" was recited in Pashto.',
      [{ media: 'audio', title: 'O Soldiers of Khurasan' }],
    ],
    ['UNICEF published a statement titled "Children Are Not Soldiers" on 12 February.', []],
    [
      'In a TV interview with Al Jazeera, titled "The Last Days of Raqqa", the commander spoke of child soldiers.',
      [],
    ],
    [
      'The Turkistan Islamic Party released a video titled "Cubs of Turkistan" in April 2018.',
      [{ media: 'video', title: 'Cubs of Turkistan', date: '2018-04', producer: 'Turkistan Islamic Party' }],
    ],
    [
      "Al-Shabaab's video 'The Young Lions of Somalia', released by al-Kataib, shows boys at a camp.",
      [{ media: 'video', title: 'The Young Lions of Somalia', producer: 'al-Kataib' }],
    ],
    [
      'ISIS-K published the second part of "Soldiers of Khurasan" through Al-Azaim last week.',
      [{ media: 'video', title: 'Soldiers of Khurasan', producer: 'Al-Azaim' }],
    ],
    ['A book titled "The Children of Daesh" was published in London.', []],
    ['UNICEF launched a campaign called "Children, Not Soldiers" in 2014.', []],
    ['The army named the offensive "Operation Dawn" and said 40 fighters were killed.', []],
    [
      'The Houthis broadcast a nasheed called "Marching to Jizan" on al-Masirah.',
      [{ media: 'audio', title: 'Marching to Jizan', producer: 'al-Masirah' }],
    ],
    [
      "Boko Haram's leader appeared in a 30-minute video, titled Message to the World, released in January 2015.",
      [{ media: 'video', title: 'Message to the World', date: '2015-01' }],
    ],
  ],
  fr: [
    [
      'Al-Kataïb, la branche médiatique des Chabab, a diffusé une vidéo intitulée « Les héritiers de la gloire », où l’on voit des enfants armés.',
      [{ media: 'video', title: 'Les héritiers de la gloire' }],
    ],
    ['Dans une vidéo diffusée par Amaq le 3 mai 2019, l’ISWAP montre des adolescents à l’entraînement.', []],
    [
      'Le 12e numéro de Dabiq, intitulé Just Terror, revendiquait les attentats de Paris.',
      [{ media: 'magazine', title: 'Just Terror' }],
    ],
    [
      'Le Parti islamique du Turkestan a mis en ligne une vidéo, « Les lionceaux du Turkestan », tournée près d’Idlib.',
      [{ media: 'video', title: 'Les lionceaux du Turkestan' }],
    ],
    [
      'Un nachid intitulé « Ma oumma, l’aube est venue » a été publié par Ajnad en 2013.',
      [{ media: 'audio', title: 'Ma oumma, l’aube est venue', date: '2013' }],
    ],
    ['Le rapport du Secrétaire général, intitulé « Enfants en guerre », a été publié le 20 juin.', []],
    ['Le film « Les Cendres de Raqqa » a été présenté au festival de Cannes.', []],
    ['Dans un entretien accordé à France 24, intitulé « Revenir de Syrie », une mère raconte.', []],
    [
      'Dans son 7e numéro, paru en février 2016, Dar al-Islam appelait à frapper la France.',
      [{ media: 'magazine', title: 'Dar al-Islam 7', date: '2016-02' }],
    ],
    [
      'La vidéo de l’ISWAP intitulée Les soldats du califat a été diffusée par Amaq le 2 mars 2020.',
      [{ media: 'video', title: 'Les soldats du califat', date: '2020-03-02', producer: 'Amaq' }],
    ],
    [
      'Dans la vidéo d’Amaq « Le bouclier de la foi », des adolescents tiennent des fusils.',
      [{ media: 'video', title: 'Le bouclier de la foi', producer: 'Amaq' }],
    ],
    ['Selon un article du Monde intitulé « Les enfants perdus de Mossoul », 300 enfants ont disparu.', []],
    ['Le Conseil de sécurité a publié une déclaration intitulée « Protéger les enfants ».', []],
    [
      'Le Parti islamique du Turkestan a diffusé en avril 2018 une vidéo intitulée « Les lionceaux du Turkestan ».',
      [{ media: 'video', title: 'Les lionceaux du Turkestan', date: '2018-04' }],
    ],
    ['Un livre intitulé « Les enfants de Daech » est paru à Paris.', []],
    ['L’Unicef a lancé une campagne intitulée « Des enfants, pas des soldats ».', []],
    [
      'La vidéo, intitulée « Les moissons des soldats », a été mise en ligne par l’agence Amaq le 5 juin.',
      [{ media: 'video', title: 'Les moissons des soldats', date: '2021-06-05' }],
    ],
  ],
  ru: [
    [
      'Медиацентр «Аль-Катаиб» выпустил видео под названием «Наследники славы», в котором показаны дети-солдаты.',
      [{ media: 'video', title: 'Наследники славы' }],
    ],
    [
      'Видео «Львята пустыни» было выпущено «Аль-Хаятом» в марте 2015 года.',
      [{ media: 'video', title: 'Львята пустыни', producer: 'Аль-Хаят', date: '2015-03' }],
    ],
    [
      'Ролик под названием Путь воина распространил «Амак».',
      [{ media: 'video', title: 'Путь воина', producer: 'Амак' }],
    ],
    [
      'Ролик «Сыны Сахеля» был распространен «Амаком» 2 апреля.',
      [{ media: 'video', title: 'Сыны Сахеля', producer: 'Амак', date: '2021-04-02' }],
    ],
    [
      'В видео «Аль-Хаята» «Щит веры» показаны подростки с оружием.',
      [{ media: 'video', title: 'Щит веры', producer: 'Аль-Хаят' }],
    ],
    [
      'В 12-м номере журнала «Дабик» опубликована статья о детях.',
      [{ media: 'magazine', title: 'Дабик 12' }],
    ],
    [
      'Боевики «Исламской партии Туркестана» распространили видео «Юные моджахеды», снятое в Идлибе.',
      [{ media: 'video', title: 'Юные моджахеды' }],
    ],
    ['Хуситский телеканал «Аль-Масира» показал сюжет о детях в военной форме.', []],
    ['Доклад ООН под названием «Дети и войны» опубликован в июне.', []],
    ['Фильм «Пепел Ракки» получил приз на кинофестивале в Москве.', []],
    ['В интервью телеканалу «Россия 24» под названием «Вернуться из Сирии» мать рассказала о сыне.', []],
    [
      'В 12-м номере журнала «Дар аль-Ислам», вышедшем в 2016 году, опубликовано обращение к французам.',
      [{ media: 'magazine', title: 'Дар аль-Ислам 12', date: '2016' }],
    ],
    [
      'Видеоролик «Сыны халифата» был опубликован агентством «Амак» 3 марта 2020 года.',
      [{ media: 'video', title: 'Сыны халифата', producer: 'Амак', date: '2020-03-03' }],
    ],
    [
      'Нашид под названием «О воины Хорасана» выпустил медиацентр «Аль-Азаим».',
      [{ media: 'audio', title: 'О воины Хорасана' }],
    ],
    ['Статья под названием «Дети войны» вышла в газете «Коммерсант».', []],
    ['Заявление МИД под названием «О защите детей» опубликовано на сайте ведомства.', []],
    [
      'Исламская партия Туркестана выпустила видео «Львята Туркестана» в апреле 2018 года.',
      [
        {
          media: 'video',
          title: 'Львята Туркестана',
          date: '2018-04',
          producer: 'Исламская партия Туркестана',
        },
      ],
    ],
    ['Книга под названием «Дети ИГИЛ» вышла в Москве.', []],
    ['ЮНИСЕФ запустил кампанию под названием «Дети, а не солдаты».', []],
    [
      'Видео под названием „Сыны Сомали“ выпустило «Аль-Катаиб».',
      [{ media: 'video', title: 'Сыны Сомали', producer: 'Аль-Катаиб' }],
    ],
    [
      'Хуситы показали на канале «Аль-Масира» клип «Марш на Джизан».',
      [{ media: 'video', title: 'Марш на Джизан', producer: 'Аль-Масира' }],
    ],
  ],
  ar: [
    [
      'بثت مؤسسة الكتائب التابعة لحركة الشباب إصدارا مرئيا بعنوان "ورثة المجد" يظهر فيه أطفال.',
      [{ media: 'video', title: 'ورثة المجد' }],
    ],
    ['ونشرت وكالة أعماق في 5 مارس 2019 شريطا مصورا لمقاتلي ولاية غرب أفريقيا يدربون أطفالا.', []],
    ['وجاء في العدد 15 من مجلة النبأ مقال عن أشبال الخلافة.', [{ media: 'magazine', title: 'النبأ 15' }]],
    ['وعرضت قناة المسيرة مشاهد لأطفال يحملون السلاح في صعدة.', []],
    [
      'ونشر الحزب الإسلامي التركستاني فيديو بعنوان أشبال الجبال يظهر أطفالا يتدربون في إدلب.',
      [{ media: 'video', title: 'أشبال الجبال' }],
    ],
    ['وأصدرت مؤسسة العزائم نشيدا بعنوان "يا أمتي" باللغة البشتوية.', [{ media: 'audio', title: 'يا أمتي' }]],
    ['وأصدرت الأمم المتحدة تقريرا بعنوان "أطفال في الحرب" في يونيو.', []],
    ['وأجرت قناة الغد مقابلة مع قائد سابق بعنوان "أسرار التنظيم".', []],
    ['وبثت قناة الحدث برنامجا بعنوان "أطفال المخيمات" عن العائدين.', []],
    ['وعرض فيلم "رماد الرقة" في مهرجان القاهرة السينمائي.', []],
    ['ونشرت صحيفة الشرق الأوسط مقالا بعنوان "أشبال الموصل" عن المخيمات.', []],
    [
      'وفي العدد 12 من مجلة دابق الصادر في نوفمبر 2015 صورة لطفل يحمل مسدسا.',
      [{ media: 'magazine', title: 'دابق 12', date: '2015-11' }],
    ],
    [
      'وبثت مؤسسة الكتائب في 2 يناير 2020 إصدارا مرئيا بعنوان لحظات المجاهدين يظهر فيه أطفال.',
      [{ media: 'video', title: 'لحظات المجاهدين', date: '2020-01-02' }],
    ],
    [
      'ونشرت وكالة أعماق فيديو لمقاتلي ولاية غرب أفريقيا بعنوان "أبناء الخلافة".',
      [{ media: 'video', title: 'أبناء الخلافة', producer: 'وكالة أعماق' }],
    ],
    ['وأصدر مجلس الأمن بيانا بعنوان "حماية الأطفال" يدين الهجوم.', []],
    [
      'ونشرت هيئة تحرير الشام فيديو بعنوان "أشبال الشام" يظهر أطفالا في معسكر تدريب.',
      [{ media: 'video', title: 'أشبال الشام' }],
    ],
    [
      'وأصدر الحزب الإسلامي التركستاني في أبريل 2018 فيديو بعنوان "أشبال تركستان".',
      [{ media: 'video', title: 'أشبال تركستان', date: '2018-04' }],
    ],
    ['وصدر كتاب بعنوان "أطفال داعش" في القاهرة.', []],
    ['وأطلقت اليونيسف حملة بعنوان "أطفال لا جنود".', []],
    [
      'وبث الحوثيون على قناة المسيرة زاملا بعنوان "الزحف إلى جيزان".',
      [{ media: 'audio', title: 'الزحف إلى جيزان' }],
    ],
    [
      'وظهر زعيم بوكو حرام في تسجيل مصور مدته 30 دقيقة بعنوان "رسالة إلى العالم" نشر في يناير 2015.',
      [{ media: 'video', title: 'رسالة إلى العالم', date: '2015-01' }],
    ],
  ],
};

/** Probes the engine does not pass yet: expected failures, so a fix shows as a failing test. */
const OPEN = new Set<string>([
  // No media noun: "the second part of" a series is read by no rule, and the verb-alone reading
  // (releasedTitles) wants the quote right after its verb. Its media would be a guess (video or audio).
  'ISIS-K published the second part of "Soldiers of Khurasan" through Al-Azaim last week.',
]);

for (const [lang, probes] of Object.entries(PROBES))
  describe(`${lang} release probes (rel19)`, () => runReleaseProbes(lang, probes, OPEN));
