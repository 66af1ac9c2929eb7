// Accounts: who may use a server, with which role, and how they prove it. Passwords are hashed with
// argon2id (@node-rs/argon2); API tokens and session secrets are random 32 bytes kept as their SHA-256
// only, so the store never holds anything that logs in by itself. The storage (storage/accounts.sql.ts)
// records; the decisions are here: names, roles, what each role may do, whether a password is right.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { forbidden, invalidInput, notFound, TesseraError, unauthorized } from '../domain/errors.ts';
import type { KnownCredentials } from './kept-access.ts';
import {
  ROLES,
  type Account,
  type Repository,
  type Role,
  type TokenRecord,
  type UserRecord,
} from '../storage/repository.ts';

export { ROLES, type Account, type Role } from '../storage/repository.ts';

/** What a role may do: each role may do everything the ones before it may. */
export const ROLE_RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

export const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 1024;
/** A browser session lasts this long after its login. */
export const SESSION_HOURS = 12;
const TOKEN_PREFIX = 'tsr_';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Why a role is refused, or null. */
export function roleProblem(value: string): string | null {
  return isRole(value) ? null : `role must be one of ${ROLES.join(', ')}, not "${value}"`;
}

/** Why an account name is refused, or null. */
export function nameProblem(value: string): string | null {
  return NAME.test(value)
    ? null
    : `an account name is 1 to 64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit, not "${value}"`;
}

/** Why a password is refused, or null. */
export function passwordProblem(value: string): string | null {
  if (!value) return 'the password is empty';
  if ([...value].length < MIN_PASSWORD_LENGTH)
    return `the password is shorter than ${MIN_PASSWORD_LENGTH} characters`;
  if (value.length > MAX_PASSWORD_LENGTH)
    return `the password is longer than ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}

export const may = (account: Pick<Account, 'role'>, needed: Role): boolean =>
  ROLE_RANK[account.role] >= ROLE_RANK[needed];

/** Refuses an account whose role is below `needed`. */
export function requireRole(account: Account, needed: Role, what: string): void {
  if (!may(account, needed))
    throw forbidden(`${what} needs the ${needed} role; the account "${account.name}" is ${account.role}`);
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

export async function accountsExist(repo: Repository): Promise<boolean> {
  return (await repo.countUsers()) > 0;
}

export async function addUser(
  repo: Repository,
  input: { name: string; role: string; password: string },
  actor: string,
): Promise<UserRecord> {
  const problems = [nameProblem(input.name), roleProblem(input.role), passwordProblem(input.password)].filter(
    (p): p is string => p !== null,
  );
  if (problems.length) throw invalidInput(problems.join('; '));
  const passwordHash = await hash(input.password);
  return repo.addUser({ name: input.name, role: input.role as Role, passwordHash }, actor);
}

export const listUsers = (repo: Repository): Promise<UserRecord[]> => repo.listUsers();

/** Refuses to take away the last admin: without one, accounts could be managed from the CLI only. */
async function keepAnAdmin(repo: Repository, user: UserRecord, what: string): Promise<void> {
  if (user.role === 'admin' && (await repo.countRole('admin')) <= 1)
    throw new TesseraError(
      'conflict',
      `"${user.name}" is the only admin: ${what} would leave no one to manage accounts; make another admin first`,
    );
}

export async function removeUser(repo: Repository, name: string, actor: string): Promise<void> {
  const problem = nameProblem(name);
  if (problem) throw invalidInput(problem);
  const user = await repo.getUser(name);
  if (!user) throw notFound('account', name);
  await keepAnAdmin(repo, user, 'removing it');
  if (!(await repo.removeUser(name, actor))) throw notFound('account', name);
}

/** Gives an account another role (the change is logged with both roles). */
export async function changeRole(
  repo: Repository,
  name: string,
  role: string,
  actor: string,
): Promise<UserRecord> {
  const problems = [nameProblem(name), roleProblem(role)].filter((p): p is string => p !== null);
  if (problems.length) throw invalidInput(problems.join('; '));
  const user = await repo.getUser(name);
  if (!user) throw notFound('account', name);
  if (role !== 'admin') await keepAnAdmin(repo, user, `making it ${role}`);
  const changed = await repo.setRole(name, role as Role, actor);
  if (!changed) throw notFound('account', name);
  return changed.user;
}

/** A new API token for an account: the token is returned here once and only its SHA-256 is stored. */
export async function createToken(
  repo: Repository,
  name: string,
  actor: string,
): Promise<{ token: string; record: TokenRecord }> {
  const problem = nameProblem(name);
  if (problem) throw invalidInput(problem);
  const user = await repo.getUser(name);
  if (!user) throw notFound('account', name);
  const token = `${TOKEN_PREFIX}${secret()}`;
  const record = await repo.addToken(user.id, sha256(token), actor);
  return { token, record };
}

export const listTokens = (repo: Repository): Promise<TokenRecord[]> => repo.listTokens();

export async function revokeToken(
  repo: Repository,
  id: string,
  actor: string,
): Promise<{ token: TokenRecord; revokedNow: boolean }> {
  if (!/^\d{1,9}$/.test(id.trim()) || Number(id) < 1)
    throw invalidInput(`a token id is a positive whole number (see \`tessera token list\`), not "${id}"`);
  const token = await repo.revokeToken(Number(id), actor);
  if (!token) throw notFound('token', id.trim());
  return token;
}

