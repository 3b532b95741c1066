import type { CopyStatus } from '../../utils/reading/view-state.ts';
import { tr } from '../../utils/reading/i18n.ts';

export type PanelToolbarProps = {
  highlights: boolean;
  levelOneOnly: boolean;
  allExpanded: boolean;
  copyStatus: CopyStatus;
  onHighlights: (on: boolean) => void;
  onLevelOneOnly: (on: boolean) => void;
  onExpandAll: (expand: boolean) => void;
  onCopy: () => void;
};

/** The panel's switches (highlights, 只看一级), expand/collapse-all and copy. */
export function PanelToolbar(props: PanelToolbarProps) {
  const copyText = props.copyStatus === 'copied' ? tr('copied') : props.copyStatus === 'failed' ? tr('copyFailed') : tr('copy');
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
      <button type="button" class="text-button copy" data-action="copy" data-copy-status={props.copyStatus} aria-label={tr('copyLabel')} onClick={props.onCopy}>
        {copyText}
      </button>
    </div>
  );
}
