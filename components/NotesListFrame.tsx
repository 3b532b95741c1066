import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.ts';
import type { NotesListSession } from '../protocol/note-frame-wire.ts';
import { sendMessage } from '../protocol/send.ts';
import { PageNotesList } from './PageNotesList.tsx';

export type NotesListFrameProps = {
  layout: NotesListSession;
  send?: typeof sendMessage;
};

/**
 * The panel's notes list inside its extension frame: the notes come from
 * storage (the background), the layout from the content script; the buttons
 * ask the page's content script (through the background) to reveal, edit or
 * re-attach.
 */
export function NotesListFrame({ layout, send = sendMessage }: NotesListFrameProps) {
  const [notes, setNotes] = useState<ReadonlyMap<string, Annotation>>(new Map());

  useEffect(() => {
    let live = true;
    void send('annotation/list', { url: layout.url }).then((listed) => {
      if (live && listed.ok) setNotes(new Map(listed.value.map((n) => [n.id, n])));
    });
    return () => {
      live = false;
    };
  }, [layout, send]);

  const ask = (action: 'reveal' | 'edit' | 'reattach') => (id: string) => void send('frame/request', { frame: 'notes', action, id });
  return (
    <PageNotesList layout={layout} notes={notes} onReveal={ask('reveal')} onEdit={ask('edit')} onReattach={ask('reattach')} />
  );
}
