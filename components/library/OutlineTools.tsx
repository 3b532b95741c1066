import { createPortal } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import type { OutlineDocument } from '../../core/index.ts';
import { t } from '../../i18n/t.ts';
import { MindMapView } from './MindMapView.tsx';
import { PrintableOutline } from './PrintableOutline.tsx';

export type OutlineToolsProps = {
  outline: OutlineDocument;
  /** What downloads are named after. */
  name: string;
};

/**
 * 思维导图 and 打印提纲 for an outline in the library. Printing puts a clean
 * copy of the outline at the end of the page, which the print stylesheet shows
 * alone, and takes it away after the print dialog closes.
 */
export function OutlineTools({ outline, name }: OutlineToolsProps) {
  const [mapOpen, setMapOpen] = useState(false);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-outline');
    const done = () => setPrinting(false);
    addEventListener('afterprint', done);
    // After the copy is drawn: print() shows the dialog and, in Chromium, waits for it.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('afterprint', done);
      document.body.classList.remove('printing-outline');
    };
  }, [printing]);
  return (
    <>
      <div class="outline-tools">
        <button type="button" class="link-button" aria-expanded={mapOpen} data-mind-map-toggle onClick={() => setMapOpen(!mapOpen)}>
          {t('mindMapButton')}
        </button>
        <button type="button" class="link-button" data-print-outline-button onClick={() => setPrinting(true)}>
          {t('printOutline')}
        </button>
      </div>
      {mapOpen && <MindMapView outline={outline} name={name} />}
      {printing && createPortal(<PrintableOutline outline={outline} />, document.body)}
    </>
  );
}
