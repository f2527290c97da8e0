import { describe, expect, it } from 'vitest';
import {
  type Lifecycle,
  NEXT,
  canMove,
  lastChannel,
  lifecycleOf,
  markSent,
  mayEdit,
  moveTo,
  recordChannel,
} from '../../../utils/notices/lifecycle';
import { STATUSES, type Status } from '../../../utils/notices/status';

// Every pair of statuses: the allowed moves succeed and append one status event, every other
// move is refused with a sentence and changes nothing.
const at = (status: Status): Lifecycle => ({
  status,
  channel: status === 'draft' ? null : 'eml',
  sentAt: status === 'draft' ? null : 1_000,
  events: [],
  revision: 3,
});

const ALLOWED: [Status, Status][] = [
  ['draft', 'sent'],
  ['sent', 'acknowledged'],
  ['sent', 'removed'],
  ['sent', 'rejected'],
  ['sent', 'counter-noticed'],
  ['sent', 'withdrawn'],
  ['acknowledged', 'removed'],
  ['acknowledged', 'rejected'],
  ['acknowledged', 'counter-noticed'],
  ['acknowledged', 'withdrawn'],
  ['removed', 'counter-noticed'],
  ['removed', 'withdrawn'],
  ['counter-noticed', 'withdrawn'],
];

describe('notice lifecycle', () => {
  it('the transition table is exactly the allowed list', () => {
    const table = STATUSES.flatMap((from) => NEXT[from].map((to) => [from, to]));
    expect(table.sort()).toEqual([...ALLOWED].sort());
  });

  for (const from of STATUSES) {
    for (const to of STATUSES) {
      if (from === to) continue;
      const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
      it(`${from} -> ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const step = moveTo(at(from), to, 5_000);
        expect(step.ok).toBe(allowed);
        expect(canMove(from, to)).toBe(allowed);
        if (step.ok) {
          expect(step.patch.status).toBe(to);
          expect(step.patch.revision).toBe(4);
          expect(step.patch.events.at(-1)).toEqual({ kind: 'status', from, to, at: 5_000 });
        } else {
          expect(step.error).toMatch(/\.$/);
        }
      });
    }
  }

  it('no status goes backwards: nothing leads back to draft, and final statuses lead nowhere', () => {
    for (const s of STATUSES) expect(NEXT[s]).not.toContain('draft');
    expect(NEXT.rejected).toEqual([]);
    expect(NEXT.withdrawn).toEqual([]);
  });

  it('moving to the current status is a no-op', () => {
    const step = moveTo(at('removed'), 'removed', 9);
    expect(step).toEqual({ ok: true, patch: at('removed') });
  });

  it('a channel action is an event and never changes the status', () => {
    for (const s of STATUSES) {
      const next = recordChannel(at(s), 'case-file', 7);
      expect(next.status).toBe(s);
      expect(next.sentAt).toBe(at(s).sentAt);
      expect(next.events).toEqual([{ kind: 'channel', channel: 'case-file', at: 7 }]);
      expect(next.revision).toBe(4);
    }
  });

  it('"sent" keeps the channel last used and stamps the time once', () => {
    const used = recordChannel(at('draft'), 'mailto', 10);
    const step = markSent(used, null, 20);
    expect(step.ok && step.patch).toMatchObject({ status: 'sent', channel: 'mailto', sentAt: 20 });
    if (!step.ok) return;
    const again = markSent(step.patch, null, 30);
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/already recorded as “Sent” on 1970-01-01/) });
    expect(lastChannel(step.patch)).toBe('mailto');
  });

  it('"sent" through a channel records that channel', () => {
    const step = markSent(at('draft'), 'post', 20);
    expect(step.ok && step.patch.channel).toBe('post');
    expect(step.ok && step.patch.events.map((e) => e.kind)).toEqual(['channel', 'status']);
  });

  it('the text may change only in a draft, and only from the revision the editor loaded', () => {
    expect(mayEdit(at('draft'), 3)).toBeNull();
    expect(mayEdit(at('draft'), undefined)).toBeNull();
    expect(mayEdit(at('draft'), 2)).toMatch(/changed in another window/);
    for (const s of STATUSES.filter((x) => x !== 'draft')) expect(mayEdit(at(s), 3)).toMatch(/can no longer change/);
  });

  it('reads rows written before the lifecycle existed', () => {
    expect(lifecycleOf({ status: 'sent', channel: null, sentAt: 5 })).toEqual({
      status: 'sent',
      channel: null,
      sentAt: 5,
      events: [],
      revision: 0,
    });
    expect(lifecycleOf({ status: 'bogus', channel: null, sentAt: null }).status).toBe('draft');
  });
});
