import { parseArgs } from 'node:util';
import type { NumberingScheme } from '../core/index.ts';
import { CliError } from './cli-error.ts';
import { EXPORT_FLAG_OPTIONS, EXPORT_FLAGS_USAGE, readExportFlags, type ExportFlags } from './export-flags.ts';

/** The output formats the CLI can print. */
export const OUTPUT_FORMATS = ['json', 'md', 'txt', 'gbt', 'opml', 'xmind', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What the command line asks for. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'outline'; file: string; format: OutputFormat; out: string | null; export: ExportFlags; check?: NumberingScheme };

/** Printed for --help, and pointed to by every usage error. */
export const USAGE = `用法 / Usage: npm run --silent outline -- <文件.docx|文件.html|文件.htm|文件.txt> [--format json|md|txt|gbt|opml|xmind|docx] [--out 路径]
        [--section N] [--numbering page|gbt] [--body] [--links --url 网址]
       npm run --silent outline -- <文件.docx|…> --check [--scheme page|gbt]

从一篇讲话稿（Word、HTML 或纯文本文件）找出层次要点（一、（一）1.（1）一是 第一，…），输出提纲。
Finds the enumerated points of a speech (Word, HTML or plain text) and prints its outline.

选项 / Options:
  -f, --format <格式>  输出格式，默认 json / output format (default: json)
                        json  speech-outline v1 文档 / a speech-outline v1 JSON document
                        md    Markdown 提纲 / Markdown outline
                        txt   纯文本提纲，保留原文序号 / plain-text outline, the page's own markers
                        gbt   纯文本提纲，按公文格式重新编号（一、（一）1.（1）①）
                              / plain text renumbered in GB/T 9704 order
                        opml  OPML 2.0，可导入幕布等大纲工具 / OPML 2.0 for 幕布 and other outliners
                        xmind OPML 2.0，备注按 XMind 的导入方式存放 / OPML with notes where XMind reads them
                        docx  Word 文档（标题样式 + 公文字体），须配合 --out / Word document, needs --out
  -o, --out <路径>      写入文件而不是标准输出 / write to this file instead of standard output
      --check           序号检查：每个问题一行（文件:段落: 说明；.txt 为行号），有问题退出码 1
                        numbering check: one problem a line (file:paragraph: message; line for .txt), exit 1 if any
      --scheme <标准>   page 本文体例前后一致（默认）；gbt 按 GB/T 9704 一、（一）1.（1）
                        page: the draft's own style, consistent (default); gbt: GB/T 9704 forms
${EXPORT_FLAGS_USAGE}  -h, --help            显示本帮助 / show this help

编码 / Encoding: UTF-8（可带 BOM）、GB18030/GBK，或 HTML <meta charset> 声明的编码
                 UTF-8 (with or without BOM), GB18030/GBK, or the HTML's <meta charset>
退出码 / Exit status: 0 成功 / success; 2 用法或输入错误 / usage or input error; 1 内部错误 / internal error
                    --check: 0 无问题 / no problems; 1 有问题 / problems found; 2 无法读取 / unreadable input
`;

/**
 * Reads the CLI's arguments (without `node` and the script path). Throws a
 * CliError for anything it cannot run: unknown option, bad format, no file or
 * more than one file. `--help` wins over every other argument.
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const beforeTerminator = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeTerminator.includes('--help') || beforeTerminator.includes('-h')) return { kind: 'help' };

  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw toUsageError(error);
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'json';
  if (!isOutputFormat(format)) {
    throw new CliError(
      `不支持的输出格式 "${format}"，可选 ${OUTPUT_FORMATS.join('、')}`,
      `unknown format "${format}" (use ${OUTPUT_FORMATS.join(', ')}); see --help`,
    );
  }
  if (positionals.length === 0) {
    throw new CliError('请指定一个 .docx、.html、.htm 或 .txt 文件', 'missing input file; see --help');
  }
  if (positionals.length > 1) {
    throw new CliError(`只能指定一个文件，收到 ${positionals.length} 个`, 'expected exactly one input file; see --help');
  }
  const out = values.out ?? null;
  if (out === '') throw new CliError('选项 --out 缺少文件路径', 'option --out needs a file path');
  if (format === 'docx' && out === null) {
    throw new CliError('docx 是二进制文件，请用 --out 指定保存路径', 'docx is binary: give a file with --out');
  }
  const scheme = values.scheme ?? 'page';
  if (scheme !== 'page' && scheme !== 'gbt') {
    throw new CliError(`不支持的检查标准 "${scheme}"，可选 page、gbt`, `unknown scheme "${scheme}" (use page or gbt); see --help`);
  }
  if (values.scheme !== undefined && !values.check) throw new CliError('--scheme 须配合 --check 使用', '--scheme needs --check');
  if (values.check && values.format !== undefined) throw new CliError('--check 输出问题清单，不能与 --format 同用', '--check prints problems, not an outline: drop --format');
  return { kind: 'outline', file: positionals[0] ?? '', format, out, export: readExportFlags(values, format), ...(values.check ? { check: scheme } : {}) };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      check: { type: 'boolean' },
      scheme: { type: 'string' },
      ...EXPORT_FLAG_OPTIONS,
    },
  });
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** node:util's parse errors are English sentences with a code; give them the CLI's bilingual form. */
function toUsageError(error: unknown): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(detail)?.[1] ?? detail;
    return new CliError(`未知选项 ${option}`, `unknown option ${option}; see --help`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/--out\b|-o\b/.test(detail)) return new CliError('选项 --out 缺少文件路径', 'option --out needs a file path');
    if (/--scheme\b/.test(detail)) return new CliError('选项 --scheme 缺少取值（page、gbt）', 'option --scheme needs a value (page, gbt)');
    const flag = /--(section|numbering|url)\b/.exec(detail)?.[1];
    if (flag) return new CliError(`选项 --${flag} 缺少取值`, `option --${flag} needs a value; see --help`);
    return new CliError(`选项 --format 缺少取值（${OUTPUT_FORMATS.join('、')}）`, `option --format needs a value (${OUTPUT_FORMATS.join(', ')})`);
  }
  return new CliError(`参数有误：${detail}`, 'invalid arguments; see --help');
}
