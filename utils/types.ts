import type { z } from 'zod';
import type { extractionSchema, listingSchema, reasonSchema, verdictSchema } from './messages';

// Shared shapes that cross module boundaries: adapters produce Listings, the engine
// turns them into Verdicts, the background and popup pass both around. The types are the
// message schemas' (utils/messages.ts), so what is sent and what is checked cannot drift;
// these imports are type-only, so no bundle pulls in zod through them.

export type Listing = z.infer<typeof listingSchema>;
/** What an adapter returns for one page. */
export type Extraction = z.infer<typeof extractionSchema>;
/**
 * What a reason is about (its `signal`). People-facing text is rendered from `signal` and `evidence`; the keys each
 * signal's evidence carries (every reason of that signal has the unmarked ones; `?` ones appear only
 * in the case named):
 * - `brand`: brand, matched (the words as written); disguised?, trick? (how it was disguised);
 *   inPassing?, cue? (named only as what the item fits: "case for Samsung"); ambiguous? (an
 *   ordinary word, or a disguise-like word, with nothing tying it to the brand). Weight 0 unless
 *   the brand is claimed.
 * - `model`: brand, model (the catalogue's name), matched.
 * - `model-unknown`: brand, matched (the model-like word the complete catalogue lacks).
 * - `coded-wording`: term (the pack's term), matched, language, near (the mention it qualifies),
 *   brand, distance (words between them), termWeight (the pack's weight before distance).
 * - `price`: price, currency; then either accessory? (not compared: a part or accessory), edition?
 *   (not compared: a cheaper edition, kit or size), or the comparison: priceInBase, reference,
 *   referenceCurrency, referenceInBase, baseCurrency, referenceKind ("msrp" or "floor"), model (the
 *   model's or the category's name), category (true when the reference is the brand's category
 *   floor, no model named), ratio, grade ("strong", "moderate", "weak"), damped (used, "from",
 *   sale). A price with no rate for its currency carries only price and currency.
 * - `price-outlier`: price, currency, priceInBase, median, mad, listings, baseCurrency, damped.
 * - `seller-blocked`, `seller-authorised`: brand, seller, sellerId, marketplace, list.
 */
export type Reason = z.infer<typeof reasonSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

export type PageKind = Extraction['page'];
export type Condition = NonNullable<Listing['condition']>;
export type Level = Verdict['level'];
export type Price = NonNullable<Listing['price']>;
export type Seller = NonNullable<Listing['seller']>;
