// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PacksImport } from '../../../components/options/PacksImport';
import { PacksInstalled } from '../../../components/options/PacksInstalled';
import { PacksSubscriptions } from '../../../components/options/PacksSubscriptions';
import { TrustedKeys } from '../../../components/options/TrustedKeys';
import type { PackView } from '../../../utils/packs/views';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const pack = (over: Partial<PackView>): PackView => ({
  id: 'demo',
  name: 'Demo pack',
  version: 1,
  publisher: 'Demo publisher',
  keyId: 'ab'.repeat(16),
  fingerprint: 'abab abab',
  verified: true,
  example: true,
  active: true,
  brands: 9,
  source: 'bundled',
  subscriptionUrl: null,
  installedAt: NOW,
  issuedAt: '2026-11-01T00:00:00Z',
  expiresAt: '2031-12-31T00:00:00Z',
  expired: false,
  ...over,
});

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

/** Every control is named: by its text, an aria-label, or the label around it. */
function unnamedControls(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('button, input, select, textarea')) {
    const named =
      el.getAttribute('aria-label') ||
      (el.tagName === 'BUTTON' && el.textContent!.trim()) ||
      el.closest('label')?.textContent?.trim() ||
      (el.id && root.querySelector(`label[for="${el.id}"]`)?.textContent?.trim());
    if (!named) out.push(el.outerHTML.slice(0, 80));
  }
  return out;
}

describe('rule pack options components', () => {
  it('lists installed packs with their state, and names every control', () => {
    const root = mount(
      <PacksInstalled
        now={NOW}
        busy={false}
        onActivate={() => {}}
        onRemove={() => {}}
        packs={[
          pack({}),
          pack({
            id: 'mine',
            name: 'My pack',
            verified: false,
            example: false,
            active: false,
            source: 'file',
            expired: true,
          }),
        ]}
      />,
    );
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toMatch(/Demo packActiveexample data.*Demo publisher.*Verified.*issued 27 days ago/);
    expect(rows[1]).toMatch(/My pack.*Unverified.*expired/);
    expect(root.querySelector('button[aria-label="Use My pack"]')).not.toBe(null);
    expect(root.querySelector('button[aria-label="Use Demo pack"]')).toBe(null);
    expect(unnamedControls(root)).toEqual([]);
  });

  it('shows subscription errors as alerts and submits the URL and interval', async () => {
    const onSubscribe = vi.fn();
    const root = mount(
      <PacksSubscriptions
        now={NOW}
        busy={false}
        onSubscribe={onSubscribe}
        onUpdate={() => {}}
        onUnsubscribe={() => {}}
        subscriptions={[
          {
            url: 'https://a.example/p.signed',
            intervalHours: 24,
            lastChecked: NOW - 3_600_000,
            lastUpdated: null,
            lastError: 'The signature does not match',
            packId: null,
          },
        ]}
      />,
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/signature does not match/);
    expect(root.textContent).toMatch(/checked 1 hour ago · updated never/);
    expect(root.querySelector('input[type="url"]')!.getAttribute('aria-describedby')).toBe('ll-subs-note');
    const input = root.querySelector('input[type="url"]') as HTMLInputElement;
    input.value = ' https://b.example/p.signed ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 10)); // let Preact re-render with the new state
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSubscribe).toHaveBeenCalledWith('https://b.example/p.signed', 24);
    expect(unnamedControls(root)).toEqual([]);
  });

  it('asks before installing an unverified file, and names every control', () => {
    const root = mount(
      <PacksImport
        busy={false}
        pending={{ fileName: 'x.json', reason: 'The pack is not signed.' }}
        onFile={() => {}}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toMatch(
      /Install “x.json” as unverified\?.*not signed/,
    );
    expect(unnamedControls(root)).toEqual([]);
  });

  it('shows keys by fingerprint, the built-in one without a remove button', () => {
    const root = mount(
      <TrustedKeys
        busy={false}
        onAdd={() => {}}
        onRemove={() => {}}
        keys={[
          { keyId: 'a'.repeat(32), fingerprint: 'aaaa aaaa', label: 'Demo', bundled: true, addedAt: 0 },
          { keyId: 'b'.repeat(32), fingerprint: 'bbbb bbbb', label: 'Alliance', bundled: false, addedAt: 0 },
        ]}
      />,
    );
    expect(root.querySelector('[aria-label="Fingerprint of Alliance"]')?.textContent).toBe('bbbb bbbb');
    expect(root.querySelectorAll('button[aria-label^="Remove key"]').length).toBe(1);
    expect(unnamedControls(root)).toEqual([]);
  });
});
