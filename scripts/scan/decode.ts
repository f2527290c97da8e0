// Bytes of a saved page to text, the way a browser would pick the encoding (BOM, then the
// caller's hint, then <meta charset> / http-equiv), plus one thing browsers cannot do: pages
// re-saved with GBK or Shift_JIS bytes behind a stale UTF-8 meta tag. A strict UTF-8 decode
// fails on those bytes, so we only trust UTF-8 when it decodes cleanly.

export interface Decoded {
  text: string;
  /** The encoding used (WHATWG label). */
  charset: string;
  /** What the page declared, when that differs from what we used. */
  declared: string | null;
}

const decoder = (label: string, fatal: boolean): TextDecoder | null => {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
};

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return decoder(label, true)?.decode(bytes) ?? null;
  } catch {
    return null;
  }
}

/** Charset declared in the first 4 KB: <meta charset>, or http-equiv Content-Type. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

const isUtf8 = (l: string) => /^(utf-?8|unicode-1-1-utf-8)$/i.test(l);

/** Of the CJK encodings the pages we meet use, the one whose decode reads most like text. */
function guessCjk(bytes: Uint8Array): string | null {
  let best: [string, number] | null = null;
  // EUC-JP: older Rakuten Ichiba shop pages, often re-saved without their meta tag.
  for (const label of ['gb18030', 'shift_jis', 'euc-jp', 'euc-kr', 'big5']) {
    const t = tryDecode(bytes, label);
    if (t == null) continue;
    const kana = (t.match(/[\u3040-\u30ff]/g) ?? []).length;
    const han = (t.match(/[\u4e00-\u9fff]/g) ?? []).length;
    const hangul = (t.match(/[\uac00-\ud7af]/g) ?? []).length;
    const odd = (t.match(/[\ue000-\uf8ff\ufffd\u0080-\u009f]/g) ?? []).length;
    // Japanese text is rich in kana; Chinese has none; Korean is mostly hangul and almost never
    // hanja, while GBK bytes read as EUC-KR come out as hangul mixed with many hanja.
    const score =
      label === 'shift_jis' || label === 'euc-jp'
        ? kana * 2 + han * 0.5
        : label === 'euc-kr'
          ? (hangul - han) * 2
          : han - kana * 2;
    const s = score - odd * 5;
    if (!best || s > best[1]) best = [label === 'gb18030' ? 'gbk' : label, s];
  }
  return best && best[1] > 0 ? best[0] : null;
}

export function decodeHtml(bytes: Uint8Array, hint?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', declared: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', declared: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', declared: null };
  const declared = (hint ?? declaredCharset(bytes))?.toLowerCase() ?? null;
  const utf8 = tryDecode(bytes, 'utf-8');
  // Clean UTF-8 with non-ASCII bytes is UTF-8 whatever the page says: legacy encodings almost never decode cleanly.
  if (utf8 != null && (!declared || isUtf8(declared) || /[^\x00-\x7f]/.test(utf8)))
    return { text: utf8, charset: 'utf-8', declared: declared && !isUtf8(declared) ? declared : null };
  if (declared && !isUtf8(declared) && decoder(declared, false)) {
    return { text: decoder(declared, false)!.decode(bytes), charset: declared, declared: null };
  }
  const cjk = guessCjk(bytes);
  if (cjk) return { text: decoder(cjk === 'gbk' ? 'gb18030' : cjk, false)!.decode(bytes), charset: cjk, declared };
  return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', declared };
}

/** Cheap sniff: does this look like an HTML document at all? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\s+/, '').toLowerCase();
  if (head.startsWith('%pdf') || head.startsWith('{') || head.startsWith('[')) return false;
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]/.test(head);
}
