import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging';
import { toBase64 } from '../../utils/bytes';
import type { PackActionResult, PacksOverview } from '../../utils/packs/views';
import { PacksImport } from './PacksImport';
import { PacksInstalled } from './PacksInstalled';
import { PacksSubscriptions } from './PacksSubscriptions';
import { TrustedKeys } from './TrustedKeys';

// The rule packs section of the options page. It only relays the user's choices to the
// background and shows what comes back; every decision is made there.

/** Chrome refuses extension messages over 64 MiB; base64 adds a third. */
const MAX_IMPORT_BYTES = 45 * 1024 * 1024;

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Asks for the pack host, within the click; the worker cannot fetch cross-origin without it. */
async function requestOrigin(url: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

export function PacksSection() {
  const [overview, setOverview] = useState<PacksOverview | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ fileName: string; base64: string; reason: string } | null>(null);

  useEffect(() => {
    sendMessage('ui:packs-overview', {}).then(setOverview, (e) =>
      setNotice({ kind: 'error', text: String(e.message ?? e) }),
    );
  }, []);

  async function run(action: () => Promise<PackActionResult>, before?: string): Promise<PackActionResult | null> {
    setBusy(true);
    setNotice(before ? { kind: 'ok', text: before } : null);
    try {
      const r = await action();
      setOverview(r.overview);
      setNotice(r.ok ? { kind: 'ok', text: r.message } : { kind: 'error', text: r.error });
      return r;
    } catch (e) {
      setNotice({ kind: 'error', text: String((e as Error).message ?? e) });
      return null;
    } finally {
      setBusy(false);
    }
  }

  function subscribe(url: string, intervalHours: number) {
    // permissions.request must run inside the click, before anything else is awaited.
    const granted = url.startsWith('https://') ? requestOrigin(url) : Promise.resolve(true);
    void run(async () => {
      const note = (await granted)
        ? ''
        : ' Access to that site was not granted, so updates work only if it allows cross-origin requests.';
      const r = await sendMessage('ui:pack-subscribe', { url, intervalHours });
      return note && r.ok ? { ...r, message: r.message + note } : r;
    }, 'Downloading and checking the pack…');
  }

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setNotice({ kind: 'error', text: `That file is too large to import here (${file.size} bytes).` });
      return;
    }
    const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
    const r = await run(() =>
      sendMessage('ui:pack-import', { fileName: file.name.slice(0, 300), base64, allowUnverified: false }),
    );
    if (r && !r.ok && r.canOverride) setPending({ fileName: file.name, base64, reason: r.error });
  }

  if (!overview) return <p role="status">{notice?.text ?? 'Loading…'}</p>;
  return (
    <div class="packs">
      <p role="status" aria-live="polite" class={notice?.kind === 'error' ? 'warn' : undefined}>
        {notice?.text ?? ''}
      </p>
      <PacksInstalled
        packs={overview.packs}
        now={overview.now}
        busy={busy}
        onActivate={(id) => void run(() => sendMessage('ui:pack-activate', { id }))}
        onRemove={(p) => {
          if (confirm(`Remove "${p.name}"${p.subscriptionUrl ? ' and its subscription' : ''}?`))
            void run(() => sendMessage('ui:pack-remove', { id: p.id }));
        }}
      />
      <PacksSubscriptions
        subscriptions={overview.subscriptions}
        now={overview.now}
        busy={busy}
        onSubscribe={subscribe}
        onUpdate={(url) => void run(() => sendMessage('ui:pack-update-now', { url }), 'Checking for updates…')}
        onUnsubscribe={(url) => void run(() => sendMessage('ui:pack-unsubscribe', { url }))}
      />
      <PacksImport
        busy={busy}
        pending={pending ? { fileName: pending.fileName, reason: pending.reason } : null}
        onFile={(f) => void importFile(f)}
        onConfirm={() => {
          const p = pending!;
          setPending(null);
          void run(() =>
            sendMessage('ui:pack-import', {
              fileName: p.fileName.slice(0, 300),
              base64: p.base64,
              allowUnverified: true,
            }),
          );
        }}
        onCancel={() => setPending(null)}
      />
      <TrustedKeys
        keys={overview.keys}
        busy={busy}
        onAdd={(text, label) => void run(() => sendMessage('ui:key-add', { text, label }))}
        onRemove={(k) => {
          if (confirm(`Stop trusting "${k.label}"?`)) void run(() => sendMessage('ui:key-remove', { keyId: k.keyId }));
        }}
      />
    </div>
  );
}
