// Mechanisms of round 36, each with sentences of its own and a counter-case: a quote closed after a space
// (« Êtes-vous prêts ? ») or by a title's own mark before a word in lower case ends no sentence; a news
// agency named after its noun publishes media of its own; a title keeps the marks after its last letter;
// media nouns (песнопение, фотоотчёт, poster, كلمة مرئية) and a marker (الموسومة بـ); a possessor past a
// comma ties no institution to a video; a title with its marker names no speaker; a verb with people for
// its object is what the counted did; "showing" features.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/segment.ts';
import { checkProbe, checkReleaseProbe, checkReleases } from './probe-helpers.ts';

const pieces = (text: string) =>
  splitSentences(text, new Set(), { text, toOriginal: Int32Array.from(text, (_, i) => i) }).map((s) =>
    text.slice(s.start, s.end),
  );

describe('a quote closed after the mark that ends its words', () => {
  it('keeps a French closing guillemet after a space with its sentence', () => {
    expect(pieces('Un chant intitulé " Tuez-les ! " a circulé. La suite vient.')).toEqual([
      'Un chant intitulé " Tuez-les ! " a circulé.',
      'La suite vient.',
    ]);
    checkReleaseProbe('fr', 'Une affiche intitulée « Êtes-vous prêts ? » appelait à des attaques en 2016.', [
      { media: 'photo', title: 'Êtes-vous prêts ?', date: '2016' },
    ]);
    checkReleaseProbe('fr', 'Un nachid intitulé « Tuez-les ! » a circulé en 2015.', [
      { media: 'audio', title: 'Tuez-les !', date: '2015' },
    ]);
  });
  it('goes on past a title closed by its own mark before a word in lower case', () => {
    checkReleaseProbe('en', 'A poster titled "Are You Ready?" urged supporters to attack in 2016.', [
      { media: 'photo', title: 'Are You Ready?', date: '2016' },
    ]);
    checkReleaseProbe('ru', 'Плакат под названием «Готовы ли вы?» призывал к нападениям в 2016 году.', [
      { media: 'photo', title: 'Готовы ли вы?', date: '2016' },
    ]);
  });
  it('still ends the sentence before a capital or a quote that opens the next one', () => {
    expect(pieces('He said: "Did we win?" Then he left.')).toEqual([
      'He said: "Did we win?"',
      'Then he left.',
    ]);
    expect(pieces('Le groupe a publié un chant en 2016. " Nous reviendrons " est un autre.')).toEqual([
      'Le groupe a publié un chant en 2016.',
      '" Nous reviendrons " est un autre.',
    ]);
  });
});

describe('a news agency named after its noun', () => {
  it('publishes media of its own, not a group’s', () => {
    checkReleases(
      'fr',
      'L’agence Anadolu a diffusé une vidéo intitulée « Les enfants du camp » en 2019.',
      [],
    );
    checkReleases(
      'ru',
      'Агентство «РИА Новости» опубликовало видео под названием «Дети лагеря» в 2019 году.',
      [],
    );
    checkReleases('ar', 'نشرت وكالة الأناضول مقطعاً مصوراً بعنوان "أطفال المخيم" عام 2019.', []);
    checkReleases('en', 'The news agency Interfax released a report titled "Children of IS" in 2017.', []);
  });
  it('not when it is a group’s outlet or the agency told before', () => {
    checkReleases('ru', 'Агентство «Амак» опубликовало видео под названием «Жатва солдат» в 2016 году.', [
      ['video', 'Жатва солдат'],
    ]);
    checkReleases('ar', 'نشرت وكالة أعماق مقطعاً مصوراً بعنوان "حصاد الأجناد" عام 2016.', [
      ['video', 'حصاد الأجناد'],
    ]);
    checkReleases('ar', 'ونشرت الوكالة صورا بعنوان "أبناء الصحراء".', [['photo', 'أبناء الصحراء']]);
    checkReleases('fr', 'L’agence a diffusé une vidéo intitulée « Les lionceaux » en 2016.', [
      ['video', 'Les lionceaux'],
    ]);
  });
});

