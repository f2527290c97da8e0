import { describe, expect, it, vi } from 'vitest';
import { createRouter, type HandlerMap } from '../../../utils/background/router';
import { requests } from '../../../utils/messages';
import { joinReasons, plainReason, prefillReason } from '../../../utils/triage-reason';

// What the background accepts from the decision view and the history: a reason is plain text,
// trimmed and bounded; only extension pages may confirm, cancel or undo a decision.
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const page = { id: ID, url: `${EXT}popup.html` };
const content = { id: ID, tab: { id: 7 } as never, frameId: 0, url: 'https://www.amazon.com/s?k=x' };
const decisionId = '0f8c2a4e-1b2c-4d5e-8f90-123456789abc';
const confirm = requests['ui:triage-confirm'];

describe('triage messages', () => {
  it('stores the reason as plain text: line breaks normalised, control and bidi-override characters dropped, trimmed', () => {
    const r = confirm.safeParse({ tabId: 3, decisionId, reason: '  Logo\r\nmisspelt\u0007\u202e \t\n' });
    expect(r.success && r.data.reason).toBe('Logo\nmisspelt');
    expect(plainReason('a\u0000b\u009fc\u202ed\te')).toBe('abcde');
  });

  it('bounds the reason at 2,000 characters once trimmed', () => {
    const ok = confirm.safeParse({ tabId: 3, decisionId, reason: ` ${'x'.repeat(2_000)}\n\n` });
    expect(ok.success).toBe(true);
    expect(confirm.safeParse({ tabId: 3, decisionId, reason: 'x'.repeat(2_001) }).success).toBe(false);
    expect(confirm.safeParse({ tabId: 3, decisionId, reason: ' '.repeat(5_000) }).success).toBe(false);
  });

  it.each([
    ['a decision id that is not one', { tabId: 3, decisionId: '../../x', reason: '' }],
    ['a missing reason', { tabId: 3, decisionId }],
    ['a reason that is not text', { tabId: 3, decisionId, reason: ['x'] }],
    ['an extra field', { tabId: 3, decisionId, reason: '', note: 'x' }],
    ['a negative tab', { tabId: -1, decisionId, reason: '' }],
  ])('refuses %s', (_, payload) => {
    expect(confirm.safeParse(payload).success).toBe(false);
  });

  it('refuses an undo without its listing', () => {
    const undo = requests['ui:reviewed-fine-remove'];
    expect(undo.safeParse({ marketplace: 'amazon', listingId: 'B0X' }).success).toBe(true);
    expect(undo.safeParse({ marketplace: 'amazon', listingId: '' }).success).toBe(false);
    expect(undo.safeParse({ marketplace: 'amazon' }).success).toBe(false);
  });

  it('takes decisions and undos from extension pages only, with the cleaned reason', async () => {
    const handlers = {
      'ui:triage-confirm': vi.fn(async () => ({ ok: true, recorded: 1 })),
      'ui:triage-cancel': vi.fn(async () => ({ ok: true })),
      'ui:reviewed-fine-remove': vi.fn(async () => ({ ok: true })),
    };
    const router = createRouter(handlers as unknown as HandlerMap, EXT, ID);
    const send = (type: string, payload: unknown, sender: object) => router.route({ type, payload }, sender);
    const confirmMsg = { tabId: 3, decisionId, reason: ' Fake box ' };
    expect(await send('ui:triage-confirm', confirmMsg, content)).toEqual({
      rejected: 'ui:triage-confirm may only come from an extension page',
    });
    expect(await send('ui:triage-cancel', { tabId: 3, decisionId }, content)).toHaveProperty('rejected');
    expect(await send('ui:reviewed-fine-remove', { marketplace: 'amazon', listingId: 'B' }, content)).toHaveProperty(
      'rejected',
    );
    expect(handlers['ui:triage-confirm']).not.toHaveBeenCalled();
    expect(await send('ui:triage-confirm', confirmMsg, page)).toEqual({ ok: true, recorded: 1 });
    expect(handlers['ui:triage-confirm']).toHaveBeenCalledWith(
      { ...confirmMsg, reason: 'Fake box' },
      expect.anything(),
    );
  });

  it('prefills the engine reasons once each, within the limit', () => {
    expect(joinReasons(['Replica wording', ' Price 20% of MSRP ', 'Replica wording', ''])).toBe(
      'Replica wording; Price 20% of MSRP',
    );
    const long = joinReasons(['a'.repeat(1_500), 'b'.repeat(1_500)]);
    expect(long).toHaveLength(2_000);
    expect(long.endsWith('…')).toBe(true);
  });

  it('prefills only what is true of every flagged listing, and nothing for "looks fine"', () => {
    const bose = ['The title names Bose', 'The title says “replica”'];
    const goose = ['The title names Canada Goose', 'The title says “replica”'];
    expect(prefillReason('flag', [bose])).toBe('The title names Bose; The title says “replica”');
    expect(prefillReason('flag', [bose, goose])).toBe('The title says “replica”');
    expect(prefillReason('flag', [bose, ['The price is 10% of the usual']])).toBe('');
    expect(prefillReason('fine', [bose])).toBe('');
    expect(prefillReason('flag', [])).toBe('');
  });
});
