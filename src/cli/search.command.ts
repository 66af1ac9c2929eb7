// `tessera search QUERY`: stored documents by their words, in any of the four languages, and by places named.
import type { Command } from 'commander';
import { search } from '../services/search.service.ts';
import { docLabel, withStore } from './store.ts';
import { parseIntegerOption } from './options.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

export function registerSearch(program: Command): void {
  const cmd = program
    .command('search')
    .description('search stored documents (stemmed in ar/en/ru/fr; place names also match across languages)')
    .argument('<query...>', 'words; "quoted phrases", or, -excluded as in web search')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('-n, --limit <n>', 'how many documents to show', parseIntegerOption('--limit', 1, 10_000), 20);
  exitTwoOnUsageErrors(cmd).action(async (words: string[], opts: { format: string; limit: number }) => {
    if (opts.format !== 'table' && opts.format !== 'json') {
      usageError(cmd, `--format must be table or json, not "${opts.format}"`);
    }
    const limit = opts.limit;
    if (!words.join(' ').trim()) usageError(cmd, 'QUERY must hold at least one word');
    await withStore(
      async (repo) => {
        const hits = await search(repo, { query: words.join(' '), limit });
        if (opts.format === 'json') {
          stdout().write(JSON.stringify(hits, null, 2) + '\n');
          return;
        }
        printTable(
          ['document', 'lang', 'published', 'outlet', 'rank', 'passage'],
          hits.map((h) => [
            docLabel(h.document),
            h.document.lang ?? '-',
            h.document.published ?? '-',
            h.document.outlet ?? '-',
            h.rank.toFixed(3),
            h.snippet,
          ]),
        );
      },
      { existing: true },
    );
  });
}
