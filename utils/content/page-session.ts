import type { Adapter } from '../adapters/types';
import { sendMessage } from '../messaging';
import type { PageReply, Request } from '../messages';
import type { Extraction, Listing, Verdict } from '../types';
import { findAnchors } from './anchor';
import { generalReader } from './general-reader';
import { listingKey, readAdded, readPage } from './reader';
import type { BadgeRenderer } from './render';

interface Known {
  key: string;
  seller: string | null;
  anchor: Element | null;
  verdict: Verdict | null;
  /** The card left the page; the background was told. */
  gone?: boolean;
}

/**
 * What the content script knows about its page: each listing's key, card and verdict. A full read
 * (first load, new URL) sends everything; afterwards only cards that were added or changed go to
 * the background, one message per batch, and cards that left are reported and lose their badge.
 */
export function createPageSession(adapter: Adapter, render: BadgeRenderer) {
  let page: Extraction['page'] = 'unknown';
  let signature = '';
  let generation = 0;
  let showChecked = false;
  let paused = false;
  // The general readers are loaded into the tab once, the first time this site's adapter reads nothing.
  let askedForGeneralReader = adapter.id === 'generic';
  const known = new Map<string, Known>();
  // Sellers and brands the user hid for this page (not stored: the next page starts afresh).
  const muted = { seller: new Set<string>(), brand: new Set<string>() };
  const isMuted = (v: Verdict) =>
    (v.brandId != null && muted.brand.has(v.brandId)) || muted.seller.has(known.get(v.listingId)?.seller ?? '\u0000');
  /** What a mute matches: the seller's name as read, the pack's brand id. */
  const muteKeys = (listingId: string) => {
    const k = known.get(listingId);
    return { seller: k?.seller ?? null, brand: k?.verdict?.brandId ?? null };
  };
  const place = (verdicts: readonly Verdict[], anchors: ReadonlyMap<string, Element>) => {
    const shown = verdicts.filter((v) => !isMuted(v));
    render.remove(verdicts.filter(isMuted).map((v) => v.listingId));
    render.place(shown, anchors, showChecked);
  };

  const apply = (reply: PageReply, gen: number) => {
    if (gen !== generation || 'error' in reply) return;
    showChecked = reply.checked === true;
    if (reply.paused) {
      paused = true;
      render.clear();
      return;
    }
    const anchors = new Map<string, Element>();
    for (const v of reply.verdicts) {
      const k = known.get(v.listingId);
      if (!k) continue;
      k.verdict = v;
      if (k.anchor) anchors.set(v.listingId, k.anchor);
    }
    place(reply.verdicts, anchors);
  };
  const send = async <N extends 'content:page' | 'content:cards'>(name: N, payload: Request<N>) => {
    const gen = generation;
    try {
      apply(await sendMessage(name, payload), gen);
    } catch {
      // The extension was reloaded or the background refused the message: nothing to show.
    }
  };

  return {
    get page() {
      return page;
    },
    get paused() {
      return paused;
    },
    /** What the panel offers to hide, in words: the seller's name, the brand as the pack names it ("Bose"). */
    muteOptions(listingId: string) {
      const { seller, brand } = muteKeys(listingId);
      const named = known
        .get(listingId)
        ?.verdict?.reasons.map((r) => r.evidence.brand)
        .find((b): b is string => typeof b === 'string' && b !== '');
      return { seller, brand: brand && (named ?? brand) };
    },
    /** Hides the badges of every listing of this seller (or about this brand) on this page. */
    mute(listingId: string, kind: 'seller' | 'brand') {
      const value = muteKeys(listingId)[kind];
      if (!value) return;
      muted[kind].add(value);
      const all = [...known.values()].map((k) => k.verdict).filter((v): v is Verdict => v !== null);
      render.remove(all.filter(isMuted).map((v) => v.listingId));
    },
    /** The site's settings changed: read the page again and report it even if nothing on it changed. */
    refresh(): void {
      paused = false;
      signature = '';
      this.readAll();
    },
    /** Reads the whole page; sends it only when what was read differs from the last read. */
    readAll(): void {
      const url = new URL(location.href);
      const extraction = readPage(adapter, document, url);
      if (extraction.listings.length === 0 && !askedForGeneralReader && generalReader() === null) {
        // Read again once they are here (or could not be loaded); nothing is reported in between.
        askedForGeneralReader = true;
        void sendMessage('content:general-reader', {})
          .catch(() => undefined)
          .finally(() => this.readAll());
        return;
      }
      const next = JSON.stringify([url.href, extraction.missing, extraction.listings.map(listingKey)]);
      if (next === signature) return;
      signature = next;
      generation += 1;
      page = extraction.page;
      // The message leaves first; the cards are found again while the background judges them.
      void send('content:page', { extraction });
      const anchors = findAnchors([document], extraction.listings, extraction.page);
      const ids = new Set(extraction.listings.map((l) => l.listingId));
      render.remove([...known.keys()].filter((id) => !ids.has(id)));
      known.clear();
      for (const l of extraction.listings)
        known.set(l.listingId, {
          key: listingKey(l),
          seller: l.seller?.name ?? null,
          anchor: anchors.get(l.listingId) ?? null,
          verdict: null,
        });
    },
    /**
     * Cards added under `roots` and listings whose cards were removed. Returns false when the
     * adapter could not read the additions on their own (the caller then reads the page again).
     */
    readChanges(roots: readonly Element[], removals: boolean): boolean {
      const url = new URL(location.href);
      const listings = readAdded(adapter, roots, url);
      if (listings === null) return false;
      const anchors = findAnchors(roots, listings, 'search');
      const fresh: Listing[] = [];
      const reuse: Verdict[] = [];
      for (const l of listings) {
        const key = listingKey(l);
        const had = known.get(l.listingId);
        const anchor = anchors.get(l.listingId) ?? had?.anchor ?? null;
        if (had && had.key === key) {
          had.anchor = anchor;
          if (had.verdict) reuse.push(had.verdict);
          // A card that came back is announced again; the background keeps its verdict.
          if (had.gone) fresh.push(l);
          had.gone = false;
          continue;
        }
        known.set(l.listingId, { key, seller: l.seller?.name ?? null, anchor, verdict: null });
        fresh.push(l);
      }
      if (reuse.length > 0) place(reuse, anchorsOf(reuse));
      const gone = removals ? departed() : [];
      if (fresh.length > 0 || gone.length > 0) void send('content:cards', { added: fresh, gone });
      return true;
    },
  };

  function anchorsOf(verdicts: readonly Verdict[]): Map<string, Element> {
    const out = new Map<string, Element>();
    for (const v of verdicts) {
      const a = known.get(v.listingId)?.anchor;
      if (a) out.set(v.listingId, a);
    }
    return out;
  }

  function departed(): string[] {
    const gone: string[] = [];
    for (const [id, k] of known) {
      if (k.gone || !k.anchor || k.anchor.isConnected) continue;
      k.gone = true;
      k.anchor = null;
      gone.push(id);
    }
    render.remove(gone);
    return gone.slice(0, 2_000);
  }
}
