// The flags a token carries (tokenise.ts and tokenise-ascii.ts set them; the scanner and the
// analysis read them). One module, so the two tokeniser loops cannot drift apart.
export const F_DIGIT = 1;
export const F_LETTER = 2;
/** No whitespace between this token and the previous one ("B.O.S.E", "Canada-Goose", "高仿"). */
export const F_GLUED = 4;
export const F_CJK = 8;
/** The skeleton differs from the literal form (look-alikes, repeated letters, "rn"). */
export const F_SKEL_DIFF = 16;
