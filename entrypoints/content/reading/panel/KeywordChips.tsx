import { t } from '../../../../i18n/t.ts';

export type KeywordChipsProps = {
  words: readonly string[] | undefined;
};

/**
 * Up to three keywords as small chips under a point's or a speech's title.
 * Without words (jieba still working, or none for this point) an empty line of
 * the same fixed height stands in, so rows never move when the chips arrive.
 */
export function KeywordChips({ words }: KeywordChipsProps) {
  if (!words || words.length === 0) return <span class="keywords" data-keywords-slot aria-hidden="true" />;
  return (
    <span class="keywords" data-keywords aria-label={t('reading_keywords', words.join('、'))}>
      {words.map((w) => (
        <span class="keyword" key={w} aria-hidden="true">{w}</span>
      ))}
    </span>
  );
}
