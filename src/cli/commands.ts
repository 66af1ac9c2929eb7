// The subcommands of `tessera`: a one-line summary each for `tessera --help`, and how to load the
// command's module (only the one named on the command line is loaded).
import type { Command } from 'commander';

export type Register = (program: Command) => void;

/** Each subcommand: its one-line summary for `tessera --help`, and how to load it. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Register> }> = {
  extract: {
    summary: 'extract counts of people and propaganda releases from files or folders',
    load: async () => (await import('./extract.command.ts')).registerExtract,
  },
  ingest: {
    summary: 'store reports (files, folders, http(s) URLs) with their original bytes, text and claims',
    load: async () => (await import('./ingest.command.ts')).registerIngest,
  },
  reextract: {
    summary: 're-run the extraction engine on stored documents; reviewed claims and analyst edits are kept',
    load: async () => (await import('./reextract.command.ts')).registerReextract,
  },
  search: {
    summary: 'search stored documents (stemmed in ar/en/ru/fr; place names also match across languages)',
    load: async () => (await import('./search.command.ts')).registerSearch,
  },
  claims: {
    summary: 'list stored claims with their source, date and quote',
    load: async () => (await import('./claims.command.ts')).registerClaims,
  },
  facts: {
    summary:
      'facts: one count of one population reported by several documents, with the reasons for each link',
    load: async () => (await import('./facts.command.ts')).registerFacts,
  },
  estimates: {
    summary: 'an estimate series: who said how many, when, how graded; conflicts and a reconciled range',
    load: async () => (await import('./estimates.command.ts')).registerEstimates,
  },
  export: {
    summary: 'export claims with their reports, grades, reviews and facts: STIX 2.1, CSV (HXL) or JSON Lines',
    load: async () => (await import('./export.command.ts')).registerExport,
  },
  import: {
    summary: 'import a STIX 2.1 bundle: a Tessera export whole, reports and their text from others',
    load: async () => (await import('./import.command.ts')).registerImport,
  },
  grade: {
    summary: "grade a source's reliability: A (completely reliable) to F (cannot be judged)",
    load: async () => (await import('./grade.command.ts')).registerGrade,
  },
  'grade-claim': {
    summary: "grade a claim's credibility: 1 (confirmed) to 6 (cannot be judged)",
    load: async () => (await import('./grade-claim.command.ts')).registerGradeClaim,
  },
  serve: {
    summary: 'serve the web application and its HTTP API (/api, OpenAPI in docs/openapi.json)',
    load: async () => (await import('./serve.command.ts')).registerServe,
  },
};
