import { useMemo, useState } from 'preact/hooks';
// From the check's own module: through an index Rollup would split a re-export cycle across chunks.
import { checkNumbering } from '../../core/check/check-numbering.ts';
import { getNumberingRule, NUMBERING_RULES } from '../../core/check/rules.ts';
import type { NumberingFinding, NumberingScheme } from '../../core/check/types.ts';
import type { ExtractedOutline, TextBlock } from '../../core/types.ts';
import { isChineseUi, t } from '../../i18n/t.ts';

export type CheckFindingsProps = {
  blocks: readonly TextBlock[];
  outline: ExtractedOutline;
  /** Makes each finding's place a button that shows its point in the outline above. */
  onJump?: (finding: NumberingFinding) => void;
};

/** Characters of the paragraph shown on each side of the marker. */
const CONTEXT_CHARS = 24;

/** The paragraph around the finding's marker, the marker itself marked. */
function FindingExcerpt({ text, finding }: { text: string; finding: NumberingFinding }) {
  const from = Math.max(0, finding.markerStart - CONTEXT_CHARS);
  const to = Math.min(text.length, finding.markerEnd + CONTEXT_CHARS);
  return (
    <span class="finding-excerpt">
      {from > 0 && '…'}
      {text.slice(from, finding.markerStart)}
      <mark class="finding-marker">{text.slice(finding.markerStart, finding.markerEnd)}</mark>
      {text.slice(finding.markerEnd, to)}
      {to < text.length && '…'}
    </span>
  );
}

/** 序号检查 of a draft: a strictness switch, every finding with its paragraph, what is wrong and the usual form, and the rules. */
export function CheckFindings({ blocks, outline, onJump }: CheckFindingsProps) {
  const [scheme, setScheme] = useState<NumberingScheme>('page');
  const findings = useMemo(() => checkNumbering(blocks, outline, { scheme }), [blocks, outline, scheme]);
  const zh = isChineseUi();
  return (
    <section class="check-findings" data-check-findings>
      <header class="check-header">
        <h2 class="check-title">{t('checkTitle')}</h2>
        <fieldset class="check-scheme">
          <legend class="visually-hidden">{t('checkScheme')}</legend>
          {(['page', 'gbt'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="check-scheme" value={s} checked={scheme === s} onChange={() => setScheme(s)} data-check-scheme={s} />
              {s === 'page' ? t('checkSchemePage') : t('checkSchemeGbt')}
            </label>
          ))}
        </fieldset>
      </header>
      {findings.length === 0 ? (
        <p class="status" data-check-clean>{t('checkClean')}</p>
      ) : (
        <>
          <p class="status">{t('checkCount', findings.length)}</p>
          <ol class="finding-list">
            {findings.map((f) => (
              <li key={`${f.block}:${f.markerStart}:${f.rule}`} class="finding" data-finding={f.rule} data-paragraph={f.paragraph}>
                {onJump ? (
                  <button type="button" class="link-button finding-place" data-finding-jump onClick={() => onJump(f)} title={t('checkJump')}>
                    {t('checkParagraph', f.paragraph)}
                  </button>
                ) : (
                  <span class="finding-place">{t('checkParagraph', f.paragraph)}</span>
                )}
                <span class="finding-rule">{zh ? getNumberingRule(f.rule).title.zh : getNumberingRule(f.rule).title.en}</span>
                <span class="finding-message">{zh ? f.message.zh : f.message.en}</span>
                <span class="finding-usual">{f.expected === null ? t('checkUsualNone') : t('checkUsual', f.expected)}</span>
                <FindingExcerpt text={blocks[f.block]?.text ?? ''} finding={f} />
              </li>
            ))}
          </ol>
        </>
      )}
      <details class="check-rules">
        <summary>{t('checkRules')}</summary>
        <ul>
          {NUMBERING_RULES.filter((r) => r.schemes.includes(scheme)).map((r) => (
            <li key={r.id}>
              <strong>{zh ? r.title.zh : r.title.en}</strong>：{zh ? r.explanation.zh : r.explanation.en}
              <span class="check-rule-example">
                {' '}✗ {r.example.wrong} → ✓ {r.example.right}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
