// Labelled rows that product pages use for item specifics: "Brand Name: X" in one element,
// <dt>/<dd> and <th>/<td> pairs, or label and value spans. Alibaba-group pages, DHgate and
// Rakuten all print the brand this way, and there it is more trustworthy than JSON-LD (whose
// brand is often the marketplace's own name).
import { all, textOf, type Selectors } from './dom';

// Class substrings match case-sensitively: CSS-module names write "infoItemTitle", "attrValue".
const LABEL =
  'dt, th, [class*="name"], [class*="label"], [class*="key"], [class*="title"], [class*="Name"], [class*="Title"], [class*="Label"]';
const VALUE = 'dd, td, [class*="val"], [class*="desc"], [class*="Val"], [class*="Content"], [class*="Desc"]';

/** Value of the first row whose label matches; null when no row does. */
export function specValue(root: ParentNode, rows: Selectors, label: RegExp): string | null {
  for (const row of all(root, rows)) {
    const l = row.querySelector(LABEL);
    const v = row.querySelector(VALUE);
    let name: string;
    let value: string;
    if (l && v && !l.contains(v) && !v.contains(l)) {
      name = textOf(l);
      value = textOf(v);
    } else {
      const t = textOf(row);
      const i = t.search(/[:：]/);
      if (i < 0) continue;
      name = t.slice(0, i);
      value = t.slice(i + 1);
    }
    name = name.replace(/[:：]\s*$/, '').trim();
    value = value.replace(/^[\s:：]+/, '').trim();
    if (value && label.test(name)) return value;
  }
  return null;
}

/** "Brand" in the languages of the marketplaces we read. */
export const BRAND_LABEL =
  /^(brand( name)?|marca|marque|marke|merk|thương hiệu|ยี่ห้อ|бренд|марка|品牌|品牌名称|ブランド|メーカー|מותג|שם מותג|العلامة التجارية)$/i;
