import { t } from '../../utils/i18n';
import type { Listing } from '../../utils/types';
import { formatPrice } from '../shared/format';

const CONDITION_KEY = { used: 'popup_condition_used', refurbished: 'popup_condition_refurbished' } as const;

/** The fields the adapter read, as the user would check them against the page. */
export function ListingFields({ listing }: { listing: Listing }) {
  const seller = listing.seller?.name ?? listing.seller?.id ?? null;
  return (
    <dl class="fields" aria-label={t('popup_fields')}>
      <dt>{t('popup_field_price')}</dt>
      <dd>{listing.price ? formatPrice(listing.price) : <span class="muted">{t('popup_field_not_shown')}</span>}</dd>
      <dt>{t('popup_field_seller')}</dt>
      <dd translate={seller ? false : undefined}>
        {seller ?? <span class="muted">{t('popup_field_no_seller')}</span>}
      </dd>
      <dt>{t('popup_field_brand')}</dt>
      <dd translate={listing.brand ? false : undefined}>
        {listing.brand ?? <span class="muted">{t('popup_field_not_stated')}</span>}
      </dd>
      {listing.condition && listing.condition !== 'new' ? (
        <>
          <dt>{t('popup_field_condition')}</dt>
          <dd>{t(CONDITION_KEY[listing.condition])}</dd>
        </>
      ) : null}
      <dt>{t('popup_field_id')}</dt>
      <dd>{listing.listingId}</dd>
    </dl>
  );
}
