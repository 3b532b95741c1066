import type { SpeechSite } from '../../sites/speech-sites.ts';
import { t } from '../../i18n/t.ts';

export type CuratedSiteListProps = {
  sites: readonly SpeechSite[];
};

/** `*://*.diyifanwen.com/*` → `diyifanwen.com`. */
function hostOf(pattern: string): string {
  return pattern.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '');
}

/** The curated sites the extension runs on by default, read-only, 范文 sites first. */
export function CuratedSiteList({ sites }: CuratedSiteListProps) {
  const groups = [
    { kind: 'fanwen', heading: t('activation_curatedFanwen') },
    { kind: 'official', heading: t('activation_curatedOfficial') },
  ] as const;
  return (
    <div data-curated-sites>
      {groups.map(({ kind, heading }) => (
        <section key={kind}>
          <h3 class="site-group">{heading}</h3>
          <ul class="site-list site-list--curated">
            {sites
              .filter((site) => site.kind === kind)
              .map((site) => (
                <li class="site-row" key={site.pattern} data-curated-site={site.pattern}>
                  {site.name ? <span class="site-name">{site.name}</span> : null}
                  <code class={site.name ? 'site-pattern' : 'site-pattern site-pattern--alone'}>{hostOf(site.pattern)}</code>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
