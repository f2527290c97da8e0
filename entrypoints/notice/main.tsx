import { render } from 'preact';
import { NoticeApp } from '../../components/notice/NoticeApp';
import { localiseDocument } from '../../components/shared/document';
import { t } from '../../utils/i18n';
import '../../components/shared/ui.css';

localiseDocument(t('extName'));
render(<NoticeApp />, document.getElementById('app')!);
