// Helpers behind the AliExpress/Alibaba/Taobao/Tmall/DHgate/Rakuten/Temu/Shopee/Mercado Libre
// adapters: listing ids from URL shapes, script-literal fields, labelled spec rows, and the
// fallback to the generic reader when a page is not what its URL suggests.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { jsField } from '../../../utils/adapters/alibaba-state';
import { extractGeneric } from '../../../utils/adapters/generic';
import { itemIdOf as mlItem } from '../../../utils/adapters/mercadolibre';
import { shopeeIds } from '../../../utils/adapters/shopee';
import { BRAND_LABEL, specValue } from '../../../utils/adapters/spec-table';
import { decodeNick, itemIdOf as taobaoItem, itemUrl } from '../../../utils/adapters/taobao-family';
import { goodsIdOf, temuAdapter } from '../../../utils/adapters/temu';

function doc(html: string, url = 'https://example.com/'): Document {
  const w = new Window({ url });
  w.document.write(html);
  return w.document as unknown as Document;
}

describe('listing ids from URLs', () => {
  it.each([
    ['https://item.taobao.com/item.htm?spm=a1z10&id=562283240178', '562283240178'],
    ['https://world.taobao.com/item/562283240178.htm', '562283240178'],
    ['https://detail.tmall.hk/item.htm?id=600000000001&skuId=1', '600000000001'],
    ['https://s.taobao.com/search?q=x&id=562283240178', null],
    ['https://item.taobao.com/item.htm?id=abc', null],
  ])('Taobao/Tmall %s', (u, id) => expect(taobaoItem(new URL(u))).toBe(id));

  it('canonical Taobao/Tmall item URLs keep only the id', () => {
    expect(itemUrl('1234567', 'detail.tmall.hk')).toBe('https://detail.tmall.hk/item.htm?id=1234567');
    expect(itemUrl('1234567', 'world.taobao.com')).toBe('https://item.taobao.com/item.htm?id=1234567');
  });

  it.each([
    ['https://shopee.sg/Some-Thing-i.123.456789', ['123', '456789']],
    ['https://shopee.com.br/product/123/456789?sp_atk=x', ['123', '456789']],
    ['https://shopee.co.th/search?keyword=i.1.2', null],
    ['https://shopee.example/Some-Thing-i.123.456789', null],
  ])('Shopee %s', (u, ids) => expect(shopeeIds(new URL(u))).toEqual(ids));

  it.each([
    ['https://www.temu.com/uk/parka-g-601099512345678.html', '601099512345678'],
    ['https://www.temu.com/goods.html?goods_id=601099500000001&x=1', '601099500000001'],
    ['https://www.temu.com/search_result.html?goods_id=1', null],
  ])('Temu %s', (u, id) => expect(goodsIdOf(new URL(u))).toBe(id));

  it.each([
    ['https://articulo.mercadolibre.com.ar/MLA-1234567890-zapatillas-_JM', 'MLA1234567890'],
    ['https://www.mercadolibre.com.mx/reloj/p/MLM15551234#polycard_client=search&wid=MLM987654323', 'MLM987654323'],
    ['https://www.mercadolivre.com.br/x/p/MLB20123456?pdp_filters=item_id:MLB3456789012', 'MLB3456789012'],
    ['https://www.mercadolibre.cl/x/p/MLC1234567', 'MLC1234567'],
    ['https://listado.mercadolibre.com.ar/zapatillas', null],
  ])('Mercado Libre %s', (u, id) => expect(mlItem(new URL(u))).toBe(id));
});

