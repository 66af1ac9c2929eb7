// The passage around a claim with the claim's words highlighted, in the report's language and
// direction: used by review and by the side-by-side view of a conflict.
import type { ClaimDetail } from '../api/client.ts';
import { Highlighted } from './Highlighted.tsx';

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export function ClaimPassage({ claim }: { claim: ClaimDetail }) {
  return (
    <p
      className="passage"
      dir={RTL.has(claim.documentLang ?? '') ? 'rtl' : 'ltr'}
      lang={claim.documentLang ?? undefined}
    >
      <Highlighted
        text={claim.passage.text}
        marks={[
          {
            id: `c${claim.id}`,
            start: claim.passage.start,
            end: claim.passage.end,
            kind: 'claim',
            label: '',
            active: true,
          },
        ]}
      />
    </p>
  );
}
