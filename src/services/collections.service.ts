// Need-to-know collections: every document belongs to one, and who may read or change what is decided
// here, once, for the CLI and every API route. The store applies the answer (a list of visible
// collection ids) to its reads; it decides nothing.
//
// - An open collection is read by every account, with the account's own role.
// - A restricted collection is read by admins and by accounts granted on it; the grant's role caps the
//   account's there (a viewer grant reads; an analyst grant also reviews, grades, corrects and ingests,
//   when the account itself is an analyst or more).
// - With no account (a server without accounts, the local CLI, which holds the database itself)
//   everything is readable and writable.
// - Reads of a restricted collection's content (a report, its original, a claim, claims lists, search
//   results, facts, exports) are written to the append-only change log with who read them.
// - Something in a collection the reader may not read is answered as unknown (404), never as forbidden,
//   so its existence is not revealed; a write where the reader may read but not write is forbidden (403).
import { forbidden, invalidInput, notFound } from '../domain/errors.ts';
import {
  GENERAL_COLLECTION,
  GRANT_ROLES,
  type Account,
  type CollectionRecord,
  type GrantRecord,
  type GrantRole,
  type Repository,
  type Role,
  type Visible,
} from '../storage/repository.ts';
import { ROLE_RANK } from './accounts.service.ts';

export { GENERAL_COLLECTION, GRANT_ROLES, type GrantRole } from '../storage/repository.ts';

/** Who reads, and what they may see: derived from the account, passed to every read. */
export interface Reader {
  /** As the change log names them. */
  actor: string;
  /** Null without accounts and for the local CLI. */
  account: Account | null;
  /** The collections readable, or undefined for every one (the store's filter). */
  visible: Visible;
  /** Readable restricted collections: reads of their content are logged. */
  restricted: ReadonlySet<number>;
  /** The role held in a collection; null where it may not be read. */
  roleIn(collectionId: number): Role | null;
}

/** A reader who sees and may do everything, logging nothing: the default of every service read. */
export const EVERYONE: Reader = {
  actor: 'tessera',
  account: null,
  visible: undefined,
  restricted: new Set(),
  roleIn: () => 'admin',
};

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Why a collection name is refused, or null. */
export function collectionNameProblem(value: string): string | null {
  return NAME.test(value)
    ? null
    : `a collection name is 1 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, not "${value}"`;
}

const lower = (a: Role, b: Role): Role => (ROLE_RANK[a] <= ROLE_RANK[b] ? a : b);

/**
 * What an account may read and do, collection by collection. Without an account (no accounts, the local
 * CLI) everything, with reads of restricted collections still logged under `actor`.
 */
export async function readerOf(repo: Repository, account: Account | null, actor?: string): Promise<Reader> {
  const collections = await repo.listCollections({ counts: false });
  const grants = account && account.role !== 'admin' ? await repo.listGrants({ userId: account.id }) : [];
  const granted = new Map(grants.map((g) => [g.collectionId, g.role]));
  const roles = new Map<number, Role>();
  for (const c of collections) {
    if (!account || account.role === 'admin') roles.set(c.id, 'admin');
    else if (!c.restricted) roles.set(c.id, account.role);
    else {
      const grant = granted.get(c.id);
      if (grant) roles.set(c.id, lower(account.role, grant));
    }
  }
  const readable = collections.filter((c) => roles.has(c.id));
  return {
    actor: actor ?? account?.name ?? 'tessera',
    account,
    // Every collection readable: no filter at all, so single-user stores and admins pay nothing for it.
    visible: readable.length === collections.length ? undefined : readable.map((c) => c.id),
    restricted: new Set(readable.filter((c) => c.restricted).map((c) => c.id)),
    roleIn: (id) => roles.get(id) ?? null,
  };
}

/** Whether the reader may read something of this collection. */
export const mayRead = (reader: Reader, collectionId: number): boolean =>
  reader.roleIn(collectionId) !== null;

/**
 * Refuses a write in a collection: unknown (404, as `what`) where the reader may not read it, forbidden
 * (403) where the reader's role there is below analyst.
 */
