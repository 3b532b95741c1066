/**
 * Sending to the background: the one function content scripts and the
 * extension's pages call. It imports the background's table as a type only,
 * so none of the background's checks end up in their bundles.
 */
import type { Result } from './result.ts';
import { sendToRuntime, type DataOf, type ReplyOf } from './transport.ts';
import type { BackgroundMessages, BackgroundMessageType } from './background-messages.ts';

/** Sends a message to the background and resolves to its reply. Never rejects: a missing receiver or a reloaded extension becomes `{ ok: false }`. */
export function sendMessage<K extends BackgroundMessageType>(type: K, data: DataOf<BackgroundMessages, K>): Promise<Result<ReplyOf<BackgroundMessages, K>>> {
  return sendToRuntime<BackgroundMessages, K>(type, data);
}
