import { t } from '../i18n';
import type { Verdict } from '../types';
import { HOST_STYLE, SHADOW_STYLE } from './badge-style';
import { openPanel } from './panel';

// The badge contract (docs/in-page.md): a plain <span data-listing-lens-badge="LISTING-ID"> at the
// start of the listing's title. A built-in element because a page can pre-define any custom element
// name and run its own code in it; no level or reasons in attributes the page can read. Everything
// visible is in a closed shadow root, drawn from attributes until the user opens the panel.
export const BADGE_ATTR = 'data-listing-lens-badge';

export type BadgeMark = 'selected' | 'flagged' | 'fine' | null;

/** What the panel offers besides the reasons; `mute` hides badges for the page only. */
export interface BadgeActions {
  review(listingId: string): void;
  muteOptions(listingId: string): { seller: string | null; brand: string | null };
  mute(listingId: string, kind: 'seller' | 'brand'): void;
}

export interface BadgeHandle {
  host: HTMLElement;
  listingId: string;
  update(verdict: Verdict): void;
  /** A reviewer's decision or selection, shown on the pill. */
  mark(mark: BadgeMark): void;
  /** Opens the reasons (triage shortcut) or focuses the badge. */
  open(): void;
  focus(): void;
}

const levelLabel = (v: Verdict) =>
  v.level === 'suspect' ? t('page_badge_suspect') : v.level === 'watch' ? t('page_badge_watch') : t('page_badge_ok');

export function createBadge(doc: Document, verdict: Verdict, actions: BadgeActions): BadgeHandle {
  const host = doc.createElement('span');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const pill = doc.createElement('button');
  pill.setAttribute('aria-haspopup', 'dialog');
  pill.setAttribute('aria-expanded', 'false');
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('aria-hidden', 'true');
  const popovers = hasPopover(tip);
  if (popovers) tip.setAttribute('popover', 'manual');
  else tip.hidden = true;
  adoptStyle(doc, root);
  root.append(pill, tip);

  let current = verdict;
  let marked: BadgeMark = null;
  const showTip = (on: boolean) => {
    if (!popovers || !tip.isConnected) return;
    if (on && !tip.matches(':popover-open')) {
      const r = pill.getBoundingClientRect();
      tip.style.left = `${Math.max(4, r.left)}px`;
      tip.style.top = `${r.bottom + 6}px`;
      tip.showPopover();
    } else if (!on && tip.matches(':popover-open')) tip.hidePopover();
  };
  const open = () => {
    showTip(false);
    openPanel({ doc, root, pill, verdict: current, label: levelLabel(current), actions });
  };
  pill.addEventListener('click', (e) => {
    // The page sees a click on the host only; its card handlers must not navigate away.
    e.preventDefault();
    e.stopPropagation();
    open();
  });
  pill.addEventListener('mouseenter', () => showTip(true));
  pill.addEventListener('mouseleave', () => showTip(false));
  pill.addEventListener('focus', () => showTip(true));
  pill.addEventListener('blur', () => showTip(false));

  function update(v: Verdict) {
    current = v;
    host.setAttribute(BADGE_ATTR, v.listingId);
    const label =
      marked === 'flagged' ? t('page_badge_flagged') : marked === 'fine' ? t('page_badge_fine') : levelLabel(v);
    pill.className = `pill ${marked === 'fine' ? 'ok' : v.level}${marked ? ` ${marked}` : ''}`;
    const glyph =
      marked === 'flagged' ? '⚑' : marked === 'fine' || v.level === 'ok' ? '✓' : v.level === 'suspect' ? '⚠' : '◔';
    pill.dataset.label = v.level === 'ok' && !marked ? glyph : `${glyph} ${label}`;
    pill.setAttribute(
      'aria-label',
      t('page_badge_name', marked === 'selected' ? t('page_badge_selected', label) : label),
    );
    const reason = v.reasons.find((r) => r.weight > 0)?.message ?? label;
    pill.setAttribute('aria-description', reason);
    tip.dataset.tip = reason;
  }
  update(verdict);
  return {
    host,
    get listingId() {
      return current.listingId;
    },
    update,
    mark(m) {
      marked = m;
      update(current);
    },
    open,
    focus: () => pill.focus(),
  };
}

/** The Popover API (top layer); without it (old engines, test DOMs) the panel opens in place. */
export const hasPopover = (el: HTMLElement) => typeof (el as { showPopover?: unknown }).showPopover === 'function';

let shared: CSSStyleSheet | null = null;
/** One parsed stylesheet shared by every badge's root (constructable); a <style> where there is none. */
function adoptStyle(doc: Document, root: ShadowRoot): void {
  try {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(SHADOW_STYLE);
    }
    root.adoptedStyleSheets = [shared];
  } catch {
    const style = doc.createElement('style');
    style.textContent = SHADOW_STYLE;
    root.append(style);
  }
}
