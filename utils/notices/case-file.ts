import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { sha256Hex } from '../bytes';
import { EVIDENCE_EXT, evidenceBytes } from '../evidence/capture';
import type { EvidenceRow } from '../db';

// The case file: one .zip with the notice, every evidence artefact, and a manifest of SHA-256
// hashes (also as SHA256SUMS, so `sha256sum -c SHA256SUMS` verifies it without Listing Lens).
const CASE_FORMAT = 'listing-lens/case-file';

export interface CaseFileInput {
  notice: { format: string; subject: string; text: string; recipient: string | null; flagIds: number[] };
  flags: unknown[];
  evidence: EvidenceRow[];
  now: Date;
}

interface ManifestEntry {
  path: string;
  sha256: string;
  bytes: number;
  capturedAt?: string;
  capturedSha256?: string;
}
interface CaseManifest {
  format: string;
  version: 1;
  createdAt: string;
  notice: { format: string; subject: string; flagIds: number[] };
  files: ManifestEntry[];
}

export async function buildCaseFile(input: CaseFileInput): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const entries: ManifestEntry[] = [];
  const add = async (path: string, bytes: Uint8Array, extra: Partial<ManifestEntry> = {}) => {
    files[path] = bytes;
    entries.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length, ...extra });
  };
  await add(
    'notice.txt',
    strToU8(`Subject: ${input.notice.subject}\nTo: ${input.notice.recipient ?? ''}\n\n${input.notice.text}`),
  );
  await add('flags.json', strToU8(JSON.stringify(input.flags, null, 2)));
  for (const row of input.evidence) {
    await add(`evidence/flag-${row.flagId}-${row.kind}-${row.id ?? 0}.${EVIDENCE_EXT[row.kind]}`, evidenceBytes(row), {
      capturedAt: row.capturedAt,
      capturedSha256: row.sha256,
    });
  }
  const manifest: CaseManifest = {
    format: CASE_FORMAT,
    version: 1,
    createdAt: input.now.toISOString(),
    notice: { format: input.notice.format, subject: input.notice.subject, flagIds: input.notice.flagIds },
    files: entries,
  };
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  files.SHA256SUMS = strToU8(entries.map((e) => `${e.sha256}  ${e.path}\n`).join(''));
  return zipSync(files, { level: 6, mtime: input.now });
}

export type VerifyResult = { ok: true; files: number } | { ok: false; problems: string[] };

/** Recomputes every hash in a case file: each file against the manifest, evidence against its capture. */
export async function verifyCaseFile(zip: Uint8Array): Promise<VerifyResult> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return { ok: false, problems: ['not a zip file'] };
  }
  if (!files['manifest.json']) return { ok: false, problems: ['manifest.json is missing'] };
  const manifest = JSON.parse(strFromU8(files['manifest.json'])) as CaseManifest;
  const problems: string[] = [];
  for (const e of manifest.files) {
    const bytes = files[e.path];
    if (!bytes) {
      problems.push(`${e.path} is missing`);
      continue;
    }
    const h = await sha256Hex(bytes);
    if (h !== e.sha256) problems.push(`${e.path} does not match its hash`);
    if (e.capturedSha256 && h !== e.capturedSha256) problems.push(`${e.path} differs from what was captured`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, files: manifest.files.length };
}
