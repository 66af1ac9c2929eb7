// `tessera import FILE`: a STIX 2.1 bundle into the store. Tessera's own bundles come back whole (reports,
// counts, releases, reviews, grades; facts linked again); from others, reports and their text; the rest is
// named as skipped. Importing the same bundle again adds nothing.
import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { importBundle, readBundleText, type ImportSummary } from '../services/import.service.ts';
import { describeError } from './options.ts';
import { withStore } from './store.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stderr, stdout } from './io.ts';

export function registerImport(program: Command): void {
  const cmd = program
    .command('import')
    .description('import a STIX 2.1 bundle: a Tessera export whole, reports and their text from others')
    .argument('<file>', 'the bundle (JSON)')
    .option('--json', 'print the summary as JSON');
  exitTwoOnUsageErrors(cmd).action(async (file: string, opts: { json?: boolean }) => {
    // The bundle is read and checked whole before the store is opened: a bad one changes nothing.
    let bundle;
    try {
      bundle = readBundleText(await readFile(file, 'utf8'), file);
    } catch (e) {
      usageError(cmd, `${describeError(e).startsWith(file) ? '' : `${file}: `}${describeError(e)}`);
    }
    await withStore(async (repo, config) => {
      const bar =
        stderr().isTTY === true && !opts.json
          ? new cliProgress.SingleBar(
              { format: 'importing [{bar}] {value}/{total} reports', hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : null;
      bar?.start(bundle.reports.length, 0);
      try {
        const summary = await importBundle(repo, bundle, { actor: config.user, from: file }, (done) =>
          bar?.update(done),
        );
        bar?.stop();
        stdout().write(opts.json ? JSON.stringify(summary) + '\n' : describeSummary(summary));
      } finally {
        bar?.stop();
      }
    });
  });
}

function describeSummary(s: ImportSummary): string {
  const lines = [
    `${s.tessera ? 'a Tessera bundle' : 'a STIX bundle from another producer'}: ` +
      `${s.reports.stored} report(s) stored, ${s.reports.alreadyStored} already stored`,
    `${s.claims} claim(s) and ${s.releases} release(s) stored; ` +
      `${s.reviews} review(s), ${s.grades} claim grade(s) and ${s.sourceGrades} source grade(s) applied`,
  ];
  if (s.facts.inBundle)
    lines.push(`facts: ${s.facts.found} of the bundle's ${s.facts.inBundle} linked again`);
  lines.push(
    s.skipped.length
      ? `skipped (not imported): ${s.skipped.map((x) => `${x.count} ${x.type}`).join(', ')}`
      : 'nothing skipped',
  );
  return lines.join('\n') + '\n';
}
