import { api, call } from '../api/client.ts';
import { EstimateChart } from '../components/EstimateChart.tsx';
import { formatBounds, places } from '../components/ClaimFields.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';

const POPULATIONS = ['children', 'fighters', 'women', 'men', 'adults', 'families', 'people'] as const;
const STATUSES = ['joined', 'present', 'featured', 'returned', 'detained', 'killed', 'other'] as const;
type Population = (typeof POPULATIONS)[number];
type StatusName = (typeof STATUSES)[number];

export function EstimatesPage({ query }: { query: URLSearchParams }) {
  const population = (query.get('population') as Population | null) ?? 'children';
  const origin = query.get('origin') ?? '';
  const status = (query.get('status') || '') as StatusName | '';
  const questions = useLoad(
    () => call(api.GET('/api/estimates/questions', { params: { query: { population, limit: 200 } } })),
    [population],
  );
  const chosenOrigin = origin || questions.data?.items[0]?.origin.join(',') || '';
  const series = useLoad(
    () =>
      call(
        api.GET('/api/estimates', {
          params: {
            query: {
              population,
              ...(chosenOrigin ? { origin: chosenOrigin } : {}),
              ...(status ? { status } : {}),
            },
          },
        }),
      ),
    [population, chosenOrigin, status],
  );
  const set = (k: string, v: string) => {
    const q = new URLSearchParams({ population, origin: chosenOrigin, status });
    q.set(k, v);
    if (k === 'population') q.delete('origin');
    navigate(`/estimates?${q.toString()}`, true);
  };
  const origins = [...new Set((questions.data?.items ?? []).map((q) => q.origin.join(',')))];
  if (chosenOrigin && !origins.includes(chosenOrigin)) origins.unshift(chosenOrigin);
  const title = `${population} · ${places(chosenOrigin ? chosenOrigin.split(',') : null)} · ${status || t.estimates.any}`;

  return (
    <>
      <h1>{t.estimates.title}</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.estimates.population}
          <select value={population} onChange={(e) => set('population', e.target.value)}>
            {POPULATIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          {t.estimates.origin}
          <select value={chosenOrigin} onChange={(e) => set('origin', e.target.value)}>
            {origins.map((o) => (
              <option key={o} value={o}>
                {places(o.split(','))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.estimates.status}
          <select value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t.estimates.any}</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </form>
      <Status
        loading={series.loading && !series.data}
        error={series.error ?? questions.error}
        onRetry={series.reload}
      />
      {series.data && (
        <section className="panel">
          <h2>{title}</h2>
          <p className="muted">
            {t.estimates.points(series.data.points.length)} · {t.estimates.span}:{' '}
            {series.data.span.min ?? '?'}–{series.data.span.openAbove ? '…' : (series.data.span.max ?? '?')} ·{' '}
            {t.overview.conflicts(series.data.conflictCount)}
          </p>
          <p className="muted small">{t.estimates.chartHelp}</p>
          <EstimateChart
            series={series.data}
            label={title}
            onOpen={(p) => navigate(`/reader/${p.documentId}?claim=${p.claimId}`)}
          />
          {series.data.conflicts.length > 0 && (
            <ul className="conflicts">
              {series.data.conflicts.slice(0, 10).map((c) => (
                <li key={c.claimIds.join('-')}>
                  <bdi>{c.why}</bdi>
                </li>
              ))}
            </ul>
          )}
          <h3>{t.estimates.table}</h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t.fields.date}</th>
                  <th>{t.fields.value}</th>
                  <th>{t.fields.source}</th>
                  <th>{t.fields.grade}</th>
                  <th>{t.fields.quote}</th>
                </tr>
              </thead>
              <tbody>
                {series.data.points.map((p) => (
                  <tr key={p.claimId}>
                    <td>{p.date ?? t.estimates.undated}</td>
                    <td>
                      <bdi>{formatBounds(p.value)}</bdi> {p.qualifier === 'exact' ? '' : `(${p.qualifier})`}
                    </td>
                    <td>
                      <bdi>{p.source ?? p.outlet ?? '—'}</bdi>
                    </td>
                    <td>
                      {p.grade.reliability}
                      {p.grade.credibility}
                    </td>
                    <td>
                      <Link href={`/reader/${p.documentId}?claim=${p.claimId}`}>
                        <q dir="auto">{p.quote}</q>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
