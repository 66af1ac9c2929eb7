// The shell: navigation, a skip link, and the page for the current path.
import { useEffect, useRef } from 'react';
import { t } from './i18n/index.ts';
import { EstimatesPage } from './pages/Estimates.tsx';
import { IngestPage } from './pages/Ingest.tsx';
import { OverviewPage } from './pages/Overview.tsx';
import { ReaderPage } from './pages/Reader.tsx';
import { ReleasesPage } from './pages/Releases.tsx';
import { ReviewPage } from './pages/Review.tsx';
import { SearchPage } from './pages/Search.tsx';
import { WatchPage } from './pages/Watch.tsx';
import { Link, useLocation } from './router.tsx';

const NAV: [string, string][] = [
  ['/', t.nav.overview],
  ['/estimates', t.nav.estimates],
  ['/review', t.nav.review],
  ['/releases', t.nav.releases],
  ['/search', t.nav.search],
  ['/ingest', t.nav.ingest],
  ['/watch', t.nav.watch],
];

export function App() {
  const loc = useLocation();
  const main = useRef<HTMLElement>(null);
  const reader = /^\/reader\/(\d+)$/.exec(loc.path);
  let page;
  if (reader) page = <ReaderPage id={Number(reader[1])} claim={loc.query.get('claim')} />;
  else if (loc.path === '/estimates') page = <EstimatesPage query={loc.query} />;
  else if (loc.path === '/review') page = <ReviewPage />;
  else if (loc.path === '/releases') page = <ReleasesPage />;
  else if (loc.path === '/search') page = <SearchPage query={loc.query} />;
  else if (loc.path === '/ingest') page = <IngestPage />;
  else if (loc.path === '/watch') page = <WatchPage />;
  else page = <OverviewPage />;
  useEffect(() => {
    document.title = `${t.appName}`;
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
            {NAV.map(([href, label]) => (
              <li key={href}>
                <Link href={href} aria-current={loc.path === href ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
