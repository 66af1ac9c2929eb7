// What analysis reads of a claim and what the store hands it: an extracted claim plus the document
// facts it needs. Plain data, so the store can hand in rows and tests can hand in literals.
import type { Claim, Scope } from './claim.ts';
import type { Grade } from './grade.ts';

/** Why a document counts as a copy: of which document, how similar, and its group's first document. */
export interface CopyLink {
  documentId: string;
  documentName: string;
  root: string;
  jaccard: number;
}

export interface ScopeReading {
  scope: Scope;
  /** The words that decided it, as found in the folded text. */
  marker: string | null;
}

export interface AnalysisClaim extends Claim {
  id: string;
  documentId: string;
  /** The document id as given at ingestion (file name without extension), for display. */
  documentName: string;
  lang: string;
  /** The document's publication date, ISO full or partial. */
  published: string | null;
  outlet: string | null;
  /** Missing means ungraded, read as F6. */
  grade?: Grade | null;
  /** Set when the claim's document is a near copy of an earlier one. */
  copyOf?: CopyLink | null;
  /** The sentence around the quote, when known: "in total" often sits outside the quote. */
  context?: string | null;
  /** The scope read when the claim was stored; when absent, estimates read it from `context`. */
  scope?: ScopeReading;
  /** The id of the claim of the same report this one is part of ("156 children, 18 of them orphans"). */
  wholeId?: string | null;
  /** The fact (the same count across reports and languages) the claim was linked to, once linked. */
  factId?: string | null;
}

/**
 * A count one country of a region gave, as far as the region's sums need it: its bounds, when it held
 * and its scope (read by Repository.listCountryCounts, the latest of each country). The quote and the
 * sentence around it come only with a claim stored before its scope was, to read the scope from.
 */
export interface CountryCount extends Pick<
  AnalysisClaim,
  'id' | 'value' | 'date' | 'published' | 'context' | 'scope'
> {
  /** The country, the claim's only origin. */
  country: string;
  quote?: string;
}

/** When a claim held: its own date, else its document's publication date. */
export interface ClaimTime {
  date: string;
  basis: 'claim' | 'published';
}
