import { useEffect, useRef, useState } from 'preact/hooks';
import type { Markmap } from 'markmap-view';
import type { OutlineDocument } from '../../core/index.ts';
import { downloadFile } from '../../pages/download-file.ts';
import { t } from '../../i18n/t.ts';
import { buildMindMapTree } from './mind-map-tree.ts';

export type MindMapViewProps = {
  outline: OutlineDocument;
  /** What the downloads are named after (the saved outline's name or the draft's file). */
  name: string;
};

/** The pages' font stack, so Chinese titles draw with the same CJK font as the outline (and in the PNG). */
const MAP_FONT = "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
/** Widest a node's label grows before it wraps, in px: long titles (up to 200 characters) stay readable. */
const LABEL_WIDTH = 300;

type MapState = 'loading' | 'ready' | 'failed';

/**
 * One speech's outline as a mind map (markmap): 篇 chooser when the page held
 * several, a node's circle folds and unfolds it, drag pans, the wheel zooms;
 * 下载 SVG / 下载 PNG save what is shown. markmap and d3 load on first use,
 * so the library's first screen does not carry them.
 */
export function MindMapView({ outline, name }: MindMapViewProps) {
  const [index, setIndex] = useState(0);
  const [state, setState] = useState<MapState>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const mapRef = useRef<Markmap | null>(null);
  const section = outline.sections[index] ?? outline.sections[0];

  useEffect(() => {
    let cancelled = false;
    setState('loading');
    import('markmap-view')
      .then(({ Markmap }) => {
        const svg = svgRef.current;
        if (cancelled || !svg || !section) return;
        mapRef.current?.destroy();
        const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
        mapRef.current = Markmap.create(
          svg,
          {
            duration: still ? 0 : 300,
            maxWidth: LABEL_WIDTH,
            // Colours follow the page's light or dark theme through its CSS variables.
            style: (id) => `.${id}{--markmap-text-color:var(--ink);--markmap-circle-open-bg:var(--bg);--markmap-font:400 15px/20px ${MAP_FONT};}`,
          },
          buildMindMapTree(section, outline.title),
        );
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [outline, section]);
  useEffect(() => () => mapRef.current?.destroy(), []);

  const save = async (kind: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg) return;
    setProblem(null);
    try {
      const image = await import('../../pages/mind-map-image.ts');
      const style = getComputedStyle(svg);
      const text = image.serializeMindMap(svg, { text: style.color, background: style.backgroundColor }, MAP_FONT);
      const label = `${name}-${section?.title || index + 1}`;
      downloadFile(kind === 'svg' ? image.buildMindMapSvgFile(text, label) : await image.buildMindMapPngFile(text, label));
    } catch {
      setProblem(t('mindMapSaveFailed'));
    }
  };

  return (
    <section class="mind-map" data-mind-map>
      <div class="mind-map-bar">
        {outline.sections.length > 1 && (
          <label class="mind-map-section">
            {t('mindMapSection')}
            <select data-mind-map-section value={index} onChange={(e) => setIndex(Number(e.currentTarget.value))}>
              {outline.sections.map((s, i) => (
                <option key={i} value={i}>
                  {s.title || t('mindMapSectionNumber', i + 1)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" class="button" data-mind-map-svg disabled={state !== 'ready'} onClick={() => void save('svg')}>
          {t('mindMapDownloadSvg')}
        </button>
        <button type="button" class="button" data-mind-map-png disabled={state !== 'ready'} onClick={() => void save('png')}>
          {t('mindMapDownloadPng')}
        </button>
        <span class="mind-map-hint">{t('mindMapHint')}</span>
      </div>
      {state === 'loading' && <p class="status">{t('loading')}</p>}
      {state === 'failed' && (
        <p class="error-banner" role="alert">
          {t('mindMapFailed')}
        </p>
      )}
      {problem && (
        <p class="error-banner" role="alert">
          {problem}
        </p>
      )}
      <svg class="mind-map-svg" key={index} ref={svgRef} data-mind-map-ready={state === 'ready' ? '' : undefined} />
    </section>
  );
}
