// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../i18n/pin-language.ts';
import { BackupPanel } from '../../components/BackupPanel.tsx';
import { backupDatabase } from '../../storage/backup.ts';
import type { SpeechOutlineDB } from '../../storage/db.ts';
import { deepExport, extensionDatabase, seedAnnotation, seedDatabase } from './fixtures.ts';

let root: HTMLElement;

function mount(vnode: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

/** Waits until `check` holds, letting effects, promises and IndexedDB run. */
async function until(check: () => boolean, tries = 400): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(check()).toBe(true);
}

function button(label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

function chooseFile(blob: Blob): void {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([blob], '讲话提纲助手-备份-2026-11-27.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change'));
  });
}

async function backupOf(notes: number): Promise<Blob> {
  const source = extensionDatabase();
  await seedDatabase(source, notes);
  return backupDatabase(source);
}

beforeEach(() => useLocale('zh_CN'));

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.restoreAllMocks();
});

describe('BackupPanel', () => {
  it('backs up everything and hands over a file named after today', async () => {
    const db = extensionDatabase();
    await seedDatabase(db, 30);
    const save = vi.fn();
    mount(<BackupPanel db={db} save={save} />);
    act(() => button('备份').click());
    await until(() => root.textContent!.includes('备份完成'));
    expect(save).toHaveBeenCalledOnce();
    const [blob, filename] = save.mock.calls[0]! as [Blob, string];
    expect(filename).toMatch(/^讲话提纲助手-备份-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await blob.text())).toMatchObject({ formatName: 'dexie' });
    expect(root.textContent).toContain('共 98 条记录');
  });

  it('shows what a restore will do and writes only after the reader confirms', async () => {
    const blob = await backupOf(20);
    const db = extensionDatabase();
    await db.annotations.bulkPut([seedAnnotation(0), { ...seedAnnotation(1), note: '本机版本' }]);
    const onRestored = vi.fn();
    mount(<BackupPanel db={db} onRestored={onRestored} />);
    chooseFile(blob);
    await until(() => root.querySelector('[data-restore-plan]') !== null);
    const summary = root.querySelector('[data-restore-plan]')!.textContent!;
    expect(summary).toContain('笔记：新增 18 条，覆盖 1 条（备份中的版本替换本机的版本），1 条与本机相同');
    expect(summary).toContain('页面：新增 40 条');
    expect(summary).toContain('不会被删除');
    expect(await db.annotations.count()).toBe(2); // nothing written yet

    act(() => button('确认恢复').click());
    await until(() => root.textContent!.includes('恢复完成'));
    expect(root.textContent).toContain('写入 88 条记录');
    expect(await db.annotations.count()).toBe(20);
    expect(onRestored).toHaveBeenCalledOnce();
  });

  it('goes back without writing when the reader cancels the summary', async () => {
    const blob = await backupOf(5);
    const db = extensionDatabase();
    mount(<BackupPanel db={db} />);
    chooseFile(blob);
    await until(() => root.querySelector('[data-restore-plan]') !== null);
    act(() => button('取消').click());
    expect(root.querySelector('[data-restore-plan]')).toBeNull();
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses a damaged file with a clear message and offers no restore', async () => {
    const blob = (await backupOf(20)).slice(0, 3000);
    const db = extensionDatabase();
    mount(<BackupPanel db={db} />);
    chooseFile(blob);
    await until(() => root.querySelector('[role=alert]') !== null);
    expect(root.querySelector('[role=alert]')!.textContent).toContain('无法读取这个文件');
    expect(root.querySelector('[data-restore-plan]')).toBeNull();
  });

  it('cancels a running restore from its progress bar and leaves the database unchanged', async () => {
    const blob = await backupOf(4000);
    const db: SpeechOutlineDB = extensionDatabase();
    await db.annotations.put({ ...seedAnnotation(3), note: '本机版本' });
    const before = await deepExport(db);
    mount(<BackupPanel db={db} />);
    chooseFile(blob);
    await until(() => root.querySelector('[data-restore-plan]') !== null);
    act(() => button('确认恢复').click());
    await until(() => root.querySelector('progress')?.getAttribute('max') !== null && root.querySelector('progress')?.hasAttribute('max') === true, 1000);
    act(() => button('取消').click());
    await until(() => root.textContent!.includes('已取消恢复'), 1000);
    expect(await deepExport(db)).toBe(before);
  });

  it('speaks English when English is the language', async () => {
    useLocale('en');
    mount(<BackupPanel db={extensionDatabase()} />);
    expect(root.querySelector('h2')!.textContent).toBe('Backup and restore');
    expect(button('Back up')).toBeTruthy();
    expect(button('Restore')).toBeTruthy();
  });
});
