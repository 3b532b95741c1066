import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Annotation, PageRecord, SavedOutline } from '../../core/annotation-types.ts';
import type { AnnotationDraft } from '../../protocol/annotation-wire.ts';
import { SpeechOutlineDB } from '../../storage/db.ts';

let counter = 0;

/** A fresh database in its own fake IndexedDB, so tests never share records. */
export function freshDatabase(): SpeechOutlineDB {
  return new SpeechOutlineDB(`test-${++counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** The URL of the seed speech page on a 范文 site. */
export const SPEECH_URL = 'https://www.diyifanwen.com/fanwen/jianghua/123.html';

/** A note on the seed speech as the toolbar would send it. */
export function draft(overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return {
    url: SPEECH_URL,
    kind: 'note',
    color: 'yellow',
    quote: '党性是根本。党委办公厅(室)姓党',
    note: '要点：办公厅首先是政治机关。',
    tags: ['党建'],
    selectors: [
      { type: 'TextQuoteSelector', exact: '党性是根本。党委办公厅(室)姓党', prefix: '我讲四句话。', suffix: ',是党委的办事机构' },
      { type: 'TextPositionSelector', start: 1200, end: 1216 },
    ],
    context: { sectionIndex: 0, sectionTitle: '篇1:在全省党委秘书长会议讲话', path: ['一、', '（一）'], pointTitle: '党性是根本' },
    ...overrides,
  };
}

/** A full stored annotation. */
export function annotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return { ...draft(), id, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...overrides } as Annotation;
}

/** A page record. */
export function page(url = SPEECH_URL): PageRecord {
  return { url, title: '在全省党委秘书长会议讲话', site: new URL(url).hostname, firstSeenAt: 1_700_000_000_000, lastSeenAt: 1_700_000_000_000 };
}

/** A saved outline of the seed speech. */
export function savedOutline(id: string, savedAt = 1_700_000_000_000): SavedOutline {
  return {
    id,
    url: SPEECH_URL,
    savedAt,
    outline: {
      format: 'speech-outline',
      version: 1,
      url: SPEECH_URL,
      title: '在全省党委秘书长会议讲话',
      detection: { isSpeechPage: true, confidence: 0.97, signals: ['title:讲话'] },
      sections: [{ title: '篇1:在全省党委秘书长会议讲话', points: [{ marker: '一、', ordinal: 1, depth: 1, inline: false, title: '党性是根本', text: '党性是根本。', children: [] }] }],
    },
  };
}
