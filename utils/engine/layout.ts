// The stored form: one ArrayBuffer holding a 24-byte header, a section table, a small JSON header
// (pack id, thresholds, currency rates) and every typed array, 8-byte aligned. Loading makes views
// over the buffer, checks a checksum, and parses only the small JSON: no recompile, no big parse.
import { ARRAY_KINDS, SECTIONS } from './engine-data';
import type { ArrayKind, Engine, EngineArrays, EngineMeta } from './engine-data';

/** Bump when the stored layout or the meaning of any section changes; a mismatch forces a rebuild. */
export const ENGINE_FORMAT = 6; // 6: brand categories (models flagged M_CATEGORY) and cheaper editions

const MAGIC = 0x4e454c4c; // "LLEN"
const HEADER = 24;
const KIND_CODES: ArrayKind[] = ['u8', 'u16', 'u32', 'i32', 'f64'];
const pad8 = (n: number) => (n + 7) & ~7;

/** Fletcher-style sum over 32-bit words: catches truncation and bit rot at ~1 ms per 4 MB. */
function checksum(words: Uint32Array): number {
  let a = 1,
    b = 0;
  for (let i = 0; i < words.length; i++) {
    a = (a + words[i]) | 0;
    b = (b + a) | 0;
  }
  return (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
}

export function serializeEngine(engine: Engine): ArrayBuffer {
  const meta = new TextEncoder().encode(JSON.stringify(engine.meta));
  const tableBytes = SECTIONS.length * 12;
  let at = pad8(HEADER + tableBytes) + pad8(meta.length);
  const offsets: number[] = [];
  for (const [name] of SECTIONS) {
    offsets.push(at);
    at = pad8(at + engine.a[name].byteLength);
  }
  const buf = new ArrayBuffer(at);
  const u8 = new Uint8Array(buf);
  const head = new Uint32Array(buf, 0, (HEADER + tableBytes) / 4);
  head[0] = MAGIC;
  head[1] = ENGINE_FORMAT;
  head[2] = at;
  head[3] = meta.length;
  head[4] = SECTIONS.length;
  SECTIONS.forEach(([name, kind], i) => {
    const arr = engine.a[name];
    head[6 + i * 3] = offsets[i];
    head[7 + i * 3] = arr.length;
    head[8 + i * 3] = KIND_CODES.indexOf(kind);
    u8.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), offsets[i]);
  });
  u8.set(meta, pad8(HEADER + tableBytes));
  head[5] = checksum(new Uint32Array(buf, HEADER, (at - HEADER) / 4));
  return buf;
}

export function loadEngine(input: ArrayBuffer): Engine {
  const corrupt = (why: string) => new Error(`Stored engine is corrupt (${why}); recompile the pack`);
  // Storage may hand back a view, or an ArrayBuffer from another realm (instanceof would fail).
  let buf = input;
  if (ArrayBuffer.isView(input)) {
    const v = input as ArrayBufferView;
    buf = v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength) as ArrayBuffer;
  }
  if (Object.prototype.toString.call(buf) !== '[object ArrayBuffer]') throw corrupt('not an ArrayBuffer');
  if (buf.byteLength < HEADER || buf.byteLength % 8 !== 0) throw corrupt('bad size');
  const h = new Uint32Array(buf, 0, HEADER / 4);
  if (h[0] !== MAGIC) throw corrupt('not an engine');
  if (h[1] !== ENGINE_FORMAT)
    throw new Error(`Stored engine has format ${h[1]}, this build needs ${ENGINE_FORMAT}; recompile the pack`);
  if (h[2] !== buf.byteLength) throw corrupt('truncated');
  if (h[4] !== SECTIONS.length) throw corrupt('section count');
  const tableBytes = SECTIONS.length * 12;
  if (checksum(new Uint32Array(buf, HEADER, (buf.byteLength - HEADER) / 4)) !== h[5]) throw corrupt('checksum');
  const table = new Uint32Array(buf, HEADER, tableBytes / 4);
  const metaAt = pad8(HEADER + tableBytes);
  let meta: EngineMeta;
  try {
    meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, metaAt, h[3])));
  } catch {
    throw corrupt('header');
  }
  const a = {} as Record<string, unknown>;
  SECTIONS.forEach(([name, kind], i) => {
    const [off, len, code] = [table[i * 3], table[i * 3 + 1], table[i * 3 + 2]];
    const Ctor = ARRAY_KINDS[kind];
    if (KIND_CODES[code] !== kind || off % 8 !== 0 || off + len * Ctor.BYTES_PER_ELEMENT > buf.byteLength) {
      throw corrupt(`section ${name}`);
    }
    a[name] = new Ctor(buf, off, len);
  });
  return { meta, a: a as EngineArrays, strCache: [], brandNames: null, brandIds: null, patterns: null };
}
