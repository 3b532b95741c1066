/**
 * A mistake the user can fix (bad option, missing or unreadable file). The CLI
 * prints it as one bilingual line, without a stack trace, and exits with `exitCode`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  /**
   * @param zh  the message in Chinese, with the details (file name, error code)
   * @param en  the same in English, shorter
   */
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly exitCode = 2,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** The one line printed for a CliError: `outline: 无法读取文件 x.html (ENOENT) / cannot read file`. */
export function formatCliError(error: CliError): string {
  return `outline: ${error.zh} / ${error.en}`;
}
