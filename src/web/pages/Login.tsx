// Logging in, once the server has accounts: the page shown whenever the API answers 401, and the
// session the header shows (who is logged in, and a way out). The cookie is HttpOnly: the page never
// sees it, it only asks the server who it is (GET /api/session).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiFailure, call, UNAUTHORIZED_EVENT, type Schemas } from '../api/client.ts';
import { t } from '../i18n/index.ts';

export type Session = Schemas['Session'];

export function useSession() {
  const [session, setSession] = useState<Session | null>(null);
  const [needLogin, setNeedLogin] = useState(false);
  const refresh = useCallback(async () => {
    try {
      const now = await call(api.GET('/api/session'));
      setSession(now);
      setNeedLogin(now.accounts && !now.account);
    } catch {
      // The pages say what failed; the header shows no account.
    }
  }, []);
  useEffect(() => {
    void refresh();
    const unauthorized = () => setNeedLogin(true);
    window.addEventListener(UNAUTHORIZED_EVENT, unauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, unauthorized);
  }, [refresh]);
  const logout = useCallback(async () => {
    await api.DELETE('/api/session');
    setSession((s) => (s ? { ...s, account: null } : s));
    setNeedLogin(true);
  }, []);
  return { session, needLogin, refresh, logout };
}

export function LoginPage({ onLoggedIn }: { onLoggedIn: () => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/session', { body: { name: name.trim(), password } }));
      setPassword('');
      onLoggedIn();
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : t.login.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">{t.login.title}</h1>
      <p>{t.login.help}</p>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t.login.name}
          <input
            name="name"
            autoComplete="username"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          {t.login.password}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? t.login.busy : t.login.submit}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** The header's end: who is logged in and a way to log out; nothing on a server without accounts. */
export function AccountBar({ session, onLogout }: { session: Session | null; onLogout: () => void }) {
  if (!session?.account) return null;
  return (
    <div className="account">
      <span>{t.login.signedInAs(session.account.name, session.account.role)}</span>
      <button type="button" onClick={onLogout}>
        {t.login.logout}
      </button>
    </div>
  );
}
