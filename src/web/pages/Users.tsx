// Accounts, for admins: every user with its role (changed in place) and its tokens, a form to add one,
// removal after a confirmation, and every API token with when it was made, last used and revoked (never
// the token: the store keeps its SHA-256 only). It calls the admin routes of the API (/api/users,
// /api/tokens); anyone else who opens the address is told in plain words that the page is an admin's.
import { useState, type FormEvent } from 'react';
import { api, ApiFailure, call, type Schemas } from '../api/client.ts';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import type { Session } from './Login.tsx';

type User = Schemas['User'];
type Token = Schemas['Token'];
type Role = User['role'];

const ROLES: Role[] = ['viewer', 'analyst', 'admin'];
/** The server's rule (services/accounts.service.ts MIN_PASSWORD_LENGTH), said before the form is sent. */
const MIN_PASSWORD = 8;

/** Whether this session may manage accounts: an admin, or the single user of a server without accounts. */
export const managesAccounts = (session: Session | null): boolean =>
  Boolean(session && (!session.accounts || session.account?.role === 'admin'));

const when = (at: string) => at.replace('T', ' ').slice(0, 16);

async function loadAccounts(): Promise<{ users: User[]; tokens: Token[] }> {
  const [users, tokens] = await Promise.all([call(api.GET('/api/users')), call(api.GET('/api/tokens'))]);
  return { users: users.items, tokens: tokens.items };
}

export function UsersPage({ session }: { session: Session | null }) {
  if (!session) return <Status loading error={null} />;
  if (!managesAccounts(session))
    return (
      <>
        <h1>{t.users.title}</h1>
        <p role="status" className="notice">
          {t.users.adminsOnly}
        </p>
      </>
    );
  return <Accounts withAccounts={session.accounts} />;
}

