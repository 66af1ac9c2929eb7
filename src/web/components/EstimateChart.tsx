// One estimate series: each fact (the same count, however many reports carry it) a point at its first
// date, bounds as whiskers (an arrow when open above), approximate counts hollow; hover or focus lists
// its reports with their grades; click or Enter opens it.
import { useState } from 'react';
import type { EstimateSeries } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import { formatBounds } from './ClaimFields.tsx';

type Point = EstimateSeries['points'][number];

/** One count as evidence: the claims of one fact, or a claim no other report repeats. */
export interface FactPoint {
  key: string;
  factId: number | null;
  /** Its reports' claims, earliest first. */
  members: Point[];
  /** The first date any report gives it; null when none is dated. */
  date: string | null;
  value: Point['value'];
  qualifier: string;
}

/** The series' claims gathered into one point per fact, in the order their first claim comes. */
export function factPoints(points: readonly Point[]): FactPoint[] {
  const groups = new Map<string, Point[]>();
  for (const p of points) {
    const key = p.factId === null ? `c${p.claimId}` : `f${p.factId}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups].map(([key, members]) => {
    const sorted = [...members].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    const first = sorted[0]!;
    return {
      key,
      factId: first.factId,
      members: sorted,
      date: first.date,
      value: first.value,
      qualifier: first.qualifier,
    };
  });
}

const toTime = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  // Partial dates sit in the middle of their period.
  return Date.UTC(y!, m ? m - 1 : 6, d ?? (m ? 15 : 1));
};

const APPROX = new Set(['approx', 'vague']);

/** 1234 → 1200, 87 → 87: tick labels a reader can take in. */
const niceRound = (v: number) => {
  if (v < 100) return Math.round(v);
  const unit = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(v / unit) * unit;
};

export function EstimateChart({
  series,
  height = 260,
  onOpen,
  label,
}: {
  series: EstimateSeries;
  height?: number;
  onOpen?: (f: FactPoint) => void;
  label: string;
}) {
  const [hover, setHover] = useState<FactPoint | null>(null);
  const facts = factPoints(series.points);
  const dated = facts.filter((f) => f.date);
  const undated = facts.length - dated.length;
  const width = 640;
  const pad = { l: 48, r: 16, t: 14, b: 28 };
  if (!dated.length)
    return <p className="muted">{undated ? t.estimates.allUndated(undated) : t.estimates.noPoints}</p>;
  const times = dated.map((f) => toTime(f.date!));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t1 - t0 < 1000 * 86400 * 60) {
    t0 -= 1000 * 86400 * 200;
    t1 += 1000 * 86400 * 200;
  }
  const top = Math.max(1, ...dated.flatMap((f) => [f.value.min ?? 0, f.value.max ?? 0])) * 1.08;
  const x = (tm: number) => pad.l + ((tm - t0) / (t1 - t0)) * (width - pad.l - pad.r);
  const y = (v: number) => height - pad.b - (v / top) * (height - pad.t - pad.b);
  const ticksY = [0, 0.25, 0.5, 0.75, 1].map((f) => niceRound(f * top));
  const years: number[] = [];
  for (let yr = new Date(t0).getUTCFullYear(); yr <= new Date(t1).getUTCFullYear(); yr++) years.push(yr);
  const step = Math.max(1, Math.ceil(years.length / 8));
  const conflicted = new Set(series.conflicts.flatMap((c) => c.claimIds));
  // The outlet that carried the count, and whom it attributes it to.
  const sourceOf = (p: Point) => `${p.outlet ?? p.documentName}${p.source ? ` (${p.source})` : ''}`;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label} className="chart-svg">
        {ticksY.map((v) => (
          <g key={v}>
            <line x1={pad.l} x2={width - pad.r} y1={y(v)} y2={y(v)} className="grid" />
            <text x={pad.l - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        {years
          .filter((_, i) => i % step === 0)
          .map((yr) => {
            const tm = Date.UTC(yr, 0, 1);
            if (tm < t0 || tm > t1) return null;
            return (
              <text key={yr} x={x(tm)} y={height - 8} textAnchor="middle" className="axis">
                {yr}
              </text>
            );
          })}
        {dated.map((f) => {
          const cx = x(toTime(f.date!));
          const lo = f.value.min ?? 0;
          const hi = f.value.max;
          const mid = hi === null ? lo : (lo + hi) / 2;
          const open = () => onOpen?.(f);
          const several = f.members.length > 1;
          return (
            <g
              key={f.key}
              data-fact={f.factId ?? undefined}
              data-reports={f.members.length}
              className={`pt${f.members.some((m) => conflicted.has(m.claimId)) ? ' conflict' : ''}${several ? ' several' : ''}`}
              tabIndex={0}
              role="button"
              aria-label={`${formatBounds(f.value)}, ${f.date}, ${t.estimates.reports(f.members.length)}: ${f.members
                .map((m) => `${sourceOf(m)} ${m.grade.reliability}${m.grade.credibility}`)
                .join('; ')}`}
              onMouseEnter={() => setHover(f)}
              onMouseLeave={() => setHover(null)}
              onFocus={() => setHover(f)}
              onBlur={() => setHover(null)}
              onClick={open}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  open();
                }
              }}
            >
              <line x1={cx} x2={cx} y1={y(lo)} y2={hi === null ? pad.t : y(hi)} className="whisker" />
              {hi === null && (
                <path
                  d={`M${cx - 4},${pad.t + 6} L${cx},${pad.t} L${cx + 4},${pad.t + 6}`}
                  className="whisker"
                />
              )}
              <circle
                cx={cx}
                cy={y(mid)}
                r={several ? 5 + Math.min(4, f.members.length) : 5}
                className={APPROX.has(f.qualifier) ? 'approx' : 'exact'}
              />
            </g>
          );
        })}
      </svg>
      {undated > 0 && <p className="muted small">{t.estimates.undatedListed(undated)}</p>}
      {hover && (
        <figcaption className="tip" role="status">
          <strong>
            <bdi>{formatBounds(hover.value)}</bdi>
          </strong>{' '}
          · {hover.date ?? t.estimates.undated} · {t.estimates.reports(hover.members.length)}
          <ul className="plain small">
            {hover.members.slice(0, 6).map((m) => (
              <li key={m.claimId}>
                <bdi>{sourceOf(m)}</bdi> · {m.date ?? t.estimates.undated} · {t.fields.grade}{' '}
                {m.grade.reliability}
                {m.grade.credibility}
              </li>
            ))}
            {hover.members.length > 6 && <li>… {hover.members.length - 6}</li>}
          </ul>
          <q dir="auto">{hover.members[0]!.quote}</q>
        </figcaption>
      )}
    </figure>
  );
}
