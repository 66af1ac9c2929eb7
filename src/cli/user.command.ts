// `tessera user add|list|role|remove`: the accounts of a store. Once one exists, the server asks every API
// request for an account (a session from the login page, or an API token from `tessera token create`).
import type { Command } from 'commander';
import {
  addUser,
  changeRole,
  listUsers,
  nameProblem,
  passwordProblem,
  removeUser,
  roleProblem,
} from '../services/accounts.service.ts';
import { withStore } from './store.ts';
import { printList, type ListFormat } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { currentRun, readStdin, stderr, stdout } from './io.ts';

/** The password on standard input: its first line, without the line break. */
export function passwordFrom(input: string): string {
  return input.split(/\r?\n/)[0] ?? '';
}

export function registerUser(program: Command): void {
  const user = program
    .command('user')
    .description('accounts on this store: add (password from stdin), list, role, remove');

  const add = user
    .command('add')
    .description('add an account; its password is read from standard input (the first line)')
    .argument('<name>', 'the account name: letters, digits, ".", "_", "@" or "-"')
    .requiredOption(
      '--role <role>',
      'viewer (reads), analyst (reviews, grades, ingests) or admin (accounts)',
    );
  exitTwoOnUsageErrors(add).action(async (name: string, opts: { role: string }) => {
    const problem = nameProblem(name) ?? roleProblem(opts.role);
    if (problem) usageError(add, problem);
    if (!currentRun() && process.stdin.isTTY)
      stderr().write(`password for ${name} (one line, at least 8 characters), then Enter and Ctrl-D:\n`);
    const password = passwordFrom(await readStdin());
    const weak = passwordProblem(password);
    if (weak)
      usageError(
        add,
        `${weak}: give it on standard input, e.g. \`tessera user add ${name} --role ${opts.role} < file\``,
      );
    await withStore(async (repo, config) => {
      const created = await addUser(repo, { name, role: opts.role, password }, config.user);
      stdout().write(`account ${created.name} added (${created.role})\n`);
    });
  });

  const list = user
    .command('list')
    .description('list the accounts with their roles')
    .option('--format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(list).action(async (opts: { format: string }) => {
    if (opts.format !== 'table' && opts.format !== 'json')
      usageError(list, `--format must be table or json, not "${opts.format}"`);
    await withStore(
      async (repo) => {
        const users = await listUsers(repo);
        printList(
          opts.format as ListFormat,
          users,
          (u) => ({
            name: u.name,
            role: u.role,
            createdAt: u.createdAt.toISOString(),
            createdBy: u.createdBy,
          }),
          {
            headers: ['name', 'role', 'created', 'by'],
            row: (u) => [u.name, u.role, u.createdAt.toISOString(), u.createdBy],
          },
        );
      },
      { existing: true },
    );
  });

  const role = user
    .command('role')
    .description("change an account's role (the only admin keeps it)")
    .argument('<name>', 'the account name')
    .argument('<role>', 'viewer, analyst or admin');
  exitTwoOnUsageErrors(role).action(async (name: string, to: string) => {
    const problem = nameProblem(name) ?? roleProblem(to);
    if (problem) usageError(role, problem);
    await withStore(
      async (repo, config) => {
        const changed = await changeRole(repo, name, to, config.user);
        stdout().write(`account ${changed.name} is now ${changed.role}\n`);
      },
      { existing: true },
    );
  });

  const remove = user
    .command('remove')
    .description(
      'remove an account with its tokens and sessions (the change log keeps its name; never the only admin)',
    )
    .argument('<name>', 'the account name');
  exitTwoOnUsageErrors(remove).action(async (name: string) => {
    const problem = nameProblem(name);
    if (problem) usageError(remove, problem);
    await withStore(
      async (repo, config) => {
        await removeUser(repo, name, config.user);
        stdout().write(`account ${name} removed\n`);
      },
      { existing: true },
    );
  });
}
