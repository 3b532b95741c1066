import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp.tsx';
import { t, uiLanguage } from '../../utils/i18n.ts';
import { requestPersistentStorage } from '../../storage/persist.ts';

document.documentElement.lang = uiLanguage();
document.title = t('appName');
const root = document.getElementById('app');
if (root) render(<PopupApp search={location.search} />, root);
// After first paint: ask the browser to keep the notes under storage pressure.
setTimeout(() => void requestPersistentStorage(), 0);
