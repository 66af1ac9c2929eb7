// Debug aid for `npm run eval -- --classes`: sorts the scorer's misses and false alarms by mechanism,
// coarsely and automatically, in the classes of ../shared/design/EXTRACTION-ERRORS.md: a false
// negative and a false positive of one report that share a number are one error of the field that
// differs (origin added C2, missing C3, wrong C4; population C9-C11; bounds C8); what is left is a count
// missed (C1, C5, C6, C11) or a count invented (C7, C14).
import type { Claim } from '../src/domain/claim.ts';

type Key = Pick<Claim, 'value' | 'population' | 'origin' | 'qualifier' | 'quote'>;

const CLASSES = [
  'missed count (C1/C5/C6/C11)',
  'invented count (C7/C14)',
  'origin added (C2)',
  'origin missing (C3)',
  'origin wrong (C4)',
  'population (C9-C11)',
  'bounds (C8)',
  'several fields',
] as const;
type ErrorClass = (typeof CLASSES)[number];

const originOf = (c: Key) => [...new Set(c.origin ?? [])].sort();
const keyOf = (c: Key) => JSON.stringify([c.value.min, c.value.max, c.population, originOf(c)]);
const numbersOf = (c: Key) => [c.value.min, c.value.max].filter((n): n is number => n !== null);

function distinct(claims: Key[]): Key[] {
  const out = new Map<string, Key>();
  for (const c of claims) if (c.qualifier !== 'vague' && !out.has(keyOf(c))) out.set(keyOf(c), c);
  return [...out.values()];
}

function classOf(gold: Key, pred: Key): ErrorClass {
  const sameValue = gold.value.min === pred.value.min && gold.value.max === pred.value.max;
  const samePopulation = gold.population === pred.population;
  const go = originOf(gold);
  const po = originOf(pred);
  const sameOrigin = JSON.stringify(go) === JSON.stringify(po);
  if (sameValue && samePopulation)
    return !go.length ? 'origin added (C2)' : !po.length ? 'origin missing (C3)' : 'origin wrong (C4)';
  if (sameValue && sameOrigin) return 'population (C9-C11)';
  if (samePopulation && sameOrigin) return 'bounds (C8)';
  return 'several fields';
}

export interface ClassifiedErrors {
  counts: Map<string, Map<ErrorClass, number>>;
}

export function classifyErrors(docs: { lang: string; gold: Claim[]; pred: Claim[] }[]): ClassifiedErrors {
  const counts = new Map<string, Map<ErrorClass, number>>();
  const add = (lang: string, c: ErrorClass) => {
    const byClass = counts.get(lang) ?? new Map<ErrorClass, number>();
    byClass.set(c, (byClass.get(c) ?? 0) + 1);
    counts.set(lang, byClass);
  };
  for (const doc of docs) {
    const gold = distinct(doc.gold);
    const pred = distinct(doc.pred);
    const goldKeys = new Set(gold.map(keyOf));
    const predKeys = new Set(pred.map(keyOf));
    const fn = gold.filter((c) => !predKeys.has(keyOf(c)));
    const fp = pred.filter((c) => !goldKeys.has(keyOf(c)));
    for (const g of fn) {
      // The false positive that shares a number with this miss and differs in the fewest fields.
      const candidates = fp.filter((p) => numbersOf(p).some((n) => numbersOf(g).includes(n)));
      const rank = (p: Key) => (classOf(g, p) === 'several fields' ? 1 : 0);
      const pair = candidates.sort((a, b) => rank(a) - rank(b))[0];
      if (pair) {
        fp.splice(fp.indexOf(pair), 1);
        add(doc.lang, classOf(g, pair));
      } else add(doc.lang, 'missed count (C1/C5/C6/C11)');
    }
    for (const _ of fp) add(doc.lang, 'invented count (C7/C14)');
  }
  return { counts };
}

export function printClasses({ counts }: ClassifiedErrors): void {
  const langs = [...counts.keys()].sort();
  console.log(
    `\n-- errors by mechanism (a pair of FN+FP counts once)\n${'class'.padEnd(30)}${langs.map((l) => l.padStart(5)).join('')}  all`,
  );
  for (const c of CLASSES) {
    const row = langs.map((l) => counts.get(l)?.get(c) ?? 0);
    console.log(
      `${c.padEnd(30)}${row.map((n) => String(n).padStart(5)).join('')}  ${row.reduce((a, b) => a + b, 0)}`,
    );
  }
}
