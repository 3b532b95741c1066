/** Small outline documents for the extension's unit tests. */
import type { OutlineDocument, OutlinePoint } from '../../core/index.ts';

/** A point with the given marker and title. */
export function point(marker: string, title: string, children: OutlinePoint[] = [], depth = 1): OutlinePoint {
  return { marker, ordinal: 1, depth, inline: false, title, text: `${title}。`, children };
}

/** A speech outline with three points: 一、 (with 一是 under it) and 二、. */
export function speechOutline(url: string | null = 'http://127.0.0.1/speech.html'): OutlineDocument {
  return {
    format: 'speech-outline',
    version: 1,
    url,
    title: '在全省党委秘书长会议讲话',
    detection: { isSpeechPage: true, confidence: 0.97, signals: ['title:讲话', 'salutation:同志们'] },
    sections: [
      {
        title: '篇1:在全省党委秘书长会议讲话',
        points: [point('一、', '党性是根本', [point('一是', '政治上的敏感性', [], 2)]), point('二、', '服务是天职')],
      },
    ],
  };
}
