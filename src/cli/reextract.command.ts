// `tessera reextract`: run the current engine over stored documents, keeping analysts' reviews and edits.
import type { Command } from 'commander';
import { reextract } from '../services/reextract.service.ts';
import { docLabel, withStore } from './store.ts';
import { exitTwoOnUsageErrors } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';

export function registerReextract(program: Command): void {
  const cmd = program
    .command('reextract')
    .description(
      're-run the extraction engine on stored documents; reviewed claims and analyst edits are kept',
    )
    .option('--all', 'also documents already read by the current engine version')
    .option('--json', 'one JSON object per line');
  exitTwoOnUsageErrors(cmd).action(async (opts: { all?: boolean; json?: boolean }) => {
    await withStore(
      async (repo, config) => {
        const summary = await reextract(repo, { actor: config.user, all: Boolean(opts.all) }, (e) => {
          if (opts.json) {
            stdout().write(JSON.stringify(e) + '\n');
            return;
          }
          const label = docLabel({ id: e.documentId, name: e.name });
          if (e.type === 'reextracted') {
            const o = e.outcome;
            stdout().write(
              `reextracted ${label}: ${o.updated} updated, ${o.added} added, ${o.removed} removed, ${o.keptReviewed} reviewed kept\n`,
            );
          } else if (e.type === 'failed') {
            stderr().write(`tessera: ${label}: ${e.reason}\n`);
          }
        });
        if (!opts.json) {
          stdout().write(
            `${summary.reextracted} re-extracted, ${summary.current} already current, ${summary.failed} failed\n`,
          );
        }
        if (summary.failed) setExitCode(1);
      },
      { existing: true },
    );
  });
}
