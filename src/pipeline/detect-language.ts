// Language identification with franc, restricted to the languages Tessera reads plus the ones
// reports are often confused with, so a Kazakh or Persian text is told apart, not misread.
import { francAll } from 'franc';

/** Languages franc may answer besides the supported ones: their text yields a notice, not claims. */
const OTHERS = [
  'deu',
  'spa',
  'ita',
  'por',
  'nld',
  'pol',
  'tur',
  'ukr',
  'bel',
  'bul',
  'srp',
  'kaz',
  'kir',
  'uzn',
  'tgk',
  'tuk',
  'pes',
  'prs',
  'urd',
  'pbu',
  'ind',
  'azj',
  'ckb',
  'kmr',
  'uig',
  'swe',
  'ron',
  'ces',
  'hun',
];

const SAMPLE = 2000;

export interface Detection {
  /** ISO 639-1 code of a supported language, or null. */
  lang: string | null;
  /** franc's ISO 639-3 answer, for the notice when unsupported. */
  detected: string;
}

/** supported: ISO 639-1 → ISO 639-3 for the languages with a pack. */
export function detectLanguage(text: string, supported: Record<string, string>): Detection {
  const sample = text.slice(0, SAMPLE);
  const byFranc = new Map(Object.entries(supported).map(([iso1, iso3]) => [iso3, iso1]));
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 40) return { lang: byScript(sample, byFranc), detected: 'und' };
  const ranked = francAll(sample, { only: [...byFranc.keys(), ...OTHERS], minLength: 10 });
  const [top] = ranked;
  if (!top || top[0] === 'und') return { lang: byScript(sample, byFranc), detected: 'und' };
  return { lang: byFranc.get(top[0]) ?? null, detected: top[0] };
}

function byScript(sample: string, byFranc: Map<string, string>): string | null {
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const arabic = count(/\p{Script=Arabic}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  const best = Math.max(arabic, cyrillic, latin);
  if (best === 0) return null;
  const iso3 = best === arabic ? 'arb' : best === cyrillic ? 'rus' : 'eng';
  return byFranc.get(iso3) ?? null;
}
