// Builds an Amazon results page from the project's own material: the card markup of
// tests/fixtures/amazon/search-results and listings of the labelled set (tests/labelled), genuine
// ones and disguised fakes. Used by `npm run bench:page` and the in-page real-browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import demoPack from '../../assets/packs/demo-pack.json';
import { compilePack, scorePage } from '../../utils/engine/index';
import type { RulePack } from '../../utils/packs/schema';
import type { Listing } from '../../utils/types';
import { ROOT } from '../e2e/harness';

interface Labelled {
  truth: 'genuine' | 'fake';
  title: string;
  price: { amount: number; currency: string } | null;
}

export const RESULTS_URL = 'https://www.amazon.com/s?k=headphones';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function labelled(): Labelled[] {
  return JSON.parse(readFileSync(join(ROOT, 'tests', 'labelled', 'listings.json'), 'utf8'));
}

/** The organic card of the Amazon search fixture, with its ASIN, title and price as slots. */
function cardTemplate(): string {
  const page = readFileSync(join(ROOT, 'tests', 'fixtures', 'amazon', 'search-results', 'page.html'), 'utf8');
  const card = /<div data-asin="B0ORGANIC2"[\s\S]*?<\/div>/.exec(page)?.[0];
  if (!card) throw new Error('The Amazon search fixture no longer has its B0ORGANIC2 card.');
  return card
    .replaceAll('B0ORGANIC2', '{{ASIN}}')
    .replace('Volt 10000mAh Power Bank, USB-C', '{{TITLE}}')
    .replace('$18.99', '{{PRICE}}')
    .replace(/<span class="a-price a-text-price"[\s\S]*?<\/span><\/span>/, '')
    .replace(/ src="[^"]*"/, ' src="data:image/gif;base64,R0lGODlhAQABAAAAACw="');
}

export interface Card {
  asin: string;
  title: string;
  price: string;
  fake: boolean;
}

let pools: { fakes: Labelled[]; genuine: Labelled[] } | null = null;

/**
 * Labelled fakes the bundled demo pack judges suspect, and labelled genuine listings it judges ok:
 * the page's expected badges are then known before the browser opens it.
 */
function pool() {
  if (pools) return pools;
  const all = labelled().filter((l) => l.price?.currency === 'USD');
  const asListing = (l: Labelled, i: number): Listing => ({
    title: l.title,
    price: l.price,
    seller: null,
    brand: null,
    listingId: String(i),
    url: null,
    image: null,
    condition: null,
    sponsored: null,
  });
  const engine = compilePack(demoPack as unknown as RulePack);
  const levels = all.map((l, i) => scorePage(engine, [asListing(l, i)], 'amazon')[0].level);
  pools = {
    fakes: all.filter((l, i) => l.truth === 'fake' && levels[i] === 'suspect'),
    genuine: all.filter((l, i) => l.truth === 'genuine' && levels[i] === 'ok'),
  };
  return pools;
}

/** `count` cards, one in five a fake, starting at `from` (ASINs stay unique across batches). */
export function cards(count: number, from = 0): Card[] {
  const { fakes, genuine } = pool();
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const fake = i % 5 === 2;
    const src = fake ? fakes[i % fakes.length] : genuine[i % genuine.length];
    return {
      asin: `B0LL${String(i).padStart(6, '0')}`,
      title: src.title,
      price: `$${src.price!.amount.toFixed(2)}`,
      fake,
    };
  });
}

export function cardHtml(list: readonly Card[]): string {
  const t = cardTemplate();
  return list
    .map((c) => t.replaceAll('{{ASIN}}', c.asin).replace('{{TITLE}}', esc(c.title)).replace('{{PRICE}}', c.price))
    .join('\n');
}

export interface PageOptions {
  cards: number;
  /** Colours of the page (a dark page for the legibility test). */
  dark?: boolean;
  /** A page background of its own (a brightly coloured shop). */
  background?: string;
  /** A flash-deal countdown that rewrites itself every `tickMs`. */
  tickMs?: number;
  /** Cards whose box clips its overflow, as many marketplace grids do. */
  clip?: boolean;
  extraHead?: string;
}

export function resultsPage(o: PageOptions): string {
  const style = [
    'body{font-family:Arial,sans-serif;margin:0}',
    '.s-result-item{border-bottom:1px solid #ddd;padding:12px 20px;height:96px}',
    o.clip ? '.s-result-item{overflow:hidden}' : '',
    o.dark ? 'body{background:#0f1111;color:#e6e6e6}a{color:#8ab4f8}' : '',
    o.background ? `body{background:${o.background}}` : '',
  ].join('');
  const ticker = o.tickMs
    ? `<script>let n=3600;setInterval(()=>{document.getElementById('deal').textContent='Deal ends in '+(n--)+'s'},${o.tickMs})</script>`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>Amazon.com : headphones</title>
<style>${style}</style>${o.extraHead ?? ''}</head><body>
<div id="deal">Deal ends soon</div>
<div class="s-main-slot s-result-list">
${cardHtml(cards(o.cards))}
</div>${ticker}</body></html>`;
}
