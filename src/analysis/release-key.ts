// One release across scripts and spellings: Istok, Исток and إستوك are one magazine. Titles are
// transliterated to Latin letters (any-ascii), stripped of the Arabic article and of the vowels that
// Arabic script leaves unwritten, so that what is left (s-t-k) is the same in every script.
import anyAscii from 'any-ascii';
import type { ReleaseKeys } from '../domain/claim.ts';
import { foldText } from '../text/fold.ts';

/** A skeleton shorter than this says too little to join titles written in different scripts: two
 *  consonants are enough for a one-word name (Rumiyah, an-Naba), three for a phrase. */
const MIN_SKELETON = { word: 2, phrase: 3 };

/** The Arabic article on a title's first word, written (ال) or transliterated (al-, an-, аль-, ан-). */
const ARTICLE = /^(?:ال|al[-\s]|a[ntdrszl][-\s]|аль[-\s]|ал[-\s]|а[нтдрсзл][-\s])/iu;

/**
 * The key of a release title: its consonants in Latin letters, digits kept ("Istok 2" is not "Istok 3").
 * Null when the title is too short to be told apart across scripts; such titles match only as written.
 */
export function releaseKey(title: string): string | null {
  const words = title
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(ARTICLE, ''));
  const latin = anyAscii(words.join(' ')).toLowerCase();
  const skeleton = latin
    // Letters Arabic writes as long vowels or that transliterations spell in different ways.
    .replace(/q/g, 'k')
    .replace(/[aeiouyw'@`h-]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1+/g, '$1')
    .trim();
  const consonants = skeleton.replace(/[^a-z]/g, '').length;
  const min = /[a-z] +[a-z]/.test(skeleton) ? MIN_SKELETON.phrase : MIN_SKELETON.word;
  return consonants >= min ? skeleton : null;
}

/** What two release titles are compared by: the cross-script key, or else the folded title. */
export function releaseTitleKey(title: string): string {
  return releaseKey(title) ?? `=${foldText(title)}`;
}

/** The script a title is written in, by its first letter: titles in one script compare as written. */
export function scriptOf(title: string): 'latin' | 'cyrillic' | 'arabic' | 'other' {
  const letter = /\p{L}/u.exec(title)?.[0] ?? '';
  if (/\p{Script=Latin}/u.test(letter)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(letter)) return 'cyrillic';
  if (/\p{Script=Arabic}/u.test(letter)) return 'arabic';
  return 'other';
}

/**
 * Titled items grouped by release, in the order first seen: the same media and either the same title
 * (case and accents aside) or, across scripts, the same key. Two spellings in one script stay apart
 * ("Race Towards Good" is not "Race Towards God"); untitled items stand alone.
 */
export function groupByRelease<T>(
  items: readonly T[],
  titleOf: (item: T) => string | null,
  mediaOf: (item: T) => string,
): T[][] {
  const groups: { items: T[]; titles: Map<string, string> }[] = [];
  const byKey = new Map<string, typeof groups>();
  for (const item of items) {
    const title = titleOf(item);
    if (!title) {
      groups.push({ items: [item], titles: new Map() });
      continue;
    }
    const key = `${mediaOf(item)}|${releaseTitleKey(title)}`;
    const script = scriptOf(title);
    const folded = foldText(title);
    const candidates = byKey.get(key) ?? [];
    // The group holding this very title, else one with no title yet in this script.
    const group =
      candidates.find((g) => g.titles.get(script) === folded) ??
      candidates.find((g) => !g.titles.has(script));
    if (group) {
      group.items.push(item);
      if (!group.titles.has(script)) group.titles.set(script, folded);
      continue;
    }
    const created = { items: [item], titles: new Map([[script, folded]]) };
    groups.push(created);
    byKey.set(key, [...candidates, created]);
  }
  return groups.map((g) => g.items);
}

/** A release's keys (see ReleaseKeys) from its current media, title, producer and quote. */
export function releaseKeys(release: {
  media: string;
  title: string | null;
  producer: string | null;
  quote: string;
}): ReleaseKeys {
  const title = release.title || null;
  return {
    groupKey: title ? `${release.media}|${releaseTitleKey(title)}` : null,
    spelling: title ? `${scriptOf(title)}|${foldText(title)}` : null,
    titleKey: title ? releaseKey(title) : null,
    producerFold: release.producer ? foldText(release.producer) : null,
    searchFold: foldText(`${release.title ?? ''} ${release.producer ?? ''} ${release.quote}`),
  };
}
