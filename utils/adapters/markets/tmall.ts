import { idParam, type Market } from './market';

export const tmallMarket: Market = {
  id: 'tmall',
  name: 'Tmall',
  domains: ['tmall.com', 'tmall.hk'],
  scope: 'all',
  listing: (u) => {
    const id = u.pathname === '/item.htm' ? idParam(u, 'id', /^\d{6,20}$/) : null;
    return id
      ? {
          url: `https://detail.${u.hostname.endsWith('.hk') ? 'tmall.hk' : 'tmall.com'}/item.htm?id=${id}`,
          listingId: id,
        }
      : null;
  },
  shop: (u) => /^[\w-]+\.tmall\.(com|hk)$/.test(u.hostname) && !/^(detail|www|list|chaoshi)\./.test(u.hostname),
  search: (u) => /^list\.tmall\.(com|hk)$/.test(u.hostname),
  examples: {
    listing: ['https://detail.tmall.com/item.htm?id=634567890123&skuId=5012345&spm=a1z10'],
    shop: ['https://bose.tmall.com/shop/view_shop.htm'],
    search: ['https://list.tmall.com/search_product.htm?q=headphones'],
  },
};