describe('script literals and spec rows', () => {
  it('reads g_config fields written as JS literals, with \\u escapes and nesting', () => {
    const d =
      doc(`<script>var g_config = { itemId : '1', shopName : '\\u6f14\\u793a', idata: { shop: { url: '//x.taobao.com/' } } };</script>
      <script>var _sellerDomainname="mrdemo";</script>`);
    expect(jsField(d, 'shopName', /g_config\s*=\s*/)).toBe('演示');
    expect(jsField(d, 'url', /\bshop\s*:\s*/)).toBe('//x.taobao.com/');
    expect(jsField(d, '_sellerDomainname')).toBe('mrdemo');
    expect(jsField(d, 'missing')).toBeNull();
  });

  it('decodes percent-encoded nick names and leaves plain ones', () => {
    expect(decodeNick('%E6%BC%94%E7%A4%BA')).toBe('演示');
    expect(decodeNick('plain 100%')).toBe('plain 100%');
  });

  it('finds the brand row in colon, dt/dd and th/td layouts', () => {
    expect(specValue(doc('<ul><li>材质: 铝</li><li>品牌:&nbsp;DemoKeys</li></ul>'), 'li', BRAND_LABEL)).toBe(
      'DemoKeys',
    );
    expect(specValue(doc('<dl><dt>Brand Name:</dt><dd>YONGLI</dd></dl>'), 'dl', BRAND_LABEL)).toBe('YONGLI');
    expect(specValue(doc('<table><tr><th>品牌</th><td>&nbsp;Apple/苹果</td></tr></table>'), 'tr', BRAND_LABEL)).toBe(
      'Apple/苹果',
    );
    expect(specValue(doc('<ul><li>Chinese Brand</li><li>Brand new: yes</li></ul>'), 'li', BRAND_LABEL)).toBeNull();
  });
});

describe('fallback to the generic reader', () => {
  it('reads a Temu product page at a URL shape the adapter does not know', () => {
    const url = 'https://www.temu.com/kuiper/un9.html?subj=goods-landing&goods_id_x=1';
    const d = doc(
      `<html><head><title>Parka</title><meta property="og:type" content="product">
      <script type="application/ld+json">{"@type":"Product","name":"Winter Parka","sku":"601099599999999","offers":{"@type":"Offer","price":"19.99","priceCurrency":"USD"}}</script>
      </head><body><h1>Winter Parka</h1></body></html>`,
      url,
    );
    const out = temuAdapter.extract(d, new URL(url), extractGeneric);
    expect(out.adapter).toBe('temu');
    expect(out.page).toBe('product');
    expect(out.listings[0]).toMatchObject({ title: 'Winter Parka', price: { amount: 19.99, currency: 'USD' } });
  });
});

describe('spec rows in CSS-module layouts', () => {
  it('reads label and value elements whose class names are camel-cased', () => {
    const d = doc(
      '<div class="InfoItem--infoItem--x"><span class="InfoItem--infoItemTitle--x">品牌</span><span class="InfoItem--infoItemContent--x">DEMOEAR</span></div>',
    );
    expect(specValue(d, '[class*="infoItem"]', BRAND_LABEL)).toBe('DEMOEAR');
  });
});

describe('Mercado Libre prices in dollars on a peso site', () => {
  it('reads the U$S symbol as USD', async () => {
    const { mercadolibreAdapter } = await import('../../../utils/adapters/mercadolibre');
    const url = 'https://auto.mercadolibre.com.ar/MLA-1400000001-toyota-hilux-_JM';
    const d = doc(
      `<h1 class="ui-pdp-title">Toyota Hilux 2.8</h1><div class="ui-pdp-price__second-line"><span class="andes-money-amount">
      <span class="andes-money-amount__currency-symbol">U$S</span><span class="andes-money-amount__fraction">32.500</span></span></div>`,
      url,
    );
    const l = mercadolibreAdapter.extract(d, new URL(url), extractGeneric).listings[0];
    expect(l).toMatchObject({ listingId: 'MLA1400000001', price: { amount: 32500, currency: 'USD' } });
  });
});

describe('product pages without structured data', () => {
  it('Shopee: heading and visible price, ids from the URL', async () => {
    const { shopeeAdapter } = await import('../../../utils/adapters/shopee');
    const url = 'https://shopee.com.my/Phone-Case-i.11223344.5566778899';
    const d = doc('<h1>Phone Case Silicone</h1><div class="product-price">RM12.90</div>', url);
    const out = shopeeAdapter.extract(d, new URL(url), extractGeneric);
    expect(out.missing).toEqual([]);
    expect(out.listings[0]).toMatchObject({
      title: 'Phone Case Silicone',
      price: { amount: 12.9, currency: 'MYR' },
      listingId: '5566778899',
      seller: { id: '11223344' },
    });
  });

  it('Temu: an empty shell names the missing title but keeps the goods id', async () => {
    const url = 'https://www.temu.com/parka-g-601099512345678.html';
    const out = temuAdapter.extract(doc('<div id="root"></div>', url), new URL(url), extractGeneric);
    expect(out.missing).toEqual(['title']);
    expect(out.listings[0].listingId).toBe('601099512345678');
  });
});
