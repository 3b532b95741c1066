import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n/t.ts';
import { loadUiLanguageChoice, saveUiLanguageChoice, UI_LANGUAGES, type UiLanguageChoice } from '../../i18n/ui-language.ts';

export type LanguageCardProps = {
  /** Reads the stored choice (storage.local by default). */
  load?: () => Promise<UiLanguageChoice>;
  /** Stores a choice and makes this page speak it (storage.local by default). */
  save?: (choice: UiLanguageChoice) => Promise<void>;
  /** Called after a change was saved, so the page can show itself in the new language. */
  onChanged?: () => void;
};

const NAME_KEYS: Record<UiLanguageChoice, MessageKey> = { auto: 'languageAuto', zh_CN: 'languageNameZh', en: 'languageNameEn' };

/** The options page's 界面语言 card: the browser's language, or one the reader picks. */
export function LanguageCard({ load = loadUiLanguageChoice, save = saveUiLanguageChoice, onChanged }: LanguageCardProps) {
  const [choice, setChoice] = useState<UiLanguageChoice | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    void load().then(setChoice);
  }, []);
  const change = async (next: UiLanguageChoice) => {
    try {
      await save(next);
      setChoice(next);
      onChanged?.();
      setMessage({ tone: 'ok', text: t('languageSaved') });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section class="card" data-language>
      <h2>{t('languageHeading')}</h2>
      <p class="note">{t('languageNote')}</p>
      <select aria-label={t('languageHeading')} value={choice ?? 'auto'} disabled={choice === null} onChange={(e) => void change((e.currentTarget as HTMLSelectElement).value as UiLanguageChoice)}>
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(NAME_KEYS[code])}
          </option>
        ))}
      </select>
      {message && (
        <p class={message.tone === 'error' ? 'error' : 'note'} role={message.tone === 'error' ? 'alert' : 'status'} data-language-result={message.tone}>
          {message.text}
        </p>
      )}
    </section>
  );
}
