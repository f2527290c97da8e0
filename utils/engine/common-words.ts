// Brand names and model terms that are also ordinary words ("Mars", "Galaxy", "Civic", "parka").
// Such a term alone does not show that a listing is about the brand: it needs a second, distinctive
// term of the same brand, or the page's own brand field. Terms of three letters or fewer are
// treated the same way ("LG", "HP" and "OEM" occur in too many unrelated titles).

export const COMMON_WORDS: readonly string[] = [
  // planets, nature, everyday nouns used as brand or product names
  'mars', 'venus', 'jupiter', 'mercury', 'saturn', 'galaxy', 'orbit', 'planet', 'dove', 'eagle', 'falcon', 'jaguar',
  'puma', 'fox', 'goose', 'swan', 'apple', 'orange', 'shell', 'bounty', 'galaxy', 'milky way',
  'civic', 'accord', 'pilot', 'fit', 'jazz', 'element', 'passport', 'odyssey', 'insight', 'clarity', 'legend',
  'prelude', 'city', 'note', 'tab', 'buds', 'watch', 'frame', 'ring', 'fold', 'flip', 'book', 'edge', 'active',
  'sport', 'sports', 'classic', 'original', 'pro', 'plus', 'ultra', 'max', 'mini', 'lite', 'air', 'one', 'home',
  'smart', 'sound', 'music', 'color', 'colour', 'true match', 'infallible', 'paradise',
  'express', 'premier', 'prime', 'risk', 'clue', 'trouble', 'sorry', 'life', 'operation', 'battleship',
  'connect', 'power', 'energy', 'nature', 'gold', 'silver', 'black', 'white', 'blue', 'red',
  'green', 'pink', 'extra', 'acrobat', 'premiere', 'illustrator',
  'express', 'stream', 'comfort', 'revolve', 'flex', 'micro', 'bar', 'home speaker',
  'expedition', 'chilliwack', 'langford', 'mystique', 'shelburne', 'trillium', 'freestyle', 'crofton', 'cypress',
  // generic product words a pack may list as model/category terms
  'jacket', 'jackets', 'parka', 'parkas', 'coat', 'coats', 'vest', 'hoodie', 'headphones', 'headphone', 'earbuds',
  'speaker', 'speakers', 'phone', 'smartphone', 'tablet', 'tv', 'television', 'monitor', 'laptop', 'chocolate',
  'candy', 'yogurt', 'yoghurt', 'water', 'cream', 'shampoo', 'serum', 'lipstick', 'mascara', 'foundation', 'game',
  'games', 'toy', 'toys', 'figure', 'doll', 'software', 'license', 'licence', 'subscription', 'generator',
  'motorcycle', 'scooter', 'engine', 'car', 'mower', 'boat', 'puffer', 'bomber', 'down jacket', 'windbreaker',
  'sneakers', 'shoes', 'bag', 'handbag', 'wallet', 'belt', 'perfume', 'serum', 'lotion', 'formula', 'milk', 'blaster',
  'chaqueta', 'chamarra', 'abrigo', 'parka', 'jaqueta', 'casaco', 'audifonos', 'auriculares', 'fone', 'bocina',
  'generador', 'gerador', 'juego', 'jogo', 'juguete', 'brinquedo', 'leche', 'leite', 'crema', 'creme',
  '羽绒服', '外套', '大衣', '夹克', '耳机', '音箱', '手机', '发电机', '奶粉', '精华', '玩具', '巧克力',
  // Chinese brand names that are ordinary words ("博士" = doctor)
  '博士', '火星', '银河',
];
