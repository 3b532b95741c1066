import { useState } from 'preact/hooks';
import type { AlwaysRunOutcome } from '../../pages/site-requests.ts';
import type { Result } from '../../protocol/result.ts';
import { t } from '../../i18n/t.ts';

export type GrantRequestProps = {
  /** The site to allow, as an origin (https://example.com). */
  origin: string;
  /** Asks for the permission and registers the site; called from the click, a user gesture. */
  onGrant: () => Promise<Result<AlwaysRunOutcome>>;
};

type Phase = { kind: 'asking' } | { kind: 'busy' } | { kind: 'done'; text: string; ok: boolean };

/** The "always run on this site?" card the context menu opens; one click asks the browser. */
export function GrantRequest({ origin, onGrant }: GrantRequestProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'asking' });
  const host = new URL(origin).host;
  const grant = async () => {
    setPhase({ kind: 'busy' });
    const result = await onGrant();
    if (!result.ok) setPhase({ kind: 'done', ok: false, text: t('activation_runFailed', result.error) });
    else if (!result.value.granted) setPhase({ kind: 'done', ok: false, text: t('activation_grantDenied') });
    else setPhase({ kind: 'done', ok: true, text: t('activation_grantDone', host) });
  };
  return (
    <section class="card card--grant" data-grant-request={origin}>
      <h2>{t('activation_grantHeading')}</h2>
      <p>{t('activation_grantBody', host)}</p>
      {phase.kind === 'done' ? (
        <p class={phase.ok ? 'success' : 'error'} role="status" data-grant-result={phase.ok ? 'granted' : 'refused'}>
          {phase.text}
        </p>
      ) : (
        <button type="button" class="button" disabled={phase.kind === 'busy'} onClick={() => void grant()}>
          {t('activation_grantButton', host)}
        </button>
      )}
    </section>
  );
}
