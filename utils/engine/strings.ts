// A string table: UTF-8 bytes plus offsets. Names are decoded only when a reason needs one, so
// loading an engine with 100k model names costs nothing until a listing actually names a model.
import type { Engine } from './engine-data';
import { NO_STRING as NO_STRING$ } from './engine-data';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const NO_STRING = NO_STRING$;

export interface StringTableBuilder {
  /** Adds a string once (later adds return the same index). */
  add(s: string): number;
  /** Adds a string without looking for an earlier copy: for the many model names, where a map costs more than repeats. */
  push(s: string): number;
  finish(): { bytes: Uint8Array; offsets: Uint32Array };
}

export function stringTableBuilder(): StringTableBuilder {
  const index = new Map<string, number>();
  const list: string[] = [];
  return {
    add(s) {
      const known = index.get(s);
      if (known !== undefined) return known;
      index.set(s, list.length);
      list.push(s);
      return list.length - 1;
    },
    push(s) {
      list.push(s);
      return list.length - 1;
    },
    finish() {
      // One encode for the whole table; offsets come from each string's UTF-8 length.
      const bytes = new TextEncoder().encode(list.join(''));
      const offsets = new Uint32Array(list.length + 1);
      let at = 0;
      list.forEach((s, i) => {
        for (let j = 0; j < s.length; j++) {
          const c = s.charCodeAt(j);
          if (c < 0x80) at += 1;
          else if (c < 0x800) at += 2;
          else if (c >= 0xd800 && c <= 0xdbff && j + 1 < s.length) (at += 4), j++;
          else at += 3;
        }
        offsets[i + 1] = at;
      });
      if (at !== bytes.length) throw new Error('string table: UTF-8 length mismatch');
      return { bytes, offsets };
    },
  };
}

let decoder: TextDecoder | null = null;

/** Brand `b`'s name, from a per-brand cache (small and dense, so it stays in cache). */
export function brandNameOf(engine: Engine, b: number): string {
  const names = (engine.brandNames ??= new Array<string | null>(engine.a.brandName.length).fill(null));
  return names[b] ?? (names[b] = str(engine, engine.a.brandName[b]));
}

/** Brand `b`'s id, from a per-brand cache. */
export function brandIdOf(engine: Engine, b: number): string {
  const ids = (engine.brandIds ??= new Array<string | null>(engine.a.brandId.length).fill(null));
  return ids[b] ?? (ids[b] = str(engine, engine.a.brandId[b]));
}

/** The string at index `i` ('' for NO_STRING), cached per engine in an array (a Map lookup costs more). */
export function str(engine: Engine, i: number): string {
  let cache = engine.strCache;
  const hit = cache[i];
  if (hit) return hit;
  if (i === NO_STRING) return '';
  const { strBytes, strOff } = engine.a;
  // Made whole on first use: an array written out of order would fall back to a slow dictionary.
  if (cache.length === 0) cache = engine.strCache = new Array<string | null>(strOff.length - 1).fill(null);
  decoder ??= new TextDecoder();
  const s = decoder.decode(strBytes.subarray(strOff[i], strOff[i + 1]));
  cache[i] = s;
  return s;
}
