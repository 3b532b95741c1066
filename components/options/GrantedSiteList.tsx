import { useState } from 'preact/hooks';
import { displayPattern } from '../../sites/site-patterns.ts';
import { t } from '../../i18n/t.ts';

export type GrantedSiteListProps = {
  /** The granted site patterns, sorted. */
  patterns: readonly string[];
  /** Revokes one pattern; resolves to an error message, or null when it worked. */
  onRevoke: (pattern: string) => Promise<string | null>;
};

/** The sites the user allowed, each with a 撤销 (revoke) button. */
export function GrantedSiteList({ patterns, onRevoke }: GrantedSiteListProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (patterns.length === 0) return <p class="note" data-granted-empty>{t('activation_grantedEmpty')}</p>;
  const revoke = async (pattern: string) => {
    setBusy(pattern);
    setError(null);
    const failure = await onRevoke(pattern);
    setBusy(null);
    if (failure) setError(t('activation_revokeFailed', failure));
  };
  return (
    <>
      <ul class="site-list" data-granted-sites>
        {patterns.map((pattern) => (
          <li class="site-row" key={pattern} data-granted-site={pattern}>
            <span class="site-name">{displayPattern(pattern)}</span>
            <button type="button" class="button button--quiet" disabled={busy !== null} onClick={() => void revoke(pattern)}>
              {t('activation_revoke')}
            </button>
          </li>
        ))}
      </ul>
      {error && <p class="error" role="alert">{error}</p>}
    </>
  );
}
