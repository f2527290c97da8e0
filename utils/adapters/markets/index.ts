// Every marketplace Listing Lens knows, one import line and one entry each. A new marketplace is
// one descriptor here, one adapter (registry.ts) and one fixture folder; the registry test checks all three.
import type { Market } from './market';
import { amazonMarket } from './amazon';
import { ebayMarket } from './ebay';
import { etsyMarket } from './etsy';
import { walmartMarket } from './walmart';
import { aliexpressMarket } from './aliexpress';
import { alibabaMarket } from './alibaba';
import { taobaoMarket } from './taobao';
import { tmallMarket } from './tmall';
import { dhgateMarket } from './dhgate';
import { rakutenMarket } from './rakuten';
import { temuMarket } from './temu';
import { shopeeMarket } from './shopee';
import { mercadolibreMarket } from './mercadolibre';

export const MARKETS: readonly Market[] = [
  amazonMarket,
  ebayMarket,
  etsyMarket,
  walmartMarket,
  aliexpressMarket,
  alibabaMarket,
  taobaoMarket,
  tmallMarket,
  dhgateMarket,
  rakutenMarket,
  temuMarket,
  shopeeMarket,
  mercadolibreMarket,
];

export { domainOf, matchPatterns, type ListingRef, type Market } from './market';
