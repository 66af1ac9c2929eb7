/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- JSON bodies read loosely in tests */
// Need-to-know collections through the API: an account without a grant sees nothing of a restricted
// collection's reports anywhere (search with its facets and totals, claims, facts, estimates, releases,
// sources, export, overview counts, documents), and a report or claim of it answers 404; a granted
// viewer sees them (each read logged) but may not change them; exports leave its quotes out unless asked.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { addUser, createToken } from '../../src/services/accounts.service.ts';
import { addCollection, grantCollection } from '../../src/services/collections.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

// The same count in both reports, so one fact spans the two collections; the secret one names a
// producer and a release of its own, and a word found nowhere else.
const OPEN = 'Officials said 12 children returned from Syria to Kazakhstan in March 2020.';
const SECRET =
  'Zanzibarite officials said 12 children returned from Syria to Kazakhstan in March 2020. ' +
  'The group published a magazine called "Zanzibarite Dawn" in May 2019. Its pages show 7 children training.';

let dir: string;
let repo: Repository;
let app: FastifyInstance;
const token: Record<string, string> = {};
let openDoc: number;
let secretDoc: number;
let secretClaim: number;

const get = (who: string, url: string) =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token[who]}` } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-collections-'));
  repo = await openRepository(join(dir, 'data'), linker);
  const minors = await addCollection(repo, { name: 'minors', restricted: true }, 'root');
  await writeFile(join(dir, 'open-report.txt'), OPEN);
  await writeFile(join(dir, 'secret-minors.txt'), SECRET);
  const options = { actor: 'test', maxBytes: 1e6, fetchTimeoutMs: 1000, allowPrivate: false };
  await ingest(repo, [join(dir, 'open-report.txt')], options, () => {});
  await ingest(repo, [join(dir, 'secret-minors.txt')], { ...options, collectionId: minors.id }, () => {});
  const docs = await repo.listDocuments();
  openDoc = docs.find((d) => d.name === 'open-report')!.id;
  secretDoc = docs.find((d) => d.name === 'secret-minors')!.id;
  secretClaim = (await repo.listClaims({ documentId: secretDoc }))[0]!.id;
  const accounts = [
    ['plain', 'viewer'],
    ['granted', 'viewer'],
    ['capped', 'analyst'],
    ['writer', 'analyst'],
    ['outsider', 'analyst'],
    ['boss', 'admin'],
  ] as const;
  for (const [name, role] of accounts) {
    await addUser(repo, { name, role, password: `${name} password 1` }, 'root');
    token[name] = (await createToken(repo, name, 'root')).token;
  }
  await grantCollection(repo, { collection: 'minors', user: 'granted', role: 'viewer' }, 'root');
  await grantCollection(repo, { collection: 'minors', user: 'capped', role: 'viewer' }, 'root');
  await grantCollection(repo, { collection: 'minors', user: 'writer', role: 'analyst' }, 'root');
  app = await buildApp({ repo, user: 'os', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every read a viewer makes, by route. */
const READS = [
  '/api/overview',
  '/api/documents',
  '/api/claims',
  '/api/claims?review=unreviewed',
  '/api/search?q=children',
  '/api/search',
  '/api/facts',
  '/api/estimates?population=children&origin=KZ',
  '/api/estimates/questions',
  '/api/releases',
  '/api/sources',
  '/api/sources/by-kind',
  '/api/sources/suggestions',
  '/api/export?format=jsonl',
  '/api/export?format=csv',
  '/api/export?format=stix',
];

describe('a viewer without a grant', () => {
  it('sees none of a restricted collection in any read', async () => {
    for (const url of READS) {
      const res = await get('plain', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toMatch(/Zanzibarite|secret-minors/);
      // The granted viewer's answer to the same question does hold it (the question can find it).
      if (!url.includes('questions') && !url.includes('sources'))
        expect((await get('granted', url)).body, url).toMatch(/Zanzibarite|secret-minors/);
    }
  });

  it('counts only what it may read: totals, facets, overview', async () => {
    const search = (await get('plain', '/api/search?q=children')).json();
    expect(search.total).toBe(1);
    expect(search.claims.total).toBe(1);
    expect(search.facets.lang).toEqual([{ value: 'en', count: 1 }]);
    expect((await get('granted', '/api/search?q=children')).json().total).toBe(2);
    expect((await get('plain', '/api/overview')).json().stats).toMatchObject({ documents: 1, claims: 1 });
    expect((await get('granted', '/api/overview')).json().stats.documents).toBe(2);
    expect((await get('plain', '/api/documents')).json().total).toBe(1);
    expect((await get('plain', '/api/claims')).json().total).toBe(1);
    const [fact] = (await get('plain', '/api/facts')).json().items;
    expect(fact.claims.map((c: { documentId: number }) => c.documentId)).toEqual([openDoc]);
    const [both] = (await get('granted', '/api/facts')).json().items;
    expect(both.claims.map((c: { documentId: number }) => c.documentId).sort()).toEqual(
      [openDoc, secretDoc].sort(),
    );
  });

  it('cannot merge a source named only in it, nor merge into one', async () => {
    const sources = await repo.listSources();
    const secret = sources.find((s) => /Zanzibarite/.test(s.name));
    const open = sources.find((s) => s.kind === secret?.kind && !/Zanzibarite/.test(s.name));
    expect(secret, 'the restricted report names a source of its own').toBeDefined();
    expect(open).toBeDefined();
    const merge = (who: string, id: number, into: number) =>
      app.inject({
        method: 'POST',
        url: `/api/sources/${id}/merge`,
        headers: { authorization: `Bearer ${token[who]}` },
        payload: { into },
      });
    expect((await merge('outsider', secret!.id, open!.id)).statusCode).toBe(404);
    expect((await merge('outsider', open!.id, secret!.id)).statusCode).toBe(404);
    expect(await repo.listSourceAliases()).toEqual([]);
  });

  it('answers 404 for a report or claim of it, even to write, and does not export it by name', async () => {
    for (const url of [
      `/api/documents/${secretDoc}`,
      `/api/documents/${secretDoc}/original`,
      `/api/claims/${secretClaim}`,
    ])
      expect((await get('plain', url)).statusCode, url).toBe(404);
    const review = await app.inject({
      method: 'POST',
      url: `/api/claims/${secretClaim}/review`,
      headers: { authorization: `Bearer ${token.outsider}` },
      payload: { action: 'confirm' },
    });
    expect(review.statusCode).toBe(404);
    const exported = await get('plain', '/api/export?format=jsonl&collection=minors');
    expect(exported.statusCode).toBe(400);
    expect(exported.json().message).toMatch(/no collection named "minors"/);
    const collections = (await get('plain', '/api/collections')).json().items;
    expect(collections.map((c: { name: string }) => c.name)).toEqual(['general']);
  });
});

describe('a granted account', () => {
  it('reads the report with its collection named, and the read is logged with the account', async () => {
    const res = await get('granted', `/api/documents/${secretDoc}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().collection).toMatchObject({ name: 'minors', restricted: true });
    expect((await get('granted', `/api/documents/${openDoc}`)).json().collection.name).toBe('general');
    const reads = (await repo.listChanges({ entity: 'collection' })).filter(
      (c) => c.action === 'collection.read' && c.actor === 'granted',
    );
    expect(reads.some((r) => r.details.read === 'document')).toBe(true);
    expect(reads.every((r) => r.details.read !== 'document' || r.details.documentIds)).toBe(true);
    const listed = (await get('granted', '/api/collections')).json().items;
    expect(listed.map((c: { name: string; role: string }) => [c.name, c.role])).toEqual([
      ['general', 'viewer'],
      ['minors', 'viewer'],
    ]);
  });

  it('may not change it beyond its grant: an analyst with a viewer grant gets 403', async () => {
    const post = (who: string, url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token[who]}` }, payload });
    expect((await post('capped', `/api/claims/${secretClaim}/grade`, { credibility: 2 })).statusCode).toBe(
      403,
    );
    expect(
      (await post('capped', `/api/claims/${secretClaim}/review`, { action: 'confirm' })).statusCode,
    ).toBe(403);
    expect((await post('writer', `/api/claims/${secretClaim}/grade`, { credibility: 2 })).statusCode).toBe(
      200,
    );
    const ingest = await app.inject({
      method: 'POST',
      url: '/api/ingest/urls',
      headers: { authorization: `Bearer ${token.capped}` },
      payload: { urls: ['https://example.invalid/a'], collection: 'minors' },
    });
    expect(ingest.statusCode).toBe(403);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/ingest/urls',
      headers: { authorization: `Bearer ${token.writer}` },
      payload: { urls: ['https://example.invalid/a'], collection: 'nowhere' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/no collection named "nowhere"/);
  });

  it('uploads into the collection named in the multipart field', async () => {
    const boundary = '----tessera';
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="collection"\r\n\r\nminors\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="upload.txt"\r\n` +
      `Content-Type: text/plain\r\n\r\nZanzibarite sources said 40 women returned from Iraq.\r\n--${boundary}--\r\n`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: {
        authorization: `Bearer ${token.writer}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    const id = res.json().results[0].documentId;
    expect((await repo.getDocument(id))?.collectionId).toBe((await repo.getCollection('minors'))!.id);
  });

  it('exports a restricted collection without quotes unless asked, and says so', async () => {
    const lines = (await get('granted', '/api/export?format=jsonl&collection=minors')).body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.quote).toBeNull();
      expect(l.quoteWithheld).toMatch(/restricted collection/);
    }
    const withQuotes = (await get('granted', '/api/export?format=jsonl&collection=minors&quotes=true')).body;
    expect(withQuotes).toMatch(/Zanzibarite|12 children/);
    const csv = (await get('granted', '/api/export?format=csv')).body.split('\r\n');
    expect(csv[0]).toMatch(/,quote_withheld$/);
    expect(csv[1]).toMatch(/,#meta\+quote\+withheld$/);
    const rows = csv.slice(2).filter(Boolean);
    expect(rows.some((r) => r.endsWith(',true'))).toBe(true);
    expect(rows.some((r) => r.endsWith(',false'))).toBe(true);
    const stix = (await get('granted', '/api/export?format=stix&collection=minors')).json();
    const counts = stix.objects.filter((o: { type: string }) => o.type === 'tessera-count');
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) expect(c).toMatchObject({ quote: '', quote_withheld: true });
    expect(stix.objects.some((o: { type: string }) => o.type === 'artifact')).toBe(false);
    // The report's text and original bytes hold every quote: left out with them.
    for (const r of stix.objects.filter((o: { type: string }) => o.type === 'report'))
      expect(r.description).toMatch(/^withheld: .*restricted collection/);
    const exportsLogged = (await repo.listChanges({ entity: 'collection' })).filter(
      (c) => c.action === 'collection.read' && c.details.read === 'export',
    );
    expect(exportsLogged.length).toBeGreaterThan(0);
  });
});

describe('admins', () => {
  it('read everything and manage collections; others may not', async () => {
    expect((await get('boss', '/api/documents')).json().total).toBeGreaterThanOrEqual(2);
    const add = (who: string) =>
      app.inject({
        method: 'POST',
        url: '/api/collections',
        headers: { authorization: `Bearer ${token[who]}` },
        payload: { name: 'sources-only', restricted: true },
      });
    expect((await add('writer')).statusCode).toBe(403);
    expect((await add('boss')).statusCode).toBe(201);
    expect((await add('boss')).statusCode).toBe(409);
    const grant = await app.inject({
      method: 'PUT',
      url: '/api/collections/sources-only/grants/plain',
      headers: { authorization: `Bearer ${token.boss}` },
      payload: { role: 'viewer' },
    });
    expect(grant.json()).toMatchObject({ collection: 'sources-only', user: 'plain', role: 'viewer' });
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/collections/sources-only/grants/plain',
      headers: { authorization: `Bearer ${token.boss}` },
      payload: { role: 'admin' },
    });
    expect(bad.statusCode).toBe(400);
    const revoke = await app.inject({
      method: 'DELETE',
      url: '/api/collections/sources-only/grants/plain',
      headers: { authorization: `Bearer ${token.boss}` },
    });
    expect(revoke.statusCode).toBe(204);
  });
});

describe('answers kept between requests', () => {
  const searchReads = async (actor: string) =>
    (await repo.listChanges({ entity: 'collection' })).filter(
      (c) => c.action === 'collection.read' && c.actor === actor && c.details.read === 'search',
    ).length;

  it('logs every read of a restricted collection, even when the answer was kept', async () => {
    const before = await searchReads('granted');
    const first = await get('granted', '/api/search?q=Zanzibarite');
    const again = await get('granted', '/api/search?q=Zanzibarite');
    expect(first.json().items.map((i: { document: { id: number } }) => i.document.id)).toContain(secretDoc);
    expect(again.json()).toEqual(first.json());
    expect(await searchReads('granted')).toBe(before + 2);
  });

  it('never hands an answer to a reader who sees other collections', async () => {
    const ids = async (who: string) =>
      (await get(who, '/api/search?q=Zanzibarite'))
        .json()
        .items.map((i: { document: { id: number } }) => i.document.id);
    expect(await ids('granted')).toContain(secretDoc);
    expect(await ids('plain')).not.toContain(secretDoc);
    expect((await get('granted', '/api/claims?review=unreviewed')).json().total).toBeGreaterThan(
      (await get('plain', '/api/claims?review=unreviewed')).json().total,
    );
  });

  it('answers anew once the store changes', async () => {
    const unreviewed = async () =>
      (await get('granted', `/api/claims?documentId=${secretDoc}&review=unreviewed`)).json().total as number;
    const before = await unreviewed();
    const confirmed = await app.inject({
      method: 'POST',
      url: `/api/claims/${secretClaim}/review`,
      headers: { authorization: `Bearer ${token.writer}` },
      payload: { action: 'confirm' },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(await unreviewed()).toBe(before - 1);
  });
});
