// One test per mechanism of the ninth release and source round, in sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const titles = (lang: string, text: string): Array<[string, string | null]> =>
  extract(text, { lang, published: '2020-03-10' })
    .releases.filter((r) => r.title !== null)
    .map((r) => [r.media, r.title]);

const sources = (lang: string, text: string): Array<string | null> =>
  extract(text, { lang, published: '2020-03-10' })
    .claims.filter((c) => c.qualifier !== 'vague')
    .map((c) => c.source);

describe('releases: whose film it is', () => {
  it('a film whose producer is named after "by" further on in its clause is a group film', () => {
    expect(
      titles(
        'fr',
        'Le film « Les Gardiens du sable », deuxième épisode de la série, a été mis en ligne par al-Hayat.',
      ),
    ).toEqual([['video', 'Les Gardiens du sable']]);
    expect(
      titles('en', 'The film "Sons of the Dunes", the second part of a series, was produced by al-Hayat.'),
    ).toEqual([['video', 'Sons of the Dunes']]);
  });
  it('a group named inside a documentary title does not make the documentary a group film', () => {
    expect(
      titles(
        'fr',
        'Le documentaire « Les filles de l’État islamique », signé par un reporter belge, est sorti en mai.',
      ),
    ).toEqual([]);
    expect(
      titles('en', 'The documentary "Brides of the Islamic State" by a Danish reporter aired in May.'),
    ).toEqual([]);
  });
  it('a French television report ("reportage", "репортаж") is journalism', () => {
    expect(
      titles('fr', 'La chaîne a diffusé un reportage intitulé « Les orphelins de Raqqa » en avril.'),
    ).toEqual([]);
    expect(titles('ru', 'НТВ показал репортаж «Сироты Ракки» о детях из лагеря.')).toEqual([]);
  });
});

describe('releases: titles and issues said in other ways', () => {
  it('a marker of works only reaches the media noun past the person the media is of', () => {
    expect(
      titles('fr', 'Le groupe a diffusé un message audio de son chef, intitulé « Patience et victoire ».'),
    ).toEqual([['audio', 'Patience et victoire']]);
    expect(titles('fr', 'Un enregistrement sonore intitulé « Le dernier appel » circule.')).toEqual([
      ['audio', 'Le dernier appel'],
    ]);
    // A marker that may name people still names the person: "un garçon surnommé « X »".
    expect(titles('fr', 'Dans la vidéo, un garçon surnommé « Abou Talha » lit un texte.')).toEqual([]);
  });
  it('an issue number in brackets or after "No." after the series', () => {
    expect(titles('en', 'The al-Naba issue (No. 301) listed 11 attacks.')).toEqual([
      ['magazine', 'al-Naba 301'],
    ]);
    expect(titles('en', 'Dabiq No. 9 carried an interview.')).toEqual([['magazine', 'Dabiq 9']]);
  });
  it('an unquoted magazine name right after its noun, when an issue or a group is spoken of', () => {
    expect(titles('en', 'The third issue of the Urdu magazine Nawai Jihad praised the attackers.')).toEqual([
      ['magazine', 'Nawai Jihad 3'],
    ]);
    expect(titles('en', 'The jihadist magazine Sada al-Malahim urged attacks.')).toEqual([
      ['magazine', 'Sada al-Malahim'],
    ]);
    expect(titles('en', 'He told the magazine Der Spiegel that he had left the group.')).toEqual([]);
  });
  it('a series written with its number is an issue with no other word of magazines', () => {
    expect(titles('en', 'Rumiyah 6 came out in February.')).toEqual([['magazine', 'Rumiyah 6']]);
    expect(titles('fr', 'Dabiq 11 a été diffusé en août 2015.')).toEqual([['magazine', 'Dabiq 11']]);
    // The town with a distance or a count after it is no issue.
    expect(titles('en', 'The convoy stopped near Dabiq 8 km from the border.')).toEqual([]);
    expect(titles('en', 'Near Dabiq 15 Turkish soldiers were wounded.')).toEqual([]);
  });
  it('ru: a journalist is no magazine', () => {
    expect(titles('ru', 'Статья журналистки Марии Орловой вышла в 2019 году.')).toEqual([]);
  });
});

describe('sources: the speaker in its own words', () => {
  it('ru: a bare agency name between the verb and the speaker noun is whom the speaker told', () => {
    expect(sources('ru', 'Как сообщил ТАСС представитель МВД, задержаны 6 вербовщиков.')).toEqual([
      'представитель МВД',
    ]);
    expect(sources('ru', 'Из Ирака вернули 19 детей, рассказал РИА Новости собеседник агентства.')).toEqual([
      'собеседник агентства',
    ]);
    // The agency itself still speaks when no speaker noun follows it.
    expect(sources('ru', 'Как сообщает ТАСС, задержаны 6 вербовщиков.')).toEqual(['ТАСС']);
  });
  it("ar, en: a name quoted right after a press noun is the outlet's own name, with its closing mark", () => {
    expect(sources('ar', 'وذكرت جريدة "الصباح" أن 70 طفلا جندوا في تعز.')).toEqual(['جريدة "الصباح"']);
    expect(sources('en', 'The newspaper "Daily Trust" reported that 14 boys were abducted.')).toEqual([
      'The newspaper "Daily Trust"',
    ]);
  });
  it('ar: a relay verb citing no one makes the relay the speaker, when its clause follows its name', () => {
    expect(sources('ar', 'ونقلت وكالة الأناضول أن 35 مسلحا استسلموا.')).toEqual(['وكالة الأناضول']);
    expect(sources('ar', 'ونقلت وكالة الأناضول عن ضابط أن 35 مسلحا استسلموا.')).toEqual(['ضابط']);
    // "نقل" also moves people: with no clause after a name, no one speaks.
    expect(sources('ar', 'ونقلت السلطات 35 طفلا إلى مخيم الهول.')).toEqual([null]);
  });
  it('ar: a quoted speech after the verb is not a name', () => {
    expect(sources('ar', 'وقال الوزير "أعدنا 40 طفلا من المخيم".')[0]).toBe('الوزير');
  });
  it('ar: "meanwhile" opens a new event that the last speaker does not speak for', () => {
    expect(
      sources('ar', 'وقالت الوزارة إن 40 مقاتلا قتلوا. في هذه الأثناء اعتقلت الشرطة 12 شخصا في الموصل.'),
    ).toEqual(['الوزارة', null]);
  });
  it('ar: "while" opening the speaker\'s clause is no speaker; an accuser\'s name ends at the accused', () => {
    expect(sources('ar', 'وقتل الجيش 22 مسلحا، بينما قال المحافظ إن الهجوم فشل.')).toEqual(['المحافظ']);
    expect(sources('ar', 'وقتل الجيش 22 مسلحا، فيما اتهم المحافظ متطرفين بتنفيذ الهجوم.')).toEqual([
      'المحافظ',
    ]);
  });
});
