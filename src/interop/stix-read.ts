// Reading a STIX 2.1 bundle back: Tessera's own objects (docs/STIX.md) checked with zod and turned into
// reports with their counts, releases, reviews and grades; any other bundle's reports with their text.
// Pure: the import service hashes, stores and links what this returns.
import { z } from 'zod';
import {
  AFFILIATIONS,
  MEDIA_TYPES,
  POPULATIONS,
  QUALIFIERS,
  STATUSES,
  type Claim,
  type Release,
} from '../domain/claim.ts';
import { invalidInput } from '../domain/errors.ts';
import { REVIEW_STATES, SOURCE_KINDS, type ReviewState, type SourceKind } from '../domain/filters.ts';
import { COUNT_TYPE, FACT_CONTEXT, RELEASE_TYPE, TESSERA_IDENTITY_ID } from './stix.ts';

const Bundle = z.object({
  type: z.literal('bundle', { error: 'is not a STIX bundle (its type must be "bundle")' }),
  objects: z.array(z.looseObject({ type: z.string(), id: z.string() }), {
    error: 'must hold a list of objects, each with a type and an id',
  }),
});

const Span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const Review = z.object({
  state: z.enum(REVIEW_STATES),
  by: z.string().optional(),
  at: z.string().optional(),
  note: z.string().optional(),
});

const ClaimFields = z.object({
  value_min: z.number().optional(),
  value_max: z.number().optional(),
  qualifier: z.enum(QUALIFIERS),
  population: z.enum(POPULATIONS),
  origin: z.array(z.string()).optional(),
  status: z.enum(STATUSES),
  location: z.array(z.string()).optional(),
  affiliation: z.enum(AFFILIATIONS).optional(),
  age_min: z.number().int().optional(),
  age_max: z.number().int().optional(),
  source: z.string().optional(),
  date: z.string().optional(),
});

const Count = ClaimFields.extend({
  id: z.string(),
  report_ref: z.string(),
  quote: z.string(),
  span: Span,
  position: z.number().int().min(0),
  part_of_ref: z.string().optional(),
  review: Review,
  credibility: z.number().int().min(1).max(6).optional(),
  extracted: ClaimFields.optional(),
  extractor_version: z.string(),
});

const ReleaseFields = z.object({
  media: z.enum(MEDIA_TYPES),
  title: z.string().optional(),
  date: z.string().optional(),
  duration_min: z.number().optional(),
  spoken: z.array(z.string()).optional(),
  subtitles: z.array(z.string()).optional(),
  producer: z.string().optional(),
});

const TesseraRelease = ReleaseFields.extend({
  id: z.string(),
  report_ref: z.string(),
  quote: z.string(),
  span: Span,
  review: Review,
  extracted: ReleaseFields.optional(),
  extractor_version: z.string(),
});

const TesseraReport = z.object({
  id: z.string(),
  description: z.string(),
  lang: z.string().optional(),
  object_refs: z.array(z.string()),
  external_references: z.array(z.looseObject({ hashes: z.record(z.string(), z.string()).optional() })).min(1),
  x_tessera_name: z.string(),
  x_tessera_title: z.string().optional(),
  x_tessera_outlet: z.string().optional(),
  x_tessera_url: z.string().optional(),
  x_tessera_published: z.string().optional(),
  x_tessera_languages: z.array(z.string()).optional(),
  x_tessera_media_type: z.string(),
  x_tessera_encoding: z.string().optional(),
  x_tessera_extractor_version: z.string(),
  x_tessera_collected: z.object({ at: z.string(), how: z.string(), from: z.string(), by: z.string() }),
});

const Artifact = z.object({
  id: z.string(),
  payload_bin: z.string(),
  hashes: z.object({ 'SHA-256': z.string() }),
});

const GradedIdentity = z.object({
  name: z.string(),
  x_tessera_source_kind: z.enum(SOURCE_KINDS),
  x_tessera_reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
});

const Grouping = z.object({ id: z.string(), object_refs: z.array(z.string()).min(1) });

/** What a report, read from a bundle, becomes in the store. */
export interface ReportToImport {
  stixId: string;
  name: string;
  text: string;
  /**
   * The original bytes when the bundle carries them (a Tessera artifact; another producer's report object
   * as it was written); null: the text in UTF-8 is all there is.
   */
  bytes: Uint8Array | null;
  /** The SHA-256 the bundle states for the bytes, to be checked. */
  sha256: string | null;
  mediaType: string;
  encoding: string | null;
  lang: string | null;
  languages: string[] | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  collected: { at: string; how: string; from: string; by: string } | null;
  extractorVersion: string | null;
  /** Tessera's counts and releases of the report, in the engine's order; null: run the engine on the text. */
  extraction: { claims: CountToImport[]; releases: ReleaseToImport[] } | null;
}

