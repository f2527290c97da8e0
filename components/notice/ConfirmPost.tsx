import { t } from '../../utils/i18n';

/** The confirmation before a notice is POSTed: where it goes and what goes with it. */
export function ConfirmPost(props: { endpoint: string; onConfirm: () => void; onCancel: () => void; busy: boolean }) {
  return (
    <section class="card" role="alertdialog" aria-label={t('notice_confirm_label')}>
      <p>{t('notice_confirm_text', props.endpoint)}</p>
      <div class="row">
        <button type="button" class="primary" onClick={props.onConfirm} disabled={props.busy}>
          {t('notice_confirm_send')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('notice_cancel')}
        </button>
      </div>
    </section>
  );
}
