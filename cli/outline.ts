/**
 * `npm run --silent outline -- <file.docx|file.html|file.htm|file.txt> [--format json|md|txt|gbt|opml|xmind|docx] [--out PATH]
 *  [--section N] [--numbering page|gbt] [--body] [--links --url URL]`
 * prints (or writes) the outline of a saved speech page or a Word draft (`--check`: its numbering problems). Parsing, reading and formatting
 * live in their own modules; this file only wires them to the process.
 */
import { writeFile } from 'node:fs/promises';
import { buildExport } from '../core/export/index.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { CliError, formatCliError } from './cli-error.ts';
import { printCheck } from './check-output.ts';
import { toExportOptions, withPageUrl } from './export-flags.ts';
import { outlineFromFile } from './read-input.ts';

async function main(argv: string[]): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  useCallerDirectory();
  if (command.check) return printCheck(command.file, command.check, command.out);
  const doc = withPageUrl(await outlineFromFile(command.file), command.export);
  const output = (await buildExport(command.format, doc, toExportOptions(command.export, doc))).data;
  if (command.out === null) {
    process.stdout.write(output);
    return 0;
  }
  try {
    await writeFile(command.out, output);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new CliError(`无法写入文件 ${command.out} (${typeof code === 'string' ? code : String(error)})`, 'cannot write file');
  }
  return 0;
}

/**
 * `npm run` starts scripts in the package root, but a relative path means the
 * caller's directory; changing to it also keeps the path in messages as typed.
 */
function useCallerDirectory(): void {
  const callerDir = process.env.npm_lifecycle_event === 'outline' ? process.env.INIT_CWD : undefined;
  if (!callerDir) return;
  try {
    process.chdir(callerDir);
  } catch {
    // Keep the package root; a relative path then fails with a clear "cannot read file".
  }
}

// `outline x.html | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`outline: 无法写出结果 (${error.code ?? error.message}) / cannot write output\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(formatCliError(error) + '\n');
      process.exitCode = error.exitCode;
    } else {
      // A bug, not a user error: one line by default, the stack on request.
      const detail = process.env.OUTLINE_DEBUG ? (error instanceof Error ? error.stack : String(error)) : String(error);
      const hint = process.env.OUTLINE_DEBUG ? '' : '（OUTLINE_DEBUG=1 显示详情 / set OUTLINE_DEBUG=1 for details）';
      process.stderr.write(`outline: 内部错误 / internal error: ${detail}${hint}\n`);
      process.exitCode = 1;
    }
  },
);
