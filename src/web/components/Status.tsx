import { t } from '../i18n/index.ts';

export function Status({
  loading,
  error,
  onRetry,
}: {
  loading: boolean;
  error: string | null;
  onRetry?: () => void;
}) {
  if (error)
    return (
      <p role="alert" className="error">
        {t.error}: {error}{' '}
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        )}
      </p>
    );
  if (loading)
    return (
      <p aria-live="polite" className="muted">
        {t.loading}
      </p>
    );
  return null;
}
