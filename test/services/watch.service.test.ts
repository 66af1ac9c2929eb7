// Watching feeds and pages against servers on 127.0.0.1 (with the private-address allowance): what each
// fetch records, the state it shows, feed items ingested once, alerts, and the WARC export read back.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { WARCParser } from 'warcio';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAlertRule, listAlerts } from '../../src/services/alerts.service.ts';
import {
  addWatch,
  exportWarc,
  runWatches,
  watchHistory,
  removeWatch,
  runScheduler,
  listWatches,
  documentAvailability,
  type WatchEvent,
} from '../../src/services/watch.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import { loadConfig } from '../../src/config.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local server whose answers the test changes between fetches; it remembers what it was asked. */
async function localServer(): Promise<{
  base: string;
  routes: Map<string, Handler>;
  requests: IncomingMessage[];
  bodies: string[];
  close: () => Promise<void>;
}> {
  const routes = new Map<string, Handler>();
  const requests: IncomingMessage[] = [];
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      bodies.push(body);
      const handler = routes.get(req.url ?? '');
      if (handler) handler(req, res);
      else res.writeHead(404).end('not here');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    requests,
    bodies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const html =
  (title: string, body: string): Handler =>
  (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`,
      );

const status =
  (code: number, text = ''): Handler =>
  (_req, res) =>
    res.writeHead(code, { 'content-type': 'text/plain' }).end(text);

const OPTIONS = { actor: 'watch-test', maxBytes: 1024 * 1024, fetchTimeoutMs: 3000 };

let repo: Repository;
let server: Awaited<ReturnType<typeof localServer>>;

/** A database of its own on the PostgreSQL server the storage tests use, dropped after. */
async function postgresStore(adminUrl: string): Promise<{ repo: Repository; drop: () => Promise<void> }> {
  const name = `tessera_watch_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const { openRepository: openPostgres } = await import('../../src/storage/drivers/postgres.ts');
  return {
    repo: await openPostgres(url.toString(), linker),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const pgUrl = loadConfig().testPgUrl;
// PostgreSQL fetches several hosts at once (one lane per host); PGlite one at a time.
const DRIVERS = pgUrl ? ['pglite', 'postgres'] : ['pglite'];

describe.each(DRIVERS)('on %s', (driver) => {
  let drop = async () => {};
  beforeAll(async () => {
    if (driver === 'postgres') ({ repo, drop } = await postgresStore(pgUrl!));
    else repo = await openRepository('memory://', linker);
    server = await localServer();
  });
  afterAll(async () => {
    await repo.close();
    await drop();
    await server.close();
  });
  afterEach(() => server.routes.clear());

  /** Watches a path of the local server and returns its URL. */
  async function watch(path: string): Promise<string> {
    const url = `${server.base}${path}`;
    await addWatch(repo, { url, allowPrivate: true }, OPTIONS);
    return url;
  }

  const run = async (events: WatchEvent[] = []) =>
    runWatches(repo, OPTIONS, { all: true }, (e) => events.push(e));

  describe('watching a feed', () => {
    it('ingests two good items once each after two runs, naming and skipping the malformed one', async () => {
      await createAlertRule(
        repo,
        { name: 'children from KZ', on: 'claim', filter: { origin: 'KZ', population: 'children' } },
        'watch-test',
      );
      const feedItems = (extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
  <rss version="2.0"><channel><title>Reports</title><link>${server.base}/</link><description>d</description>
  <item><title>Return from Syria</title><link>${server.base}/news/a</link><guid>report-a</guid>
    <pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate></item>
  <item><title>An item without a link</title><guid>broken</guid><pubDate>yesterday</pubDate></item>
  <item><title>Repatriation flight</title><link>${server.base}/news/b</link><guid>report-b</guid>
    <pubDate>Wed, 06 Mar 2024 09:00:00 +0000</pubDate></item>${extra}
  </channel></rss>`;
      server.routes.set('/feed.xml', (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedItems()),
      );
      server.routes.set(
        '/news/a',
        html(
          'Return from Syria',
          'In March 2024, 17 children from Kazakhstan were returned from camps in Syria.',
        ),
      );
      server.routes.set(
        '/news/b',
        html(
          'Repatriation flight',
          'A flight brought 33 women from Uzbekistan home from Iraq in March 2024.',
        ),
      );
      const url = await watch('/feed.xml');

      const first: WatchEvent[] = [];
      await run(first);
      const stored = first.filter((e) => e.type === 'item' && e.outcome === 'stored');
      expect(stored.map((e) => (e as { link: string }).link).sort()).toEqual([
        `${server.base}/news/a`,
        `${server.base}/news/b`,
      ]);
      const malformed = first.filter((e) => e.type === 'malformed');
      expect(malformed).toEqual([
        { type: 'malformed', url, position: 2, title: 'An item without a link', reason: 'it has no link' },
      ]);

      // The second run sees the same items again, an old item under a new GUID, and old bytes under a new link.
      server.routes.set('/feed.xml', (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
          feedItems(`
  <item><title>Repatriation flight (updated)</title><link>${server.base}/news/b#top</link><guid>report-b-v2</guid></item>
  <item><title>Mirror</title><link>${server.base}/mirror/a</link><guid>mirror-a</guid></item>`),
        ),
      );
      server.routes.set('/mirror/a', server.routes.get('/news/a')!);
      const second: WatchEvent[] = [];
      await run(second);
      expect(second.filter((e) => e.type === 'item' && e.outcome === 'stored')).toEqual([]);
      expect(second.filter((e) => e.type === 'item').map((e) => (e as { link: string }).link)).toEqual([
        `${server.base}/mirror/a`,
      ]);

      const docs = await repo.listDocuments({});
      const fromFeed = docs.filter((d) => d.url?.startsWith(`${server.base}/news/`));
      expect(fromFeed).toHaveLength(2);
      const a = fromFeed.find((d) => d.url === `${server.base}/news/a`)!;
      expect(a.title).toBe('Return from Syria');
      expect(a.published).toBe('2024-03-05');
      expect((await watchHistory(repo, url)).map((h) => h.state)).toEqual(['live', 'changed']);
      expect((await listWatches(repo)).find((w) => w.url === url)?.kind).toBe('feed');

      // The claim rule fired once, for the report about children from Kazakhstan.
      const alerts = (await listAlerts(repo)).filter((x) => x.ruleName === 'children from KZ');
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.details).toMatchObject({ kind: 'claim', documentId: a.id });
    });
  });

  describe('watching the pages a feed links', () => {
    it("watches each new item's page when asked, so its report shows whether the page is still there", async () => {
      server.routes.set('/items.json', (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Items',
            items: [
              {
                id: 'c',
                url: `${server.base}/news/c`,
                title: 'Flight',
                date_published: '2024-06-01T08:00:00Z',
              },
            ],
          }),
        ),
      );
      server.routes.set(
        '/news/c',
        html('Flight', 'A flight brought 12 children from Tajikistan home from Iraq.'),
      );
      const url = `${server.base}/items.json`;
      await addWatch(repo, { url, allowPrivate: true, watchItems: true, every: '1h' }, OPTIONS);
      const events: WatchEvent[] = [];
      await run(events);
      const page = `${server.base}/news/c`;
      expect(events.filter((e) => e.type === 'item_watched')).toEqual([
        { type: 'item_watched', url, link: page },
      ]);
      expect((await listWatches(repo)).find((w) => w.url === page)).toMatchObject({
        every: '1h',
        allowPrivate: true,
      });
      server.routes.set('/news/c', status(410, 'withdrawn'));
      await run();
      const doc = (await repo.listDocuments({})).find((d) => d.url === page)!;
      expect(doc).toMatchObject({ title: 'Flight', published: '2024-06-01' });
      expect(await documentAvailability(repo, doc.id)).toMatchObject({
        url: page,
        state: 'removed',
        history: [{ httpStatus: 410, state: 'removed' }],
      });
    });
  });

  describe('watching a page', () => {
    it('records a page that goes from 200 to 404 as live, then removed, and alerts on the change', async () => {
      const hook = await localServer();
      hook.routes.set('/hook', status(204));
      try {
        server.routes.set('/story', html('Story', 'Forty fighters returned.'));
        const url = await watch('/story');
        await createAlertRule(
          repo,
          { name: 'story state', on: 'state', url, webhook: `${hook.base}/hook`, allowPrivate: true },
          'watch-test',
        );
        await run();
        server.routes.set('/story', status(404, 'gone'));
        await run();
        const history = await watchHistory(repo, url);
        expect(history.map((h) => [h.httpStatus, h.state])).toEqual([
          [200, 'live'],
          [404, 'removed'],
        ]);
        expect(history[0]!.finalUrl).toBe(url);
        const alert = (await listAlerts(repo)).find((a) => a.ruleName === 'story state')!;
        expect(alert.message).toBe(`${url} went from live to removed`);
        expect(alert.delivery).toBe('HTTP 204');
        expect(JSON.parse(hook.bodies.at(-1)!)).toMatchObject({
          alert: { rule: 'story state', details: { from: 'live', to: 'removed', url } },
        });
      } finally {
        await hook.close();
      }
    });

    it('records a page answering 451 as blocked, and a block page served with 200 too', async () => {
      server.routes.set('/censored', status(451, 'Unavailable For Legal Reasons'));
      server.routes.set(
        '/notice',
        html('Notice', 'Доступ к информационному ресурсу ограничен на основании Федерального закона.'),
      );
      const censored = await watch('/censored');
      const notice = await watch('/notice');
      await run();
      expect((await watchHistory(repo, censored)).map((h) => [h.httpStatus, h.state])).toEqual([
        [451, 'blocked'],
      ]);
      const [n] = await watchHistory(repo, notice);
      expect([n!.httpStatus, n!.state]).toEqual([200, 'blocked']);
      expect(n!.reason).toMatch(/Roskomnadzor/);
      // The page back: live, not `changed` against the block page.
      server.routes.set('/notice', html('Notice', 'The report is back.'));
      await run();
      expect((await watchHistory(repo, notice)).map((h) => h.state)).toEqual(['blocked', 'live']);
    });

    it('records a page whose text changes as live, then changed, with two hashes', async () => {
      let text = 'First version: 12 children were returned.';
      server.routes.set('/changing', (req, res) => html('Changing', text)(req, res));
      const url = await watch('/changing');
      await run();
      text = 'Second version: 14 children were returned.';
      await run();
      const history = await watchHistory(repo, url);
      expect(history.map((h) => h.state)).toEqual(['live', 'changed']);
      const [h1, h2] = history;
      expect(h1!.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(h2!.sha256).not.toBe(h1!.sha256);
    });

    it('asks again politely: names Tessera, sends If-None-Match, and reads a 304 as live with the same bytes', async () => {
      server.routes.set('/etag', (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
        res.writeHead(200, { etag: '"v1"', 'content-type': 'text/plain' }).end('stable text');
      });
      const url = await watch('/etag');
      await run();
      await run();
      const asked = server.requests.filter((r) => r.url === '/etag');
      expect(asked).toHaveLength(2);
      expect(asked[0]!.headers['user-agent']).toMatch(/^Tessera\//);
      expect(asked[0]!.headers['if-none-match']).toBeUndefined();
      expect(asked[1]!.headers['if-none-match']).toBe('"v1"');
      const history = await watchHistory(repo, url);
      expect(history.map((h) => [h.httpStatus, h.state])).toEqual([
        [200, 'live'],
        [304, 'live'],
      ]);
      expect(history[1]!.sha256).toBe(createHash('sha256').update('stable text').digest('hex'));
    });

    it('records the address that answered after redirects', async () => {
      server.routes.set('/old-address', (_req, res) =>
        res.writeHead(301, { location: '/new-address' }).end(),
      );
      server.routes.set('/new-address', html('Moved', 'The report moved here.'));
      const url = await watch('/old-address');
      await run();
      const [h] = await watchHistory(repo, url);
      expect(h).toMatchObject({ httpStatus: 200, state: 'live', finalUrl: `${server.base}/new-address` });
    });

    it('records a closed port as unreachable', async () => {
      const closed = await localServer();
      const url = `${closed.base}/nothing`;
      await closed.close();
      await addWatch(repo, { url, allowPrivate: true }, OPTIONS);
      await run();
      const [h] = await watchHistory(repo, url);
      expect(h).toMatchObject({ httpStatus: null, state: 'unreachable', sha256: null, finalUrl: url });
      expect(h!.reason).toMatch(/connection refused/);
    });
  });

  describe('the scheduler', () => {
    it('fetches what is due, then waits until the next watch falls due', async () => {
      let fetches = 0;
      server.routes.set('/scheduled', (req, res) => {
        fetches++;
        html('Scheduled', 'Seven women returned.')(req, res);
      });
      // Everything else this store watches was fetched just now, and is due in an hour or more.
      await run();
      const url = await watch('/scheduled');
      const stop = new AbortController();
      const events: WatchEvent[] = [];
      const lend = <T>(use: (r: Repository) => Promise<T>) => use(repo);
      const scheduler = runScheduler(lend, OPTIONS, stop.signal, (e) => events.push(e), 300);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stop.abort();
      await scheduler;
      expect(fetches).toBe(1);
      expect(events.filter((e) => e.type === 'captured').map((e) => (e as { url: string }).url)).toEqual([
        url,
      ]);
    });
  });

  describe('preserving captures', () => {
    it('exports every capture as WARC records that the library reads back with their bytes and dates', async () => {
      server.routes.set('/kept', (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'x-origin': 'test' }).end('<p>version one</p>'),
      );
      const url = await watch('/kept');
      await run();
      server.routes.set('/kept', status(410, 'gone for good'));
      await run();
      const history = await watchHistory(repo, url);

      const warc = await exportWarc(repo, url);
      const records = [];
      for await (const record of WARCParser.iterRecords([warc])) {
        records.push({
          type: record.warcType,
          uri: record.warcTargetURI,
          date: record.warcDate,
          status: record.httpHeaders?.statusCode,
          header: record.httpHeaders?.headers.get('x-origin') ?? null,
          sha256: record.warcHeader('WARC-Tessera-SHA256'),
          body: new TextDecoder().decode(await record.readFully(true)),
        });
      }
      expect(records.map((r) => r.type)).toEqual(['warcinfo', 'response', 'response']);
      expect(records[1]).toMatchObject({
        uri: url,
        status: 200,
        header: 'test',
        body: '<p>version one</p>',
        sha256: history[0]!.sha256,
      });
      expect(records[1]!.date).toBe(history[0]!.at);
      expect(records[2]).toMatchObject({ status: 410, body: 'gone for good' });
      expect(createHash('sha256').update(records[1]!.body).digest('hex')).toBe(history[0]!.sha256);
    });
  });

  describe('what is refused or kept', () => {
    it('refuses bad intervals, private addresses without the allowance, and private webhooks', async () => {
      await expect(
        addWatch(repo, { url: `${server.base}/x`, every: '2s', allowPrivate: true }, OPTIONS),
      ).rejects.toThrow(/every must be a whole number of minutes, hours or days/);
      await expect(addWatch(repo, { url: `${server.base}/x` }, OPTIONS)).rejects.toThrow(
        /use --allow-private/,
      );
      await expect(addWatch(repo, { url: 'ftp://example.org/feed' }, OPTIONS)).rejects.toThrow(
        /url must be an http\(s\) URL/,
      );
      await expect(
        createAlertRule(repo, { name: 'hook', on: 'state', webhook: 'http://10.0.0.1/hook' }, 'watch-test'),
      ).rejects.toThrow(/private address/);
    });

    it('stops watching a removed URL and keeps its history, shown on the document it gave', async () => {
      server.routes.set('/kept-page', html('Kept', 'Nine children were repatriated from Iraq.'));
      const url = await watch('/kept-page');
      await run();
      // The page ingested as a report shows its availability: the watched URL's history.
      const summary = await ingest(repo, [url], { ...OPTIONS, allowPrivate: true }, () => {});
      expect(summary.stored).toBe(1);
      const [doc] = await repo.listDocuments({ order: 'newest', limit: 1 });
      expect(await documentAvailability(repo, doc!.id)).toMatchObject({
        url,
        state: 'live',
        history: [{ httpStatus: 200, state: 'live', finalUrl: url }],
      });
      await removeWatch(repo, url, 'tester');
      expect((await listWatches(repo)).map((w) => w.url)).not.toContain(url);
      const before = (await watchHistory(repo, url)).length;
      await run();
      expect(await watchHistory(repo, url)).toHaveLength(before);
      await expect(removeWatch(repo, url, 'tester')).rejects.toThrow(/not found/);
    });
  });
});
