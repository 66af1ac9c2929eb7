// Folding for comparison only (no offsets kept): copies and sources in Arabic, Russian and
// French must compare alike whatever their spelling variants, digits and diacritics.

const ARABIC_VARIANTS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ة: 'ه',
  ё: 'е',
};

/** Case-folded, digit-unified, Arabic-folded, accent-free text; punctuation kept. */
export function foldText(input: string): string {
  return (
    input
      .normalize('NFKC')
      .toLowerCase()
      // Eastern Arabic and Persian digits become ASCII.
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[أإآٱىئؤةё]/g, (c) => ARABIC_VARIANTS[c] ?? c)
      // Tatweel, Arabic harakat, zero-width characters.
      .replace(/\u0640|[\u064b-\u065f]|\u0670|[\u200b-\u200f]|\u00ad|\u061c/g, '')
      // Latin accents only: "réfugiés" folds to "refugies", but Cyrillic "й" stays itself.
      .replace(/[\u00c0-\u024f]/g, (c) => c.normalize('NFD')[0] ?? c)
  );
}

/** Folded words: letters and digits only, in order. */
export function foldedWords(input: string): string[] {
  return foldText(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}
