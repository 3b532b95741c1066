import { useEffect, useState } from 'preact/hooks';
import type { AnnotationFacets, AnnotationFilters } from '../protocol/annotation-wire.ts';
import { COLORS, KINDS, colorLabel, kindLabel } from './note-labels.ts';
import { t } from '../i18n/t.ts';

export type NoteFiltersProps = {
  filters: AnnotationFilters;
  facets: AnnotationFacets | null;
  onChange: (filters: AnnotationFilters) => void;
  /** Called when the reader reaches for a filter, so its values can be fetched. */
  onWantFacets?: () => void;
};

/** How long typing pauses before the search runs. */
const SEARCH_DELAY_MS = 200;

function without<K extends keyof AnnotationFilters>(filters: AnnotationFilters, key: K, value: AnnotationFilters[K] | ''): AnnotationFilters {
  const next = { ...filters };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The search box and the colour, kind, tag and site filters of the notes list. */
export function NoteFilters({ filters, facets, onChange, onWantFacets }: NoteFiltersProps) {
  const [text, setText] = useState(filters.text ?? '');
  useEffect(() => {
    if ((filters.text ?? '') === text.trim()) return;
    const timer = setTimeout(() => onChange(without(filters, 'text', text.trim())), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="note-filters" role="search" onFocusIn={onWantFacets} onPointerDown={onWantFacets}>
      <input
        type="search"
        class="note-search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="note-filter-row">
        <select aria-label={t('colorLabel')} data-filter="color" value={filters.color ?? ''} onChange={(e) => onChange(without(filters, 'color', e.currentTarget.value as AnnotationFilters['color']))}>
          <option value="">{t('filterAllColors')}</option>
          {COLORS.map((c) => (
            <option key={c} value={c}>
              {colorLabel(c)}
            </option>
          ))}
        </select>
        <select aria-label={t('kindLabel')} data-filter="kind" value={filters.kind ?? ''} onChange={(e) => onChange(without(filters, 'kind', e.currentTarget.value as AnnotationFilters['kind']))}>
          <option value="">{t('filterAllKinds')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
        <select aria-label={t('filterAllTags')} data-filter="tag" value={filters.tag ?? ''} onChange={(e) => onChange(without(filters, 'tag', e.currentTarget.value))}>
          <option value="">{t('filterAllTags')}</option>
          {(facets?.tags ?? (filters.tag ? [filters.tag] : [])).map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
        <select aria-label={t('filterAllSites')} data-filter="site" value={filters.site ?? ''} onChange={(e) => onChange(without(filters, 'site', e.currentTarget.value))}>
          <option value="">{t('filterAllSites')}</option>
          {(facets?.sites ?? (filters.site ? [filters.site] : [])).map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
