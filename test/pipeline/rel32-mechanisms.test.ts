// Release mechanisms of round 32, each with sentences of its own and a counter-case: a date that ends a
// bare title, an issue numbered "one", a known series cited as a source or set off after a press word, a
// title-case name after a media noun a group owns, a quote set off after an issue's series, the French
// auxiliary "a", plural and Arabic markers, a group after a possessor, a quote that names a site, a
// series never an issue's own title, a title in one script, "al-" names in title case, and a month word
// inside a title that is no date.
import { describe, it } from 'vitest';
import { checkReleaseProbe, checkReleases } from './probe-helpers.ts';

describe('a date ends a bare title', () => {
  it('with its day, its year and the preposition before it', () => {
    checkReleaseProbe('fr', 'Amaq a diffusé une vidéo intitulée Les lionceaux de demain le 4 mars 2017.', [
      { media: 'video', title: 'Les lionceaux de demain', date: '2017-03-04' },
    ]);
    checkReleaseProbe('ru', '«Амак» выпустил ролик под названием Львята завтрашнего дня 4 марта 2017 года.', [
      { media: 'video', title: 'Львята завтрашнего дня', date: '2017-03-04' },
    ]);
    checkReleaseProbe('ar', 'ونشر موقع الإمارة فيديو بعنوان قافلة الشهداء في أيار 2020.', [
      { media: 'video', title: 'قافلة الشهداء', date: '2020-05' },
    ]);
    checkReleaseProbe('ar', 'ونشر التنظيم فيديو بعنوان قافلة الشهداء يوم 4 مايو 2020.', [
      { media: 'video', title: 'قافلة الشهداء', date: '2020-05-04' },
    ]);
  });
  it('not a month that opens the title, and a month inside a title is no date', () => {
    checkReleaseProbe('en', 'Amaq published a video titled May Allah Accept Them in 2017.', [
      { media: 'video', title: 'May Allah Accept Them', date: '2017' },
    ]);
    checkReleaseProbe('en', 'A video titled "March of the Cubs" was released on 2 May 2016.', [
      { media: 'video', title: 'March of the Cubs', date: '2016-05-02' },
    ]);
  });
});

describe('an issue numbered "one"', () => {
  it('after its issue noun, before its series or a magazine noun', () => {
    checkReleases('en', 'Issue one of Rumiyah appeared in September 2016.', [['magazine', 'Rumiyah 1']]);
    checkReleases('fr', 'Le numéro un de Dar al-Islam est sorti en décembre 2014.', [
      ['magazine', 'Dar al-Islam 1'],
    ]);
    checkReleases('ru', 'Номер один журнала «Исток» вышел в мае 2015 года.', [['magazine', 'Исток 1']]);
  });
  it('not the leader called "number one", nor a verb with its object', () => {
    checkReleases('fr', 'Le numéro un du groupe, Abou Bakr, est apparu dans la revue Dabiq.', [
      ['magazine', 'Dabiq'],
    ]);
    checkReleases('en', 'The group would issue one statement a week, Dabiq said.', [['magazine', 'Dabiq']]);
  });
});

describe('a known series the report cites or sets off after a press word', () => {
  it('is a release titled with the series', () => {
    checkReleases('en', "The group's newspaper, al-Naba, reported the attack.", [['magazine', 'al-Naba']]);
    checkReleases('en', 'According to al-Naba, 30 fighters were killed.', [['magazine', 'al-Naba']]);
    checkReleases('fr', 'Selon al-Naba, l’hebdomadaire de l’organisation, trente combattants ont été tués.', [
      ['magazine', 'al-Naba'],
    ]);
    checkReleases('fr', 'Il est cité par la revue Dabiq.', [['magazine', 'Dabiq']]);
    checkReleases('ru', 'По данным «ан-Наба», погибли 30 боевиков.', [['magazine', 'ан-Наба']]);
    checkReleases('en', 'He was interviewed by Dabiq magazine.', [['magazine', 'Dabiq']]);
  });
  it('not a newspaper of the press', () => {
    checkReleases('en', 'According to Le Monde, 30 fighters were killed.', []);
    checkReleases('fr', 'Selon le journal Le Monde, trente combattants ont été tués.', []);
    checkReleases('ru', 'По данным газеты «Коммерсант», погибли 30 человек.', []);
  });
});

