import { compilePack, ENGINE_FORMAT, loadEngine, serializeEngine, type Engine } from '../engine/index';
import type { PackCompiler } from './open';

// The one place the pack modules meet the engine; everything else takes a PackCompiler so
// it can be tested without it.

export type { Engine };

export function engineCompiler(): PackCompiler {
  return { format: ENGINE_FORMAT, compile: compilePack, serialize: (e) => serializeEngine(e as Engine) };
}

export { loadEngine, ENGINE_FORMAT };
