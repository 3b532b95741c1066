import { useEffect, useState } from 'preact/hooks';
import { loadUserWords, saveUserWords } from '../../storage/user-words.ts';
import { t } from '../../i18n/t.ts';

export type UserWordsCardProps = {
  /** Reads the saved words (storage.local by default). */
  load?: () => Promise<string[]>;
  /** Saves words and returns what was kept after cleaning (storage.local by default; the background hears the change). */
  save?: (words: readonly string[]) => Promise<string[]>;
};

/** The options page's 自定义词语 card: one word per line, saved for jieba, with a count and a clear button. */
export function UserWordsCard({ load = loadUserWords, save = saveUserWords }: UserWordsCardProps) {
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    void load().then((words) => {
      setText(words.join('\n'));
      setSaved(words.length);
    });
  }, []);

  const store = async (words: string[], done: (count: number) => string) => {
    try {
      const kept = await save(words);
      setText(kept.join('\n'));
      setSaved(kept.length);
      setMessage({ tone: 'ok', text: done(kept.length) });
    } catch (error) {
      setMessage({ tone: 'error', text: t('userWordsFailed', error instanceof Error ? error.message : String(error)) });
    }
  };
  const typed = text.split('\n').map((w) => w.trim()).filter(Boolean);

  return (
    <section class="card user-words" data-user-words>
      <h2>{t('userWordsHeading')}</h2>
      <p class="note">{t('userWordsNote')}</p>
      <textarea
        class="user-words-input"
        rows={6}
        aria-label={t('userWordsLabel')}
        placeholder={'全面从严治党\n两个确立'}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setMessage(null);
        }}
      />
      <div class="backup-actions">
        <button type="button" class="button" onClick={() => void store(typed, (n) => t('userWordsSaved', n))} data-user-words-save>
          {t('userWordsSave')}
        </button>
        <button type="button" class="button button--quiet" disabled={saved === 0 && typed.length === 0} onClick={() => void store([], () => t('userWordsCleared'))} data-user-words-clear>
          {t('userWordsClear')}
        </button>
        <span class="note" data-user-words-count>
          {t('userWordsCount', typed.length)}
        </span>
      </div>
      {message && (
        <p class={message.tone === 'error' ? 'error' : 'success'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
