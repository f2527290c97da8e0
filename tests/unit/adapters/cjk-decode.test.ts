// Short Chinese pages in GBK behind a UTF-8 meta tag must decode as GBK: read as EUC-KR the
// same bytes give plausible hangul, which once won the guess on pages with little text. Japanese
// EUC-JP pages (older Rakuten shops) without a usable meta tag must not come out as Big5.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/scan/decode';
import { gbkEncoder } from '../../fixtures/tmall/encode-gbk';

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${body}</title></head><body><h1>${body}</h1></body></html>`;

describe('decodeHtml on GBK bytes behind a UTF-8 meta tag', () => {
  const gbk = gbkEncoder();

  it('decodes a short Tmall-style title as GBK, not EUC-KR', () => {
    const title = '【官方正品】Apple/苹果 AirPods Pro 无线蓝牙耳机 主动降噪';
    const { text, charset } = decodeHtml(gbk(page(title)));
    expect(charset).toBe('gbk');
    expect(text).toContain(title);
  });

  it('reads ￥ prices and shop names back unchanged', () => {
    const body = '演示数码官方旗舰店 ￥149.00 - 159.00';
    expect(decodeHtml(gbk(page(body))).text).toContain(body);
  });

  it('still takes real EUC-KR Korean text as Korean', () => {
    const korean = '무선 블루투스 이어폰 정품 판매자 공식 스토어';
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="utf-8"></head><body>')]);
    // EUC-KR bytes for the Korean text, built by inverting the decoder like the GBK helper does.
    const dec = new TextDecoder('euc-kr');
    const table = new Map<string, number[]>();
    for (let a = 0xb0; a <= 0xc8; a++)
      for (let b = 0xa1; b <= 0xfe; b++) table.set(dec.decode(new Uint8Array([a, b])), [a, b]);
    const enc = [...korean].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
    const all = new Uint8Array([...bytes, ...enc, ...new TextEncoder().encode('</body></html>')]);
    const { text, charset } = decodeHtml(all);
    expect(charset).toBe('euc-kr');
    expect(text).toContain(korean);
  });
});

/** Bytes of `text` in a legacy double-byte encoding, by inverting its decoder over all 2-byte codes. */
function legacyBytes(label: string, text: string): Uint8Array {
  const dec = new TextDecoder(label);
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

describe('decodeHtml on Japanese legacy bytes', () => {
  const page =
    '<html><head><title>【楽天市場】ワイヤレスイヤホン ノイズキャンセリング：デモオーディオ楽天市場店</title></head><body><span class="price2">3,980円</span></body></html>';

  it.each(['euc-jp', 'shift_jis'])('reads %s without a meta tag', (label) => {
    const { text, charset } = decodeHtml(legacyBytes(label, page));
    expect(charset).toBe(label);
    expect(text).toContain('ワイヤレスイヤホン');
    expect(text).toContain('3,980円');
  });

  it('reads EUC-JP behind a stale UTF-8 meta tag', () => {
    const { charset } = decodeHtml(legacyBytes('euc-jp', page.replace('<head>', '<head><meta charset="utf-8">')));
    expect(charset).toBe('euc-jp');
  });
});
