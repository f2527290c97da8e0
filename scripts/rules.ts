// The publisher's tool: `npm run rules -- <command>`.
//   keygen --out DIR [--label TEXT] [--force]       write DIR/publisher.key and DIR/publisher.pub
//   sign   --key DIR/publisher.key --in PACK.json --out SIGNED
//   verify --pub DIR/publisher.pub [--pub ...] SIGNED   exit 0 valid, 1 rejected, 2 usage
//   build  --dir CSV_DIR --out PACK.json [--pub DIR/publisher.pub] [--version N]
import './english-i18n';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TABLES, type TableName } from '../utils/packs/build-columns';
import { buildPack } from '../utils/packs/build';
import { toBase64 } from '../utils/bytes';
import { fingerprint, parsePublicKey } from '../utils/packs/keys';
import { openPack, type PackCompiler } from '../utils/packs/open';
import { makeKeyPair, signPack } from '../utils/packs/sign';

class UsageError extends Error {}

const USAGE = `Usage: npm run rules -- <command>
  keygen --out DIR [--label TEXT] [--force]
  sign   --key DIR/publisher.key --in PACK.json --out SIGNED
  verify --pub DIR/publisher.pub [--pub OTHER.pub] SIGNED
  build  --dir CSV_DIR --out PACK.json [--pub DIR/publisher.pub] [--version N]`;

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`missing ${flag}`);
  return value;
}

function read(path: string): Buffer {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  return readFileSync(path);
}

async function keygen(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, label: { type: 'string' }, force: { type: 'boolean' } },
  });
  const dir = need(values.out, '--out DIR');
  const keyPath = join(dir, 'publisher.key');
  if (existsSync(keyPath) && !values.force)
    throw new UsageError(`${keyPath} exists; refusing to overwrite a private key (use --force)`);
  const { secret, pub } = await makeKeyPair(values.label ?? 'Rule pack publisher');
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyPath, `${JSON.stringify(secret, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(join(dir, 'publisher.pub'), `${JSON.stringify(pub, null, 2)}\n`);
  console.log(`Wrote ${keyPath} (keep it secret) and ${join(dir, 'publisher.pub')} (publish it).`);
  console.log(`Key id ${pub.keyId}\nFingerprint ${fingerprint(pub.keyId)}`);
  return 0;
}

async function sign(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { key: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } },
  });
  const key = read(need(values.key, '--key FILE')).toString('utf8');
  const payload = new Uint8Array(read(need(values.in, '--in PACK.json')));
  const out = need(values.out, '--out SIGNED');
  const signed = await signPack(payload, key);
  if (!signed.ok) return failWith(`Not signed: ${signed.error}`);
  writeFileSync(out, signed.value);
  console.log(`Signed ${values.in} -> ${out} (${signed.value.length} bytes).`);
  return 0;
}

/** The engine is optional for the CLI: without it, verify checks everything but compilation. */
async function compiler(): Promise<PackCompiler | null> {
  try {
    return (await import('../utils/packs/engine-port')).engineCompiler();
  } catch {
    return null;
  }
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { pub: { type: 'string', multiple: true } },
  });
  if (!values.pub?.length) throw new UsageError('missing --pub DIR/publisher.pub');
  if (positionals.length !== 1) throw new UsageError('give exactly one signed pack file to verify');
  const keys = [];
  for (const p of values.pub) {
    const key = await parsePublicKey(read(p).toString('utf8'));
    if (!key.ok) return failWith(`${p}: ${key.error}`);
    keys.push({ keyId: key.value.keyId, publicKey: toBase64(key.value.publicKey) });
  }
  const engine = await compiler();
  const noop: PackCompiler = { format: 0, compile: () => null, serialize: () => new ArrayBuffer(0) };
  const opened = await openPack(new Uint8Array(read(positionals[0])), { keys, compiler: engine ?? noop });
  if (!opened.ok) return failWith(`REJECTED ${positionals[0]}: ${opened.error}`);
  const { pack, keyId } = opened.value;
  console.log(
    `OK ${positionals[0]}: "${pack.name}" (${pack.id}) version ${pack.version}, ${pack.brands.length} brands,`,
  );
  console.log(
    `   signed by ${fingerprint(keyId!)}, valid until ${pack.expiresAt}${pack.example ? ', EXAMPLE DATA' : ''}.`,
  );
  if (!engine) console.log('   (the rule engine is not available here, so compilation was not checked)');
  return 0;
}

async function build(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { dir: { type: 'string' }, out: { type: 'string' }, pub: { type: 'string' }, version: { type: 'string' } },
  });
  const dir = need(values.dir, '--dir CSV_DIR');
  const out = need(values.out, '--out PACK.json');
  const files: Partial<Record<TableName, string>> = {};
  for (const name of Object.keys(TABLES) as TableName[]) {
    if (existsSync(join(dir, name))) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  let keyId: string | undefined;
  if (values.pub) {
    const key = await parsePublicKey(read(values.pub).toString('utf8'));
    if (!key.ok) return failWith(`${values.pub}: ${key.error}`);
    keyId = key.value.keyId;
  }
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && !Number.isInteger(version)) throw new UsageError('--version must be a whole number');
  const built = buildPack(files, { keyId, version, now: Date.now() });
  if (!built.ok) return failWith(`Build failed: ${built.error}`);
  writeFileSync(out, built.value.json);
  const p = built.value.pack;
  console.log(
    `Built ${out}: "${p.name}" version ${p.version}, ${p.brands.length} brands, ${p.brands.reduce((n, b) => n + b.models.length, 0)} models.`,
  );
  return 0;
}

function failWith(message: string): number {
  console.error(message);
  return 1;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { keygen, sign, verify, build };

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  try {
    return await command(args);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${name}: ${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
