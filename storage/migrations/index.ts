/**
 * Every schema step, oldest first. A new step is a new file `vN.ts` exporting
 * its stores (and an `upgrade` when existing records must change), one entry
 * here, and one case in test/storage/migrations.test.ts with data written by
 * the previous version.
 */
import type { Transaction } from 'dexie';
import { V1_STORES } from './v1.ts';
import { upgradeToV2, V2_STORES } from './v2.ts';
import { V3_STORES } from './v3.ts';
import { upgradeToV4, V4_STORES } from './v4.ts';

/** One `version(n)` of the database. */
export interface Migration {
  version: number;
  /** Dexie's stores() argument: every table's schema at this version (null drops a table). */
  stores: Record<string, string | null>;
  /** Rewrites records written by earlier versions, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES },
  { version: 4, stores: V4_STORES, upgrade: upgradeToV4 },
];

/** The newest version number. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
