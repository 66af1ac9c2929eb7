// The review queue: every claim a filter keeps (unreviewed by default), one at a time with its passage
// in view, "n of N". The filters and the claim shown live in the address (?lang=fr&conflicts=first&claim=12),
// so a reload, the back button or a visit to the reader comes back to the same claim. Confirm, reject,
// correct (every field, the highlight by selecting words of the passage), confirm a report's claims at
// once, grade, and undo any earlier change from the history, which shows what each changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call, type ClaimDetail, type Schemas } from '../api/client.ts';
import { ClaimFields, formatBounds } from '../components/ClaimFields.tsx';
import { ClaimPassage } from '../components/ClaimPassage.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { placeCodeOf, t } from '../i18n/index.ts';
import { Link, navigate, useLocation } from '../router.tsx';

type Edits = Schemas['ClaimEdits'];
type Place = Schemas['QueuePlace'];
const SHORTCUTS_KEY = 'tessera.review.shortcuts';

const POPULATIONS = ['children', 'fighters', 'women', 'men', 'adults', 'families', 'people'];
const STATUSES = ['joined', 'present', 'featured', 'returned', 'detained', 'killed', 'other'];
const GROUPS = ['isis', 'al-nusra', 'al-qaeda', 'taliban', 'imu', 'other'];
const QUALIFIERS = ['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range', 'vague'];
const REVIEW_STATES = ['unreviewed', 'confirmed', 'corrected', 'rejected'];

/** The queue's filters as the address keeps them (the claim shown aside). */
const FILTERS = [
  'origin',
  'population',
  'status',
  'lang',
  'outlet',
  'report',
  'review',
  'conflicts',
] as const;
type Filter = (typeof FILTERS)[number];

/** The address of the queue with these filters, at this claim. */
function queueHref(filters: URLSearchParams, claim: number | null): string {
  const q = new URLSearchParams();
  for (const f of FILTERS) {
    const v = filters.get(f);
    if (v) q.set(f, v);
  }
  if (claim !== null) q.set('claim', String(claim));
  const s = q.toString();
  return s ? `/review?${s}` : '/review';
}

