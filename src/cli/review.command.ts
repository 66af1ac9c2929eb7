// `tessera review`: the review queue from the command line, through the same services as the web page.
//   queue [filters] [--conflicts first|only] [--offset N] [--limit N] [--format table|json]
//   next [filters] [--after CLAIM]    where a claim stands: n of N, its neighbours
//   confirm-report ID [--note TEXT]   confirm every unreviewed claim of a report (one batch)
//   undo-batch ID BATCH               undo such a batch
//   history CLAIM                     each change with what it changed (field: before → after)
//   undo CLAIM [--change ID]          undo the last review, or any earlier change named
import type { Command } from 'commander';
import { formatBounds } from './extract.command.ts';
import { describeError } from './options.ts';
import {
  queuePage,
  queuePlace,
  queueSpec,
  type QueueQuery,
  type QueueSpec,
} from '../services/review-queue.service.ts';
import { claimDetail, confirmReport, undoBatch, undoChange, undoReview } from '../services/review.service.ts';
import { stdout } from './io.ts';
import { docLabel, withStore } from './store.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';

const positiveId = (cmd: Command, what: string, text: string): number => {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 2_147_483_647)
    usageError(cmd, `${what} must be an id such as 12, not "${text}"`);
  return Number(text);
};

function withFilters(cmd: Command): Command {
  return cmd
    .option('--origin <code>', 'where the people come from: KZ, region:central-asia, ...')
    .option('--population <kind>', 'children, fighters, women, men, adults, families, people')
    .option('--status <status>', 'joined, present, featured, returned, detained, killed, other')
    .option('--group <group>', 'isis, al-nusra, al-qaeda, taliban, imu, other')
    .option('--lang <codes>', 'claims of reports in any of these languages: ar,fr')
    .option('--outlet <name>', 'claims of reports published by this outlet')
    .option('--report <id>', 'claims of one report (its document id)')
    .option('--review <states>', 'review states walked (default unreviewed): confirmed,corrected,...')
    .option('--conflicts <order>', 'first: claims in conflict with another report first; only: those alone');
}

function specOf(cmd: Command, opts: QueueQuery): QueueSpec {
  try {
    return queueSpec(opts);
  } catch (e) {
    usageError(cmd, describeError(e));
  }
}

