// Which sources may be one source written differently: a president in three scripts, an outlet with its
// domain in brackets. Suggestions only, with their reasons; an analyst confirms each (a merge), and a
// pair already in one group is not suggested again. Pure: names, the facts each source reports and the
// groups confirmed so far in, suggestions out.
//
// Reasons, strongest first:
// - same name: a part of one name (the name, a bracketed alternative, a web domain) folded as search folds
//   it (text/fold.ts) is a part of the other: `سانا (SANA)` and `САНА (SANA, sana.sy)`;
// - gazetteer: both name the same places and nothing else (كازاخستان and كازخستان are KZ), or the same
//   armed group;
// - across scripts: a part written in one script is a part written in another once both are reduced to
//   their consonants in Latin letters (the release-key method: توكاييف, Токаев and Tokayev are t-k-f);
// - surname: a one-word name (Бортников) is a word of the other name, in any script
//   (ألكسندر بورتنيكوف رئيس هيئة الأمن الفيدرالي);
// - shared facts: the two report mostly the same facts (at least two, half the smaller one's).
// Attributions that name no one ("officials", "sources": analysis/sources.ts) are never suggested.
import anyAscii from 'any-ascii';
import type { Affiliation } from '../domain/claim.ts';
import type { SourceKind } from '../domain/filters.ts';
import { gazetteers, placeMentions } from '../pipeline/gazetteer/index.ts';
import { LANGUAGE_PACKS } from '../pipeline/languages/index.ts';
import { foldText } from '../text/fold.ts';
import { scriptOf } from './release-key.ts';
import { sourceIdentity } from './sources.ts';

export interface NamedSource {
  id: number;
  kind: SourceKind;
  name: string;
}

export type AliasReasonCode = 'same-name' | 'gazetteer' | 'across-scripts' | 'surname' | 'shared-facts';

export interface AliasReason {
  code: AliasReasonCode;
  /** What the two share, in words: the name part, the place codes, the consonants, the facts. */
  detail: string;
}

export interface AliasSuggestion {
  /** The two sources, the lower id first. */
  a: number;
  b: number;
  kind: SourceKind;
  reasons: AliasReason[];
  /** Higher is more likely: the reasons' weights added. */
  score: number;
}

const WEIGHT: Record<AliasReasonCode, number> = {
  'same-name': 4,
  gazetteer: 4,
  'across-scripts': 3,
  surname: 2,
  'shared-facts': 1,
};

/** A key shared by more sources than this says too little (a common word or agency) to pair them all. */
const MAX_BUCKET = 12;
/** Facts reported by more sources than this are widely reported, not a sign of one source. */
const MAX_SOURCES_PER_FACT = 30;
const MIN_SHARED_FACTS = 2;

/** Words that say what kind of speaker or outlet it is, not which (left out when naming a place alone). */
const GENERIC = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.sourceNames.generic.map((w) => foldText(w))));

/** The Arabic article on a name's first word, written (ال) or transliterated (al-, аль-). */
const ARTICLE = /^(?:ال|al[-\s]|a[ntdrszl]-|аль[-\s]|ал-|а[нтдрсзл]-)/iu;

/** The parts a name is known by: the name, each alternative in brackets, a web domain's name. */
export function nameParts(name: string): string[] {
  const parts: string[] = [];
  const outside = name.replace(/\([^)]*\)/gu, ' ').trim();
  if (outside) parts.push(outside);
  for (const m of name.matchAll(/\(([^)]*)\)/gu))
    for (const piece of m[1]!.split(/[,;]/u)) {
      const p = piece.trim();
      // "via Sauress", "citing Radio Ozodi", "review of Libération": another outlet, not this one's name.
      if (!p || /^(?:via|citing|review of|blog)\b/iu.test(p)) continue;
      parts.push(p);
    }
  return parts.flatMap((p) => {
    const domain = /^(?:[a-z0-9-]+\.)*([a-z0-9-]+)\.[a-z]{2,}$/iu.exec(p);
    return domain ? [p, domain[1]!] : [p];
  });
}

const LEADING = new Set(['the', 'le', 'la', 'les', 'l']);

/** A part as search folds it, punctuation and a leading "the" aside. */
export function foldedPart(part: string): string {
  const words = foldedWordsOf(part);
  // "2015 the International Crisis Group", "l'International Crisis Group": a leading year or article aside.
  let start = 0;
  while (start < words.length - 1 && (/^\d+$/.test(words[start]!) || LEADING.has(words[start]!))) start++;
  return words.slice(start).join(' ');
}