export function requireWrite(reader: Reader, collectionId: number, what: { kind: string; id: string }): void {
  const role = reader.roleIn(collectionId);
  if (role === null) throw notFound(what.kind, what.id);
  if (ROLE_RANK[role] < ROLE_RANK.analyst)
    throw forbidden(
      `${what.kind} ${what.id} is in a collection where the account "${reader.account?.name ?? reader.actor}" is ${role}: changing it needs analyst`,
    );
}

/** Refuses a read of something in a collection the reader may not read, as unknown (404). */
export function requireRead(reader: Reader, collectionId: number, what: { kind: string; id: string }): void {
  if (!mayRead(reader, collectionId)) throw notFound(what.kind, what.id);
}

/**
 * Logs the reads of restricted content among what was just read: one entry per restricted collection
 * touched, naming what was read and which documents, claims and watched URLs (the first 1,000 of each).
 */
export async function auditRead(
  repo: Repository,
  reader: Reader,
  read: string,
  items: readonly { collectionId: number; documentId?: number; claimId?: number; url?: string }[],
  details: Record<string, unknown> = {},
): Promise<void> {
  if (!reader.restricted.size) return;
  const touched = new Map<number, { documentIds: Set<number>; claimIds: Set<number>; urls: Set<string> }>();
  for (const item of items) {
    if (!reader.restricted.has(item.collectionId)) continue;
    const entry = touched.get(item.collectionId) ?? {
      documentIds: new Set(),
      claimIds: new Set(),
      urls: new Set(),
    };
    if (item.documentId !== undefined) entry.documentIds.add(item.documentId);
    if (item.claimId !== undefined) entry.claimIds.add(item.claimId);
    // Watched URLs (a watch list, a history, a WARC file, a state alert): what was read of them.
    if (item.url !== undefined) entry.urls.add(item.url);
    touched.set(item.collectionId, entry);
  }
  for (const [collectionId, entry] of touched)
    await repo.recordRead(reader.actor, collectionId, {
      read,
      documentIds: [...entry.documentIds].slice(0, 1000),
      ...(entry.claimIds.size ? { claimIds: [...entry.claimIds].slice(0, 1000) } : {}),
      ...(entry.urls.size ? { urls: [...entry.urls].slice(0, 1000) } : {}),
      ...details,
    });
}

/**
 * auditRead for answers that name documents (and claims) without their collections, as estimates and the
 * overview do: the restricted ones among them are looked up, only for a reader who has restricted ones.
 */
export async function auditReadOfDocuments(
  repo: Repository,
  reader: Reader,
  read: string,
  items: readonly { documentId: number; claimId?: number }[],
): Promise<void> {
  if (!reader.restricted.size || !items.length) return;
  const ids = [...new Set(items.map((i) => i.documentId))];
  const restricted = await repo.listDocuments({
    ids,
    collections: [...reader.restricted],
    limit: ids.length,
  });
  const collectionOf = new Map(restricted.map((d) => [d.id, d.collectionId]));
  await auditRead(
    repo,
    reader,
    read,
    items.flatMap((i) => {
      const collectionId = collectionOf.get(i.documentId);
      return collectionId === undefined ? [] : [{ collectionId, ...i }];
    }),
  );
}

/** The collections a reader may read, by name, with the role held in each. */
export async function readableCollections(
  repo: Repository,
  reader: Reader,
): Promise<(CollectionRecord & { role: Role })[]> {
  return (await repo.listCollections()).flatMap((c) => {
    const role = reader.roleIn(c.id);
    return role ? [{ ...c, role }] : [];
  });
}

/**
 * The collection a name stands for, for ingesting into it or exporting it: unknown names (and, for a
 * reader who may not read it, names of collections it may not read) are refused naming the name.
 */
export async function collectionNamed(
  repo: Repository,
  name: string,
  reader: Reader = EVERYONE,
): Promise<CollectionRecord> {
  const found = await repo.getCollection(name);
  if (!found || !mayRead(reader, found.id))
    throw invalidInput(
      `there is no collection named "${name}" (see \`tessera collection list\`; \`tessera collection add ${name}\` makes one)`,
    );
  return found;
}

