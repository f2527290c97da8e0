import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { toBase64 } from '../../utils/bytes';
import type { PackActionResult, PacksOverview } from '../../utils/packs/views';
import { ActionNote, type Note } from './ActionNote';
import { PacksImport } from './PacksImport';
import { PacksInstalled } from './PacksInstalled';
import { PacksSubscriptions } from './PacksSubscriptions';
import { TrustedKeys } from './TrustedKeys';

// The rule packs section of the options page. It only relays the user's choices to the
// background and shows what comes back, beside the control that asked; every decision is made there.

/** Chrome refuses extension messages over 64 MiB; base64 adds a third. */
const MAX_IMPORT_BYTES = 45 * 1024 * 1024;

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
  const [note, setNote] = useState<Note | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ fileName: string; base64: string; reason: string } | null>(null);

  useEffect(() => {
    sendMessage('ui:packs-overview', {}).then(setOverview, (e) => setLoadError(String(e.message ?? e)));
  }, []);

  async function run(area: Note['area'], action: () => Promise<PackActionResult>, before?: string) {
    setBusy(true);
    setNote(before ? { area, kind: 'busy', text: before } : null);
    try {
      const r = await action();
      setOverview(r.overview);
      // A failed update is already shown beside its subscription: say it once.
      const shown = !r.ok && r.overview.subscriptions.some((s) => s.lastError === r.error);
      setNote(r.ok ? { area, kind: 'ok', text: r.message } : shown ? null : { area, kind: 'error', text: r.error });
      return r;
    } catch (e) {
      setNote({ area, kind: 'error', text: String((e as Error).message ?? e) });
      return null;
    } finally {
      setBusy(false);
    }
  }

  function subscribe(url: string, intervalHours: number) {
    // permissions.request must run inside the click, before anything else is awaited.
    const granted = url.startsWith('https://') ? requestOrigin(url) : Promise.resolve(true);
    void run(
      'subscriptions',
      async () => {
        const note = (await granted) ? '' : ` ${t('options_subs_no_access')}`;
        const r = await sendMessage('ui:pack-subscribe', { url, intervalHours });
        return note && r.ok ? { ...r, message: r.message + note } : r;
      },
      t('options_subs_checking'),
    );
  }

  async function importFile(file: File) {
    setPending(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setNote({ area: 'import', kind: 'error', text: t('options_import_too_large', file.size) });
      return;
    }
    const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
    const r = await run('import', () =>
      sendMessage('ui:pack-import', { fileName: file.name.slice(0, 300), base64, allowUnverified: false }),
    );
    if (r && !r.ok && r.canOverride) {
      setNote(null);
      setPending({ fileName: file.name, base64, reason: r.error });
    }
  }

  if (loadError)
    return (
      <p role="alert" class="field-error">
        {loadError}
      </p>
    );
  if (!overview) return <p role="status">{t('options_loading')}</p>;
  return (
    <div class="packs">
      <PacksInstalled
        packs={overview.packs}
        now={overview.now}
        busy={busy}
        onActivate={(id) => void run('installed', () => sendMessage('ui:pack-activate', { id }))}
        onRemove={(p) => {
          if (
            confirm(t(p.subscriptionUrl ? 'options_packs_remove_confirm_sub' : 'options_packs_remove_confirm', p.name))
          )
            void run('installed', () => sendMessage('ui:pack-remove', { id: p.id }));
        }}
      />
      <ActionNote note={note} area="installed" id="ll-installed-note" />
      <PacksSubscriptions
        subscriptions={overview.subscriptions}
        now={overview.now}
        busy={busy}
        note={note}
        onSubscribe={subscribe}
        onUpdate={(url) =>
          void run('subscriptions', () => sendMessage('ui:pack-update-now', { url }), t('options_subs_checking'))
        }
        onUnsubscribe={(url) => void run('subscriptions', () => sendMessage('ui:pack-unsubscribe', { url }))}
      />
      <PacksImport
        busy={busy}
        note={note}
        pending={pending ? { fileName: pending.fileName, reason: pending.reason } : null}
        onFile={(f) => void importFile(f)}
        onConfirm={() => {
          const p = pending!;
          setPending(null);
          void run('import', () =>
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
        note={note}
        onAdd={(text, label) => void run('keys', () => sendMessage('ui:key-add', { text, label }))}
        onRemove={(k) => {
          if (confirm(t('options_keys_remove_confirm', k.label)))
            void run('keys', () => sendMessage('ui:key-remove', { keyId: k.keyId }));
        }}
      />
    </div>
  );
}
