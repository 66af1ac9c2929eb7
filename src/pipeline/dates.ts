// When a count held: explicit dates in its sentence, resolved against the publication date
// with chrono-node (which reads all four languages), at the precision the text gives.
import * as chrono from 'chrono-node';

const parsers: Record<string, chrono.Chrono | undefined> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  ru: chrono.ru.casual,
  ar: (chrono as unknown as { ar?: { casual: chrono.Chrono } }).ar?.casual,
};

const pad = (n: number) => String(n).padStart(2, '0');

function anchor(published: string | null): Date | null {
  if (!published) return null;
  const [y, m, d] = published.split('-').map(Number);
  if (!y) return null;
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? 15, 12));
}

/** An ISO date (full or partial) the sentence states, or null. */
export function resolveDate(sentence: string, lang: string, published: string | null): string | null {
  const ref = anchor(published);
  const parser = parsers[lang];
  if (parser && /\d|[A-Za-zА-Яа-я\u0600-\u06ff]/.test(sentence)) {
    const results = parser.parse(sentence, ref ?? undefined, { forwardDate: false });
    for (const r of results) {
      const c = r.start;
      // Relative mentions (over the weekend, last week) resolve against the publication date.
      if (!c.isCertain('month') && !c.isCertain('year')) {
        if (!ref || !c.isCertain('weekday') && !/week|day|yesterday|вчера|недел|hier|semaine|أمس|أسبوع/i.test(r.text)) continue;
        const d = r.start.date();
        return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      }
      let year = c.get('year')!;
      const month = c.get('month')!;
      if (!c.isCertain('year') && ref && new Date(Date.UTC(year, month - 1, c.get('day') ?? 1)) > new Date(ref.getTime() + 7 * 864e5)) {
        year -= 1; // Reports speak of the past: "on 4 February" in a November story is last February.
      }
      if (!c.isCertain('year') && !ref) continue;
      if (c.isCertain('day')) return `${year}-${pad(month)}-${pad(c.get('day')!)}`;
      if (c.isCertain('month')) return `${year}-${pad(month)}`;
      return String(year);
    }
  }
  const year = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/.exec(sentence);
  return year ? year[1]! : null;
}
