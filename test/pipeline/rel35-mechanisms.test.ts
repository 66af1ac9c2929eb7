// Release mechanisms of round 35, each with sentences of its own and a counter-case: a media noun of
// several words cut before a capital inside it ("the video Message to the Taliban"), a bare title with
// its translation in brackets, an apposed media noun going on with a participle of releasing, a
// sentence-case title set off by commas after the object of a verb of releasing, and a bare title ended
// by a preposition before a media noun ("بعنوان يا شهيد في الإصدار").
import { describe, it } from 'vitest';
import { checkReleases } from './probe-helpers.ts';

describe('a media noun of several words in lower case', () => {
  it('ends before a capital inside it, which opens the title', () => {
    checkReleases(
      'en',
      'The ISWAP video Message to the Nigerian Army, released in March 2019, shows a boy executing a soldier.',
      [['video', 'Message to the Nigerian Army']],
    );
    checkReleases('en', 'The ISKP video Message to the Taliban was posted on Telegram in 2022.', [
      ['video', 'Message to the Taliban'],
    ]);
    checkReleases('en', 'The Amaq video Message to the Crusaders was released in 2016.', [
      ['video', 'Message to the Crusaders'],
    ]);
  });
  it('stays one noun in lower case, or in capitals throughout', () => {
    checkReleases('en', 'Al-Furqan released a video message from al-Baghdadi in 2019.', []);
    checkReleases('en', 'A Video Message from the Caliph was released in 2019.', []);
  });
});

describe('a bare title with its translation in brackets', () => {
  it('is the words before the bracket', () => {
    checkReleases(
      'en',
      'The nasheed Hisad al-Ajnad (Harvest of the Soldiers) was released by Ajnad in 2016.',
      [['audio', 'Hisad al-Ajnad']],
    );
    checkReleases(
      'en',
      'The video Rise of the Cubs (Nuhud al-Ashbal), released by Wilayat Dijla in 2016, shows boys at a camp.',
      [['video', 'Rise of the Cubs']],
    );
    checkReleases(
      'fr',
      'Le nachid Salil al-Sawarim (Le cliquetis des épées) accompagne de nombreuses vidéos.',
      [['audio', 'Salil al-Sawarim']],
    );
    checkReleases('ru', 'Нашид Салиль ас-Саварим (Звон мечей) сопровождает многие ролики ИГ.', [
      ['audio', 'Салиль ас-Саварим'],
    ]);
  });
  it('not a number, a group or a run in lower case before a bracket', () => {
    checkReleases('en', 'The video Abu Omar (12) was released in 2016.', []);
    checkReleases('en', 'The video ISIS (Daesh) released in 2016 shows boys.', []);
    checkReleases('fr', 'La vidéo de l’État islamique (Daech) a été publiée en 2016.', []);
  });
});

describe('a media noun apposed after a quote', () => {
  it('goes on with a participle of releasing up to its comma', () => {
    checkReleases(
      'en',
      'In "Race Towards Good", a 15-minute al-Hayat video released in November 2014, Kazakh boys train.',
      [['video', 'Race Towards Good']],
    );
    checkReleases('en', '"Flames of War", the al-Hayat film released in September 2014, shows a boy.', [
      ['video', 'Flames of War'],
    ]);
    checkReleases('en', '"The Best Ummah", a video posted by Wilayat Raqqa in 2016, shows boys.', [
      ['video', 'The Best Ummah'],
    ]);
  });
  it('not where the quote is said in the media', () => {
    checkReleases('en', '"We are coming", a boy shouts in the video released by Amaq.', []);
  });
});

describe('a sentence-case title set off by commas after the object of a verb of releasing', () => {
  it('is the title', () => {
    checkReleases('fr', 'Al-Kataib a publié un film, Voici les soldats de Dieu, en 2016.', [
      ['video', 'Voici les soldats de Dieu'],
    ]);
    checkReleases('fr', 'Al-Hayat a diffusé une vidéo, Les lionceaux de Raqqa, le 4 mars 2015.', [
      ['video', 'Les lionceaux de Raqqa'],
    ]);
    checkReleases(
      'fr',
      'Al-Hayat a mis en ligne une nouvelle vidéo, La vengeance des lionceaux, montrant des enfants.',
      [['video', 'La vengeance des lionceaux']],
    );
  });
  it('not a name, a participle, nor a clause after a noun no verb of releasing has', () => {
    checkReleases('fr', 'Al-Kataib a publié un film, Abou Omar al-Britani, en 2016.', []);
    checkReleases('fr', 'Al-Kataib a publié un film, montrant des enfants, en 2016.', []);
    checkReleases('fr', 'Dans cette vidéo, Abou Omar menace la France, puis il exécute un soldat.', []);
  });
});

