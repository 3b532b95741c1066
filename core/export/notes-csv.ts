/** Notes as CSV that Excel and WPS open correctly (UTF-8 with BOM, CRLF, RFC 4180). */
import type { Annotation } from '../annotation-types.ts';
import { annotationLink } from './annotation-markdown.ts';
import { sortByPagePosition } from './annotation-groups.ts';
import { locationLabel } from '../anchoring/location-label.ts';

/** Options for the CSV table. */
export interface NotesCsvOptions {
  /** Page titles by url, for the 页面 column. */
  pageTitles?: ReadonlyMap<string, string>;
  /** How times are written; default local `YYYY-MM-DD HH:mm:ss`, which Excel reads as a date. */
  formatTime?: (ms: number) => string;
}

const KIND_NAMES: Record<Annotation['kind'], string> = { highlight: '划线', note: '笔记', golden: '金句' };
const COLOR_NAMES: Record<Annotation['color'], string> = { yellow: '黄', green: '绿', blue: '蓝', pink: '粉', purple: '紫' };

const HEADER = ['页面', '网址', '类型', '篇', '提纲位置', '要点', '引文', '笔记', '标签', '颜色', '创建时间', '修改时间', '原文链接', 'ID'];

/**
 * One row per annotation, grouped by page and in page order, under a Chinese
 * header. Starts with a byte-order mark (without it Excel reads UTF-8 as
 * ANSI/GBK and shows mojibake) and ends rows with CRLF.
 */
export function buildNotesCsv(annotations: readonly Annotation[], options: NotesCsvOptions = {}): string {
  const formatTime = options.formatTime ?? formatLocalTime;
  const pages = [...new Set(annotations.map((a) => a.url))];
  const rows: string[][] = [HEADER];
  for (const url of pages) {
    for (const a of sortByPagePosition(annotations.filter((x) => x.url === url))) {
      rows.push([
        options.pageTitles?.get(url) ?? '',
        a.url,
        KIND_NAMES[a.kind] ?? a.kind,
        a.context?.sectionTitle ?? '',
        a.context ? locationLabel(a.context) : '',
        a.context?.pointTitle ?? '',
        a.quote,
        a.note,
        a.tags.join('，'),
        COLOR_NAMES[a.color] ?? a.color,
        formatTime(a.createdAt),
        formatTime(a.updatedAt),
        annotationLink(a) ?? '',
        a.id,
      ]);
    }
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/**
 * One field: made inert if a spreadsheet would run it as a formula (it starts
 * with = + - @ tab or CR; a leading ' makes Excel and WPS show it as text),
 * then quoted when it holds a quote, comma or line break (quotes doubled).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function formatLocalTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
