import type { Annotation } from '../core/annotation-types.ts';
import type { AnnotationChanges } from '../protocol/annotation-wire.ts';
import type { NoteGroup } from '../pages/note-groups.ts';
import { NoteCard } from './NoteCard.tsx';
import { t } from '../i18n/t.ts';

export type NoteGroupViewProps = {
  group: NoteGroup;
  onOpen: (annotation: Annotation) => void;
  onUpdate: (id: string, changes: AnnotationChanges) => Promise<boolean>;
  onDelete: (annotation: Annotation) => void;
};

/** One page's notes under the page's title and site. */
export function NoteGroupView({ group, onOpen, onUpdate, onDelete }: NoteGroupViewProps) {
  const title = group.page?.title || group.url;
  return (
    <section class="note-group" data-page-url={group.url}>
      <header class="note-group-header">
        <h2 class="note-group-title" title={group.url}>
          {title}
        </h2>
        <span class="note-group-meta">
          {group.page?.site ?? ''} · {t('groupCount', group.annotations.length)}
        </span>
      </header>
      <ul class="notes">
        {group.annotations.map((a) => (
          <NoteCard key={a.id} annotation={a} onOpen={onOpen} onUpdate={onUpdate} onDelete={onDelete} />
        ))}
      </ul>
    </section>
  );
}
