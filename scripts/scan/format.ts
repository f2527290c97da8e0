// Output of the scanner: one JSON line per file (--json) or a table a reviewer can read.
import type { ScanResult } from './scan-page';

export function toJsonLine(r: ScanResult): string {
  const { file, url, adapter, page, listings, verdicts } = r;
  return JSON.stringify({
    file,
    url,
    adapter,
    page,
    listings: listings.map((l) => ({
      // A mandatory field the adapter could not read is reported under "missing"; here it is null.
      title: l.title || null,
      price: l.price,
      seller: l.seller,
      brand: l.brand,
      listingId: l.listingId || null,
      url: l.url,
      image: l.image,
      condition: l.condition,
      sponsored: l.sponsored,
    })),
    verdicts: verdicts.map((v) => ({ listingId: v.listingId, level: v.level, score: v.score, reasons: v.reasons })),
    ...(r.missing.length ? { missing: r.missing } : {}),
  });
}

const cut = (s: string | null | undefined, n: number) => {
  const t = s ?? '-';
  return t.length > n ? `${t.slice(0, n - 1)}…` : t.padEnd(n);
};

export function toTable(r: ScanResult): string {
  const lines = [`${r.file}`, `  adapter ${r.adapter}, ${r.page} page, ${r.listings.length} listing(s), ${r.url}`];
  if (r.missing.length) lines.push(`  MISSING: ${r.missing.join(', ')}`);
  lines.push(
    `  ${'id'.padEnd(14)} ${'price'.padEnd(14)} ${'seller'.padEnd(20)} ${'brand'.padEnd(14)} ${'verdict'.padEnd(12)} title`,
  );
  const byId = new Map(r.verdicts.map((v) => [v.listingId, v]));
  for (const l of r.listings) {
    const v = byId.get(l.listingId);
    const price = l.price ? `${l.price.range ? '≥' : ''}${l.price.amount} ${l.price.currency}` : null;
    const flags = [l.sponsored ? 'sponsored' : '', l.condition && l.condition !== 'new' ? l.condition : '']
      .filter(Boolean)
      .join(',');
    lines.push(
      `  ${cut(l.listingId, 14)} ${cut(price, 14)} ${cut(l.seller?.name, 20)} ${cut(l.brand, 14)} ${cut(v ? `${v.level} ${v.score}` : null, 12)} ${cut(l.title, 70)}${flags ? ` [${flags}]` : ''}`,
    );
    for (const reason of v?.reasons ?? [])
      lines.push(`      - ${reason.message} (${reason.weight > 0 ? '+' : ''}${reason.weight})`);
  }
  return lines.join('\n');
}
