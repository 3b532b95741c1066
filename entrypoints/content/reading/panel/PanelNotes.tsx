import { PanelNotesSection } from '../../annotate/ui/PanelNotesSection.tsx';
import { pageNotesChannel } from '../../annotate/page-notes-channel.ts';
import type { ReadingOutline } from '../reading-outline.ts';
import { useStore } from '../../use-store.ts';

export type PanelNotesProps = {
  outline: ReadingOutline | null;
};

/** The panel's notes section: this page's notes under their outline points (listed in an extension frame), and the ones not found (未定位) to re-attach. */
export function PanelNotes({ outline }: PanelNotesProps) {
  const { channel } = useStore(pageNotesChannel);
  return channel ? <PanelNotesSection channel={channel} outline={outline} /> : null;
}
