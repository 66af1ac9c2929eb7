// The server side of the gateway: `tessera serve` runs the commands other `tessera` processes send it
// (they cannot open the embedded store it holds) on its own open store, each with its own output.
// Only from this machine, and only with the token the server wrote to its data folder (server.json,
// readable by its user alone).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Repository } from '../storage/repository.ts';
import { usesStore } from './commands.ts';
import { CommandExit, runInside, type CommandRun } from './io.ts';
import { describeError } from './options.ts';
import { serverFile, type RunningServer } from './remote.ts';
import { runCommandLine } from './run.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function registerGateway(app: FastifyInstance, repo: Repository, token: string): void {
  const expected = Buffer.from(`Bearer ${token}`);
  app.post('/api/cli', { schema: { hide: true } }, async (request, reply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (!LOOPBACK.has(request.ip) || given.length !== expected.length || !timingSafeEqual(given, expected))
      return reply
        .code(403)
        .send({ code: 'forbidden', message: 'commands are taken from this machine only' });
    const body = request.body as { args?: unknown; stdin?: unknown } | undefined;
    const args = body?.args;
    const stdin = typeof body?.stdin === 'string' ? body.stdin : undefined;
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string') || !usesStore(args))
      return reply.code(400).send({
        code: 'invalid_input',
        message: 'args must name a command that uses the store, then its arguments',
      });
    // Standard output may be binary (a WARC file, a bundle): it travels as base64.
    const out: Buffer[] = [];
    const err: string[] = [];
    const run: CommandRun = {
      stdout: { write: (d: string | Uint8Array) => out.push(Buffer.from(d)) },
      stderr: {
        write: (d: string | Uint8Array) => err.push(typeof d === 'string' ? d : Buffer.from(d).toString()),
      },
      exitCode: undefined,
      repo,
      ...(stdin !== undefined ? { stdin } : {}),
    };
    try {
      await runInside(run, () => runCommandLine(args));
    } catch (e) {
      if (e instanceof CommandExit) run.exitCode = e.code;
      else {
        err.push(`tessera: ${describeError(e)}\n`);
        run.exitCode = 1;
      }
    }
    return {
      stdout: Buffer.concat(out).toString('base64'),
      stderr: err.join(''),
      exitCode: run.exitCode ?? 0,
    };
  });
}

/** A fresh token for this server's life. */
export const gatewayToken = () => randomBytes(32).toString('hex');

/** Tells other `tessera` processes where this server is; returns how to take it back. */
export function announceServer(dataDir: string, server: RunningServer): () => void {
  const file = serverFile(dataDir);
  writeFileSync(file, JSON.stringify(server), { mode: 0o600 });
  chmodSync(file, 0o600);
  return () => rmSync(file, { force: true });
}
