/**
 * The CLI's export flags (--section, --numbering, --body, --links, --url): how they
 * are declared, checked against the format, and turned into buildExport's
 * options. Kept apart from args.ts so the flag set can grow without touching
 * the rest of the command line.
 */
import { EXPORT_OPTION_FORMATS, type OutlineExportFormat, type OutlineExportOptions } from '../core/export/index.ts';
import type { OutlineDocument } from '../core/index.ts';
import { CliError } from './cli-error.ts';

/** node:util parseArgs declarations of the export flags. */
export const EXPORT_FLAG_OPTIONS = {
  section: { type: 'string' },
  numbering: { type: 'string' },
  body: { type: 'boolean' },
  links: { type: 'boolean' },
  url: { type: 'string' },
} as const;

/** The export flags as given: `section` is 1-based, as the user counts speeches (篇1 = 1). */
export interface ExportFlags {
  section?: number;
  numbering?: 'page' | 'gbt';
  body?: boolean;
  links?: boolean;
  /** The page's address: a saved file does not know where it came from, and --links needs it. */
  url?: string;
}

/** The flags' part of --help. */
export const EXPORT_FLAGS_USAGE = `  --section <N>         只导出第 N 篇讲话（从 1 数起），默认整页 / only the N-th speech (1-based); default: the whole page
  --numbering page|gbt  序号：page 保留原文，gbt 按公文格式重编 一、（一）1.（1）①
                        (md txt opml xmind docx) / markers as written, or renumbered GB/T 9704-style
  --body                在要点下附上要点原文 (md txt gbt docx；opml/xmind 总是带备注)
                        / each point's own text under it (opml/xmind always carry it as notes)
  --links               每个要点链接回原网页，须配合 --url (md opml xmind docx) / link each point back to the page
  --url <网址>          文件原来的网址（JSON 的 url 字段，--links 的链接）/ the page's address, for url and --links
`;

/** Raw values of the export flags, as parseArgs returns them. */
export interface RawExportFlags {
  section?: string;
  numbering?: string;
  body?: boolean;
  links?: boolean;
  url?: string;
}

/**
 * Checks the export flags: --section a whole number from 1, --numbering
 * page or gbt, and no flag the chosen format would silently ignore.
 * Throws a CliError (exit 2) with a bilingual message otherwise.
 */
export function readExportFlags(values: RawExportFlags, format: OutlineExportFormat): ExportFlags {
  const flags: ExportFlags = {};
  if (values.section !== undefined) {
    if (!/^[1-9]\d{0,5}$/.test(values.section)) {
      throw new CliError(`选项 --section 须为从 1 起的篇序号，收到 "${values.section}"`, `option --section needs a speech number from 1, got "${values.section}"`);
    }
    flags.section = Number(values.section);
  }
  if (values.numbering !== undefined) {
    if (values.numbering !== 'page' && values.numbering !== 'gbt') {
      throw new CliError(`选项 --numbering 只能是 page 或 gbt，收到 "${values.numbering}"`, `option --numbering must be page or gbt, got "${values.numbering}"`);
    }
    flags.numbering = values.numbering;
  }
  if (values.body) flags.body = true;
  if (values.links) flags.links = true;
  if (values.url !== undefined) {
    if (!/^https?:\/\/\S+$/i.test(values.url)) {
      throw new CliError(`选项 --url 须为 http(s) 网址，收到 "${values.url}"`, `option --url needs an http(s) address, got "${values.url}"`);
    }
    flags.url = values.url;
  }
  if (flags.links && !flags.url) {
    throw new CliError('选项 --links 需要用 --url 给出原网页地址', 'option --links needs the page address: give it with --url');
  }
  for (const flag of ['numbering', 'body', 'links'] as const) {
    const formats: readonly string[] = EXPORT_OPTION_FORMATS[flag];
    if (flags[flag] !== undefined && !formats.includes(format)) {
      throw new CliError(`选项 --${flag} 不适用于 ${format} 格式（适用于 ${formats.join('、')}）`, `option --${flag} does not apply to ${format} (use it with ${formats.join(', ')})`);
    }
  }
  return flags;
}

/** The outline with the address --url gave it (a file's outline has url null). */
export function withPageUrl(doc: OutlineDocument, flags: ExportFlags): OutlineDocument {
  return flags.url ? { ...doc, url: flags.url } : doc;
}

/**
 * buildExport's options for an extracted outline: the 1-based --section
 * becomes the 0-based index, checked against the speeches the page has.
 */
export function toExportOptions(flags: ExportFlags, doc: OutlineDocument): OutlineExportOptions {
  const { section, url: _url, ...rest } = flags;
  if (section === undefined) return rest;
  const count = doc.sections.length;
  if (section > count) {
    throw new CliError(`本页只有 ${count} 篇讲话，没有第 ${section} 篇`, `the page has ${count} speech${count === 1 ? '' : 'es'}, no speech ${section}`);
  }
  return { ...rest, section: section - 1 };
}
