/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-assignment -- JSON bodies read loosely in tests */
// Watches follow need-to-know collections, per role: a watch goes into a collection the account may
// write; what a watch of a collection the account may not read holds (the watch itself, its history,
// its WARC, its state alerts, a report's availability through it, an alert rule naming it) answers as if
// it were absent, and a URL watched there is refused without a word of it; feed items are stored into
// the watch's collection; reads of restricted watches are logged like the other reads.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { addUser, createToken } from '../../src/services/accounts.service.ts';
import { createAlertRule } from '../../src/services/alerts.service.ts';
import { addCollection, grantCollection } from '../../src/services/collections.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { runWatches } from '../../src/services/watch.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';

const OPTIONS = { actor: 'scheduler', maxBytes: 1e6, fetchTimeoutMs: 3000 };
// Who is who: `reader` views alpha; `lookout` is an analyst who only views alpha; `keeper` is an
// analyst in beta (and reads nothing of alpha); `boss` is an admin.
const ACCOUNTS = [
  ['reader', 'viewer'],
  ['lookout', 'analyst'],
  ['keeper', 'analyst'],
  ['boss', 'admin'],
] as const;
type Who = (typeof ACCOUNTS)[number][0];

let repo: Repository;
let app: FastifyInstance;
let server: Server;
let base: string;
let gone = false;
const token = {} as Record<Who, string>;
const ids = { alpha: 0, beta: 0, general: 0 };
// The URLs say nothing of their collections, so a message naming a collection is caught.
const url = { returnees: '', feed: '', item: '', news: '' };

const call = (who: Who, method: 'GET' | 'POST' | 'DELETE', path: string, payload?: object) =>
  app.inject({ method, url: path, payload, headers: { authorization: `Bearer ${token[who]}` } });
const q = (u: string) => encodeURIComponent(u);
const urls = (items: { url: string }[]) => items.map((w) => w.url).sort();
const reads = async (who: Who, read: string) =>
  (await repo.listChanges({ entity: 'collection' })).filter(
    (c) => c.action === 'collection.read' && c.actor === who && c.details.read === read,
  );

