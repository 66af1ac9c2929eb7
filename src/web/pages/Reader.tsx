// A report with every claim and release highlighted; the extracted fields beside each highlight.
// Arabic reads right to left; values from reports are isolated so numbers and Latin names stay put.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client.ts';
import { ClaimFields, formatBounds } from '../components/ClaimFields.tsx';
import { Availability } from '../components/Availability.tsx';
import { DocumentMetaForm } from '../components/DocumentMetaForm.tsx';
import { Highlighted, type Mark } from '../components/Highlighted.tsx';
import { MarkdownText } from '../components/MarkdownText.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { languageName, t } from '../i18n/index.ts';

/** The languages the engine reads; a report in another is stored and searchable, without counts. */
const READ_LANGUAGES = new Set(['ar', 'en', 'fr', 'ru']);

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export function ReaderPage({ id, claim }: { id: number; claim: string | null }) {
  const {
    data: doc,
    error,
    loading,
    reload,
  } = useLoad(() => call(api.GET('/api/documents/{id}', { params: { path: { id } } })), [id]);
  const initial = claim ? (claim.startsWith('r') ? claim : `c${claim}`) : null;
  const [active, setActive] = useState<string | null>(initial);
  useEffect(() => setActive(initial), [initial]);
  useEffect(() => {
    if (!doc || !active) return;
    const el = document.getElementById(`mark-${active}`);
    el?.scrollIntoView({ block: 'center' });
    document.getElementById(`item-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [doc, active]);

  if (!doc) return <Status loading={loading} error={error} onRetry={reload} />;
  const rtl = RTL.has(doc.lang ?? '');
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
    setActive(m);
    document.getElementById(`item-${m}`)?.focus();
  };
  const show = (m: string) => {
    setActive(m);
    const el = document.getElementById(`mark-${m}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };

  return (
    <>
      <h1 dir={RTL_LANGS.has(doc.lang ?? '') ? 'rtl' : 'auto'} lang={doc.lang ?? undefined}>
        <bdi>{doc.title ?? doc.name}</bdi>
      </h1>
      <p className="muted">
        {languageName(doc.lang)}
        {doc.lang && !READ_LANGUAGES.has(doc.lang) && <> ({t.reader.notRead})</>} ·{' '}
        <bdi>{doc.outlet ?? '—'}</bdi> · {t.fields.published} {doc.published ?? '—'}
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
      {doc.url && <Availability documentId={doc.id} />}
      <div className="reader">
        <article
          className="doc-text"
          lang={doc.lang ?? undefined}
          dir={rtl ? 'rtl' : 'ltr'}
          data-testid="doc-text"
        >
          {doc.mediaType === 'text/markdown' ? (
            <MarkdownText text={doc.text} marks={marks} onSelect={select} />
          ) : (
            <Highlighted text={doc.text} marks={marks} onSelect={select} />
          )}
        </article>
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

const RTL_LANGS = new Set(['ar', 'fa', 'he', 'ur']);

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
