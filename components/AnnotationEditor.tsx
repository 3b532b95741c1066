import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HighlightColor } from '../core/annotation-types.ts';
import { HIGHLIGHT_COLORS } from '../protocol/annotation-wire.ts';
import type { EditorValues } from '../protocol/note-frame-wire.ts';
import { parseTagInput } from '../pages/note-groups.ts';
import { t } from '../i18n/t.ts';
import { colorLabel } from './note-labels.ts';
import { isFromUser } from './user-event.ts';

export type AnnotationEditorProps = {
  /** The quoted text, shown above the fields. */
  quote: string;
  initial: EditorValues;
  /** True for a new note (no Delete button). */
  isNew: boolean;
  /** A sentence under the fields (a save being retried); null for none. */
  status: string | null;
  /** Every change of the fields (so an unsaved draft can be kept). */
  onChange?: (values: EditorValues) => void;
  onSave: (values: EditorValues) => void;
  onDelete: () => void;
  onCancel: () => void;
};

/** The editor of one annotation: note, tags (free words), colour, 金句; Ctrl+Enter saves, Escape cancels. Only the reader's own input (trusted events) acts. */
export function AnnotationEditor({ quote, initial, isNew, status, onChange, onSave, onDelete, onCancel }: AnnotationEditorProps) {
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join('，'));
  const [color, setColor] = useState<HighlightColor>(initial.color);
  const [golden, setGolden] = useState(initial.golden);
  const values = (): EditorValues => ({ note: note.trim(), tags: parseTagInput(tags.replace(/\s+/g, ',')), color, golden });
  useEffect(() => onChange?.({ note, tags: parseTagInput(tags.replace(/\s+/g, ',')), color, golden }), [note, tags, color, golden]);
  const save = () => onSave(values());
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (!isFromUser(e)) return;
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
        if (isFromUser(e)) save();
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
          {HIGHLIGHT_COLORS.map((c) => (
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
      {status && (
        <p class="status" role="status" data-editor-status>
          {status}
        </p>
      )}
      <div class="buttons">
        {!isNew && (
          <button type="button" class="danger" data-action="delete" onClick={(e) => isFromUser(e) && onDelete()}>
            {t('annotate_delete')}
          </button>
        )}
        <span class="gap" />
        <button type="button" data-action="cancel" onClick={(e) => isFromUser(e) && onCancel()}>
          {t('annotate_cancel')}
        </button>
        <button type="submit" class="primary" data-action="save">
          {t('annotate_save')}
        </button>
      </div>
    </form>
  );
}