const foldedWordsOf = (s: string) => foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A name's consonants in Latin letters, the way release titles are joined across scripts
 * (analysis/release-key.ts), with the letters one script writes for another's (v/f, q/k, kh/h) made one.
 * Null when too short to tell names apart (fewer than two consonants a word, three a phrase).
 */
export function consonantKey(name: string): string | null {
  const words = name
    .normalize('NFC')
    .replace(/ة/gu, 'ت')
    .trim()
    .split(/[\s/]+/u)
    .map((w) => w.replace(ARTICLE, ''))
    .filter(Boolean);
  const skeleton = words
    .map((w) =>
      anyAscii(w)
        .toLowerCase()
        .replace(/kh/g, 'h')
        .replace(/q|c/g, 'k')
        .replace(/v/g, 'f')
        .replace(/p/g, 'b')
        .replace(/x/g, 'ks')
        .replace(/[aeiouyw'`’@-]/g, '')
        .replace(/[^a-z0-9]/g, '')
        .replace(/([a-z])\1+/g, '$1'),
    )
    .filter(Boolean);
  const letters = skeleton.join('').replace(/[^a-z]/g, '').length;
  return letters >= (skeleton.length > 1 ? 3 : 2) ? skeleton.join(' ') : null;
}

/** The places and armed groups a name is about when it names nothing else (كازاخستان: KZ), or null. */
export function gazetteerKey(name: string): string | null {
  const mentions = placeMentions(name);
  let rest = name;
  // Blanked, not cut: a place found in two languages' lists is one span.
  for (const m of mentions) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  const groups = new Set<Affiliation>();
  const folded = foldText(rest);
  for (const { gazetteer } of gazetteers())
    for (const g of gazetteer.groups.scan(folded)) {
      groups.add(g.value);
      rest = ' '.repeat(folded.length);
    }
  if (foldedWordsOf(rest).some((w) => !GENERIC.has(w))) return null;
  const codes = [...new Set(mentions.map((m) => m.code))].sort();
  if (!codes.length && !groups.size) return null;
  return [...codes, ...[...groups].sort().map((g) => `group:${g}`)].join(',');
}

/** Capitalised in a script with capitals; any word in one without (Arabic). */
const nameLike = (word: string) => {
  const first = /\p{L}/u.exec(word)?.[0] ?? '';
  return first !== '' && (first.toLowerCase() === first.toUpperCase() || first === first.toUpperCase());
};

interface Keyed {
  source: NamedSource;
  group: number;
  folded: Set<string>;
  /** Consonant keys of the parts, by the script each is written in. */
  consonants: { key: string; script: string }[];
  gazetteer: string | null;
  /** For a one-word name: its consonants, sought among the other names' words. */
  single: string | null;
  words: Set<string>;
}

function keyed(source: NamedSource, group: number): Keyed {
  const parts = nameParts(source.name);
  const folded = new Set(parts.map(foldedPart).filter((p) => p.length >= 2));
  const consonants = parts.flatMap((p) => {
    const key = consonantKey(p);
    return key ? [{ key, script: scriptOf(p) }] : [];
  });
  const mainWords = (parts[0] ?? '').split(/\s+/u).filter(Boolean);
  const gazetteer = gazetteerKey(parts[0] ?? source.name);
  // A surname: one word, written as a name (capitalised where the script has capitals), not a place.
  const single =
    mainWords.length === 1 && !gazetteer && nameLike(mainWords[0]!) ? consonantKey(mainWords[0]!) : null;
  // The words a surname may be found among: name-like words after the first (a title or a first name).
  const words = new Set(
    parts.flatMap((p) =>
      p
        .split(/\s+/u)
        .slice(1)
        .filter(nameLike)
        .map((w) => consonantKey(w.replace(/[^\p{L}\p{N}-]/gu, '')))
        .filter((k): k is string => k !== null && k.replace(/[^a-z]/g, '').length >= 3),
    ),
  );
  return { source, group, folded, consonants, gazetteer, single, words };
}

/**
 * Pairs of sources of one kind that may be one source, the most likely first. `groups` maps each alias
 * to its main source (pairs already in one group are left out, and a group is suggested once per other
 * group, by the pair of members with the strongest reasons); `facts` the facts each source reports.
 */
export function suggestAliases(
  sources: readonly NamedSource[],
  facts: ReadonlyMap<number, ReadonlySet<number>> = new Map(),
  groups: ReadonlyMap<number, number> = new Map(),
): AliasSuggestion[] {
  const groupOf = (id: number) => groups.get(id) ?? id;
  // "Officials", "sources", "the report": attributions that name no one are nobody's alias (the linker's rule).
  const items = sources
    .filter((s) => s.kind === 'outlet' || sourceIdentity(s.name).length > 0)
    .map((s) => keyed(s, groupOf(s.id)));
  const byId = new Map(items.map((k) => [k.source.id, k]));
  const found = new Map<string, { a: number; b: number; reasons: Map<AliasReasonCode, string> }>();
  const note = (x: Keyed, y: Keyed, code: AliasReasonCode, detail: string) => {
    if (x.source.kind !== y.source.kind || x.group === y.group) return;
    const [a, b] = x.source.id < y.source.id ? [x, y] : [y, x];
    const key = `${a.source.id}:${b.source.id}`;
    const entry = found.get(key) ?? { a: a.source.id, b: b.source.id, reasons: new Map() };
    if (!entry.reasons.has(code)) entry.reasons.set(code, detail);
    found.set(key, entry);
  };
  const pairsIn = (buckets: Map<string, Keyed[]>, each: (x: Keyed, y: Keyed, key: string) => void) => {
    for (const [key, list] of buckets) {
      if (list.length < 2 || list.length > MAX_BUCKET) continue;
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) each(list[i]!, list[j]!, key);
    }
  };
  const bucket = (keysOf: (k: Keyed) => Iterable<string>) => {
    const m = new Map<string, Keyed[]>();
    for (const item of items)
      for (const key of new Set(keysOf(item))) {
        const list = m.get(key) ?? [];
        list.push(item);
        m.set(key, list);
      }
    return m;
  };

  pairsIn(
    bucket((k) => k.folded),
    (x, y, key) => note(x, y, 'same-name', key),
  );
  pairsIn(
    bucket((k) => (k.gazetteer ? [k.gazetteer] : [])),
    (x, y, key) => note(x, y, 'gazetteer', key),
  );
  pairsIn(
    bucket((k) => k.consonants.map((c) => c.key)),
    (x, y, key) => {
      // Across scripts only: two spellings in one script are told apart as written.
      const scriptsX = new Set(x.consonants.filter((c) => c.key === key).map((c) => c.script));
      if (y.consonants.some((c) => c.key === key && !scriptsX.has(c.script)))
        note(x, y, 'across-scripts', key);
    },
  );
  const singles = bucket((k) => (k.single ? [k.single] : []));
  for (const item of items)
    for (const w of item.words) {
      const list = singles.get(w);
      if (!list || list.length > MAX_BUCKET) continue;
      for (const s of list) if (s !== item) note(s, item, 'surname', w);
    }

  const reporters = new Map<number, number[]>();
  for (const [sourceId, set] of facts)
    if (byId.has(sourceId))
      for (const f of set) {
        const list = reporters.get(f) ?? [];
        list.push(sourceId);
        reporters.set(f, list);
      }
  const shared = new Map<string, number>();
  for (const list of reporters.values()) {
    if (list.length > MAX_SOURCES_PER_FACT) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i]! < list[j]! ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        shared.set(`${a}:${b}`, (shared.get(`${a}:${b}`) ?? 0) + 1);
      }
  }
  for (const [key, n] of shared) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    const smaller = Math.min(facts.get(a)?.size ?? 0, facts.get(b)?.size ?? 0);
    if (n >= MIN_SHARED_FACTS && n * 2 >= smaller)
      note(byId.get(a)!, byId.get(b)!, 'shared-facts', `${n} of ${smaller} facts`);
  }

  // One suggestion per pair of groups: the pair of members with the strongest reasons.
  const best = new Map<string, AliasSuggestion>();
  for (const { a, b, reasons } of found.values()) {
    const list = [...reasons].map(([code, detail]) => ({ code, detail }));
    list.sort((x, y) => WEIGHT[y.code] - WEIGHT[x.code]);
    const score = list.reduce((sum, r) => sum + WEIGHT[r.code], 0);
    const [ga, gb] = [groupOf(a), groupOf(b)].sort((x, y) => x - y);
    const key = `${ga}:${gb}`;
    const earlier = best.get(key);
    if (!earlier || earlier.score < score)
      best.set(key, { a, b, kind: byId.get(a)!.source.kind, reasons: list, score });
  }
  return [...best.values()].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
