import { api, call } from '../api/client.ts';
import { EstimateChart } from '../components/EstimateChart.tsx';
import { places } from '../components/ClaimFields.tsx';
import { Status } from '../components/Status.tsx';
import { WorldMap, type PlaceCount } from '../components/WorldMap.tsx';
import { useLoad } from '../hooks.ts';
import { languageName, placeName, t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';

export function OverviewPage() {
  const { data, error, loading, reload } = useLoad(() => call(api.GET('/api/overview')), []);
  return (
    <>
      <h1>{t.overview.title}</h1>
      <Status loading={loading && !data} error={error} onRetry={reload} />
      {data && (
        <>
          <p className="lead">
            {t.overview.stats(
              data.stats.documents,
              data.stats.claims,
              data.stats.releases,
              data.stats.unreviewed,
            )}
          </p>
          <div className="grid-2">
            <section aria-labelledby="map-h">
              <h2 id="map-h">{t.overview.map}</h2>
              <WorldMap counts={data.byOrigin} label={t.overview.map} help={t.overview.mapHelp} />
              <PlaceList counts={data.byOrigin} />
            </section>
            <section aria-labelledby="where-h">
              <h2 id="where-h">{t.overview.whereMap}</h2>
              <WorldMap counts={data.byLocation} label={t.overview.whereMap} help={t.overview.whereMapHelp} />
              <PlaceList counts={data.byLocation} />
            </section>
          </div>
          <div className="grid-2">
            <section aria-labelledby="latest-h">
              <h2 id="latest-h">{t.overview.latestReports}</h2>
              <ul className="cards">
                {data.latestDocuments.map((d) => (
                  <li key={d.id}>
                    <Link href={`/reader/${d.id}`}>
                      <bdi dir="auto">{d.title ?? d.name}</bdi>
                    </Link>
                    <span className="muted">
                      {' '}
                      · {languageName(d.lang)} · <bdi>{d.outlet ?? '—'}</bdi> · {d.published ?? '—'}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="releases-h">
              <h2 id="releases-h">{t.overview.latestReleases}</h2>
              <ul className="cards">
                {data.latestReleases.map((r) => (
                  <li key={r.id}>
                    <Link href={`/reader/${r.documentId}?claim=r${r.id}`}>
                      <bdi dir="auto">{r.release.title ?? r.release.quote.slice(0, 80)}</bdi>
                    </Link>
                    <span className="muted">
                      {' '}
                      · {r.release.media} · {r.release.date ?? '—'}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section aria-labelledby="tl-h">
            <h2 id="tl-h">{t.overview.timelines}</h2>
            <div className="grid-2">
              {data.timelines.map((s) => {
                const title = `${s.question.population} · ${places(s.question.origin)} · ${s.question.status ?? ''}`;
                const href = `/estimates?population=${s.question.population}&origin=${(s.question.origin ?? []).join(',')}&status=${s.question.status ?? ''}`;
                return (
                  <article key={title} className="panel">
                    <h3>
                      <Link href={href}>{title}</Link>
                    </h3>
                    <p className="muted">
                      {t.estimates.points(s.points.length)} · {t.estimates.span}: {s.span.min ?? '?'}–
                      {s.span.openAbove ? '…' : (s.span.max ?? '?')} ·{' '}
                      <span className={s.conflictCount ? 'warn' : ''}>
                        {t.overview.conflicts(s.conflictCount)}
                      </span>
                    </p>
                    <EstimateChart
                      series={s}
                      height={180}
                      label={title}
                      onOpen={(f) => navigate(`${href}&open=${f.key}`)}
                    />
                  </article>
                );
              })}
            </div>
          </section>
        </>
      )}
    </>
  );
}

function PlaceList({ counts }: { counts: PlaceCount[] }) {
  return (
    <details>
      <summary>{t.overview.countries}</summary>
      <ul className="plain">
        {counts.map((o) => (
          <li key={o.code}>
            <Link href={`/search?country=${o.code}`}>{placeName(o.code)}</Link>: {o.claims} / {o.documents}
          </li>
        ))}
      </ul>
    </details>
  );
}
