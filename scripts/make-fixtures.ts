/**
 * Generates the seed-based HTML fixtures in test/fixtures/ from one real page's
 * text (a 范文 site page holding 18 speeches). Three site shapes are produced so
 * the DOM adapter is tested against the markup such pages really use:
 *   seed-p.html    — one <p> per line, sidebar/related/download/comment cruft
 *   seed-br.html   — one <div id="content">, lines split by <br>, full-width punctuation
 *   seed-word.html — Word-pasted MsoNormal markup with markers split across spans
 *
 * Run: npx tsx scripts/make-fixtures.ts   (deterministic: same seed, same files)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '..', 'test', 'fixtures');
const seedSource = join(here, '..', '..', 'shared', 'seed', '000_0bed1d06dcd2eb48.txt');
const seedCopy = join(fixturesDir, 'seed.txt');

/** Visible watermark the site leaves in some paragraphs (white text); readers keep it. */
export const VISIBLE_WATERMARK = 'www.fwwang.cn';
/** Hidden watermark text (display:none); readers must drop it. */
export const HIDDEN_WATERMARK = '范文网 www.fanwenwang.net';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Small deterministic PRNG so regenerated fixtures do not churn. */
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FULL_WIDTH: Record<string, string> = {
  ',': '，', ':': '：', '(': '（', ')': '）', ';': '；', '!': '！', '?': '？',
};

/** Converts the seed's half-width punctuation the way many sites store it. */
export function toFullWidth(line: string): string {
  return line.replace(/[,:();!?]/g, (c) => FULL_WIDTH[c] ?? c);
}

interface SeedParts {
  title: string;
  infoLine: string;
  /** Article lines after the info line, up to the last speech's 谢谢大家! */
  body: string[];
  /** The page cruft lines after the article (related titles, 推荐度, 猜你喜欢…). */
  related: string[];
}

function splitSeed(text: string): SeedParts {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const title = lines[0] ?? '';
  const infoLine = lines[1] ?? '';
  // The article ends at the last speech's closing line; what follows is the page's cruft.
  let end = lines.length - 1;
  while (end > 0 && !lines[end]!.includes('谢谢大家')) end--;
  const body = lines.slice(2, end + 1);
  const tail = lines.slice(end + 1);
  const related = tail.filter((l) => /讲话|发言稿/.test(l) && !/推荐|下载/.test(l));
  return { title, infoLine, body, related };
}

const SIDEBAR_TITLES = [
  '在全市经济工作会议上的讲话', '在县委全会上的讲话稿', '领导在安全生产工作会议上的讲话',
  '在全县干部作风建设大会上的讲话', '在庆祝建党节大会上的讲话', '校长在开学典礼上的讲话',
  '在全市招商引资工作会议上的讲话', '在机关党建工作会议上的讲话', '在年度总结表彰大会上的讲话',
  '在全区组织工作会议上的讲话', '在乡村振兴推进会上的讲话', '在政协会议闭幕式上的讲话',
];
const LATEST_TITLES = [
  '表态发言稿范文', '竞聘演讲稿(精选5篇)', '述职报告范文', '新任领导就职表态发言',
  '入党积极分子思想汇报', '工作总结开头语', '个人年终工作总结', '党课讲稿范文',
];

function linkList(titles: string[], base: number): string {
  return titles
    .map((t, i) => `<li><a href="/jianghua/${base + i}.html" title="${t}">${t}</a></li>`)
    .join('\n        ');
}

