import { idParam, type Market } from './market';

export const taobaoMarket: Market = {
  id: 'taobao',
  name: 'Taobao',
  domains: ['taobao.com'],
  scope: 'all',
  listing: (u) => {
    const id = u.pathname === '/item.htm' ? idParam(u, 'id', /^\d{6,20}$/) : null;
    return id ? { url: `https://item.taobao.com/item.htm?id=${id}`, listingId: id } : null;
  },
  shop: (u) => /^shop\d+\.taobao\.com$/.test(u.hostname),
  search: (u) => /^s\.taobao\.com$/.test(u.hostname),
  examples: {
    listing: ['https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id=623456789012&ns=1&abbucket=9'],
    shop: ['https://shop123456789.taobao.com/'],
    search: ['https://s.taobao.com/search?q=%E8%80%B3%E6%9C%BA'],
  },
};
