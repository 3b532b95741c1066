import { pageNotesChannel } from '../../annotate/page-notes-channel.ts';
import { createStore, type Store } from '../../store.ts';
import { useStore } from '../../use-store.ts';
import type { PageNotesState } from '../../annotate/page-annotations.ts';

/** Stands in for the notes while no annotator runs: none. */
const NO_NOTES: Store<PageNotesState> = createStore<PageNotesState>({ loaded: true, notes: [], places: {} });

/** How many notes the page has (the 笔记 tab's count), or null while no annotator runs on the page. */
export function useNotesCount(): number | null {
  const { channel } = useStore(pageNotesChannel);
  const { notes } = useStore(channel?.notes ?? NO_NOTES);
  return channel ? notes.length : null;
}
