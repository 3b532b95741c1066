import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/args.ts';
import { CliError, formatCliError } from '../../cli/cli-error.ts';

describe('parseCliArgs', () => {
  it.each([
    [['讲话.html'], { kind: 'outline', file: '讲话.html', format: 'json', out: null, export: {} }],
    [['讲话.txt', '--format', 'md'], { kind: 'outline', file: '讲话.txt', format: 'md', out: null, export: {} }],
    [['--format=txt', '讲话.htm'], { kind: 'outline', file: '讲话.htm', format: 'txt', out: null, export: {} }],
    [['-f', 'md', '讲话.htm'], { kind: 'outline', file: '讲话.htm', format: 'md', out: null, export: {} }],
    [['--', '-开头的文件.txt'], { kind: 'outline', file: '-开头的文件.txt', format: 'json', out: null, export: {} }],
    [['讲话.htm', '-f', 'gbt', '--out', '提纲.txt'], { kind: 'outline', file: '讲话.htm', format: 'gbt', out: '提纲.txt', export: {} }],
    [['讲话.htm', '--format=docx', '-o', '提纲.docx'], { kind: 'outline', file: '讲话.htm', format: 'docx', out: '提纲.docx', export: {} }],
    [['讲话.htm', '-f', 'opml'], { kind: 'outline', file: '讲话.htm', format: 'opml', out: null, export: {} }],
    [['草稿.docx', '--check'], { kind: 'outline', file: '草稿.docx', format: 'json', out: null, export: {}, check: 'page' }],
    [['草稿.docx', '--check', '--scheme', 'gbt'], { kind: 'outline', file: '草稿.docx', format: 'json', out: null, export: {}, check: 'gbt' }],
    [['--help'], { kind: 'help' }],
    [['讲话.html', '-h'], { kind: 'help' }],
    [['--format', 'pdf', '--help'], { kind: 'help' }],
    [['讲话.htm', '-f', 'docx', '-o', 'a.docx', '--section', '2', '--numbering', 'gbt', '--body'],
      { kind: 'outline', file: '讲话.htm', format: 'docx', out: 'a.docx', export: { section: 2, numbering: 'gbt', body: true } }],
    [['讲话.htm', '-f', 'xmind', '--links', '--url', 'https://a.cn/1.html'],
      { kind: 'outline', file: '讲话.htm', format: 'xmind', out: null, export: { links: true, url: 'https://a.cn/1.html' } }],
    [['讲话.htm', '--section=1'], { kind: 'outline', file: '讲话.htm', format: 'json', out: null, export: { section: 1 } }],
  ])('reads %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [['讲话.html', '--format', 'pdf'], '不支持的输出格式 "pdf"，可选 json、md、txt、gbt、opml、xmind、docx / unknown format "pdf" (use json, md, txt, gbt, opml, xmind, docx); see --help'],
    [['讲话.html', '--format'], '选项 --format 缺少取值（json、md、txt、gbt、opml、xmind、docx） / option --format needs a value (json, md, txt, gbt, opml, xmind, docx)'],
    [['讲话.html', '--format='], '不支持的输出格式 ""，可选 json、md、txt、gbt、opml、xmind、docx / unknown format "" (use json, md, txt, gbt, opml, xmind, docx); see --help'],
    [['讲话.html', '--format', 'docx'], 'docx 是二进制文件，请用 --out 指定保存路径 / docx is binary: give a file with --out'],
    [['讲话.html', '--out'], '选项 --out 缺少文件路径 / option --out needs a file path'],
    [['讲话.html', '--out='], '选项 --out 缺少文件路径 / option --out needs a file path'],
    [['讲话.html', '--verbose'], '未知选项 --verbose / unknown option --verbose; see --help'],
    [['讲话.html', '-x'], '未知选项 -x / unknown option -x; see --help'],
    [[], '请指定一个 .docx、.html、.htm 或 .txt 文件 / missing input file; see --help'],
    [['草稿.docx', '--check', '--scheme', 'iso'], '不支持的检查标准 "iso"，可选 page、gbt / unknown scheme "iso" (use page or gbt); see --help'],
    [['草稿.docx', '--check', '--scheme'], '选项 --scheme 缺少取值（page、gbt） / option --scheme needs a value (page, gbt)'],
    [['草稿.docx', '--scheme', 'gbt'], '--scheme 须配合 --check 使用 / --scheme needs --check'],
    [['草稿.docx', '--check', '-f', 'md'], '--check 输出问题清单，不能与 --format 同用 / --check prints problems, not an outline: drop --format'],
    [['一.html', '二.html'], '只能指定一个文件，收到 2 个 / expected exactly one input file; see --help'],
    [['讲话.html', '--section'], '选项 --section 缺少取值 / option --section needs a value; see --help'],
    [['讲话.html', '--section', '0'], '选项 --section 须为从 1 起的篇序号，收到 "0" / option --section needs a speech number from 1, got "0"'],
    [['讲话.html', '--section', '二'], '选项 --section 须为从 1 起的篇序号，收到 "二" / option --section needs a speech number from 1, got "二"'],
    [['讲话.html', '-f', 'md', '--numbering', 'gb'], '选项 --numbering 只能是 page 或 gbt，收到 "gb" / option --numbering must be page or gbt, got "gb"'],
    [['讲话.html', '--body'], '选项 --body 不适用于 json 格式（适用于 md、txt、gbt、opml、xmind、docx） / option --body does not apply to json (use it with md, txt, gbt, opml, xmind, docx)'],
    [['讲话.html', '-f', 'gbt', '--numbering', 'page'], '选项 --numbering 不适用于 gbt 格式（适用于 md、txt、opml、xmind、docx） / option --numbering does not apply to gbt (use it with md, txt, opml, xmind, docx)'],
    [['讲话.html', '-f', 'txt', '--links', '--url', 'https://a.cn/'], '选项 --links 不适用于 txt 格式（适用于 md、opml、xmind、docx） / option --links does not apply to txt (use it with md, opml, xmind, docx)'],
    [['讲话.html', '-f', 'md', '--links'], '选项 --links 需要用 --url 给出原网页地址 / option --links needs the page address: give it with --url'],
    [['讲话.html', '--url', 'example.org'], '选项 --url 须为 http(s) 网址，收到 "example.org" / option --url needs an http(s) address, got "example.org"'],
  ])('refuses %j with a bilingual message', (argv, message) => {
    let caught: unknown;
    try {
      parseCliArgs(argv);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect(formatCliError(caught as CliError)).toBe(`outline: ${message}`);
    expect((caught as CliError).exitCode).toBe(2);
  });
});
