/**
 * What the reading panel shows and what it can ask for. The content script
 * owns the state (it knows the page); the panel renders it and calls actions.
 */
import type { BilingualText, NumberingFinding, NumberingRuleId, NumberingScheme } from '../../../core/check/types.ts';
import type { PageTheme } from '../../../dom/highlight-style.ts';
import type { OutlineKeywords } from './outline-keywords.ts';
import type { ReadingOutline } from './reading-outline.ts';

/** How copying the outline went, for the button's feedback. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** What a copy button puts on the clipboard: the plain-text outline or its Markdown. */
export type CopyKind = 'text' | 'markdown';

/** What the panel last said after 保存本篇 or 导出本篇 of one speech. */
export type SectionNoticeKind = 'saved' | 'updated' | 'save-failed' | 'export-failed';

/** A notice beside one speech's 更多 button. */
export interface SectionNotice {
  section: number;
  kind: SectionNoticeKind;
}

/** The 序号检查 of the outline with this signature, under one scheme. */
export interface PageFindings {
  signature: string;
  scheme: NumberingScheme;
  list: NumberingFinding[];
  /** Per finding: its speech (0-based) and its paragraph counted within that speech (1-based). */
  places: Array<{ section: number; paragraph: number }>;
  /** The title of each rule a finding breaks (the rules themselves stay in the background). */
  titles: Partial<Record<NumberingRuleId, BilingualText>>;
}

/** Everything the panel renders. */
export interface ReadingViewState {
  outline: ReadingOutline | null;
  panelOpen: boolean;
  highlights: boolean;
  levelOneOnly: boolean;
  /** Id of the point under the reader's eyes, or -1 above the first point. */
  current: number;
  theme: PageTheme;
  copyStatus: CopyStatus;
  /** Which copy button `copyStatus` speaks of. */
  copyKind: CopyKind;
  /** The speech whose 复制本篇 `copyStatus` speaks of, or null for the whole outline's buttons. */
  copySection: number | null;
  /** What 保存本篇 / 导出本篇 of a speech came to, until it fades (null: nothing to say). */
  sectionNotice: SectionNotice | null;
  /** Keyword chips of the top-level points and the speeches; null until (or unless) jieba gave them. */
  keywords: OutlineKeywords | null;
  /** The numbering check, once the 序号检查 view asked for it (null before). */
  findings: PageFindings | null;
}

/** What the panel can ask the content script to do. */
export interface ReadingActions {
  setPanelOpen(open: boolean): void;
  setHighlights(on: boolean): void;
  setLevelOneOnly(on: boolean): void;
  goToPoint(id: number): void;
  copyOutline(): void;
  copyMarkdown(): void;
  /** Copies one speech (篇) of the page, as Markdown or plain text. */
  copySection(index: number, kind: CopyKind): void;
  /** Opens the extension's export page for this tab (more formats: Word, OPML, notes…). */
  openExport(): void;
  /** Scrolls to the start of speech `index` (its heading, or first paragraph) and flashes it. */
  goToSection(index: number): void;
  /** Opens the export page with speech `index` chosen as the scope. */
  exportSection(index: number): void;
  /** Saves speech `index` alone as a saved outline (again unchanged: updates that one). */
  saveSection(index: number): void;
  /** Runs 序号检查 on the page as read now. */
  checkNumbering(scheme: NumberingScheme): void;
  /** Scrolls to finding `index` of the last check and flashes its marker. */
  goToFinding(index: number): void;
}

/** The state before the page is read. */
export function initialViewState(): ReadingViewState {
  return { outline: null, panelOpen: false, highlights: true, levelOneOnly: false, current: -1, theme: 'light', copyStatus: 'idle', copyKind: 'text', copySection: null, sectionNotice: null, keywords: null, findings: null };
}
