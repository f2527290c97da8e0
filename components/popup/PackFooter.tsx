import type { PackStatus } from '../../utils/messages';

export function PackFooter({ pack }: { pack: PackStatus }) {
  if (!pack.loaded) return null;
  return (
    <footer
      class="muted"
      role="contentinfo"
      style={{ fontSize: '12px', marginTop: '8px' }}
      aria-label="Active rule pack"
    >
      Rules: {pack.name} v{pack.version} · {pack.brands} brands
      {pack.example ? ' · example data' : ''}
      {pack.verified ? '' : ' · unverified'}
    </footer>
  );
}
