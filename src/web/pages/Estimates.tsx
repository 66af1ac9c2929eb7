import { AFFILIATIONS, POPULATIONS, STATUSES } from '../../domain/claim.ts';
import { api, call, type ClaimDetail } from '../api/client.ts';
import { EstimateChart, factPoints, type FactPoint } from '../components/EstimateChart.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import { formatBounds, places } from '../components/ClaimFields.tsx';
import { ClaimPassage } from '../components/ClaimPassage.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';

// The guideline's vocabularies, from the one place that defines them.
const GROUPS = AFFILIATIONS;
type Population = (typeof POPULATIONS)[number];
type StatusName = (typeof STATUSES)[number];
type GroupName = (typeof GROUPS)[number];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PLACE = /^([A-Za-z]{2}|region:[a-z-]+)$/;

export function EstimatesPage({ query }: { query: URLSearchParams }) {
  const population = (query.get('population') as Population | null) ?? 'children';
  const origin = query.get('origin') ?? '';
  const status = (query.get('status') || '') as StatusName | '';
  const location = query.get('location') ?? '';
  const group = (query.get('group') || '') as GroupName | '';
  const at = query.get('at') ?? '';
  // The fact whose reports are listed, and the two claims of a conflict set side by side.
  const opened = query.get('open') ?? '';
  const compare = (query.get('compare') ?? '')
    .split(',')
    .filter((id) => /^\d+$/.test(id))
    .map(Number);
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
              // Half-typed codes and dates wait until they read as one.
              ...(PLACE.test(location) ? { location } : {}),
              ...(group ? { group } : {}),
              ...(DATE.test(at) ? { at } : {}),
            },
          },
        }),
      ),
    [population, chosenOrigin, status, location, group, at],
  );
  const set = (k: string, v: string) => {
    const q = new URLSearchParams({ population, origin: chosenOrigin, status, location, group, at });
    if (opened) q.set('open', opened);
    if (compare.length) q.set('compare', compare.join(','));
    q.set(k, v);
    if (k === 'population') q.delete('origin');
    // A new question closes what was open for the last one.
    if (k !== 'open' && k !== 'compare') ['open', 'compare'].forEach((p) => q.delete(p));
    for (const [name, value] of [...q]) if (!value) q.delete(name);
    navigate(`/estimates?${q.toString()}`, true);
  };
  const facts = series.data ? factPoints(series.data.points) : [];
  const openFact = facts.find((f) => f.key === opened);
  const factOf = new Map(facts.flatMap((f) => f.members.map((m) => [m.claimId, f] as const)));
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
        <label>
          {t.estimates.location}
          <input
            value={location}
            placeholder="SY"
            size={6}
            onChange={(e) => set('location', e.target.value.trim())}
          />
        </label>
        <label>
          {t.fields.affiliation}
          <select value={group} onChange={(e) => set('group', e.target.value)}>
            <option value="">{t.estimates.any}</option>
            {GROUPS.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </label>
        <label>
          {t.estimates.asOf}
          <input
            value={at}
            placeholder="2019-05"
            size={10}
            onChange={(e) => set('at', e.target.value.trim())}
          />
        </label>
      </form>
      <ExportLinks
        filters={{ population, origin: chosenOrigin.includes(',') ? null : chosenOrigin, status, group }}
      />
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
          <EstimateChart series={series.data} label={title} onOpen={(f) => set('open', f.key)} />
          {openFact && <FactReports fact={openFact} onClose={() => set('open', '')} />}
          {compare.length === 2 && (
            <SideBySide
              ids={[compare[0]!, compare[1]!]}
              why={
                series.data.conflicts.find((c) => c.claimIds.every((id) => compare.includes(id)))?.why ?? null
              }
              onClose={() => set('compare', '')}
            />
          )}
          {series.data.conflicts.length > 0 && (
            <ul className="conflicts">
              {series.data.conflicts.slice(0, 10).map((c) => (
                <li key={c.claimIds.join('-')}>
                  <bdi>{c.why}</bdi>{' '}
                  {c.claimIds.map((id) => {
                    const p = series.data!.points.find((q) => q.claimId === id);
                    return p ? (
                      <Link key={id} className="conflict-side" href={`/reader/${p.documentId}?claim=${id}`}>
                        {t.estimates.passage(p.documentName)}
                      </Link>
                    ) : null;
                  })}{' '}
                  <button
                    type="button"
                    className="link"
                    data-testid="compare"
                    onClick={() => set('compare', c.claimIds.join(','))}
                  >
                    {t.estimates.sideBySide}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {series.data.reconciled && (
            <div className="reconciled">
              <h3>
                {t.estimates.reconciled(series.data.reconciled.date)}:{' '}
                <bdi>
                  {series.data.reconciled.supported
                    ? formatBounds(series.data.reconciled.supported)
                    : t.estimates.nothingNear}
                </bdi>
              </h3>
              <ul className="small">
                {series.data.reconciled.why.map((w) => (
                  <li key={w}>
                    <bdi>{w}</bdi>
                  </li>
                ))}
                {series.data.reconciled.excluded.map((x) => (
                  <li key={`x-${x.claimId}`}>
                    {t.estimates.leftOut}: <bdi>{x.why}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {series.data.wider.map((w) => (
            <p key={w.region} className="muted small">
              {t.estimates.wider(places([w.region]))}:{' '}
              {w.points.map((p, i) => (
                <span key={p.claimId}>
                  {i > 0 && '; '}
                  <Link href={`/reader/${p.documentId}?claim=${p.claimId}`}>
                    <bdi>{formatBounds(p.value)}</bdi>
                  </Link>{' '}
                  ({p.documentName}, {p.date ?? t.estimates.undated})
                </span>
              ))}
              {w.more && (
                <>
                  {'; '}
                  <Link
                    href={`/estimates?${new URLSearchParams(
                      // The same question of the wider group; fields left empty are dropped.
                      Object.entries({ population, origin: w.region, status, location, group }).filter(
                        ([, v]) => v,
                      ),
                    ).toString()}`}
                  >
                    {t.estimates.widerAll}
                  </Link>
                </>
              )}
            </p>
          ))}
          {series.data.sums.map((sum) => (
            <p key={`${sum.date}-${sum.scope}`} className="muted small">
              {t.estimates.sum(sum.date, sum.scope)}: <bdi>{formatBounds(sum.value)}</bdi> ={' '}
              {sum.countries.map((c) => places([c.code])).join(' + ')}
            </p>
          ))}
          <h3>{t.estimates.table}</h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t.fields.date}</th>
                  <th>{t.fields.value}</th>
                  <th>{t.estimates.scope}</th>
                  <th>{t.estimates.partOf}</th>
                  <th>{t.estimates.fact}</th>
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
                    <td>{p.scope === 'unmarked' ? '—' : p.scope}</td>
                    <td>
                      {p.partOf === null ? (
                        '—'
                      ) : (
                        <Link href={`/reader/${p.documentId}?claim=${p.partOf}`}>#{p.partOf}</Link>
                      )}
                    </td>
                    <td>
                      {(factOf.get(p.claimId)?.members.length ?? 1) > 1 ? (
                        <button
                          type="button"
                          className="link"
                          onClick={() => set('open', factOf.get(p.claimId)!.key)}
                        >
                          {t.estimates.reports(factOf.get(p.claimId)!.members.length)}
                        </button>
                      ) : (
                        '—'
                      )}
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

/** One fact's reports: who carried the count, when, how graded, in their own words. */
function FactReports({ fact, onClose }: { fact: FactPoint; onClose: () => void }) {
  return (
    <section className="panel fact-reports" aria-labelledby="fact-h" data-testid="fact-reports">
      <h3 id="fact-h">
        <bdi>{t.estimates.factReports(formatBounds(fact.value), fact.members.length)}</bdi>{' '}
        <button type="button" className="link" onClick={onClose}>
          {t.estimates.close}
        </button>
      </h3>
      <ul className="plain">
        {fact.members.map((m) => (
          <li key={m.claimId}>
            <Link href={`/reader/${m.documentId}?claim=${m.claimId}`}>
              <bdi dir="auto">{m.outlet ?? m.documentName}</bdi>
            </Link>{' '}
            · {m.date ?? t.estimates.undated} · {m.lang} · {t.fields.grade} {m.grade.reliability}
            {m.grade.credibility}
            {m.source && (
              <>
                {' '}
                · <bdi dir="auto">{m.source}</bdi>
              </>
            )}
            <br />
            <q dir="auto" lang={m.lang}>
              {m.quote}
            </q>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The two passages of a conflict next to each other, each with its count highlighted. */
function SideBySide({
  ids,
  why,
  onClose,
}: {
  ids: [number, number];
  why: string | null;
  onClose: () => void;
}) {
  const sides = useLoad(
    () => Promise.all(ids.map((id) => call(api.GET('/api/claims/{id}', { params: { path: { id } } })))),
    [ids[0], ids[1]],
  );
  return (
    <section className="panel" aria-labelledby="compare-h" data-testid="side-by-side">
      <h3 id="compare-h">
        {t.estimates.compareTitle}{' '}
        <button type="button" className="link" onClick={onClose}>
          {t.estimates.close}
        </button>
      </h3>
      {why && (
        <p>
          <bdi>{why}</bdi>
        </p>
      )}
      <Status loading={sides.loading && !sides.data} error={sides.error} onRetry={sides.reload} />
      {sides.data && (
        <div className="grid-2 side-by-side">
          {sides.data.map((c) => (
            <Passage key={c.id} claim={c} />
          ))}
        </div>
      )}
    </section>
  );
}

function Passage({ claim }: { claim: ClaimDetail }) {
  return (
    <article>
      <h4>
        <Link href={`/reader/${claim.documentId}?claim=${claim.id}`}>
          <bdi dir="auto">{claim.documentTitle ?? claim.documentName}</bdi>
        </Link>
      </h4>
      <p className="muted small">
        <bdi>{claim.documentOutlet ?? '—'}</bdi> · {claim.documentPublished ?? t.estimates.undated} ·{' '}
        {t.fields.grade} {claim.sourceReliability ?? 'F'}
        {claim.credibility ?? 6} · {t.estimates.scope}: {claim.scope ?? 'unmarked'} ·{' '}
        <bdi>{formatBounds(claim.claim.value)}</bdi> {claim.claim.population}
      </p>
      <ClaimPassage claim={claim} />
    </article>
  );
}
