/**
 * Why a restore did not happen, in the reader's words: storage/backup.ts
 * reports reason codes, this says them (and that nothing was changed).
 */
import { t } from '../i18n/t.ts';
import type { RestorePlanResult, RestoreResult } from '../storage/backup.ts';

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
    case 'cancelled':
      return t('backup_restoreCancelled');
    case 'failed':
      return t('backup_failed', problem.quota ? t('storageFull') : problem.detail);
  }
}