beforeAll(async () => {
  repo = await openRepository('memory://', linker);
  ids.general = (await repo.getCollection('general'))!.id;
  ids.alpha = (await addCollection(repo, { name: 'alpha', restricted: true }, 'root')).id;
  ids.beta = (await addCollection(repo, { name: 'beta', restricted: true }, 'root')).id;
  for (const [name, role] of ACCOUNTS) {
    await addUser(repo, { name, role, password: `${name} password 1` }, 'root');
    token[name] = (await createToken(repo, name, 'root')).token;
  }
  await grantCollection(repo, { collection: 'alpha', user: 'reader', role: 'viewer' }, 'root');
  await grantCollection(repo, { collection: 'alpha', user: 'lookout', role: 'viewer' }, 'root');
  await grantCollection(repo, { collection: 'beta', user: 'keeper', role: 'analyst' }, 'root');
  // State rules on any watched URL: the admin's sees every watch, the keeper's only those it may read.
  await createAlertRule(repo, { name: 'boss states', on: 'state' }, 'boss');
  await createAlertRule(repo, { name: 'keeper states', on: 'state' }, 'keeper');

  server = createServer((req, res) => {
    if (gone && req.url !== '/news') return res.writeHead(410).end('gone');
    if (req.url === '/feed.xml')
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Flights</title><link>${base}/</link><description>d</description>
<item><title>A flight home</title><link>${url.item}</link><guid>flight-1</guid></item>
</channel></rss>`);
    const text =
      req.url === '/flight'
        ? 'Officials said 17 women returned from Syria to Kazakhstan in May 2022.'
        : req.url === '/returnees'
          ? 'Officials said 8 children returned from Iraq to Uzbekistan in June 2021.'
          : 'A quiet week with no returns.';
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><p>${text}</p></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(url, {
    returnees: `${base}/returnees`,
    feed: `${base}/feed.xml`,
    item: `${base}/flight`,
    news: `${base}/news`,
  });
  app = await buildApp({ repo, user: 'os', maxUploadBytes: 1e6, fetchTimeoutMs: 3000, allowPrivate: true });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('watches in collections', () => {
  it('adds a watch into a collection the account may write; 403 where it only reads, 400 for a name it cannot read', async () => {
    const feed = await call('keeper', 'POST', '/api/watches', {
      url: url.feed,
      every: '1h',
      collection: 'beta',
    });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.json()).toMatchObject({ created: true, watch: { url: url.feed, collection: 'beta' } });

    const onlyReads = await call('lookout', 'POST', '/api/watches', {
      url: url.returnees,
      collection: 'alpha',
    });
    expect(onlyReads.statusCode).toBe(403);
    expect(onlyReads.json().message).toMatch(/"alpha" needs analyst there; the account "lookout" is viewer/);
    // A collection it may not read is no collection to it, as for ingestion.
    const unreadable = await call('lookout', 'POST', '/api/watches', {
      url: url.returnees,
      collection: 'beta',
    });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().message).toMatch(/no collection named "beta"/);
    expect(
      (await call('lookout', 'POST', '/api/watches', { url: url.returnees, collection: 'nowhere' }))
        .statusCode,
    ).toBe(400);
    expect((await call('reader', 'POST', '/api/watches', { url: url.returnees })).statusCode).toBe(403);

    const alpha = await call('boss', 'POST', '/api/watches', { url: url.returnees, collection: 'alpha' });
    expect(alpha.json().watch).toMatchObject({ collection: 'alpha', every: '6h' });
    const general = await call('lookout', 'POST', '/api/watches', { url: url.news });
    expect(general.json().watch).toMatchObject({ collection: 'general' });
    expect((await repo.getWatch(url.feed))?.collectionId).toBe(ids.beta);
  });

  it('answers 409 to a URL watched elsewhere: naming the collection to who reads it, nothing to who does not', async () => {
    const elsewhere = await call('boss', 'POST', '/api/watches', { url: url.feed, collection: 'general' });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().message).toMatch(/watched in the collection "beta" already/);

    for (const body of [{ url: url.returnees }, { url: url.returnees, collection: 'beta', every: '1d' }]) {
      const hidden = await call('keeper', 'POST', '/api/watches', body);
      expect(hidden.statusCode).toBe(409);
      expect(Object.keys(hidden.json()).sort()).toEqual(['code', 'message']);
      expect(hidden.json().code).toBe('conflict');
      // Not its collection, state, interval or who watches it.
      expect(hidden.body).not.toMatch(/alpha|boss|6h|live|restricted/);
      expect(hidden.json().message).toMatch(/cannot be watched by this account/);
    }
    // Refusals it would get anyway come first: no such collection, or no analyst role there.
    expect(
      (await call('keeper', 'POST', '/api/watches', { url: url.returnees, collection: 'x' })).statusCode,
    ).toBe(400);
    expect((await call('boss', 'GET', '/api/watches')).json().items).toContainEqual(
      expect.objectContaining({ url: url.returnees, every: '6h', collection: 'alpha' }),
    );

    // The same URL again, where it is: its interval changes, its collection stays.
    const again = await call('keeper', 'POST', '/api/watches', { url: url.feed, every: '2h' });
    expect(again.json()).toMatchObject({ created: false, watch: { collection: 'beta', every: '2h' } });
    // Reading a collection is not changing what is watched in it.
    const viewerThere = await call('lookout', 'POST', '/api/watches', { url: url.returnees, every: '1d' });
    expect(viewerThere.statusCode).toBe(403);
  });

  it('stores feed items into the watch’s collection and fires state rules only for makers who read the watch', async () => {
    // A report in general whose URL is watched in alpha: its availability is alpha's to show.
    await ingest(repo, [url.returnees], { ...OPTIONS, allowPrivate: true }, () => {});
    await runWatches(repo, OPTIONS, { all: true });
    const item = (await repo.listDocuments()).find((d) => d.url === url.item);
    expect(item?.collectionId).toBe(ids.beta);
    gone = true;
    await runWatches(repo, OPTIONS, { all: true });
    const fired = (await repo.listAlerts({ limit: 500 })).map((a) => [a.ruleName, a.details.url]);
    expect(fired).toContainEqual(['boss states', url.returnees]);
    expect(fired).toContainEqual(['boss states', url.feed]);
    expect(fired).toContainEqual(['keeper states', url.feed]);
    expect(fired).not.toContainEqual(['keeper states', url.returnees]);
  });

  it('lists to each account only the watches of collections it reads', async () => {
    const list = async (who: Who): Promise<{ url: string; collection: string }[]> =>
      (await call(who, 'GET', '/api/watches')).json().items;
    expect(urls(await list('reader'))).toEqual([url.returnees, url.news].sort());
    expect(urls(await list('keeper'))).toEqual([url.feed, url.news].sort());
    expect(urls(await list('boss'))).toEqual([url.returnees, url.feed, url.news].sort());
    expect((await list('reader')).map((w) => w.collection).sort()).toEqual(['alpha', 'general']);
  });

  it('answers history and WARC 404 outside the readable collections, as for a URL nobody watches', async () => {
    const history = (who: Who, u: string) => call(who, 'GET', `/api/watches/history?url=${q(u)}`);
    const warc = (who: Who, u: string) => call(who, 'GET', `/api/watches/warc?url=${q(u)}`);
    const mine = await history('reader', url.returnees);
    expect(mine.json().items.map((h: { state: string }) => h.state)).toEqual(['live', 'removed']);
    expect((await warc('reader', url.returnees)).headers['content-type']).toBe('application/warc');
    const unknown = await history('reader', `${base}/never-watched`);
    for (const [who, u] of [
      ['reader', url.feed],
      ['keeper', url.returnees],
    ] as const) {
      const refused = await history(who, u);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().message).toBe(unknown.json().message.replace(`${base}/never-watched`, u));
      expect((await warc(who, u)).statusCode).toBe(404);
    }
    expect((await history('keeper', url.feed)).statusCode).toBe(200);
  });

  it('lists state alerts only of watches the account may read', async () => {
    const alerts = async (who: Who): Promise<string[]> =>
      (await call(who, 'GET', '/api/alerts?limit=500'))
        .json()
        .items.map((a: { details: { url: string } }) => a.details.url);
    expect(new Set(await alerts('reader'))).toEqual(new Set([url.returnees]));
    expect(new Set(await alerts('keeper'))).toEqual(new Set([url.feed]));
    expect(new Set(await alerts('boss'))).toEqual(new Set([url.returnees, url.feed]));
  });

  it('shows a report’s availability through a watch only where the watch’s collection is readable', async () => {
    const report = (await repo.listDocuments()).find((d) => d.url === url.returnees)!;
    const availability = (who: Who, id: number) => call(who, 'GET', `/api/documents/${id}/availability`);
    expect((await availability('keeper', report.id)).json()).toEqual({ availability: null });
    expect((await availability('reader', report.id)).json().availability).toMatchObject({
      url: url.returnees,
      state: 'removed',
    });
    const item = (await repo.listDocuments()).find((d) => d.url === url.item)!;
    expect((await availability('reader', item.id)).statusCode).toBe(404);
  });

  it('hides alert rules naming a URL watched out of sight, and refuses their removal as unknown', async () => {
    const rule = await call('boss', 'POST', '/api/alert-rules', {
      name: 'returnees',
      on: 'state',
      url: url.returnees,
    });
    const id = rule.json().id as number;
    const names = async (who: Who) =>
      (await call(who, 'GET', '/api/alert-rules')).json().items.map((r: { name: string }) => r.name);
    expect(await names('reader')).toContain('returnees');
    expect(await names('keeper')).not.toContain('returnees');
    expect(await names('keeper')).toContain('boss states');
    expect((await call('keeper', 'DELETE', `/api/alert-rules/${id}`)).statusCode).toBe(404);
    expect(await names('boss')).toContain('returnees');
  });

  it('shows a webhook whole only to its rule’s maker and admins, and lets only them remove the rule', async () => {
    const made = await call('keeper', 'POST', '/api/alert-rules', {
      name: 'keeper returns',
      on: 'claim',
      filter: { origin: 'UZ' },
      webhook: 'https://hooks.example.org/services/T000/B000/secret-path?key=abc',
    });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json()).toMatchObject({ createdBy: 'keeper', mayRemove: true });
    const id = made.json().id as number;
    const seenBy = async (who: Who) =>
      (await call(who, 'GET', '/api/alert-rules')).json().items.find((r: { id: number }) => r.id === id);
    expect(await seenBy('keeper')).toMatchObject({
      webhook: 'https://hooks.example.org/services/T000/B000/secret-path?key=abc',
      mayRemove: true,
    });
    expect(await seenBy('boss')).toMatchObject({
      webhook: expect.stringContaining('secret-path'),
      mayRemove: true,
    });
    for (const who of ['reader', 'lookout'] as const)
      expect(await seenBy(who)).toMatchObject({
        createdBy: 'keeper',
        webhook: 'https://hooks.example.org/…',
        mayRemove: false,
      });
    const refused = await call('lookout', 'DELETE', `/api/alert-rules/${id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('only its maker or an admin');
    expect(await seenBy('keeper')).toBeDefined();
    expect((await call('boss', 'DELETE', `/api/alert-rules/${id}`)).statusCode).toBe(200);
    expect(await seenBy('keeper')).toBeUndefined();
  });

  it('stops a watch only for an analyst of its collection: 404 where unreadable, 403 where only read', async () => {
    const stop = (who: Who, u: string) => call(who, 'DELETE', `/api/watches?url=${q(u)}`);
    expect((await stop('keeper', url.returnees)).statusCode).toBe(404);
    expect((await stop('lookout', url.returnees)).statusCode).toBe(403);
    expect((await stop('keeper', url.feed)).json().watch).toMatchObject({
      active: false,
      collection: 'beta',
    });
    expect((await stop('boss', url.returnees)).statusCode).toBe(200);
  });

  it('logs the reads of restricted watches like the other reads, naming the URLs', async () => {
    for (const read of ['watches', 'watch history', 'watch warc', 'availability']) {
      const logged = await reads('reader', read);
      expect(logged.length, read).toBeGreaterThan(0);
      expect(
        logged.some((c) => c.entityId === ids.alpha && (c.details.urls as string[])?.includes(url.returnees)),
      ).toBe(true);
    }
    const alerts = await reads('reader', 'alerts');
    expect(alerts.map((c) => [c.entityId, c.details.urls])).toEqual([[ids.alpha, [url.returnees]]]);
    // Reads of general (and refusals) log nothing; nothing of alpha is logged for the keeper.
    expect(
      (await repo.listChanges({ entity: 'collection' })).filter(
        (c) => c.actor === 'keeper' && c.entityId === ids.alpha,
      ),
    ).toEqual([]);
  });
});

describe('moving a watch', () => {
  const move = (who: Who, u: string, collection: string) =>
    call(who, 'POST', '/api/watches/move', { url: u, collection });

  it('moves a watch for an analyst on both sides, its history with it; refuses as elsewhere otherwise', async () => {
    expect((await move('reader', url.news, 'alpha')).statusCode).toBe(403);
    // Unreadable where it is: as if absent.
    expect((await move('keeper', url.returnees, 'beta')).statusCode).toBe(404);
    // Read, not written, where it is.
    expect((await move('lookout', url.returnees, 'general')).statusCode).toBe(403);
    // Written where it is, but no collection of that name to it, or no analyst role there.
    expect((await move('lookout', url.news, 'beta')).statusCode).toBe(400);
    expect((await move('lookout', url.news, 'alpha')).statusCode).toBe(403);
    expect((await repo.getWatch(url.news))?.collectionId).toBe(ids.general);

    const moved = await move('keeper', url.news, 'beta');
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ moved: true, watch: { url: url.news, collection: 'beta' } });
    expect(
      (await call('reader', 'GET', '/api/watches')).json().items.map((w: { url: string }) => w.url),
    ).not.toContain(url.news);
    expect((await call('reader', 'GET', `/api/watches/history?url=${q(url.news)}`)).statusCode).toBe(404);
    const history = await call('keeper', 'GET', `/api/watches/history?url=${q(url.news)}`);
    expect(history.json().items.length).toBeGreaterThan(0);
    expect((await move('keeper', url.news, 'beta')).json()).toMatchObject({ moved: false });
    const logged = (await repo.listChanges({ entity: 'watch' })).filter((c) => c.action === 'watch.moved');
    expect(logged.map((c) => [c.actor, c.details.fromCollectionId, c.details.collectionId])).toEqual([
      ['keeper', ids.general, ids.beta],
    ]);
  });
});
