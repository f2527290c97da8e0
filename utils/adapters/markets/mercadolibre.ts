import type { Market } from './market';

const LIBRE = ['com.ar', 'com.mx', 'com.co', 'cl', 'com.pe', 'com.uy', 'com.ve', 'com.ec'];
const ITEM = /\b(ML[ABCMUV]|MCO|MPE|MEC|MLB)-?(\d{6,})/;

// Mercado Libre / Mercado Livre: items "MLA-123…" on articulo./produto. hosts, catalog products
// "/p/MLA123…" and user products "/up/MLAU123…" on www; a seller's page is /perfil/ or /pagina/.
export const mercadolibreMarket: Market = {
  id: 'mercadolibre',
  name: 'Mercado Libre',
  domains: [...LIBRE.map((t) => `mercadolibre.${t}`), 'mercadolivre.com.br'],
  scope: 'all',
  listing: (u) => {
    const up = /\/up\/([A-Z]{3}U\d{6,})/.exec(u.pathname)?.[1];
    const m = ITEM.exec(u.pathname);
    const id = up ?? (m ? `${m[1]}${m[2]}` : null);
    return id ? { url: `https://${u.hostname}${u.pathname}`, listingId: id } : null;
  },
  shop: (u) => /^\/(perfil|pagina|tienda|loja)\//.test(u.pathname) || /^perfil\./.test(u.hostname),
  search: (u) => /^(listado|lista)\./.test(u.hostname),
  examples: {
    listing: [
      'https://articulo.mercadolibre.com.ar/MLA-1234567890-zapatillas-urbanas-_JM',
      'https://www.mercadolibre.com.mx/reloj-deportivo/p/MLM12345678#wid=MLM987654',
      'https://produto.mercadolivre.com.br/MLB-2345678901-tenis-corrida-_JM',
    ],
    shop: ['https://www.mercadolibre.com.ar/perfil/AUDIOSTORE', 'https://www.mercadolibre.com.mx/pagina/audiostore'],
    search: ['https://listado.mercadolibre.com.ar/zapatillas', 'https://lista.mercadolivre.com.br/bio-extratus'],
  },
};
