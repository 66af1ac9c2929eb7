// On a report: whether the page it came from is still there, from the watch on its URL (if any).
import { api, call } from '../api/client.ts';
import { useLoad } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { StateBadge, stateSince, WatchTimeline } from './WatchTimeline.tsx';

export function Availability({ documentId }: { documentId: number }) {
  const { data } = useLoad(
    () => call(api.GET('/api/documents/{id}/availability', { params: { path: { id: documentId } } })),
    [documentId],
  );
  if (!data) return null;
  const a = data.availability;
  const since = a ? stateSince(a.history) : null;
  return (
    <div className="availability" data-testid="availability">
      <span className="muted">{t.watch.availability}:</span>{' '}
      {a ? (
        <>
          <StateBadge state={a.state} />{' '}
          {since && (
            <span className="muted small">
              {t.watch.since(
                t.watchStates[since.state] ?? since.state,
                since.at.replace('T', ' ').slice(0, 16),
              )}
            </span>
          )}
          <WatchTimeline url={a.url} history={a.history} />
        </>
      ) : (
        <span className="muted">{t.watch.notWatched}</span>
      )}
    </div>
  );
}
