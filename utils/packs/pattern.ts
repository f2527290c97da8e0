// Model-number patterns in a pack are regular expressions written by publishers and run on
// every listing title, so a pack is rejected when one does not compile or has the shapes that
// backtrack catastrophically (a quantified group that itself ends in a quantifier, or a
// backreference). A heuristic, deliberately strict: model numbers never need those shapes.

export const PATTERN_FLAGS = 'iu';

export function patternProblem(source: string): string | null {
  try {
    new RegExp(source, PATTERN_FLAGS);
  } catch (e) {
    return `invalid regular expression /${source.slice(0, 60)}/: ${(e as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return `pattern /${source.slice(0, 60)}/ uses a backreference`;
  if (/\((?:[^()\\]|\\.)*[+*}](?:\?)?\)\s*[+*{]/.test(source)) {
    return `pattern /${source.slice(0, 60)}/ nests quantifiers and could hang the browser`;
  }
  return null;
}
