import type { PackStatus } from '../../utils/messages';

export function PackFooter({ pack }: { pack: PackStatus }) {
  if (!pack.loaded) return null;
  return (
    <footer class="muted" style={{ fontSize: 12, marginTop: 8 }} aria-label="Active rule pack">
      Rules: {pack.name} v{pack.version} · {pack.brands} brands
      {pack.example ? ' · example data' : ''}
      {pack.verified ? '' : ' · unverified'}
    </footer>
  );
}
