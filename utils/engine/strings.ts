// A string table: UTF-8 bytes plus offsets. Names are decoded only when a reason needs one, so
// loading an engine with 100k model names costs nothing until a listing actually names a model.
import type { Engine } from './engine-data';
import { NO_STRING } from './engine-data';

export interface StringTableBuilder {
  add(s: string): number;
  finish(): { bytes: Uint8Array; offsets: Uint32Array };
}

export function stringTableBuilder(): StringTableBuilder {
  const index = new Map<string, number>();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [0];
  let total = 0;
  const enc = new TextEncoder();
  return {
    add(s) {
      const known = index.get(s);
      if (known !== undefined) return known;
      const bytes = enc.encode(s);
      parts.push(bytes);
      total += bytes.length;
      offsets.push(total);
      index.set(s, parts.length - 1);
      return parts.length - 1;
    },
    finish() {
      const bytes = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      return { bytes, offsets: Uint32Array.from(offsets) };
    },
  };
}

let decoder: TextDecoder | null = null;

/** The string at index `i` ('' for NO_STRING), cached per engine. */
export function str(engine: Engine, i: number): string {
  if (i === NO_STRING) return '';
  const hit = engine.strCache.get(i);
  if (hit !== undefined) return hit;
  const { strBytes, strOff } = engine.a;
  decoder ??= new TextDecoder();
  const s = decoder.decode(strBytes.subarray(strOff[i], strOff[i + 1]));
  engine.strCache.set(i, s);
  return s;
}
