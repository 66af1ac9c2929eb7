// Release mechanisms of round 29, each with sentences of its own in several wordings: single guillemets
// as quotes, an issue named by its number alone after its series, a naming verb whose subject follows a
// relative word.
import { describe, it } from 'vitest';
import { checkReleases } from './probe-helpers.ts';

describe('single guillemets ‹ › are quotes', () => {
  it('around a title, with or without spaces inside', () => {
    checkReleases('ar', 'نشرت مؤسسة الكتائب إصدارا مرئيا بعنوان ‹وإن عدتم عدنا›.', [
      ['video', 'وإن عدتم عدنا'],
    ]);
    checkReleases('fr', 'La vidéo ‹ Les lionceaux de Raqqa › montre des enfants.', [
      ['video', 'Les lionceaux de Raqqa'],
    ]);
    checkReleases('fr', 'Le nashid ‹Ya Qawmi› accompagne la vidéo.', [['audio', 'Ya Qawmi']]);
    checkReleases('en', 'The video ‹Lions of the Desert› was released by Amaq.', [
      ['video', 'Lions of the Desert'],
    ]);
  });
});

describe('an issue named by its number alone', () => {
  it('is of the one series named in the sentences before', () => {
    checkReleases(
      'en',
      'IS launched its English-language magazine Dabiq in July 2014. Issue 12 featured an interview with a Belgian fighter.',
      [
        ['magazine', 'Dabiq'],
        ['magazine', 'Dabiq 12'],
      ],
    );
    checkReleases(
      'fr',
      'Le magazine Dar al-Islam a cessé de paraître en 2016. Son numéro 10 appelait à tuer des enseignants.',
      [
        ['magazine', 'Dar al-Islam'],
        ['magazine', 'Dar al-Islam 10'],
      ],
    );
    checkReleases('ru', 'Журнал «Исток» вышел на русском языке. Второй номер был посвящён Кавказу.', [
      ['magazine', 'Исток'],
      ['magazine', 'Исток 2'],
    ]);
    checkReleases('ar', 'أطلق التنظيم مجلة دابق عام 2014. وفي العدد الرابع دعا إلى غزو روما.', [
      ['magazine', 'دابق'],
      ['magazine', 'دابق 4'],
    ]);
  });
  it('and of the series whose issue its own sentence named before it', () => {
    checkReleases(
      'ar',
      'في العدد الثالث من مجلة رومية دعا التنظيم إلى شن هجمات بالسكاكين، وفي العدد الخامس دعا إلى الدهس.',
      [
        ['magazine', 'رومية 3'],
        ['magazine', 'رومية 5'],
      ],
    );
    checkReleases('fr', 'Dans le numéro 9 de Dabiq, puis dans le numéro 11, les enfants sont omniprésents.', [
      ['magazine', 'Dabiq 9'],
      ['magazine', 'Dabiq 11'],
    ]);
  });
  it('not when two series were named, nor after a copula, nor by "number"', () => {
    checkReleases('en', 'Rumiyah replaced Dabiq in 2016. Its third issue called for vehicle attacks.', []);
    checkReleases(
      'en',
      'IS publishes the magazine Dabiq in several languages. The magazine is now in its ninth edition.',
      [['magazine', 'Dabiq']],
    );
    checkReleases('en', "IS publishes the magazine Dabiq. Number 12 of the group's fighters was killed.", [
      ['magazine', 'Dabiq'],
    ]);
    // The series told of in its own sentence: "now in its ninth edition" is no issue of it.
    checkReleases(
      'en',
      "The group also produces the English magazine 'Dabiq', which is now already in its ninth edition.",
      [['magazine', 'Dabiq']],
    );
  });
});

describe('a naming verb after a relative word', () => {
  it('names the media before it, its subject being the group', () => {
    checkReleases(
      'en',
      "In the 2015 video, which the group named 'Uncover Your Shield', a Kazakh boy shoots a man.",
      [['video', 'Uncover Your Shield']],
    );
    checkReleases('en', 'The clip, which IS called "Lions of the Caliphate", shows boys in uniform.', [
      ['video', 'Lions of the Caliphate'],
    ]);
  });
  it('while a group or a person named so is no title', () => {
    checkReleases('en', 'A video showed fighters of a group named Jund al-Khilafa.', []);
    checkReleases('en', 'The video shows a boy named Abdullah reciting verses.', []);
    checkReleases('en', 'Supporters shared a video of a group called "Soldiers of Mercy".', []);
  });
});
