import type { Dexie } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyRestore, backupDatabase, backupFileName, planRestore, type BackupProgress, type RestorePlan } from '../storage/backup.ts';
import { getDatabase } from '../storage/db.ts';
import { downloadFile } from '../pages/download-file.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { restoreProblemText, skipReasonsText } from './restore-problem-text.ts';

export type BackupPanelProps = {
  /** The database to back up and restore into (the extension's own by default). */
  db?: Dexie;
  /** Hands the finished backup to the reader (a download by default). */
  save?: (blob: Blob, filename: string) => void | Promise<void>;
  /** Called after a restore wrote records, so lists on the page can reload. */
  onRestored?: () => void;
};

type Phase =
  | { kind: 'idle' }
  | { kind: 'working'; task: 'backingUp' | 'checking' | 'restoring'; progress: BackupProgress | null }
  | { kind: 'confirm'; file: Blob; plan: RestorePlan }
  | { kind: 'message'; tone: 'ok' | 'error'; text: string };

const TABLE_LABELS: Record<string, MessageKey> = { annotations: 'backup_tableAnnotations', pages: 'backup_tablePages', outlines: 'backup_tableOutlines', settings: 'backup_tableSettings', trash: 'backup_tableTrash' };

async function downloadBlob(blob: Blob, filename: string): Promise<void> {
  downloadFile({ filename, mime: 'application/json', data: new Uint8Array(await blob.arrayBuffer()) });
}

/** Records a restore would write (added or replaced). */
function changes(plan: RestorePlan): number {
  return [...Object.values(plan.add), ...Object.values(plan.update)].reduce((a, b) => a + b, 0);
}

/** Backup of everything to a file and restore from one: dry-run summary, confirm, progress and cancel. */
export function BackupPanel({ db, save = downloadBlob, onRestored }: BackupPanelProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const database = () => db ?? getDatabase();

  // Leaving the page cancels a running backup or restore (a restore then rolls back).
  useEffect(() => () => controller.current?.abort(), []);

  const begin = (task: 'backingUp' | 'checking' | 'restoring') => {
    controller.current = new AbortController();
    setPhase({ kind: 'working', task, progress: null });
    return {
      signal: controller.current.signal,
      onProgress: (progress: BackupProgress) => setPhase({ kind: 'working', task, progress }),
    };
  };

  const backUp = async () => {
    const options = begin('backingUp');
    try {
      let records = 0;
      const onProgress = (p: BackupProgress) => {
        records = p.total;
        options.onProgress(p);
      };
      const blob = await backupDatabase(database(), { signal: options.signal, onProgress });
      const filename = backupFileName();
      await save(blob, filename);
      setPhase({ kind: 'message', tone: 'ok', text: t('backup_backupDone', records, filename) });
    } catch (error) {
      const cancelled = options.signal.aborted;
      setPhase({ kind: 'message', tone: cancelled ? 'ok' : 'error', text: cancelled ? t('backup_backupCancelled') : t('backup_backupFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  const check = async (file: Blob) => {
    begin('checking');
    const result = await planRestore(database(), file);
    setPhase(result.ok ? { kind: 'confirm', file, plan: result.plan } : { kind: 'message', tone: 'error', text: restoreProblemText(result) });
  };

  const restore = async (file: Blob) => {
    const options = begin('restoring');
    const result = await applyRestore(database(), file, options);
    if (result.ok) onRestored?.();
    const done = result.ok ? t('backup_restoreDone', result.written) : '';
    // Chinese sentences follow each other without a space; English ones need one.
    const skipped = result.ok && result.skipped.total > 0 ? `${/[。！？]$/.test(done) ? '' : ' '}${t('backup_skippedDone', result.skipped.total, skipReasonsText(result.skipped))}` : '';
    const text = result.ok ? done + skipped : restoreProblemText(result);
    setPhase({ kind: 'message', tone: result.ok || result.reason === 'cancelled' ? 'ok' : 'error', text });
  };

  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    if (file) void check(file);
  };

  const busy = phase.kind === 'working';
  return (
    <section class="card backup-panel" aria-busy={busy}>
      <h2>{t('backup_heading')}</h2>
      <p class="note">{t('backup_intro')}</p>
      <div class="backup-actions">
        <button type="button" class="button" onClick={() => void backUp()} disabled={busy}>
          {t('backup_backup')}
        </button>
        <button type="button" class="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('backup_restore')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" aria-label={t('backup_chooseFile')} hidden onChange={onFile} />
      </div>

      {phase.kind === 'working' && (
        <div class="backup-progress" role="status" aria-live="polite">
          <span>{t(`backup_${phase.task}`)}</span>
          {/* Without a total yet the bar is indeterminate. */}
          <progress max={phase.progress?.total || undefined} value={phase.progress?.total ? phase.progress.done : undefined} />
          {phase.progress && phase.progress.total > 0 && <span>{t('backup_progress', phase.progress.done, phase.progress.total)}</span>}
          {phase.task !== 'checking' && (
            <button type="button" class="button button--quiet" onClick={() => controller.current?.abort()}>
              {t('backup_cancel')}
            </button>
          )}
        </div>
      )}

      {phase.kind === 'confirm' && (
        <div class="backup-plan" data-restore-plan>
          <p>{t('backup_planTitle')}</p>
          <ul>
            {planLines(phase.plan).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {phase.plan.skipped.total > 0 && (
            <p class="error" data-restore-skipped>
              {t('backup_skippedLine', phase.plan.skipped.total, skipReasonsText(phase.plan.skipped))}
            </p>
          )}
          <p class="note">{changes(phase.plan) === 0 ? t('backup_planNothing') : t('backup_planKeeps')}</p>
          <div class="backup-actions">
            <button type="button" class="button" onClick={() => void restore(phase.file)} disabled={changes(phase.plan) === 0}>
              {t('backup_confirmRestore')}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setPhase({ kind: 'idle' })}>
              {t('backup_cancel')}
            </button>
          </div>
        </div>
      )}

      {phase.kind === 'message' && (
        <p class={phase.tone === 'error' ? 'error' : 'note'} role={phase.tone === 'error' ? 'alert' : 'status'}>
          {phase.text}
        </p>
      )}
    </section>
  );
}

/** One line per table that the file touches: "笔记：新增 3 条，覆盖 1 条". */
function planLines(plan: RestorePlan): string[] {
  return Object.keys(plan.add)
    .filter((name) => (plan.add[name] ?? 0) + (plan.update[name] ?? 0) + (plan.unchanged[name] ?? 0) > 0)
    .map((name) => {
      const parts = [
        plan.add[name] ? t('backup_planAdd', plan.add[name]) : '',
        plan.update[name] ? t('backup_planUpdate', plan.update[name]) : '',
        plan.unchanged[name] ? t('backup_planUnchanged', plan.unchanged[name]) : '',
      ].filter(Boolean);
      const label = TABLE_LABELS[name] ? t(TABLE_LABELS[name]) : name;
      return t('backup_planLine', label, parts.join(t('backup_listSeparator')));
    });
}