/** Where a refused attempt came from, for the audit log: the client's address. */
export interface Attempt {
  address: string;
}

/**
 * A server's credentials already checked (services/kept-access.ts) and the store's latest change id as
 * the request found it: a credential checked since that change is not looked up again.
 */
export interface Known {
  credentials: KnownCredentials;
  /** The latest change of access (Repository.latestChanges().access). */
  changeId: number;
}

/**
 * The account a bearer token stands for; null for an unknown or revoked token. With `attempt`, a refused
 * token goes to the change log with the reason (unknown, revoked) and the address, never the token; with
 * `attempt.limiter`, only as often as the limiter admits (a script retrying a revoked token, or anyone
 * sending made-up ones, cannot flood the log).
 */
export async function accountOfToken(
  repo: Repository,
  token: string,
  attempt?: Attempt & { limiter?: RefusalLimiter },
  checked?: Known,
): Promise<Account | null> {
  const wellFormed = token.startsWith(TOKEN_PREFIX) && token.length <= 200;
  const digest = sha256(wellFormed ? token : token.slice(0, 4096));
  const now = Date.now();
  const kept = checked?.credentials.get(digest, checked.changeId, now);
  if (kept) return kept;
  const account = wellFormed ? await repo.accountOfToken(digest) : null;
  if (account && checked) checked.credentials.set(digest, account, checked.changeId, now);
  if (account || !attempt) return account;
  const suppressed = attempt.limiter ? attempt.limiter.admit(digest, Date.now()) : 0;
  if (suppressed === null) return null;
  const known = wellFormed ? await repo.tokenBySha256(digest) : null;
  await repo.logRefusal({
    action: 'token.refused',
    entity: 'token',
    entityId: known?.id ?? 0,
    details: {
      name: known?.user ?? null,
      address: attempt.address,
      reason: known ? 'revoked token' : wellFormed ? 'unknown token' : 'not a Tessera token',
      ...(suppressed ? { suppressed } : {}),
    },
  });
  return null;
}

// A hash to verify against when the name is unknown, so that a wrong name takes as long as a wrong password.
let decoy: Promise<string> | undefined;

/**
 * Checks a name and password and opens a session: the secret goes to the browser in a cookie, its
 * SHA-256 to the store. `unauthorized` with the same words whether the name or the password was wrong.
 * With `attempt`, a refusal goes to the change log: the name tried (cut to 64 characters), the address
 * and the reason (unknown account, wrong password), never the password.
 */
export async function login(
  repo: Repository,
  name: string,
  password: string,
  now = new Date(),
  attempt?: Attempt,
): Promise<{ account: Account; secret: string; expiresAt: Date }> {
  const refuse = async (reason: string, userId = 0) => {
    if (attempt)
      await repo.logRefusal({
        action: 'login.refused',
        entity: 'user',
        entityId: userId,
        details: { name: name.slice(0, 64), address: attempt.address, reason },
      });
    return unauthorized('wrong account name or password');
  };
  if (!name || !password) throw await refuse('empty name or password');
  if (name.length > 64 || password.length > MAX_PASSWORD_LENGTH)
    throw await refuse('name or password too long');
  const found = await repo.passwordHashOf(name);
  if (!found) {
    decoy ??= hash(secret());
    await verify(await decoy, password).catch(() => false);
    throw await refuse('unknown account');
  }
  if (!(await verify(found.passwordHash, password).catch(() => false)))
    throw await refuse('wrong password', found.account.id);
  await repo.deleteEndedSessions(now);
  const session = secret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await repo.addSession(found.account.id, sha256(session), expiresAt);
  return { account: found.account, secret: session, expiresAt };
}