describe('a bare title before a preposition and a media noun', () => {
  it('ends before the preposition, which says where it is heard', () => {
    checkReleases('ar', 'وأنشد طفل نشيدا بعنوان يا شهيد في الإصدار.', [['audio', 'يا شهيد']]);
    checkReleases('ar', 'وبثت مؤسسة الحياة نشيدا بعنوان صليل الصوارم في الفيلم.', [
      ['audio', 'صليل الصوارم'],
    ]);
    checkReleases('fr', 'Un enfant chante un nachid intitulé Ya Shahid dans la vidéo.', [
      ['audio', 'Ya Shahid'],
    ]);
    checkReleases('ru', 'Мальчик исполняет нашид под названием Я шахид в видео.', [['audio', 'Я шахид']]);
  });
  it('not before a possessor, which leads a noun of the title', () => {
    checkReleases('fr', 'Un film intitulé Les lettres de la vidéo est sorti.', [
      ['video', 'Les lettres de la vidéo'],
    ]);
  });
});

describe('a relative that owns the issue right after a series', () => {
  it('gives the issue to the series', () => {
    checkReleases('en', 'Istok, whose first issue came out in May 2015, targeted Russian-speaking Muslims.', [
      ['magazine', 'Istok 1'],
    ]);
    checkReleases('en', 'Dabiq, in whose fourth issue slavery was justified, appeared monthly.', [
      ['magazine', 'Dabiq 4'],
    ]);
    checkReleases(
      'fr',
      'Istok, dont le premier numéro est paru en mai 2015, visait les musulmans russophones.',
      [['magazine', 'Istok 1']],
    );
    checkReleases('ru', 'Журнал Dabiq, в чьем четвертом номере оправдывалось рабство, выходил ежемесячно.', [
      ['magazine', 'Dabiq 4'],
    ]);
    checkReleases('ar', 'واستهدفت مجلة دابق، التي صدر عددها الأول في تموز 2014، الإيزيديين.', [
      ['magazine', 'دابق 1'],
    ]);
  });
  it('not an issue past other words of the clause, nor of the series the relative follows', () => {
    checkReleases('en', 'Dabiq, whose articles were quoted in issue 3 of Inspire, was a monthly.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
    checkReleases('en', 'Dabiq quoted Inspire, whose third issue praised the Boston attack.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
  });
});

describe('words of years before the year that ends a bare title', () => {
  it('go with the date, and a short preposition before them', () => {
    checkReleases('ar', 'ويتداول أنصار التنظيم نشيدا تحت عنوان أمتي قد لاح فجر منذ عام 2013.', [
      ['audio', 'أمتي قد لاح فجر'],
    ]);
    checkReleases('ar', 'ونشرت مؤسسة الفرقان كلمة صوتية بعنوان الصبر في عام 2015.', [['audio', 'الصبر']]);
    checkReleases('ar', 'ونشرت مؤسسة الحياة فيلما بعنوان صليل الصوارم في مطلع عام 2014.', [
      ['video', 'صليل الصوارم'],
    ]);
    checkReleases('ar', 'ونشرت مؤسسة الحياة فيلما بعنوان صليل الصوارم منذ مطلع عام 2014.', [
      ['video', 'صليل الصوارم'],
    ]);
  });
  it('not a word of years inside the title, nor a longer word before them', () => {
    checkReleases('ar', 'ونشرت مؤسسة الفرقان كلمة صوتية بعنوان من عام إلى عام في 2015.', [
      ['audio', 'من عام إلى عام'],
    ]);
    checkReleases('ar', 'ونشرت مؤسسة الفرقان كلمة صوتية بعنوان عام الحزن عام 2015.', [
      ['audio', 'عام الحزن'],
    ]);
  });
});
