// The handler map is typed by message name: these lines are checked by `npm run check` (tsc),
// and each @ts-expect-error fails the check if the mistake it shows ever compiles.
import { describe, expect, it } from 'vitest';
import type { Handler, HandlerMap } from '../../../utils/background/router';

const diagnostics: Handler<'ui:diagnostics'> = async () => ({ dropped: 0, lastDropReason: null });

// @ts-expect-error a reply of the wrong shape does not compile
const wrongReply: Handler<'ui:diagnostics'> = async () => ({ dropped: 'none' });

// @ts-expect-error a handler that reads a field its message does not carry does not compile
const wrongPayload: Handler<'ui:tab-state'> = async (p: { url: string }) => ({ kind: 'unsupported', url: p.url });

// @ts-expect-error a map that leaves out a message does not compile
const missing: HandlerMap = { 'ui:diagnostics': diagnostics };

// @ts-expect-error the background has no handler for what it sends to content scripts
const toContent: Handler<'bg:reveal'> = async () => ({ found: true });

describe('handler map typing', () => {
  it('is checked by the compiler (see the @ts-expect-error lines above)', async () => {
    expect(await diagnostics({}, { sender: {}, tabId: null })).toEqual({ dropped: 0, lastDropReason: null });
    expect([wrongReply, wrongPayload, missing, toContent].length).toBe(4);
  });
});
