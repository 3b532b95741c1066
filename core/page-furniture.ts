/**
 * The furniture of reprint pages, which says where a text was reprinted from,
 * not what it is: datelines (新华社北京3月5日电), source lines (来源：人民网-人民日报,
 * 文章来源：… 作者：…), editor lines, photo captions (新华社记者 李涛 摄) and page
 * tools (【打印】 【关闭】 下载 收藏 【字号：大 中 小】).
 */
import type { TextBlock } from './types.ts';

/** WeChat article furniture: the 原创/author/account line, 阅读原文, 点击蓝字关注, 在看. */
const WECHAT_LINE = /^(?:原创[ \u3000]|阅读原文|点击(?:上方)?蓝字|长按(?:识别)?二维码|分享收藏点赞在看|预览时标签不可点|微信扫一扫)/;

/** A short line made of source, author, editor or date fields. */
const FIELD_LINE = /^[ \u3000【[(（]*(?:来源|原标题|文章来源|稿件来源|信息来源|出处|作者|编辑|责任编辑|责编|审核|审校|校对|监制|时间|发布时间|发布日期|日期|浏览次数|阅读|字号)[ \u3000]*[:：]/;
/** A field anywhere in a short line: "2024-10-18 07:42 来源：东南日报 责任编辑：陈晓". */
const FIELD_INSIDE = /(?:来源|作者|责任编辑|编辑|责编)[:：]/;
/** A photo caption's credit: 新华社记者 李涛 摄, （记者 张三 摄）. */
const PHOTO_CREDIT = /记者[ \u3000]*[\u4e00-\u9fff·]{1,12}(?:[ \u3000、][\u4e00-\u9fff·]{1,8}){0,3}[ \u3000]*摄[)）]?[ \u3000]*$|[ \u3000(（]摄$/;
/** Page tools: a line that is nothing but 打印/关闭/收藏/字号 words and brackets. */
const TOOLS_LINE = /^[ \u3000【】[\]|｜/·]*(?:(?:打印|关闭|关闭窗口|打印本页|收藏|分享|下载|全屏|加大|还原|减小|字号|大|中|小|纠错|返回顶部|分享到)[ \u3000【】[\]|｜/·：:]*)+$/;
/** A dateline at the start of a paragraph: 新华社北京3月5日电, 本报北京3月5日讯, （人民网北京3月5日电）. */
const DATELINE = /^[ \u3000(（]*(?:新华社|中新社|人民网|新华网|央视网|光明网|中国新闻网|本报)[\u4e00-\u9fff]{0,8}(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:电|讯)[)）]?[ \u3000]*(?:[（(][^)）]{0,20}[)）])?/;

/** Longest line taken for furniture. */
const MAX_FURNITURE_LINE = 80;

/** Which blocks are furniture, and the dateline to drop from the front of a paragraph. */
export interface PageFurniture {
  /** Block indexes of whole furniture lines. */
  lines: Set<number>;
  /** The block that opens with a dateline, or -1; `datelineLength` characters of it are the dateline. */
  datelineBlock: number;
  datelineLength: number;
  /** How many pieces of furniture were seen (lines and the dateline). */
  count: number;
}

/** Finds the furniture among the first blocks, up to about `limit` characters of text. */
export function readPageFurniture(blocks: TextBlock[], limit: number): PageFurniture {
  const lines = new Set<number>();
  let datelineBlock = -1;
  let datelineLength = 0;
  let seen = 0;
  for (let i = 0; i < blocks.length && seen <= limit; i++) {
    const text = (blocks[i] as TextBlock).text;
    seen += text.length;
    if (text.length <= MAX_FURNITURE_LINE && isFurnitureLine(text)) {
      lines.add(i);
      continue;
    }
    if (datelineBlock < 0) {
      const m = DATELINE.exec(text);
      if (m) {
        datelineBlock = i;
        datelineLength = m[0].length;
      }
    }
  }
  return { lines, datelineBlock, datelineLength, count: lines.size + (datelineBlock >= 0 ? 1 : 0) };
}

/** True for a source/author/editor line, a photo credit or a line of page tools. */
export function isFurnitureLine(text: string): boolean {
  if (text.length > MAX_FURNITURE_LINE) return false;
  return FIELD_LINE.test(text) || WECHAT_LINE.test(text) || (text.length <= 60 && FIELD_INSIDE.test(text)) || PHOTO_CREDIT.test(text) || TOOLS_LINE.test(text);
}