describe('a title ending in a mark the normalised text drops', () => {
  it('keeps its final tanwin', () => {
    checkReleases('ar', 'أنشودة "قريباً قريباً" من إنتاج مؤسسة أجناد صدرت عام 2016.', [
      ['audio', 'قريباً قريباً'],
    ]);
    checkReleases('ar', 'نشرت مؤسسة الحياة نشيداً بعنوان قريباً قريباً عام 2016.', [['audio', 'قريباً قريباً']]);
    checkReleases('ar', 'نشر التنظيم إصداراً مرئياً بعنوان "ستنتصرون حتماً" عام 2016.', [
      ['video', 'ستنتصرون حتماً'],
    ]);
  });
  it('and nothing past its closing quote', () => {
    checkReleases('ar', 'نشر التنظيم إصداراً مرئياً بعنوان "أبناء الخلافة" عام 2016.', [
      ['video', 'أبناء الخلافة'],
    ]);
  });
});

describe('media nouns and a marker', () => {
  it('reads a chant, a photo report, a poster and a filmed speech', () => {
    checkReleases('ru', 'Песнопение под названием «Мы вернёмся» исполняет ребёнок.', [
      ['audio', 'Мы вернёмся'],
    ]);
    checkReleases('ru', 'Фотоотчёт «Жизнь в тени халифата» вилаята Синай показывает детей в школе.', [
      ['photo', 'Жизнь в тени халифата'],
    ]);
    checkReleases('fr', 'Un poster intitulé « Frappez-les » appelait à des attaques.', [
      ['photo', 'Frappez-les'],
    ]);
    checkReleases('ar', 'بثت مؤسسة السحاب كلمة مرئية لأيمن الظواهري بعنوان "جرح الأمة" عام 2019.', [
      ['video', 'جرح الأمة'],
    ]);
  });
  it('reads "الموسومة بـ" as a title marker', () => {
    checkReleases(
      'ar',
      'أصدرت مؤسسة الفرقان كلمة صوتية للمتحدث الرسمي الموسومة بـ"قل موتوا بغيظكم" عام 2016.',
      [['audio', 'قل موتوا بغيظكم']],
    );
    checkReleases('ar', 'أصدرت مؤسسة الفرقان كلمة صوتية الموسومة بـ "قل موتوا بغيظكم" عام 2016.', [
      ['audio', 'قل موتوا بغيظكم'],
    ]);
  });
  it('keeps a plain song, named by the forms of песня, someone else’s', () => {
    checkReleases('ru', 'Песня «Катюша» звучала на концерте.', []);
    checkReleases('ru', 'Джихадистская песня «Мы вернёмся» распространялась в Telegram.', [
      ['audio', 'Мы вернёмся'],
    ]);
  });
});

describe('a possessor past a comma', () => {
  it('ties no institution that speaks of the video to it', () => {
    checkReleases('en', 'The video titled "He Made Me Alive" shows 12 children, the ministry said.', [
      ['video', 'He Made Me Alive'],
    ]);
    checkReleases('ru', 'Ролик под названием «Он оживил меня» показывает 12 детей, сообщил МИД.', [
      ['video', 'Он оживил меня'],
    ]);
    checkReleases(
      'fr',
      'La vidéo intitulée « Il m’a rendu la vie » montre 12 enfants, a indiqué le ministère.',
      [['video', 'Il m’a rendu la vie']],
    );
  });
  it('while an institution’s own media stays no release', () => {
    checkReleases('en', 'A UN statement titled "Protect the Children" was issued in 2019.', []);
  });
});

describe('a title with its marker', () => {
  it('names no speaker', () => {
    checkProbe(
      'en',
      'The 10-minute video, entitled "He Made Me Alive", shows 12 children reciting the Quran.',
      [{ v: [12, 12], pop: 'children', status: 'featured', source: null }],
    );
    // The media noun before the aside stays the speaker, as in "The video shows".
    checkProbe('en', 'The 2016 video, titled "Cubs of the Land", shows 9 boys at a camp.', [
      { v: [9, 9], pop: 'children', source: 'The 2016 video' },
    ]);
  });
  it('leaves the speaker named elsewhere', () => {
    checkProbe('en', 'UNICEF said the video, titled "Cubs of the Land", shows 9 boys at a camp.', [
      { v: [9, 9], pop: 'children', source: 'UNICEF' },
    ]);
  });
});