function Accounts({ withAccounts }: { withAccounts: boolean }) {
  const loaded = useLoad(loadAccounts, []);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const say = (ok: boolean, text: string) => setMessage({ ok, text });
  const failed = (err: unknown) => say(false, err instanceof ApiFailure ? err.message : String(err));

  const changeRole = async (name: string, role: Role) => {
    try {
      const user = await call(api.PATCH('/api/users/{name}', { params: { path: { name } }, body: { role } }));
      say(true, t.users.roleChanged(user.name, user.role));
    } catch (err) {
      failed(err);
    }
    loaded.reload();
  };
  const remove = async (name: string) => {
    setConfirming(null);
    try {
      await call(api.DELETE('/api/users/{name}', { params: { path: { name } } }));
      say(true, t.users.removed(name));
    } catch (err) {
      failed(err);
    }
    loaded.reload();
  };
  const revoke = async (token: Token) => {
    try {
      await call(api.POST('/api/tokens/{id}/revoke', { params: { path: { id: String(token.id) } } }));
      say(true, t.users.revoked(token.id, token.user));
    } catch (err) {
      failed(err);
    }
    loaded.reload();
  };

  const users = loaded.data?.users;
  const tokens = loaded.data?.tokens;
  const active = (name: string) => tokens?.filter((k) => k.user === name && !k.revokedAt).length ?? 0;

  return (
    <>
      <h1>{t.users.title}</h1>
      {!withAccounts && <p className="notice">{t.users.noAccounts}</p>}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok-message' : 'error'}>
          {message.text}
        </p>
      )}
      <Status loading={loaded.loading && !loaded.data} error={loaded.error} onRetry={loaded.reload} />
      {users && (
        <section aria-labelledby="users-accounts">
          <h2 id="users-accounts">{t.users.accounts}</h2>
          <div className="table-wrap">
            <table className="users">
              <thead>
                <tr>
                  <th>{t.users.name}</th>
                  <th>{t.users.role}</th>
                  <th>{t.users.created}</th>
                  <th>{t.users.by}</th>
                  <th>{t.users.tokens}</th>
                  <th>
                    <span className="sr-only">{t.users.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.name} data-user={u.name}>
                    <td className="name">{u.name}</td>
                    <td>
                      <select
                        aria-label={t.users.roleOf(u.name)}
                        value={u.role}
                        onChange={(e) => void changeRole(u.name, e.target.value as Role)}
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{when(u.createdAt)}</td>
                    <td>{u.createdBy}</td>
                    <td>{t.users.activeTokens(active(u.name))}</td>
                    <td>
                      {confirming === u.name ? (
                        <span className="confirm">
                          {t.users.confirmRemove(u.name)}{' '}
                          <button type="button" className="danger" onClick={() => void remove(u.name)}>
                            {t.users.yesRemove}
                          </button>{' '}
                          <button type="button" onClick={() => setConfirming(null)}>
                            {t.users.cancel}
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          aria-label={t.users.removeOf(u.name)}
                          onClick={() => setConfirming(u.name)}
                        >
                          {t.users.remove}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <AddUser
        taken={users?.map((u) => u.name) ?? []}
        onAdded={(user) => {
          say(true, t.users.added(user.name, user.role));
          loaded.reload();
        }}
      />
      {tokens && (
        <section aria-labelledby="users-tokens">
          <h2 id="users-tokens">{t.users.tokensTitle}</h2>
          <p className="muted">{t.users.tokensHelp}</p>
          {tokens.length === 0 ? (
            <p className="muted">{t.users.noTokens}</p>
          ) : (
            <div className="table-wrap">
              <table className="tokens">
                <thead>
                  <tr>
                    <th>{t.users.tokenId}</th>
                    <th>{t.users.account}</th>
                    <th>{t.users.created}</th>
                    <th>{t.users.lastUsed}</th>
                    <th>{t.users.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((k) => (
                    <tr key={k.id} data-token={k.id}>
                      <td>#{k.id}</td>
                      <td className="name">{k.user}</td>
                      <td>
                        {when(k.createdAt)} ({k.createdBy})
                      </td>
                      <td>{k.lastUsedAt ? when(k.lastUsedAt) : t.users.never}</td>
                      <td>
                        {k.revokedAt ? (
                          t.users.revokedAt(when(k.revokedAt))
                        ) : (
                          <>
                            {t.users.active}{' '}
                            <button
                              type="button"
                              aria-label={t.users.revokeOf(k.id, k.user)}
                              onClick={() => void revoke(k)}
                            >
                              {t.users.revoke}
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}

function AddUser({ taken, onAdded }: { taken: string[]; onAdded: (user: User) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<{ field: 'name' | 'password' | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wanted = name.trim();
    // Said before anything is sent; the server checks the same again and its words are shown as they are.
    const local = !wanted
      ? { field: 'name' as const, text: t.users.emptyName }
      : taken.includes(wanted)
        ? { field: 'name' as const, text: t.users.duplicate(wanted) }
        : [...password].length < MIN_PASSWORD
          ? { field: 'password' as const, text: t.users.shortPassword(MIN_PASSWORD) }
          : null;
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const user = await call(api.POST('/api/users', { body: { name: wanted, role, password } }));
      setName('');
      setPassword('');
      setRole('viewer');
      onAdded(user);
    } catch (err) {
      setProblem(
        err instanceof ApiFailure && err.code === 'conflict'
          ? { field: 'name', text: t.users.duplicate(wanted) }
          : { field: null, text: err instanceof Error ? err.message : String(err) },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="users-add">
      <h2 id="users-add">{t.users.add}</h2>
      <form className="add-user" noValidate onSubmit={(e) => void submit(e)}>
        <label>
          {t.users.name}
          <input
            name="new-name"
            autoComplete="off"
            value={name}
            aria-invalid={problem?.field === 'name'}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          {t.users.role}
          <select name="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.users.roles[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.users.password}
          <input
            name="new-password"
            type="password"
            autoComplete="new-password"
            aria-describedby="new-password-help"
            aria-invalid={problem?.field === 'password'}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span id="new-password-help" className="muted small">
            {t.users.passwordHelp}
          </span>
        </label>
        <button type="submit" disabled={busy}>
          {t.users.submit}
        </button>
        {problem && (
          <p role="alert" className="error">
            {problem.text}
          </p>
        )}
      </form>
    </section>
  );
}
