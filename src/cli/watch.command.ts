// `tessera watch`: feeds and pages fetched on a schedule, every fetch recorded (status, final URL,
// SHA-256, state), new feed items ingested once, captures exported as WARC; alert rules on new evidence.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { TesseraError } from '../domain/errors.ts';
import { ALERT_KINDS, INTERVAL_HINT, intervalSeconds, WatchUrl } from '../domain/watch.ts';
import { checkUrl } from '../ingest/url.ts';
import { createAlertRule, deleteAlertRule, listAlertRules, listAlerts } from '../services/alerts.service.ts';
import { optionName } from '../services/claims.service.ts';
import {
  addWatch,
  DEFAULT_INTERVAL,
  exportWarc,
  listWatches,
  moveWatch,
  removeWatch,
  runScheduler,
  runWatches,
  watchHistory,
  type WatchEvent,
} from '../services/watch.service.ts';
import { openStore } from '../storage/open.ts';
import type { Repository } from '../storage/repository.ts';
import { describeError, parseIntegerOption } from './options.ts';
import type { Config } from '../config.ts';
import { commandConfig, withStore } from './store.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';
import { serverHolding } from './remote.ts';
import { linker } from '../services/link.service.ts';
import { namedCollection } from './collection.command.ts';

const FORMATS = ['table', 'json'];

function checkFormat(cmd: Command, format: string, allowed = FORMATS): void {
  if (!allowed.includes(format)) usageError(cmd, `--format must be ${allowed.join(' or ')}, not "${format}"`);
}

/** The URL argument checked before the store is opened: a usage error names what is wrong. */
function checkedUrl(cmd: Command, raw: string, allowPrivate?: boolean): string {
  const parsed = WatchUrl.safeParse(raw);
  if (!parsed.success) usageError(cmd, `URL must be an http(s) URL, not "${raw}"`);
  if (allowPrivate !== undefined) {
    try {
      checkUrl(parsed.data, allowPrivate);
    } catch (e) {
      usageError(cmd, describeError(e));
    }
  }
  return parsed.data;
}

/** One line per fetch, item, skipped item and alert, as `watch run` and `serve` print them. */
export function printEvent(e: WatchEvent): void {
  switch (e.type) {
    case 'captured':
      stdout().write(
        `${e.state.padEnd(11)} ${String(e.httpStatus ?? '-').padEnd(3)} ${e.url}  (${e.reason})\n`,
      );
      return;
    case 'item':
      stdout().write(
        `  ${e.outcome === 'stored' ? 'stored' : 'already stored'} #${e.documentId} ${e.link}\n`,
      );
      return;
    case 'item_watched':
      stdout().write(`  watching ${e.link}\n`);
      return;
    case 'item_failed':
      stdout().write(`  failed ${e.link}: ${e.reason}\n`);
      return;
    case 'malformed':
      stdout().write(
        `  skipped item ${e.position}${e.title ? ` "${e.title}"` : ''} of ${e.url}: ${e.reason}\n`,
      );
      return;
    case 'alert':
      stdout().write(`alert: ${e.message}\n`);
      return;
    case 'error':
      stderr().write(`tessera: this pass failed, the next one tries again: ${describeError(e.error)}\n`);
  }
}

