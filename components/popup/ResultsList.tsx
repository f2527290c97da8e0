import type { Listing, Verdict } from '../../utils/types';
import { formatPrice } from '../shared/format';
import { LevelBadge } from './LevelBadge';

const RANK = { suspect: 0, watch: 1, ok: 2 } as const;

/** A results page: listings worth a look first, each selectable for detail. */
export function ResultsList(props: {
  listings: Listing[];
  verdicts: Verdict[];
  onSelect: (listingId: string) => void;
}) {
  const byId = new Map(props.verdicts.map((v) => [v.listingId, v]));
  const rows = props.listings
    .map((l) => ({ l, v: byId.get(l.listingId) ?? null }))
    .sort((a, b) => RANK[a.v?.level ?? 'ok'] - RANK[b.v?.level ?? 'ok'] || (b.v?.score ?? 0) - (a.v?.score ?? 0));
  const flagged = rows.filter((r) => r.v && r.v.level !== 'ok').length;
  return (
    <section aria-label="Results on this page">
      <p>
        {props.listings.length} listings read, <strong>{flagged}</strong> worth a look.
      </p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map(({ l, v }) => (
          <li key={l.listingId} class="card">
            <div class="row">
              {v ? <LevelBadge level={v.level} score={v.score} /> : null}
              <span class="spacer" />
              <span class="muted">{l.price ? formatPrice(l.price) : ''}</span>
            </div>
            <div>{l.title}</div>
            {/* Any listing can be opened: reviewers flag what the rules missed, too. */}
            <button
              type="button"
              aria-label={`Details for ${l.title.slice(0, 60)}`}
              onClick={() => props.onSelect(l.listingId)}
            >
              Details
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
