import { useEffect, useState } from 'preact/hooks';
import type { FlagRow } from '../../utils/db';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';

const asDataUrl = (file: File) =>
  new Promise<string>((ok, ko) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result));
    r.onerror = () => ko(r.error);
    r.readAsDataURL(file);
  });

/** Photos of the item received in a test buy, attached to the flag as hashed evidence. */
export function TestBuyPhotos({ flagIds }: { flagIds: number[] }) {
  const [flags, setFlags] = useState<FlagRow[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  useEffect(() => {
    sendMessage('ui:history', {}).then(
      (h) => setFlags(h.flags.filter((f) => f.id !== undefined && flagIds.includes(f.id) && f.testBuy)),
      () => setFlags([]),
    );
  }, [flagIds.join(',')]);
  if (flags.length === 0) return null;

  async function add(flagId: number, files: FileList | null) {
    const out: string[] = [];
    for (const file of [...(files ?? [])]) {
      const r = await sendMessage('ui:flag-photo', { flagId, dataUrl: await asDataUrl(file) });
      out.push(r.ok ? t('notice_photo_added', file.name, r.evidence.sha256) : `${file.name}: ${r.error}`);
    }
    setNotes(out);
  }

  return (
    <section class="card" aria-label={t('notice_photos_label')}>
      {flags.map((f) => (
        <div key={f.id}>
          <label for={`ll-photos-${f.id}`}>{t('notice_photos_for', f.testBuy!.orderId, f.listingId)}</label>
          <input
            id={`ll-photos-${f.id}`}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            onChange={(e) => void add(f.id!, e.currentTarget.files)}
          />
        </div>
      ))}
      {notes.length ? (
        <ul role="status" aria-label={t('notice_photos_result')} style={{ paddingLeft: '18px', fontSize: '12px' }}>
          {notes.map((n) => (
            <li key={n} style={{ overflowWrap: 'anywhere' }}>
              {n}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
