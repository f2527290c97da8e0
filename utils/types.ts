import type { z } from 'zod';
import type { extractionSchema, listingSchema, reasonSchema, verdictSchema } from './messages';

// Shared shapes that cross module boundaries: adapters produce Listings, the engine
// turns them into Verdicts, the background and popup pass both around. The types are the
// message schemas' (utils/messages.ts), so what is sent and what is checked cannot drift;
// these imports are type-only, so no bundle pulls in zod through them.

export type Listing = z.infer<typeof listingSchema>;
/** What an adapter returns for one page. */
export type Extraction = z.infer<typeof extractionSchema>;
export type Reason = z.infer<typeof reasonSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

export type PageKind = Extraction['page'];
export type Condition = NonNullable<Listing['condition']>;
export type Level = Verdict['level'];
export type Price = NonNullable<Listing['price']>;
export type Seller = NonNullable<Listing['seller']>;
