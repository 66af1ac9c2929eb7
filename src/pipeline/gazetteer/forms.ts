// The inflected forms of names and nationality words, derived by rule so the data lists each word
// once: Russian cases of country names, Arabic nisba forms, English and French plurals.
import { tokenize } from '../lexicon.ts';
import { fold } from '../normalize.ts';

/**
 * The case forms of a one-word Russian name, written out rather than as a stem: a stem such as
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

/** Russian names in all their cases: one word by its forms, several words as stems. */
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

/**
 * Every form of an Arabic nisba (تونسي): feminine تونسية, plurals تونسيون / تونسيين / تونسيات,
 * the accusative تونسيا and the dual; clitics (وال، بال، لل) come from the lexicon.
 */
export function nisbaForms(nisba: string): string[] {
  return ['', 'ة', 'ون', 'ين', 'ات', 'ا', 'ان', 'تان', 'تين'].map((ending) => nisba + ending);
}

/** An English nationality word and its plural noun (Tunisian → Tunisians); "Swiss", "Chinese" have none. */
export function englishDemonymForms(word: string): string[] {
  if (/(?:ese|ss|sh|ch|x|z)$/i.test(word) || /\s/.test(word)) return [word];
  return [word, `${word}s`];
}

/** A French nationality adjective in both numbers (tunisien → tunisiens; français stays). */
export function frenchDemonymForms(word: string): string[] {
  if (/[sxz]$/i.test(word)) return [word];
  return [word, `${word}s`];
}

const foldedWords = new Map<string, string>();

/** The key under which the Lexicon stores a pattern (folded words, stems without *), as in lexicon.ts. */
export function patternKey(raw: string): string {
  let pattern = raw.trim();
  if (pattern.startsWith('!')) pattern = pattern.slice(1);
  const out: string[] = [];
  for (const word of pattern.split(/\s+/)) {
    // Names share their words (Republic, of, Islands): each is folded and split once.
    let key = foldedWords.get(word);
    if (key === undefined) {
      const stem = word.endsWith('*') && word.length > 1;
      key = tokenize(fold(stem ? word.slice(0, -1) : word))
        .map((t) => t.text)
        .join(' ');
      foldedWords.set(word, key);
    }
    if (key) out.push(key);
  }
  return out.join(' ');
}

const CONJUNCTION = { en: 'and', fr: 'et', ru: 'и', ar: 'و' } as const;

/**
 * A display name as text writes it: no parenthetical ("Myanmar (Burma)"), "&" spelled out, Russian
 * abbreviations (о-ва, о-в) expanded, the spaced dash of "Congo - Kinshasa" closed up.
 */
export function cleanName(name: string, lang: keyof typeof CONJUNCTION): string {
  let n = name.replace(/\s*\([^)]*\)/g, '').replace(/\s+-\s+/g, '-');
  n = n.replace(/\s*&\s*/g, ` ${CONJUNCTION[lang]} `);
  if (lang === 'ru') {
    n = n
      .replace(/(^|\s)о-ва(?=\s|$)/g, '$1острова')
      .replace(/(^|\s)о-в(?=\s|$)/g, '$1остров')
      .replace(/Св\./g, 'Святой');
  }
  if (lang === 'ar') n = n.replace(/\s+و\s+/g, ' و');
  return n.replace(/\s+/g, ' ').trim();
}
