import type { HighlightColor } from '../core/annotation-types.ts';
import { colorLabel } from './note-labels.ts';

export type ColorSwatchProps = { color: HighlightColor };

/** A small dot in a highlight colour, named for screen readers. */
export function ColorSwatch({ color }: ColorSwatchProps) {
  return <span class={`swatch swatch--${color}`} role="img" aria-label={colorLabel(color)} title={colorLabel(color)} />;
}
