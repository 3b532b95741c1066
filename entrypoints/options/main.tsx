import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { t, uiLanguage } from '../../i18n/t.ts';
import { applyUiLanguage } from '../../i18n/ui-language.ts';

// The reader's chosen language (options page) is loaded before any words are shown.
void applyUiLanguage().then(() => {
  document.documentElement.lang = uiLanguage();
  document.title = t('activation_optionsTitle');
  const root = document.getElementById('app');
  if (root) render(<OptionsApp search={location.search} />, root);
});
