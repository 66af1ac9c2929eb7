// Tessera's evidence as STIX 2.1 objects (docs/STIX.md): pure mapping, no I/O. Ids are UUIDv5 of stable
// stored keys (a report's SHA-256, a count's span in it, a place code, a source's name), so the same store
// exported twice, or a store rebuilt from its own export, gives the same ids.
import { v5 as uuidv5 } from 'uuid';
import type { Affiliation, Claim, Release } from '../domain/claim.ts';
import type { ReviewState, SourceKind } from '../domain/filters.ts';
import { GROUP_NAMES } from '../pipeline/gazetteer/groups.data.ts';

/** The namespace of every Tessera STIX id (a fixed random UUID). */
const TESSERA_NAMESPACE = '5d2b7a47-6f0e-4f5e-9c4b-2a0f3c1e8d61';
/** STIX 2.1's namespace for cyber-observable ids (spec 2.9): an artifact's id follows from its hash. */
const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

export const COUNT_TYPE = 'tessera-count';
export const RELEASE_TYPE = 'tessera-release';
/** What `grouping.context` says of a Tessera fact. */
export const FACT_CONTEXT = 'tessera-fact';
export const EXTENSION_VERSION = '1.0.0';

/** When the objects that describe Tessera itself (its identity, its extensions) were first written. */
const DEFINED_AT = '2026-12-01T00:00:00.000Z';

export const stixId = (type: string, key: string): string => `${type}--${uuidv5(key, TESSERA_NAMESPACE)}`;

/** Ids of things few and often referred to (places, groups, sources), each computed once. */
function memo(f: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let id = known.get(key);
    if (id === undefined) known.set(key, (id = f(key)));
    return id;
  };
}
const placeIds = memo((code) => stixId('location', `place:${code}`));
const sourceIds = memo((key) => stixId('identity', `source:${key}`));

export const TESSERA_IDENTITY_ID = stixId('identity', 'tessera');
export const COUNT_EXTENSION_ID = stixId('extension-definition', `${COUNT_TYPE}@1`);
export const RELEASE_EXTENSION_ID = stixId('extension-definition', `${RELEASE_TYPE}@1`);

export const reportId = (sha256: string) => stixId('report', `document:${sha256}`);
export const artifactId = (sha256: string) =>
  `artifact--${uuidv5(JSON.stringify({ hashes: { 'SHA-256': sha256 } }), SCO_NAMESPACE)}`;
/**
 * A count is the words at a span of one report, as the engine read them: one phrase may count several
 * ("Kazakh and Kyrgyz children" is a count from each country), told apart by the engine's population,
 * origin and status, which analysts' corrections leave alone.
 */
export const countKey = (extracted: Pick<Claim, 'span' | 'population' | 'origin' | 'status'>) =>
  `${extracted.span.start}:${extracted.span.end}:${extracted.population}:${extracted.origin?.join('+') ?? ''}:${extracted.status}`;
export const countId = (
  sha256: string,
  extracted: Pick<Claim, 'span' | 'population' | 'origin' | 'status'>,
) => stixId(COUNT_TYPE, `count:${sha256}:${countKey(extracted)}`);
export const releaseId = (sha256: string, span: { start: number; end: number }) =>
  stixId(RELEASE_TYPE, `release:${sha256}:${span.start}:${span.end}`);
export const locationId = (code: string) => placeIds(code);
export const groupId = (group: Affiliation) => stixId('intrusion-set', `group:${group}`);
/** Sources are one per name however spelled in case and spacing, as the store keeps them. */
export const sourceKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
export const identityId = (kind: SourceKind, name: string) => sourceIds(`${kind}:${sourceKey(name)}`);
export const opinionId = (about: string) => stixId('opinion', `credibility:${about}`);
export const relationshipId = (type: string, from: string, to: string) =>
  stixId('relationship', `${type}:${from}:${to}`);
/** A fact is the set of counts it joins. */
export const groupingId = (members: readonly string[]) =>
  stixId('grouping', `fact:${[...members].sort().join(',')}`);

export type StixObject = { type: string; id: string } & Record<string, unknown>;

/** What an export needs of a stored report (a DocumentSummary with its text and bytes). */
export interface ReportInput {
  sha256: string;
  name: string;
  size: number;
  mediaType: string;
  encoding: string | null;
  lang: string | null;
  languages: string[];
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  collectedAt: Date;
  collectedHow: string;
  collectedFrom: string;
  collectedBy: string;
  extractorVersion: string;
  text: string;
  bytes: Uint8Array;
}