export function registerReview(program: Command): void {
  const review = program
    .command('review')
    .description(
      'the review queue: list it with filters (conflicts first), n of N, confirm a report at once, history and undo of any change',
    );

  const queue = withFilters(review.command('queue').description('claims of the queue in order, n of N'))
    .option('--offset <n>', 'start at this position (0 is the first)', '0')
    .option('--limit <n>', 'how many to list', '50')
    .option('-f, --format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(queue).action(
    async (opts: QueueQuery & { offset: string; limit: string; format: string }) => {
      const { offset, limit, format, ...filters } = opts;
      const spec = specOf(queue, filters);
      if (!['table', 'json'].includes(format))
        usageError(queue, `--format must be table or json, not "${format}"`);
      if (!/^\d+$/.test(offset)) usageError(queue, `--offset must be 0 or more, not "${offset}"`);
      if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 10_000)
        usageError(queue, `--limit must be from 1 to 10000, not "${limit}"`);
      await withStore(
        async (repo) => {
          const page = await queuePage(repo, spec, { offset: Number(offset), limit: Number(limit) });
          if (format === 'json') {
            stdout().write(
              JSON.stringify(
                { total: page.total, conflicting: page.conflicting, items: page.items },
                null,
                2,
              ) + '\n',
            );
            return;
          }
          stdout().write(
            `${page.total} claim(s) in the queue` +
              (spec.conflicts ? `, ${page.conflicting} in conflict with another report` : '') +
              '\n',
          );
          printTable(
            ['n', 'claim', 'report', 'value', 'who', 'origin', 'status', 'quote'],
            page.items.map((r, i) => [
              `${Number(offset) + i + 1}/${page.total}`,
              String(r.id),
              docLabel({ id: r.documentId, name: r.documentName }),
              formatBounds(r.claim.value.min, r.claim.value.max, r.claim.qualifier),
              r.claim.population,
              r.claim.origin?.join(',') ?? '-',
              r.claim.status,
              r.claim.quote,
            ]),
          );
        },
        { existing: true },
      );
    },
  );

  const next = withFilters(
    review.command('next').description('where a claim stands in the queue: n of N, previous and next'),
  )
    .option('--claim <id>', 'this claim (default: the first of the queue)')
    .option('-f, --format <format>', 'text or json', 'text');
  exitTwoOnUsageErrors(next).action(async (opts: QueueQuery & { claim?: string; format: string }) => {
    const { claim, format, ...filters } = opts;
    const spec = specOf(next, filters);
    const id = claim === undefined ? undefined : positiveId(next, '--claim', claim);
    if (!['text', 'json'].includes(format))
      usageError(next, `--format must be text or json, not "${format}"`);
    await withStore(
      async (repo) => {
        const place = await queuePlace(repo, spec, { claim: id });
        if (format === 'json') {
          stdout().write(JSON.stringify(place, null, 2) + '\n');
          return;
        }
        if (!place.claim) {
          stdout().write(place.total ? `claim ${id} not found\n` : 'nothing left to review\n');
          return;
        }
        const c = place.claim;
        stdout().write(
          `${place.inQueue ? `${place.position} of ${place.total}` : `not in the queue (${place.total} in it)`}` +
            `${place.conflict ? ' · in conflict with another report' : ''}\n` +
            `claim ${c.id} · ${docLabel({ id: c.documentId, name: c.documentName })} · ${c.review.state}\n` +
            `${formatBounds(c.claim.value.min, c.claim.value.max, c.claim.qualifier)} ${c.claim.population} · ${c.claim.status} · ${c.claim.origin?.join(',') ?? '-'}\n` +
            `“${c.claim.quote}”\n` +
            `previous: ${place.previous ?? '-'} · next: ${place.next ?? '-'}\n`,
        );
      },
      { existing: true },
    );
  });

  const confirm = review
    .command('confirm-report')
    .description('confirm every unreviewed claim of a report at once (each logged; undo with undo-batch)')
    .argument('<id>', 'the report id')
    .option('--note <text>', 'why, kept in each claim’s history');
  exitTwoOnUsageErrors(confirm).action(async (idText: string, opts: { note?: string }) => {
    const id = positiveId(confirm, 'ID', idText);
    await withStore(
      async (repo, config) => {
        const done = await confirmReport(repo, id, { actor: config.user, note: opts.note ?? null });
        stdout().write(
          `${done.confirmed.length} claim(s) of report ${id} confirmed by ${config.user}` +
            (done.confirmed.length ? ` (batch ${done.batch}): ${done.confirmed.join(', ')}` : '') +
            '\n',
        );
      },
      { existing: true },
    );
  });

  const undoB = review
    .command('undo-batch')
    .description("undo a report's batch confirmation")
    .argument('<id>', 'the report id')
    .argument('<batch>', 'the batch id confirm-report printed');
  exitTwoOnUsageErrors(undoB).action(async (idText: string, batch: string) => {
    const id = positiveId(undoB, 'ID', idText);
    await withStore(
      async (repo, config) => {
        const done = await undoBatch(repo, id, batch, config.user);
        stdout().write(`${done.undone.length} confirmation(s) undone: ${done.undone.join(', ') || '-'}\n`);
        for (const r of done.refused) stdout().write(`claim ${r.claimId}: ${r.message}\n`);
      },
      { existing: true },
    );
  });

  const history = review
    .command('history')
    .description("a claim's changes, each with what it changed (field: before → after)")
    .argument('<claim>', 'the claim id');
  exitTwoOnUsageErrors(history).action(async (idText: string) => {
    const id = positiveId(history, 'CLAIM', idText);
    await withStore(
      async (repo) => {
        const d = await claimDetail(repo, id);
        printTable(
          ['change', 'at', 'by', 'action', 'what changed', 'undo'],
          d.entries.map((e) => [
            String(e.change.id),
            e.change.at.toISOString().slice(0, 16).replace('T', ' '),
            e.change.actor,
            e.undoes !== null ? `undo of ${e.undoes}` : e.change.action,
            e.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join('; ') || '-',
            e.undoneBy !== null ? `undone by ${e.undoneBy}` : e.cannotUndo ? 'no' : 'yes',
          ]),
        );
      },
      { existing: true },
    );
  });

  const undo = review
    .command('undo')
    .description("undo the claim's last review, or any earlier change (--change)")
    .argument('<claim>', 'the claim id')
    .option('--change <id>', 'the change to undo (review history lists them)');
  exitTwoOnUsageErrors(undo).action(async (idText: string, opts: { change?: string }) => {
    const id = positiveId(undo, 'CLAIM', idText);
    const change = opts.change === undefined ? undefined : positiveId(undo, '--change', opts.change);
    await withStore(
      async (repo, config) => {
        const after =
          change === undefined
            ? await undoReview(repo, id, config.user)
            : await undoChange(repo, id, change, config.user);
        stdout().write(`claim ${id} is now ${after.review.state}\n`);
      },
      { existing: true },
    );
  });
}
