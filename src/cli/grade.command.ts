// `tessera grade SOURCE A..F`: an analyst grades a source's reliability (Admiralty code); logged with who and when.
import type { Command } from 'commander';
import { RELIABILITY_LABELS, parseReliability } from '../domain/grade.ts';
import { gradeSource } from '../services/grades.service.ts';
import { withStore } from './store.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

export function registerGrade(program: Command): void {
  const cmd = program
    .command('grade')
    .description("grade a source's reliability: A (completely reliable) to F (cannot be judged)")
    .argument('<source>', 'the source: its id, or its name as written (an outlet or who a report quotes)')
    .argument('<reliability>', 'A, B, C, D, E or F');
  exitTwoOnUsageErrors(cmd).action(async (source: string, reliability: string) => {
    const letter = parseReliability(reliability);
    if (letter === null) usageError(cmd, `reliability must be a letter from A to F, not "${reliability}"`);
    if (!source.trim()) usageError(cmd, 'SOURCE must be a source name or id');
    await withStore(
      async (repo, config) => {
        const graded = await gradeSource(repo, source, letter, config.user);
        for (const s of graded) {
          stdout().write(
            `source #${s.id} ${s.name} (${s.kind}): ${letter} (${RELIABILITY_LABELS[letter]}), by ${config.user}\n`,
          );
        }
      },
      { existing: true },
    );
  });
}
