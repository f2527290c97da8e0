import type { ContentScriptContext } from 'wxt/utils/content-script-context';
export function runContentScript(_ctx: ContentScriptContext): void {}