describe('a name in title case after a media noun a group owns', () => {
  it('is its title as the subject of a verb of showing, or set off by a comma', () => {
    checkReleases('en', 'The al-Kataib video Mujahideen Moments featured boys from Kismayo.', [
      ['video', 'Mujahideen Moments'],
    ]);
    checkReleases('en', "ISWAP's video Sons of the Sahel showed boys executing captives.", [
      ['video', 'Sons of the Sahel'],
    ]);
    checkReleases('en', 'An Amaq video Lions of Tomorrow, released in 2017, shows boys training.', [
      ['video', 'Lions of Tomorrow'],
    ]);
  });
  it('not after a preposition, nor a name followed by another verb', () => {
    checkReleases('en', 'In the al-Kataib video Ahmed Omar threatened Kenya.', []);
    checkReleases('en', 'The ISIS video John Cantlie narrated was released in 2015.', []);
    checkReleases('en', 'The video Abu Layla featured was long.', []);
  });
});

describe("a quote set off after an issue's series", () => {
  it("is the issue's own title", () => {
    checkReleases('en', 'Issue 14 of Dabiq, “The Murtadd Brotherhood”, attacked the Muslim Brotherhood.', [
      ['magazine', 'The Murtadd Brotherhood'],
    ]);
    checkReleases('fr', 'Le numéro 12 de Dabiq, « Just Terror », est sorti après les attentats.', [
      ['magazine', 'Just Terror'],
    ]);
    checkReleases('ru', 'Третий номер журнала «Исток», «Клятва», вышел в 2015 году.', [
      ['magazine', 'Клятва'],
    ]);
    checkReleases('en', 'Dabiq issue 15, “Break the Cross”, appeared in 2016.', [
      ['magazine', 'Break the Cross'],
    ]);
  });
  it('not a quote inside a clause after it', () => {
    checkReleases('en', 'Issue 14 of Dabiq, citing "experts", claimed victory.', [['magazine', 'Dabiq 14']]);
    checkReleases('ru', 'Третий номер журнала «Исток», по данным экспертов, вышел в 2015 году.', [
      ['magazine', 'Исток 3'],
    ]);
  });
});

describe('the French auxiliary "a" after a name set off by a comma', () => {
  it('makes the name its subject, not a title', () => {
    checkReleases(
      'fr',
      "Le chef d'al-Qaida, Ayman al-Zawahiri, a diffusé un message audio intitulé « L'unité de la Oumma ».",
      [['audio', "L'unité de la Oumma"]],
    );
    checkReleases('fr', 'Selon Paris, Abou Omar, a publié une vidéo.', []);
  });
  it('the English article still sets a title before its noun', () => {
    checkReleases('en', 'In 2015 the group released Flames of War, a 55-minute film.', [
      ['video', 'Flames of War'],
    ]);
  });
});

describe('plural French markers and Arabic "يسمى"', () => {
  it('name the media', () => {
    checkReleases('fr', 'Amaq a publié des images appelées Les lionceaux de demain.', [
      ['video', 'Les lionceaux de demain'],
    ]);
    checkReleases('ar', 'ونشر التنظيم شريطا يسمى أشبال الغد يظهر فيه أطفال.', [['video', 'أشبال الغد']]);
    checkReleases('ar', 'ونشر التنظيم الإصدار المسمى "أشبال الغد" في 2017.', [['other', 'أشبال الغد']]);
  });
  it('not a camp or a person named so', () => {
    checkReleases('fr', 'Les enfants étaient envoyés dans des camps appelés al-Farouq.', []);
    checkReleases('ar', 'وأرسل الأطفال إلى معسكر يسمى الفاروق.', []);
    checkReleases('ar', 'وظهر في الشريط طفل يسمى أبو عبد الله.', []);
  });
});

describe('a group after a possessor before a marker', () => {
  it('leaves the marker to the media', () => {
    checkReleases('fr', "Une vidéo de l'ISWAP appelée Les fils du Sahel montre des adolescents.", [
      ['video', 'Les fils du Sahel'],
    ]);
    checkReleases('en', 'A video by al-Hayat called Sons of the Sahel shows teenagers.', [
      ['video', 'Sons of the Sahel'],
    ]);
  });
  it('not a person', () => {
    checkReleases('fr', "Une vidéo d'un garçon appelé Ahmed montre des adolescents.", []);
    checkReleases('en', 'A video of a boy named Ahmed was shared.', []);
  });
});

describe('a quote right after a noun of a named thing', () => {
  it('names that thing, not the media after it', () => {
    checkReleases('ru', 'Талибы опубликовали на сайте «Имарат» видео «Караван мучеников».', [
      ['video', 'Караван мучеников'],
    ]);
    checkReleases('en', 'The Taliban posted on the site "Alemarah" a video "Caravan of Martyrs".', [
      ['video', 'Caravan of Martyrs'],
    ]);
  });
  it('a quote before its media noun is still its title', () => {
    checkReleases('en', 'Boys appear in the "Race Towards Good" video.', [['video', 'Race Towards Good']]);
  });
});

