import { describe, expect, it } from 'vitest';
import { newTokens, tokenise, tokeniseGeneral } from '../../../utils/engine/tokenise';
import type { Tokens } from '../../../utils/engine/tokenise';

const view = (t: Tokens) => {
  const out = [];
  for (let i = 0; i < t.n; i++) {
    out.push([t.start[i], t.end[i], t.len[i], t.skLen[i], t.h1[i], t.h2[i], t.s1[i], t.s2[i], t.flags[i]]);
  }
  return out;
};

// The ASCII fast path must tokenise exactly as the general loop does.
describe('ASCII tokeniser', () => {
  const titles = [
    'Bose QC45 Wireless Headphones',
    'B.O.S.E  b o s e',
    'S@msung $25 |ine Boose',
    'Canada-Goose/parka',
    'corn rn r n Rn RN',
    'Boose rrn rnn rnrn Samsunng B00SE',
    'a',
    '',
    '   ',
    '1:1 AAA quality',
    'x@ @x @ $ |',
    'WH-1000XM5, 2024!',
    'r',
    'rn',
  ];
  // Random printable ASCII as well: word characters, look-alikes and punctuation in any order.
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let k = 0; k < 300; k++) {
    let s = '';
    for (let i = 0; i < 1 + rnd() * 60; i++) s += String.fromCharCode(32 + Math.floor(rnd() * 95));
    titles.push(s);
  }
  it('agrees with the general loop on fixed and random titles', () => {
    for (const title of titles) {
      expect(view(tokenise(title, true)), title).toEqual(view(tokeniseGeneral(newTokens(), title.toLowerCase())));
    }
  });
});
