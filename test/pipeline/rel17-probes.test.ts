// Blind probes for the seventeenth release round, written before reading the release code: titles
// after a title marker (titled, entitled, called, intitulée, sous le titre, под названием,
// озаглавленный, بعنوان, تحت عنوان) with and without quotes and in every quote style, magazine issues
// (Dabiq, Rumiyah, al-Naba, Voice of Khurasan, Dar al-Islam, Istok), outlets beside their releases;
// then many sentences that name no release: people, places, camps, operations, newspapers, TV
// channels, UN reports, memoirs, songs, and quoted speech (a quoted sentence is not a title).
import { describe, it } from 'vitest';
import { checkReleases } from './probe-helpers.ts';

type TitleProbe = [text: string, want: [media: string, title: string][]];

const TITLES: Record<string, TitleProbe[]> = {
  en: [
    [
      'The 20-minute video, titled Soldiers of the Dawn, circulated on Telegram in March.',
      [['video', 'Soldiers of the Dawn']],
    ],
    [
      'Al-Hayat Media Center released a film entitled "Flames of the Desert" in 2015.',
      [['video', 'Flames of the Desert']],
    ],
    [
      'Issue 15 of Dabiq, called “Break the Cross”, appeared in July 2016.',
      [['magazine', 'Break the Cross']],
    ],
    ['The fourth issue of Voice of Khurasan urged attacks in Europe.', [['magazine', 'Voice of Khurasan 4']]],
    [
      "Its latest nasheed, 'Soldiers of Allah', was produced by Ajnad in German.",
      [['audio', 'Soldiers of Allah']],
    ],
    [
      'Al-Kataib, the media wing of al-Shabaab, published a video called The Lions of Somalia, showing boys in uniform.',
      [['video', 'The Lions of Somalia']],
    ],
    [
      'ISWAP’s media released a video, “Harvest of the Soldiers 2”, showing attacks in Borno.',
      [['video', 'Harvest of the Soldiers 2']],
    ],
    [
      'As-Sahab published a 45-minute documentary titled ‘Days with the Imam’ in 2019.',
      [['video', 'Days with the Imam']],
    ],
    ['The weekly al-Naba newspaper devoted issue 250 to the battle of Mosul.', [['magazine', 'al-Naba 250']]],
    ['Inspire, the AQAP magazine, urged readers to attack aircraft.', [['magazine', 'Inspire']]],
    // no release
    ['The video shows Abu Bakr al-Baghdadi speaking at the al-Nuri mosque in Mosul.', []],
    ['A video of “Jihadi John” killing a hostage shocked viewers.', []],
    ['“We will not leave our children in the camps,” the minister said in a statement.', []],
    ['A UN report titled “Children and Armed Conflict” counted 8,000 violations.', []],
    ['Her memoir, titled Guest House, describes life in al-Hol camp.', []],
    ['Al Jazeera aired a documentary called The Road to Raqqa about foreign fighters.', []],
    ['The operation, dubbed “Breaking the Walls”, freed hundreds of prisoners.', []],
    ['The New York Times published a video showing the aftermath of the strike.', []],
    ['In the video, released by Amaq, a fighter says: “We are coming for you.”', []],
    ['Mourners sang “Amazing Grace” at the funeral of the soldiers.', []],
    ['The children were held at a camp called Roj, near the Iraqi border.', []],
    ['A statement from the Ministry of the Interior said the men were detained.', []],
    // second batch
    ['A propaganda clip called "Come to Jihad" targeted Uzbek speakers.', [['video', 'Come to Jihad']]],
    [
      'Titled “A Message to the Mothers”, the video urged women to migrate.',
      [['video', 'A Message to the Mothers']],
    ],
    [
      'The magazine’s third issue, “The Failed Crusade”, featured a photo of the Pope.',
      [['magazine', 'The Failed Crusade']],
    ],
    ['Dabiq’s seventh issue carried an article on the Paris attack.', [['magazine', 'Dabiq 7']]],
    [
      'The video, produced by Wilayat Sinai, is titled Soldiers of Light and lasts 15 minutes.',
      [['video', 'Soldiers of Light']],
    ],
    ['Amaq News Agency claimed the attack in a short statement.', []],
    ['In a video message, Abu Mohammed al-Julani announced the split from al-Qaeda.', []],
    ['The video was filmed in Raqqa, the group’s de facto capital.', []],
    ['A video of the Syrian Democratic Forces shows the gates of the camp.', []],
    ['The BBC documentary “Inside the Caliphate” aired in 2016.', []],
    ['The group’s Telegram channel, Nashir, posted photos of the attack.', []],
    ['The fighter, known as “Abu Hamza the Tajik”, appeared in a video in 2015.', []],
    ['The report, called “The Lost Children”, was published by Save the Children.', []],
    ['“They will come back,” read the headline of the Daily Mail.', []],
    ['She watched the film “American Sniper” before travelling to Syria.', []],
    // third batch
    ['The video “Flames of War II” was released by al-Hayat in 2017.', [['video', 'Flames of War II']]],
    [
      'Al-Kataib published “The Chains of Humiliation”, a 40-minute film on the war.',
      [['video', 'The Chains of Humiliation']],
    ],
    [
      'Sahab released an audio message by Hamza bin Laden called “To the People of the Coast”.',
      [['audio', 'To the People of the Coast']],
    ],
    [
      'In a statement called “Clarification”, the Taliban denied the claim.',
      [['statement', 'Clarification']],
    ],
    ['The group’s new video “Lions of the Sahel” appeared on Twitter.', [['video', 'Lions of the Sahel']]],
    ['A video of Abu Omar al-Shishani, “the Red-Bearded”, circulated in 2014.', []],
    ['The Amaq video showed fighters in Marawi.', []],
    ['The video was shared by “Jihadology”, a website run by a researcher.', []],
    ['The poster, which reads “Kill them wherever you find them”, was shared online.', []],
    ['The video ends with the words “Soon in Paris”.', []],
    ['A video by the Syrian Observatory for Human Rights shows the camp.', []],
    ['Reuters obtained a video of the Kurdish forces at al-Hol.', []],
    ['Abu Bakr al-Baghdadi’s last audio message, released in 2019, urged attacks.', []],
    // fourth batch
    [
      "In the video, titled 'Lions of Tomorrow', boys as young as ten are shown training.",
      [['video', 'Lions of Tomorrow']],
    ],
    [
      'A photo report from Wilayat Khorasan, titled “Training of the Cubs”, showed boys with rifles.',
      [['photo', 'Training of the Cubs']],
    ],
    [
      'A new ISIS video, “Inside the Khilafah 8”, was released in 2018.',
      [['video', 'Inside the Khilafah 8']],
    ],
    ['The group’s spokesman, Abu Obaida, appeared in a video on Monday.', []],
    ['The video features Omar Omsen, a French recruiter, speaking to the camera.', []],
    ['The video, filmed in Idlib, was posted by the Turkistan Islamic Party.', []],
    ['The magazine Time named the Kurdish fighters its people of the year.', []],
    ['The footage was aired by Kurdistan 24, a Kurdish broadcaster.', []],
    ['The Taliban’s al-Emarah website published a statement by Zabihullah Mujahid.', []],
    ['The video’s narrator, a Canadian named Abu Ibrahim, speaks fluent English.', []],
    ['The recording, attributed to the group’s leader Abubakar Shekau, lasts 20 minutes.', []],
    ['A video, which the group called a “documentary”, shows the camp.', []],
  ],
  fr: [
    ['La vidéo intitulée Le Sang des martyrs a été diffusée en 2017.', [['video', 'Le Sang des martyrs']]],
    [
      'Al-Hayat a publié un film sous le titre « Flammes de la guerre ».',
      [['video', 'Flammes de la guerre']],
    ],
    [
      'Le numéro 9 de Dar al-Islam, intitulé « L’école du califat », est paru en 2016.',
      [['magazine', 'L’école du califat']],
    ],
    [
      'Le magazine Rumiyah, dans son septième numéro, appelait aux attaques au couteau.',
      [['magazine', 'Rumiyah 7']],
    ],
    [
      'Dans une vidéo appelée “Les Héritiers de la gloire”, des enfants manient des armes.',
      [['video', 'Les Héritiers de la gloire']],
    ],
    // no release
    ['Le journal Le Monde a publié une vidéo de l’attaque.', []],
    ['Une vidéo montre Abou Mohammed al-Adnani dans le désert.', []],
    ['« Nous rapatrierons tous les enfants », a déclaré le ministre dans un communiqué.', []],
    ['Le rapport de l’ONU, intitulé « Les enfants dans les conflits armés », recense 8 000 cas.', []],
    ['Le camp, appelé « Al-Hol », abrite des milliers de femmes.', []],
    ['L’opération « Serval » a été lancée au Mali en 2013.', []],
    ['France 24 a diffusé un reportage intitulé « Retour de Syrie ».', []],
    // second batch
    [
      'Intitulée « Message aux mères », la vidéo appelle les femmes à émigrer.',
      [['video', 'Message aux mères']],
    ],
    [
      'La vidéo, d’une durée de dix minutes, s’intitule Les enfants du djihad.',
      [['video', 'Les enfants du djihad']],
    ],
    ['Le troisième numéro de Dar al-Islam est consacré à la France.', [['magazine', 'Dar al-Islam 3']]],
    [
      'Un nashid en français, « Mon frère, va de l’avant », a été diffusé par al-Hayat.',
      [['audio', 'Mon frère, va de l’avant']],
    ],
    ['Dans un enregistrement audio, Abou Bakr al-Baghdadi appelle à frapper la France.', []],
    ['L’agence Amaq a revendiqué l’attaque dans un bref communiqué.', []],
    ['Selon le quotidien Libération, la vidéo a été tournée à Raqqa.', []],
    ['Le djihadiste, surnommé « Abou Souleymane », apparaît dans une vidéo.', []],
    ['Le documentaire « Les Revenants » d’Arte retrace le parcours de trois femmes.', []],
    ['La chanson « Le Chant des partisans » a été chantée par les élèves.', []],
    // third batch
    [
      'Le média al-Hayat a diffusé « Cette terre est la nôtre », un film de 20 minutes.',
      [['video', 'Cette terre est la nôtre']],
    ],
    [
      'Le groupe a publié un communiqué, intitulé « Précisions », pour démentir.',
      [['statement', 'Précisions']],
    ],
    ['Selon Le Figaro, la revue Dabiq appelait à tuer des civils.', [['magazine', 'Dabiq']]],
    ['Dans une vidéo diffusée par l’agence Amaq, un combattant menace la France.', []],
    ['Une affiche portant l’inscription « Nous arrivons » a circulé.', []],
    ['Le porte-parole de l’EI, Abou Hassan al-Mouhajir, a diffusé un message audio.', []],
    ['La vidéo, tournée à Raqqa, s’achève par les mots « Bientôt chez vous ».', []],
    // fourth batch
    [
      'La vidéo, intitulée Sur les traces de nos pères, dure 14 minutes.',
      [['video', 'Sur les traces de nos pères']],
    ],
    ['Le numéro 14 de Dabiq est consacré aux musulmans d’Occident.', [['magazine', 'Dabiq 14']]],
    ['L’hebdomadaire al-Naba, dans son numéro 420, revient sur l’attaque.', [['magazine', 'al-Naba 420']]],
    ['Dans l’enregistrement, le porte-parole Abou Obeida appelle à la vengeance.', []],
    ['La vidéo a été diffusée par Kurdistan 24, une chaîne kurde.', []],
    ['Le rapport d’Europol, publié en juin, décrit la propagande de l’EI.', []],
    ['Une vidéo de l’Observatoire syrien des droits de l’homme montre le camp.', []],
  ],
  ru: [
    ['Ролик под названием Путь воина выложили в Telegram в 2015 году.', [['video', 'Путь воина']]],
    ['Видео, озаглавленное «Клинки джихада», было опубликовано «Аль-Хаятом».', [['video', 'Клинки джихада']]],
    ['В 15-м номере журнала «Дабик» была статья о христианах.', [['magazine', 'Дабик 15']]],
    ['Нашид «Мой путь» на русском языке распространил центр «Фурат».', [['audio', 'Мой путь']]],
    ['Видео под названием „Дети джихада“ появилось в сети.', [['video', 'Дети джихада']]],
    ['Журнал "Исток" выходил на русском языке.', [['magazine', 'Исток']]],
    // no release
    ['Газета «Коммерсантъ» опубликовала видео задержания.', []],
    ['«Мы вернем всех детей», — заявил министр в своем заявлении.', []],
    ['Доклад ООН под названием «Дети и вооруженные конфликты» вышел в июне.', []],
    ['На видео Абу Омар аш-Шишани выступает перед боевиками.', []],
    ['Лагерь «Аль-Хол» находится на северо-востоке Сирии.', []],
    ['Операция «Возмездие» началась в 2019 году.', []],
    ['Телеканал «Россия 24» показал фильм «Исповедь вербовщика».', []],
    // second batch
    ['Видеоролик назывался «Возвращение», его выпустил центр «Аль-Хаят».', [['video', 'Возвращение']]],
    ['Третий номер журнала «Исток» вышел в 2015 году.', [['magazine', 'Исток 3']]],
    ['Видео, которое называется Завет шахидов, длится 20 минут.', [['video', 'Завет шахидов']]],
    ['Фильм под названием «Вербовщики» показал канал НТВ.', []],
    ['В своем обращении Абу Бакр аль-Багдади призвал к атакам.', []],
    ['Агентство «Амак» взяло на себя ответственность за теракт.', []],
    ['Боевик по прозвищу «Абу Ханзала» появился на видео.', []],
    ['Газета «Известия» опубликовала фотографии лагеря.', []],
    ['Песня «Катюша» звучала на параде.', []],
    // third batch
    ['В 2015 году «Аль-Хаят» выпустил фильм «Пламя войны».', [['video', 'Пламя войны']]],
    ['Заявление под названием «Разъяснение» опубликовали талибы.', [['statement', 'Разъяснение']]],
    ['В новом выпуске журнала Rumiyah говорится о России.', [['magazine', 'Rumiyah']]],
    ['На видео, снятом в Ракке, боевик угрожает Франции.', []],
    ['Плакат с надписью «Мы идем» распространялся в сети.', []],
    ['Представитель ИГ Абу Хасан аль-Мухаджир выступил с аудиообращением.', []],
    ['Видео заканчивается словами «Скоро в Москве».', []],
    // fourth batch
    ['Видео под названием Сыны халифата снято в Ракке.', [['video', 'Сыны халифата']]],
    ['Ролик называется «Добро пожаловать в халифат».', [['video', 'Добро пожаловать в халифат']]],
    ['Видео, снятое в Идлибе, опубликовала Исламская партия Туркестана.', []],
    ['На кадрах видео «Аль-Хаята» показаны дети в форме.', []],
    ['Журнал «Огонек» опубликовал репортаж из лагеря.', []],
    ['Видеообращение Абу Мухаммада аль-Джулани было записано в Идлибе.', []],
  ],
  ar: [
    ['نشرت مؤسسة الحياة إصدارا مرئيا بعنوان لهيب الحرب يظهر فيه أطفال.', [['video', 'لهيب الحرب']]],
    ['وبثت مؤسسة الكتائب التابعة لحركة الشباب فيلما تحت عنوان «أسود الصومال».', [['video', 'أسود الصومال']]],
    ['وفي العدد الخامس عشر من مجلة دابق، دعا التنظيم إلى مهاجمة الكنائس.', [['magazine', 'دابق 15']]],
    ['أصدرت مؤسسة السحاب كلمة صوتية بعنوان "وحدة الصف".', [['audio', 'وحدة الصف']]],
    // no release
    ['وقال الوزير في بيان: "سنعيد جميع الأطفال إلى بلادهم".', []],
    ['وأصدرت الأمم المتحدة تقريرا بعنوان "الأطفال والنزاعات المسلحة".', []],
    ['ويقع مخيم "الهول" في شمال شرق سوريا.', []],
    ['وبثت قناة الجزيرة فيلما وثائقيا بعنوان "الطريق إلى الرقة".', []],
    ['وظهر أبو محمد العدناني في تسجيل مصور قديم.', []],
    ['وأطلق الجيش عملية "غضب الزيتون" في عام 2018.', []],
    // second batch
    ['وظهر الطفل في إصدار بعنوان "أشبال الخلافة" نشرته ولاية الرقة.', [['video', 'أشبال الخلافة']]],
    ['ونشر التنظيم العدد الثالث من مجلة رومية.', [['magazine', 'رومية 3']]],
    ['وبث التنظيم نشيدا بعنوان صليل الصوارم يحرض على القتال.', [['audio', 'صليل الصوارم']]],
    ['ونشرت صحيفة الشرق الأوسط صورا للمخيم.', []],
    ['وقال المتحدث باسم التنظيم في كلمة صوتية إن المعركة مستمرة.', []],
    ['وأعلنت وكالة أعماق مسؤولية التنظيم عن الهجوم.', []],
    ['وأصدرت منظمة هيومن رايتس ووتش تقريرا بعنوان "أطفال في الأقفاص".', []],
    ['ويعرف المقاتل باسم "أبو حمزة الشيشاني".', []],
    ['ويحمل المخيم اسم "الهول" نسبة إلى البلدة.', []],
    // third batch
    ['وأصدرت مؤسسة الفرقان كلمة صوتية لأبي بكر البغدادي بعنوان "وقل اعملوا".', [['audio', 'وقل اعملوا']]],
    ['وأصدرت حركة طالبان بيانا بعنوان "توضيح" نفت فيه الاتهامات.', [['statement', 'توضيح']]],
    ['وانتهى الفيديو بعبارة "قادمون يا باريس".', []],
    ['ونشر التنظيم ملصقا كتب عليه "سنأتيكم".', []],
    ['وقال مرصد الأزهر إن الفيديو يظهر أطفالا في معسكر.', []],
    ['ونشرت وكالة رويترز صورا لمخيم الهول.', []],
    ['وظهر في الفيديو أبو عمر الشيشاني وهو يخاطب المقاتلين.', []],
    // fourth batch
    [
      'وأصدر المكتب الإعلامي لولاية الخير إصدارا مرئيا بعنوان "على منهاج النبوة".',
      [['video', 'على منهاج النبوة']],
    ],
    ['وظهر في الإصدار المرئي الذي بثته ولاية سيناء أطفال يحملون السلاح.', []],
    ['ونقلت قناة العربية عن مصادر أن التنظيم نشر فيديو جديدا.', []],
    ['وبثت حركة الشباب تسجيلا مصورا للمتحدث باسمها علي طيري.', []],
    ['وعرض التلفزيون الرسمي فيلما بعنوان "العائدون من الجحيم".', []],
  ],
};

/** Probes the engine does not pass yet: expected failures, so a fix shows as a failing test. */
const OPEN = new Set<string>([
  // A plain film with no group, outlet nor cinema word in its sentence is read as the report's subject.
  'She watched the film “American Sniper” before travelling to Syria.',
  // A bare إصدار is a video or "other" in the reference (ar-020, ar-112); the engine says other.
  'وظهر الطفل في إصدار بعنوان "أشبال الخلافة" نشرته ولاية الرقة.',
]);

for (const [lang, probes] of Object.entries(TITLES))
  describe(`${lang} release titles (rel17)`, () => {
    for (const [text, want] of probes)
      (OPEN.has(text) ? it.fails : it)(text, () => checkReleases(lang, text, want));
  });
