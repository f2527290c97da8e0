import { render } from 'preact';
import { NoticeApp } from '../../components/notice/NoticeApp';
import '../../components/shared/ui.css';

render(<NoticeApp />, document.getElementById('app')!);
