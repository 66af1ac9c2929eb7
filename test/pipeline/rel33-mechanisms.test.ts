// Release mechanisms of round 33, each with sentences of its own and a counter-case: lengths written as
// one word (a number glued to minutes, hours, Arabic duals), a day word after "of the" inside a bare
// title, markers that run on to a translated title, a title opening its sentence before an apposition
// of its media noun, a title-case title past a comma, the group after "was released by", a possessive
// pronoun as the owner of a media noun, and outlet and series spellings.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { checkReleaseProbe, checkReleases } from './probe-helpers.ts';

function length(lang: string, text: string): Array<[string | null, number | null]> {
  return extract(text, { lang, published: '2021-06-01' }).releases.map((r) => [r.title, r.duration_min]);
}

describe("a release's length in one word", () => {
  it('a Russian number word glued to minutes', () => {
    expect(length('ru', 'Боевики выпустили восьмиминутный ролик «Кровь за кровь».')).toEqual([
      ['Кровь за кровь', 8],
    ]);
    expect(length('ru', 'В двадцатиминутном видео «Сыны халифата» показаны дети.')).toEqual([
      ['Сыны халифата', 20],
    ]);
    expect(length('ru', 'Трехминутный ролик «Путь воина» вышел в 2016 году.')).toEqual([['Путь воина', 3]]);
  });
  it('hours, with their number or alone, and the Arabic dual', () => {
    expect(length('en', 'Al-Hayat released an hour-long video titled "Flames of War".')).toEqual([
      ['Flames of War', 60],
    ]);
    expect(length('en', 'Al-Hayat released a two-hour film titled "The Return".')).toEqual([
      ['The Return', 120],
    ]);
    expect(length('fr', 'Al-Hayat a diffusé un film d’une demi-heure intitulé « Flammes ».')).toEqual([
      ['Flammes', 30],
    ]);
    expect(length('fr', 'Al-Hayat a diffusé un film de deux heures intitulé « Flammes ».')).toEqual([
      ['Flammes', 120],
    ]);
    expect(length('ar', 'ونشرت مؤسسة الحياة إصدارا مدته دقيقتان بعنوان "ألحقهم".')).toEqual([['ألحقهم', 2]]);
    expect(length('ru', '«Аль-Хаят» выпустил полуторачасовой фильм «Пламя войны».')).toEqual([
      ['Пламя войны', 90],
    ]);
  });
  it('not an hour that tells when it came out, nor minutes of anything else', () => {
    expect(length('en', 'A video titled "Flames of War" was posted an hour after the attack.')).toEqual([
      ['Flames of War', null],
    ]);
    expect(
      length('ru', 'В ролике «Кровь за кровь» через несколько минут после начала показаны дети.'),
    ).toEqual([['Кровь за кровь', null]]);
  });
});

describe('a day word inside a bare title', () => {
  it('after "of the" is a noun of the title', () => {
    checkReleases(
      'fr',
      'Amaq a diffusé une infographie intitulée Bilan de la semaine sur sa chaîne Telegram.',
      [['photo', 'Bilan de la semaine']],
    );
    checkReleases('fr', 'Amaq a diffusé une vidéo intitulée Les héros du vendredi sur Telegram.', [
      ['video', 'Les héros du vendredi'],
    ]);
    checkReleases('en', 'Amaq posted a video called Heroes of the Week on Monday.', [
      ['video', 'Heroes of the Week'],
    ]);
  });
  it('after anything else is the date, and ends the title', () => {
    checkReleases('fr', 'Amaq a diffusé une vidéo intitulée Les lionceaux la semaine dernière.', [
      ['video', 'Les lionceaux'],
    ]);
    checkReleases('fr', 'Amaq a diffusé une vidéo intitulée Les lionceaux de demain jeudi.', [
      ['video', 'Les lionceaux de demain'],
    ]);
  });
});

describe('a marker that runs on to the translation of the title', () => {
  it('gives the translated title, quoted or bare', () => {
    checkReleases(
      'en',
      'The video, whose title translates as Harvest of the Spies, shows boys shooting prisoners.',
      [['video', 'Harvest of the Spies']],
    );
    checkReleases('en', "The video's title translates as Harvest of the Spies.", [
      ['video', 'Harvest of the Spies'],
    ]);
    checkReleases('fr', 'Une vidéo, dont le titre se traduit par La moisson des espions, a circulé.', [
      ['video', 'La moisson des espions'],
    ]);
    checkReleases('ru', 'Вышел ролик, название которого переводится как «Жатва шпионов».', [
      ['video', 'Жатва шпионов'],
    ]);
  });
  it('not the name of a person, and "par" inside the marker is no producer', () => {
    checkReleases('en', 'The boy, whose name translates as Lion, appears in the video.', []);
    checkReleases('fr', 'Le garçon, dont le nom se traduit par Lion, apparaît dans la vidéo.', []);
    checkReleaseProbe('fr', 'Une vidéo intitulée Rattrape-les, diffusée par Al-Hayat, montre des garçons.', [
      { media: 'video', title: 'Rattrape-les', producer: 'Al-Hayat' },
    ]);
  });
});

