import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { StatusMessage } from '../../components/popup/StatusMessage';
import { localiseDocument } from '../../components/shared/document';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { loadPopupModel } from '../../utils/popup-state';
import '../../components/shared/ui.css';

const root = document.getElementById('app')!;
localiseDocument(t('extName'));
loadPopupModel().then(
  (model) =>
    render(
      <PopupApp
        model={model}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onTriageConfirm={async (decisionId, reason) => {
          const r = await sendMessage('ui:triage-confirm', { tabId: model.tabId!, decisionId, reason });
          if (r.ok) window.close();
          return r;
        }}
        onTriageCancel={(decisionId) =>
          void sendMessage('ui:triage-cancel', { tabId: model.tabId!, decisionId }).finally(() => window.close())
        }
        onReveal={async (listingId) =>
          model.tabId === null
            ? false
            : (await sendMessage('ui:reveal-listing', { tabId: model.tabId, listingId })).found
        }
      />,
      root,
    ),
  (e: unknown) =>
    render(
      <main class="popup">
        <StatusMessage title={t('popup_start_failed')} tone="error">
          <p>{String((e as Error)?.message ?? e)}</p>
        </StatusMessage>
      </main>,
      root,
    ),
);
