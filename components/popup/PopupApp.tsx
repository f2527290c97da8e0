import { useState } from 'preact/hooks';
import type { PopupModel } from '../../utils/popup-state';
import { FlagPanel } from './FlagPanel';
import { PendingScreenshot } from '../notice/PendingScreenshot';
import { PackFooter } from './PackFooter';
import { ReadThisPage } from './ReadThisPage';
import { ResultsList } from './ResultsList';
import { SiteControls } from './SiteControls';
import { StatusMessage } from './StatusMessage';
import { VerdictCard } from './VerdictCard';

export function PopupApp({ model, onOpenOptions }: { model: PopupModel; onOpenOptions: () => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <main style={{ width: '380px', padding: '12px' }}>
      <div class="row">
        <h1>Listing Lens</h1>
        <span class="spacer" />
        <button type="button" onClick={onOpenOptions} aria-label="Open options">
          Options
        </button>
      </div>
      <Body model={model} selected={selected} onSelect={setSelected} />
      <SiteControls url={model.url} marketplace={model.supportedHost} />
      <PackFooter pack={model.pack} />
    </main>
  );
}

function Body({
  model,
  selected,
  onSelect,
}: {
  model: PopupModel;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { tab } = model;
  if (!model.pack.loaded) {
    return (
      <StatusMessage title="Rules not loaded" tone="error">
        <p>{model.pack.error ?? 'No rule pack is active.'} Open Options to install or import a rule pack.</p>
      </StatusMessage>
    );
  }
  switch (tab.kind) {
    case 'unsupported':
      return model.supportedHost ? (
        <StatusMessage title="Not read yet">
          <p>
            Listing Lens works on this site, but hasn't read this page. Reload the page and open Listing Lens again.
          </p>
        </StatusMessage>
      ) : model.tabId !== null ? (
        <ReadThisPage tabId={model.tabId} onRead={() => location.reload()} />
      ) : (
        <StatusMessage title="Site not supported">
          <p>
            Listing Lens reads listings on Amazon, eBay, AliExpress, Alibaba, Taobao, Tmall, Walmart, Etsy, DHgate,
            Rakuten, Temu, Shopee and Mercado Libre.
          </p>
        </StatusMessage>
      );
    case 'no-rules':
      return (
        <StatusMessage title="Rules not loaded" tone="error">
          <p>{tab.reason}</p>
        </StatusMessage>
      );
    case 'not-listing':
      return (
        <StatusMessage title="Not a listing page">
          <p>Open a product page or a search results page to see verdicts.</p>
        </StatusMessage>
      );
    case 'unreadable':
      return (
        <StatusMessage title="Couldn't read this listing" tone="error">
          <p>
            The page didn't show {tab.missing.length === 1 ? 'the field' : 'the fields'} Listing Lens needs:{' '}
            <strong>{tab.missing.join(', ')}</strong>. The marketplace may have changed its layout; nothing was scored.
          </p>
        </StatusMessage>
      );
    case 'judged': {
      const focusId = selected ?? (tab.page === 'product' ? tab.listings[0]?.listingId : null);
      const listing = tab.listings.find((l) => l.listingId === focusId);
      if (listing) {
        const verdict = tab.verdicts.find((v) => v.listingId === listing.listingId) ?? null;
        return (
          <>
            {selected && tab.page !== 'product' ? (
              <button type="button" onClick={() => onSelect(null)} aria-label="Back to results">
                ← Results
              </button>
            ) : null}
            {model.tabId !== null ? <PendingScreenshot tabId={model.tabId} /> : null}
            <VerdictCard listing={listing} verdict={verdict} />
            {model.tabId !== null ? (
              <FlagPanel
                tabId={model.tabId}
                url={listing.url ?? tab.url}
                marketplace={model.marketplace ?? tab.adapter}
                listing={listing}
                verdict={verdict}
              />
            ) : null}
          </>
        );
      }
      return <ResultsList listings={tab.listings} verdicts={tab.verdicts} onSelect={onSelect} />;
    }
  }
}
