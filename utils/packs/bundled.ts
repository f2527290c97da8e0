import demoPackText from '../../assets/packs/demo-pack.signed?raw';
import demoKeyText from '../../assets/packs/demo-publisher.pub?raw';

// The demo pack and its publisher key ship inside the extension so a fresh install works
// with no setup. Vite inlines both as strings; they are only read when called.

export const bundledPackBytes = (): Uint8Array => new TextEncoder().encode(demoPackText);
export const bundledKeyText = (): string => demoKeyText;
