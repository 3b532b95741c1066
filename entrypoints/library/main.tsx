import { render } from 'preact';
import { LibraryApp } from '../../components/LibraryApp.tsx';
import { requestPersistentStorage } from '../../storage/persist.ts';
import { t, uiLanguage } from '../../i18n/t.ts';
import { applyUiLanguage } from '../../i18n/ui-language.ts';

// The reader's chosen language (options page) is loaded before any words are shown.
void applyUiLanguage().then(() => {
  document.documentElement.lang = uiLanguage();
  document.title = `${t('appName')} · ${new URLSearchParams(location.search).has('export') ? t('exportTitle') : t('libraryTitle')}`;
  const root = document.getElementById('app');
  if (root) render(<LibraryApp search={location.search} />, root);
  // After first paint: ask the browser to keep the notes under storage pressure.
  setTimeout(() => void requestPersistentStorage(), 0);
});
