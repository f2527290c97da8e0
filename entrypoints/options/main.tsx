import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/shared/ui.css';

render(<OptionsApp />, document.getElementById('app')!);
