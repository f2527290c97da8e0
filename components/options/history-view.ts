import type { ReviewedFine } from '../../utils/background/page-settings';
import type { HistoryView } from '../../utils/cases/types';

export interface HistoryFilter {
  status: string;
  market: string;
  query: string;
}

export const NO_FILTER: HistoryFilter = { status: '', market: '', query: '' };

const matches = (q: string, ...fields: (string | null | undefined)[]) =>
  !q || fields.join(' ').toLowerCase().includes(q);

/**
 * The flags, notices and "looks fine" decisions a filter keeps, and the marketplaces there are to filter
 * by. A decision has no status: a status filter leaves none of them.
 */
export function filterHistory(view: HistoryView, f: HistoryFilter, fine: readonly ReviewedFine[] = []) {
  const q = f.query.trim().toLowerCase();
  const keep = (r: { status: string; marketplace: string }) =>
    (!f.status || r.status === f.status) && (!f.market || r.marketplace === f.market);
  const flags = view.flags.filter(
    (r) => keep(r) && matches(q, r.listing.title, r.listingId, r.url, r.note, r.caseId, r.listing.seller?.name),
  );
  const notices = view.notices.filter((n) => keep(n) && matches(q, n.subject, n.caseId));
  const reviewed = f.status
    ? []
    : fine.filter(
        (r) => keep({ status: '', marketplace: r.marketplace }) && matches(q, r.title, r.listingId, r.url, r.note),
      );
  const markets = [...new Set([...view.flags, ...view.notices, ...fine].map((r) => r.marketplace))].sort();
  return { flags, notices, fine: reviewed, markets };
}
