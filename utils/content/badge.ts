import { LEVEL_COLOURS } from '../level-colours';
import type { Verdict } from '../types';

// The badge contract: a <listing-lens-badge> host with data-level and data-listing-id next to
// the listing; everything visible lives in a closed shadow root so the page can neither style
// nor read it. Page-derived text only ever goes in through textContent.
export const BADGE_TAG = 'listing-lens-badge';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 4px 6px; font: 12px/1.3 system-ui, sans-serif; position: relative; z-index: 2147483000; }
button.pill { all: unset; cursor: pointer; display: inline-flex; gap: 4px; align-items: center; padding: 2px 8px; border-radius: 999px; font-weight: 600; color: #fff; }
button.pill:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
button.pill.suspect { background: ${LEVEL_COLOURS.suspect}; } button.pill.watch { background: ${LEVEL_COLOURS.watch}; }
.panel { position: absolute; top: 100%; left: 0; margin-top: 4px; width: 300px; background: #fff; color: #1f1f1f; border: 1px solid #c4c4c4; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 10px; }
.panel[hidden] { display: none; }
.panel ul { margin: 6px 0; padding-left: 18px; } .panel li { margin: 2px 0; }
.panel button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #1a73e8; background: #1a73e8; color: #fff; cursor: pointer; }
.muted { color: #555; }
`;

export interface BadgeHandle {
  host: HTMLElement;
  update(verdict: Verdict): void;
}

export function createBadge(doc: Document, verdict: Verdict, onFlag: (listingId: string) => void): BadgeHandle {
  const host = doc.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const pill = doc.createElement('button');
  pill.className = 'pill';
  pill.setAttribute('aria-expanded', 'false');
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  const heading = doc.createElement('strong');
  const list = doc.createElement('ul');
  const note = doc.createElement('p');
  note.className = 'muted';
  note.textContent = 'Signals, not proof. Check the listing before you report it.';
  const flag = doc.createElement('button');
  flag.textContent = 'Review and flag…';
  flag.setAttribute('aria-label', 'Review and flag this listing in Listing Lens');
  panel.append(heading, list, note, flag);
  root.append(style, pill, panel);

  let current = verdict;
  pill.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    panel.hidden = !panel.hidden;
    pill.setAttribute('aria-expanded', String(!panel.hidden));
  });
  // Only a real user's click asks the background to open the review page; it creates nothing.
  flag.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (e.isTrusted) onFlag(current.listingId);
  });

  function update(v: Verdict) {
    current = v;
    host.dataset.level = v.level;
    host.dataset.listingId = v.listingId;
    const label = v.level === 'suspect' ? 'Suspect' : 'Watch';
    pill.className = `pill ${v.level}`;
    pill.textContent = `${v.level === 'suspect' ? '⚠' : '◔'} ${label} · ${Math.round(v.score)}`;
    pill.setAttribute(
      'aria-label',
      `Listing Lens: ${label.toLowerCase()} listing, score ${Math.round(v.score)}. Show reasons`,
    );
    heading.textContent = `Listing Lens: ${label.toLowerCase()} (${Math.round(v.score)}/100)`;
    list.replaceChildren(
      ...v.reasons.map((r) => {
        const li = doc.createElement('li');
        li.textContent = r.message;
        return li;
      }),
    );
  }
  update(verdict);
  return { host, update };
}
