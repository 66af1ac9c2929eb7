// A report with every claim and release highlighted; the extracted fields beside each highlight.
// Arabic reads right to left; values from reports are isolated so numbers and Latin names stay put.
// An analyst corrects a count's highlight here by selecting its words in the rendered report: the
// selection is read back as offsets into the stored text (sourceOffsets.ts) and saved as a correction
// (POST /api/claims/:id/review), logged and undoable like any other.
import { useEffect, useRef, useState } from 'react';
import { api, call, type ClaimItem } from '../api/client.ts';
import { ClaimFields, formatBounds } from '../components/ClaimFields.tsx';
import { Availability } from '../components/Availability.tsx';
import { DocumentMetaForm } from '../components/DocumentMetaForm.tsx';
import { Highlighted, type Mark } from '../components/Highlighted.tsx';
import { MarkdownText } from '../components/MarkdownText.tsx';
import { sourceOffsets } from '../components/sourceOffsets.ts';
import { Status } from '../components/Status.tsx';
import { isRightToLeft } from '../text-direction.ts';
import { useLoad } from '../hooks.ts';
import { languageName, t } from '../i18n/index.ts';

export function ReaderPage({ id, claim }: { id: number; claim: string | null }) {
  const {
    data: doc,
    error,
    loading,
    reload,
  } = useLoad(() => call(api.GET('/api/documents/{id}', { params: { path: { id } } })), [id]);
  // The account's role in each collection: analysts and admins may correct highlights.
  const collections = useLoad(() => call(api.GET('/api/collections')), []);
  const initial = claim ? (claim.startsWith('r') ? claim : `c${claim}`) : null;
  const [active, setActive] = useState<string | null>(initial);
  const [correcting, setCorrecting] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; undo?: number } | null>(null);
  const textBox = useRef<HTMLElement>(null);
  useEffect(() => setActive(initial), [initial]);
  useEffect(() => {
    if (!doc || !active) return;
    const el = document.getElementById(`mark-${active}`);
    el?.scrollIntoView({ block: 'center' });
    document.getElementById(`item-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [doc, active]);

  if (!doc) return <Status loading={loading} error={error} onRetry={reload} />;
  const rtl = isRightToLeft(doc.lang);
  const role = collections.data?.items.find((c) => c.id === doc.collection.id)?.role;
  const mayCorrect = role === 'analyst' || role === 'admin';
  const corrected = mayCorrect ? doc.claims.find((c) => c.id === correcting) : undefined;
  const marks: Mark[] = [
    ...doc.claims.map((c) => ({
      id: `c${c.id}`,
      start: c.claim.span.start,
      end: c.claim.span.end,
      kind: 'claim' as const,
      label: `${formatBounds(c.claim.value)} ${c.claim.population} · ${c.claim.status} (${c.review.state})`,
      active: active === `c${c.id}`,
    })),
    ...doc.releases.map((r) => ({
      id: `r${r.id}`,
      start: r.release.span.start,
      end: r.release.span.end,
      kind: 'release' as const,
      label: `${r.release.media}: ${r.release.title ?? ''}`,
      active: active === `r${r.id}`,
    })),
  ];
  const select = (m: string) => {
    if (selectingOver(m)) return;
    setActive(m);
    document.getElementById(`item-${m}`)?.focus();
  };
  const show = (m: string) => {
    setActive(m);
    const el = document.getElementById(`mark-${m}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  const startCorrecting = (id: number) => {
    setCorrecting(id);
    setActive(`c${id}`);
    setMessage(null);
    document.getElementById(`mark-c${id}`)?.scrollIntoView({ block: 'center' });
  };
  const closeCorrecting = (id: number) => {
    setCorrecting(null);
    document.getElementById(`item-c${id}`)?.focus();
  };
  const undoHighlight = async (id: number) => {
    try {
      await call(api.POST('/api/claims/{id}/undo', { params: { path: { id } }, body: {} }));
      setMessage({ text: t.reader.highlightRestored(id) });
      reload();
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <>
      <h1 dir={isRightToLeft(doc.lang) ? 'rtl' : 'auto'} lang={doc.lang ?? undefined}>
        <bdi>{doc.title ?? doc.name}</bdi>
      </h1>
      <p className="muted">
        {languageName(doc.lang)}
        {doc.lang && !doc.read && <> ({t.reader.notRead})</>} · <bdi>{doc.outlet ?? '—'}</bdi> ·{' '}
        {t.fields.published} {doc.published ?? '—'}
        {doc.url && (
          <>
            {' '}
            · <SourceLink url={doc.url} />
          </>
        )}
      </p>
      <p className="provenance">
        <a href={`/api/documents/${doc.id}/original`} download className="button">
          {t.reader.download}
        </a>{' '}
        <span className="muted">
          {t.reader.sha256} <code className="hash">{doc.sha256}</code> ·{' '}
          {t.reader.collected(doc.collectedAt.slice(0, 10), doc.collectedHow, doc.collectedBy)} ·{' '}
          <span className="collection">
            {t.reader.collection(doc.collection.name, doc.collection.restricted)}
          </span>
        </span>
      </p>
      {/* Viewers may not change a report's details: the form is not offered to them. */}
      {mayCorrect && (
        <DocumentMetaForm
          id={doc.id}
          current={{
            title: doc.title,
            outlet: doc.outlet,
            url: doc.url,
            published: doc.published,
            lang: doc.lang,
          }}
          onSaved={reload}
        />
      )}
      {doc.url && <Availability documentId={doc.id} />}
      {mayCorrect && (
        <p aria-live="polite" className="message" data-testid="reader-message">
          {message?.text}{' '}
          {message?.undo !== undefined && (
            <button type="button" className="small" onClick={() => void undoHighlight(message.undo!)}>
              {t.reader.undo}
            </button>
          )}
        </p>
      )}
      <div className="reader">
        <div className="text-column">
          <article
            className="doc-text"
            lang={doc.lang ?? undefined}
            dir={rtl ? 'rtl' : 'ltr'}
            data-testid="doc-text"
            ref={textBox}
          >
            {doc.mediaType === 'text/markdown' ? (
              <MarkdownText text={doc.text} marks={marks} onSelect={select} sourceRuns={mayCorrect} />
            ) : (
              <Highlighted text={doc.text} marks={marks} onSelect={select} sourceRuns={mayCorrect} />
            )}
          </article>
          {corrected && (
            <HighlightCorrection
              key={corrected.id}
              claim={corrected}
              text={doc.text}
              lang={doc.lang}
              textBox={textBox}
              onSaved={() => {
                setMessage({ text: t.reader.highlightSaved(corrected.id), undo: corrected.id });
                closeCorrecting(corrected.id);
                reload();
              }}
              onCancel={() => closeCorrecting(corrected.id)}
            />
          )}
        </div>
        <aside className="side" aria-label={t.reader.claims(doc.claims.length)}>
          <h2>{t.reader.claims(doc.claims.length)}</h2>
          <ol className="items">
            {doc.claims.map((c) => (
              <li
                key={c.id}
                id={`item-c${c.id}`}
                tabIndex={-1}
                className={`item${active === `c${c.id}` ? ' active' : ''} review-${c.review.state}`}
              >
                <blockquote dir="auto">
                  <bdi>{c.claim.quote}</bdi>
                </blockquote>
                <ClaimFields
                  claim={c.claim}
                  extra={[[t.fields.review, t.reviewStates[c.review.state] ?? c.review.state]]}
                />
                <button type="button" onClick={() => show(`c${c.id}`)}>
                  {t.reader.showInText}
                </button>
                {mayCorrect && (
                  <>
                    {' '}
                    <button
                      type="button"
                      aria-expanded={correcting === c.id}
                      aria-controls={correcting === c.id ? 'highlight-bar' : undefined}
                      onClick={() => startCorrecting(c.id)}
                      data-testid={`correct-highlight-${c.id}`}
                    >
                      {t.reader.correctHighlight}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ol>
          {doc.releases.length > 0 && <h2>{t.reader.releases(doc.releases.length)}</h2>}
          <ol className="items">
            {doc.releases.map((r) => (
              <li
                key={r.id}
                id={`item-r${r.id}`}
                tabIndex={-1}
                className={`item release${active === `r${r.id}` ? ' active' : ''}`}
              >
                <dl className="fields">
                  {(
                    [
                      [t.fields.media, r.release.media],
                      [t.fields.title, r.release.title ?? '—'],
                      [t.fields.date, r.release.date ?? '—'],
                      [t.fields.duration, r.release.duration_min?.toString() ?? '—'],
                      [t.fields.spoken, r.release.spoken.map(languageName).join(', ') || '—'],
                      [t.fields.subtitles, r.release.subtitles.map(languageName).join(', ') || '—'],
                      [t.fields.producer, r.release.producer ?? '—'],
                    ] as const
                  ).map(([k, v]) => (
                    <div key={k}>
                      <dt>{k}</dt>
                      <dd>
                        <bdi>{v}</bdi>
                      </dd>
                    </div>
                  ))}
                </dl>
                <button type="button" onClick={() => show(`r${r.id}`)}>
                  {t.reader.showInText}
                </button>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </>
  );
}

/**
 * Whether words selected over the highlight `m` are still selected: a press that ends a selection made
 * with the mouse is not a choice of the highlight under it.
 */
function selectingOver(m: string): boolean {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed) return false;
  return Array.from(document.querySelectorAll(`[data-mark="${m}"]`)).some((el) => sel.containsNode(el, true));
}

/**
 * Correcting one count's highlight: the words selected in the report's text become, once saved, its
 * span (offsets into the stored text). Kept in view below the text while the analyst selects; a
 * selection reaching outside the text, or holding none of its words, is refused in words.
 */
function HighlightCorrection({
  claim,
  text,
  lang,
  textBox,
  onSaved,
  onCancel,
}: {
  claim: ClaimItem;
  text: string;
  lang: string | null;
  textBox: { current: HTMLElement | null };
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [selecting, setSelecting] = useState(false);
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    box.current?.focus({ preventScroll: true });
    const update = () => {
      const sel = window.getSelection();
      setSelecting(Boolean(sel && sel.rangeCount > 0 && !sel.isCollapsed));
    };
    update();
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);
  useEffect(() => {
    if (pending) saveButton.current?.focus({ preventScroll: true });
  }, [pending]);

  const useSelection = () => {
    const sel = window.getSelection();
    if (!textBox.current || !sel || !sel.rangeCount || sel.isCollapsed) {
      setPending(null);
      return setProblem(t.reader.selectionEmpty);
    }
    const found = sourceOffsets(textBox.current, sel.getRangeAt(0), text);
    if ('problem' in found) {
      setPending(null);
      return setProblem(found.problem === 'outside' ? t.reader.selectionOutside : t.reader.selectionEmpty);
    }
    if (found.start === claim.claim.span.start && found.end === claim.claim.span.end) {
      setPending(null);
      return setProblem(t.reader.sameHighlight);
    }
    setProblem(null);
    setPending(found);
  };

  const save = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await call(
        api.POST('/api/claims/{id}/review', {
          params: { path: { id: claim.id } },
          body: { action: 'correct', edits: { span: pending } },
        }),
      );
      onSaved();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="highlight-bar"
      id="highlight-bar"
      aria-label={t.reader.correctHighlightOf(claim.id)}
      tabIndex={-1}
      ref={box}
      data-testid="highlight-bar"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p>
        {t.reader.highlightNow(claim.id)} “
        <bdi lang={lang ?? undefined} data-testid="current-highlight">
          {claim.claim.quote}
        </bdi>
        ”
      </p>
      <p className="muted">{t.reader.highlightHow}</p>
      {pending && (
        <p>
          <strong>{t.reader.newHighlight}</strong> “
          <bdi lang={lang ?? undefined} data-testid="new-highlight">
            {text.slice(pending.start, pending.end)}
          </bdi>
          ”
        </p>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={!selecting}
          // Keep the selection: a press on the button would otherwise clear it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={useSelection}
          data-testid="use-selection"
        >
          {t.reader.useSelection}
        </button>
        {pending && (
          <button
            type="button"
            className="ok"
            ref={saveButton}
            disabled={busy}
            onClick={() => void save()}
            data-testid="save-highlight"
          >
            {t.reader.saveHighlight}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t.reader.cancel}
        </button>
      </div>
    </section>
  );
}

/**
 * A report's source address as a reader can take it in: decoded ("…/новости/…", not "%D0%BD…"), a link
 * only for http and https (never javascript: or data:), opened without handing this page to the site.
 */
function SourceLink({ url }: { url: string }) {
  let shown = url;
  try {
    shown = decodeURI(url);
  } catch {
    // Malformed escapes: shown as stored.
  }
  const web = /^https?:\/\//i.test(url);
  return web ? (
    <a className="url" href={url} target="_blank" rel="noopener noreferrer nofollow" dir="ltr">
      <bdi>{shown}</bdi>
    </a>
  ) : (
    <bdi className="url">{shown}</bdi>
  );
}
