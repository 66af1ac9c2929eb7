// One estimate series: each claim a point at its date, bounds as whiskers (an arrow when open above),
// approximate claims hollow; hover or focus shows source, grade and quote; click or Enter opens it.
import { useState } from 'react';
import type { EstimateSeries } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import { formatBounds } from './ClaimFields.tsx';

type Point = EstimateSeries['points'][number];

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
  onOpen?: (p: Point) => void;
  label: string;
}) {
  const [hover, setHover] = useState<Point | null>(null);
  const dated = series.points.filter((p) => p.date);
  const width = 640;
  const pad = { l: 48, r: 16, t: 14, b: 28 };
  if (!dated.length) return <p className="muted">{t.estimates.noPoints}</p>;
  const times = dated.map((p) => toTime(p.date!));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t1 - t0 < 1000 * 86400 * 60) {
    t0 -= 1000 * 86400 * 200;
    t1 += 1000 * 86400 * 200;
  }
  const top = Math.max(1, ...dated.flatMap((p) => [p.value.min ?? 0, p.value.max ?? 0])) * 1.08;
  const x = (tm: number) => pad.l + ((tm - t0) / (t1 - t0)) * (width - pad.l - pad.r);
  const y = (v: number) => height - pad.b - (v / top) * (height - pad.t - pad.b);
  const ticksY = [0, 0.25, 0.5, 0.75, 1].map((f) => niceRound(f * top));
  const years: number[] = [];
  for (let yr = new Date(t0).getUTCFullYear(); yr <= new Date(t1).getUTCFullYear(); yr++) years.push(yr);
  const step = Math.max(1, Math.ceil(years.length / 8));
  const conflicted = new Set(series.conflicts.flatMap((c) => c.claimIds));

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
        {dated.map((p) => {
          const cx = x(toTime(p.date!));
          const lo = p.value.min ?? 0;
          const hi = p.value.max;
          const mid = hi === null ? lo : (lo + hi) / 2;
          const open = () => onOpen?.(p);
          return (
            <g
              key={p.claimId}
              className={`pt${conflicted.has(p.claimId) ? ' conflict' : ''}`}
              tabIndex={0}
              role="button"
              aria-label={`${formatBounds(p.value)}, ${p.date}, ${p.source ?? p.outlet ?? p.documentName}, ${p.grade.reliability}${p.grade.credibility}`}
              onMouseEnter={() => setHover(p)}
              onMouseLeave={() => setHover(null)}
              onFocus={() => setHover(p)}
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
              <circle cx={cx} cy={y(mid)} r={5} className={APPROX.has(p.qualifier) ? 'approx' : 'exact'} />
            </g>
          );
        })}
      </svg>
      {hover && (
        <figcaption className="tip" role="status">
          <strong>
            <bdi>{formatBounds(hover.value)}</bdi>
          </strong>{' '}
          · {hover.date ?? t.estimates.undated} · <bdi>{hover.source ?? hover.outlet ?? '—'}</bdi> ·{' '}
          {t.fields.grade} {hover.grade.reliability}
          {hover.grade.credibility}
          <br />
          <q dir="auto">{hover.quote}</q>
          <br />
          <span className="muted">
            <bdi>{hover.documentName}</bdi>
          </span>
        </figcaption>
      )}
    </figure>
  );
}
