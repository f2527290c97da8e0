import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// WXT imports the background and content entrypoints in Node at build time to read their
// options, so importing them (and everything they import: adapters, engine, messages) must do no
// work: no browser API call, no listener, no timer. The test environment has no DOM, so a module
// that touched `document` or `window` at import would fail to import at all.

type Fns = Record<string, unknown>;

/** Spies on every function of the fake browser API and on the global timers and fetch. */
function recordCalls(): () => string[] {
  const spies: [string, { mock: { calls: unknown[] } }][] = [];
  const seen = new Set<unknown>();
  const walk = (obj: Fns, path: string) => {
    if (seen.has(obj) || path.split('.').length > 5) return;
    seen.add(obj);
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (typeof value === 'function')
        spies.push([`${path}${key}`, vi.spyOn(obj as Record<string, () => unknown>, key)]);
      else if (value && typeof value === 'object') walk(value as Fns, `${path}${key}.`);
    }
  };
  walk(fakeBrowser as unknown as Fns, '');
  for (const name of ['setTimeout', 'setInterval', 'fetch'] as const) {
    spies.push([name, vi.spyOn(globalThis, name)]);
  }
  return () => spies.filter(([, spy]) => spy.mock.calls.length > 0).map(([name]) => name);
}

describe('entrypoints at import time', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.restoreAllMocks());

  it('importing the background and content entrypoints calls no browser API and starts no timer', async () => {
    const called = recordCalls();
    const background = await import('../../../entrypoints/background/index');
    // One content script per marketplace, plus the general reader.
    const loaders = import.meta.glob<{ default: { main: unknown } }>('../../../entrypoints/*.content.ts');
    const contents = await Promise.all(Object.values(loaders).map((load) => load()));
    expect(called()).toEqual([]);
    expect(typeof background.default.main).toBe('function');
    expect(contents.length).toBeGreaterThan(10);
    for (const content of contents) expect(typeof content.default.main).toBe('function');
  });

  it('the same recording sees the background register its listeners once main runs', async () => {
    const called = recordCalls();
    const background = await import('../../../entrypoints/background/index');
    background.default.main();
    expect(called()).toContain('runtime.onMessage.addListener');
  });
});
