// The direction a report's language is written in: Arabic script and Hebrew read right to left,
// whether or not Tessera reads the language (a Persian or Urdu report is stored and shown too).
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ug', 'ckb', 'yi', 'dv', 'sd']);

/** Whether text in the language (an ISO 639 code, or null when unknown) reads right to left. */
export const isRightToLeft = (lang: string | null | undefined): boolean =>
  lang !== null && lang !== undefined && RIGHT_TO_LEFT.has(lang);