export function ReviewPage() {
  const { query } = useLocation();
  const claimParam = query.get('claim');
  const claimId = claimParam && /^\d+$/.test(claimParam) ? Number(claimParam) : null;
  const filterKey = FILTERS.map((f) => `${f}=${query.get(f) ?? ''}`).join('&');
  const [tick, setTick] = useState(0);
  const place = useLoad(async () => {
    const q: Record<string, string> = {};
    for (const f of FILTERS) {
      const v = query.get(f);
      if (v) q[f] = v;
    }
    if (claimId !== null) q.claim = String(claimId);
    const answer = await call(api.GET('/api/review/queue', { params: { query: q as never } }));
    return { ...answer, key: filterKey };
  }, [filterKey, claimId, tick]);
  const [loaded, setClaim] = useState<ClaimDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [batch, setBatch] = useState<{ report: number; batch: string } | null>(null);
  const [editing, setEditing] = useState(false);
  // Single-key shortcuts can be turned off (they clash with screen readers and voice control); kept.
  const [shortcuts, setShortcuts] = useState(() => localStorage.getItem(SHORTCUTS_KEY) !== 'off');
  const toggleShortcuts = (on: boolean) => {
    localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    setShortcuts(on);
  };
  // An answer for other filters (still shown while the new one loads) is not this queue's.
  const data: Place | undefined = place.data?.key === filterKey ? place.data : undefined;
  const current = data?.claim ?? null;
  // The claim shown is the one the queue points at, never the previous one while the next loads: "n of N",
  // the claim on screen and what Confirm or a shortcut acts on always agree.
  const claim = loaded && current && loaded.id === current.id ? loaded : null;

  // The first claim of the queue is written into the address, so a reload shows the same one.
  useEffect(() => {
    if (data?.claim && claimId === null) navigate(queueHref(query, data.claim.id), true);
  }, [data, claimId, query]);

  useEffect(() => {
    if (!current) return setClaim(null);
    let live = true;
    call(api.GET('/api/claims/{id}', { params: { path: { id: current.id } } })).then(
      (c) => live && setClaim(c),
      (e: Error) => live && setMessage(e.message),
    );
    return () => {
      live = false;
    };
  }, [current]);

  const go = useCallback(
    (id: number | null | undefined) => {
      if (id === null || id === undefined) return;
      setEditing(false);
      navigate(queueHref(query, id), true);
    },
    [query],
  );

  const stateNow = (after: ClaimDetail) =>
    `#${after.id}: ${t.review.stateNow(t.reviewStates[after.review.state] ?? after.review.state)}`;

  const act = useCallback(
    async (action: 'confirm' | 'reject' | 'correct', edits?: Edits) => {
      if (!claim || !data) return;
      try {
        const after = await call(
          api.POST('/api/claims/{id}/review', {
            params: { path: { id: claim.id } },
            body: action === 'correct' ? { action, edits } : { action },
          }),
        );
        setEditing(false);
        setMessage(stateNow(after));
        // The claim leaves the queue: the next one takes its place (n stays, N goes down).
        if (data.next !== null) go(data.next);
        else {
          setClaim(after);
          setTick((n) => n + 1);
        }
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    },
    [claim, data, go],
  );

  const undo = useCallback(
    async (change?: number) => {
      if (!claim) return;
      try {
        const after = await call(
          api.POST('/api/claims/{id}/undo', {
            params: { path: { id: claim.id } },
            body: change === undefined ? {} : { change },
          }),
        );
        setMessage(stateNow(after));
        setClaim(after);
        setTick((n) => n + 1);
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    },
    [claim],
  );

  const confirmReport = useCallback(async () => {
    if (!claim) return;
    try {
      const done = await call(
        api.POST('/api/review/reports/{id}/confirm', {
          params: { path: { id: claim.documentId } },
          body: {},
        }),
      );
      setBatch({ report: claim.documentId, batch: done.batch });
      setMessage(t.review.confirmedReport(done.confirmed.length));
      setTick((n) => n + 1);
      const after = await call(api.GET('/api/claims/{id}', { params: { path: { id: claim.id } } }));
      setClaim(after);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }, [claim]);

  const undoBatch = useCallback(async () => {
    if (!batch) return;
    try {
      const done = await call(
        api.POST('/api/review/reports/{id}/undo', {
          params: { path: { id: batch.report } },
          body: { batch: batch.batch },
        }),
      );
      setBatch(null);
      setMessage(t.review.batchUndone(done.undone.length, done.refused.length));
      setTick((n) => n + 1);
      if (claim) setClaim(await call(api.GET('/api/claims/{id}', { params: { path: { id: claim.id } } })));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }, [batch, claim]);

  const grade = useCallback(
    async (credibility: number) => {
      if (!claim) return;
      try {
        const after = await call(
          api.POST('/api/claims/{id}/grade', {
            params: { path: { id: claim.id } },
            body: { credibility: credibility as 1 | 2 | 3 | 4 | 5 | 6 },
          }),
        );
        setClaim(after);
        setMessage(t.review.graded);
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    },
    [claim],
  );

  const gradeSource = useCallback(
    async (reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F') => {
      if (!claim || claim.sourceId === null) return;
      try {
        await call(
          api.POST('/api/sources/{id}/grade', {
            params: { path: { id: claim.sourceId } },
            body: { reliability },
          }),
        );
        setClaim({ ...claim, sourceReliability: reliability });
        setMessage(t.review.graded);
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    },
    [claim],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (
        !shortcuts ||
        editing ||
        e.metaKey ||
        e.ctrlKey ||
        e.altKey ||
        /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)
      )
        return;
      const keys: Record<string, () => void> = {
        c: () => void act('confirm'),
        x: () => void act('reject'),
        e: () => setEditing(true),
        u: () => void undo(),
        j: () => go(data?.next),
        k: () => go(data?.previous),
      };
      const run = keys[e.key];
      if (run) {
        e.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, undo, go, editing, data, shortcuts]);

  const unreviewedInReport = claim
    ? (claim.review.state === 'unreviewed' ? 1 : 0) +
      claim.siblings.filter((s) => s.review === 'unreviewed').length
    : 0;

  return (
    <>
      <h1>{t.review.title}</h1>
      <QueueFilters query={query} />
      <Status loading={place.loading && !place.data} error={place.error} onRetry={place.reload} />
      {data && (
        <p className="muted">
          {data.claim && (
            <strong data-testid="queue-position">
              {data.inQueue
                ? t.review.position(data.position, data.total)
                : t.review.outside(data.position, data.total)}
            </strong>
          )}{' '}
          · {query.get('review') ? t.review.inThisQueue(data.total) : t.review.queue(data.total)}
          {query.get('conflicts') && <> · {t.review.conflicting(data.conflicting)}</>} ·{' '}
          {shortcuts ? t.review.shortcuts : ''}{' '}
          <label className="inline">
            <input
              type="checkbox"
              checked={shortcuts}
              onChange={(e) => toggleShortcuts(e.target.checked)}
              data-testid="shortcuts-toggle"
            />{' '}
            {t.review.shortcutsOn}
          </label>
        </p>
      )}
      <p role="status" aria-live="polite" className="message" data-testid="review-message">
        {message}{' '}
        {batch && (
          <button type="button" onClick={() => void undoBatch()} data-testid="undo-batch">
            {t.review.undoBatch}
          </button>
        )}
      </p>
      {data && !data.claim && <p>{t.review.done}</p>}
      {data?.claim && !claim && <Status loading error={null} />}
      {claim && data?.claim && (
        <div className="review">
          <section className="panel" aria-label={t.review.passage}>
            <h2>
              #{claim.id} · <bdi dir="auto">{claim.documentTitle ?? claim.documentName}</bdi>{' '}
              <span className={`badge review-${claim.review.state}`} data-testid="review-state">
                {t.reviewStates[claim.review.state]}
              </span>{' '}
              {data.conflict && <span className="badge conflict">{t.review.inConflict}</span>}
            </h2>
            <div data-testid="passage">
              <ClaimPassage claim={claim} />
            </div>
            <p>
              <Link href={`/reader/${claim.documentId}?claim=${claim.id}`} data-testid="open-reader">
                {t.review.openInReader}
              </Link>
            </p>
            <div className="actions">
              <button
                type="button"
                className="ok"
                onClick={() => void act('confirm')}
                aria-keyshortcuts={shortcuts ? 'c' : undefined}
              >
                {t.review.confirm} {shortcuts && <kbd>c</kbd>}
              </button>
              <button
                type="button"
                className="bad"
                onClick={() => void act('reject')}
                aria-keyshortcuts={shortcuts ? 'x' : undefined}
              >
                {t.review.reject} {shortcuts && <kbd>x</kbd>}
              </button>
              <button
                type="button"
                onClick={() => setEditing(true)}
                aria-keyshortcuts={shortcuts ? 'e' : undefined}
              >
                {t.review.correct} {shortcuts && <kbd>e</kbd>}
              </button>
              <button
                type="button"
                onClick={() => void undo()}
                aria-keyshortcuts={shortcuts ? 'u' : undefined}
              >
                {t.review.undo} {shortcuts && <kbd>u</kbd>}
              </button>
              <button
                type="button"
                disabled={data.previous === null}
                onClick={() => go(data.previous)}
                aria-keyshortcuts={shortcuts ? 'k' : undefined}
              >
                {t.previous} {shortcuts && <kbd>k</kbd>}
              </button>
              <button
                type="button"
                disabled={data.next === null}
                onClick={() => go(data.next)}
                aria-keyshortcuts={shortcuts ? 'j' : undefined}
              >
                {t.next} {shortcuts && <kbd>j</kbd>}
              </button>
            </div>
            {unreviewedInReport > 0 && (
              <p>
                <button type="button" onClick={() => void confirmReport()} data-testid="confirm-report">
                  {t.review.confirmReport(unreviewedInReport)}
                </button>
              </p>
            )}
            <label className="inline">
              {t.review.gradeClaim}{' '}
              <select value={claim.credibility ?? ''} onChange={(e) => void grade(Number(e.target.value))}>
                <option value="" disabled>
                  6?
                </option>
                {[1, 2, 3, 4, 5, 6].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            {claim.sourceId !== null && (
              <label className="inline">
                {t.review.gradeSource}{' '}
                <select
                  data-testid="grade-source"
                  value={claim.sourceReliability ?? ''}
                  onChange={(e) => void gradeSource(e.target.value as 'A' | 'B' | 'C' | 'D' | 'E' | 'F')}
                >
                  <option value="" disabled>
                    F?
                  </option>
                  {(['A', 'B', 'C', 'D', 'E', 'F'] as const).map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </section>
          <section className="panel">
            {editing ? (
              <CorrectionForm
                claim={claim}
                onCancel={() => setEditing(false)}
                onSave={(edits) => void act('correct', edits)}
              />
            ) : (
              <ClaimFields
                claim={claim.claim}
                extra={[
                  [
                    t.estimates.scope,
                    claim.scope === null || claim.scope === 'unmarked'
                      ? t.review.scopeUnmarked
                      : claim.scopeMarker
                        ? `${claim.scope} (“${claim.scopeMarker}”)`
                        : claim.scope,
                  ],
                  [t.estimates.partOf, wholeLabel(claim, claim.partOf)],
                ]}
              />
            )}
            <h3>{t.review.history}</h3>
            <ol className="history" data-testid="history">
              {claim.entries.map((h) => (
                <li key={h.id} data-change={h.id}>
                  {h.at.slice(0, 16).replace('T', ' ')} · <bdi>{h.actor}</bdi> ·{' '}
                  {h.undoes !== null ? t.review.undoOf(h.undoes) : h.action}
                  {h.changes.length > 0 && (
                    <ul className="changes" aria-label={t.review.fieldsChanged}>
                      {h.changes.map((c) => (
                        <li key={c.field}>
                          {c.field}: <bdi>{c.before}</bdi> → <bdi>{c.after}</bdi>
                        </li>
                      ))}
                    </ul>
                  )}
                  {h.undoneBy !== null ? (
                    <span className="muted"> {t.review.undoneBy(h.undoneBy)}</span>
                  ) : h.cannotUndo === null ? (
                    <button type="button" className="small" onClick={() => void undo(h.id)}>
                      {t.review.undoThis}
                    </button>
                  ) : (
                    h.action !== 'document.stored' && (
                      <span className="muted" title={h.cannotUndo}>
                        {' '}
                        {t.review.cantUndo}
                      </span>
                    )
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </>
  );
}

/** The queue's filters, kept in the address: changing them starts the queue again at its first claim. */
function QueueFilters({ query }: { query: URLSearchParams }) {
  const [values, setValues] = useState<Record<Filter, string>>(
    () => Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ''])) as Record<Filter, string>,
  );
  const key = FILTERS.map((f) => query.get(f) ?? '').join('&');
  useEffect(() => {
    setValues(Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ''])) as Record<Filter, string>);
  }, [key]);
  const set = (f: Filter) => (e: { target: { value: string } }) =>
    setValues({ ...values, [f]: e.target.value });
  const apply = () => {
    const q = new URLSearchParams();
    for (const f of FILTERS) if (values[f].trim()) q.set(f, values[f].trim());
    navigate(queueHref(q, null));
  };
  const select = (f: Filter, label: string, options: string[], any = t.review.any) => (
    <label>
      {label}
      <select value={values[f]} onChange={set(f)} data-testid={`filter-${f}`}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      className="controls queue-filters"
      aria-label={t.review.filters}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label>
        {t.fields.origin}
        <input value={values.origin} onChange={set('origin')} placeholder="KZ" data-testid="filter-origin" />
      </label>
      {select('population', t.fields.population, POPULATIONS)}
      {select('status', t.fields.status, STATUSES)}
      <label>
        {t.fields.language}
        <input value={values.lang} onChange={set('lang')} placeholder="ar,fr" data-testid="filter-lang" />
      </label>
      <label>
        {t.fields.outlet}
        <input value={values.outlet} onChange={set('outlet')} data-testid="filter-outlet" />
      </label>
      <label>
        {t.review.reportId}
        <input
          value={values.report}
          onChange={set('report')}
          inputMode="numeric"
          size={6}
          data-testid="filter-report"
        />
      </label>
      {select('review', t.review.reviewState, REVIEW_STATES, t.reviewStates.unreviewed ?? 'unreviewed')}
      <label>
        {t.review.conflicts}
        <select value={values.conflicts} onChange={set('conflicts')} data-testid="filter-conflicts">
          <option value="">{t.review.conflictsNone}</option>
          <option value="first">{t.review.conflictsFirst}</option>
          <option value="only">{t.review.conflictsOnly}</option>
        </select>
      </label>
      <div className="actions">
        <button type="submit">{t.review.apply}</button>
        <button type="button" onClick={() => navigate('/review')}>
          {t.review.clearFilters}
        </button>
      </div>
    </form>
  );
}

/** Offsets of the selection inside `container`, counted in its text (null when it lies elsewhere). */
function selectionIn(container: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || !sel.rangeCount) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

function CorrectionForm({
  claim,
  onSave,
  onCancel,
}: {
  claim: ClaimDetail;
  onSave: (edits: Edits) => void;
  onCancel: () => void;
}) {
  const c = claim.claim;
  const [min, setMin] = useState(c.value.min?.toString() ?? '');
  const [max, setMax] = useState(c.value.max?.toString() ?? '');
  const [qualifier, setQualifier] = useState<string>(c.qualifier);
  const [population, setPopulation] = useState<string>(c.population);
  const [status, setStatus] = useState<string>(c.status);
  const [origin, setOrigin] = useState((c.origin ?? []).join(', '));
  const [location, setLocation] = useState(c.location.join(', '));
  const [group, setGroup] = useState(c.affiliation ?? '');
  const [ageMin, setAgeMin] = useState(c.age.min?.toString() ?? '');
  const [ageMax, setAgeMax] = useState(c.age.max?.toString() ?? '');
  const [source, setSource] = useState(c.source ?? '');
  const [date, setDate] = useState(c.date ?? '');
  const [scope, setScope] = useState<string>(claim.scope ?? 'unmarked');
  const [partOf, setPartOf] = useState(claim.partOf?.toString() ?? '');
  const [span, setSpan] = useState(c.span);
  const [problems, setProblems] = useState<string[]>([]);
  const passage = useRef<HTMLElement | null>(null);
  useEffect(() => {
    passage.current = document.querySelector<HTMLElement>('[data-testid="passage"] .passage');
  }, []);
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  const quoteOf = (s: { start: number; end: number }) =>
    claim.passage.text.slice(s.start - claim.passage.offset, s.end - claim.passage.offset);

  const useSelection = () => {
    const box = passage.current ?? document.querySelector<HTMLElement>('[data-testid="passage"] .passage');
    const sel = box && selectionIn(box);
    if (!box || !sel) return setProblems([t.review.selectionOutside]);
    if (sel.end <= sel.start || !claim.passage.text.slice(sel.start, sel.end).trim())
      return setProblems([t.review.selectFirst]);
    setProblems([]);
    setSpan({ start: claim.passage.offset + sel.start, end: claim.passage.offset + sel.end });
  };

  const places = (typed: string, wrong: string[], problem: (o: string) => string) =>
    typed
      .split(/[,;]+|\s{2,}/)
      .flatMap((o) => (o.trim() ? [o.trim()] : []))
      .flatMap((o) => {
        const code = placeCodeOf(o);
        if (code) return [code];
        // "KZ KG": several codes in one go.
        const parts = o.split(/\s+/).map(placeCodeOf);
        if (parts.every((p) => p)) return parts as string[];
        wrong.push(problem(o));
        return [];
      });

  const save = () => {
    // Checked here in plain words before the API is asked; the API checks the same.
    const wrong: string[] = [];
    for (const [name, v] of [
      [t.review.lowest, min],
      [t.review.highest, max],
    ] as const)
      if (v.trim() !== '' && !/^\d+$/.test(v.trim())) wrong.push(t.review.notACount(name, v));
    if (!wrong.length && num(min) !== null && num(max) !== null && num(min)! > num(max)!)
      wrong.push(t.review.boundsReversed(min, max));
    const ageWrong: string[] = [];
    for (const [name, v] of [
      [t.review.ageMin, ageMin],
      [t.review.ageMax, ageMax],
    ] as const)
      if (v.trim() !== '' && !/^\d+$/.test(v.trim())) ageWrong.push(t.review.notAnAge(name, v));
    if (!ageWrong.length && num(ageMin) !== null && num(ageMax) !== null && num(ageMin)! > num(ageMax)!)
      ageWrong.push(t.review.agesReversed(ageMin, ageMax));
    wrong.push(...ageWrong);
    const codes = places(origin, wrong, t.review.unknownPlace);
    const where = places(location, wrong, t.review.unknownLocation);
    if (date.trim() && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.trim())) wrong.push(t.review.badDate(date));
    setProblems(wrong);
    if (wrong.length) return;
    const edits: Edits = {};
    if (num(min) !== c.value.min || num(max) !== c.value.max) edits.value = { min: num(min), max: num(max) };
    if (qualifier !== c.qualifier) edits.qualifier = qualifier as Edits['qualifier'];
    if (population !== c.population) edits.population = population as Edits['population'];
    if (status !== c.status) edits.status = status as Edits['status'];
    if (codes.join(' ') !== (c.origin ?? []).join(' ')) edits.origin = codes.length ? codes : null;
    if (where.join(' ') !== c.location.join(' ')) edits.location = where;
    if ((group || null) !== c.affiliation) edits.affiliation = (group || null) as Edits['affiliation'];
    if (num(ageMin) !== c.age.min || num(ageMax) !== c.age.max)
      edits.age = { min: num(ageMin), max: num(ageMax) };
    if ((source || null) !== c.source) edits.source = source || null;
    if ((date || null) !== c.date) edits.date = date || null;
    if (scope !== (claim.scope ?? 'unmarked')) edits.scope = scope as Edits['scope'];
    if ((partOf ? Number(partOf) : null) !== claim.partOf) edits.partOf = partOf ? Number(partOf) : null;
    if (span.start !== c.span.start || span.end !== c.span.end) edits.span = span;
    if (!Object.keys(edits).length) return onCancel();
    onSave(edits);
  };
  return (
    <form
      className="correct"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label>
        {t.fields.value} min
        <input autoFocus inputMode="numeric" value={min} onChange={(e) => setMin(e.target.value)} />
      </label>
      <label>
        {t.fields.value} max
        <input inputMode="numeric" value={max} onChange={(e) => setMax(e.target.value)} />
      </label>
      <label>
        {t.review.qualifier}
        <select value={qualifier} onChange={(e) => setQualifier(e.target.value)}>
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {q.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.fields.population}
        <select value={population} onChange={(e) => setPopulation(e.target.value)}>
          {POPULATIONS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        {t.fields.status}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          {STATUSES.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        {t.fields.origin} (KZ, Kazakhstan, Central Asia …)
        <input value={origin} onChange={(e) => setOrigin(e.target.value)} data-testid="edit-origin" />
      </label>
      <label>
        {t.fields.location} (SY, Syria …)
        <input value={location} onChange={(e) => setLocation(e.target.value)} data-testid="edit-location" />
      </label>
      <label>
        {t.fields.affiliation}
        <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="edit-group">
          <option value="">{t.review.noGroup}</option>
          {GROUPS.map((g) => (
            <option key={g}>{g}</option>
          ))}
        </select>
      </label>
      <label>
        {t.review.ageMin}
        <input inputMode="numeric" value={ageMin} onChange={(e) => setAgeMin(e.target.value)} />
      </label>
      <label>
        {t.review.ageMax}
        <input inputMode="numeric" value={ageMax} onChange={(e) => setAgeMax(e.target.value)} />
      </label>
      <label>
        {t.fields.source}
        <input dir="auto" value={source} onChange={(e) => setSource(e.target.value)} />
      </label>
      <label>
        {t.fields.date}
        <input value={date} placeholder="2019-05" onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        {t.estimates.scope}
        <select value={scope} onChange={(e) => setScope(e.target.value)}>
          {(['total', 'event', 'stock', 'unmarked'] as const).map((s) => (
            <option key={s} value={s}>
              {t.review.scopes[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.estimates.partOf}
        <select value={partOf} onChange={(e) => setPartOf(e.target.value)}>
          <option value="">{t.review.standsAlone}</option>
          {claim.siblings.map((s) => (
            <option key={s.id} value={s.id}>
              {wholeLabel(claim, s.id)}
            </option>
          ))}
        </select>
      </label>
      <div className="highlight-edit">
        <p data-testid="edit-highlight">{t.review.selected(quoteOf(span))}</p>
        <button
          type="button"
          // Keep the selection: a press on the button would otherwise clear it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={useSelection}
          data-testid="use-selection"
        >
          {t.review.useSelection}
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" className="ok">
          {t.review.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.review.cancel}
        </button>
      </div>
    </form>
  );
}

/** "#12: 156 children (returned)" for a count of the same report, or "stands alone". */
function wholeLabel(claim: ClaimDetail, id: number | null): string {
  if (id === null) return t.review.standsAlone;
  const whole = claim.siblings.find((s) => s.id === id);
  return whole ? `#${id}: ${formatBounds(whole.value)} ${whole.population} (${whole.status})` : `#${id}`;
}
