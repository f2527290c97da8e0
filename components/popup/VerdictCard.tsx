import type { Listing, Verdict } from '../../utils/types';
import { LevelBadge } from './LevelBadge';
import { ListingFields } from './ListingFields';

/** One listing with its verdict and every reason behind it. */
export function VerdictCard({ listing, verdict }: { listing: Listing; verdict: Verdict | null }) {
  return (
    <section class="card" aria-label="Verdict">
      <div class="row">
        {verdict ? <LevelBadge level={verdict.level} score={verdict.score} /> : <span class="muted">Not scored</span>}
      </div>
      {verdict && verdict.reasons.length > 0 ? (
        <ul class="reasons" aria-label="Reasons">
          {verdict.reasons.map((r, i) => (
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">Nothing in the active rule pack matched this listing.</p>
      )}
      <ListingFields listing={listing} />
    </section>
  );
}