/** How often refused session cookies or bearer tokens reach the change log (see RefusalLimiter). */
export const REFUSAL_LIMITS = {
  /** One credential (cookie or token) is logged at most once in this long. */
  perCredentialMs: 15 * 60_000,
  /** At most `perWindow` refusals are logged in each window of this long, however many credentials differ. */
  windowMs: 60_000,
  perWindow: 60,
  /** Credentials remembered at most (the oldest forgotten first). */
  maxCredentials: 10_000,
};

/**
 * Which refused credentials (session cookies, bearer tokens) are written to the change log. A browser
 * sends its ended cookie until it is told to drop it (the server clears it on refusal, but a client may
 * ignore that), a script retries its revoked token, and anyone can send made-up ones, so that the log
 * cannot be flooded: each credential (by its SHA-256) is logged at most once per `perCredentialMs` (its
 * repeats meanwhile are neither logged nor counted: its entry says it is refused),
 * and at most `perWindow` refusals per `windowMs` in all. Those left out for that cap are counted, and the
 * next entry logged says how many (`suppressed`). Kept in memory: each server process limits its own,
 * and a restart forgets.
 */
export class RefusalLimiter {
  private readonly lastLogged = new Map<string, number>();
  private windowStart = -Infinity;
  private inWindow = 0;
  private suppressed = 0;

  constructor(private readonly limits: typeof REFUSAL_LIMITS = REFUSAL_LIMITS) {}

  /** Null when this refusal is left out of the log; otherwise how many the cap left out before it. */
  admit(key: string, now: number): number | null {
    const last = this.lastLogged.get(key);
    if (last !== undefined && now - last < this.limits.perCredentialMs) return null;
    if (now - this.windowStart >= this.limits.windowMs) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    if (this.inWindow >= this.limits.perWindow) {
      this.suppressed++;
      return null;
    }
    this.inWindow++;
    this.lastLogged.delete(key);
    this.lastLogged.set(key, now);
    // Insertion order is the order logged: the oldest go first.
    for (const oldest of this.lastLogged.keys()) {
      if (this.lastLogged.size <= this.limits.maxCredentials) break;
      this.lastLogged.delete(oldest);
    }
    const before = this.suppressed;
    this.suppressed = 0;
    return before;
  }
}

/**
 * The account of a session cookie's secret, while the session lasts. With `attempt`, a refused cookie
 * goes to the change log (`session.refused`, as `anonymous`) with the reason (ended, unknown: logged out,
 * forgotten or never issued, or not a Tessera session), the session's account when it is known and the
 * address, never the cookie; with `attempt.limiter`, only as often as the limiter admits.
 */
export async function accountOfSession(
  repo: Repository,
  session: string,
  now = new Date(),
  attempt?: Attempt & { limiter?: RefusalLimiter },
  checked?: Known,
): Promise<Account | null> {
  const wellFormed = Boolean(session) && session.length <= 200;
  const digest = sha256(wellFormed ? session : session.slice(0, 4096));
  const kept = checked?.credentials.get(digest, checked.changeId, now.getTime());
  if (kept) return kept;
  const found = wellFormed ? await repo.accountOfSession(digest, now) : null;
  if (found) {
    const account: Account = { id: found.id, name: found.name, role: found.role };
    // Never kept past the session's end.
    checked?.credentials.set(digest, account, checked.changeId, now.getTime(), found.endsAt.getTime());
    return account;
  }
  if (!attempt) return null;
  const suppressed = attempt.limiter ? attempt.limiter.admit(digest, now.getTime()) : 0;
  if (suppressed === null) return null;
  const known = wellFormed ? await repo.sessionBySha256(digest) : null;
  await repo.logRefusal({
    action: 'session.refused',
    entity: 'user',
    entityId: known?.userId ?? 0,
    details: {
      name: known?.user ?? null,
      address: attempt.address,
      reason: known ? 'ended session' : wellFormed ? 'unknown session' : 'not a Tessera session',
      ...(suppressed ? { suppressed } : {}),
    },
  });
  return null;
}

export async function logout(repo: Repository, session: string): Promise<void> {
  // Logged as a change of access: every server forgets the session at its next request.
  if (session && session.length <= 200) await repo.deleteSession(sha256(session));
}