describe('a title opening its sentence before an apposition of its media noun', () => {
  it('that a release word leads and a comma closes', () => {
    checkReleases('en', 'Sons of Tawhid, the video released by Wilayat Raqqa, shows 40 children.', [
      ['video', 'Sons of Tawhid'],
    ]);
    checkReleases('en', 'Flames of War, a 55-minute film produced by al-Hayat, was released in 2014.', [
      ['video', 'Flames of War'],
    ]);
    checkReleases('fr', 'Les fils du Tawhid, la vidéo diffusée par la wilaya de Raqqa, montre 40 enfants.', [
      ['video', 'Les fils du Tawhid'],
    ]);
  });
  it('past the preposition that opens the clause', () => {
    checkReleases('en', 'In Flames of War, the film released by al-Hayat in 2014, children fight.', [
      ['video', 'Flames of War'],
    ]);
    checkReleases(
      'fr',
      'Dans Les fils du Tawhid, la vidéo diffusée par la wilaya de Raqqa, des enfants tirent.',
      [['video', 'Les fils du Tawhid']],
    );
  });
  it('not a person, a place, an adverb or a source, nor the tail of a longer phrase', () => {
    checkReleases('en', 'Abu Omar, the boy in the video released by Amaq, said he was 12.', []);
    checkReleases('en', 'Raqqa, the city shown in the video released by Amaq, fell in 2017.', []);
    checkReleases('en', 'However, the video released by Amaq, which lasts 5 minutes, shows boys.', []);
    checkReleases(
      'fr',
      "Selon l'ONU, la vidéo diffusée par Amaq, qui dure 5 minutes, montre des enfants.",
      [],
    );
    checkReleases('fr', 'Abou Omar, le garçon de la vidéo diffusée par Amaq, a 12 ans.', []);
  });
});

describe('a title-case bare title past a comma', () => {
  it('goes on when its words hold a stop word in capitals', () => {
    checkReleases('en', 'A nasheed called My Ummah, Dawn Has Appeared spread widely on Telegram.', [
      ['audio', 'My Ummah, Dawn Has Appeared'],
    ]);
    checkReleases('en', 'A nasheed called Dawn Has Appeared spread widely on Telegram.', [
      ['audio', 'Dawn Has Appeared'],
    ]);
  });
  it('ends at the comma before a name and its verb', () => {
    checkReleases('en', 'A video called Lions of Tomorrow, Abu Omar said, shows boys.', [
      ['video', 'Lions of Tomorrow'],
    ]);
    checkReleases('en', 'A video called Lions of Tomorrow, Amaq reported, shows boys.', [
      ['video', 'Lions of Tomorrow'],
    ]);
  });
});

describe('the group after "was released by"', () => {
  it('is the producer', () => {
    checkReleaseProbe(
      'en',
      'The video, titled "Heroes of the Sahel", was released by ISWAP on 3 March 2020.',
      [{ media: 'video', title: 'Heroes of the Sahel', producer: 'ISWAP', date: '2020-03-03' }],
    );
    checkReleaseProbe('en', 'The video "Heroes of the Sahel" was released by the Islamic State.', [
      { media: 'video', title: 'Heroes of the Sahel', producer: 'Islamic State' },
    ]);
    checkReleaseProbe('fr', 'La vidéo, intitulée « Les héros du Sahel », a été diffusée par l’ISWAP.', [
      { media: 'video', title: 'Les héros du Sahel', producer: 'ISWAP' },
    ]);
  });
  it('not a group further on in the agent', () => {
    checkReleaseProbe(
      'en',
      'The video "Heroes of the Sahel" was released by a man close to the Islamic State.',
      [{ media: 'video', title: 'Heroes of the Sahel', producer: null }],
    );
  });
});

describe('a possessive pronoun owns the media noun opening the sentence', () => {
  it('before a title-case name and a verb of showing', () => {
    checkReleaseProbe('en', 'Its 2014 film Flames of War showed child soldiers.', [
      { media: 'video', title: 'Flames of War', date: '2014' },
    ]);
    checkReleases('en', 'Their new video Sons of the Caliphate features boys.', [
      ['video', 'Sons of the Caliphate'],
    ]);
  });
  it('not before a name and another verb', () => {
    checkReleases('en', 'Their latest video Abu Hamza narrated was posted online.', []);
    checkReleases('en', 'Its documentary John Smith Goes to War showed fighters.', []);
  });
});

