// `tessera --help` lists every command from summaries kept in main.ts, without loading them: each
// summary must be the description the command gives itself.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.ts';
import { runCli } from '../services/cli-helpers.ts';

describe('the tessera command', () => {
  it('summarises each command as the command describes itself', async () => {
    for (const [name, c] of Object.entries(COMMANDS)) {
      const program = new Command('tessera');
      (await c.load())(program);
      const registered = program.commands.find((cmd) => cmd.name() === name);
      expect(registered?.description(), name).toBe(c.summary);
    }
  });

  it('answers --version and --help', async () => {
    const version = await runCli(['--version'], '/nonexistent');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runCli(['--help'], '/nonexistent');
    expect(help.code).toBe(0);
    for (const name of ['ingest', 'facts', 'estimates', 'serve']) expect(help.stdout).toContain(name);
  });
});