describe('a verb with people for its object', () => {
  it('is what the counted did, not what became of them', () => {
    checkProbe('fr', 'Une vidéo montre huit enfants exécutant des prisonniers.', [
      { v: [8, 8], pop: 'children', status: 'featured' },
    ]);
    checkProbe('fr', 'Une vidéo montre huit enfants qui exécutent des prisonniers.', [
      { v: [8, 8], pop: 'children', status: 'featured' },
    ]);
    checkProbe('ar', 'يظهر الإصدار المرئي "ستقتلوننا" ثمانية أطفال يعدمون أسرى.', [
      { v: [8, 8], pop: 'children', status: 'featured' },
    ]);
  });
  it('not a passive with its agent, a count after the verb, a preposition nor a copula', () => {
    checkProbe('fr', 'Huit prisonniers ont été exécutés par des enfants.', [
      { v: [8, 8], pop: 'people', status: 'killed' },
    ]);
    checkProbe('fr', 'Une vidéo montre des enfants exécutant huit soldats.', [
      { v: [8, 8], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'وكان 12 طفلا من الأسرى قد أطلق سراحهم في مايو.', [
      { v: [12, 12], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'أفرج عن 12 طفلا كانوا أسرى لدى التنظيم.', [
      { v: [12, 12], pop: 'children', status: 'other' },
    ]);
  });
});

describe('"showing"', () => {
  it('features the people a media shows', () => {
    checkProbe('en', 'An Amaq video showing 14 children in a training camp in Raqqa circulated in 2016.', [
      { v: [14, 14], pop: 'children', status: 'featured', loc: ['SY'] },
    ]);
    checkProbe('en', 'Photos showing 12 boys at a training camp circulated.', [
      { v: [12, 12], pop: 'children', status: 'featured' },
    ]);
  });
  it('leaves the status of a clause after the count', () => {
    checkProbe('en', 'A report showing that 300 children were recruited by IS was published.', [
      { v: [300, 300], pop: 'children', status: 'joined' },
    ]);
  });
});

describe('a quote set off before a participle of releasing', () => {
  it('is a release when a group or an outlet released it', () => {
    checkReleaseProbe(
      'en',
      'In "The End of Sykes-Picot", released by al-Hayat in June 2014, a Chilean fighter tours the border.',
      [{ media: 'other', title: 'The End of Sykes-Picot', producer: 'al-Hayat', date: '2014-06' }],
    );
    checkReleaseProbe(
      'fr',
      'Dans « Le Sang des Croisés », diffusé par al-Hayat en 2016, un enfant menace la France.',
      [{ media: 'other', title: 'Le Sang des Croisés', date: '2016' }],
    );
    checkReleaseProbe(
      'ru',
      '«Пламя войны», выпущенное медиацентром «Аль-Хаят» в 2014 году, показывает бои в Сирии.',
      [{ media: 'other', title: 'Пламя войны', date: '2014' }],
    );
  });
  it('not words shouted or a slogan, nor one released by no group', () => {
    checkReleases('en', 'He shouted "God is great", published by Amaq in a clip.', []);
    checkReleases('fr', 'Le slogan « Baqiya », repris par l’EI, figure sur les affiches.', []);
    checkReleases(
      'en',
      'In "Sons of the Caliphate", released by the BBC in 2017, three families are followed.',
      [],
    );
  });
});

describe('a speaker phrase that opens with an auxiliary', () => {
  it('is the rest of a clause, naming no one', () => {
    checkProbe('en', 'The video, posted on Telegram, was released in 2020 and shows 40 recruits.', [
      { v: [40, 40], pop: 'fighters', status: 'featured', source: null },
    ]);
    checkProbe('en', 'The clip, four minutes long, was posted in 2019 and shows 6 boys.', [
      { v: [6, 6], pop: 'children', source: null },
    ]);
    checkProbe(
      'en',
      'The report, published in May, is based on interviews and shows 300 children were recruited.',
      [{ v: [300, 300], pop: 'children', source: null }],
    );
  });
  it('not an inverted subject after its auxiliary', () => {
    checkProbe('fr', '« Nous avons rapatrié 35 enfants », a-t-il déclaré.', [
      { v: [35, 35], pop: 'children', source: 'il' },
    ]);
  });
});

describe('a part of an issue after a series set off by its apposition', () => {
  it('takes the issue, past the apposition and an article', () => {
    checkReleases('en', "Al-Naba, IS's weekly newsletter, published an editorial in issue 215.", [
      ['magazine', 'Al-Naba 215'],
    ]);
    checkReleases('fr', 'Al-Naba a publié un éditorial dans le numéro 215.', [['magazine', 'Al-Naba 215']]);
    checkReleases('fr', 'Al-Naba, l’hebdomadaire de l’EI, a publié un éditorial dans le numéro 215.', [
      ['magazine', 'Al-Naba 215'],
    ]);
  });
  it('not an issue of another series', () => {
    checkReleases('fr', 'Dabiq a cité un article paru dans le numéro 3 d’Inspire.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
  });
});
