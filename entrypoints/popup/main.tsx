import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { StatusMessage } from '../../components/popup/StatusMessage';
import { loadPopupModel } from '../../utils/popup-state';
import '../../components/shared/ui.css';

const root = document.getElementById('app')!;
loadPopupModel().then(
  (model) => render(<PopupApp model={model} onOpenOptions={() => void browser.runtime.openOptionsPage()} />, root),
  (e: unknown) =>
    render(
      <main style={{ width: '380px', padding: '12px' }}>
        <StatusMessage title="Listing Lens couldn't start" tone="error">
          <p>{String((e as Error)?.message ?? e)}</p>
        </StatusMessage>
      </main>,
      root,
    ),
);
