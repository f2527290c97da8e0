// Where the scanner's verdicts come from: a rule pack (signed, or plain JSON for local review)
// opened by the same verify-parse-compile pipeline as the extension, scored by the same engine.
// Default: the bundled demo pack, verified with the bundled demo key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scorer } from './scan-page';

export interface RulesLoad {
  score: Scorer | null;
  /** Shown on stderr: what was loaded, or why verdicts are empty. */
  note: string | null;
  /** Set when a pack the user named could not be used. */
  error?: string;
}

const PACKS = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/packs');

/** Publisher keys to trust: the bundled demo key, plus any *.pub beside the pack. */
function keyFiles(packPath: string): { path: string; bundled: boolean }[] {
  const dirs = [...new Set([PACKS, dirname(packPath)])];
  return dirs.flatMap((d) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => f.endsWith('.pub'))
          .map((f) => ({ path: join(d, f), bundled: d === PACKS && f === 'demo-publisher.pub' }))
      : [],
  );
}

export async function loadRules(packPath: string | null): Promise<RulesLoad> {
  const path = packPath ?? join(PACKS, 'demo-pack.signed');
  if (!existsSync(path)) {
    return packPath
      ? { score: null, note: null, error: `rule pack not found: ${packPath}` }
      : { score: null, note: 'no bundled rule pack: verdicts are empty' };
  }
  const [{ openPack }, { parsePublicKey }, { toBase64 }, { engineCompiler }, engine] = await Promise.all([
    import('../../utils/packs/open'),
    import('../../utils/packs/keys'),
    import('../../utils/bytes'),
    import('../../utils/packs/engine-port'),
    import('../../utils/engine/index'),
  ]);
  const keys = [];
  for (const k of keyFiles(path)) {
    const parsed = await parsePublicKey(readFileSync(k.path, 'utf8'));
    if (parsed.ok)
      keys.push({ keyId: parsed.value.keyId, publicKey: toBase64(parsed.value.publicKey), bundled: k.bundled });
  }
  // A reviewer's own plain pack is theirs to trust; a signed one must verify.
  const opened = await openPack(new Uint8Array(readFileSync(path)), {
    keys,
    compiler: engineCompiler(),
    allowUnverified: true,
  });
  if (!opened.ok) return { score: null, note: null, error: `rule pack ${path}: ${opened.error}` };
  const staged = opened.value;
  const compiled = staged.engine as Parameters<typeof engine.scorePage>[0];
  const note = packPath
    ? `rules: "${staged.pack.name}" v${staged.pack.version} (${staged.verified ? 'signature verified' : 'unsigned'})`
    : null;
  return { score: (listings, marketplace) => engine.scorePage(compiled, listings, marketplace), note };
}
