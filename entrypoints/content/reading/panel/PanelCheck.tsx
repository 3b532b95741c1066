import { useEffect } from 'preact/hooks';
import type { NumberingScheme } from '../../../../core/check/types.ts';
import type { ReadingOutline } from '../reading-outline.ts';
import type { PageFindings } from '../view-state.ts';
import { isChineseUi, t } from '../../../../i18n/t.ts';

export type PanelCheckProps = {
  outline: ReadingOutline;
  findings: PageFindings | null;
  onCheck: (scheme: NumberingScheme) => void;
  onSelect: (index: number) => void;
};

/** The scheme a fresh check uses: the page's own, kept consistent (a web page rarely claims GB/T 9704). */
const FIRST_SCHEME: NumberingScheme = 'page';

/** Characters of a speech's title shown in a finding's place. */
const PLACE_TITLE_CHARS = 14;

/**
 * Where a finding is: the speech's own heading (篇16:… as the page writes it, which a
 * count of the panel's sections would not match) and the paragraph within it.
 */
function placeLabel(place: { section: number; paragraph: number } | undefined, outline: ReadingOutline): string {
  if (!place) return '';
  const paragraph = t('checkParagraph', place.paragraph);
  if (outline.sections.length < 2) return paragraph;
  const title = outline.sections[place.section]?.title || t('reading_checkSection', place.section + 1);
  return `${title.length > PLACE_TITLE_CHARS ? `${title.slice(0, PLACE_TITLE_CHARS)}…` : title} · ${paragraph}`;
}

/**
 * 序号检查 of the page in the panel: each finding with its speech and paragraph,
 * what is wrong and the usual form; a click scrolls the page to the marker.
 * Checks when shown, and again whenever the page's points change.
 */
export function PanelCheck({ outline, findings, onCheck, onSelect }: PanelCheckProps) {
  const fresh = findings !== null && findings.signature === outline.signature;
  const scheme = findings?.scheme ?? FIRST_SCHEME;
  useEffect(() => {
    if (!fresh) onCheck(scheme);
  }, [fresh, scheme, outline.signature]);
  const zh = isChineseUi();
  return (
    <div class="check" data-panel-check>
      <div class="check-scheme" role="radiogroup" aria-label={t('checkScheme')}>
        {(['page', 'gbt'] as const).map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            class="text-button"
            aria-checked={scheme === s}
            aria-label={s === 'page' ? t('checkSchemePage') : t('checkSchemeGbt')}
            data-check-scheme={s}
            onClick={(e) => {
              if (e.isTrusted) onCheck(s);
            }}
          >
            {s === 'page' ? t('checkSchemePage') : t('checkSchemeGbt')}
          </button>
        ))}
      </div>
      {!fresh ? null : findings.list.length === 0 ? (
        <p class="check-clean" data-check-clean>{t('checkClean')}</p>
      ) : (
        <>
          <p class="check-count">{t('checkCount', findings.list.length)}</p>
          <ol class="findings">
            {findings.list.map((f, i) => {
              const title = findings.titles[f.rule];
              return (
                <li key={`${f.block}:${f.markerStart}:${f.rule}`}>
                  <button type="button" class="finding" aria-label={t('reading_goToFinding', zh ? f.message.zh : f.message.en)} data-finding={f.rule} data-block={f.block} onClick={() => onSelect(i)}>
                    <span class="finding-head">
                      <span class="finding-place">{placeLabel(findings.places[i], outline)}</span>
                      <span class="finding-marker">{f.marker}</span>
                      <span class="finding-rule">{title ? (zh ? title.zh : title.en) : f.rule}</span>
                    </span>
                    <span class="finding-message">{zh ? f.message.zh : f.message.en}</span>
                    <span class="finding-usual">{f.expected === null ? t('checkUsualNone') : t('checkUsual', f.expected)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
