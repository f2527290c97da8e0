import { formatRelativeTime } from '../../utils/packs/relative-time';
import type { PackView } from '../../utils/packs/views';

interface Props {
  packs: PackView[];
  now: number;
  busy: boolean;
  onActivate(id: string): void;
  onRemove(pack: PackView): void;
}

const SOURCE: Record<PackView['source'], string> = {
  bundled: 'built in',
  subscription: 'subscription',
  file: 'imported file',
};

/** The installed packs, the active one first, each with its verification state spelled out. */
export function PacksInstalled({ packs, now, busy, onActivate, onRemove }: Props) {
  if (packs.length === 0) return <p>No rule pack is installed.</p>;
  return (
    <table aria-label="Installed rule packs" class="packs-table">
      <thead>
        <tr>
          <th scope="col">Pack</th>
          <th scope="col">Publisher</th>
          <th scope="col">Version</th>
          <th scope="col">Brands</th>
          <th scope="col">Signature</th>
          <th scope="col">Age</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {packs.map((p) => (
          <tr key={p.id} data-pack-id={p.id} aria-current={p.active ? 'true' : undefined}>
            <th scope="row">
              {p.name}
              {p.active ? <strong> (active)</strong> : null}
              {p.example ? <span class="badge"> example data</span> : null}
              <div class="muted">
                {p.id} · {SOURCE[p.source]}
              </div>
            </th>
            <td>{p.publisher}</td>
            <td>{p.version}</td>
            <td>{p.brands}</td>
            <td>
              {p.verified ? (
                <span title={p.fingerprint ? `Key ${p.fingerprint}` : undefined}>Verified</span>
              ) : (
                <strong class="warn">Unverified: no trusted key vouches for this pack</strong>
              )}
            </td>
            <td>
              issued {formatRelativeTime(Date.parse(p.issuedAt), now)}
              {p.expired ? (
                <strong class="warn"> · expired</strong>
              ) : (
                <div class="muted">expires {p.expiresAt.slice(0, 10)}</div>
              )}
            </td>
            <td>
              {p.active ? null : (
                <button type="button" disabled={busy} aria-label={`Use ${p.name}`} onClick={() => onActivate(p.id)}>
                  Use
                </button>
              )}{' '}
              <button type="button" disabled={busy} aria-label={`Remove ${p.name}`} onClick={() => onRemove(p)}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
