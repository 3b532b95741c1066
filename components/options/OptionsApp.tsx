import { sendMessage } from '../../protocol/send.ts';
import { BackupPanel } from '../BackupPanel.tsx';
import { MANIFEST_COMMANDS, RUN_ON_PAGE_COMMAND } from '../../protocol/browser-commands.ts';
import { requestAlwaysRun, revokeSitePattern } from '../../pages/site-requests.ts';
import { isSiteOrigin } from '../../sites/site-patterns.ts';
import { SPEECH_SITES } from '../../sites/speech-sites.ts';
import { useGrantedSites } from '../../hooks/use-granted-sites.ts';
import { CuratedSiteList } from './CuratedSiteList.tsx';
import { GrantedSiteList } from './GrantedSiteList.tsx';
import { GrantRequest } from './GrantRequest.tsx';
import { UserWordsCard } from './UserWordsCard.tsx';
import { LanguageCard } from './LanguageCard.tsx';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/t.ts';

/** Where this browser lets the reader change the extension's shortcuts. */
function shortcutsPage(): string {
  return t(import.meta.env.FIREFOX ? 'shortcutsPageFirefox' : 'shortcutsPageChrome');
}

export type OptionsAppProps = {
  /** The page's `location.search`: `?grant=<origin>&tab=<id>` when the context menu sent the user here. */
  search: string;
};

/** The options page: a pending "always run" request, the granted sites, the curated list, backup and restore, the user's words, the language. */
export function OptionsApp({ search }: OptionsAppProps) {
  const [sites, reload] = useGrantedSites();
  // Bumped when the reader picks another language: the page renders again in it.
  const [, setLanguageVersion] = useState(0);
  const query = new URLSearchParams(search);
  const grant = query.get('grant');
  const tab = query.get('tab');
  const tabId = tab !== null && /^\d+$/.test(tab) ? Number(tab) : undefined;
  const onRevoke = async (pattern: string) => {
    const result = await revokeSitePattern(pattern);
    await reload();
    return result.ok ? null : result.error;
  };
  const onGrant = async () => {
    const result = await requestAlwaysRun(grant ?? '', tabId);
    await reload();
    return result;
  };
  return (
    <main class="options">
      <h1>{t('activation_optionsTitle')}</h1>
      {grant !== null && isSiteOrigin(grant) && <GrantRequest origin={grant} onGrant={onGrant} />}
      <section class="card">
        <h2>{t('activation_grantedHeading')}</h2>
        <p class="note">{t('activation_grantedNote')}</p>
        {sites.status === 'loading' && <p class="note">…</p>}
        {sites.status === 'error' && <p class="error">{sites.error}</p>}
        {sites.status === 'ready' && <GrantedSiteList patterns={sites.patterns} onRevoke={onRevoke} />}
      </section>
      <section class="card">
        <h2>{t('activation_curatedHeading')}</h2>
        <p class="note">{t('activation_curatedNote')}</p>
        <CuratedSiteList sites={SPEECH_SITES} />
      </section>
      <section class="card">
        <h2>{t('activation_otherSitesHeading')}</h2>
        <p class="note">{t('activation_otherSitesNote', MANIFEST_COMMANDS[RUN_ON_PAGE_COMMAND]?.suggested_key?.default ?? '', shortcutsPage())}</p>
      </section>
      {/* A restore may bring notes without search tokens: asking for the index status makes the background index them. */}
      <BackupPanel onRestored={() => void sendMessage('search/index-status', {})} />
      <UserWordsCard />
      <LanguageCard onChanged={() => setLanguageVersion((n) => n + 1)} />
    </main>
  );
}
