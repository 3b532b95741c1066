import { render } from 'preact';
import { LibraryApp } from '../../components/LibraryApp.tsx';
import { t, uiLanguage } from '../../utils/i18n.ts';
import { requestPersistentStorage } from '../../storage/persist.ts';

document.documentElement.lang = uiLanguage();
document.title = `${t('appName')} · ${new URLSearchParams(location.search).has('export') ? t('exportTitle') : t('libraryTitle')}`;
const root = document.getElementById('app');
if (root) render(<LibraryApp search={location.search} />, root);
// After first paint: ask the browser to keep the notes under storage pressure.
setTimeout(() => void requestPersistentStorage(), 0);
