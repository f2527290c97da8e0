import type { FlagPrecheck } from '../../utils/cases/types';
import { formatDaysAgo } from '../shared/format';

/** Earlier cases: this listing flagged before, or a re-listing of a flagged one under a new id. */
export function FlagHistoryNote({ precheck, historyUrl }: { precheck: FlagPrecheck; historyUrl: string }) {
  const { alreadyFlagged: same, relistings } = precheck;
  if (!same && relistings.length === 0) return null;
  return (
    <section class="card" aria-label="Earlier cases">
      {same ? (
        <p>
          You flagged this listing {formatDaysAgo(same.createdAt)} (status: {same.status}).
        </p>
      ) : null}
      {relistings.slice(0, 3).map((r) => (
        <p key={r.flagId}>
          Possibly re-listed: {r.match === 'image' ? 'same image as' : 'same seller and title as'} listing {r.listingId}
          , flagged {formatDaysAgo(r.createdAt)} (status: {r.status}).{' '}
          <a
            href={`${historyUrl}#history`}
            target="_blank"
            rel="noreferrer"
            aria-label={`Open earlier case ${r.flagId}`}
          >
            Open earlier case
          </a>
        </p>
      ))}
    </section>
  );
}