describe('outlet and series spellings', () => {
  it('Sahab without its article, Voice of Khorasan, La Voix du Hind', () => {
    checkReleaseProbe('en', "Al-Qaeda's Sahab media released a documentary titled The Wounds.", [
      { media: 'video', title: 'The Wounds', producer: 'Sahab' },
    ]);
    checkReleases('en', 'The 5th issue of Voice of Khorasan urged attacks.', [
      ['magazine', 'Voice of Khorasan 5'],
    ]);
    checkReleases('fr', 'Le premier numéro de La Voix du Hind est paru en février 2020.', [
      ['magazine', 'La Voix du Hind 1'],
    ]);
  });
});

describe("a monitoring note's headline: the quote after the colon that ends the media noun's phrase", () => {
  it('is the title, with the producer named before the colon', () => {
    checkReleaseProbe(
      'en',
      'New video message from The Islamic State: “Harvest of the Soldiers #3” – Wilāyat Nīnawā.',
      [{ media: 'video', title: 'Harvest of the Soldiers #3', producer: 'Islamic State' }],
    );
    checkReleaseProbe(
      'en',
      'New audio message from The Islamic State’s Shaykh Abū Ḥamzah al-Qurashī: “And the Disbelievers Will Know”.',
      [{ media: 'audio', title: 'And the Disbelievers Will Know' }],
    );
    checkReleaseProbe('fr', "Nouvelle vidéo de l'État islamique : « La moisson des soldats ».", [
      { media: 'video', title: 'La moisson des soldats', producer: 'État islamique' },
    ]);
    checkReleaseProbe('ru', 'Новое видео от «Аль-Хаята»: «Жатва солдат».', [
      { media: 'video', title: 'Жатва солдат', producer: 'Аль-Хаят' },
    ]);
  });
  it('not where it was filmed, what is said or chanted in it', () => {
    checkReleases('en', 'A video from Raqqa: "We will come".', []);
    checkReleases('en', 'A video from Raqqa shows boys chanting: "We will come".', []);
    checkReleases('en', 'A statement from the ministry said: "We will act".', []);
    checkReleases('ru', 'В видео от «Амака»: «Мы придем» кричат дети.', []);
  });
});

describe('an issue numbered with "#" and scholarly transliteration', () => {
  it('a known series with "#" and its number is that issue', () => {
    checkReleases('en', 'New issue of The Islamic State’s newsletter: “al-Nabā’ #215”.', [
      ['magazine', 'al-Nabā’ #215'],
    ]);
    checkReleases('en', "The group's weekly al-Naba #300 claimed the attack.", [
      ['magazine', 'al-Naba #300'],
    ]);
    checkReleases('en', 'The newsletter: “al-Naba #215”.', [['magazine', 'al-Naba #215']]);
  });
  it('not a quoted film named after a series', () => {
    checkReleases('en', 'The film "Dabiq 5" was shown.', [['video', 'Dabiq 5']]);
  });
  it('letters with dots below fold as accents do', () => {
    checkReleaseProbe('en', 'Al-Ḥayāt Media Center released a video titled "Blood of the Ummah".', [
      { media: 'video', title: 'Blood of the Ummah', producer: 'Al-Ḥayāt Media Center' },
    ]);
    checkReleaseProbe('en', 'New release from al-Ḥayāt Media Center: “Inside the Khilafah #8”.', [
      { media: 'other', title: 'Inside the Khilafah #8', producer: 'al-Ḥayāt Media Center' },
    ]);
  });
});

describe("a date after an anniversary word is the remembered event's", () => {
  it('and not the release date', () => {
    checkReleaseProbe(
      'en',
      'Sahab released a documentary titled "The Wounds of My Ummah" on the 20th anniversary of the September 11 attacks.',
      [{ media: 'video', title: 'The Wounds of My Ummah', date: null }],
    );
    checkReleaseProbe('ar', 'وأصدرت مؤسسة السحاب فيلما بعنوان "جراح أمتي" في ذكرى هجمات سبتمبر.', [
      { media: 'video', title: 'جراح أمتي', date: null },
    ]);
    checkReleaseProbe('ru', '«Ас-Сахаб» выпустил фильм «Раны моей уммы» к годовщине терактов 11 сентября.', [
      { media: 'video', title: 'Раны моей уммы', date: null },
    ]);
    checkReleaseProbe(
      'fr',
      "As-Sahab a diffusé un film intitulé « Les blessures de ma Oumma » pour l'anniversaire du 11 septembre.",
      [{ media: 'video', title: 'Les blessures de ma Oumma', date: null }],
    );
  });
  it('a date before it, or in a clause of its own, is the release date', () => {
    checkReleaseProbe(
      'en',
      'On 11 September 2021, the 20th anniversary of the attacks, Sahab released a video titled "The Wounds".',
      [{ media: 'video', title: 'The Wounds', date: '2021-09-11' }],
    );
    checkReleaseProbe(
      'en',
      'Sahab released a video titled "The Wounds" in September 2021 to mark the anniversary of the attacks.',
      [{ media: 'video', title: 'The Wounds', date: '2021-09' }],
    );
  });
});
