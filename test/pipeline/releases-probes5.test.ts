// Blind probes for releases: invented sentences of the kind analysts write when they cite the
// propaganda of armed groups (videos, nasheeds, statements, magazine issues), in every quote style
// and without quotes, and names that must not become titles (people, places, groups, outlets,
// camps, operations, books, reports, resolutions, quoted speech). Expected output per
// GUIDELINES.md: a magazine issue is titled with its own title, else with its series and number.
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

type Expected = Array<[string, string]>;
/** A sentence, the releases expected as [media, title], and fields of the first one to check. */
type Probe = [text: string, expected: Expected, fields?: { producer?: string; date?: string }];

const releases = (lang: string, text: string): Release[] =>
  extract(text, { lang, published: '2016-03-10' }).releases;

function check(lang: string, [text, expected, fields]: Probe): void {
  const found = releases(lang, text);
  expect(found.map((r) => [r.media, r.title])).toEqual(expected);
  if (fields?.producer)
    expect(found[0]?.producer?.toLowerCase() ?? '').toContain(fields.producer.toLowerCase());
  if (fields?.date) expect(found[0]?.date).toBe(fields.date);
}

const PROBES: Record<string, Probe[]> = {
  en: [
    [
      'Al-Hayat Media Center released a video titled "Healing of the Chests of the Believers" in February 2015.',
      [['video', 'Healing of the Chests of the Believers']],
      { producer: 'al-Hayat', date: '2015-02' },
    ],
    [
      'Amaq published a short video entitled “The Lions of the Desert” on 3 May 2016.',
      [['video', 'The Lions of the Desert']],
      { producer: 'Amaq', date: '2016-05-03' },
    ],
    [
      "Al-Furqan issued an audio message called 'Give Glad Tidings to the Patient' in which the spokesman threatens Europe.",
      [['audio', 'Give Glad Tidings to the Patient']],
      { producer: 'al-Furqan' },
    ],
    [
      "Al-Shabaab's al-Kataib foundation released a film named Mujahideen of the Horn, showing foreign fighters in Somalia.",
      [['video', 'Mujahideen of the Horn']],
      { producer: 'al-Kataib' },
    ],
    [
      "AQAP's al-Malahem Media published the nasheed ‘Caravan of Light’ last week.",
      [['audio', 'Caravan of Light']],
      { producer: 'al-Malahem' },
    ],
    [
      'Issue 15 of Dabiq, released in July 2016, was titled "Break the Cross".',
      [['magazine', 'Break the Cross']],
    ],
    [
      "The group's English-language magazine Rumiyah devoted its fifth issue to attacks in the West.",
      [['magazine', 'Rumiyah 5']],
    ],
    ['In issue 7 of Dabiq, the editors praised the attackers.', [['magazine', 'Dabiq 7']]],
    ['The group reported the raid in the 120th issue of its weekly al-Naba.', [['magazine', 'al-Naba 120']]],
    [
      'The Voice of Khurasan magazine, published by ISKP, urged attacks in India.',
      [['magazine', 'Voice of Khurasan']],
    ],
    [
      'Houthi-run al-Masirah TV aired a video called "The Sword of the Coast" showing boys at checkpoints.',
      [['video', 'The Sword of the Coast']],
    ],
    [
      'The clip, titled Soldiers of the Sun, was posted on Telegram on Friday.',
      [['video', 'Soldiers of the Sun']],
    ],
    [
      'A video entitled The Return of the Caliphate appeared on 4 June 2016 on pro-IS channels.',
      [['video', 'The Return of the Caliphate']],
      { date: '2016-06-04' },
    ],
    [
      'The group released a nasheed called Blood of the Martyrs urging young men to travel.',
      [['audio', 'Blood of the Martyrs']],
    ],
    [
      'The video “My Son Will Avenge Me” shows a boy shooting a prisoner.',
      [['video', 'My Son Will Avenge Me']],
    ],
    [
      'A 10-minute video, "Guardians of the Faith", was released by the Amaq News Agency.',
      [['video', 'Guardians of the Faith']],
      { producer: 'Amaq' },
    ],
    [
      'The group distributed a statement titled "On the Events in Marawi" through its Nashir channel.',
      [['statement', 'On the Events in Marawi']],
    ],
    [
      'In its 10th issue, Inspire published an article called "Make a Bomb in Your Kitchen".',
      [['magazine', 'Inspire 10']],
    ],
    // Negatives: names of people, camps, groups, channels; reports, books, resolutions; speech.
    ['The video was filmed in a camp named Tariq bin Ziyad near Raqqa.', []],
    ['The video features a Canadian fighter named John Maguire who calls for attacks.', []],
    ['The report, titled "They Came to Destroy", was published by the UN Human Rights Council.', []],
    [
      'UN Security Council resolution 2178, adopted in 2014, addresses foreign fighters and their videos.',
      [],
    ],
    ['In a statement, the group said "Our brothers struck the crusaders in Paris".', []],
    ['The video shows fighters from the faction called Jund al-Aqsa.', []],
    ['The video was posted by a channel called Khilafah News.', []],
    ['The book, titled "The Management of Savagery", is often cited in IS videos.', []],
    ['The army named the offensive "Operation Roaring Lion" after the video surfaced.', []],
  ],
  fr: [
    [
      'Le centre médiatique Al-Hayat a diffusé une vidéo intitulée « Les Lionceaux du Califat » en mars 2015.',
      [['video', 'Les Lionceaux du Califat']],
      { producer: 'Al-Hayat', date: '2015-03' },
    ],
    [
      'L’agence Amaq a publié une vidéo baptisée “Sur les traces des pères” le 2 avril 2016.',
      [['video', 'Sur les traces des pères']],
      { producer: 'Amaq', date: '2016-04-02' },
    ],
    [
      'Al-Furqan a mis en ligne un enregistrement audio intitulé "Le message du porte-étendard" dans lequel le porte-parole menace la France.',
      [['audio', 'Le message du porte-étendard']],
      { producer: 'Al-Furqan' },
    ],
    ['Le numéro 3 de Rumiyah appelle à attaquer les foules.', [['magazine', 'Rumiyah 3']]],
    [
      'Dans le dixième numéro de Dar al-Islam, l’organisation cible les enseignants.',
      [['magazine', 'Dar al-Islam 10']],
    ],
    ['La revue Dabiq, dans son numéro 12, consacre un article aux otages.', [['magazine', 'Dabiq 12']]],
    [
      'Le 15e numéro de Dabiq, intitulé « Brisez la croix », est paru en juillet 2016.',
      [['magazine', 'Brisez la croix']],
    ],
    [
      'Une vidéo intitulée La Voie des braves montre des enfants tchétchènes à l’entraînement.',
      [['video', 'La Voie des braves']],
    ],
    [
      'Le groupe a publié un film intitulé Les Enfants de la victoire, tourné près de Mossoul.',
      [['video', 'Les Enfants de la victoire']],
    ],
    [
      'La vidéo, baptisée Le Réveil, a été diffusée le 5 mai 2016 par Amaq.',
      [['video', 'Le Réveil']],
      { date: '2016-05-05' },
    ],
    [
      'Les Shebab ont diffusé via Al-Kataïb un nachid intitulé ‘La caravane des martyrs’.',
      [['audio', 'La caravane des martyrs']],
    ],
    [
      'Le magazine Voice of Khurasan, publié par l’EI-K, appelle à frapper l’Inde.',
      [['magazine', 'Voice of Khurasan']],
    ],
    [
      'La chaîne houthie Al-Masirah a diffusé une vidéo intitulée « Les hommes de la côte » montrant des enfants armés.',
      [['video', 'Les hommes de la côte']],
    ],
    [
      'La vidéo « Mon fils me vengera » montre un enfant exécutant un prisonnier.',
      [['video', 'Mon fils me vengera']],
    ],
    [
      'Un communiqué intitulé « Sur les événements de Marawi » a été publié par l’agence Amaq.',
      [['statement', 'Sur les événements de Marawi']],
    ],
    [
      'Dans sa dernière vidéo, intitulée "Frappez-les", le groupe appelle à des attentats.',
      [['video', 'Frappez-les']],
    ],
    [
      'Al-Malahem a publié un enregistrement audio appelé „Le Serment de fidélité“ en 2015.',
      [['audio', 'Le Serment de fidélité']],
    ],
    // Negatives.
    ['Dans la vidéo, un jeune homme surnommé Abou Omar appelle ses frères à rejoindre le groupe.', []],
    ['Le rapport intitulé « Ils sont venus pour détruire » a été publié par l’ONU.', []],
    ['La résolution 2178 du Conseil de sécurité vise les combattants étrangers filmés dans ces vidéos.', []],
    ['Le camp baptisé Tariq ibn Ziyad apparaît dans plusieurs vidéos du groupe.', []],
    ['Dans un communiqué, le groupe affirme : « Nos frères ont frappé les croisés à Paris ».', []],
    ['L’opération baptisée « Chammal » a visé des positions filmées dans la vidéo.', []],
    ['La vidéo a été publiée par une chaîne appelée Khilafah News.', []],
    ['Le livre intitulé « Gestion de la barbarie » est souvent cité dans les vidéos du groupe.', []],
    ['Une vidéo montrant des combattants de la faction appelée Jund al-Aqsa a circulé.', []],
    ['Le djihadiste apparaît dans une vidéo sous le nom de « Abou Dujana le Français ».', []],
  ],
  ru: [
    [
      'Медиацентр «Аль-Хаят» выпустил видеоролик под названием «Сыны халифата» в марте 2015 года.',
      [['video', 'Сыны халифата']],
      { producer: 'Аль-Хаят', date: '2015-03' },
    ],
    [
      'Агентство Амак опубликовало видео „Львы пустыни“ 3 мая 2016 года.',
      [['video', 'Львы пустыни']],
      { producer: 'Амак', date: '2016-05-03' },
    ],
    ['В 12-м номере журнала Дабик боевики призывают к нападениям.', [['magazine', 'Дабик 12']]],
    ['В третьем номере журнала «Румия» опубликована статья о детях.', [['magazine', 'Румия 3']]],
    ['Четвертый выпуск журнала «Исток» адресован выходцам из Центральной Азии.', [['magazine', 'Исток 4']]],
    ['Пятнадцатый номер журнала Dabiq озаглавлен «Разбей крест».', [['magazine', 'Разбей крест']]],
    [
      'Боевики выпустили ролик под названием Путь воина, в котором снимались дети.',
      [['video', 'Путь воина']],
    ],
    ['Видео, озаглавленное «Дети джихада», появилось в сети в мае.', [['video', 'Дети джихада']]],
    [
      'Фильм, озаглавленный Возвращение героев, распространяли в Telegram.',
      [['video', 'Возвращение героев']],
    ],
    [
      'Группировка «Аш-Шабаб» через медиацентр «Аль-Катаиб» распространила видео «Моджахеды Рога» на сомалийском языке.',
      [['video', 'Моджахеды Рога']],
      { producer: 'Аль-Катаиб' },
    ],
    ['АКАП через «Аль-Малахим» выпустила нашид «Караван света».', [['audio', 'Караван света']]],
    [
      'Хуситский телеканал «Аль-Масира» показал видеоролик «Воины побережья», в котором дети стоят на блокпостах.',
      [['video', 'Воины побережья']],
    ],
    [
      'Аудиообращение под названием «Слово к мусульманам Кавказа» распространил Кавказ-центр.',
      [['audio', 'Слово к мусульманам Кавказа']],
    ],
    [
      'В видео «Мой сын отомстит» показано, как ребенок расстреливает пленного.',
      [['video', 'Мой сын отомстит']],
    ],
    [
      'Заявление под названием «О событиях в Марави» опубликовало агентство Амак.',
      [['statement', 'О событиях в Марави']],
    ],
    [
      'Журнал Voice of Khurasan, который выпускает «Вилаят Хорасан», призывает к терактам в Индии.',
      [['magazine', 'Voice of Khurasan']],
    ],
    ['Ролик, получивший название «Зов Шама», был снят в Ракке.', [['video', 'Зов Шама']]],
    ['В 7-м выпуске еженедельника «Ан-Наба» опубликована статья о детях.', [['magazine', 'Ан-Наба 7']]],
    [
      'Боевики распространили видеообращение "Ответ крестоносцам" на чеченском языке.',
      [['video', 'Ответ крестоносцам']],
    ],
    // Negatives.
    ['В ролике боевик по прозвищу Абу Умар призывает соотечественников к джихаду.', []],
    ['Доклад под названием «Они пришли уничтожать» опубликовала ООН.', []],
    ['Резолюция СБ ООН 2178 посвящена иностранным боевикам и их видео.', []],
    ['Лагерь под названием «Тарик ибн Зияд» показан в нескольких видео.', []],
    ['В заявлении группировка говорит: «Наши братья нанесли удар по крестоносцам».', []],
    ['Операция под названием «Рассвет» началась после публикации видео.', []],
    ['Видео опубликовал канал под названием «Новости Халифата».', []],
    ['В видео показаны боевики группировки «Джунд аль-Акса».', []],
    ['Книга под названием «Управление дикостью» часто цитируется в видео ИГ.', []],
    ['В видеоролике выступает уроженец Дагестана по имени Магомед.', []],
  ],
  ar: [
    [
      'أصدرت مؤسسة الحياة للإعلام شريطا مصورا بعنوان "شفاء الصدور" في شباط 2015.',
      [['video', 'شفاء الصدور']],
      { producer: 'الحياة', date: '2015-02' },
    ],
    [
      'نشرت وكالة أعماق مقطع فيديو تحت عنوان «أسود الصحراء» يوم 3 أيار 2016.',
      [['video', 'أسود الصحراء']],
      { producer: 'أعماق', date: '2016-05-03' },
    ],
    [
      'بثت مؤسسة الفرقان كلمة صوتية بعنوان “وبشر الصابرين” للمتحدث باسم التنظيم.',
      [['audio', 'وبشر الصابرين']],
      { producer: 'الفرقان' },
    ],
    ['ونشر العدد 7 من مجلة دابق صورا لأطفال يتدربون.', [['magazine', 'دابق 7']]],
    ['وفي العدد الثالث من مجلة رومية دعا التنظيم إلى هجمات.', [['magazine', 'رومية 3']]],
    ['وحمل العدد الخامس عشر من مجلة دابق عنوان "اكسروا الصليب".', [['magazine', 'اكسروا الصليب']]],
    [
      'وأصدرت مؤسسة الكتائب التابعة لحركة الشباب فيلما بعنوان مجاهدو القرن يظهر فيه مقاتلون أجانب.',
      [['video', 'مجاهدو القرن']],
    ],
    ['ونشرت مؤسسة الملاحم نشيدا بعنوان ‘قافلة النور’.', [['audio', 'قافلة النور']]],
    [
      'وعرضت قناة المسيرة الحوثية مقطعا مصورا بعنوان "رجال الساحل" يظهر أطفالا على نقاط التفتيش.',
      [['video', 'رجال الساحل']],
    ],
    ['ونشر التنظيم في العدد 120 من صحيفة النبأ مقالا عن الأطفال.', [['magazine', 'النبأ 120']]],
    ['وأطلقت ولاية خراسان مجلة صوت خراسان باللغة الإنجليزية.', [['magazine', 'صوت خراسان']]],
    ['وبث التنظيم إصدارا مرئيا جديدا بعنوان «جيل الخلافة» مدته 20 دقيقة.', [['video', 'جيل الخلافة']]],
    ['ونشرت وكالة أعماق بيانا بعنوان "حول أحداث مراوي".', [['statement', 'حول أحداث مراوي']]],
    ['وظهر في الفيديو الذي حمل عنوان «أبناء الجهاد» أطفال من كازاخستان.', [['video', 'أبناء الجهاد']]],
    ['وفي شريط "سأثأر لأبي" يظهر طفل وهو يعدم أسيرا.', [['video', 'سأثأر لأبي']]],
    [
      'وبث التنظيم تسجيلا صوتيا تحت عنوان: رسالة إلى أهل الشام، دعا فيه إلى النفير.',
      [['audio', 'رسالة إلى أهل الشام']],
    ],
    ['ونشرت مؤسسة الحياة مجلة دار الإسلام باللغة الفرنسية.', [['magazine', 'دار الإسلام']]],
    ["ونشر التنظيم نشيدا باسم 'صليل الصوارم' عام 2014.", [['audio', 'صليل الصوارم']]],
    // Negatives.
    ['وظهر في الفيديو مقاتل يلقب بأبي عمر يدعو إلى الهجرة.', []],
    ['وصدر تقرير للأمم المتحدة بعنوان "جاؤوا ليدمروا" عن جرائم التنظيم.', []],
    ['ويتناول قرار مجلس الأمن رقم 2178 ظاهرة المقاتلين الأجانب في الفيديوهات.', []],
    ['وعرض الفيديو معسكرا يحمل اسم "طارق بن زياد" قرب الرقة.', []],
    ['وقال التنظيم في بيانه: "إن إخواننا ضربوا الصليبيين في باريس".', []],
    ['وأطلق الجيش عملية عسكرية تحت عنوان "فجر الجرود" بعد نشر الفيديو.', []],
    ['ويستشهد التنظيم في إصداراته بكتاب بعنوان "إدارة التوحش".', []],
    ['وظهر في الفيديو عناصر من جماعة "جند الأقصى".', []],
    ['ونشرت قناة تسمى "أخبار الخلافة" الفيديو على تلغرام.', []],
    ['وجاء في التقرير الذي حمل عنوان "الأطفال المنسيون" أن التنظيم جند أطفالا في فيديوهاته.', []],
  ],
};

for (const [lang, probes] of Object.entries(PROBES)) {
  describe(`release probes (${lang})`, () => {
    for (const probe of probes) it(probe[0], () => check(lang, probe));
  });
}
