// `tessera search [QUERY...]`: stored reports by their words in any of the four languages, by the places
// and concepts they name, narrowed by facets of several values, a date range, in relevance or date order.
import type { Command } from 'commander';
import { optionName } from '../services/claims.service.ts';
import { reportQuestion, searchReports } from '../services/search.service.ts';
import { marked } from '../text/highlight.ts';
import { describeError, parseIntegerOption } from './options.ts';
import { docLabel, withStore } from './store.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

interface SearchCliOptions {
  format: string;
  limit: number;
  lang?: string;
  country?: string;
  population?: string;
  status?: string;
  group?: string;
  outlet?: string[];
  from?: string;
  to?: string;
  sort?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerSearch(program: Command): void {
  const cmd = program
    .command('search')
    .description(
      'search stored documents (stemmed in ar/en/ru/fr; place names and concepts such as children or returned match across languages)',
    )
    .argument('[query...]', 'words; "quoted phrases" exact, -excluded, as in web search')
    .option('--lang <codes>', 'reports in any of these languages: ar,fr')
    .option('--country <codes>', 'reports naming, or with claims from or in, any of these places: KZ,UZ')
    .option('--population <kinds>', 'reports with claims about any of: children,women,...')
    .option('--status <statuses>', 'reports with claims of any of: returned,detained,...')
    .option('--group <groups>', 'reports with claims about any of: isis,taliban,...')
    .option('--outlet <name>', 'reports of this outlet (repeat for several)', collect)
    .option('--from <date>', 'published on or after: 2019, 2019-05, 2019-05-10')
    .option('--to <date>', 'published on or before (a partial date takes in its whole period)')
    .option('--sort <order>', 'relevance (default) or date (newest published first)')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('-n, --limit <n>', 'how many documents to show', parseIntegerOption('--limit', 1, 500), 20);
  exitTwoOnUsageErrors(cmd).action(async (words: string[], opts: SearchCliOptions) => {
    if (opts.format !== 'table' && opts.format !== 'json') {
      usageError(cmd, `--format must be table or json, not "${opts.format}"`);
    }
    const { format, limit, ...fields } = opts;
    let question;
    try {
      question = reportQuestion(fields, optionName);
    } catch (e) {
      usageError(cmd, describeError(e));
    }
    const text = words.join(' ').trim();
    const narrowed = Object.entries(question).some(([k, v]) => k !== 'sort' && v !== undefined);
    if (!text && !narrowed) usageError(cmd, 'give a QUERY of at least one word, or a filter such as --lang');
    await withStore(
      async (repo) => {
        const result = await searchReports(repo, { text, ...question }, { limit, offset: 0 });
        if (format === 'json') {
          const { total, items, facets } = result;
          stdout().write(JSON.stringify({ query: text, total, items, facets }, null, 2) + '\n');
          return;
        }
        printTable(
          ['document', 'lang', 'published', 'outlet', 'rank', 'passage'],
          result.items.map((h) => [
            docLabel(h.document),
            h.document.lang ?? '-',
            h.document.published ?? '-',
            h.document.outlet ?? '-',
            h.rank.toFixed(3),
            h.snippet ? marked({ snippet: h.snippet, highlights: h.highlights }) : '-',
          ]),
        );
        if (result.total > result.items.length)
          stdout().write(`${result.items.length} of ${result.total} reports shown (--limit)\n`);
      },
      { existing: true },
    );
  });
}
