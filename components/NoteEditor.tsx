import type { TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.ts';
import type { AnnotationChanges } from '../protocol/annotation-wire.ts';
import { parseTagInput } from '../pages/note-groups.ts';
import { COLORS, KINDS, colorLabel, kindLabel } from './note-labels.ts';
import { t } from '../i18n/t.ts';

export type NoteEditorProps = {
  annotation: Annotation;
  onSave: (changes: AnnotationChanges) => void;
  onCancel: () => void;
};

/** Inline editing of a note's text, tags, colour and kind; Ctrl+Enter saves, Escape cancels. */
export function NoteEditor({ annotation, onSave, onCancel }: NoteEditorProps) {
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join('，'));
  const [color, setColor] = useState(annotation.color);
  const [kind, setKind] = useState(annotation.kind);
  const save = () => onSave({ note, tags: parseTagInput(tags), color, kind });
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };
  const id = `edit-${annotation.id}`;
  return (
    <form
      class="note-editor"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label for={`${id}-note`}>{t('noteLabel')}</label>
      <textarea id={`${id}-note`} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} autoFocus />
      <label for={`${id}-tags`}>{t('tagsLabel')}</label>
      <input id={`${id}-tags`} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <div class="note-editor-row">
        <label>
          {t('colorLabel')}{' '}
          <select value={color} onChange={(e) => setColor(e.currentTarget.value as typeof color)}>
            {COLORS.map((c) => (
              <option key={c} value={c}>
                {colorLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kindLabel')}{' '}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <span class="note-editor-buttons">
          <button type="button" class="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" class="button button--primary">
            {t('save')}
          </button>
        </span>
      </div>
    </form>
  );
}
