import type { CopyKind, CopyStatus } from '../view-state.ts';
import { t } from '../../../../i18n/t.ts';

export type PanelToolbarProps = {
  highlights: boolean;
  levelOneOnly: boolean;
  allExpanded: boolean;
  copyStatus: CopyStatus;
  /** Which copy button the status belongs to. */
  copyKind: CopyKind;
  onHighlights: (on: boolean) => void;
  onLevelOneOnly: (on: boolean) => void;
  onExpandAll: (expand: boolean) => void;
  onCopy: () => void;
  onCopyMarkdown: () => void;
  onExport: () => void;
};

/** A copy button's label: its own, or the feedback of the copy it just made. */
function copyLabel(status: CopyStatus, idle: string): string {
  if (status === 'idle') return idle;
  return status === 'copied' ? t('reading_copied') : t('reading_copyFailed');
}

/** The panel's switches (highlights, 只看一级), expand/collapse-all, copy (text, Markdown) and the export page. */
export function PanelToolbar(props: PanelToolbarProps) {
  const textStatus = props.copyKind === 'text' ? props.copyStatus : 'idle';
  const markdownStatus = props.copyKind === 'markdown' ? props.copyStatus : 'idle';
  return (
    <div class="toolbar">
      <button type="button" role="switch" class="switch" data-switch="highlights" aria-checked={props.highlights} aria-label={t('reading_highlights')} onClick={() => props.onHighlights(!props.highlights)}>
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
        {t('reading_highlights')}
      </button>
      <button type="button" role="switch" class="switch" data-switch="level-one" aria-checked={props.levelOneOnly} aria-label={t('reading_levelOneOnly')} onClick={() => props.onLevelOneOnly(!props.levelOneOnly)}>
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
        {t('reading_levelOneOnly')}
      </button>
      <span class="toolbar-gap" />
      <button type="button" class="text-button" data-action="expand-all" aria-label={props.allExpanded ? t('reading_collapseAll') : t('reading_expandAll')} disabled={props.levelOneOnly} onClick={() => props.onExpandAll(!props.allExpanded)}>
        {props.allExpanded ? t('reading_collapseAll') : t('reading_expandAll')}
      </button>
      <button type="button" class="text-button copy" data-action="copy" data-copy-status={textStatus} aria-label={t('reading_copyLabel')} onClick={props.onCopy}>
        {copyLabel(textStatus, t('reading_copy'))}
      </button>
      <button type="button" class="text-button copy" data-action="copy-markdown" data-copy-status={markdownStatus} aria-label={t('reading_copyMarkdownLabel')} onClick={props.onCopyMarkdown}>
        {copyLabel(markdownStatus, t('reading_copyMarkdown'))}
      </button>
      <button type="button" class="text-button" data-action="export" aria-label={t('reading_exportMoreLabel')} title={t('reading_exportMoreLabel')} onClick={props.onExport}>
        {t('reading_exportMore')}
      </button>
    </div>
  );
}
