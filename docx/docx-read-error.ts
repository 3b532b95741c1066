/**
 * A .docx that cannot be read, said in plain words the user can act on (Chinese
 * first). The CLI prints it as its error line; the library page will show it.
 */
export class DocxReadError extends Error {
  override readonly name = 'DocxReadError';

  /**
   * @param zh  the reason in Chinese, with what to do about it
   * @param en  the same in English, shorter
   */
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}
