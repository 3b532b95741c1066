import { useMemo, useRef } from 'preact/hooks';
import type { NumberingFinding } from '../../core/check/types.ts';
import { pointOfFinding, showPointInTree } from '../../pages/finding-point.ts';
import { toOutlineDocument } from '../../core/index.ts';
import type { NotesApi } from '../../pages/notes-api.ts';
import { draftOutlineUrl, type OpenedDraft } from '../../pages/read-draft.ts';
import { ExportPanel } from '../ExportPanel.tsx';
import { OutlineView } from '../OutlineView.tsx';
import { SaveOutlineButton } from '../SaveOutlineButton.tsx';
import { CheckFindings } from './CheckFindings.tsx';
import { OutlineTools } from './OutlineTools.tsx';
import { t } from '../../i18n/t.ts';

export type DraftViewProps = {
  draft: OpenedDraft;
  api: NotesApi;
  onClose: () => void;
};

/** An opened draft: its outline as a page's, 保存提纲 under the file's name, 思维导图 and 打印提纲, 序号检查 and the exports. */
export function DraftView({ draft, api, onClose }: DraftViewProps) {
  const outline = useMemo(() => toOutlineDocument(draft.outline), [draft]);
  // Saved outlines are kept by address; a file gets its own, so it never mixes with a web page's.
  const saved = useMemo(() => ({ ...outline, url: draftOutlineUrl(draft.fileName) }), [outline, draft.fileName]);
  const tree = useRef<HTMLDivElement>(null);
  const jump = (finding: NumberingFinding) => {
    const point = pointOfFinding(draft.outline, finding);
    if (point && tree.current) showPointInTree(tree.current, draft.outline, point);
  };
  return (
    <section class="draft-view" data-draft-view data-draft-file={draft.fileName}>
      <p class="draft-bar">
        <span class="draft-file">{t('draftOpened', draft.fileName)}</span>
        <button type="button" class="link-button" onClick={onClose} data-draft-close>
          {t('draftClose')}
        </button>
      </p>
      <div ref={tree}>
        <OutlineView outline={outline} actions={<SaveOutlineButton outline={saved} api={api} />} />
      </div>
      <OutlineTools outline={outline} name={draft.fileName.replace(/\.[^.]+$/, '')} />
      <CheckFindings blocks={draft.blocks} outline={draft.outline} onJump={jump} />
      <details class="draft-export">
        <summary>{t('exportButton')}</summary>
        <ExportPanel outline={outline} />
      </details>
    </section>
  );
}
