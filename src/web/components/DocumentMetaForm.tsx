// An analyst corrects a report's details (title, outlet, URL, publication date, language) from the
// reader. Only changed fields are sent; an emptied field is cleared. The API checks every value and
// its refusal is shown as it words it (each field named); the history keeps what the details were.
import { useState } from 'react';
import { api, call } from '../api/client.ts';
import { t } from '../i18n/index.ts';

type Field = 'title' | 'outlet' | 'url' | 'published' | 'lang';
const FIELDS: Field[] = ['title', 'outlet', 'url', 'published', 'lang'];

export function DocumentMetaForm({
  id,
  current,
  onSaved,
}: {
  id: number;
  current: Record<Field, string | null>;
  onSaved: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<Field, string>>(() => blank(current));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const labels: Record<Field, string> = {
    title: t.fields.title,
    outlet: t.fields.outlet,
    url: 'URL',
    published: t.fields.published,
    lang: t.fields.language,
  };

  if (!open)
    return (
      <p>
        <button
          type="button"
          onClick={() => {
            setValues(blank(current));
            setOpen(true);
            setDone(false);
          }}
        >
          {t.reader.correct}
        </button>
        {done && (
          <span className="muted" role="status">
            {' '}
            {t.reader.saved}
          </span>
        )}
      </p>
    );

  const save = async () => {
    const body: Record<string, string | null> = {};
    for (const f of FIELDS) {
      const typed = values[f].trim();
      if (typed !== (current[f] ?? '')) body[f] = typed === '' ? null : typed;
    }
    if (note.trim()) body.note = note.trim();
    try {
      await call(api.PATCH('/api/documents/{id}', { params: { path: { id } }, body }));
      setProblem(null);
      setOpen(false);
      setDone(true);
      onSaved();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form
      className="panel meta-form"
      aria-label={t.reader.correctTitle}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{t.reader.correctTitle}</h2>
      <p className="muted small">{t.reader.blankClears}</p>
      {FIELDS.map((f) => (
        <label key={f}>
          {labels[f]}
          <input
            name={f}
            dir="auto"
            value={values[f]}
            placeholder={f === 'published' ? '2021-05-10' : f === 'lang' ? t.reader.langHint : undefined}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
          />
        </label>
      ))}
      <label>
        {t.reader.note}
        <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {problem && (
        <p className="problems" role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        <button type="submit">{t.reader.save}</button>{' '}
        <button type="button" onClick={() => setOpen(false)}>
          {t.reader.cancel}
        </button>
      </p>
    </form>
  );
}

function blank(current: Record<Field, string | null>): Record<Field, string> {
  return {
    title: current.title ?? '',
    outlet: current.outlet ?? '',
    url: current.url ?? '',
    published: current.published ?? '',
    lang: current.lang ?? '',
  };
}
