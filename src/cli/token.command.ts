// `tessera token create|list|revoke`: API tokens for scripts (`Authorization: Bearer TOKEN`). A token
// is printed once when created; the store keeps its SHA-256 only.
import type { Command } from 'commander';
import { createToken, listTokens, nameProblem, revokeToken } from '../services/accounts.service.ts';
import { withStore } from './store.ts';
import { printList, type ListFormat } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stderr, stdout } from './io.ts';

export function registerToken(program: Command): void {
  const token = program
    .command('token')
    .description('API tokens for scripts (Authorization: Bearer): create (printed once), list, revoke');

  const create = token
    .command('create')
    .description('create an API token for an account and print it (once: only its hash is kept)')
    .argument('<name>', 'the account the token acts as');
  exitTwoOnUsageErrors(create).action(async (name: string) => {
    const problem = nameProblem(name);
    if (problem) usageError(create, problem);
    await withStore(
      async (repo, config) => {
        const made = await createToken(repo, name, config.user);
        stdout().write(`${made.token}\n`);
        stderr().write(
          `token #${made.record.id} for ${name}: keep it now, it is not shown again (revoke: tessera token revoke ${made.record.id})\n`,
        );
      },
      { existing: true },
    );
  });

  const list = token
    .command('list')
    .description('list API tokens (never the tokens themselves): id, account, created, last used, revoked')
    .option('--format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(list).action(async (opts: { format: string }) => {
    if (opts.format !== 'table' && opts.format !== 'json')
      usageError(list, `--format must be table or json, not "${opts.format}"`);
    await withStore(
      async (repo) => {
        const tokens = await listTokens(repo);
        printList(
          opts.format as ListFormat,
          tokens,
          (t) => ({
            id: t.id,
            user: t.user,
            createdAt: t.createdAt.toISOString(),
            createdBy: t.createdBy,
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            revokedAt: t.revokedAt?.toISOString() ?? null,
          }),
          {
            headers: ['id', 'account', 'created', 'by', 'last used', 'revoked'],
            row: (t) => [
              String(t.id),
              t.user,
              t.createdAt.toISOString(),
              t.createdBy,
              t.lastUsedAt?.toISOString() ?? '-',
              t.revokedAt?.toISOString() ?? '-',
            ],
          },
        );
      },
      { existing: true },
    );
  });

  const revoke = token
    .command('revoke')
    .description('revoke an API token: requests with it are refused from then on')
    .argument('<id>', 'the token id, from `tessera token list`');
  exitTwoOnUsageErrors(revoke).action(async (id: string) => {
    if (!/^\d{1,9}$/.test(id) || Number(id) < 1)
      usageError(revoke, `ID must be a token id (a positive whole number), not "${id}"`);
    await withStore(
      async (repo, config) => {
        const { token: revoked, revokedNow } = await revokeToken(repo, id, config.user);
        stdout().write(
          revokedNow
            ? `token #${revoked.id} of ${revoked.user} revoked\n`
            : `token #${revoked.id} of ${revoked.user} was revoked already, at ${revoked.revokedAt?.toISOString()}\n`,
        );
      },
      { existing: true },
    );
  });
}
