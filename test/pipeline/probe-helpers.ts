// A table-driven probe: a sentence written for the test and the claims extract() must return.
// Each expected claim names its bounds, population and origin (the scorer's key) and may name its
// status, affiliation, source and quote; the extraction must hold exactly those keys (vague ignored).
import { expect, it } from 'vitest';
import type { Claim, Release } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

export interface Want {
  v: [number | null, number | null];
  pop: Claim['population'];
  origin?: string[];
  status?: Claim['status'];
  aff?: Claim['affiliation'];
  source?: string | null;
  quote?: string;
  /** The claim's location codes, in any order. */
  loc?: string[];
  /** The ages of the counted group, [min, max]. */
  age?: [number | null, number | null];
  /** A status the claim must not have ("arrived in Syria" is no return). */
  not?: Claim['status'];
}

export type Probe = [text: string, want: Want[]];

const key = (min: number | null, max: number | null, pop: string, origin: readonly string[] | null) =>
  `${min}|${max}|${pop}|${[...(origin ?? [])].sort().join(',')}`;

export function checkProbe(lang: string, text: string, want: Want[]): void {
  const got = extract(text, { lang, published: '2021-06-01' }).claims.filter((c) => c.qualifier !== 'vague');
  const gotKeys = got.map((c) => key(c.value.min, c.value.max, c.population, c.origin));
  const wantKeys = want.map((w) => key(w.v[0], w.v[1], w.pop, w.origin ?? []));
  expect([...new Set(gotKeys)].sort()).toEqual([...new Set(wantKeys)].sort());
  for (const w of want) {
    const c = got.find(
      (g) =>
        key(g.value.min, g.value.max, g.population, g.origin) === key(w.v[0], w.v[1], w.pop, w.origin ?? []),
    )!;
    if (w.status !== undefined) expect({ status: c.status }).toEqual({ status: w.status });
    if (w.aff !== undefined) expect({ aff: c.affiliation }).toEqual({ aff: w.aff });
    if (w.source !== undefined) expect({ source: c.source }).toEqual({ source: w.source });
    if (w.quote !== undefined) expect({ quote: c.quote }).toEqual({ quote: w.quote });
    if (w.loc !== undefined) expect({ loc: [...c.location].sort() }).toEqual({ loc: [...w.loc].sort() });
    if (w.age !== undefined) expect({ age: c.age }).toEqual({ age: { min: w.age[0], max: w.age[1] } });
    if (w.not !== undefined) expect(c.status).not.toBe(w.not);
  }
}

/**
 * One test per probe. Probes the engine does not pass yet (`open`) run as expected failures, so a fix
 * shows as a failing test and the probe moves out of the list.
 */
export function runProbes(
  lang: string,
  probes: readonly Probe[],
  open: ReadonlySet<string> = new Set(),
): void {
  for (const [text, want] of probes)
    (open.has(text) ? it.fails : it)(text, () => checkProbe(lang, text, want));
}

/** The titled releases extract() finds in TEXT: exactly those titles, each with its media type. */
export function checkReleases(lang: string, text: string, want: [media: string, title: string][]): void {
  const got = extract(text, { lang, published: '2021-06-01' })
    .releases.filter((r) => r.title !== null)
    .map((r) => [r.media, r.title]);
  expect(got.sort()).toEqual([...want].sort());
}

/** A titled release a sentence must give, with the fields named. */
export type ReleaseWant = { media: Release['media']; title: string } & Partial<
  Pick<Release, 'producer' | 'date'>
>;
export type ReleaseProbe = [text: string, want: ReleaseWant[]];

/** Exactly the titled releases wanted (media and title), each with the producer and date it names. */
export function checkReleaseProbe(lang: string, text: string, want: ReleaseWant[]): void {
  const got = extract(text, { lang, published: '2021-06-01' }).releases.filter((r) => r.title !== null);
  expect(got.map((r) => [r.media, r.title]).sort()).toEqual(want.map((w) => [w.media, w.title]).sort());
  for (const w of want) {
    const r = got.find((g) => g.title === w.title)!;
    if (w.producer !== undefined) expect({ producer: r.producer }).toEqual({ producer: w.producer });
    if (w.date !== undefined) expect({ date: r.date }).toEqual({ date: w.date });
  }
}

/** One test per release probe; the open ones are expected failures, so a fix shows as a failing test. */
export function runReleaseProbes(
  lang: string,
  probes: readonly ReleaseProbe[],
  open: ReadonlySet<string> = new Set(),
): void {
  for (const [text, want] of probes)
    (open.has(text) ? it.fails : it)(text, () => checkReleaseProbe(lang, text, want));
}
