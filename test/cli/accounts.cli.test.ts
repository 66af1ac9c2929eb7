// `tessera user`, `token` and `audit` as a user types them: usage errors exit 2 naming what is wrong,
// a token is printed once and never listed, and the audit trail names who did each thing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../services/cli-helpers.ts';

let root: string;
let data: string;

/** The CLI with `input` on its standard input. */
const tessera = (args: string[], input = '') => runCli(args, data, input);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-accounts-cli-'));
  data = join(root, 'data');
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('tessera user, token and audit', () => {
  it('refuses a bad role, name or password with exit 2, naming it', async () => {
    const role = await tessera(['user', 'add', 'ada', '--role', 'boss'], 'a long password\n');
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/role must be one of viewer, analyst, admin, not "boss"/);
    const name = await tessera(['user', 'add', 'a b', '--role', 'viewer'], 'a long password\n');
    expect(name.code).toBe(2);
    expect(name.stderr).toMatch(/account name .* not "a b"/);
    const empty = await tessera(['user', 'add', 'ada', '--role', 'viewer'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/the password is empty/);
    const missing = await tessera(['user', 'add', 'ada'], 'a long password\n');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--role/);
  });

  it('adds an account once, lists it, and removes it', async () => {
    const added = await tessera(['user', 'add', 'ada', '--role', 'analyst'], 'a long password\n');
    expect(added).toMatchObject({ code: 0, stdout: 'account ada added (analyst)\n' });
    const again = await tessera(['user', 'add', 'ada', '--role', 'admin'], 'another password\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/"ada" exists already/);
    const listed = await tessera(['user', 'list', '--format', 'json']);
    expect(JSON.parse(listed.stdout)).toMatchObject([
      { name: 'ada', role: 'analyst', createdBy: 'test-runner' },
    ]);
    expect((await tessera(['user', 'list', '--format', 'xml'])).code).toBe(2);
  });

  it('changes a role, refusing a bad one with exit 2 and an unknown account with 1', async () => {
    const changed = await tessera(['user', 'role', 'ada', 'viewer']);
    expect(changed).toMatchObject({ code: 0, stdout: 'account ada is now viewer\n' });
    const bad = await tessera(['user', 'role', 'ada', 'boss']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/role must be one of viewer, analyst, admin, not "boss"/);
    const nobody = await tessera(['user', 'role', 'nobody', 'viewer']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/nobody/);
  });

  it('prints a token once, never lists it, and revokes it by id', async () => {
    const made = await tessera(['token', 'create', 'ada']);
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^tsr_[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toMatch(/not shown again/);
    const listed = await tessera(['token', 'list', '--format', 'json']);
    expect(listed.stdout).not.toContain(token);
    const [entry] = JSON.parse(listed.stdout) as { id: number; user: string; revokedAt: string | null }[];
    expect(entry).toMatchObject({ user: 'ada', lastUsedAt: null, revokedAt: null });
    expect((await tessera(['token', 'create', 'nobody'])).code).toBe(1);
    expect((await tessera(['token', 'revoke', 'first'])).code).toBe(2);
    expect((await tessera(['token', 'revoke', '9999'])).code).toBe(1);
    const revoked = await tessera(['token', 'revoke', String(entry!.id)]);
    expect(revoked).toMatchObject({ code: 0, stdout: `token #${entry!.id} of ada revoked\n` });
    const again = await tessera(['token', 'revoke', String(entry!.id)]);
    expect(again.stdout).toMatch(/was revoked already, at \d{4}-/);
  });

  it('exports the audit trail with who did what', async () => {
    expect((await tessera(['user', 'remove', 'ada'])).code).toBe(0);
    expect((await tessera(['user', 'remove', 'ada'])).code).toBe(1);
    const bad = await tessera(['audit', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect((await tessera(['audit', '--since', 'last week'])).code).toBe(2);
    const audit = await tessera(['audit', '--format', 'json', '--since', '2020-01-01']);
    expect(audit.code).toBe(0);
    const log = JSON.parse(audit.stdout) as { actor: string; action: string }[];
    expect(log.map((c) => `${c.actor} ${c.action}`)).toEqual([
      'test-runner user.added',
      'test-runner user.role_changed',
      'test-runner token.created',
      'test-runner token.revoked',
      'test-runner user.removed',
    ]);
    const csv = await tessera(['audit']);
    expect(csv.stdout.split('\n')[0]).toBe('id,at,actor,action,entity,entityId,documentId,details');
  });
});
