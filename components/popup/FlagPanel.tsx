import type { Listing, Verdict } from '../../utils/types';

export interface FlagPanelProps { tabId: number; url: string; marketplace: string; listing: Listing; verdict: Verdict | null }

export function FlagPanel(_props: FlagPanelProps) {
  return null;
}
