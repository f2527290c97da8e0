import type { Reason } from '../types';
import { oneLine } from './text';

// The verdict's reasons as a notifier would state them in a notice: from each reason's signal
// and evidence, never from the engine's label or message (no grades, no "Title names ..."),
// each fact once. A reason whose evidence is missing is left out rather than guessed at.
type Evidence = Reason['evidence'];

const str = (e: Evidence, k: string) => (typeof e[k] === 'string' && e[k] ? oneLine(e[k] as string, 120) : null);
const num = (e: Evidence, k: string) => (typeof e[k] === 'number' && Number.isFinite(e[k]) ? (e[k] as number) : null);
const money = (amount: number, currency: string) =>
  `${oneLine(currency, 3)} ${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const quoteList = (xs: string[]) =>
  xs.length === 1
    ? `"${xs[0]}"`
    : `${xs
        .slice(0, -1)
        .map((x) => `"${x}"`)
        .join(', ')} and "${xs.at(-1)}"`;

function identity(reasons: Reason[]): string | null {
  const brand = reasons.find((r) => r.signal === 'brand' && !r.evidence.disguised && r.weight > 0);
  const model = reasons.find((r) => r.signal === 'model' && r.weight > 0);
  const name = str(model?.evidence ?? {}, 'brand') ?? str(brand?.evidence ?? {}, 'brand');
  const modelName = model ? str(model.evidence, 'model') : null;
  if (!name) return null;
  if (modelName && !brand) return `The listing uses the name of the ${name} model ${modelName} without the brand name.`;
  return modelName
    ? `The listing offers the item as a ${name} ${modelName}.`
    : `The listing offers the item as ${name}.`;
}

function wording(reasons: Reason[]): string | null {
  const coded = reasons.filter((r) => r.signal === 'coded-wording' && r.weight > 0);
  const words = [...new Set(coded.map((r) => str(r.evidence, 'matched')).filter((w): w is string => !!w))];
  if (!words.length) return null;
  const near = str(coded[0].evidence, 'near');
  return `It describes the item as ${quoteList(words)}${near ? ` next to "${near}"` : ''}, wording used to sell copies of branded goods.`;
}

function one(r: Reason): string | null {
  const e = r.evidence;
  switch (r.signal) {
    case 'brand':
      return e.disguised && str(e, 'matched') && str(e, 'brand')
        ? `It spells the brand "${str(e, 'matched')}", a disguised form of "${str(e, 'brand')}".`
        : null;
    case 'price': {
      const [p, c, ref, rc] = [num(e, 'price'), str(e, 'currency'), num(e, 'reference'), str(e, 'referenceCurrency')];
      const ratio = num(e, 'ratio');
      if (p === null || !c || ref === null || !rc || ratio === null) return null;
      const what = e.referenceKind === 'floor' ? "the brand's minimum price" : 'the recommended retail price';
      const model = str(e, 'model');
      return `Its price, ${money(p, c)}, is ${Math.round(ratio * 100)}% of ${what}${model ? ` for the ${model}` : ''} (${money(ref, rc)}).`;
    }
    case 'price-outlier': {
      const [p, c, med, base, n] = [
        num(e, 'price'),
        str(e, 'currency'),
        num(e, 'median'),
        str(e, 'baseCurrency'),
        num(e, 'listings'),
      ];
      if (p === null || !c || med === null || !base || n === null) return null;
      return `Its price, ${money(p, c)}, is far below the ${money(med, base)} median of ${n} listings of the same brand on the same results page.`;
    }
    case 'seller-blocked': {
      const seller = str(e, 'seller');
      return seller
        ? `The seller, "${seller}", is on the brand-protection alliance's list of sellers known to offer infringing ${str(e, 'brand') ?? 'branded'} goods.`
        : null;
    }
    case 'model-unknown':
      return str(e, 'matched') && str(e, 'brand')
        ? `"${str(e, 'matched')}" is not a model that ${str(e, 'brand')} makes.`
        : null;
    default:
      return null;
  }
}

/** Sentences for a notice, in a fixed order: what the item is offered as, the wording, the rest. */
export function reasonStatements(reasons: readonly Reason[]): string[] {
  const scoring = reasons.filter((r) => r.weight > 0);
  const rest = scoring
    .filter((r) => r.signal !== 'coded-wording' && r.signal !== 'model')
    .map(one)
    .filter((s): s is string => !!s);
  return [...new Set([identity(scoring), wording(scoring), ...rest].filter((s): s is string => !!s))];
}
