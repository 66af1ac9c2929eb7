// How the gazetteer reads Russian names: every case of a country's name, derived by rule so the data
// lists each name once; nationality words as listed; the words that make a name (Того, Чад) a place.
import { AMBIGUOUS, PLACE_CONTEXT, US_STATE_AFTER, US_STATE_BEFORE, RU_DEMONYMS } from './places.data.ts';
import type { PlaceGrammar } from '../../language-pack.ts';

/**
 * The case forms of a one-word name, written out rather than as a stem: a stem such as
 * Азербайджан* would also match азербайджанцев (a demonym) and Того* every "того".
 */
export function russianNounForms(name: string): string[] {
  const last = name.slice(-1).toLowerCase();
  const base = name.slice(0, -1);
  // Indeclinable: Того, Чили, Перу, Бурунди, Кабо-Верде.
  if ('оеиуэю'.includes(last)) return [name];
  if (/ия$/i.test(name)) {
    const stem = name.slice(0, -2);
    return [name, `${stem}ии`, `${stem}ию`, `${stem}ией`];
  }
  if (last === 'я') return [name, `${base}и`, `${base}е`, `${base}ю`, `${base}ей`];
  if (last === 'а') {
    const genitive = /[кгхжшчщ]$/i.test(base) ? 'и' : 'ы';
    return [name, `${base}${genitive}`, `${base}е`, `${base}у`, `${base}ой`];
  }
  // Plural names: Нидерланды, Филиппины, Мальдивы (genitive Мальдив or Нидерландов).
  if (last === 'ы') return [name, base, `${base}ов`, `${base}ам`, `${base}ами`, `${base}ах`];
  if (last === 'й') return [name, `${base}я`, `${base}ю`, `${base}ем`, `${base}е`];
  // Израиль (masculine) and Беларусь (feminine) alike.
  if (last === 'ь') return [name, `${base}я`, `${base}ю`, `${base}ем`, `${base}е`, `${base}и`, `${base}ью`];
  return [name, `${name}а`, `${name}у`, `${name}ом`, `${name}е`];
}

/** Names in all their cases: one word by its forms, several words as stems. */
export function russianNameForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length === 1) return russianNounForms(name);
  return [
    words
      .map((w) => {
        if (w.length < 4 || w.endsWith('*') || /^[\p{Lu}]+$/u.test(w)) return w;
        if (/[-’']/.test(w) && !/[ая]$/i.test(w)) return w;
        if ('оеиуэю'.includes(w.slice(-1).toLowerCase())) return w;
        if (/(ая|ое|ый|ий|ой|ые|ие)$/i.test(w)) return `${w.slice(0, -2)}*`;
        return /[аяыь]$/i.test(w) ? `${w.slice(0, -1)}*` : `${w}*`;
      })
      .join(' '),
  ];
}

export const places: PlaceGrammar = {
  worldCountries: 'rus',
  demonyms: (code) => RU_DEMONYMS[code]?.split('|') ?? [],
  nameForms: russianNameForms,
  and: 'и',
  // Display names abbreviate: о-ва Кука, о-в Мэн, Св. Елена.
  displayName: (name) =>
    name
      .replace(/(^|\s)о-ва(?=\s|$)/g, '$1острова')
      .replace(/(^|\s)о-в(?=\s|$)/g, '$1остров')
      .replace(/Св\./g, 'Святой'),
  ambiguous: AMBIGUOUS,
  contextWords: PLACE_CONTEXT.words,
  contextStems: PLACE_CONTEXT.stems,
  usStateBefore: US_STATE_BEFORE,
  usStateAfter: US_STATE_AFTER,
};
