// The audit trail: the append-only change log (every write, with the account that made it), read in id
// order a page at a time and written as CSV (csv-stringify) or a JSON array.
import { stringify } from 'csv-stringify/sync';
import { invalidInput } from '../domain/errors.ts';
import { isIsoDate } from '../domain/validate.ts';
import type { ChangeRecord, Repository } from '../storage/repository.ts';

export const AUDIT_FORMATS = ['csv', 'json'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];
const PAGE = 1000;

export const AUDIT_COLUMNS = ['id', 'at', 'actor', 'action', 'entity', 'entityId', 'documentId', 'details'];

/** `--since`: an ISO date (2024, 2024-05, 2024-05-01) or a full timestamp, read as UTC. */
export function parseSince(value: string): Date {
  const trimmed = value.trim();
  let at: Date | null = null;
  if (isIsoDate(trimmed)) {
    const [y, m = '01', d = '01'] = trimmed.split('-');
    at = new Date(`${y}-${m}-${d}T00:00:00Z`);
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) {
    at = new Date(trimmed);
  }
  if (!at || Number.isNaN(at.getTime()))
    throw invalidInput(
      `--since must be a date such as 2024-05-01 or a time such as 2024-05-01T12:00:00Z, not "${value}"`,
    );
  return at;
}

/** Every change at or after `since`, oldest first, a page at a time. */
export async function* auditTrail(repo: Repository, since?: Date): AsyncGenerator<ChangeRecord> {
  let afterId: number | undefined;
  for (;;) {
    const page = await repo.listChanges({
      ...(since ? { since } : {}),
      ...(afterId !== undefined ? { afterId } : {}),
      limit: PAGE,
    });
    yield* page;
    if (page.length < PAGE) return;
    afterId = page[page.length - 1]!.id;
  }
}

const row = (c: ChangeRecord) => ({
  id: c.id,
  at: c.at.toISOString(),
  actor: c.actor,
  action: c.action,
  entity: c.entity,
  entityId: c.entityId,
  documentId: c.documentId,
  details: c.details,
});

/** The audit trail written out in pieces: CSV with a header row, or one JSON array. */
export async function* auditExport(
  repo: Repository,
  format: AuditFormat,
  since?: Date,
): AsyncGenerator<string> {
  if (format === 'csv') yield stringify([AUDIT_COLUMNS]);
  else yield '[';
  let first = true;
  for await (const change of auditTrail(repo, since)) {
    const r = row(change);
    if (format === 'csv')
      yield stringify([
        [r.id, r.at, r.actor, r.action, r.entity, r.entityId, r.documentId ?? '', JSON.stringify(r.details)],
      ]);
    else {
      yield `${first ? '\n' : ',\n'}  ${JSON.stringify(r)}`;
      first = false;
    }
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}
