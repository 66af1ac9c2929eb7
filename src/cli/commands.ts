// The subcommands of `tessera`: a one-line summary each for `tessera --help`, and how to load the
// command's module (only the one named on the command line is loaded).
import type { Command } from 'commander';

export type Register = (program: Command) => void;

/** Each subcommand: its one-line summary for `tessera --help`, and how to load it. */
export const COMMANDS: Record<
  string,
  {
    summary: string;
    load: () => Promise<Register>;
    /** Whether it reads or writes the store (for these arguments): sent to a running `tessera serve` that holds it. */
    usesStore?: boolean | ((args: readonly string[]) => boolean);
    /** Whether it reads standard input (for these arguments): sent along to a running `tessera serve`. */
    readsStdin?: (args: readonly string[]) => boolean;
  }
> = {
  extract: {
    summary: 'extract counts of people and propaganda releases from files or folders',
    load: async () => (await import('./extract.command.ts')).registerExtract,
  },
  ingest: {
    usesStore: true,
    summary: 'store reports (files, folders, http(s) URLs) with their original bytes, text and claims',
    load: async () => (await import('./ingest.command.ts')).registerIngest,
  },
  reextract: {
    usesStore: true,
    summary: 're-run the extraction engine on stored documents; reviewed claims and analyst edits are kept',
    load: async () => (await import('./reextract.command.ts')).registerReextract,
  },
  search: {
    usesStore: true,
    summary:
      'search stored documents (stemmed in ar/en/ru/fr; place names and concepts such as children or returned match across languages)',
    load: async () => (await import('./search.command.ts')).registerSearch,
  },
  claims: {
    usesStore: true,
    summary: 'list stored claims with their source, date and quote',
    load: async () => (await import('./claims.command.ts')).registerClaims,
  },
  review: {
    usesStore: true,
    summary:
      'the review queue: list it with filters (conflicts first), n of N, confirm a report at once, history and undo of any change',
    load: async () => (await import('./review.command.ts')).registerReview,
  },
  facts: {
    usesStore: true,
    summary:
      'facts: one count of one population reported by several documents, with the reasons for each link',
    load: async () => (await import('./facts.command.ts')).registerFacts,
  },
  estimates: {
    usesStore: true,
    summary: 'an estimate series: who said how many, when, how graded; conflicts and a reconciled range',
    load: async () => (await import('./estimates.command.ts')).registerEstimates,
  },
  export: {
    usesStore: true,
    summary: 'export claims with their reports, grades, reviews and facts: STIX 2.1, CSV (HXL) or JSON Lines',
    load: async () => (await import('./export.command.ts')).registerExport,
  },
  import: {
    usesStore: true,
    summary: 'import a STIX 2.1 bundle: a Tessera export whole, reports and their text from others',
    load: async () => (await import('./import.command.ts')).registerImport,
  },
  document: {
    usesStore: true,
    summary: "correct a stored report's title, outlet, URL, publication date or language",
    load: async () => (await import('./document.command.ts')).registerDocument,
  },
  grade: {
    usesStore: true,
    summary: "grade a source's reliability: A (completely reliable) to F (cannot be judged)",
    load: async () => (await import('./grade.command.ts')).registerGrade,
  },
  sources: {
    usesStore: true,
    summary:
      'list outlets and attributed speakers apart with their grades and what they mean, or one source with its claims',
    load: async () => (await import('./sources.command.ts')).registerSources,
  },
  'grade-claim': {
    usesStore: true,
    summary: "grade a claim's credibility: 1 (confirmed) to 6 (cannot be judged)",
    load: async () => (await import('./grade-claim.command.ts')).registerGradeClaim,
  },
  watch: {
    // `watch run` is a scheduler of its own; `tessera serve` runs one already.
    usesStore: (args) => args[1] !== 'run',
    summary: 'watch feeds and pages: new items ingested, every fetch recorded with its state',
    load: async () => (await import('./watch.command.ts')).registerWatch,
  },
  user: {
    usesStore: true,
    readsStdin: (args) => args[1] === 'add',
    summary: 'accounts on this store: add (password from stdin), list, role, remove',
    load: async () => (await import('./user.command.ts')).registerUser,
  },
  collection: {
    usesStore: true,
    summary: 'need-to-know collections of reports: add (--restricted), list, grant, revoke',
    load: async () => (await import('./collection.command.ts')).registerCollection,
  },
  token: {
    usesStore: true,
    summary: 'API tokens for scripts (Authorization: Bearer): create (printed once), list, revoke',
    load: async () => (await import('./token.command.ts')).registerToken,
  },
  audit: {
    usesStore: true,
    summary: 'export the append-only change log (who changed what, when) as CSV or JSON',
    load: async () => (await import('./audit.command.ts')).registerAudit,
  },
  worker: {
    summary: 'process queued ingestion and linking jobs until stopped (PostgreSQL store only)',
    load: async () => (await import('./worker.command.ts')).registerWorker,
  },
  jobs: {
    summary: 'list queued jobs with their state, attempts and errors, newest first (PostgreSQL store only)',
    load: async () => (await import('./jobs.command.ts')).registerJobs,
  },
  serve: {
    summary: 'serve the web application and its HTTP API (/api, OpenAPI in docs/openapi.json)',
    load: async () => (await import('./serve.command.ts')).registerServe,
  },
};

/** Whether `tessera ARGS` reads or writes the store. */
export function usesStore(args: readonly string[]): boolean {
  const flag = COMMANDS[args[0] ?? '']?.usesStore;
  return typeof flag === 'function' ? flag(args) : Boolean(flag);
}

/** Whether `tessera ARGS` reads its standard input. */
export function readsStdin(args: readonly string[]): boolean {
  return COMMANDS[args[0] ?? '']?.readsStdin?.(args) ?? false;
}
