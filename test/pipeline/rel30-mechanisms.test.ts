// Release mechanisms of round 30, each with sentences of its own and a counter-case: a capitalised stop
// word inside a title in title case, a lower-case word before a day, the next clause's subject after a
// bare sentence-case title, "о" and a verb of becoming after one, a locution's "qu'" inside one, a media
// noun of propaganda before its marker, words that name television alone, and an issue past an
// apposition that tells how its magazine came out.
import { describe, it } from 'vitest';
import { checkReleases } from './probe-helpers.ts';

describe("title case: a stop word written with a capital is the title's", () => {
  it('goes on past "Is", "In" when a capital follows', () => {
    checkReleases('en', 'The group released a statement called The Victory Is Near, signed by its emir.', [
      ['statement', 'The Victory Is Near'],
    ]);
    checkReleases(
      'en',
      'The al-Furqan video, titled Fight Them Until There Is No Fitna, runs for 22 minutes.',
      [['video', 'Fight Them Until There Is No Fitna']],
    );
  });
  it('stops at a lower-case stop word, and at a place after a capital one', () => {
    checkReleases('en', 'The video titled Blood for Blood was posted on Friday.', [
      ['video', 'Blood for Blood'],
    ]);
    checkReleases('en', 'A video titled Soldiers of Allah In Syria was posted.', [
      ['video', 'Soldiers of Allah'],
    ]);
  });
});

describe("title case: a lower-case word before a capitalised day is the date's", () => {
  it('ends the title', () => {
    checkReleases('en', 'The group published a video titled Sons of the Prophet this Friday.', [
      ['video', 'Sons of the Prophet'],
    ]);
    checkReleases('en', 'The video named Dawn of Victory last Tuesday showed boys.', [
      ['video', 'Dawn of Victory'],
    ]);
  });
  it('a small word of titles before the day keeps it', () => {
    checkReleases('en', 'Amaq posted a video titled A Message for Tuesday in which boys pray.', [
      ['video', 'A Message for Tuesday'],
    ]);
  });
});

describe("the next clause's subject ends a bare sentence-case title", () => {
  it('a people noun and its verb', () => {
    checkReleases('ru', 'В ролике под названием Дорога в рай дети читают Коран.', [
      ['video', 'Дорога в рай'],
    ]);
    checkReleases('ru', 'В ролике под названием Путь к победе подростки стреляют по мишеням.', [
      ['video', 'Путь к победе'],
    ]);
    checkReleases('ru', 'В видео под названием Львята халифата мальчики маршируют с оружием.', [
      ['video', 'Львята халифата'],
    ]);
  });
  it('not a people noun in another case, nor one before a verb that ends the title', () => {
    checkReleases('ru', 'Ролик под названием Письмо детям мусульман распространили в сети.', [
      ['video', 'Письмо детям мусульман'],
    ]);
    checkReleases('ru', 'Видео под названием Львята и их отцы было опубликовано в пятницу.', [
      ['video', 'Львята и их отцы'],
    ]);
  });
});

describe('"о" and a verb of becoming end a bare Russian title', () => {
  it('after a preposition or a conjunction of the title', () => {
    checkReleases('ru', 'Нашид под названием Мы пришли с мечом стал популярным среди боевиков.', [
      ['audio', 'Мы пришли с мечом'],
    ]);
    checkReleases(
      'ru',
      'Боевики выпустили фильм под названием Солдаты света и мрака о подготовке подростков.',
      [['video', 'Солдаты света и мрака']],
    );
    checkReleases('ru', 'Аудиозапись под названием Путь воина стала популярной в соцсетях.', [
      ['audio', 'Путь воина'],
    ]);
  });
  it('a quoted title keeps its "о"', () => {
    checkReleases('ru', 'ИГ выпустило видео «Рассказ о шахиде» в 2016 году.', [
      ['video', 'Рассказ о шахиде'],
    ]);
  });
});

describe('a locution\'s "qu\'" inside a bare French title', () => {
  it('does not end it', () => {
    checkReleases(
      'fr',
      "Le porte-parole a publié un message audio intitulé Et combattez-les jusqu'à ce qu'il n'y ait plus de fitna.",
      [['audio', "Et combattez-les jusqu'à ce qu'il n'y ait plus de fitna"]],
    );
    checkReleases(
      'fr',
      "L'EI a diffusé une vidéo intitulée Combattez-les afin qu'Allah les châtie, montrant des exécutions.",
      [['video', "Combattez-les afin qu'Allah les châtie"]],
    );
  });
  it('a relative "qui" still does', () => {
    checkReleases('fr', 'Amaq a diffusé une vidéo intitulée Les lions du califat qui montre des enfants.', [
      ['video', 'Les lions du califat'],
    ]);
  });
});