export function registerWatch(program: Command): void {
  const watch = program
    .command('watch')
    .description('watch feeds and pages: new items ingested, every fetch recorded with its state');
  exitTwoOnUsageErrors(watch);

  const add = watch
    .command('add')
    .description('watch a feed (RSS, Atom, JSON Feed) or a page')
    .argument('<url>', 'the http(s) URL of the feed or page')
    .option('--every <interval>', `how often to fetch it: ${INTERVAL_HINT}`, DEFAULT_INTERVAL)
    .option('--allow-private', 'let it reach loopback, link-local and private addresses')
    .option(
      '--watch-items',
      "for a feed: watch each new item's page too (its report then shows its availability)",
    )
    .option(
      '--collection <name>',
      'the collection it belongs to: who may see it, where its feed items go (default: general)',
    );
  exitTwoOnUsageErrors(add).action(
    async (
      raw: string,
      opts: { every: string; allowPrivate?: boolean; watchItems?: boolean; collection?: string },
    ) => {
      const url = checkedUrl(add, raw, Boolean(opts.allowPrivate));
      if (intervalSeconds(opts.every) === null)
        usageError(add, `--every must be ${INTERVAL_HINT}, not "${opts.every}"`);
      await withStore(async (repo, config) => {
        // An unknown name is a usage error (exit 2), said before anything is watched.
        if (opts.collection !== undefined && !(await namedCollection(repo, opts.collection))) return;
        const { watch: w, created } = await addWatch(
          repo,
          {
            url,
            every: opts.every,
            allowPrivate: Boolean(opts.allowPrivate),
            ...(opts.watchItems ? { watchItems: true } : {}),
            ...(opts.collection !== undefined ? { collection: opts.collection } : {}),
          },
          { actor: config.user },
        );
        stdout().write(
          `${created ? 'watching' : 'now watching'} ${w.url} every ${w.every}${
            w.watchItems ? ", and each new item's page" : ''
          } in the collection ${w.collection}; first fetch at the next \`tessera watch run\`\n`,
        );
      });
    },
  );

  const list = watch
    .command('list')
    .description('the watched URLs with their latest state')
    .option('-f, --format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(list).action(async (opts: { format: string }) => {
    checkFormat(list, opts.format);
    await withStore(
      async (repo) => {
        const all = await listWatches(repo);
        if (opts.format === 'json') return void stdout().write(JSON.stringify(all, null, 2) + '\n');
        printTable(
          ['url', 'collection', 'kind', 'every', 'state', 'last fetch', 'next fetch'],
          all.map((w) => [
            w.url,
            w.collection,
            w.kind ?? '-',
            w.every,
            w.state ?? '-',
            w.lastAt ?? '-',
            w.nextAt,
          ]),
        );
      },
      { existing: true },
    );
  });

  const remove = watch
    .command('remove')
    .description('stop watching a URL (its history is kept)')
    .argument('<url>', 'the watched URL');
  exitTwoOnUsageErrors(remove).action(async (raw: string) => {
    const url = checkedUrl(remove, raw);
    await withStore(
      async (repo, config) => {
        const w = await removeWatch(repo, url, config.user);
        stdout().write(`stopped watching ${w.url}; its history is kept\n`);
      },
      { existing: true },
    );
  });

  const move = watch
    .command('move')
    .description(
      'put a watch in another collection: its history follows it, its feed items go there from now on',
    )
    .argument('<url>', 'the watched URL')
    .requiredOption('--collection <name>', 'the collection it goes into');
  exitTwoOnUsageErrors(move).action(async (raw: string, opts: { collection: string }) => {
    const url = checkedUrl(move, raw);
    await withStore(
      async (repo, config) => {
        // An unknown name is a usage error (exit 2), said before anything moves.
        if (!(await namedCollection(repo, opts.collection))) return;
        const { watch: w, moved } = await moveWatch(repo, url, opts.collection, config.user);
        stdout().write(
          moved
            ? `${w.url} is watched in the collection ${w.collection} now; reports it ingested before stay where they are\n`
            : `${w.url} is in the collection ${w.collection} already\n`,
        );
      },
      { existing: true },
    );
  });

  const history = watch
    .command('history')
    .description('every fetch of a URL: when, HTTP status, state, SHA-256 of the body, final URL')
    .argument('<url>', 'the watched URL')
    .option('-f, --format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(history).action(async (raw: string, opts: { format: string }) => {
    checkFormat(history, opts.format);
    const url = checkedUrl(history, raw);
    await withStore(
      async (repo) => {
        const entries = await watchHistory(repo, url);
        if (opts.format === 'json') return void stdout().write(JSON.stringify(entries, null, 2) + '\n');
        printTable(
          ['at', 'status', 'state', 'sha256', 'final url', 'why'],
          entries.map((h) => [
            h.at,
            String(h.httpStatus ?? '-'),
            h.state,
            h.sha256?.slice(0, 12) ?? '-',
            h.finalUrl ?? '-',
            h.reason,
          ]),
        );
      },
      { existing: true },
    );
  });

  const exportCmd = watch
    .command('export')
    .description('write the captures of a URL (raw bytes and headers) as a WARC file')
    .argument('<url>', 'the watched URL')
    .option('-f, --format <format>', 'warc', 'warc')
    .option('-o, --output <file>', 'the file to write (standard output when absent)');
  exitTwoOnUsageErrors(exportCmd).action(async (raw: string, opts: { format: string; output?: string }) => {
    checkFormat(exportCmd, opts.format, ['warc']);
    const url = checkedUrl(exportCmd, raw);
    if (!opts.output && stdout().isTTY)
      usageError(exportCmd, 'a WARC file is binary: give --output FILE or redirect standard output');
    await withStore(
      async (repo) => {
        const bytes = await exportWarc(repo, url);
        if (opts.output) {
          await writeFile(opts.output, bytes);
          stderr().write(`wrote ${bytes.length} bytes to ${opts.output}\n`);
        } else stdout().write(bytes);
      },
      { existing: true },
    );
  });

  const run = watch
    .command('run')
    .description('fetch the watched URLs as they fall due, until stopped (`tessera serve` runs it too)')
    .option('--once', 'fetch every watched URL once now, then stop');
  exitTwoOnUsageErrors(run).action(async (opts: { once?: boolean }) => {
    if (opts.once) {
      await withStore(
        async (repo, config) => {
          const summary = await runWatches(repo, watchOptions(config), { all: true }, printEvent);
          const states = Object.entries(summary.states)
            .map(([s, n]) => `${n} ${s}`)
            .join(', ');
          stdout().write(
            `${summary.fetched} fetched${states ? ` (${states})` : ''}, ${summary.itemsStored} new reports, ${summary.alerts} alerts\n`,
          );
        },
        { existing: true },
      );
      return;
    }
    await runForever();
  });

  const alert = watch
    .command('alert')
    .description('rules on new evidence: new claims matching a filter, state changes');
  exitTwoOnUsageErrors(alert);
  const alertAdd = alert
    .command('add')
    .description('add a rule: `--on claim` with claim filters, or `--on state` (of one URL or any)')
    .argument('<name>', 'what the rule is called in alerts')
    .option('--on <kind>', `what it fires on: ${ALERT_KINDS.join(' or ')}`, 'claim')
    .option('--origin <code>', 'claims about people from: KZ, region:central-asia, ...')
    .option('--population <kind>', 'children, fighters, women, men, adults, families, people')
    .option('--status <status>', 'joined, present, featured, returned, detained, killed, other')
    .option('--group <group>', 'isis, al-nusra, al-qaeda, taliban, imu, other')
    .option('--url <url>', 'for `--on state`: only this watched URL')
    .option('--webhook <url>', 'POST each alert as JSON to this URL')
    .option('--allow-private', 'let the webhook be a loopback, link-local or private address');
  exitTwoOnUsageErrors(alertAdd).action(
    async (
      name: string,
      opts: {
        on: string;
        origin?: string;
        population?: string;
        status?: string;
        group?: string;
        url?: string;
        webhook?: string;
        allowPrivate?: boolean;
      },
    ) => {
      const filter = Object.fromEntries(
        (['origin', 'population', 'status', 'group'] as const)
          .filter((k) => opts[k] !== undefined)
          .map((k) => [k, opts[k]]),
      );
      const input = {
        name,
        on: opts.on,
        filter,
        url: opts.url,
        webhook: opts.webhook,
        allowPrivate: Boolean(opts.allowPrivate),
      };
      await withStore(async (repo, config) => {
        let rule;
        try {
          rule = await createAlertRule(repo, input, config.user, (f) =>
            optionName(f.replace(/^filter\./, '')),
          );
        } catch (e) {
          if (e instanceof TesseraError && e.code !== 'storage_failed') usageError(alertAdd, e.message);
          throw e;
        }
        stdout().write(`alert rule #${rule.id} "${rule.name}" on ${rule.on}\n`);
      });
    },
  );

  const alertList = alert
    .command('list')
    .description('the alert rules')
    .option('-f, --format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(alertList).action(async (opts: { format: string }) => {
    checkFormat(alertList, opts.format);
    await withStore(
      async (repo) => {
        const rules = await listAlertRules(repo);
        if (opts.format === 'json') return void stdout().write(JSON.stringify(rules, null, 2) + '\n');
        printTable(
          ['rule', 'name', 'on', 'filter', 'webhook', 'by'],
          rules.map((r) => [
            String(r.id),
            r.name,
            r.on,
            r.on === 'state' ? (r.url ?? 'any watched URL') : JSON.stringify(r.filter),
            r.webhook ?? '-',
            r.createdBy,
          ]),
        );
      },
      { existing: true },
    );
  });

  const alertRemove = alert
    .command('remove')
    .description('remove an alert rule and its alerts')
    .argument('<id>', 'the rule id', parseIntegerOption('ID', 1));
  exitTwoOnUsageErrors(alertRemove).action(async (id: number) => {
    await withStore(
      async (repo, config) => {
        await deleteAlertRule(repo, id, config.user);
        stdout().write(`alert rule #${id} removed\n`);
      },
      { existing: true },
    );
  });

  const alerts = watch
    .command('alerts')
    .description('the latest alerts')
    .option('-f, --format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(alerts).action(async (opts: { format: string }) => {
    checkFormat(alerts, opts.format);
    await withStore(
      async (repo) => {
        const all = await listAlerts(repo);
        if (opts.format === 'json') return void stdout().write(JSON.stringify(all, null, 2) + '\n');
        printTable(
          ['at', 'rule', 'alert', 'webhook'],
          all.map((a) => [a.at.toISOString(), a.ruleName, a.message, a.delivery ?? '-']),
        );
      },
      { existing: true },
    );
  });
}

function watchOptions(config: Config) {
  return { actor: config.user, maxBytes: config.maxBytes, fetchTimeoutMs: config.fetchTimeoutMs };
}

/** The scheduler until Ctrl-C: the store is opened for each pass, so other commands can use it between. */
async function runForever(): Promise<void> {
  const config = commandConfig();
  if (!config) return;
  const server = serverHolding();
  if (server) {
    stderr().write(
      `tessera: tessera serve (process ${server.pid}) holds this store and runs its watch scheduler already\n`,
    );
    setExitCode(1);
    return;
  }
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  const cfg = config;
  const withRepo = async <T>(use: (repo: Repository) => Promise<T>): Promise<T> => {
    const repo = await openStore(cfg, linker);
    try {
      return await use(repo);
    } finally {
      await repo.close();
    }
  };
  stdout().write('watching (Ctrl-C stops)\n');
  try {
    await runScheduler(withRepo, watchOptions(cfg), stop.signal, printEvent);
  } catch (e) {
    stderr().write(`tessera: ${describeError(e)}\n`);
    setExitCode(1);
  }
}
