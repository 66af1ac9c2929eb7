// The CLI while `tessera serve` holds the embedded store: commands are sent to the server and answer
// as they would on their own (paths relative to where they were typed, usage errors, exit codes);
// once the server stops, they open the store themselves again.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, type CliResult } from './cli-helpers.ts';

function tessera(args: string[], dataDir: string, cwd: string, input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: cliEnv(dataDir), cwd });
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the CLI while tessera serve holds the store', () => {
  let root: string;
  let data: string;
  let work: string;
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-gateway-'));
    data = join(root, 'data');
    work = join(root, 'work');
    await mkdir(join(work, 'reports'), { recursive: true });
    await writeFile(
      join(work, 'reports', 'flight.txt'),
      'On Tuesday a plane brought 48 Kazakh children home from the camps in Syria, the ministry said.\n',
    );
    await writeFile(
      join(work, 'reports', 'camps.txt'),
      'About 300 Kazakh children remain in the camps of north-east Syria, an aid group said.\n',
    );
    server = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { env: cliEnv(data), cwd: root });
    await new Promise<void>((resolve, reject) => {
      let said = '';
      server!.stdout!.on('data', (d: Buffer) => {
        said += d.toString();
        if (said.includes('Tessera is serving')) resolve();
      });
      server!.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
  }, 300_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  it('leaves the server where other processes find it, readable by its user only', async () => {
    const file = join(data, 'server.json');
    const announced = JSON.parse(await readFile(file, 'utf8')) as { pid: number; url: string };
    expect(announced.pid).toBe(server!.pid);
    expect(announced.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it('runs store commands in the server, with paths relative to where they were typed', async () => {
    const ingested = await tessera(['ingest', 'reports'], data, work);
    expect(ingested.stderr).toBe('');
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toMatch(/^2 stored, 0 already stored/m);
    const claims = await tessera(['claims', '--format', 'json'], data, work);
    expect(claims.code).toBe(0);
    const values = (JSON.parse(claims.stdout) as { claim: { value: { min: number } } }[])
      .map((c) => c.claim.value.min)
      .sort((a, b) => a - b);
    expect(values).toEqual([48, 300]);
  });

  it('answers usage errors and missing files as a command on its own would', async () => {
    const usage = await tessera(['claims', '--limit', 'many'], data, work);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--limit/);
    const missing = await tessera(['ingest', 'no-such-folder'], data, work);
    expect(missing.code).toBe(1);
    expect(missing.stdout + missing.stderr).toMatch(/no-such-folder/);
  });

  it('refuses a command sent without the token', async () => {
    const { url } = JSON.parse(await readFile(join(data, 'server.json'), 'utf8')) as { url: string };
    const res = await fetch(`${url}/api/cli`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer guess' },
      body: JSON.stringify({ args: ['claims'] }),
    });
    expect(res.status).toBe(403);
  });

  it('adds an account through the server (password on stdin); then the API wants one, the CLI does not', async () => {
    const { url } = JSON.parse(await readFile(join(data, 'server.json'), 'utf8')) as { url: string };
    expect((await fetch(`${url}/api/overview`)).status).toBe(200);
    const added = await tessera(['user', 'add', 'ada', '--role', 'viewer'], data, work, 'a long password\n');
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('account ada added (viewer)\n');
    expect((await fetch(`${url}/api/overview`)).status).toBe(401);
    const login = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ada', password: 'a long password' }),
    });
    expect(login.status).toBe(200);
    const token = await tessera(['token', 'create', 'ada'], data, work);
    expect(token.code).toBe(0);
    const overview = await fetch(`${url}/api/overview`, {
      headers: { authorization: `Bearer ${token.stdout.trim()}` },
    });
    expect(overview.status).toBe(200);
    const listed = await tessera(['user', 'list', '--format', 'json'], data, work);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ name: 'ada', role: 'viewer' }]);
    const empty = await tessera(['user', 'add', 'bo', '--role', 'viewer'], data, work, '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/password is empty/);
  });

  it('gives the same answer through the server as on its own once the server is gone', async () => {
    const through = await tessera(['estimates', '--population', 'children', '--origin', 'KZ'], data, work);
    expect(through.code).toBe(0);
    server!.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
    expect(existsSync(join(data, 'server.json'))).toBe(false);
    const alone = await tessera(['estimates', '--population', 'children', '--origin', 'KZ'], data, work);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toBe(through.stdout);
    expect(alone.stdout).toMatch(/300/);
  });
});
