import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { localiseDocument } from '../../components/shared/document';
import { t } from '../../utils/i18n';
import '../../components/shared/ui.css';

localiseDocument(t('options_title'));
render(<OptionsApp />, document.getElementById('app')!);
