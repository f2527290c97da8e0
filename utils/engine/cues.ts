// Built-in context words, in the pack's main languages. They never raise a score on their own:
// they explain away brand mentions (accessories, used goods, scale models) so precision holds.
// Matched through the same term table as the pack's words, at no extra cost per listing.

export const CUE_COMPAT = 1; // "case for Samsung", "compatible with Bose": the brand is mentioned in passing
export const CUE_COMPAT_AFTER = 2; // "三星专用": the same, written after the brand
export const CUE_ACCESSORY = 3; // the item is probably a part or accessory: its price says nothing about fakes
export const CUE_USED = 4; // used / refurbished: a low price is expected
export const CUE_MERCH = 5; // scale models, props, team liveries: "replica" is the product type, not a disguise

export const CUE_WORDS: Record<number, readonly string[]> = {
  [CUE_COMPAT]: [
    'for', 'fits', 'fit for', 'fits for', 'compatible', 'compatible with', 'compatible for', 'replacement for',
    'works with', 'designed for', 'suitable for', 'made for', 'to fit',
    'para', 'compatible con', 'compatible para', 'repuesto para', 'compativel', 'compativel com', 'pour',
    '适用', '适用于', '兼容', '用于', '适配',
  ],
  [CUE_COMPAT_AFTER]: ['专用', '通用', 'compatible'],
  [CUE_ACCESSORY]: [
    'case', 'cases', 'cover', 'covers', 'skin', 'sleeve', 'pouch', 'ear pads', 'earpads', 'ear cushions', 'cushions',
    'ear tips', 'eartips', 'screen protector', 'protector', 'tempered glass', 'charger', 'charging cable', 'cable',
    'adapter', 'strap', 'band', 'bands', 'mount', 'holder', 'stand', 'dock', 'replacement', 'parts', 'part',
    'filter', 'floor mats', 'mats', 'mat', 'seat covers', 'decal', 'decals', 'sticker', 'stickers', 'keychain',
    'replacement battery', 'battery replacement', 'lcd screen', 'lcd display', 'screen replacement', 'digitizer',
    'back glass', 'back cover', 'housing', 'charging port', 'flex cable', 'camera lens', 'remote control', 'power cord',
    'power supply', 'headband', 'oem part', 'oem parts', 'pantalla lcd', 'bateria de repuesto', '电池', '屏幕总成', '遥控器',
    'manual', 'empty box', 'box only', 'dummy', 'display model', 'non-working', 'not working', 'for parts', 'hose', 'wiper', 'wipers', 'brake pads', 'spark plug',
    'funda', 'fundas', 'carcasa', 'cargador', 'correa', 'almohadillas', 'repuesto', 'tapetes', 'pegatina',
    'capa', 'capinha', 'pelicula', 'carregador', 'cabo', 'pulseira', 'almofadas', 'tapete', 'adesivo',
    '手机壳', '保护壳', '保护套', '耳罩', '充电器', '数据线', '钢化膜', '贴膜', '表带', '脚垫', '配件',
  ],
  [CUE_USED]: [
    'used', 'pre-owned', 'preowned', 'pre owned', 'second hand', 'secondhand', 'refurbished', 'renewed',
    'open box', 'like new', 'usado', 'usada', 'usados', 'usadas', 'seminovo', 'seminova', 'seminuevo', 'semi novo',
    'recondicionado', 'reacondicionado', 'segunda mano', '二手', '翻新', '九成新', '95新',
  ],
  [CUE_MERCH]: [
    'diecast', 'die cast', 'die-cast', 'scale model', 'model kit', '1:10', '1:12', '1:18', '1:24', '1:32', '1:43',
    '1:64', 'livery', 'prop replica', 'prop', 'props', 'cosplay', 'costume', 'helmet', 'jersey', '车模', '模型',
  ],
};
