// When a count held: explicit dates in its sentence, resolved against the publication date
// with chrono-node (which reads all four languages), at the precision the text gives.
import * as chrono from 'chrono-node';

/** chrono-node's parser for a language, by its ISO 639-1 code, where chrono has one. */
const parserFor = (lang: string): chrono.Chrono | undefined =>
  (chrono as unknown as Record<string, { casual?: chrono.Chrono } | undefined>)[lang]?.casual;

/** A weekday said to come: "next Friday", "vendredi prochain", "в следующую пятницу", "الجمعة المقبلة". */
const NEXT = /next|prochain|следующ|будущ|القادم|المقبل/iu;

const pad = (n: number) => String(n).padStart(2, '0');

// Every sentence of a report asks for the same anchor: the last one is kept, as a time and its year.
// Only chrono needs it as a Date, made when chrono is called. Reports one after another often come
// from different days: each day's anchor is remembered (a few thousand at most).
let anchoredOn: string | null = null;
let anchorTime: number | null = null;
let anchorYear = 0;
const anchors = new Map<string, { time: number | null; year: number }>();
const MAX_ANCHORS = 4096;

/** The publication date's noon (UTC) as a time, or null. */
function anchor(published: string | null): number | null {
  if (!published) return null;
  if (published !== anchoredOn) {
    let known = anchors.get(published);
    if (!known) {
      const [y, m, d] = published.split('-').map(Number);
      const time = y ? Date.UTC(y, (m ?? 7) - 1, d ?? 15, 12) : null;
      known = { time, year: time === null ? 0 : new Date(time).getUTCFullYear() };
      if (anchors.size >= MAX_ANCHORS) anchors.clear();
      anchors.set(published, known);
    }
    anchorTime = known.time;
    anchorYear = known.year;
    anchoredOn = published;
  }
  return anchorTime;
}

/**
 * A date the sentence states relative to the publication date ("last week", "yesterday"), resolved
 * by chrono-node, or else a year it names; null when it names neither. `relative` is the pack's
 * pattern for the phrases chrono can resolve (LanguagePack.relativeDates): chrono is thorough but
 * slow, and most sentences name no such day.
 */
export function resolveDate(
  sentence: string,
  lang: string,
  published: string | null,
  relativeDates: RegExp | null,
): string | null {
  const refTime = anchor(published);
  const parser = parserFor(lang);
  // Without a publication date chrono would anchor on today's clock: the engine must stay pure.
  const relative = parser && refTime !== null && relativeDates ? relativeDates.exec(sentence) : null;
  if (relative) {
    const ref = new Date(refTime!);
    // Parse only the words around a relative mention: chrono's cost grows with the text it reads.
    const window = sentence.slice(Math.max(0, relative.index - 30), relative.index + relative[0].length + 30);
    const results = parser!.parse(window, ref, { forwardDate: false });
    for (const r of results) {
      const c = r.start;
      // Relative mentions (over the weekend, last week) resolve against the publication date.
      if (!c.isCertain('month') && !c.isCertain('year')) {
        if (!c.isCertain('weekday') && !/week|day|вчера|недел|hier|semaine/i.test(r.text)) continue;
        let time = r.start.date().getTime();
        // Reports speak of the past: a weekday after the publication day ("on Friday" in Tuesday's
        // report, which chrono places on the nearest Friday) is the one before it.
        if (c.isCertain('weekday') && time > refTime! + 864e5 / 2 && !NEXT.test(r.text)) time -= 7 * 864e5;
        const d = new Date(time);
        return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      }
      let year = c.get('year')!;
      const month = c.get('month')!;
      if (!c.isCertain('year') && Date.UTC(year, month - 1, c.get('day') ?? 1) > refTime! + 7 * 864e5) {
        year -= 1; // Reports speak of the past: "on 4 February" in a November story is last February.
      }
      if (c.isCertain('day')) return `${year}-${pad(month)}-${pad(c.get('day')!)}`;
      if (c.isCertain('month')) return `${year}-${pad(month)}`;
      return String(year);
    }
  }
  const year = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/.exec(sentence);
  return year ? year[1]! : null;
}

/**
 * Day, month and year around a month name ("on 4 February 2021", "Nov. 18", "في 26 أغسطس"),
 * read with the pack's month lexicon: the common case, without chrono's cost.
 */
