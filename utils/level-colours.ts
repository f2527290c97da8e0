import type { Level } from './types';

// One colour per warning level, for the toolbar badge and the on-page badge; extension pages get
// the same values as CSS variables (--suspect, --watch in components/shared/ui.css).
export const LEVEL_COLOURS: Record<Exclude<Level, 'ok'>, string> = { suspect: '#b3261e', watch: '#8a5a00' };
