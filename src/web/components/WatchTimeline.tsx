// A watched URL's timeline: one mark per fetch, coloured by the state it showed, oldest on the left;
// each mark names when, the HTTP status and the state (as its label and tooltip).
import type { Schemas } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import './watch.css';

export type Capture = Schemas['Capture'];

/** The period a state has held: from the first fetch of the latest run of that state. */
export function stateSince(history: Capture[]): { state: string; at: string } | null {
  const last = history.at(-1);
  if (!last) return null;
  let i = history.length - 1;
  while (i > 0 && history[i - 1]!.state === last.state) i--;
  return { state: last.state, at: history[i]!.at };
}

export function WatchTimeline({ url, history }: { url: string; history: Capture[] }) {
  return (
    <ol className="timeline" aria-label={t.watch.timeline(url)}>
      {history.map((c, i) => {
        const label = t.watch.capture(
          c.at.replace('T', ' ').slice(0, 16),
          c.httpStatus === null ? t.watch.noAnswer : `HTTP ${c.httpStatus}`,
          t.watchStates[c.state] ?? c.state,
        );
        return (
          <li key={`${c.at}-${i}`} className={`tl-mark state-${c.state}`} title={`${label} — ${c.reason}`}>
            <span className="sr-only">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}

export function StateBadge({ state }: { state: string | null }) {
  return (
    <span className={`state-badge state-${state ?? 'none'}`}>
      {state ? (t.watchStates[state] ?? state) : t.watch.notFetched}
    </span>
  );
}
