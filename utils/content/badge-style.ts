import { LEVEL_COLOURS } from '../level-colours';

// The host's own box, set inline with !important: a page stylesheet cannot beat inline important
// declarations, so `span[data-listing-lens-badge] { display: none !important }` does nothing.
export const HOST_STYLE = [
  'all: initial',
  'display: inline-block',
  'position: static',
  'visibility: visible',
  'opacity: 1',
  'vertical-align: middle',
  'margin: 0 6px 0 0',
  'line-height: 0',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
]
  .map((d) => `${d} !important`)
  .join(';');

// Text the page must not read lives in attributes of the closed shadow tree and is drawn with
// generated content (`content: attr(...)`): `window.find` and selection never see it.
// The halo (white ring inside a dark ring) keeps the pill at >= 3:1 on any background.
export const SHADOW_STYLE = `
button.pill { all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center;
  height: 18px; padding: 0 7px; border-radius: 9px; font: 600 11px/18px system-ui, sans-serif; color: #fff;
  box-shadow: 0 0 0 1.5px #fff, 0 0 0 3px #1f1f1f; white-space: nowrap; }
button.pill::before { content: attr(data-label); }
button.pill:focus-visible { outline: 3px solid #1a73e8; outline-offset: 3px; }
button.pill.suspect { background: ${LEVEL_COLOURS.suspect}; }
button.pill.watch { background: ${LEVEL_COLOURS.watch}; }
button.pill.ok { background: #e8f0e8; color: #1e5631; font-weight: 500; }
button.pill.selected { outline: 2px dashed #1a73e8; outline-offset: 3px; }
button.pill.flagged { background: #5b1a16; }
.tip, .panel { position: fixed; inset: auto; margin: 0; box-sizing: border-box; color: #1f1f1f;
  font: 13px/1.4 system-ui, sans-serif; background: #fff; border: 1px solid #6b6b6b; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.tip { padding: 4px 8px; max-width: 360px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  pointer-events: none; }
.tip::before { content: attr(data-tip); }
.panel { width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px; }
.panel:focus { outline: none; }
.panel h2 { font-size: 14px; margin: 0 0 6px; }
.panel ul { margin: 6px 0; padding-left: 18px; } .panel li { margin: 2px 0; }
.panel .muted { color: #4a4a4a; margin: 6px 0; }
.panel .row { display: flex; gap: 8px; justify-content: flex-end; }
.panel button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #1a73e8; cursor: pointer;
  background: #1a73e8; color: #fff; }
.panel button.quiet { background: #fff; color: #1a73e8; }
.panel button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;
