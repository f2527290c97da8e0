// Which brand mentions need the brand's context (a category, a model, coded wording, the brand
// field) before they count: a look-alike or listed misspelling that is itself an ordinary word in
// Latin letters ("Bosse", a puppet's name; "Honde"). Digits, mixed scripts and split spellings
// ("B0SE", "Bоse", "B.O.S.E") are deliberate and count on their own.
import { D_LISTED, D_LOOKALIKE } from './match';
import type { Hit } from './match';

const PLAIN_WORD = /^[a-z]+$/i;

export function needsContext(m: Hit): boolean {
  return (m.disguise === D_LOOKALIKE || m.disguise === D_LISTED) && PLAIN_WORD.test(m.matched);
}
