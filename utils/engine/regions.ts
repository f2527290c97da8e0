// Region and country codes a reference price may name (the pack's `region`, lower-cased at compile
// time), with the currency listings there are usually priced in. The listing carries no region,
// so its currency is the best evidence of where it is sold. Built on first use: no work at import.
let usual: Map<string, string> | null = null;

const TABLE: [string, string][] = [
  ['EUR', 'eu ez eea eurozone de fr it es nl be at ie pt fi gr lu sk si ee lv lt mt cy hr'],
  ['GBP', 'gb uk'],
  ['USD', 'us usa'],
  ['JPY', 'jp'],
  ['CNY', 'cn'],
  ['CAD', 'ca'],
  ['AUD', 'au'],
  ['NZD', 'nz'],
  ['BRL', 'br'],
  ['MXN', 'mx'],
  ['INR', 'in'],
  ['KRW', 'kr'],
  ['CHF', 'ch li'],
  ['SEK', 'se'],
  ['NOK', 'no'],
  ['DKK', 'dk'],
  ['PLN', 'pl'],
  ['CZK', 'cz'],
  ['HUF', 'hu'],
  ['TRY', 'tr'],
  ['HKD', 'hk'],
  ['TWD', 'tw'],
  ['SGD', 'sg'],
  ['AED', 'ae'],
  ['SAR', 'sa'],
  ['ZAR', 'za'],
  ['ARS', 'ar'],
  ['CLP', 'cl'],
  ['COP', 'co'],
  ['THB', 'th'],
  ['MYR', 'my'],
];

/** The usual currency of a lower-case region code ("eu" -> "EUR", "gb" -> "GBP"), or null. */
export function regionCurrency(region: string): string | null {
  if (!usual) {
    usual = new Map();
    for (const [currency, regions] of TABLE) for (const r of regions.split(' ')) usual.set(r, currency);
  }
  return usual.get(region) ?? null;
}
