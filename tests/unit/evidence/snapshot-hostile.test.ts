// @vitest-environment happy-dom
// The snapshot of a hostile page: nothing that runs, fetches or belongs to Listing Lens comes
// back, whatever the page does to the sanitiser. Opening these in a real browser is the e2e
// test's job (tests/e2e/safety.test.ts); this checks the markup itself.
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP } from '../../../utils/evidence/snapshot-policy';
import { sanitizeSnapshot } from '../../../utils/evidence/snapshot';
import { HOSTILE_PAGES, hostileProductPage } from '../../hostile/pages';

const URL_ = 'https://www.amazon.com/dp/B0HOSTILE1?utm_source=mail&tag=aff-20&th=1';
const snap = (body: string) =>
  sanitizeSnapshot(new DOMParser().parseFromString(hostileProductPage(body, 'B0HOSTILE1'), 'text/html'), URL_);

describe('snapshot of hostile pages', () => {
  it.each(HOSTILE_PAGES.map((p) => [p.name, p.body]))('%s: nothing runs or fetches', (_, body) => {
    const out = snap(body);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.head.firstElementChild?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(doc.head.firstElementChild?.getAttribute('content')).toBe(SNAPSHOT_CSP);
    for (const el of doc.querySelectorAll('*')) {
      expect(['script', 'style', 'svg', 'math', 'iframe', 'object', 'embed', 'link', 'base']).not.toContain(
        el.localName,
      );
      for (const a of el.getAttributeNames()) {
        expect(a.startsWith('on'), `${el.localName}[${a}]`).toBe(false);
        expect(['srcset', 'ping', 'formaction', 'action', 'poster', 'background', 'xlink:href']).not.toContain(a);
        const v = el.getAttribute(a)!;
        if (a === 'href') expect(v).toMatch(/^(https?|mailto):/);
        if (a === 'src') expect(v).toMatch(/^data:image\/(png|jpeg|gif|webp|avif);/);
        if (a === 'style') expect(v).not.toMatch(/url|image|\\/i);
      }
    }
    expect(out).not.toMatch(/exfil\.example\/(?!i\.png|p\.png)/); // remote images survive only as inert names
    expect(out).not.toMatch(/javascript|vbscript/i);
  });

  it('written afresh, the markup parses to the same tree (no raw text to break out of)', () => {
    const out = snap(HOSTILE_PAGES.map((p) => p.body).join('\n'));
    const again = sanitizeSnapshot(new DOMParser().parseFromString(out, 'text/html'), URL_);
    // Whitespace after </body> moves inside on the second parse; nothing else may change.
    const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/ <\/body>/, '</body>');
    expect(squash(again)).toBe(squash(out));
  });

  it('a clobbered form neither throws nor loses the page', () => {
    const out = snap(HOSTILE_PAGES.find((p) => p.name.startsWith('DOM clobbering'))!.body);
    expect(out).toContain('inside the form');
    expect(out).toContain('Bose QC45 replica headphones');
    expect(out).not.toContain('typed');
  });

  it('leaves out what Listing Lens put in the page, and tracking parameters from the address', () => {
    const out = snap(HOSTILE_PAGES.find((p) => p.name.startsWith('DOM clobbering'))!.body);
    expect(out).not.toMatch(/listing-lens-badge|LEVEL suspect|OURS/);
    expect(out).toContain('<meta name="listing-lens-source" content="https://www.amazon.com/dp/B0HOSTILE1">');
  });

  it('names a remote image without fetching it, and keeps inline images', () => {
    const out = snap(
      '<img alt="photo" src="/images/p.jpg"><img alt="inline" src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(out).toContain('<img alt="photo" data-original-src="https://www.amazon.com/images/p.jpg">');
    expect(out).toContain('<img alt="inline" src="data:image/png;base64,iVBORw0KGgo=">');
  });
});