/** Page shape 1: a 范文 site with one <p> per line and lots of cruft around the article. */
function buildSeedP(seed: SeedParts): string {
  let pianCount = 0;
  const paragraphs = seed.body.map((line, i) => {
    if (/^篇\d+:/.test(line)) {
      pianCount++;
      // The site changed templates over the years: old entries use <p><strong>, newer <h2>.
      return pianCount % 2 === 1
        ? `<h2 class="pian">${escapeHtml(line)}</h2>`
        : `<p><strong>${escapeHtml(line)}</strong></p>`;
    }
    let html = escapeHtml(line);
    const stop = line.indexOf('。');
    if (line.length > 80 && stop > 0 && stop < line.length - 1) {
      if (i % 23 === 5) {
        html = `${escapeHtml(line.slice(0, stop + 1))}<span style="display:none">${HIDDEN_WATERMARK}</span>${escapeHtml(line.slice(stop + 1))}`;
      } else if (i % 37 === 11) {
        html = `${escapeHtml(line.slice(0, stop + 1))}<span class="wm-hide">${HIDDEN_WATERMARK}</span>${escapeHtml(line.slice(stop + 1))}`;
      } else if (i % 97 === 40) {
        html = `${escapeHtml(line.slice(0, stop + 1))}<font color="#ffffff">${VISIBLE_WATERMARK}</font>${escapeHtml(line.slice(stop + 1))}`;
      }
    }
    return `<p>${html}</p>`;
  });
  const related = seed.related.length ? seed.related : SIDEBAR_TITLES;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(seed.title)}(共18篇)_范文网</title>
