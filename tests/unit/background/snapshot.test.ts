import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeSnapshot } from '../../../utils/background/snapshot';

// The snapshot script runs in a hostile page's tab: what it hands back is checked like any message.
describe('the evidence snapshot of a tab', () => {
  const executeScript = vi.fn();
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockReset();
    (browser.scripting as any).executeScript = executeScript;
  });

  it('injects the snapshot script into the top frame of that tab only, and returns its answer', async () => {
    executeScript.mockResolvedValue([
      { frameId: 0, result: { html: '<p>x</p>', url: 'https://a.example/', title: 'A' } },
    ]);
    expect(await takeSnapshot(7)).toEqual({ html: '<p>x</p>', url: 'https://a.example/', title: 'A' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/snapshot.js'] });
  });

  it.each([
    ['no answer', []],
    ['an answer with extra fields', [{ frameId: 0, result: { html: '', url: '', title: '', script: 'x' } }]],
    ['an answer of the wrong type', [{ frameId: 0, result: 'html' }]],
  ])('refuses %s', async (_name, frames) => {
    executeScript.mockResolvedValue(frames);
    await expect(takeSnapshot(7)).rejects.toThrow(/out of shape/);
  });
});
