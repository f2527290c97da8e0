import { describe, expect, it, vi } from 'vitest';
import { createRouter, type HandlerMap } from '../../../utils/background/router';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const contentSender = { id: ID, tab: { id: 7 } as never, frameId: 0, url: 'https://www.amazon.com/dp/B000000001' };
const pageSender = { id: ID, url: `${EXT}popup.html` };
const listing = {
  title: 'Bose QC45',
  price: { amount: 10, currency: 'USD' },
  seller: null,
  brand: null,
  listingId: 'B000000001',
  url: null,
  image: null,
  condition: null,
  sponsored: null,
};
const goodPage = {
  type: 'content:page',
  payload: { extraction: { adapter: 'amazon', page: 'product', listings: [listing], missing: [] } },
};

function setup() {
  const handlers = {
    'content:page': vi.fn(async () => ({ verdicts: [] })),
    'ui:tab-state': vi.fn(async () => ({ kind: 'unsupported', url: null })),
  };
  // Only the two messages these tests send; the real map must name every message (handler-map.test.ts).
  const router = createRouter(handlers as unknown as HandlerMap, EXT, ID);
  return { handlers, router };
}

describe('background router', () => {
  it.each([
    ['another extension', goodPage, { ...contentSender, id: 'zzzz' }, /another extension/],
    ['a malformed envelope', { kind: 'x' }, contentSender, /malformed/],
    ['an unknown message', { type: 'content:delete-everything', payload: {} }, contentSender, /unknown message/],
    [
      'a privileged message from a content script',
      { type: 'ui:tab-state', payload: { tabId: 1 } },
      contentSender,
      /extension page/,
    ],
    ['a content message from an extension page', goodPage, pageSender, /top frame/],
    [
      'a content message from an extension page in a tab',
      goodPage,
      { ...pageSender, tab: { id: 9 }, frameId: 0 },
      /top frame/,
    ],
    [
      'a background-to-content message sent to the background',
      { type: 'bg:reveal', payload: { listingId: 'B0TEST0001', page: 'search', index: 0 } },
      pageSender,
      /content scripts/,
    ],
    ['a content message from a sub-frame', goodPage, { ...contentSender, frameId: 3 }, /top frame/],
    [
      'an invalid payload',
      {
        type: 'content:page',
        payload: {
          extraction: {
            adapter: 'amazon',
            page: 'product',
            listings: [{ ...listing, price: { amount: -1, currency: 'usd' } }],
            missing: [],
          },
        },
      },
      contentSender,
      /invalid content:page/,
    ],
    [
      'extra keys',
      { type: 'content:page', payload: { ...goodPage.payload, evil: true } },
      contentSender,
      /invalid content:page/,
    ],
    [
      'an oversized title',
      {
        type: 'content:page',
        payload: {
          extraction: { ...goodPage.payload.extraction, listings: [{ ...listing, title: 'x'.repeat(5000) }] },
        },
      },
      contentSender,
      /invalid content:page/,
    ],
  ])('drops and counts %s', async (_name, message, sender, reason) => {
    const { handlers, router } = setup();
    const reply = (await router.route(message, sender as never)) as { rejected: string };
    expect(reply.rejected).toMatch(reason);
    expect(router.stats.dropped).toBe(1);
    expect(handlers['content:page']).not.toHaveBeenCalled();
    expect(handlers['ui:tab-state']).not.toHaveBeenCalled();
  });

  it('passes a valid content message to its handler with the sender tab', async () => {
    const { handlers, router } = setup();
    await router.route(goodPage, contentSender as never);
    expect(handlers['content:page']).toHaveBeenCalledTimes(1);
    expect((handlers['content:page'].mock.calls[0] as unknown[])[1]).toMatchObject({ tabId: 7 });
    expect(router.stats.dropped).toBe(0);
  });

  it('passes a privileged message from an extension page open in a tab', async () => {
    const { handlers, router } = setup();
    await router.route({ type: 'ui:tab-state', payload: { tabId: 3 } }, {
      ...pageSender,
      tab: { id: 9 },
      frameId: 0,
    } as never);
    expect(handlers['ui:tab-state']).toHaveBeenCalledTimes(1);
  });

  it('passes a privileged message from an extension page', async () => {
    const { handlers, router } = setup();
    await router.route({ type: 'ui:tab-state', payload: { tabId: 3 } }, pageSender as never);
    expect(handlers['ui:tab-state']).toHaveBeenCalledWith({ tabId: 3 }, expect.anything());
  });
});
