// `tessera grade-claim ID 1..6`: an analyst grades a claim's credibility (Admiralty code); logged with who and when.
import type { Command } from 'commander';
import { CREDIBILITY_LABELS, parseCredibility } from '../domain/grade.ts';
import { check, recordIdSchema } from '../domain/validate.ts';
import { gradeClaim } from '../services/grades.service.ts';
import { withStore } from './store.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

export function registerGradeClaim(program: Command): void {
  const cmd = program
    .command('grade-claim')
    .description("grade a claim's credibility: 1 (confirmed) to 6 (cannot be judged)")
    .argument('<id>', 'the claim id, as `tessera claims` shows it')
    .argument('<credibility>', '1, 2, 3, 4, 5 or 6');
  exitTwoOnUsageErrors(cmd).action(async (id: string, credibility: string) => {
    const claimId = check(recordIdSchema, id, 'ID');
    if (!claimId.ok) usageError(cmd, claimId.message);
    const grade = parseCredibility(credibility);
    if (grade === null) usageError(cmd, `credibility must be a number from 1 to 6, not "${credibility}"`);
    await withStore(
      async (repo, config) => {
        const claim = await gradeClaim(repo, id, credibility, config.user);
        stdout().write(
          `claim ${claim.id} (${claim.documentName}: "${claim.claim.quote}"): ${grade} (${CREDIBILITY_LABELS[grade]}), by ${config.user}\n`,
        );
      },
      { existing: true },
    );
  });
}
