/**
 * Limits of the text messages (segmentation, keywords): how much one request
 * may carry. Senders cut their texts to fit; the background refuses more.
 */

/** The longest text one request may carry (characters, UTF-16 units): a long speech page is 50–100 K. */
export const MAX_TEXT_CHARS = 200_000;
/** At most this many texts in one keywords request. */
export const MAX_KEYWORD_TEXTS = 500;
/** At most this many keywords per text. */
export const MAX_TOP_K = 50;