<meta name="keywords" content="${escapeHtml(seed.title)},秘书长会议讲话,党委秘书长">
<meta name="description" content="下面是小编整理的${escapeHtml(seed.title)}(共含18篇),欢迎大家阅读分享借鉴。">
<link rel="stylesheet" href="/static/css/style.css">
<style>
  .wm-hide { display: none; }
  .header { background: #b30000; color: #fff; }
  .sidebar { float: right; width: 300px; }
</style>
<script>var _hmt = _hmt || []; (function () { var hm = 'stat'; _hmt.push(hm); })();</script>
</head>
<body>
<div class="header">
  <div class="top-bar">欢迎来到范文网！<a href="/login.html">登录</a> | <a href="/reg.html">注册</a></div>
  <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="范文网"></a></div>
  <div class="nav">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/jianghua/">讲话稿</a></li>
      <li><a href="/fayangao/">发言稿</a></li>
      <li><a href="/zhici/">致辞</a></li>
      <li><a href="/zongjie/">工作总结</a></li>
      <li><a href="/jihua/">工作计划</a></li>
      <li><a href="/xindetihui/">心得体会</a></li>
      <li><a href="/sixianghuibao/">思想汇报</a></li>
    </ul>
  </div>
  <div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div>
<div class="wrap">
  <div class="breadcrumb">当前位置：<a href="/">范文网</a> &gt; <a href="/jianghua/">讲话稿</a> &gt; <a href="/jianghua/huiyi/">会议讲话</a> &gt; 正文</div>
  <div class="main-left">
    <div class="article">
      <h1>${escapeHtml(seed.title)}</h1>
      <p class="info">${escapeHtml(seed.infoLine)}</p>
      <div class="content" id="article-content">
${paragraphs.map((p) => `        ${p}`).join('\n')}
      </div>
      <div class="related">
        <h3>看过${escapeHtml(seed.title)}的人还看了</h3>
        <ul>
        ${linkList(related, 3301)}
        </ul>
      </div>
      <div class="download-box">
        <p class="dl-title">${escapeHtml(seed.title)}(推荐18篇)</p>
        <p>欢迎下载DOC格式的${escapeHtml(seed.title)},但愿能给您带来参考作用!</p>
        <p>推荐度: <span class="stars">推荐 推荐 推荐 推荐 推荐</span></p>
        <p><a class="btn-down" href="/download/3300.html">点击下载文档</a> 文档为doc格式</p>
      </div>
    </div>
    <div class="cnxh">
      <h3>猜你喜欢</h3>
      <ul>
        <li><span class="new">NEW</span><a href="/download/3300.html">点击下载本文文档</a></li>
        ${linkList(SIDEBAR_TITLES.slice(0, 6), 4100)}
      </ul>
    </div>
    <div id="comment" class="comment-box">
      <h3>网友评论</h3>
      <div class="comment-item"><span class="user">网友12345</span><p>写得很好，很有参考价值，已经下载学习了，谢谢分享。</p></div>
      <div class="comment-item"><span class="user">游客</span><p>第二篇结构清楚，正好用得上。</p></div>
      <form class="comment-form"><textarea name="c" placeholder="发表你的看法"></textarea><button type="button">发表评论</button></form>
    </div>
  </div>
  <div class="sidebar">
    <div class="box">
      <h3>热门讲话</h3>
      <ul>
        ${linkList(SIDEBAR_TITLES, 2001)}
      </ul>
    </div>
    <div class="box">
      <h3>最新发言稿</h3>
      <ul>
        ${linkList(LATEST_TITLES, 5001)}
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/disclaimer.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
  <p>本站部分文章来自网络，如有侵权请联系删除。Copyright © 2012-2024 范文网 版权所有 <a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a></p>
</div>
<script>document.getElementById('article-content').oncopy = function () { return true; };</script>
</body>
</html>
`;
}

/** Page shape 2: the whole article in one div, lines split by <br>, full-width punctuation. */
function buildSeedBr(seed: SeedParts): string {
  let digitMarkers = 0;
  const pieces: string[] = [];
  seed.body.forEach((raw, i) => {
    let line = toFullWidth(raw);
    if (/^\d+\./.test(line)) {
      digitMarkers++;
      // Some editors keep the ASCII dot, others type the full-width one.
      if (digitMarkers % 2 === 0) line = line.replace(/^(\d+)\./, '$1．');
    }
    let html = escapeHtml(line);
    if (/^篇\d+：/.test(line) && i % 3 === 0) html = `<strong>${html}</strong>`;
    const indent = i % 5 === 2 ? '&nbsp;&nbsp;&nbsp;&nbsp;' : '\u3000\u3000';
    const separator = i % 7 === 3 ? '<br>' : '<br><br>';
    pieces.push(`${indent}${html}${separator}`);
  });
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escapeHtml(seed.title)}_讲话稿_公文写作网</title>
<link href="/css/article.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="top"><a href="/">公文写作网</a> <a href="/jianghua/">领导讲话</a> <a href="/fayan/">发言材料</a> <a href="/zongjie/">总结报告</a> <a href="/tiaoyan/">调研报告</a></div>
<div id="main">
  <div class="place">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 正文</div>
  <div class="title"><h1>${escapeHtml(seed.title)}</h1><div class="meta">时间：2023-04-12 来源：网友投稿 编辑：公文写作网 点击：<span id="hits">2316</span></div></div>
  <div id="content" class="content">
${pieces.join('\n')}
  </div>
  <div class="pages">
    <p>上一篇：<a href="/jianghua/8812.html">在全市党委办公室主任会议上的讲话</a></p>
    <p>下一篇：<a href="/jianghua/8814.html">在全县信息督查工作会议上的讲话</a></p>
  </div>
  <div class="xgtj">
    <h3>相关推荐</h3>
    <ul>
      ${linkList(seed.related.length ? seed.related : SIDEBAR_TITLES, 8801)}
    </ul>
  </div>
  <div class="copyright">版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。如发现本站有涉嫌抄袭侵权的内容，请联系删除。</div>
</div>
<div id="foot">公文写作网 &copy; 2008-2024 <a href="https://beian.miit.gov.cn/">苏ICP备10086101号</a></div>
</body>
</html>
`;
}

const WORD_SPAN = '<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">';
const WORD_SPAN_EN = '<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312">';

/** Splits text into Word-ish runs at a few random places, as pasting from Word does. */
function wordRuns(text: string, random: () => number): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const len = 20 + Math.floor(random() * 120);
    out += `${WORD_SPAN}${escapeHtml(text.slice(at, at + len))}</span>`;
    at += len;
  }
  return out;
}

