// Stored reports, newest first, and one report with what was found in it.
import { notFound } from '../domain/errors.ts';
import { DocumentMetaEdits, parseQuestion, REVIEW_STATES } from '../domain/filters.ts';
import type {
  ClaimRecord,
  DocumentFilter,
  DocumentRecord,
  DocumentSummary,
  ReleaseRecord,
  Repository,
} from '../storage/repository.ts';
import type { PageOf, PageRequest } from './claims.service.ts';
import { auditRead, EVERYONE, requireRead, requireWrite, type Reader } from './collections.service.ts';

export async function documentsPage(
  repo: Repository,
  filter: Pick<DocumentFilter, 'lang' | 'outlet' | 'country'>,
  page: PageRequest,
  reader: Reader = EVERYONE,
): Promise<PageOf<DocumentSummary>> {
  const seen = { ...filter, collections: reader.visible };
  const [items, total] = await Promise.all([
    repo.listDocuments({ ...seen, order: 'newest', limit: page.limit, offset: page.offset }),
    repo.countDocuments(seen),
  ]);
  return { items, total };
}

/** One report with every claim and release found in it, whatever their review. */
export async function documentDetail(
  repo: Repository,
  id: number,
  reader: Reader = EVERYONE,
): Promise<{ document: DocumentRecord; claims: ClaimRecord[]; releases: ReleaseRecord[] }> {
  const document = await repo.getDocument(id);
  if (!document) throw notFound('document', String(id));
  requireRead(reader, document.collectionId, { kind: 'document', id: String(id) });
  await auditRead(repo, reader, 'document', [{ collectionId: document.collectionId, documentId: id }]);
  const [claims, releases] = await Promise.all([
    repo.listClaims({ documentId: id, review: [...REVIEW_STATES], limit: 10_000 }),
    repo.listReleases({ documentId: id, limit: 10_000 }),
  ]);
  return { document, claims, releases };
}

/**
 * Corrects a report's metadata, checked first (each field named as the asking surface names it);
 * the store logs who changed what from what, and keeps dates, search and sources in step.
 */
export async function correctDocument(
  repo: Repository,
  id: number,
  input: unknown,
  actor: string,
  nameOf: (field: string) => string = (f) => f || 'the correction',
  reader: Reader = EVERYONE,
): Promise<DocumentRecord> {
  const { note, ...edits } = parseQuestion(DocumentMetaEdits, input, nameOf);
  const before = await repo.getDocument(id);
  if (!before) throw notFound('document', String(id));
  requireWrite(reader, before.collectionId, { kind: 'document', id: String(id) });
  return repo.correctDocument(id, { edits, actor, note: note ?? null });
}

/** A report's original bytes as collected, with what names and describes them. */
export async function documentOriginal(
  repo: Repository,
  id: number,
  reader: Reader = EVERYONE,
): Promise<{ document: DocumentRecord; bytes: Uint8Array }> {
  const document = await repo.getDocument(id);
  const bytes = document && (await repo.getDocumentBytes(id));
  if (!document || !bytes) throw notFound('document', String(id));
  requireRead(reader, document.collectionId, { kind: 'document', id: String(id) });
  await auditRead(repo, reader, 'original', [{ collectionId: document.collectionId, documentId: id }]);
  return { document, bytes };
}
