// `tessera serve`: the API and the built web app from one process, on loopback by default.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, type Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.ts';
import { loadConfig } from '../config.ts';
import { ingest } from '../services/ingest.service.ts';
import { prepareSearch } from '../services/search.service.ts';
import { runScheduler } from '../services/watch.service.ts';
import { openStore } from '../storage/open.ts';
import { openJobQueue, type JobQueue } from '../storage/queue.ts';
import { announceServer, gatewayToken, registerGateway } from './gateway.ts';
import { describeError, parseIntegerOption } from './options.ts';
import { queueDatabase } from './queue.ts';
import { exitTwoOnUsageErrors } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';
import { printEvent } from './watch.command.ts';
import { linker } from '../services/link.service.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

interface ServeOptions {
  port: number;
  host: string;
  ingestSamples?: boolean;
  allowPrivate?: boolean;
  publicUrl?: string;
  queue?: boolean;
}

const port = parseIntegerOption('--port', 0, 65535);

const publicUrl = (value: string) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(
      `--public-url must be a URL such as https://tessera.example.org, not "${value}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidArgumentError(`--public-url must be an http or https URL, not "${value}"`);
  return url.origin;
};

export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the web application and its HTTP API (/api, OpenAPI in docs/openapi.json)')
    .option('--port <n>', 'port to listen on', port, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--ingest-samples', 'when the store holds no report yet, ingest the bundled samples/ first')
    .option('--allow-private', 'let URL ingestion reach loopback, link-local and private addresses')
    .option(
      '--queue',
      'web ingestion queues a job per file and URL for `tessera worker` (PostgreSQL store only)',
    )
    .option(
      '--public-url <url>',
      'the URL users reach this server by (behind a proxy); other host names get 421',
      publicUrl,
    );
  exitTwoOnUsageErrors(cmd).action(async (opts: ServeOptions) => {
    if (!existsSync(`${WEB_ROOT}index.html`)) {
      stderr().write(
        `tessera: the web application is not built (no ${WEB_ROOT}index.html): run \`npm run build:web\` ` +
          '(`npm ci` runs it)\n',
      );
      setExitCode(2);
      return;
    }
    let repo;
    let queue: JobQueue | null = null;
    try {
      const config = loadConfig();
      if (opts.queue) queueDatabase(cmd, config, '--queue');
      repo = await openStore(config, linker);
      // A PostgreSQL store has a job queue: its jobs are listed, and with --queue web ingestion uses it.
      if (config.databaseUrl) queue = await openJobQueue(config.databaseUrl);
      // One report is enough to know the store is not empty (stats() would count every table).
      if (opts.ingestSamples && (await repo.listDocuments({ limit: 1 })).length === 0) {
        stdout().write('first run: ingesting samples/ ...\n');
        const summary = await ingest(
          repo,
          [SAMPLES],
          {
            actor: config.user,
            maxBytes: config.maxBytes,
            fetchTimeoutMs: config.fetchTimeoutMs,
            allowPrivate: false,
          },
          () => {},
        );
        stdout().write(`${summary.stored} sample reports stored\n`);
      }
      const app = await buildApp({
        repo,
        user: config.user,
        maxUploadBytes: config.maxBytes,
        fetchTimeoutMs: config.fetchTimeoutMs,
        allowPrivate: Boolean(opts.allowPrivate),
        webRoot: WEB_ROOT,
        listenHost: opts.host,
        publicUrl: opts.publicUrl ?? null,
        queue: queue && {
          jobs: queue,
          ingest: Boolean(opts.queue),
          jobTimeoutSeconds: config.jobTimeoutSeconds,
        },
      });
      // The first search would otherwise build the gazetteer and the concepts, and pay the store's first
      // use, while its reader waits.
      await prepareSearch(repo);
      // Other `tessera` commands run here while this process holds the embedded store.
      const token = gatewayToken();
      registerGateway(app, repo, token);
      const address = await app.listen({ port: opts.port, host: opts.host });
      const withdraw = config.databaseUrl
        ? () => {}
        : announceServer(config.dataDir, { pid: process.pid, url: loopbackUrl(app, opts.host), token });
      stdout().write(`Tessera is serving ${address}/ (Ctrl-C stops it)\n`);
      if (opts.queue) stdout().write('web ingestion queues jobs: run `tessera worker` to process them\n');
      const jobs = queue;
      const store = repo;
      // Watched feeds and pages are fetched as they fall due, by this process, on its store.
      const watching = new AbortController();
      void runScheduler(
        (use) => use(store),
        { actor: config.user, maxBytes: config.maxBytes, fetchTimeoutMs: config.fetchTimeoutMs },
        watching.signal,
        printEvent,
      );
      const stop = () => {
        watching.abort();
        withdraw();
        void app
          .close()
          .then(() => jobs?.stop(0))
          .then(() => store.close())
          .finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    } catch (e) {
      stderr().write(`tessera: ${describeError(e)}\n`);
      await queue?.stop(0).catch(() => {});
      await repo?.close().catch(() => {});
      setExitCode(2);
    }
  });
}

/** How a process on this machine reaches the server: its own address, or loopback when it listens on all. */
function loopbackUrl(app: FastifyInstance, host: string): string {
  const { port } = app.server.address() as AddressInfo;
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
