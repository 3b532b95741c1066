/**
 * What the panel's buttons do beyond moving around the page: copy the outline
 * (plain text or Markdown) with feedback on the button, open the extension's
 * export page for this tab (or for one speech of it), save one speech as its
 * own outline, and fetch the keyword chips once per outline.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scopeOutline } from '../../../core/export/export-scope.ts';
import { buildMarkdownExport } from '../../../core/export/outline-markdown.ts';
import { buildTextExport } from '../../../core/export/outline-text.ts';
import { buildOutlineMarkdown } from '../../../core/format-markdown.ts';
import { buildOutlineText } from '../../../core/format-text.ts';
import { sendMessage } from '../../../protocol/send.ts';
import { copyText } from '../copy-text.ts';
import { fetchOutlineKeywords } from './outline-keywords.ts';
import type { ReadingOutline } from './reading-outline.ts';
import type { Store } from '../store.ts';
import type { CopyKind, ReadingViewState, SectionNoticeKind } from './view-state.ts';
import { sectionSave } from './section-outline.ts';
import { LOG_PREFIX } from '../log.ts';

/** How long "已复制" stays on the copy button. */
const COPY_FEEDBACK_MS = 2_000;

/** How long "已保存" (or why not) stays beside a speech's 更多 button. */
const NOTICE_MS = 4_000;

/** The panel's commands, bound to one session. */
export interface PanelCommands {
  copy(kind: CopyKind): void;
  /** Copies speech `index` alone: its title and points, as the export page's Markdown or text of that 篇. */
  copySection(index: number, kind: CopyKind): void;
  openExport(): void;
  /** Opens the export page with speech `index` preselected. */
  exportSection(index: number): void;
  /** Saves speech `index` alone ("<page> · <speech>"); an unchanged copy is updated, not duplicated. */
  saveSection(index: number): void;
  /** Asks for keyword chips when the panel is open and the outline has none asked for yet; never waits. */
  loadKeywords(): void;
  /** A new outline with the same points keeps its chips. */
  carryKeywords(previous: ReadingOutline | null, next: ReadingOutline): void;
  dispose(): void;
}

/** Binds the commands to a session's state: `outline()` is the outline shown now, `shadow()` the panel's shadow root. */
export function createPanelCommands(
  ctx: ContentScriptContext,
  store: Store<ReadingViewState>,
  outline: () => ReadingOutline | null,
  shadow: () => ShadowRoot | null,
): PanelCommands {
  let copyTimer: ReturnType<typeof setTimeout> | undefined;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The outline whose keywords were asked for. */
  let keywordsFor: ReadingOutline | null = null;

  const copyWithFeedback = (text: string, container: ShadowRoot, kind: CopyKind, section: number | null) => {
    void copyText(text, container).then((copied) => {
      store.set({ copyStatus: copied ? 'copied' : 'failed', copyKind: kind, copySection: section });
      clearTimeout(copyTimer);
      copyTimer = setTimeout(() => store.set({ copyStatus: 'idle' }), COPY_FEEDBACK_MS);
    });
  };

  const notify = (section: number, kind: SectionNoticeKind) => {
    if (!ctx.isValid) return;
    store.set({ sectionNotice: { section, kind } });
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => store.set({ sectionNotice: null }), NOTICE_MS);
  };

  return {
    copy(kind) {
      const shown = outline();
      const container = shadow();
      if (!shown || !container) return;
      copyWithFeedback(kind === 'markdown' ? buildOutlineMarkdown(shown.document) : buildOutlineText(shown.document), container, kind, null);
    },
    copySection(index, kind) {
      const shown = outline();
      const container = shadow();
      if (!shown || !container || !shown.document.sections[index]) return;
      // What buildExport('md' | 'txt', doc, { section }) builds, called directly: buildExport's import()
      // of the Word writer would be inlined into the content script's single file (≤ 60 KB gzip).
      const scoped = scopeOutline({ outline: shown.document }, { section: index }).outline;
      copyWithFeedback(kind === 'markdown' ? buildMarkdownExport(scoped) : buildTextExport(scoped), container, kind, index);
    },
    openExport() {
      void sendMessage('export/open', {}).then((reply) => {
        if (!reply.ok && ctx.isValid) console.warn(LOG_PREFIX, 'could not open the export page:', reply.error);
      });
    },
    exportSection(index) {
      const shown = outline();
      if (!shown?.document.sections[index]) return;
      void sendMessage('export/open', { section: index }).then((reply) => {
        if (reply.ok || !ctx.isValid) return;
        console.warn(LOG_PREFIX, 'could not open the export page:', reply.error);
        notify(index, 'export-failed');
      });
    },
    saveSection(index) {
      const shown = outline();
      if (!shown?.document.sections[index]) return;
      const { outline: one, name } = sectionSave(shown.document, index);
      void sendMessage('outline/save', { outline: one, name }).then((reply) => {
        if (!reply.ok && ctx.isValid) console.warn(LOG_PREFIX, 'could not save the speech:', reply.error);
        notify(index, reply.ok ? (reply.value.updated ? 'updated' : 'saved') : 'save-failed');
      });
    },
    loadKeywords() {
      const shown = outline();
      if (!shown || !store.get().panelOpen || keywordsFor === shown) return;
      keywordsFor = shown;
      void fetchOutlineKeywords(shown).then((keywords) => {
        // Still the same points (a re-read of an unchanged page keeps them): show the chips.
        if (ctx.isValid && keywords && outline()?.signature === shown.signature) store.set({ keywords });
      });
    },
    carryKeywords(previous, next) {
      if (previous && previous === keywordsFor && previous.signature === next.signature) keywordsFor = next;
      else store.set({ keywords: null });
    },
    dispose() {
      clearTimeout(copyTimer);
      clearTimeout(noticeTimer);
    },
  };
}
