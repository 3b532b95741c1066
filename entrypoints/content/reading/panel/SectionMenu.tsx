import { useEffect, useRef, useState } from 'preact/hooks';
import type { CopyKind, CopyStatus, SectionNoticeKind } from '../view-state.ts';
import { menuKey, openingIndex } from './menu-keys.ts';
import { t, type MessageKey } from '../../../../i18n/t.ts';

export type SectionMenuProps = {
  index: number;
  title: string;
  /** A speech without points: only 跳到开头 is offered, the rest say why not. */
  empty: boolean;
  copyStatus: CopyStatus;
  notice: SectionNoticeKind | null;
  onGoTo: (index: number) => void;
  onCopy: (index: number, kind: CopyKind) => void;
  onExport: (index: number) => void;
  onSave: (index: number) => void;
};

type Item = { action: string; label: MessageKey; needsPoints: boolean; run: () => void; copyKind?: CopyKind };

const NOTICE_WORDS: Record<SectionNoticeKind, MessageKey> = {
  saved: 'reading_sectionSaved',
  updated: 'reading_sectionUpdated',
  'save-failed': 'reading_sectionSaveFailed',
  'export-failed': 'reading_sectionExportFailed',
};

/**
 * A speech's "⋯" (更多) menu button and its menu: 跳到开头, 复制本篇 as
 * Markdown or text, 导出本篇, 保存本篇. Keyboard as a menu button (arrows,
 * Home/End, Escape back to the button); only the reader's own (trusted) events act.
 */
export function SectionMenu(props: SectionMenuProps) {
  const { index, empty } = props;
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items: Item[] = [
    { action: 'go', label: 'reading_goToSectionStart', needsPoints: false, run: () => props.onGoTo(index) },
    { action: 'copy-markdown', label: 'reading_copySectionAsMarkdown', needsPoints: true, run: () => props.onCopy(index, 'markdown'), copyKind: 'markdown' },
    { action: 'copy-text', label: 'reading_copySectionAsText', needsPoints: true, run: () => props.onCopy(index, 'text'), copyKind: 'text' },
    { action: 'export', label: 'reading_exportSection', needsPoints: true, run: () => props.onExport(index) },
    { action: 'save', label: 'reading_saveSection', needsPoints: true, run: () => props.onSave(index) },
  ];
  const itemElements = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (open) itemElements()[focusAt]?.focus();
  }, [open, focusAt]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const openAt = (at: number) => {
    setFocusAt(at);
    setOpen(true);
  };
  const choose = (e: MouseEvent, item: Item) => {
    // A page script can click into an open shadow root; only the reader's own click acts.
    if (!e.isTrusted || (item.needsPoints && empty)) return;
    close(true);
    item.run();
  };
  // Keys only move focus or close the menu; the items' clicks are what act.
  const onMenuKey = (e: KeyboardEvent) => {
    const current = itemElements().indexOf(e.target as HTMLElement);
    const effect = menuKey(e.key, current, items.length);
    if (effect.kind === 'none') return;
    // Escape here closes the menu, not the whole panel.
    if (effect.kind === 'close' && e.key === 'Escape') e.stopPropagation();
    if (effect.kind !== 'close' || e.key !== 'Tab') e.preventDefault();
    if (effect.kind === 'focus') setFocusAt(effect.index);
    else close(effect.refocusButton);
  };
  const status = props.notice ? t(NOTICE_WORDS[props.notice]) : props.copyStatus === 'copied' ? t('reading_copied') : props.copyStatus === 'failed' ? t('reading_copyFailed') : '';
  const menuId = `section-menu-${index}`;

  return (
    <span
      class="section-more"
      onFocusOut={(e) => {
        // Focus (or a click) went elsewhere: the menu closes, as menus do.
        const next = e.relatedTarget as Node | null;
        if (open && !(next && (e.currentTarget as HTMLElement).contains(next))) setOpen(false);
      }}
    >
      <span class="section-status" role="status" data-section-status={index}>{status}</span>
      <button
        type="button"
        ref={button}
        class="more-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('reading_sectionMoreLabel', props.title)}
        title={t('reading_sectionMore')}
        data-section-menu={index}
        data-copy-section={index}
        data-copy-status={props.copyStatus}
        onClick={() => {
          // Opening shows choices only; each choice checks that the click was the reader's.
          if (open) close(false);
          else openAt(0);
        }}
        onKeyDown={(e) => {
          if (open) return;
          const at = openingIndex(e.key, items.length);
          if (at === null) return;
          e.preventDefault();
          openAt(at);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div class="section-menu" role="menu" id={menuId} ref={menu} aria-label={t('reading_sectionMoreLabel', props.title)} onKeyDown={onMenuKey}>
          {items.map((item, i) => {
            const off = item.needsPoints && empty;
            return (
              <button
                key={item.action}
                type="button"
                role="menuitem"
                class="menu-item"
                aria-label={t(item.label)}
                tabIndex={i === focusAt ? 0 : -1}
                aria-disabled={off ? 'true' : undefined}
                aria-describedby={off ? `${menuId}-why` : undefined}
                data-section-action={item.action}
                data-copy-kind={item.copyKind}
                onClick={(e) => choose(e, item)}
              >
                {t(item.label)}
              </button>
            );
          })}
          {empty && (
            <p class="menu-note" id={`${menuId}-why`}>
              {t('reading_emptySectionReason')}
            </p>
          )}
        </div>
      )}
    </span>
  );
}
