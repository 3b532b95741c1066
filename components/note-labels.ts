/**
 * Reader-facing names of annotation kinds and colours, and the context path
 * line, shared by the notes components.
 */
import type { AnnotationKind, HighlightColor, OutlineContext } from '../core/annotation-types.ts';
import { locationLabel } from '../core/anchoring/location-label.ts';
import { ANNOTATION_KINDS, HIGHLIGHT_COLORS } from '../protocol/annotation-wire.ts';
import { t, type MessageKey } from '../i18n/t.ts';

/** Every kind and colour, in the order filters and editors offer them. */
export const KINDS: readonly AnnotationKind[] = ANNOTATION_KINDS;
export const COLORS: readonly HighlightColor[] = HIGHLIGHT_COLORS;

const KIND_KEYS: Record<AnnotationKind, MessageKey> = { highlight: 'kindHighlight', note: 'kindNote', golden: 'kindGolden' };
const COLOR_KEYS: Record<HighlightColor, MessageKey> = { yellow: 'colorYellow', green: 'colorGreen', blue: 'colorBlue', pink: 'colorPink', purple: 'colorPurple' };

/** The name of an annotation kind (划线, 笔记, 金句). */
export function kindLabel(kind: AnnotationKind): string {
  return t(KIND_KEYS[kind]);
}

/** The name of a highlight colour. */
export function colorLabel(color: HighlightColor): string {
  return t(COLOR_KEYS[color]);
}

/** Where a note sits, as one line naming its speech first on a page of several: "篇3 › 二 › （三） 标题". */
export function contextLine(context: OutlineContext | null): string {
  if (!context) return '';
  const location = locationLabel(context);
  if (context.path.length === 0) return location ? `${location} · ${t('outsideOutline')}` : t('outsideOutline');
  return `${location} ${context.pointTitle}`.trim();
}
