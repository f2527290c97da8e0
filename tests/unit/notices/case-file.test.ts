import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCaseFile, verifyCaseFile } from '../../../utils/notices/case-file';
import { buildEvidenceRows } from '../../../utils/evidence/capture';
import { sha256Hex } from '../../../utils/bytes';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
const listing = {
  title: 'Bose',
  price: null,
  seller: null,
  brand: null,
  listingId: 'B0CCZ26B5V',
  url: null,
  image: null,
  condition: null,
  sponsored: null,
};

async function caseFile() {
  const evidence = (
    await buildEvidenceRows({
      flagId: 1,
      url: 'https://www.amazon.com/dp/B0CCZ26B5V',
      screenshot: PNG,
      snapshot: { html: '<p>x</p>', url: 'u', title: 't' },
      fields: { flagId: 1, url: 'u', marketplace: 'amazon', type: 'COUNTERFEIT', listing, verdict: null },
      now: new Date('2026-03-04T10:00:00Z'),
    })
  ).map((r, i) => ({ ...r, id: i + 1 }));
  return {
    evidence,
    zip: await buildCaseFile({
      notice: { format: 'dsa-email', subject: 'S', text: 'T', recipient: null, flagIds: [1] },
      flags: [{ id: 1 }],
      evidence,
      now: new Date('2026-03-05T00:00:00Z'),
    }),
  };
}

describe('case file', () => {
  it('holds the notice, the evidence and a manifest whose hashes verify', async () => {
    const { zip, evidence } = await caseFile();
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'SHA256SUMS',
      'evidence/flag-1-fields-3.json',
      'evidence/flag-1-screenshot-1.png',
      'evidence/flag-1-snapshot-2.html',
      'flags.json',
      'manifest.json',
      'notice.txt',
    ]);
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    const shot = manifest.files.find((f: { path: string }) => f.path.endsWith('.png'));
    expect(shot.sha256).toBe(evidence[0].sha256);
    expect(shot.sha256).toBe(await sha256Hex(files['evidence/flag-1-screenshot-1.png']));
    expect(strFromU8(files.SHA256SUMS)).toContain(`${shot.sha256}  evidence/flag-1-screenshot-1.png\n`);
    expect(await verifyCaseFile(zip)).toEqual({ ok: true, files: 5 });
  });
  it('detects a tampered file', async () => {
    const { zip } = await caseFile();
    const files = unzipSync(zip);
    files['evidence/flag-1-snapshot-2.html'] = strToU8('<p>changed</p>');
    const r = await verifyCaseFile(zipSync(files));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.problems).toContain('evidence/flag-1-snapshot-2.html does not match its hash');
  });
});
