// A claim as one CSV row under an HXL hashtag row (https://hxlstandard.org), and as one JSON Lines record:
// pure mapping; the quoting is csv-stringify's (RFC 4180), done by the export service.
import type { Claim, Population } from '../domain/claim.ts';
import type { ReviewInput } from './stix.ts';

/** What a row needs of a report. */
export interface RowDocument {
  id: number;
  name: string;
  sha256: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string | null;
  languages: string[];
}

/** What a row needs of a claim (a ClaimRecord), with the reliability of its source and outlet. */
export interface RowClaim {
  id: number;
  claim: Claim;
  extracted: Claim;
  edits: Partial<Claim> | null;
  review: ReviewInput;
  credibility: number | null;
  scope?: string | null;
  extractorVersion: string;
}

export interface RowGrades {
  /** Reliability (A–F) of the attributed source, else null (ungraded or none). */
  source: string | null;
  outlet: string | null;
}

/**
 * Column names and their HXL hashtags. The value columns name the population when the export holds one
 * (`#affected+children+min`), as HXL tags say who is affected.
 */
export function claimColumns(population?: Population): [string, string][] {
  const who = population ? `+${population}` : '';
  return [
    ['claim', '#meta+id'],
    ['value_min', `#affected${who}+min`],
    ['value_max', `#affected${who}+max`],
    ['qualifier', '#affected+qualifier'],
    ['population', '#affected+type'],
    ['origin', '#country+code+origin'],
    ['status', '#status'],
    ['location', '#country+code+location'],
    ['group', '#org+armed'],
    ['age_min', '#affected+age+min'],
    ['age_max', '#affected+age+max'],
    ['date', '#date'],
    ['scope', '#meta+scope'],
    ['attributed_to', '#meta+attributed'],
    ['source_reliability', '#meta+attributed+reliability'],
    ['credibility', '#meta+credibility'],
    ['review', '#status+review'],
    ['reviewed_by', '#status+review+by'],
    ['quote', '#description+quote'],
    ['span_start', '#meta+span+start'],
    ['span_end', '#meta+span+end'],
    ['document', '#meta+source+id'],
    ['document_name', '#meta+source+name'],
    ['document_sha256', '#meta+source+hash'],
    ['url', '#meta+source+url'],
    ['title', '#meta+source+title'],
    ['outlet', '#meta+source+outlet'],
    ['outlet_reliability', '#meta+source+reliability'],
    ['published', '#date+reported'],
    ['lang', '#meta+lang'],
  ];
}

/** One claim's cells, in the order of claimColumns(); empty cells for what is unknown. */
export function claimCells(doc: RowDocument, r: RowClaim, grades: RowGrades): (string | number)[] {
  const c = r.claim;
  const or = <T>(v: T | null | undefined) => v ?? '';
  return [
    r.id,
    or(c.value.min),
    or(c.value.max),
    c.qualifier,
    c.population,
    c.origin?.join(' ') ?? '',
    c.status,
    c.location.join(' '),
    or(c.affiliation),
    or(c.age.min),
    or(c.age.max),
    or(c.date),
    or(r.scope),
    or(c.source),
    or(grades.source),
    or(r.credibility),
    r.review.state,
    or(r.review.by),
    c.quote,
    c.span.start,
    c.span.end,
    doc.id,
    doc.name,
    doc.sha256,
    or(doc.url),
    or(doc.title),
    or(doc.outlet),
    or(grades.outlet),
    or(doc.published),
    or(doc.lang),
  ];
}

/** One claim with its report's metadata, grades and review state: a line of JSON Lines. */
export function claimRecordLine(doc: RowDocument, r: RowClaim, grades: RowGrades): Record<string, unknown> {
  return {
    claim: r.id,
    ...r.claim,
    scope: r.scope ?? null,
    extracted: r.edits ? r.extracted : undefined,
    edits: r.edits ?? undefined,
    review: {
      state: r.review.state,
      by: r.review.by,
      at: r.review.at?.toISOString() ?? null,
      note: r.review.note,
    },
    grades: {
      credibility: r.credibility,
      sourceReliability: grades.source,
      outletReliability: grades.outlet,
    },
    extractorVersion: r.extractorVersion,
    document: {
      id: doc.id,
      name: doc.name,
      sha256: doc.sha256,
      url: doc.url,
      title: doc.title,
      outlet: doc.outlet,
      published: doc.published,
      lang: doc.lang,
      languages: doc.languages,
    },
  };
}