/** The collection new reports go into: the one named (the reader must be analyst there), else general. */
export async function ingestCollection(
  repo: Repository,
  name: string | undefined,
  reader: Reader = EVERYONE,
): Promise<CollectionRecord> {
  const collection = await collectionNamed(repo, name?.trim() || GENERAL_COLLECTION, reader);
  const role = reader.roleIn(collection.id);
  if (!role || ROLE_RANK[role] < ROLE_RANK.analyst)
    throw forbidden(
      `ingesting into the collection "${collection.name}" needs analyst there; the account "${reader.account?.name ?? reader.actor}" is ${role}`,
    );
  return collection;
}

export async function addCollection(
  repo: Repository,
  input: { name: string; restricted?: boolean },
  actor: string,
): Promise<CollectionRecord> {
  const problem = collectionNameProblem(input.name);
  if (problem) throw invalidInput(problem);
  return repo.addCollection({ name: input.name, restricted: input.restricted ?? false }, actor);
}

export const listCollections = (repo: Repository): Promise<CollectionRecord[]> => repo.listCollections();

export function grantRoleProblem(value: string): string | null {
  return (GRANT_ROLES as readonly string[]).includes(value)
    ? null
    : `a collection role is ${GRANT_ROLES.join(' or ')}, not "${value}"`;
}

async function collectionAndUser(repo: Repository, collection: string, user: string) {
  const found = await repo.getCollection(collection);
  if (!found) throw notFound('collection', collection);
  const account = await repo.getUser(user);
  if (!account) throw notFound('account', user);
  return { collection: found, account };
}

/** Gives an account a role (viewer or analyst) in a collection; a second grant replaces the first. */
export async function grantCollection(
  repo: Repository,
  input: { collection: string; user: string; role: string },
  actor: string,
): Promise<GrantRecord> {
  const problem = grantRoleProblem(input.role);
  if (problem) throw invalidInput(problem);
  const { collection, account } = await collectionAndUser(repo, input.collection, input.user);
  return repo.grantCollection(collection.id, account.id, input.role as GrantRole, actor);
}

/** Takes an account's grant in a collection back; not_found when it had none. */
export async function revokeCollection(
  repo: Repository,
  input: { collection: string; user: string },
  actor: string,
): Promise<void> {
  const { collection, account } = await collectionAndUser(repo, input.collection, input.user);
  if (!(await repo.revokeGrant(collection.id, account.id, actor)))
    throw notFound('grant', `${input.user} in ${input.collection}`);
}

export const listGrants = (repo: Repository, collection?: number): Promise<GrantRecord[]> =>
  repo.listGrants(collection === undefined ? {} : { collectionId: collection });

/**
 * Checks a claim against the reader before it is shown or changed: unknown (404) where its collection
 * may not be read, forbidden (403) for a change where the reader is below analyst there. A read of a
 * restricted collection's claim is logged.
 */
export async function requireClaim(
  repo: Repository,
  reader: Reader,
  id: number,
  need: 'read' | 'write',
): Promise<void> {
  if (reader === EVERYONE) return;
  const claim = await repo.getClaim(id);
  if (!claim) throw notFound('claim', String(id));
  const what = { kind: 'claim', id: String(id) };
  if (need === 'write') return requireWrite(reader, claim.collectionId, what);
  requireRead(reader, claim.collectionId, what);
  await auditRead(repo, reader, 'claim', [
    { collectionId: claim.collectionId, documentId: claim.documentId, claimId: id },
  ]);
}

/** The collection a document is in, named, for the reader's details. */
export async function collectionOf(
  repo: Repository,
  collectionId: number,
): Promise<{ id: number; name: string; restricted: boolean }> {
  const found = (await repo.listCollections({ counts: false })).find((c) => c.id === collectionId);
  return found
    ? { id: found.id, name: found.name, restricted: found.restricted }
    : { id: collectionId, name: String(collectionId), restricted: true };
}
