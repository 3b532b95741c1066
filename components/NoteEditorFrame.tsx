import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation, AnnotationKind } from '../core/annotation-types.ts';
import type { EditorValues, NoteEditorSession } from '../protocol/note-frame-wire.ts';
import type { Result } from '../protocol/result.ts';
import { sendMessage } from '../protocol/send.ts';
import { retryUntilDelivered } from '../pages/retry-until-delivered.ts';
import { t } from '../i18n/t.ts';
import { AnnotationEditor } from './AnnotationEditor.tsx';

export type NoteEditorFrameProps = {
  session: NoteEditorSession;
  /** Sends a change to the background (tests hand in their own). */
  send?: typeof sendMessage;
};

function kindOf(values: EditorValues): AnnotationKind {
  return values.golden ? 'golden' : values.note ? 'note' : 'highlight';
}

const sameValues = (a: EditorValues, b: EditorValues) => a.note === b.note && a.color === b.color && a.golden === b.golden && a.tags.join('\u0000') === b.tags.join('\u0000');

/** The editor's note field in this frame's document. */
const noteField = () => document.querySelector<HTMLTextAreaElement>('textarea[name="note"]');

/**
 * Puts the caret in the note field whenever this frame gets focus: Chromium
 * blocks autofocus in a cross-origin frame, so the top frame focuses the
 * <iframe> instead (on a trusted action) and the field follows here. Focus
 * already on another field of the editor stays there.
 */
function useFocusWhenFrameFocused(): void {
  useEffect(() => {
    const focusNote = () => {
      const active = document.activeElement;
      if (active && active !== document.body && active !== document.documentElement) return;
      const field = noteField();
      if (!field) return;
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    };
    // The frame may have been focused before this session was drawn.
    if (document.hasFocus()) focusNote();
    window.addEventListener('focus', focusNote);
    return () => window.removeEventListener('focus', focusNote);
  }, []);
}

/**
 * The note editor inside its extension frame: saves straight to the background
 * (which repaints the page and closes this frame). A save that finds the
 * service worker stopped keeps the words on screen, says so in plain words and
 * tries again until the worker answers. What the reader types is handed to
 * the top frame's content script as a draft (through the background, never the
 * page), which opens the editor again with it.
 */
export function NoteEditorFrame({ session, send = sendMessage }: NoteEditorFrameProps) {
  const [status, setStatus] = useState<string | null>(null);
  const busy = useRef(false);
  const draftTimer = useRef(0);

  const finish = (result: Result<unknown>) => {
    busy.current = false;
    if (result.ok) {
      setStatus(null);
      return;
    }
    // The reader gets plain words; the reason stays in the console.
    console.warn('[speech-outline] note not saved:', result.error);
    setStatus(result.error === t('storageFull') ? result.error : t('annotate_saveRefused'));
  };

  const onSave = (values: EditorValues) => {
    if (busy.current) return;
    busy.current = true;
    clearTimeout(draftTimer.current);
    latest.current = null;
    const onRetry = () => setStatus(t('annotate_saveRetrying'));
    const kind = kindOf(values);
    let attempt: () => Promise<Result<Annotation>>;
    if (session.draft) {
      const annotation = { ...session.draft, kind, color: values.color, note: values.note, tags: values.tags };
      attempt = () => send('annotation/save', { annotation, page: { title: session.pageTitle } });
    } else {
      const id = session.id!;
      attempt = () => send('annotation/update', { id, changes: { note: values.note, tags: values.tags, color: values.color, kind } });
    }
    void retryUntilDelivered(attempt, { onRetry }).then(finish);
  };

  const onDelete = () => {
    if (busy.current || !session.id) return;
    busy.current = true;
    const id = session.id;
    void retryUntilDelivered(() => send('annotation/delete', { id }), { onRetry: () => setStatus(t('annotate_saveRetrying')) }).then(finish);
  };

  const latest = useRef<EditorValues | null>(null);
  const sendDraft = () => {
    clearTimeout(draftTimer.current);
    draftTimer.current = 0;
    const values = latest.current;
    latest.current = null;
    return values ? send('frame/request', { frame: 'editor', action: 'draft', values }) : Promise.resolve(null);
  };
  const onChange = (values: EditorValues) => {
    if (busy.current || sameValues(values, session.initial)) return;
    latest.current = values;
    clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(() => void sendDraft(), 150);
  };
  // Closing hands the last words over first.
  const onCancel = () => void sendDraft().then(() => send('frame/request', { frame: 'editor', action: 'close' }));

  useFocusWhenFrameFocused();

  return (
    <AnnotationEditor
      quote={session.quote}
      initial={session.initial}
      isNew={session.draft !== null}
      status={status}
      onChange={onChange}
      onSave={onSave}
      onDelete={onDelete}
      onCancel={onCancel}
    />
  );
}
