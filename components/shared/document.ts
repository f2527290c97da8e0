import { t } from '../../utils/i18n';

/** The page's language and title follow the catalogue the browser picked, for screen readers and tabs. */
export function localiseDocument(title: string): void {
  document.documentElement.lang = t('common_lang') || 'en';
  document.title = title;
}
