/**
 * The note frames: an extension page the content script embeds in the page it
 * runs on, as the note editor or as the panel's list of this page's notes.
 * Being on the extension's origin, it is a document the page cannot script or
 * listen to, so the reader's words (typed or shown) stay out of the page's
 * reach. It knows what to show only through the background: the one-time
 * token in its URL fragment buys its session once; a new fragment (the
 * content script's, when the notes change) buys the next. Without a valid
 * token it shows nothing.
 */
import { render } from 'preact';
import { NoteEditorFrame } from '../../components/NoteEditorFrame.tsx';
import { NotesListFrame } from '../../components/NotesListFrame.tsx';
import { isFrameToken, type NoteFrameSession } from '../../protocol/note-frame-wire.ts';
import { sendMessage } from '../../protocol/send.ts';
import { isTypingTarget, isUndoKey } from '../../hooks/use-undo-key.ts';
import { retryUntilDelivered } from '../../pages/retry-until-delivered.ts';
import { t, uiLanguage } from '../../i18n/t.ts';
import { applyUiLanguage } from '../../i18n/ui-language.ts';

const root = document.getElementById('app')!;

/** Tells the top frame (through the background) how tall the content is, so the <iframe> fits it. */
function reportHeight(): void {
  if (typeof ResizeObserver !== 'function') return;
  let last = -1;
  new ResizeObserver(() => {
    const kind = document.documentElement.dataset.frame;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if ((kind !== 'editor' && kind !== 'notes') || height === last || height === 0) return;
    last = height;
    void sendMessage('frame/request', { frame: kind, action: 'resize', height });
  }).observe(root);
}
/** Ctrl+Z / ⌘Z in the notes list (its own document: the page's listener never hears it) asks the page to undo the reader's last change. */
function forwardUndoKey(): void {
  window.addEventListener('keydown', (e) => {
    if (!e.isTrusted || !isUndoKey(e) || e.defaultPrevented || isTypingTarget(e.target)) return;
    if (document.documentElement.dataset.frame !== 'notes') return;
    e.preventDefault();
    void sendMessage('frame/request', { frame: 'notes', action: 'undo' });
  });
}

/** The token whose session is on screen (a fragment seen twice is not fetched twice). */
let shown = '';

function show(session: NoteFrameSession): void {
  document.documentElement.dataset.theme = session.theme;
  document.documentElement.dataset.frame = session.kind;
  // The editor is a new one for every session; the list keeps its place and redraws.
  if (session.kind === 'editor') render(null, root);
  render(session.kind === 'editor' ? <NoteEditorFrame key={shown} session={session} /> : <NotesListFrame layout={session} />, root);
}

async function load(): Promise<void> {
  const token = location.hash.slice(1);
  if (!isFrameToken(token) || token === shown) return;
  shown = token;
  const session = await retryUntilDelivered(() => sendMessage('frame/session', { token }));
  if (token !== shown) return;
  if (session.ok) show(session.value);
  else render(<p class="expired">{t('annotate_frameExpired')}</p>, root);
}

void applyUiLanguage().then(() => {
  document.documentElement.lang = uiLanguage();
  window.addEventListener('hashchange', () => void load());
  reportHeight();
  forwardUndoKey();
  void load();
});
