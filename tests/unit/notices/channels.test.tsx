// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Channels } from '../../../components/notice/Channels';

// The mail button never goes dead: a notice too long for a mail link is offered as an .eml.
function show(text: string, sent = false) {
  const root = document.createElement('div');
  document.body.append(root);
  const onChannel = vi.fn();
  act(() =>
    render(
      <Channels
        recipient="notices@example.com"
        subject="Notice"
        text={text}
        blocked={false}
        formUrl={null}
        formLabel={null}
        endpoints={[]}
        busy={false}
        sent={sent}
        onChannel={onChannel}
        onMarkSent={() => {}}
      />,
      root,
    ),
  );
  return { root, onChannel };
}
const named = (root: HTMLElement, name: string | RegExp) =>
  [...root.querySelectorAll('a,button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  ) as HTMLElement | undefined;

describe('send channels', () => {
  it('a short notice opens the mail app through a mailto link', () => {
    const { root } = show('A short notice.');
    expect(named(root, 'Open in mail app')?.getAttribute('href')).toMatch(/^mailto:notices@example\.com\?subject=/);
  });

  it('a long notice is downloaded as .eml, and the mail button says so', () => {
    const { root, onChannel } = show('x '.repeat(1_500));
    const button = named(root, /^Too long for a mail link: download \.eml/) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    act(() => button.click());
    expect(onChannel).toHaveBeenCalledWith('eml');
  });

  it('once sent, "Mark as sent" cannot be pressed again', () => {
    const { root } = show('A short notice.', true);
    expect((named(root, 'Recorded as sent') as HTMLButtonElement).disabled).toBe(true);
  });
});
