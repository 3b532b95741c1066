import type { CopyKind, CopyStatus } from '../../entrypoints/content/reading/view-state.ts';
import { tr } from '../../entrypoints/content/reading/i18n.ts';

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
  return status === 'copied' ? tr('copied') : tr('copyFailed');
}

/** The panel's switches (highlights, 只看一级), expand/collapse-all, copy (text, Markdown) and the export page. */
export function PanelToolbar(props: PanelToolbarProps) {
  const textStatus = props.copyKind === 'text' ? props.copyStatus : 'idle';
  const markdownStatus = props.copyKind === 'markdown' ? props.copyStatus : 'idle';
  return (
    <div class="toolbar">
      <button type="button" role="switch" class="switch" data-switch="highlights" aria-checked={props.highlights} aria-label={tr('highlights')} onClick={() => props.onHighlights(!props.highlights)}>
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
        {tr('highlights')}
      </button>
      <button type="button" role="switch" class="switch" data-switch="level-one" aria-checked={props.levelOneOnly} aria-label={tr('levelOneOnly')} onClick={() => props.onLevelOneOnly(!props.levelOneOnly)}>
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
        {tr('levelOneOnly')}
      </button>
      <span class="toolbar-gap" />
      <button type="button" class="text-button" data-action="expand-all" aria-label={props.allExpanded ? tr('collapseAll') : tr('expandAll')} disabled={props.levelOneOnly} onClick={() => props.onExpandAll(!props.allExpanded)}>
        {props.allExpanded ? tr('collapseAll') : tr('expandAll')}
      </button>
      <button type="button" class="text-button copy" data-action="copy" data-copy-status={textStatus} aria-label={tr('copyLabel')} onClick={props.onCopy}>
        {copyLabel(textStatus, tr('copy'))}
      </button>
      <button type="button" class="text-button copy" data-action="copy-markdown" data-copy-status={markdownStatus} aria-label={tr('copyMarkdownLabel')} onClick={props.onCopyMarkdown}>
        {copyLabel(markdownStatus, tr('copyMarkdown'))}
      </button>
      <button type="button" class="text-button" data-action="export" aria-label={tr('exportMoreLabel')} title={tr('exportMoreLabel')} onClick={props.onExport}>
        {tr('exportMore')}
      </button>
    </div>
  );
}
