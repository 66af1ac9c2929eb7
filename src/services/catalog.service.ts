// An in-memory catalogue of documents and claims for the web surfaces: facets, overview counts and
// filtered lists without a query per document. It follows the append-only change log, so writes made
// by any process (CLI, another server on PostgreSQL) show up at the next read.
import {
  REVIEW_STATES,
  type ClaimSummary,
  type DocumentSummary,
  type Repository,
} from '../storage/repository.ts';

/** A claim as the catalogue holds it: as it stands, with its review state. */
export type CatalogClaim = ClaimSummary;

export interface CatalogDocument extends DocumentSummary {
  /** Origins and locations of the document's claims. */
  places: string[];
}

const PAGE = 2000;
/** More changes than this since the last look and the catalogue is rebuilt rather than patched. */
const REBUILD_AFTER = 500;

export class Catalog {
  readonly documents = new Map<number, CatalogDocument>();
  readonly claims = new Map<number, CatalogClaim>();
  private readonly claimsByDocument = new Map<number, Set<number>>();
  private lastChangeId = 0;
  private loaded = false;
  private syncing: Promise<void> | null = null;
  private checkedAt = -Infinity;
  private dirty = true;
  private invalidations = 0;
  /** Bumped whenever the content changes: callers key their caches on it. */
  generation = 0;

  /**
   * @param recheckMs how long a look at the change log stays good: writes through `invalidate()` show at
   *   once, writes by other processes within this time.
   */
  constructor(
    private readonly repo: Repository,
    private readonly recheckMs = 1000,
  ) {}

  /** Marks the catalogue stale after a write, so the next read looks at the change log. */
  invalidate(): void {
    this.dirty = true;
    this.invalidations++;
  }

  /** Brings the catalogue up to date with the store; concurrent callers share one sync. */
  async sync(): Promise<void> {
    if (!this.dirty && performance.now() - this.checkedAt < this.recheckMs) return;
    if (!this.syncing) {
      const seen = this.invalidations;
      this.syncing = this.doSync()
        .then(() => {
          // A write that landed while this sync ran may not be in it: stay stale for the next read.
          if (seen === this.invalidations) this.dirty = false;
          this.checkedAt = performance.now();
        })
        .finally(() => (this.syncing = null));
    }
    return this.syncing;
  }

  private async doSync(): Promise<void> {
    if (!this.loaded) {
      await this.rebuild();
      return;
    }
    const changes = await this.repo.listChanges({ afterId: this.lastChangeId, limit: REBUILD_AFTER + 1 });
    if (!changes.length) return;
    if (changes.length > REBUILD_AFTER) {
      await this.rebuild();
      return;
    }
    const documents = new Set<number>();
    const claims = new Set<number>();
    for (const c of changes) {
      if (c.entity === 'document') documents.add(c.entityId);
      else if (c.entity === 'claim') claims.add(c.entityId);
      this.lastChangeId = Math.max(this.lastChangeId, c.id);
    }
    for (const id of documents) await this.loadDocument(id);
    for (const id of claims) {
      const r = await this.repo.getClaim(id);
      if (r) this.putClaim({ id: r.id, documentId: r.documentId, claim: r.claim, review: r.review.state });
    }
    for (const id of new Set([...documents, ...[...claims].map((c) => this.claims.get(c)?.documentId)]))
      if (id !== undefined) this.refreshPlaces(id);
    this.generation++;
  }

  private async rebuild(): Promise<void> {
    const latest = await this.repo.latestChangeId();
    this.documents.clear();
    this.claims.clear();
    this.claimsByDocument.clear();
    let afterId: number | undefined;
    for (;;) {
      const page = await this.repo.listDocuments({ afterId, limit: PAGE });
      for (const d of page) this.documents.set(d.id, { ...d, places: [] });
      if (page.length < PAGE) break;
      afterId = page[page.length - 1]!.id;
    }
    afterId = undefined;
    for (;;) {
      const page = await this.repo.listClaimSummaries({ afterId, limit: PAGE });
      for (const c of page) this.putClaim(c);
      if (page.length < PAGE) break;
      afterId = page[page.length - 1]!.id;
    }
    for (const id of this.documents.keys()) this.refreshPlaces(id);
    this.lastChangeId = latest;
    this.loaded = true;
    this.generation++;
  }

  private async loadDocument(id: number): Promise<void> {
    const doc = await this.repo.getDocument(id);
    for (const claimId of this.claimsByDocument.get(id) ?? []) this.claims.delete(claimId);
    this.claimsByDocument.delete(id);
    if (!doc) {
      this.documents.delete(id);
      return;
    }
    const { text: _text, encoding: _encoding, codes: _codes, ...summary } = doc;
    this.documents.set(id, { ...summary, places: [] });
    for (const r of await this.repo.listClaims({
      documentId: id,
      review: [...REVIEW_STATES],
      limit: 100_000,
    }))
      this.putClaim({ id: r.id, documentId: r.documentId, claim: r.claim, review: r.review.state });
  }

  private putClaim(c: CatalogClaim): void {
    this.claims.set(c.id, c);
    let set = this.claimsByDocument.get(c.documentId);
    if (!set) this.claimsByDocument.set(c.documentId, (set = new Set()));
    set.add(c.id);
  }

  private refreshPlaces(documentId: number): void {
    const doc = this.documents.get(documentId);
    if (!doc) return;
    const places = new Set<string>();
    for (const c of this.claimsOf(documentId)) {
      if (c.review === 'rejected') continue;
      for (const p of c.claim.origin ?? []) places.add(p);
      for (const p of c.claim.location) places.add(p);
    }
    doc.places = [...places].sort();
  }

  claimsOf(documentId: number): CatalogClaim[] {
    const ids = this.claimsByDocument.get(documentId);
    const out: CatalogClaim[] = [];
    // A plain loop: searches call this for every document of the store.
    if (ids)
      for (const id of ids) {
        const c = this.claims.get(id);
        if (c) out.push(c);
      }
    return out;
  }
}
