import { useEffect, useState } from 'preact/hooks';
import { type ReviewedFine, reviewedFineItem } from '../../utils/background/page-settings';

/**
 * The reviewer's "looks fine" decisions, newest first, redrawn whenever they change (a decision made in
 * a tab, an undo here or in another Options tab). Read straight from storage.local, which extension
 * pages may read; changes go through the background.
 */
export function useReviewedFine(): ReviewedFine[] | null {
  const [rows, setRows] = useState<ReviewedFine[] | null>(null);
  useEffect(() => {
    const item = reviewedFineItem();
    const show = (v: ReviewedFine[] | null) => setRows([...(v ?? [])].reverse());
    item.getValue().then(show, () => show([]));
    return item.watch(show);
  }, []);
  return rows;
}
