import { t } from '../../utils/i18n';
import type { PopupModel } from '../../utils/popup-state';
import { MARKETPLACES, fieldLabel, marketLabel } from '../../utils/labels';
import { ReadThisPage } from './ReadThisPage';
import { StatusMessage } from './StatusMessage';

/** Every state of the popup other than a judged page, each with what the user can do next. */
export function PopupStatus({ model }: { model: PopupModel }) {
  const { tab } = model;
  if (!model.pack.loaded) {
    return (
      <StatusMessage title={t('popup_no_rules')} tone="error">
        <p>
          {model.pack.error ?? t('popup_no_rules_none')} {t('popup_no_rules_next')}
        </p>
      </StatusMessage>
    );
  }
  switch (tab.kind) {
    case 'unsupported':
      return model.supportedHost ? (
        <StatusMessage title={t('popup_not_read')}>
          <p>{t('popup_not_read_next')}</p>
        </StatusMessage>
      ) : model.tabId !== null ? (
        <ReadThisPage tabId={model.tabId} onRead={() => location.reload()} />
      ) : (
        <StatusMessage title={t('popup_unsupported')}>
          <p>{t('popup_unsupported_list', MARKETPLACES.map(marketLabel).join(', '))}</p>
        </StatusMessage>
      );
    case 'no-rules':
      return (
        <StatusMessage title={t('popup_no_rules')} tone="error">
          <p>{t('popup_no_rules_next')}</p>
        </StatusMessage>
      );
    case 'not-listing':
      return (
        <StatusMessage title={t('popup_not_listing')}>
          <p>{t('popup_not_listing_next')}</p>
        </StatusMessage>
      );
    case 'unreadable':
      return (
        <StatusMessage title={t('popup_unreadable')} tone="error">
          <p>{t('popup_unreadable_why', tab.missing.map(fieldLabel).join(', '))}</p>
        </StatusMessage>
      );
    case 'judged':
      return null;
  }
}
