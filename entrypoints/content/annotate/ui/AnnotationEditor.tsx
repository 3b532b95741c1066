import type { TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { HighlightColor } from '../../../../core/annotation-types.ts';
import { NOTE_COLORS } from '../../../../dom/annotation-highlighter.ts';
import type { EditorValues } from '../annotator-view.ts';
import { parseTagInput } from '../../../../pages/note-groups.ts';
import { t } from '../../../../i18n/t.ts';
import { colorLabel } from '../../../../components/note-labels.ts';

export type AnnotationEditorProps = {
  /** The quoted text, shown above the fields. */
  quote: string;
  initial: EditorValues;
  /** True for a new note (no Delete button). */
  isNew: boolean;
  onSave: (values: EditorValues) => void;
  onDelete: () => void;
  onCancel: () => void;
};

/** The editor of one annotation: note, tags (free words), colour, 金句; Ctrl+Enter saves, Escape cancels. */
export function AnnotationEditor({ quote, initial, isNew, onSave, onDelete, onCancel }: AnnotationEditorProps) {
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join('，'));
  const [color, setColor] = useState<HighlightColor>(initial.color);
  const [golden, setGolden] = useState(initial.golden);
  const save = () => onSave({ note: note.trim(), tags: parseTagInput(tags.replace(/\s+/g, ',')), color, golden });
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };
  return (
    <form
      class="editor"
      aria-label={isNew ? t('annotate_newNoteLabel') : t('annotate_editorLabel')}
      data-annotate-editor={isNew ? 'new' : 'edit'}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <blockquote class="quote">{quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}</blockquote>
      <label class="field">
        <span>{t('annotate_noteLabel')}</span>
        <textarea name="note" rows={3} value={note} placeholder={t('annotate_notePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} autoFocus />
      </label>
      <label class="field">
        <span>{t('annotate_tagsLabel')}</span>
        <input name="tags" type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="row">
        <fieldset class="colors">
          <legend>{t('annotate_colorLabel')}</legend>
          {NOTE_COLORS.map((c) => (
            <label key={c} class={`swatch color--${c}`} title={colorLabel(c)}>
              <input type="radio" name="color" value={c} checked={color === c} aria-label={colorLabel(c)} onChange={() => setColor(c)} />
              <span class="dot" aria-hidden="true" />
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input type="checkbox" name="golden" checked={golden} onChange={(e) => setGolden(e.currentTarget.checked)} />
          {t('annotate_goldenCheck')}
        </label>
      </div>
      <div class="buttons">
        {!isNew && (
          <button type="button" class="danger" data-action="delete" onClick={onDelete}>
            {t('annotate_delete')}
          </button>
        )}
        <span class="gap" />
        <button type="button" data-action="cancel" onClick={onCancel}>
          {t('annotate_cancel')}
        </button>
        <button type="submit" class="primary" data-action="save">
          {t('annotate_save')}
        </button>
      </div>
    </form>
  );
}
