// The shell: navigation, a skip link, and the page for the current path.
import { useEffect, useRef, useState } from 'react';
import { t } from './i18n/index.ts';
import { EstimatesPage } from './pages/Estimates.tsx';
import { FactsPage } from './pages/Facts.tsx';
import { IngestPage } from './pages/Ingest.tsx';
import { AccountBar, LoginPage, useSession } from './pages/Login.tsx';
import { OverviewPage } from './pages/Overview.tsx';
import { ReaderPage } from './pages/Reader.tsx';
import { ReleasesPage } from './pages/Releases.tsx';
import { ReviewPage } from './pages/Review.tsx';
import { SearchPage } from './pages/Search.tsx';
import { SourcesPage } from './pages/Sources.tsx';
import { managesAccounts, UsersPage } from './pages/Users.tsx';
import { WatchPage } from './pages/Watch.tsx';
import { Link, useLocation } from './router.tsx';

const NAV: [string, string][] = [
  ['/', t.nav.overview],
  ['/estimates', t.nav.estimates],
  ['/facts', t.nav.facts],
  ['/review', t.nav.review],
  ['/releases', t.nav.releases],
  ['/search', t.nav.search],
  ['/sources', t.nav.sources],
  ['/ingest', t.nav.ingest],
  ['/watch', t.nav.watch],
  ['/users', t.nav.users],
];
/** Pages the menu shows only to an account that may use them. */
const ADMIN_ONLY = new Set(['/users']);

export function App() {
  const loc = useLocation();
  const main = useRef<HTMLElement>(null);
  const { session, needLogin, refresh, logout } = useSession();
  // A login remounts the page, so it asks the API again with the new session.
  const [epoch, setEpoch] = useState(0);
  const reader = /^\/reader\/(\d+)$/.exec(loc.path);
  let page;
  if (reader) page = <ReaderPage id={Number(reader[1])} claim={loc.query.get('claim')} />;
  else if (loc.path === '/estimates') page = <EstimatesPage query={loc.query} />;
  else if (loc.path === '/review') page = <ReviewPage />;
  else if (loc.path === '/releases') page = <ReleasesPage query={loc.query} />;
  else if (loc.path === '/search') page = <SearchPage query={loc.query} />;
  else if (loc.path === '/sources') page = <SourcesPage query={loc.query} />;
  else if (loc.path === '/ingest') page = <IngestPage />;
  else if (loc.path === '/watch') page = <WatchPage />;
  else if (loc.path === '/facts') page = <FactsPage query={loc.query} />;
  else if (loc.path === '/users') page = <UsersPage session={session} />;
  else page = <OverviewPage />;
  if (needLogin)
    page = (
      <LoginPage
        onLoggedIn={() => {
          void refresh();
          setEpoch((n) => n + 1);
        }}
      />
    );
  // Each page names itself in the title, and a page change moves focus to the new page's heading
  // (or the main region until it renders), so screen readers announce where the reader now is.
  const first = useRef(true);
  useEffect(() => {
    const name = loc.path.startsWith('/reader/')
      ? t.nav.report
      : NAV.find(([href]) => href === loc.path)?.[1];
    document.title = name && loc.path !== '/' ? `${name} · ${t.appName}` : t.appName;
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else main.current?.focus();
  }, [loc.path]);
  return (
    <>
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      <header className="top">
        <Link href="/" className="brand">
          {t.appName}
        </Link>
        <nav aria-label="main">
          <ul>
            {NAV.filter(([href]) => !ADMIN_ONLY.has(href) || managesAccounts(session)).map(
              ([href, label]) => (
                <li key={href}>
                  <Link href={href} aria-current={loc.path === href ? 'page' : undefined}>
                    {label}
                  </Link>
                </li>
              ),
            )}
          </ul>
        </nav>
        <AccountBar session={session} onLogout={() => void logout()} />
      </header>
      <main id="main" ref={main} tabIndex={-1} key={epoch}>
        {page}
      </main>
    </>
  );
}
