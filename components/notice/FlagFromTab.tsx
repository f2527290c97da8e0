import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../utils/messages';
import { sendMessage } from '../../utils/messaging';
import { marketplaceOfHref } from '../../utils/adapters/marketplace';
import { FlagPanel } from '../popup/FlagPanel';
import { VerdictCard } from '../popup/VerdictCard';

/**
 * The flag form for a badge click. The listing is read from what the background itself
 * recorded for that tab, not from the page's message, and nothing is saved until the user
 * confirms here.
 */
export function FlagFromTab({ tabId, listingId }: { tabId: number; listingId: string }) {
  const [state, setState] = useState<TabState | { kind: 'error'; message: string } | null>(null);
  useEffect(() => {
    sendMessage('ui:tab-state', { tabId }).then(setState, (e: Error) =>
      setState({ kind: 'error', message: e.message }),
    );
  }, [tabId]);
  if (!state) return <p role="status">Loading the listing…</p>;
  if (state.kind !== 'judged') {
    return (
      <section class="card" role="alert" aria-label="Listing not available">
        <h2>This listing is no longer available here</h2>
        <p>
          {state.kind === 'error' ? state.message : 'The tab has moved on or closed.'} Open the listing again and use
          the Listing Lens button.
        </p>
      </section>
    );
  }
  const listing = state.listings.find((l) => l.listingId === listingId);
  if (!listing) return <p role="alert">That listing is not on the page any more. Reload the page and try again.</p>;
  const verdict = state.verdicts.find((v) => v.listingId === listingId) ?? null;
  const marketplace = marketplaceOfHref(listing.url ?? state.url) ?? state.adapter;
  return (
    <>
      <h2>Flag a listing</h2>
      <VerdictCard listing={listing} verdict={verdict} />
      <FlagPanel
        tabId={tabId}
        url={listing.url ?? state.url}
        marketplace={marketplace}
        listing={listing}
        verdict={verdict}
      />
    </>
  );
}
