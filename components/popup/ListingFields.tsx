import type { Listing } from '../../utils/types';
import { formatPrice } from '../shared/format';

/** The fields the adapter read, as the user would check them against the page. */
export function ListingFields({ listing }: { listing: Listing }) {
  const seller = listing.seller?.name ?? listing.seller?.id ?? null;
  return (
    <dl class="fields" aria-label="Listing details">
      <dt>Title</dt>
      <dd>{listing.title}</dd>
      <dt>Price</dt>
      <dd>{listing.price ? formatPrice(listing.price) : <span class="muted">not shown</span>}</dd>
      <dt>Seller</dt>
      <dd>{seller ?? <span class="muted">no seller on the page</span>}</dd>
      <dt>Brand</dt>
      <dd>{listing.brand ?? <span class="muted">not stated</span>}</dd>
      {listing.condition && listing.condition !== 'new' ? (
        <>
          <dt>Condition</dt>
          <dd>{listing.condition}</dd>
        </>
      ) : null}
      <dt>Listing id</dt>
      <dd>{listing.listingId}</dd>
    </dl>
  );
}
