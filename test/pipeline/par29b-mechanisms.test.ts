// Round 29, second part: an age said of most of a group, and people handed over to an agency of care.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('an age said after "most of them" is the part’s, not the whole’s', () => {
  it('in Arabic, Russian, French and English', () => {
    checkProbe('ar', 'ويؤوي المخيم قرابة 3100 شخص، أغلبهم أطفال دون سن العاشرة.', [
      { v: [3100, 3100], pop: 'people', age: [null, null] },
    ]);
    checkProbe('ru', 'В лагере живут около 3100 человек, большинство из них — дети младше 10 лет.', [
      { v: [3100, 3100], pop: 'people', age: [null, null] },
    ]);
    checkProbe('fr', 'Le camp héberge 3 100 personnes, pour la plupart des enfants de moins de 10 ans.', [
      { v: [3100, 3100], pop: 'people', age: [null, null] },
    ]);
    checkProbe('en', 'The camp shelters 3,100 people, most of them children under 10.', [
      { v: [3100, 3100], pop: 'people', age: [null, null] },
    ]);
  });
  it('an age said of the counted noun itself stays', () => {
    checkProbe('ar', 'ويؤوي المخيم 700 طفل دون سن العاشرة.', [
      { v: [700, 700], pop: 'children', age: [null, 9] },
    ]);
  });
});

describe('people handed over to an agency of care are released into care, not brought home', () => {
  it('after the count, in all four languages', () => {
    checkProbe('en', 'The army handed 75 boys over to UNICEF after the operation.', [
      { v: [75, 75], pop: 'children', status: 'other' },
    ]);
    checkProbe('fr', "L'armée a remis 75 garçons à l'UNICEF après l'opération.", [
      { v: [75, 75], pop: 'children', status: 'other' },
    ]);
    checkProbe('ru', 'После операции военные передали 75 мальчиков представителям ЮНИСЕФ.', [
      { v: [75, 75], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وسلم الجيش 75 صبيا إلى اليونيسف بعد العملية.', [
      { v: [75, 75], pop: 'children', status: 'other' },
    ]);
  });
  it('between the verb and the count', () => {
    checkProbe('fr', "Les militaires ont remis à l'UNICEF 18 enfants soldats.", [
      { v: [18, 18], pop: 'children', status: 'other' },
    ]);
  });
  it('people brought home before they are placed in care, or handed to the Red Cross, stay returned', () => {
    checkProbe('fr', "Les 31 enfants rapatriés jeudi ont été confiés à l'aide sociale à l'enfance.", [
      { v: [31, 31], pop: 'children', status: 'returned' },
    ]);
    checkProbe('en', 'The coalition handed 19 Yemeni boys over to the ICRC for their return home.', [
      { v: [19, 19], pop: 'children', origin: ['YE'], status: 'returned' },
    ]);
  });
  it('a return helped by an agency, or one the agency reports, stays a return', () => {
    checkProbe('en', 'Tajikistan flew 43 children home with the help of UNICEF.', [
      { v: [43, 43], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
    checkProbe('ru', 'Таджикистан вернул 43 ребенка, сообщили в ЮНИСЕФ.', [
      { v: [43, 43], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
    checkProbe('en', 'The SDF handed 12 boys over to their families.', [
      { v: [12, 12], pop: 'children', status: 'returned' },
    ]);
  });
});