export interface ReviewInput {
  state: ReviewState;
  by: string | null;
  at: Date | null;
  note: string | null;
}

/** What an export needs of a stored claim (a ClaimRecord). */
export interface CountInput {
  claim: Claim;
  extracted: Claim;
  edits: Partial<Claim> | null;
  review: ReviewInput;
  credibility: number | null;
  scope?: string | null;
  extractorVersion: string;
}

export interface ReleaseInput {
  release: Release;
  extracted: Release;
  edits: Partial<Release> | null;
  review: ReviewInput;
  extractorVersion: string;
}

export interface SourceInput {
  kind: SourceKind;
  name: string;
  reliability: string | null;
}

/** Drops nulls, undefined and empty arrays, which STIX does not allow as property values. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

const stamp = (d: Date) => d.toISOString();

/** A partial ISO date (`2019-05`) as the STIX timestamp of its start. */
export function timestampOf(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00.000Z`;
}

const common = (type: string, id: string, created: string, modified = created) => ({
  type,
  spec_version: '2.1',
  id,
  created,
  modified,
});

/** Tessera as the producer of every object. */
export function tesseraIdentity(): StixObject {
  return {
    ...common('identity', TESSERA_IDENTITY_ID, DEFINED_AT),
    name: 'Tessera',
    identity_class: 'system',
    description: 'Sourced, dated, graded counts of people and propaganda releases, extracted from reports.',
  };
}

/** The extension definitions that declare Tessera's two object types (their schemas: docs/STIX.md). */
export function extensionDefinitions(): StixObject[] {
  const define = (id: string, type: string, what: string) => ({
    ...common('extension-definition', id, DEFINED_AT),
    created_by_ref: TESSERA_IDENTITY_ID,
    name: `Tessera ${type}`,
    description: what,
    schema: `docs/stix/${type}.schema.json in the Tessera repository (described in docs/STIX.md)`,
    version: EXTENSION_VERSION,
    extension_types: ['new-sdo'],
  });
  return [
    define(
      COUNT_EXTENSION_ID,
      COUNT_TYPE,
      'A count of people stated by a report: value bounds and qualifier, who is counted (population, origin, ' +
        'status, place, armed group, ages), when, its scope, the count it is part of, and the quote with its span.',
    ),
    define(
      RELEASE_EXTENSION_ID,
      RELEASE_TYPE,
      'A propaganda release a report names: media type, title in its original script, date, duration, ' +
        'languages and producer, with the quote and its span.',
    ),
  ];
}

const reviewOf = (r: ReviewInput) =>
  compact({ state: r.state, by: r.by, at: r.at ? stamp(r.at) : null, note: r.note });

/** The time an object was last changed: its review, else when the report was collected. */
const modifiedOf = (created: string, review: ReviewInput) =>
  review.at && stamp(review.at) > created ? stamp(review.at) : created;

/** A URL as STIX wants it, an RFC 3986 URI: `https://anfarabic.com/الشرق` is percent-encoded. */
function uriOf(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** The report: its text as description, the original bytes' hash and URL as an external reference. */
export function reportObject(doc: ReportInput, refs: string[]): StixObject {
  const created = stamp(doc.collectedAt);
  return compact({
    ...common('report', reportId(doc.sha256), created),
    created_by_ref: TESSERA_IDENTITY_ID,
    name: doc.title ?? doc.name,
    description: doc.text,
    report_types: ['tessera-report'],
    published: (doc.published && timestampOf(doc.published)) ?? created,
    lang: doc.lang,
    // A report with nothing counted in it still refers to its original bytes.
    object_refs: refs.length ? refs : [artifactId(doc.sha256)],
    external_references: [
      compact({
        source_name: doc.outlet ?? 'tessera',
        description: `original bytes of ${doc.name} (${doc.mediaType}, ${doc.size} bytes)`,
        url: doc.url ? uriOf(doc.url) : null,
        hashes: { 'SHA-256': doc.sha256 },
        external_id: doc.name,
      }),
    ],
    x_tessera_name: doc.name,
    x_tessera_title: doc.title,
    x_tessera_outlet: doc.outlet,
    x_tessera_url: doc.url,
    x_tessera_published: doc.published,
    x_tessera_languages: doc.languages,
    x_tessera_media_type: doc.mediaType,
    x_tessera_encoding: doc.encoding,
    x_tessera_extractor_version: doc.extractorVersion,
    x_tessera_collected: {
      at: created,
      how: doc.collectedHow,
      from: doc.collectedFrom,
      by: doc.collectedBy,
    },
  });
}

/** The original bytes as collected, carried whole (base64) so the evidence travels with its hash. */
export function artifactObject(doc: Pick<ReportInput, 'sha256' | 'mediaType' | 'bytes'>): StixObject {
  return {
    type: 'artifact',
    spec_version: '2.1',
    id: artifactId(doc.sha256),
    mime_type: doc.mediaType,
    payload_bin: Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength).toString('base64'),
    hashes: { 'SHA-256': doc.sha256 },
  };
}

const claimFields = (c: Claim) =>
  compact({
    value_min: c.value.min,
    value_max: c.value.max,
    qualifier: c.qualifier,
    population: c.population,
    origin: c.origin,
    status: c.status,
    location: c.location,
    affiliation: c.affiliation,
    age_min: c.age.min,
    age_max: c.age.max,
    source: c.source,
    date: c.date,
  });

/**
 * A count as it stands; `extracted` keeps the engine's reading when an analyst corrected it. `position`
 * is its place among the report's counts, as the engine listed them (what `part_of_ref` resolves to).
 */
export function countObject(
  doc: Pick<ReportInput, 'sha256' | 'collectedAt' | 'lang'>,
  input: CountInput,
  position: number,
  partOf: string | null,
): StixObject {
  const created = stamp(doc.collectedAt);
  const c = input.claim;
  return compact({
    ...common(COUNT_TYPE, countId(doc.sha256, input.extracted), created, modifiedOf(created, input.review)),
    created_by_ref: TESSERA_IDENTITY_ID,
    extensions: { [COUNT_EXTENSION_ID]: { extension_type: 'new-sdo' } },
    ...claimFields(c),
    scope: input.scope,
    part_of_ref: partOf,
    quote: c.quote,
    span: { start: c.span.start, end: c.span.end },
    lang: doc.lang,
    report_ref: reportId(doc.sha256),
    position,
    review: reviewOf(input.review),
    credibility: input.credibility,
    extracted: input.edits ? claimFields(input.extracted) : null,
    extractor_version: input.extractorVersion,
  });
}

const releaseFields = (r: Release) =>
  compact({
    media: r.media,
    title: r.title,
    date: r.date,
    duration_min: r.duration_min,
    spoken: r.spoken,
    subtitles: r.subtitles,
    producer: r.producer,
  });

export function releaseObject(
  doc: Pick<ReportInput, 'sha256' | 'collectedAt' | 'lang'>,
  input: ReleaseInput,
): StixObject {
  const created = stamp(doc.collectedAt);
  const r = input.release;
  return compact({
    ...common(RELEASE_TYPE, releaseId(doc.sha256, r.span), created, modifiedOf(created, input.review)),
    created_by_ref: TESSERA_IDENTITY_ID,
    extensions: { [RELEASE_EXTENSION_ID]: { extension_type: 'new-sdo' } },
    ...releaseFields(r),
    quote: r.quote,
    span: { start: r.span.start, end: r.span.end },
    lang: doc.lang,
    report_ref: reportId(doc.sha256),
    review: reviewOf(input.review),
    extracted: input.edits ? releaseFields(input.extracted) : null,
    extractor_version: input.extractorVersion,
  });
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A country by its ISO 3166-1 code, or a region of the gazetteer (`region:central-asia`). */
export function locationObject(code: string): StixObject {
  const region = code.startsWith('region:') ? code.slice('region:'.length) : null;
  return compact({
    ...common('location', locationId(code), DEFINED_AT),
    created_by_ref: TESSERA_IDENTITY_ID,
    name: region ? region.replace(/-/g, ' ') : (regionNames.of(code) ?? code),
    region,
    country: region ? null : code,
    x_tessera_code: code,
  });
}

/** An armed group with its names in the four languages of the gazetteer. */
export function intrusionSetObject(group: Affiliation): StixObject {
  const names = GROUP_NAMES[group];
  const aliases = [
    ...new Set(Object.values(names).flatMap((list) => (list ?? []).map((n) => n.replace(/^!/, '')))),
  ];
  return compact({
    ...common('intrusion-set', groupId(group), DEFINED_AT),
    created_by_ref: TESSERA_IDENTITY_ID,
    name: aliases[0] ?? group,
    aliases: aliases.slice(1),
    x_tessera_group: group,
  });
}

/** An outlet or an attributed source, with the reliability an analyst gave it (Admiralty A–F). */
export function identityObject(source: SourceInput): StixObject {
  return compact({
    ...common('identity', identityId(source.kind, source.name), DEFINED_AT),
    created_by_ref: TESSERA_IDENTITY_ID,
    name: source.name,
    identity_class: source.kind === 'outlet' ? 'organization' : 'unknown',
    x_tessera_source_kind: source.kind,
    x_tessera_reliability: source.reliability,
  });
}

/** Admiralty credibility 1–6 on STIX's five-point scale of agreement; 6 (cannot be judged) is neutral. */
const AGREEMENT: Record<number, string> = {
  1: 'strongly-agree',
  2: 'agree',
  3: 'neutral',
  4: 'disagree',
  5: 'strongly-disagree',
  6: 'neutral',
};
const CREDIBILITY_WORDS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** An analyst's credibility grade of a count. */
export function opinionObject(count: StixObject, credibility: number): StixObject {
  const review = count.review as { by?: string } | undefined;
  return compact({
    ...common('opinion', opinionId(count.id), count.created as string, count.modified as string),
    created_by_ref: TESSERA_IDENTITY_ID,
    object_refs: [count.id],
    opinion: AGREEMENT[credibility],
    explanation: `Admiralty credibility ${credibility}: ${CREDIBILITY_WORDS[credibility]}`,
    authors: review?.by ? [review.by] : null,
    x_tessera_credibility: credibility,
  });
}

export function relationshipObject(type: string, from: string, to: string, created: string): StixObject {
  return {
    ...common('relationship', relationshipId(type, from, to), created),
    created_by_ref: TESSERA_IDENTITY_ID,
    relationship_type: type,
    source_ref: from,
    target_ref: to,
  };
}

export interface FactInput {
  value: { min: number | null; max: number | null };
  population: string;
  origin: string[] | null;
  status: string;
  date: string | null;
  origins: number;
  why: string[];
}

/** A fact: the counts of several reports that state the same number of the same people. */
/** Facts are decided again as reports come in: the grouping carries no time of its own. */
export function groupingObject(fact: FactInput, members: string[]): StixObject {
  const value =
    fact.value.min === fact.value.max ? String(fact.value.min) : `${fact.value.min}–${fact.value.max}`;
  return compact({
    ...common('grouping', groupingId(members), DEFINED_AT),
    created_by_ref: TESSERA_IDENTITY_ID,
    name: `${value} ${fact.population} from ${fact.origin?.join(', ') ?? 'an unstated origin'}, ${fact.status}`,
    context: FACT_CONTEXT,
    object_refs: members,
    x_tessera_value_min: fact.value.min,
    x_tessera_value_max: fact.value.max,
    x_tessera_population: fact.population,
    x_tessera_origin: fact.origin,
    x_tessera_status: fact.status,
    x_tessera_date: fact.date,
    x_tessera_independent_origins: fact.origins,
    x_tessera_why: fact.why,
  });
}

/** Relationships from a count to its report, places, group, attributed source and the count it is part of. */
export function countRelationships(count: StixObject): StixObject[] {
  const created = count.created as string;
  const out = [relationshipObject('reported-in', count.id, count.report_ref as string, created)];
  for (const code of (count.origin as string[] | undefined) ?? [])
    out.push(relationshipObject('originates-from', count.id, locationId(code), created));
  for (const code of (count.location as string[] | undefined) ?? [])
    out.push(relationshipObject('located-at', count.id, locationId(code), created));
  const group = count.affiliation as Affiliation | undefined;
  if (group && group !== 'other')
    out.push(relationshipObject('affiliated-with', count.id, groupId(group), created));
  if (typeof count.source === 'string')
    out.push(relationshipObject('attributed-to', count.id, identityId('attributed', count.source), created));
  if (typeof count.part_of_ref === 'string')
    out.push(relationshipObject('part-of', count.id, count.part_of_ref, created));
  return out;
}
