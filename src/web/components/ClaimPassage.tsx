// The passage around a claim with the claim's words highlighted, in the report's language and
// direction: used by review and by the side-by-side view of a conflict.
import type { ClaimDetail } from '../api/client.ts';
import { isRightToLeft } from '../text-direction.ts';
import { Highlighted } from './Highlighted.tsx';

export function ClaimPassage({ claim }: { claim: ClaimDetail }) {
  return (
    <p
      className="passage"
      dir={isRightToLeft(claim.documentLang) ? 'rtl' : 'ltr'}
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