describe("a series' name after a marker", () => {
  it("is the series with the issue's number, never the issue's own title", () => {
    checkReleases('ru', 'Первый номер журнала под названием «Исток» вышел в мае 2015 года.', [
      ['magazine', 'Исток 1'],
    ]);
    checkReleases('ru', 'Первый номер журнала, названного «Румия», вышел в мае 2015 года.', [
      ['magazine', 'Румия 1'],
    ]);
    checkReleases('en', 'The first issue of a magazine titled Rumiyah appeared in September 2016.', [
      ['magazine', 'Rumiyah 1'],
    ]);
  });
  it('an issue titled so keeps its own title', () => {
    checkReleases('en', 'The fifteenth issue of Dabiq, titled Break the Cross, was released in July 2016.', [
      ['magazine', 'Break the Cross'],
    ]);
  });
});

describe('an unquoted title before a verb of releasing', () => {
  it('keeps to one script, and a series there is read as the series', () => {
    checkReleases('ru', 'Журнал Rumiyah в девятом номере опубликовал инструкцию.', [
      ['magazine', 'Rumiyah 9'],
    ]);
    checkReleases('ru', 'Журнал Rumiyah опубликовал инструкцию.', [['magazine', 'Rumiyah']]);
  });
  it('in title case, holds no lower-case word but the small words of titles', () => {
    checkReleases('en', 'The video Return to al-Raqqa was released in 2015.', [
      ['video', 'Return to al-Raqqa'],
    ]);
    checkReleases('en', 'The video John Cantlie narrated was released in 2015.', []);
  });
});

describe('a name after a transliterated article in title case', () => {
  it('goes on with the title', () => {
    checkReleases(
      'en',
      "The Voice of Jihad website carried a statement titled Message of the Amir al-Mu'minin on the occasion of Eid.",
      [['statement', "Message of the Amir al-Mu'minin"]],
    );
    checkReleases('en', 'A video titled The Lions of al-Sham showed boys.', [
      ['video', 'The Lions of al-Sham'],
    ]);
  });
  it('a lower-case word without its capital still ends it', () => {
    checkReleases('en', 'A video titled Lions of Tomorrow was posted online.', [
      ['video', 'Lions of Tomorrow'],
    ]);
  });
});

describe('a word that numbers an issue', () => {
  it('is no title', () => {
    checkReleases('en', "The Islamic State's al-Naba newspaper in issue No. 301 ran a piece on Nigeria.", [
      ['magazine', 'al-Naba 301'],
    ]);
    checkReleases('fr', "L'hebdomadaire al-Naba, dans son numéro N° 301, évoquait le Nigeria.", [
      ['magazine', 'al-Naba 301'],
    ]);
  });
  it('a title after it is still read', () => {
    checkReleases('en', 'Issue No. 5 of Rumiyah featured a photo of boys.', [['magazine', 'Rumiyah 5']]);
  });
});

describe('an Arabic owner noun in its definite form before a quote', () => {
  it('leaves the quote to the media as its title', () => {
    checkReleases('ar', 'وظهر في الإصدار المرئي للتنظيم "جيل الملاحم" أطفال من كازاخستان.', [
      ['video', 'جيل الملاحم'],
    ]);
    checkReleases('ar', 'ونشر تسجيلا مصورا للتنظيم "أنصار الحق الجديد" يظهر فيه أطفال.', [
      ['video', 'أنصار الحق الجديد'],
    ]);
  });
  it('not the indefinite noun, whose quote names the group', () => {
    checkReleases('ar', 'ونشر تسجيلا مصورا لتنظيم "أنصار الحق الجديد" يظهر فيه أطفال.', []);
    checkReleases('ar', 'ونشر تسجيلا مصورا لجماعة "جند الخلافة" يظهر فيه أطفال.', []);
  });
});

describe('"whose title" after a media noun', () => {
  it('marks the quote that follows as its title', () => {
    checkReleases(
      'en',
      'The video, whose title means "Healing of the Believers\' Chests", showed the pilot\'s death.',
      [['video', "Healing of the Believers' Chests"]],
    );
  });
  it("not a person's title in lower case, nor a book", () => {
    checkReleases('en', 'The boy, whose title was "emir", appeared in a video.', []);
    checkReleases('en', 'The book, whose title is "The Management of Savagery", inspired the group.', []);
  });
});
