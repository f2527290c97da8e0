import type { Verdict } from '../types';

// What the flag form starts with for the brand. The page's own brand label is often a seller's
// word ("Generic", "OEM", a shop name), so the brand comes from the verdict, which names the
// pack's brand; without a verdict about a brand, the field starts empty for the user to fill.
export function flagBrand(verdict: Verdict | null): string {
  if (!verdict?.brandId) return '';
  for (const r of verdict.reasons) {
    const b = r.evidence.brand;
    if (r.weight > 0 && typeof b === 'string' && b.trim()) return b.trim();
  }
  return '';
}
