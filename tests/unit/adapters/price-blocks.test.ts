import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/scan/document';
import { extractPage } from '../../../utils/adapters/extract-page';

const read = (html: string, url: string) => {
  const page = parseHtml(html, url);
  try {
    return extractPage(page.doc, new URL(url)).listings[0] ?? null;
  } finally {
    page.close();
  }
};

// Price blocks as shops draw them: the figure a buyer sees, not the saving or the former price beside it.
describe('price blocks on product pages', () => {
  it('reads the current price of a block that also holds the saving and the former price', () => {
    const html = `<html><head><title>Power Bank 20K - Shop</title></head><body>
      <h1>Power Bank 20K Black</h1>
      <div data-testid="price-block">
        <span>Top Deal</span>
        <div data-testid="customer-price"><span class="sr-only">$59.99</span><span aria-hidden="true">$59.99</span></div>
        <div><span>Save $10</span></div>
        <div><span class="sr-only">The former price was</span><span>Was $69.99</span></div>
      </div></body></html>`;
    expect(read(html, 'https://shop.example/site/power-bank/6644000.p?skuId=6644000')?.price).toEqual({
      amount: 59.99,
      currency: 'USD',
    });
  });

  it('reads an Amazon price split into symbol, whole, decimal and fraction across reformatted markup', () => {
    const html = `<html><head><title>Amazon.com: Polarised Sunglasses</title></head><body>
      <span id="productTitle">Polarised Sunglasses for Men</span>
      <div id="corePriceDisplay_desktop_feature_div">
        <span class="a-price priceToPay">
          <span class="a-offscreen">
          </span>
          <span aria-hidden="true">
            <span class="a-price-symbol">
              $
            </span>
            <span class="a-price-whole">
              14
              <span class="a-price-decimal">
                .
              </span>
            </span>
            <span class="a-price-fraction">
              99
            </span>
          </span>
        </span>
      </div></body></html>`;
    expect(read(html, 'https://www.amazon.com/dp/B0TESTSUN1')?.price).toEqual({ amount: 14.99, currency: 'USD' });
  });
});
