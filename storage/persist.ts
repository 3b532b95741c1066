/**
 * Asks the browser to keep the database under storage pressure. Only a page
 * can ask (StorageManager.persist() is not exposed to service workers), so the
 * popup and the library call this once they know there is something to keep.
 */

/** Requests persistent storage unless it is already granted; resolves to whether it is. */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
