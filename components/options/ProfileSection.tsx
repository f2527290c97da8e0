import { useEffect, useState } from 'preact/hooks';
import {
  EMPTY_PROFILE,
  ROLES,
  ROLE_LABELS,
  clearProfile,
  loadProfile,
  saveProfile,
  type Profile,
} from '../../utils/profile';

const FIELDS: [keyof Profile, string, 'text' | 'email' | 'tel'][] = [
  ['name', 'Full name', 'text'],
  ['organisation', 'Organisation', 'text'],
  ['email', 'Email', 'email'],
  ['phone', 'Phone', 'tel'],
];

/** The notifier's details: kept on this device only, used only to fill notices you review. */
export function ProfileSection() {
  const [p, setP] = useState<Profile | null>(null);
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => void loadProfile().then(setP), []);
  if (!p) return <p role="status">Loading your profile…</p>;
  const set = (patch: Partial<Profile>) => setP({ ...p, ...patch });
  return (
    <form
      aria-label="Your profile"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await saveProfile(p);
        setMsg(
          r.ok ? { tone: 'ok', text: 'Profile saved on this device.' } : { tone: 'error', text: r.errors.join(' ') },
        );
      }}
    >
      <p class="muted">
        Stored only on this device (never synced) and used only to fill notices you review before they leave. Some
        platforms pass the notifier’s identity to the seller.
      </p>
      <label for="ll-role">Role</label>
      <select id="ll-role" value={p.role} onChange={(e) => set({ role: e.currentTarget.value as Profile['role'] })}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {FIELDS.map(([key, label, type]) => (
        <div key={key}>
          <label for={`ll-p-${key}`}>{label}</label>
          <input
            id={`ll-p-${key}`}
            type={type as 'text'}
            value={p[key]}
            onInput={(e) => set({ [key]: e.currentTarget.value })}
          />
        </div>
      ))}
      <label for="ll-p-address">Postal address</label>
      <textarea id="ll-p-address" rows={3} value={p.address} onInput={(e) => set({ address: e.currentTarget.value })} />
      <label for="ll-p-signature">Signature</label>
      <textarea
        id="ll-p-signature"
        rows={2}
        value={p.signature}
        onInput={(e) => set({ signature: e.currentTarget.value })}
      />
      {msg ? (
        <p role={msg.tone === 'error' ? 'alert' : 'status'} class={msg.tone === 'error' ? 'error' : undefined}>
          {msg.text}
        </p>
      ) : null}
      <div class="row" style={{ marginTop: '8px' }}>
        <button type="submit" class="primary">
          Save profile
        </button>
        <button
          type="button"
          onClick={async () => {
            await clearProfile();
            setP(EMPTY_PROFILE);
            setMsg({ tone: 'ok', text: 'Profile deleted.' });
          }}
        >
          Delete profile
        </button>
      </div>
    </form>
  );
}
