// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sanitizeSnapshot } from '../../../utils/evidence/snapshot';

describe('page snapshot sanitiser', () => {
  const html = `<html><head><script>steal()</script><meta http-equiv="refresh" content="0;url=x"><base href="https://evil.example/"></head>
    <body onload="x()"><h1 onclick="y()">Bose QC45 replica</h1><img src="https://img.example/a.jpg" onerror="z()">
    <a href="javascript:alert(1)">link</a><a href="https://www.amazon.com/dp/B0CCZ26B5V">ok</a>
    <form action="/buy"><input name="q" value="secret search"><input type="hidden" name="csrf" value="tok123">
    <input type="checkbox" checked><textarea>my message</textarea><select><option selected>Size M</option></select></form>
    <iframe title="ad"></iframe><noscript>nojs</noscript><object data="x.swf"></object></body></html>`;

  it('removes scripts, handlers, form values, hidden inputs, frames and noscript; keeps what was shown', () => {
    // A parsed document, as the content script's page would be, with a value the user typed.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const input = doc.querySelector('input[name=q]') as HTMLInputElement;
    input.value = 'typed by the user';
    const out = sanitizeSnapshot(doc);
    expect(out.startsWith('<!doctype html>\n<html')).toBe(true);
    for (const gone of [
      'steal()',
      'onload',
      'onclick',
      'onerror',
      'javascript:',
      'secret search',
      'typed by the user',
      'tok123',
      'csrf',
      'checked',
      'my message',
      'selected',
      '<iframe',
      'nojs',
      '<object',
      'refresh',
      'evil.example',
      '/buy',
    ]) {
      expect(out, gone).not.toContain(gone);
    }
    for (const kept of [
      'Bose QC45 replica',
      'https://img.example/a.jpg',
      'https://www.amazon.com/dp/B0CCZ26B5V',
      'Size M',
      'name="q"',
    ])
      expect(out).toContain(kept);
  });

  it('leaves the live page untouched', () => {
    document.documentElement.innerHTML = '<head><script>1</script></head><body><input value="v"></body>';
    sanitizeSnapshot(document);
    expect(document.querySelector('script')).not.toBeNull();
    expect(document.querySelector('input')!.getAttribute('value')).toBe('v');
  });
});