/** Marks up one line the way Word does, splitting markers across inline elements. */
function wordLine(line: string, random: () => number): string {
  const p = '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">';
  const end = `<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>`;
  let m: RegExpMatchArray | null;
  if ((m = line.match(/^篇\d+：/))) {
    return `<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">${escapeHtml(line)}</span></b><span lang="EN-US"><o:p></o:p></span></p>`;
  }
  if ((m = line.match(/^（([一二三四五六七八九十]+)）/))) {
    const rest = line.slice(m[0].length);
    const stop = rest.search(/[。，]/);
    const head = stop >= 0 ? rest.slice(0, stop + 1) : rest;
    const tail = stop >= 0 ? rest.slice(stop + 1) : '';
    return `${p}<span style="font-family:楷体_GB2312">（</span><span style="font-family:楷体_GB2312">${m[1]}</span><span style="font-family:楷体_GB2312">）</span><b><span style="font-family:楷体_GB2312">${escapeHtml(head)}</span></b>${wordRuns(tail, random)}${end}`;
  }
  if ((m = line.match(/^第[一二三四五六七八九十]+，/))) {
    return `${p}<b>${WORD_SPAN}${m[0]}</span></b>${wordRuns(line.slice(m[0].length), random)}${end}`;
  }
  if ((m = line.match(/^[一二三四五六七八九十]+、/))) {
    return `${p}<b><span style="font-family:黑体">${m[0]}</span><span style="font-family:黑体">${escapeHtml(line.slice(m[0].length))}</span></b>${end}`;
  }
  if ((m = line.match(/^(\d+)([.、])/))) {
    return `${p}${WORD_SPAN_EN}${m[1]}</span>${WORD_SPAN}${m[2]}</span>${wordRuns(line.slice(m[0].length), random)}${end}`;
  }
  if ((m = line.match(/^[一二三四五六七八九十][是要]/))) {
    return `${p}<b>${WORD_SPAN}${m[0]}</span></b>${wordRuns(line.slice(m[0].length), random)}${end}`;
  }
  // Word leaves &nbsp; indents on some paragraphs instead of text-indent.
  const lead = random() < 0.2 ? `<span lang="EN-US">&nbsp;&nbsp;&nbsp;&nbsp;</span>` : '';
  return `${p}${lead}${wordRuns(line, random)}${end}`;
}

/** Page shape 3: Word-pasted markup, 篇1–篇3 only (≈70 KB). */
function buildSeedWord(seed: SeedParts): string {
  const random = makeRandom(7);
  const firstPian = seed.body.findIndex((l) => l.startsWith('篇1:'));
  const fourthPian = seed.body.findIndex((l) => l.startsWith('篇4:'));
  const lines = seed.body.slice(firstPian, fourthPian).map(toFullWidth);
  const body: string[] = [];
  lines.forEach((line, i) => {
    body.push(wordLine(line, random));
    if (i % 9 === 4) body.push('<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>');
  });
  return `<!DOCTYPE html>
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta charset="utf-8">
<title>${escapeHtml(seed.title)} - 机关文稿</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style>
p.MsoNormal { margin: 0cm; text-align: justify; font-size: 10.5pt; font-family: 等线; }
</style>
</head>
<body>
<div class="top"><a href="/">机关文稿</a> · <a href="/list/jianghua">讲话</a> · <a href="/list/cailiao">材料</a></div>
<div class="article">
<h1 class="art-title">${escapeHtml(seed.title)}</h1>
<div class="art-meta">发布者：admin　浏览次数：915</div>
${body.join('\n')}
</div>
<div class="foot">机关文稿 仅供学习交流</div>
</body>
</html>
`;
}

function main(): void {
  mkdirSync(fixturesDir, { recursive: true });
  if (existsSync(seedSource)) writeFileSync(seedCopy, readFileSync(seedSource));
  const seed = splitSeed(readFileSync(seedCopy, 'utf8'));
  const outputs: Array<[string, string]> = [
    ['seed-p.html', buildSeedP(seed)],
    ['seed-br.html', buildSeedBr(seed)],
    ['seed-word.html', buildSeedWord(seed)],
  ];
  for (const [name, html] of outputs) {
    writeFileSync(join(fixturesDir, name), html);
    console.log(`${name}: ${Buffer.byteLength(html)} bytes`);
  }
}

main();
