import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { activationText } from '../../utils/activation-strings.ts';
import { uiLanguage } from '../../utils/i18n.ts';

document.documentElement.lang = uiLanguage();
document.title = activationText('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp search={location.search} />, root);
