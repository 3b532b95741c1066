/**
 * Why a restore did not happen, and which rows it leaves out, in the reader's
 * words: storage/backup.ts reports reason codes, this says them (and that
 * nothing was changed).
 */
import { t, type MessageKey } from '../i18n/t.ts';
import type { RestorePlanResult, RestoreResult, SkippedRows, SkipReason } from '../storage/backup.ts';

const SKIP_REASON_WORDS: Record<SkipReason, MessageKey> = {
  unsafe: 'backup_skipUnsafe',
  url: 'backup_skipUrl',
  kind: 'backup_skipKind',
  color: 'backup_skipColor',
  time: 'backup_skipTime',
  context: 'backup_skipContext',
  content: 'backup_skipContent',
  outline: 'backup_skipOutline',
  shape: 'backup_skipShape',
};

/** The skipped rows by reason, most frequent first: "网址不是 http/https 网页 2 条，颜色未知 1 条". */
export function skipReasonsText(skipped: SkippedRows): string {
  return (Object.entries(skipped.byReason) as Array<[SkipReason, number]>)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => t('backup_skipReasonCount', t(SKIP_REASON_WORDS[reason]), count))
    .join(t('backup_listSeparator'));
}

/** The sentence for a refused or failed restore. */
export function restoreProblemText(problem: Extract<RestorePlanResult | RestoreResult, { ok: false }>): string {
  switch (problem.reason) {
    case 'corrupt':
      return t('backup_corrupt');
    case 'foreign': {
      const f = problem.foreign;
      const why = f.kind === 'format' ? t('backup_foreignFormat') : f.kind === 'database' ? t('backup_foreignDatabase', f.name) : t('backup_foreignTable', f.name);
      return t('backup_foreign', why);
    }
    case 'newer':
      return t('backup_newer', problem.fileVersion, problem.ourVersion);
    case 'nothing-valid':
      return t('backup_nothingValid', problem.skipped.total, skipReasonsText(problem.skipped));
    case 'cancelled':
      return t('backup_restoreCancelled');
    case 'failed':
      return t('backup_failed', problem.quota ? t('storageFull') : problem.detail);
  }
}
