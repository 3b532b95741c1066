import { t } from '../../../../i18n/t.ts';

export type KeywordChipsProps = {
  words: readonly string[] | undefined;
};

/** Up to three keywords as small chips beside a point's or a speech's title; nothing when there are none. */
export function KeywordChips({ words }: KeywordChipsProps) {
  if (!words || words.length === 0) return null;
  return (
    <span class="keywords" data-keywords aria-label={t('reading_keywords', words.join('、'))}>
      {words.map((w) => (
        <span class="keyword" key={w} aria-hidden="true">{w}</span>
      ))}
    </span>
  );
}
