import type { HighlightColor } from '../../../../core/annotation-types.ts';
import { NOTE_COLORS, noteMarkDeclarations } from '../../../../dom/annotation-highlighter.ts';
import { pointMarkDeclarations, STYLED_DEPTHS, type PageTheme } from '../../../../dom/highlight-style.ts';
import { t, type MessageKey } from '../../../../i18n/t.ts';

export type PanelLegendProps = {
  /** The page's palette: the samples are drawn exactly as the page's marks are. */
  theme: PageTheme;
};

const LEVELS: readonly MessageKey[] = ['legend_level1', 'legend_level2', 'legend_level3', 'legend_level4'];
const MARKERS = ['一、', '（一）', '1.', '（1）'];
const COLOR_KEYS: Record<HighlightColor, MessageKey> = { yellow: 'colorYellow', green: 'colorGreen', blue: 'colorBlue', pink: 'colorPink', purple: 'colorPurple' };

/**
 * The panel's 图例, folded away until asked for: the four levels of point marks
 * and the reader's own marks (colours, 金句, 有笔记), each drawn with the very
 * declarations the page's highlights use.
 */
export function PanelLegend({ theme }: PanelLegendProps) {
  return (
    <details class="legend" data-legend>
      <summary>{t('legend_title')}</summary>
      <div class="legend-body">
        <p class="legend-head">{t('legend_points')}</p>
        <ul class="legend-list">
          {LEVELS.slice(0, STYLED_DEPTHS).map((key, i) => (
            <li key={key} class="legend-item" data-legend-level={i + 1}>
              <span class="legend-name">{t(key)}</span>
              <span class="legend-sample">
                <span style={pointMarkDeclarations('marker', i + 1, theme)}>{MARKERS[i]}</span>
                <span style={pointMarkDeclarations('title', i + 1, theme)}>{t('legend_sample')}</span>
              </span>
            </li>
          ))}
        </ul>
        <p class="legend-head">{t('legend_mine')}</p>
        <ul class="legend-list legend-mine">
          {NOTE_COLORS.map((c) => (
            <li key={c} class="legend-item" data-legend-color={c}>
              <span class="legend-sample" style={noteMarkDeclarations(c, theme)}>{t(COLOR_KEYS[c])}</span>
            </li>
          ))}
          <li class="legend-item" data-legend-golden>
            <span class="legend-sample" style={noteMarkDeclarations('golden', theme)}>{t('legend_golden')}</span>
          </li>
          <li class="legend-item" data-legend-note>
            <span class="legend-sample" style={noteMarkDeclarations('yellow', theme) + noteMarkDeclarations('note', theme)}>{t('legend_note')}</span>
          </li>
        </ul>
      </div>
    </details>
  );
}
