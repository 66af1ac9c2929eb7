import { describe, expect, it } from 'vitest';
import { classifyScope } from '../../src/analysis/scope.ts';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';

describe('totals and single events', () => {
  it.each([
    ['In total, 600 children have been brought back', 'in total'],
    ['a total of 524 citizens', 'a total of'],
    ['Since 2019, 595 people have returned', 'since 2019'],
    ['altogether 150 Kazakh children', 'altogether'],
    ['au total, 43 femmes', 'au total'],
    ['всего из Сирии вернули 595 человек', 'всего'],
    ['С 2019 года вернулись 600 детей', 'с 2019 года'],
    ['وبلغ إجمالي العائدين 600 طفل', 'اجمالي'],
    ['في المجموع أعيد 156 طفلا', 'في المجموع'],
  ])('reads %j as a total', (text, marker) => {
    expect(classifyScope(text)).toEqual({ scope: 'total', marker });
  });

  it.each([
    ['This week 12 people were flown home', 'this week'],
    ['On Thursday, 84 children arrived', 'on thursday'],
    ['jeudi, 27 enfants sont arrivés', 'jeudi'],
    ['В четверг в Казахстан вернули 12 человек', 'в четверг'],
    ['Очередную партию узбекистанцев доставили на родину', 'очередную'],
    ['وصل يوم الخميس 27 طفلا', 'يوم الخميس'],
    ['the fifth stage of the operation brought back 12', 'fifth stage'],
  ])('reads %j as a single event', (text, marker) => {
    expect(classifyScope(text)).toEqual({ scope: 'event', marker });
  });

  it('prefers the total when a sentence has both ("this week, bringing the total to 600")', () => {
    expect(classifyScope('12 returned this week, bringing the total to 600').scope).toBe('total');
  });

  it('leaves a plain count unmarked and does not read "today" inside another word', () => {
    expect(classifyScope('some 300 Kazakhs fight for IS')).toEqual({ scope: 'unmarked', marker: null });
    expect(classifyScope('todays 300').scope).toBe('unmarked');
  });

  it('reads the sentence around the quote too', () => {
    expect(classifyScope('156 children', 'In total, 156 children and 18 orphans').scope).toBe('total');
  });
});

describe('stocks', () => {
  it('reads how many are somewhere at a time in four languages', () => {
    expect(classifyScope('about 150 children remain in al-Hol').scope).toBe('stock');
    expect(classifyScope('150 enfants se trouvent encore dans le camp').scope).toBe('stock');
    expect(classifyScope('в лагере по-прежнему находятся 150 детей').scope).toBe('stock');
    expect(classifyScope('لا يزال 150 طفلا في المخيم').scope).toBe('stock');
  });

  it('lets an event or a total outweigh a stock in the same sentence', () => {
    expect(classifyScope('7 children returned on Thursday while 150 remain').scope).toBe('event');
    expect(classifyScope('in total 400 returned and 150 remain').scope).toBe('total');
  });

  it('finds a marker that begins inside another one, and gives the first marker of the winning scope', () => {
    // "still in" is a stock's marker and "in all" a total's: the total starts inside the stock.
    expect(classifyScope('twelve families are still in all three camps')).toEqual({
      scope: 'total',
      marker: 'in all',
    });
    expect(classifyScope('150 remain, and 20 are currently held, as of May')).toEqual({
      scope: 'stock',
      marker: 'remain',
    });
    expect(classifyScope('6 came home yesterday and 9 more today, while 30 remain')).toEqual({
      scope: 'event',
      marker: 'yesterday',
    });
  });
});

describe('scope markers are the language packs’ own', () => {
  it('reads an Arabic marker written with alif maqsura, as the language spells it, on folded text', () => {
    expect(classifyScope('عاد 40 طفلا إلى بلادهم حتى الآن')).toEqual({ scope: 'total', marker: 'حتي الان' });
  });

  const plain = (m: string) => !/[\\()[\]?*+|{}.^$]/.test(m);
  it('every read language gives markers of each scope, and each of its plain markers reads as that scope', () => {
    for (const pack of LANGUAGE_PACKS) {
      for (const scope of ['total', 'event', 'stock'] as const) {
        const markers = pack.scopeMarkers[scope].filter(plain);
        expect(markers.length, `${pack.code} ${scope}`).toBeGreaterThan(0);
        for (const marker of markers)
          expect(classifyScope(`12 ${marker} 12`).scope, `${pack.code} "${marker}"`).toBe(scope);
      }
    }
  });
});
