import { useState } from 'preact/hooks';
import type { SavedOutline } from '../core/annotation-types.ts';
import { countPoints } from '../core/index.ts';
import { formatTime } from '../pages/note-groups.ts';
import { isWebPage } from '../pages/notes-api.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { OutlineTools } from './library/OutlineTools.tsx';
import { SectionView } from './SectionView.tsx';
import { t } from '../i18n/t.ts';

export type SavedOutlineItemProps = {
  saved: SavedOutline;
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => void;
  onOpenPage: () => void;
};

/** One saved outline: its name, time and size; rename, open the page, export, delete (asked first, then undoable); 思维导图 and 打印提纲; the tree inside. */
export function SavedOutlineItem({ saved: o, onRename, onDelete, onOpenPage }: SavedOutlineItemProps) {
  const [exporting, setExporting] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const name = o.name ?? o.outline.title;
  return (
    <details class="saved-outline" data-saved-outline={o.id}>
      <summary>
        <span class="saved-outline-name">{name}</span> · {t('savedAt', formatTime(o.savedAt))} · {t('pointsCount', countPoints(o.outline))}
      </summary>
      <div class="saved-outline-actions">
        {renaming === null ? (
          <button type="button" class="link-button" data-saved-rename onClick={() => setRenaming(name)}>
            {t('savedRename')}
          </button>
        ) : (
          <form
            class="saved-rename"
            onSubmit={(e) => {
              e.preventDefault();
              void onRename(renaming).then((done) => done && setRenaming(null));
            }}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
          >
            <input type="text" aria-label={t('savedNameLabel')} value={renaming} maxLength={200} onInput={(e) => setRenaming(e.currentTarget.value)} ref={(el) => el?.focus()} />
            <button type="submit" class="button button--primary">
              {t('save')}
            </button>
            <button type="button" class="button" onClick={() => setRenaming(null)}>
              {t('cancel')}
            </button>
          </form>
        )}
        {isWebPage(o.url) && (
          <button type="button" class="link-button" data-saved-open onClick={onOpenPage}>
            {t('savedOpenPage')}
          </button>
        )}
        <button type="button" class="link-button" aria-expanded={exporting} onClick={() => setExporting(!exporting)} data-saved-export>
          {t('exportButton')}
        </button>
        <ConfirmButton label={t('delete')} question={t('savedDeleteConfirm')} onConfirm={onDelete} />
      </div>
      {exporting && <ExportPanel outline={o.outline} />}
      <OutlineTools outline={o.outline} name={name} />
      <div class="outline-sections">
        {o.outline.sections.map((section, i) => (
          <SectionView key={i} section={section} expandAll={false} />
        ))}
      </div>
    </details>
  );
}
