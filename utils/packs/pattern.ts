// Model-number patterns in a pack are regular expressions written by publishers and run on
// listing titles in the service worker, where one that backtracks without end stops every tab's
// badges. A signed pack is still input, so a pattern is accepted only from a subset that cannot
// backtrack catastrophically, checked by reading the pattern (never by running it):
// - no backreferences (`\1`, `\k<name>`);
// - a quantified group holds no quantifier and no alternation (`(\d+-?)+`, `((\d+))+`, `(a|a)*`);
// - no unbounded repeat of a group or of the same atom right after another (`(ab)+(ab)*`, `\d+\d*`);
// - counted repeats stay small (`{0,40}`), and few unbounded repeats in all.
// Model numbers never need more. The engine also runs patterns only on one short word or a pair
// of words (see utils/engine/patterns.ts), so even an allowed pattern meets bounded input.

export const PATTERN_FLAGS = 'iu';
const MAX_PATTERN_LENGTH = 200;
const MAX_COUNT = 40;
const MAX_UNBOUNDED = 4;

interface Frame {
  /** The group holds a quantifier or an alternation somewhere inside (nested groups included). */
  risky: boolean;
  /** The unbounded atom just before the group opened, restored when it closes. */
  lastUnbounded: string | null;
}

/** The quantifier starting at `i`, as [length, unbounded], or null when none starts there. */
function quantifierAt(src: string, i: number): [number, boolean, number] | null {
  const c = src[i];
  if (c === '*' || c === '+') return [1, true, 0];
  if (c === '?') return [1, false, 1];
  if (c !== '{') return null;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
  if (!m) return null;
  const high = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
  return [m[0].length, high === Number.POSITIVE_INFINITY, Math.max(Number(m[1]), Number.isFinite(high) ? high : 0)];
}

/** Length of the atom starting at `i` when it is an escape or a character class, else 0. */
function simpleAtomLength(src: string, i: number): number {
  if (src[i] === '\\') {
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/su.exec(src.slice(i));
    return m ? m[0].length : 1;
  }
  if (src[i] === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return j + 1 - i;
  }
  return 0;
}

/** Why a pattern is refused, as a sentence, or null when it is in the safe subset. */
export function patternProblem(source: string): string | null {
  const shown = `/${source.slice(0, 60)}/`;
  if (source.length > MAX_PATTERN_LENGTH) return `pattern ${shown} is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, PATTERN_FLAGS);
  } catch (e) {
    return `invalid regular expression ${shown}: ${(e as Error).message}`;
  }
  const nests = `pattern ${shown} nests quantifiers (a repeated group that repeats or has alternatives inside) and could hang the browser`;
  const stack: Frame[] = [{ risky: false, lastUnbounded: null }];
  let unbounded = 0;
  // The previous atom when it repeats without bound ('(' for any group), else null.
  let lastUnbounded: string | null = null;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const atomStart = i;
    let atomRisky = false;
    if (c === '\\') {
      if (/^\\(?:[1-9]|k<)/.test(source.slice(i, i + 3))) return `pattern ${shown} uses a backreference`;
      i += simpleAtomLength(source, i);
    } else if (c === '[') {
      i += simpleAtomLength(source, i);
    } else if (c === '(') {
      const head = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))!;
      stack.push({ risky: false, lastUnbounded });
      i += head[0].length;
      lastUnbounded = null;
      continue;
    } else if (c === ')') {
      const closed = stack.pop()!;
      atomRisky = closed.risky;
      lastUnbounded = closed.lastUnbounded; // what came before the group is what the group sits beside
      if (atomRisky) stack[stack.length - 1].risky = true;
      i += 1;
    } else if (c === '|') {
      stack[stack.length - 1].risky = true;
      lastUnbounded = null;
      i += 1;
      continue;
    } else if (c === '^' || c === '$') {
      lastUnbounded = null;
      i += 1;
      continue;
    } else {
      i += c.length;
    }
    const q = quantifierAt(source, i);
    if (!q) {
      lastUnbounded = null;
      continue;
    }
    const atom = c === ')' ? '(' : source.slice(atomStart, i);
    const [len, isUnbounded, count] = q;
    i += len;
    if (source[i] === '?') i += 1; // lazy form: same shape
    if (atomRisky) return nests;
    if (count > MAX_COUNT) return `pattern ${shown} counts a repeat above ${MAX_COUNT}`;
    stack[stack.length - 1].risky = true;
    if (isUnbounded) {
      if (lastUnbounded !== null && (atom === '(' || lastUnbounded === '(' || atom === lastUnbounded))
        return `pattern ${shown} has two overlapping unbounded repeats side by side, and could hang the browser`;
      unbounded += 1;
      if (unbounded > MAX_UNBOUNDED) return `pattern ${shown} has more than ${MAX_UNBOUNDED} unbounded repeats`;
    }
    lastUnbounded = isUnbounded ? atom : null;
  }
  return null;
}