export interface CountToImport {
  stixId: string;
  /** The engine's reading, with partOf as an index into this list. */
  extracted: Claim;
  /** The claim as it stands, when an analyst corrected it. */
  standing: Claim;
  review: { state: ReviewState; by: string | null; note: string | null };
  credibility: number | null;
}

export interface ReleaseToImport {
  extracted: Release;
  standing: Release;
  review: { state: ReviewState; by: string | null; note: string | null };
}

export interface BundleToImport {
  /** Whether the bundle was written by Tessera (it declares Tessera's count type). */
  tessera: boolean;
  reports: ReportToImport[];
  sourceGrades: { kind: SourceKind; name: string; reliability: string }[];
  /** Facts as sets of count ids. */
  facts: string[][];
  /** Objects not imported, by type, with how many of each. */
  skipped: Map<string, number>;
}

/** Objects of a Tessera bundle that follow from what is imported (places, groups, links), so not skipped. */
const DERIVED = new Set(['relationship', 'location', 'intrusion-set', 'extension-definition', 'artifact']);

const problem = (where: string, error: z.ZodError) =>
  invalidInput(
    `${where}: ${error.issues.map((i) => `${i.path.join('.') || 'object'} ${i.message}`).join('; ')}`,
  );

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw problem(where, r.error);
  return r.data;
}

const claimOf = (f: z.output<typeof ClaimFields>, c: z.output<typeof Count>): Claim => ({
  value: { min: f.value_min ?? null, max: f.value_max ?? null },
  qualifier: f.qualifier,
  population: f.population,
  origin: f.origin ?? null,
  status: f.status,
  location: f.location ?? [],
  affiliation: f.affiliation ?? null,
  age: { min: f.age_min ?? null, max: f.age_max ?? null },
  source: f.source ?? null,
  date: f.date ?? null,
  quote: c.quote,
  span: c.span,
});

const releaseOf = (f: z.output<typeof ReleaseFields>, r: z.output<typeof TesseraRelease>): Release => ({
  media: f.media,
  title: f.title ?? null,
  date: f.date ?? null,
  duration_min: f.duration_min ?? null,
  spoken: f.spoken ?? [],
  subtitles: f.subtitles ?? [],
  producer: f.producer ?? null,
  quote: r.quote,
  span: r.span,
});

const reviewOf = (r: z.output<typeof Review>) => ({
  state: r.state,
  by: r.by ?? null,
  note: r.note ?? null,
});

/** A STIX timestamp's date; partial dates are kept in x_tessera_published by Tessera's own reports. */
const dateOf = (timestamp: unknown) =>
  typeof timestamp === 'string' && /^\d{4}-\d{2}-\d{2}/.test(timestamp) ? timestamp.slice(0, 10) : null;

/**
 * Reads a bundle: every Tessera object is checked before anything is returned, so a bad bundle is refused
 * whole, naming the object at fault. `where` names the file in messages.
 */
