/**
 * The sessions of the note frames (protocol/note-frame-wire.ts): the top
 * frame's content script leaves a session here and gets a one-time token; the
 * frame it embeds fetches the session with it. A session is kept in memory for
 * a minute at most, belongs to one tab, and is handed out once, so a page that
 * saw a token (it cannot: it sits in a closed shadow root) would still get
 * nothing. Requests of a frame go on to its tab's top frame.
 */
import type { BackgroundRouter } from '../../protocol/background-messages.ts';
import type { NoteFrameSession } from '../../protocol/note-frame-wire.ts';
import { fail, ok } from '../../protocol/result.ts';
import { sendToTab } from '../../protocol/tab-messages.ts';

/** How long an unclaimed session is kept. */
const SESSION_TTL_MS = 60_000;
/** Most unclaimed sessions per tab (the notes list opens one per change). */
const MAX_SESSIONS_PER_TAB = 8;

interface KeptSession {
  tabId: number;
  session: NoteFrameSession;
  expires: number;
}

/** A random token of 32 hex digits. */
function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Answers `frame/open`, `frame/session` and `frame/request`; `now` is for tests. */
export function setupNoteFrames(router: BackgroundRouter, now: () => number = Date.now): () => void {
  const sessions = new Map<string, KeptSession>();

  const forgetExpired = () => {
    const t = now();
    for (const [token, kept] of sessions) if (kept.expires <= t) sessions.delete(token);
  };

  return router.on({
    'frame/open': async ({ session }, sender) => {
      const tabId = sender.tab!.id!;
      forgetExpired();
      const ofTab = [...sessions].filter(([, kept]) => kept.tabId === tabId);
      // The oldest unclaimed ones go first: a newer session of the same tab replaces them.
      for (const [token] of ofTab.slice(0, Math.max(0, ofTab.length - MAX_SESSIONS_PER_TAB + 1))) sessions.delete(token);
      const token = newToken();
      sessions.set(token, { tabId, session, expires: now() + SESSION_TTL_MS });
      return ok({ token });
    },
    'frame/session': async ({ token }, sender) => {
      forgetExpired();
      const kept = sessions.get(token);
      if (!kept || kept.tabId !== sender.tab?.id) return fail('frame/session: no such session in this tab');
      sessions.delete(token);
      return ok(kept.session);
    },
    'frame/request': async (request, sender) => {
      const sent = await sendToTab(sender.tab!.id!, 'frame/request', request, 0);
      return sent.ok ? ok(null) : fail(sent.error);
    },
  });
}
