// `tessera audit [--since DATE] [--format csv|json]`: the append-only change log, every write with the
// account (or, without accounts, the user) that made it.
import type { Command } from 'commander';
import { AUDIT_FORMATS, auditExport, parseSince, type AuditFormat } from '../services/audit.service.ts';
import { describeError } from './options.ts';
import { withStore } from './store.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

export function registerAudit(program: Command): void {
  const cmd = program
    .command('audit')
    .description('export the append-only change log (who changed what, when) as CSV or JSON')
    .option('--since <date>', 'only changes from this date (2024-05-01) or time (2024-05-01T12:00:00Z) on')
    .option('--format <format>', 'csv or json', 'csv');
  exitTwoOnUsageErrors(cmd).action(async (opts: { since?: string; format: string }) => {
    if (!(AUDIT_FORMATS as readonly string[]).includes(opts.format))
      usageError(cmd, `--format must be ${AUDIT_FORMATS.join(' or ')}, not "${opts.format}"`);
    let since: Date | undefined;
    try {
      since = opts.since === undefined ? undefined : parseSince(opts.since);
    } catch (e) {
      usageError(cmd, describeError(e));
    }
    await withStore(
      async (repo) => {
        for await (const piece of auditExport(repo, opts.format as AuditFormat, since)) stdout().write(piece);
      },
      { existing: true },
    );
  });
}
