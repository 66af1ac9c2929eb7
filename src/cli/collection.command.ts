// `tessera collection add|list|grant|revoke`: need-to-know collections. Every report belongs to one
// (`tessera ingest --collection NAME`, general by default); a restricted collection is read only by
// admins and the accounts granted on it. The local CLI holds the database itself and reads everything.
import type { Command } from 'commander';
import {
  addCollection,
  collectionNamed,
  collectionNameProblem,
  grantCollection,
  grantRoleProblem,
  listCollections,
  listGrants,
  revokeCollection,
} from '../services/collections.service.ts';
import { nameProblem } from '../services/accounts.service.ts';
import type { CollectionRecord, Repository } from '../storage/repository.ts';
import { describeError } from './options.ts';
import { withStore } from './store.ts';
import { printList, type ListFormat } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';

/**
 * The collection a command names (`--collection NAME`), or null after saying why on stderr with exit
 * code 2 (a usage error: the name is wrong, not the store).
 */
export async function namedCollection(repo: Repository, name: string): Promise<CollectionRecord | null> {
  try {
    return await collectionNamed(repo, name);
  } catch (e) {
    stderr().write(`tessera: --collection: ${describeError(e)}\n`);
    setExitCode(2);
    return null;
  }
}

export function registerCollection(program: Command): void {
  const collection = program
    .command('collection')
    .description('need-to-know collections of reports: add (--restricted), list, grant, revoke');

  const add = collection
    .command('add')
    .description('add a collection (open to every account unless --restricted)')
    .argument('<name>', 'lower-case letters, digits, ".", "_" or "-"')
    .option('--restricted', 'readable only by admins and the accounts granted on it');
  exitTwoOnUsageErrors(add).action(async (name: string, opts: { restricted?: boolean }) => {
    const problem = collectionNameProblem(name);
    if (problem) usageError(add, problem);
    await withStore(async (repo, config) => {
      const created = await addCollection(repo, { name, restricted: Boolean(opts.restricted) }, config.user);
      stdout().write(`collection ${created.name} added (${created.restricted ? 'restricted' : 'open'})\n`);
    });
  });

  const list = collection
    .command('list')
    .description('list the collections with their documents and grants')
    .option('--format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(list).action(async (opts: { format: string }) => {
    if (opts.format !== 'table' && opts.format !== 'json')
      usageError(list, `--format must be table or json, not "${opts.format}"`);
    await withStore(
      async (repo) => {
        const [collections, grants] = await Promise.all([listCollections(repo), listGrants(repo)]);
        const grantsOf = (id: number) =>
          grants.filter((g) => g.collectionId === id).map((g) => ({ user: g.user, role: g.role }));
        printList(
          opts.format as ListFormat,
          collections,
          (c) => ({
            name: c.name,
            restricted: c.restricted,
            documents: c.documents,
            grants: grantsOf(c.id),
            createdAt: c.createdAt.toISOString(),
            createdBy: c.createdBy,
          }),
          {
            headers: ['name', 'access', 'documents', 'grants'],
            row: (c) => [
              c.name,
              c.restricted ? 'restricted' : 'open',
              String(c.documents),
              grantsOf(c.id)
                .map((g) => `${g.user} (${g.role})`)
                .join(', '),
            ],
          },
        );
      },
      { existing: true },
    );
  });

  const grant = collection
    .command('grant')
    .description('give an account a role in a collection (replacing an earlier grant there)')
    .argument('<name>', 'the collection')
    .argument('<user>', 'the account')
    .requiredOption('--role <role>', 'viewer (reads) or analyst (also reviews, grades, ingests)');
  exitTwoOnUsageErrors(grant).action(async (name: string, user: string, opts: { role: string }) => {
    const problem = collectionNameProblem(name) ?? nameProblem(user) ?? grantRoleProblem(opts.role);
    if (problem) usageError(grant, problem);
    await withStore(
      async (repo, config) => {
        const granted = await grantCollection(repo, { collection: name, user, role: opts.role }, config.user);
        stdout().write(`${granted.user} is ${granted.role} in ${granted.collection}\n`);
      },
      { existing: true },
    );
  });

  const revoke = collection
    .command('revoke')
    .description("take an account's grant in a collection back")
    .argument('<name>', 'the collection')
    .argument('<user>', 'the account');
  exitTwoOnUsageErrors(revoke).action(async (name: string, user: string) => {
    const problem = collectionNameProblem(name) ?? nameProblem(user);
    if (problem) usageError(revoke, problem);
    await withStore(
      async (repo, config) => {
        await revokeCollection(repo, { collection: name, user }, config.user);
        stdout().write(`${user} has no grant in ${name} any more\n`);
      },
      { existing: true },
    );
  });
}