describe('a media noun of propaganda before its marker', () => {
  it('is the noun the marker names', () => {
    checkReleases('fr', 'Les chebabs ont diffusé un film de propagande appelé Le chemin vers Jérusalem.', [
      ['video', 'Le chemin vers Jérusalem'],
    ]);
    checkReleases('fr', "L'EI a diffusé une vidéo de propagande djihadiste baptisée Le souffle de la vie.", [
      ['video', 'Le souffle de la vie'],
    ]);
  });
  it('not a person between them', () => {
    checkReleases('fr', "Une vidéo d'un djihadiste appelé Abou Talha a circulé.", []);
    checkReleases('fr', 'On voit dans une vidéo de propagande un djihadiste appelé Abou Omar.', []);
  });
});

describe('words that name television alone', () => {
  it('make its documentary no release', () => {
    checkReleases(
      'ru',
      'Телеканал «Россия 24» показал документальный фильм «Потерянные дети» в воскресенье.',
      [],
    );
    checkReleases('en', 'The TV channel France 24 aired a documentary called Children of the Caliphate.', []);
    checkReleases(
      'fr',
      'La chaîne de télévision Arte a diffusé le documentaire « Les enfants du califat ».',
      [],
    );
  });
  it("not a group's channel, nor a Telegram one", () => {
    checkReleases('ru', 'Телеканал «Аль-Масира» показал ролик «Сыны пророка», снятый хуситами.', [
      ['video', 'Сыны пророка'],
    ]);
    checkReleases('en', "The group's Telegram channel posted a video titled Sons of the Prophet.", [
      ['video', 'Sons of the Prophet'],
    ]);
  });
});

describe('an issue past an apposition that tells how its magazine came out', () => {
  it("is that magazine's", () => {
    checkReleases(
      'fr',
      "Le magazine Dar al-Islam, publié en français par l'EI, a consacré son numéro 8 aux écoles.",
      [['magazine', 'Dar al-Islam 8']],
    );
    checkReleases('en', 'The magazine Dabiq, published in English, devoted its eighth issue to schools.', [
      ['magazine', 'Dabiq 8'],
    ]);
    checkReleases('ru', 'Журнал «Исток», выпущенный на русском языке, посвятил свой второй номер Кавказу.', [
      ['magazine', 'Исток 2'],
    ]);
  });
  it('not an issue of another series named after it', () => {
    checkReleases('en', 'The magazine Dabiq, published by al-Hayat, quoted issue 3 of Inspire.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
  });
});

describe("an issue's own title after its series", () => {
  it('is no news outlet speaking, and the series is not another release', () => {
    checkReleases('en', 'The new issue of Dabiq, titled "Just Terror", claimed the attacks.', [
      ['magazine', 'Just Terror'],
    ]);
    checkReleases(
      'ru',
      'В новом номере журнала «Дабик», озаглавленном «Ни капли жалости», говорится о детях.',
      [['magazine', 'Ни капли жалости']],
    );
    checkReleases(
      'ru',
      'В новом выпуске журнала «Дабик» под названием «Ни капли жалости» говорится о детях.',
      [['magazine', 'Ни капли жалости']],
    );
  });
  it('right after the series and its number', () => {
    checkReleases('en', 'In Dabiq 12, titled "Just Terror", IS claimed the Paris attacks.', [
      ['magazine', 'Just Terror'],
    ]);
    checkReleases('fr', "Dans Dabiq 12, intitulé « Just Terror », l'EI revendiquait les attentats.", [
      ['magazine', 'Just Terror'],
    ]);
  });
  it('not a media the issue carries, nor a news magazine', () => {
    checkReleases('en', 'Dabiq 12 published a photo titled "Cubs of the Caliphate".', [
      ['magazine', 'Dabiq 12'],
      ['photo', 'Cubs of the Caliphate'],
    ]);
    checkReleases('ru', 'Журнал «Огонек» опубликовал репортаж о лагерях беженцев.', []);
    checkReleases(
      'en',
      'The magazine Newsweek reported in its latest issue that the group recruited boys.',
      [],
    );
  });
});
