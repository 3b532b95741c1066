/**
 * Saves a built export from an extension page: the only code that clicks a
 * link. Builders stay pure (core/export); this turns their result into a download.
 */
import type { ExportFile } from '../core/export/index.ts';

/** Downloads `file` through a temporary object URL and an <a download> click. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const blob = new Blob([file.data], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started by now; a later revoke only keeps the URL alive a moment longer.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
