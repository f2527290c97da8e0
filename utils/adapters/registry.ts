import type { Adapter } from './types';
import { genericAdapter } from './generic';
import { amazonAdapter } from './amazon';
import { ebayAdapter } from './ebay';
import { etsyAdapter } from './etsy';
import { walmartAdapter } from './walmart';
import { aliexpressAdapter } from './aliexpress';
import { alibabaAdapter } from './alibaba';
import { taobaoAdapter } from './taobao';
import { tmallAdapter } from './tmall';
import { dhgateAdapter } from './dhgate';
import { rakutenAdapter } from './rakuten';
import { temuAdapter } from './temu';
import { shopeeAdapter } from './shopee';
import { mercadolibreAdapter } from './mercadolibre';

// Every dedicated marketplace adapter, one import line and one entry each. Order matters only
// where two could claim a URL; the generic adapter is the fallback for any other shop.
export const ADAPTERS: Adapter[] = [
  amazonAdapter,
  ebayAdapter,
  etsyAdapter,
  walmartAdapter,
  aliexpressAdapter,
  alibabaAdapter,
  taobaoAdapter,
  tmallAdapter,
  dhgateAdapter,
  rakutenAdapter,
  temuAdapter,
  shopeeAdapter,
  mercadolibreAdapter,
];

export function adapterFor(url: URL): Adapter {
  return ADAPTERS.find((a) => a.matches(url)) ?? genericAdapter;
}

/** Every adapter including the fallback, for tests and the scanner's messages. */
export const ALL_ADAPTERS: Adapter[] = [...ADAPTERS, genericAdapter];

/** The adapter a marketplace's content script loads (see CONTENT_SCRIPTS in hosts.ts). */
export function adapterById(id: string): Adapter {
  return ADAPTERS.find((a) => a.id === id) ?? genericAdapter;
}