export function readBundle(json: unknown, where: string): BundleToImport {
  const bundle = parse(Bundle, json, where);
  const objects = bundle.objects;
  const tessera = objects.some((o) => o.type === COUNT_TYPE || o.id === TESSERA_IDENTITY_ID);
  const skipped = new Map<string, number>();
  const skip = (type: string) => skipped.set(type, (skipped.get(type) ?? 0) + 1);
  const at = (o: { type: string; id: string }) => `${where}: ${o.id}`;

  const artifacts = new Map<string, z.output<typeof Artifact>>();
  const counts = new Map<string, z.output<typeof Count>[]>();
  const releases = new Map<string, z.output<typeof TesseraRelease>[]>();
  const sourceGrades: BundleToImport['sourceGrades'] = [];
  const facts: string[][] = [];
  const reports: ReportToImport[] = [];
  const tesseraReports: z.output<typeof TesseraReport>[] = [];

  for (const o of objects) {
    if (o.type === 'report') {
      if (tessera && 'x_tessera_name' in o) tesseraReports.push(parse(TesseraReport, o, at(o)));
      else reports.push(foreignReport(o));
    } else if (!tessera) skip(o.type);
    else if (o.type === COUNT_TYPE) {
      const c = parse(Count, o, at(o));
      counts.set(c.report_ref, [...(counts.get(c.report_ref) ?? []), c]);
    } else if (o.type === RELEASE_TYPE) {
      const r = parse(TesseraRelease, o, at(o));
      releases.set(r.report_ref, [...(releases.get(r.report_ref) ?? []), r]);
    } else if (o.type === 'artifact') {
      const a = parse(Artifact, o, at(o));
      artifacts.set(a.id, a);
    } else if (o.type === 'identity') {
      if (o.id === TESSERA_IDENTITY_ID) continue;
      // An identity of another producer's, mixed into a Tessera bundle, is no source of Tessera's.
      if (!('x_tessera_source_kind' in o)) {
        skip(o.type);
        continue;
      }
      const s = parse(GradedIdentity, o, at(o));
      if (s.x_tessera_reliability)
        sourceGrades.push({
          kind: s.x_tessera_source_kind,
          name: s.name,
          reliability: s.x_tessera_reliability,
        });
    } else if (o.type === 'grouping' && o.context === FACT_CONTEXT) {
      facts.push(parse(Grouping, o, at(o)).object_refs);
    } else if (o.type === 'opinion') {
      // Credibility travels on the count itself; the opinion says it to other STIX readers.
      continue;
    } else if (!DERIVED.has(o.type)) skip(o.type);
  }

  for (const r of tesseraReports) {
    const sha256 = r.external_references.find((e) => e.hashes?.['SHA-256'])?.hashes?.['SHA-256'] ?? null;
    const artifact = r.object_refs
      .map((id) => artifacts.get(id))
      .find((a) => a?.hashes['SHA-256'] === sha256);
    const ordered = (counts.get(r.id) ?? []).sort((a, b) => a.position - b.position);
    const indexOf = new Map(ordered.map((c, i) => [c.id, i]));
    reports.push({
      stixId: r.id,
      name: r.x_tessera_name,
      text: r.description,
      bytes: artifact ? new Uint8Array(Buffer.from(artifact.payload_bin, 'base64')) : null,
      sha256,
      mediaType: r.x_tessera_media_type,
      encoding: r.x_tessera_encoding ?? null,
      lang: r.lang ?? null,
      languages: r.x_tessera_languages ?? null,
      url: r.x_tessera_url ?? null,
      outlet: r.x_tessera_outlet ?? null,
      title: r.x_tessera_title ?? null,
      published: r.x_tessera_published ?? null,
      collected: r.x_tessera_collected,
      extractorVersion: r.x_tessera_extractor_version,
      extraction: {
        claims: ordered.map((c) => {
          const standing = claimOf(c, c);
          const extracted = c.extracted ? claimOf(c.extracted, c) : { ...standing };
          const partOf = c.part_of_ref !== undefined ? (indexOf.get(c.part_of_ref) ?? null) : null;
          return {
            stixId: c.id,
            extracted: { ...extracted, partOf },
            standing: { ...standing, partOf },
            review: reviewOf(c.review),
            credibility: c.credibility ?? null,
          };
        }),
        releases: (releases.get(r.id) ?? []).map((x) => {
          const standing = releaseOf(x, x);
          return {
            extracted: x.extracted ? releaseOf(x.extracted, x) : standing,
            standing,
            review: reviewOf(x.review),
          };
        }),
      },
    });
  }
  return { tessera, reports, sourceGrades, facts, skipped };
}

/** A report from another producer: its name, text where it has one, date, language and first URL. */
function foreignReport(o: Record<string, unknown> & { id: string }): ReportToImport {
  const name = typeof o.name === 'string' && o.name.trim() ? o.name.trim() : o.id;
  const description = typeof o.description === 'string' ? o.description : '';
  const refs = Array.isArray(o.external_references)
    ? (o.external_references as Record<string, unknown>[])
    : [];
  const url = refs.map((r) => r?.url).find((u): u is string => typeof u === 'string') ?? null;
  return {
    stixId: o.id,
    name,
    text: description ? `${name}\n\n${description}` : name,
    bytes: new TextEncoder().encode(JSON.stringify(o)),
    sha256: null,
    mediaType: 'application/stix+json',
    encoding: 'utf-8',
    lang: typeof o.lang === 'string' ? o.lang : null,
    languages: null,
    url,
    outlet: null,
    title: name,
    published: dateOf(o.published),
    collected: null,
    extractorVersion: null,
    extraction: null,
  };
}
