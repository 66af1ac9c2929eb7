// The review queue: one unreviewed claim at a time with its passage in view; confirm, reject or
// correct, grade, undo, all from the keyboard. Every action is logged by the API with who and when.
import { useCallback, useEffect, useState } from 'react';
import { api, call, type ClaimDetail, type Schemas } from '../api/client.ts';
import { ClaimFields, formatBounds } from '../components/ClaimFields.tsx';
import { ClaimPassage } from '../components/ClaimPassage.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { placeCodeOf, t } from '../i18n/index.ts';
import { Link } from '../router.tsx';

type Edits = Schemas['ClaimEdits'];
const SHORTCUTS_KEY = 'tessera.review.shortcuts';

export function ReviewPage() {
  const queue = useLoad(
    () => call(api.GET('/api/claims', { params: { query: { review: 'unreviewed', limit: 200 } } })),
    [],
  );
  const [index, setIndex] = useState(0);
  const [claim, setClaim] = useState<ClaimDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [lastActed, setLastActed] = useState<number | null>(null);
  // Single-key shortcuts can be turned off (they clash with screen readers and voice control); kept.
  const [shortcuts, setShortcuts] = useState(() => localStorage.getItem(SHORTCUTS_KEY) !== 'off');
  const toggleShortcuts = (on: boolean) => {
    localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    setShortcuts(on);
  };
  const items = queue.data?.items ?? [];
  const current = items[Math.min(index, items.length - 1)];

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

  const act = useCallback(
    async (action: 'confirm' | 'reject' | 'correct', edits?: Edits) => {
      if (!claim) return;
      try {
        const after = await call(
          api.POST('/api/claims/{id}/review', {
            params: { path: { id: claim.id } },
            body: action === 'correct' ? { action, edits } : { action },
          }),
        );
        setClaim(after);
        setLastActed(after.id);
        setEditing(false);
        setMessage(
          `#${after.id}: ${t.review.stateNow(t.reviewStates[after.review.state] ?? after.review.state)}`,
        );
        setIndex((i) => Math.min(i + 1, Math.max(0, items.length - 1)));
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    },
    [claim, items.length],
  );

  const undo = useCallback(async () => {
    const id = lastActed ?? claim?.id;
    if (!id) return;
    try {
      const after = await call(api.POST('/api/claims/{id}/undo', { params: { path: { id } }, body: {} }));
      setMessage(
        `#${after.id}: ${t.review.stateNow(t.reviewStates[after.review.state] ?? after.review.state)}`,
      );
      const at = items.findIndex((c) => c.id === id);
      if (at >= 0) setIndex(at);
      setClaim(after);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }, [lastActed, claim, items]);

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
        j: () => setIndex((i) => Math.min(i + 1, items.length - 1)),
        k: () => setIndex((i) => Math.max(0, i - 1)),
      };
      const run = keys[e.key];
      if (run) {
        e.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, undo, editing, items.length, shortcuts]);

  return (
    <>
      <h1>{t.review.title}</h1>
      <Status loading={queue.loading && !queue.data} error={queue.error} onRetry={queue.reload} />
      {queue.data && (
        <p className="muted">
          {t.review.queue(queue.data.total)} · {shortcuts ? t.review.shortcuts : ''}{' '}
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
        {message}
      </p>
      {queue.data && !items.length && <p>{t.review.done}</p>}
      {claim && (
        <div className="review">
          <section className="panel" aria-label={t.review.passage}>
            <h2>
              #{claim.id} · <bdi dir="auto">{claim.documentTitle ?? claim.documentName}</bdi>{' '}
              <span className={`badge review-${claim.review.state}`} data-testid="review-state">
                {t.reviewStates[claim.review.state]}
              </span>
            </h2>
            <ClaimPassage claim={claim} />
            <p>
              <Link href={`/reader/${claim.documentId}?claim=${claim.id}`}>{t.review.openInReader}</Link>
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
                onClick={() => setIndex((i) => Math.max(0, i - 1))}
                aria-keyshortcuts={shortcuts ? 'k' : undefined}
              >
                {t.previous} {shortcuts && <kbd>k</kbd>}
              </button>
              <button
                type="button"
                onClick={() => setIndex((i) => Math.min(i + 1, items.length - 1))}
                aria-keyshortcuts={shortcuts ? 'j' : undefined}
              >
                {t.next} {shortcuts && <kbd>j</kbd>}
              </button>
            </div>
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
            <ol className="history">
              {claim.history.map((h) => (
                <li key={h.id}>
                  {h.at.slice(0, 16).replace('T', ' ')} · <bdi>{h.actor}</bdi> · {h.action}
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </>
  );
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
  const [population, setPopulation] = useState<string>(c.population);
  const [status, setStatus] = useState<string>(c.status);
  const [origin, setOrigin] = useState((c.origin ?? []).join(', '));
  const [source, setSource] = useState(c.source ?? '');
  const [date, setDate] = useState(c.date ?? '');
  const [scope, setScope] = useState<string>(claim.scope ?? 'unmarked');
  const [partOf, setPartOf] = useState(claim.partOf?.toString() ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
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
    const typed = origin.split(/[,;]+|\s{2,}/).flatMap((o) => (o.trim() ? [o.trim()] : []));
    const codes = typed.flatMap((o) => {
      const code = placeCodeOf(o);
      if (code) return [code];
      // "KZ KG": several codes in one go.
      const parts = o.split(/\s+/).map(placeCodeOf);
      if (parts.every((p) => p)) return parts as string[];
      wrong.push(t.review.unknownPlace(o));
      return [];
    });
    if (date.trim() && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.trim())) wrong.push(t.review.badDate(date));
    setProblems(wrong);
    if (wrong.length) return;
    const edits: Edits = {};
    if (num(min) !== c.value.min || num(max) !== c.value.max) edits.value = { min: num(min), max: num(max) };
    if (population !== c.population) edits.population = population as Edits['population'];
    if (status !== c.status) edits.status = status as Edits['status'];
    if (codes.join(' ') !== (c.origin ?? []).join(' ')) edits.origin = codes.length ? codes : null;
    if ((source || null) !== c.source) edits.source = source || null;
    if ((date || null) !== c.date) edits.date = date || null;
    if (scope !== (claim.scope ?? 'unmarked')) edits.scope = scope as Edits['scope'];
    if ((partOf ? Number(partOf) : null) !== claim.partOf) edits.partOf = partOf ? Number(partOf) : null;
    onSave(edits);
  };
  return (
    <form
      className="correct"
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
        {t.fields.population}
        <select value={population} onChange={(e) => setPopulation(e.target.value)}>
          {['children', 'fighters', 'women', 'men', 'adults', 'families', 'people'].map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        {t.fields.status}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          {['joined', 'present', 'featured', 'returned', 'detained', 'killed', 'other'].map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        {t.fields.origin} (KZ, Kazakhstan, Central Asia …)
        <input value={origin} onChange={(e) => setOrigin(e.target.value)} />
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
