import { useState } from 'preact/hooks';
import { sendMessage } from '../../protocol/send.ts';
import { requestAlwaysRun } from '../../pages/site-requests.ts';
import { isCuratedUrl, originOf } from '../../sites/site-patterns.ts';
import { t } from '../../i18n/t.ts';

export type RunOnPageProps = {
  /** The tab the popup describes. */
  tabId: number;
  /** That tab's URL; the buttons show only for http(s) pages off the curated list. */
  url: string | undefined;
  /** Called after a run, so the popup can load the outline the run found. */
  onRan?: (outlineFound: boolean) => void;
};

/**
 * The popup's "在此页运行" and "始终在此网站运行" buttons. Opening the popup granted
 * `activeTab`, so the background may inject once; always-run asks for the
 * site's permission from this click (a user gesture). Chrome may close the popup
 * while its permission prompt shows: the background then registers the site on
 * `permissions.onAdded` by itself.
 */
export function RunOnPage({ tabId, url, onRan }: RunOnPageProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const origin = originOf(url);
  if (!origin || (url !== undefined && isCuratedUrl(url))) return null;
  const report = (found: boolean | null, error?: string) => {
    setBusy(false);
    if (error) setStatus(t('activation_runFailed', error));
    else setStatus(t(found ? 'activation_runFound' : 'activation_runNotFound'));
    if (found !== null) onRan?.(found);
  };
  const runOnce = async () => {
    setBusy(true);
    const reply = await sendMessage('activation/run-once', { tabId });
    report(reply.ok ? reply.value.outlineFound : null, reply.ok ? undefined : reply.error);
  };
  const alwaysRun = async () => {
    setBusy(true);
    const reply = await requestAlwaysRun(origin, tabId);
    if (!reply.ok) report(null, reply.error);
    else if (!reply.value.granted) {
      setBusy(false);
      setStatus(t('activation_grantDenied'));
    } else report(reply.value.outlineFound);
  };
  return (
    <div class="run-on-page" data-run-on-page>
      <button type="button" class="outline-toggle" disabled={busy} onClick={() => void runOnce()} data-run-once>
        {t('activation_runOnce')}
      </button>
      <button type="button" class="outline-toggle" disabled={busy} onClick={() => void alwaysRun()} data-always-run>
        {t('activation_alwaysRun')}
      </button>
      {status && <p class="status" role="status">{status}</p>}
    </div>
  );
}