export function quickDate(
  ctx: {
    text: string;
    cp: {
      months: {
        firstIn(t: string, a: number, b: number): { start: number; end: number; value: number } | undefined;
      };
      dayOrdinals?: {
        scanRange(t: string, a: number, b: number): Array<{ start: number; end: number; value: number }>;
      };
    };
  },
  from: number,
  to: number,
  published: string | null,
): string | null {
  const month = ctx.cp.months.firstIn(ctx.text, from, to);
  if (!month) return null;
  const before = /(\d{1,2})\s*(?:-?(?:го|er|e))?\s*$/.exec(
    ctx.text.slice(Math.max(from, month.start - 8), month.start),
  );
  const after = /^\.?\s*(\d{1,2})(?!\d)/.exec(ctx.text.slice(month.end, Math.min(to, month.end + 6)));
  // "في الحادي والعشرين من آذار", "третьего марта": the day as an ordinal word right before the month.
  const ordinal = before || after ? undefined : dayOrdinal(ctx, from, month.start);
  const day = Number(before?.[1] ?? after?.[1] ?? ordinal ?? 0);
  // "أيار/مايو 2015", "مايو (أيار) 2015": the month named twice, in two calendars' names; the year
  // follows the second name.
  let monthEnd = month.end;
  const pair = /^\s*[/(]\s*$/u;
  const second = ctx.cp.months.firstIn(ctx.text, month.end, Math.min(to, month.end + 16));
  if (second && second.value === month.value && pair.test(ctx.text.slice(month.end, second.start)))
    monthEnd = second.end + (ctx.text[second.end] === ')' ? 1 : 0);
  const yearMatch = /^[.,]?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(\d{4})(?!\d)/.exec(
    ctx.text.slice(monthEnd, Math.min(to, monthEnd + 14)),
  );
  const refTime = anchor(published);
  let year = yearMatch ? Number(yearMatch[1]) : refTime !== null ? anchorYear : null;
  if (year === null) return null;
  if (!yearMatch && refTime !== null && Date.UTC(year, month.value - 1, day || 1) > refTime + 7 * 864e5)
    year -= 1;
  return day >= 1 && day <= 31 ? `${year}-${pad(month.value)}-${pad(day)}` : `${year}-${pad(month.value)}`;
}

/** Day, month and year in digits: "14/05/2021", "10.02.2019", "21-3-2021"; or the ISO "2021-05-14". */
const NUMERIC_DATE =
  /(?<![\d./-])(?:(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))(?![\d./-]?\d)/u;

/**
 * A date written in digits (NUMERIC_DATE), read day first as all four languages write it, unless only
 * the second number can be a month's day ("05/14/2021"); null when none, or when it is no calendar day.
 */
export function numericDate(text: string): string | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [year, month0, day0] = m[5]
    ? [Number(m[5]), Number(m[6]), Number(m[7])]
    : [Number(m[4]), Number(m[3]), Number(m[1])];
  const swap = !m[5] && month0 > 12 && day0 <= 12;
  const [month, day] = swap ? [day0, month0] : [month0, day0];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The pack's day ordinal that ends right before a month (only spaces between), or undefined. */
function dayOrdinal(
  ctx: Parameters<typeof quickDate>[0],
  from: number,
  monthStart: number,
): number | undefined {
  const found = ctx.cp.dayOrdinals?.scanRange(ctx.text, Math.max(from, monthStart - 40), monthStart) ?? [];
  return found.filter((o) => /^\s+$/u.test(ctx.text.slice(o.end, monthStart))).pop()?.value;
}

/** What ends a dateline's parts: dashes, a bar, a colon, an opening bracket ("(AFP)"), a full stop. */
const DATELINE_BREAK = /\s[-–—]\s|[–—|:(]|\.\s/u;

/**
 * The full date (YYYY-MM-DD) a report's dateline gives, or null: the first part, or one of the first
 * three parts before a break, of one of the first three paragraphs is a date with its year, the parts
 * before it short and without digits (a place, a weekday): "ASTANA, 12 March 2023 —", "January 10,
 * 2017 | The Journal |", "باريس - 12 مارس 2023 -", "Москва, 5 февраля 2019. ".
 */
export function datelineDate(ctx: {
  text: string;
  cp: {
    months: {
      firstIn(t: string, a: number, b: number): { start: number; end: number; value: number } | undefined;
    };
  };
}): string | null {
  const { text } = ctx;
  let at = 0;
  for (let paragraph = 0; paragraph < 3 && at < text.length; paragraph++) {
    while (at < text.length && /\s/u.test(text[at]!)) at++;
    const lineEnd = text.indexOf('\n', at);
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, at + 120);
    let from = at;
    for (let part = 0; part < 3 && from < end; part++) {
      const rest = text.slice(from, end);
      const brk = DATELINE_BREAK.exec(rest);
      const to = brk ? from + brk.index + (brk[0].startsWith('.') ? 1 : 0) : end;
      const words = text.slice(from, to).trim();
      if (words.length > 40) break;
      if (/\d/u.test(words)) {
        const date = ctx.cp.months.firstIn(text, from, to) ? quickDate(ctx, from, to, null) : null;
        return date && date.length === 10 ? date : null;
      }
      if (!brk) break;
      from = from + brk.index + brk[0].length;
    }
    at = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  return null;
}
