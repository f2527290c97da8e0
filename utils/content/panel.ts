import { t } from '../i18n';
import type { Verdict } from '../types';
import { hasPopover, type BadgeActions } from './badge';

interface PanelInput {
  doc: Document;
  root: ShadowRoot;
  pill: HTMLElement;
  verdict: Verdict;
  label: string;
  actions: BadgeActions;
}

/**
 * The reasons, as a named dialog in the top layer (Popover API): never clipped by a card's
 * `overflow: hidden`, closed by Escape and by a click outside (light dismiss), focus moved in and
 * given back to the badge. Its text exists only while it is open. It only informs: the one action
 * opens the extension's own review page.
 */
export function openPanel({ doc, root, pill, verdict, label, actions }: PanelInput): void {
  if (root.querySelector('.panel')) return;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.tabIndex = -1;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'll-heading');
  const heading = doc.createElement('h2');
  heading.id = 'll-heading';
  heading.textContent = t('page_panel_title', label, Math.round(verdict.score));
  const list = doc.createElement('ul');
  for (const r of verdict.reasons) {
    const li = doc.createElement('li');
    li.textContent = r.message;
    list.append(li);
  }
  const note = doc.createElement('p');
  note.className = 'muted';
  note.textContent = t('page_panel_note');
  const review = doc.createElement('button');
  review.textContent = t('page_panel_review');
  review.setAttribute('aria-label', t('page_panel_review_name'));
  const close = doc.createElement('button');
  close.className = 'quiet';
  close.textContent = t('page_panel_close');
  const row = doc.createElement('div');
  row.className = 'row';
  row.append(review, close);
  const mutes = muteButtons(doc, verdict.listingId, actions, () => hide());
  panel.append(heading, ...(verdict.reasons.length ? [list] : []), note, row, ...mutes);
  root.append(panel);

  const usePopover = hasPopover(panel);
  const finish = () => {
    // Focus goes back to the badge unless the user moved it elsewhere (clicked another control).
    const active = root.activeElement;
    const lost = !active || panel.contains(active);
    const outside = doc.activeElement && doc.activeElement !== doc.body && doc.activeElement !== root.host;
    panel.remove();
    pill.setAttribute('aria-expanded', 'false');
    if (lost && !outside) pill.focus();
  };
  const hide = () => (usePopover ? panel.hidePopover() : finish());
  review.addEventListener('click', (e) => {
    e.stopPropagation();
    // Only a real user's click asks the background to open the review page; it creates nothing.
    if (e.isTrusted) actions.review(verdict.listingId);
  });
  close.addEventListener('click', (e) => {
    e.stopPropagation();
    hide();
  });
  panel.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape' && !usePopover) finish();
  });
  panel.addEventListener('click', (e) => e.stopPropagation());
  if (usePopover) {
    panel.setAttribute('popover', 'auto');
    panel.addEventListener('toggle', (e) => {
      if ((e as ToggleEvent).newState === 'closed') finish();
    });
    const r = pill.getBoundingClientRect();
    const vw = doc.documentElement.clientWidth;
    panel.style.left = `${Math.max(8, Math.min(r.left, vw - 328))}px`;
    panel.style.top = `${r.bottom + 6}px`;
    panel.showPopover();
    const h = panel.getBoundingClientRect().height;
    if (r.bottom + 6 + h > innerHeight && r.top - 6 - h > 0) panel.style.top = `${r.top - 6 - h}px`;
  }
  pill.setAttribute('aria-expanded', 'true');
  panel.focus();
}

/** "Hide badges of this seller / about this brand on this page": quiet links under the actions. */
function muteButtons(doc: Document, listingId: string, actions: BadgeActions, done: () => void): HTMLElement[] {
  const { seller, brand } = actions.muteOptions(listingId);
  const out: HTMLElement[] = [];
  for (const [kind, value] of [
    ['seller', seller],
    ['brand', brand],
  ] as const) {
    if (!value) continue;
    const b = doc.createElement('button');
    b.className = 'quiet';
    b.textContent = kind === 'seller' ? t('page_mute_seller', value) : t('page_mute_brand', value);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      if (!e.isTrusted) return;
      done();
      actions.mute(listingId, kind);
    });
    const p = doc.createElement('p');
    p.append(b);
    out.push(p);
  }
  return out;
}
