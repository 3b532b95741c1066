/**
 * `--check`: the numbering check of one file, printed one problem a line as
 * compilers do (`file:paragraph: message`), so an editor or grep can jump there.
 */
import { writeFile } from 'node:fs/promises';
import { checkNumbering, type NumberingScheme } from '../core/index.ts';
import { CliError } from './cli-error.ts';
import { readInputText, type InputText } from './read-input.ts';

/** The problem lines of a file that was read: `path:place: 中文 / English`. */
export function formatCheck(path: string, input: InputText, scheme: NumberingScheme): string[] {
  return checkNumbering(input.blocks, input.outline, { scheme }).map((f) => `${path}:${input.placeOf(f.block)}: ${f.message.zh} / ${f.message.en}`);
}

/**
 * Checks `path` and prints (or writes to `out`) one line per problem. Returns
 * the exit status: 1 when there are problems, 0 when there are none; an
 * unreadable file throws the CliError that exits 2.
 */
export async function printCheck(path: string, scheme: NumberingScheme, out: string | null): Promise<number> {
  const lines = formatCheck(path, await readInputText(path), scheme);
  const text = lines.map((l) => l + '\n').join('');
  if (out === null) {
    process.stdout.write(text);
  } else {
    try {
      await writeFile(out, text);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      throw new CliError(`无法写入文件 ${out} (${typeof code === 'string' ? code : String(error)})`, 'cannot write file');
    }
  }
  return lines.length > 0 ? 1 : 0;
}
