// The collection a new report or watch goes into, among those the account may write (analyst or admin
// there); shown only when there is a choice to make.
import type { Schemas } from '../api/client.ts';
import { t } from '../i18n/index.ts';

export function CollectionSelect({
  label,
  writable,
  value,
  onChange,
}: {
  label: string;
  writable: readonly Schemas['Collection'][];
  value: string;
  onChange: (name: string) => void;
}) {
  if (writable.length < 2) return null;
  return (
    <label className="block">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {writable.map((c) => (
          <option key={c.id} value={c.name}>
            {c.restricted ? t.ingest.restricted(c.name) : c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
