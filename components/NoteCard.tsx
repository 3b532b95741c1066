import { useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.ts';
import type { AnnotationChanges } from '../protocol/annotation-wire.ts';
import { formatTime } from '../pages/note-groups.ts';
import type { AnnotationHit } from '../protocol/search-types.ts';
import { ColorSwatch } from './ColorSwatch.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { contextLine, kindLabel } from './note-labels.ts';
import { t } from '../i18n/t.ts';

export type NoteCardProps = {
  annotation: Annotation;
  onOpen: (annotation: Annotation) => void;
  onUpdate: (id: string, changes: AnnotationChanges) => Promise<boolean>;
  onDelete: (annotation: Annotation) => void;
  /** Where a search matched this note (left out of the list without a search). */
  match?: AnnotationHit['spans'];
};

/** One note: its quote (opens the page there), the reader's note, tags, outline place and time; edit and delete. */
export function NoteCard({ annotation: a, onOpen, onUpdate, onDelete, match }: NoteCardProps) {
  const [editing, setEditing] = useState(false);
  const context = contextLine(a.context);
  return (
    <li class={`note note--${a.kind}`} data-note-id={a.id} data-color={a.color}>
      <button type="button" class={`note-quote note-quote--${a.color}`} onClick={() => onOpen(a)} title={t('openInPage')}>
        <HighlightedText text={a.quote} spans={match?.quote} />
      </button>
      {editing ? (
        <NoteEditor
          annotation={a}
          onCancel={() => setEditing(false)}
          onSave={(changes) => {
            void onUpdate(a.id, changes).then((saved) => {
              if (saved) setEditing(false);
            });
          }}
        />
      ) : (
        <>
          {a.note && (
            <p class="note-text">
              <HighlightedText text={a.note} spans={match?.note} />
            </p>
          )}
          <div class="note-meta">
            <ColorSwatch color={a.color} />
            <span class={`note-kind note-kind--${a.kind}`}>{kindLabel(a.kind)}</span>
            {a.tags.map((tag) => (
              <span key={tag} class={match?.tags.includes(tag) ? 'note-tag note-tag--match' : 'note-tag'}>
                #{tag}
              </span>
            ))}
            {context && (
              <span class="note-context" title={a.context?.sectionTitle}>
                {context}
              </span>
            )}
            <time class="note-time" dateTime={new Date(a.updatedAt).toISOString()}>
              {formatTime(a.updatedAt)}
            </time>
            <span class="note-actions">
              <button type="button" class="link-button" onClick={() => setEditing(true)}>
                {t('edit')}
              </button>
              <button type="button" class="link-button link-button--danger" onClick={() => onDelete(a)}>
                {t('delete')}
              </button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}
