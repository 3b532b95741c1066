/**
 * Word's automatic numbering, as Word shows it. mammoth reads a numbered
 * paragraph as a list item but does not emit its number (一、 （一） 1. are
 * not in the text, only in numbering.xml), and the outline and the numbering
 * check need exactly those. So the number of every numbered paragraph is
 * computed from numbering.xml (each level's numFmt, lvlText, start; overrides;
 * numbering set on a paragraph style, as heading styles often are) and written
 * into the paragraph as its first run before mammoth reads the document.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { toChineseNumeral, toCircledNumeral } from '../core/export/gbt-numbering.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface LevelDef {
  numFmt: string;
  lvlText: string;
  start: number;
  isLgl: boolean;
}

interface NumDef {
  /** Key of the counters the list shares: lists of one abstract definition continue each other unless restarted. */
  counterKey: string;
  levels: Map<number, LevelDef>;
}

interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

type XmlElement = ReturnType<DOMParser['parseFromString']>['documentElement'];

function children(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === name) out.push(n as XmlElement);
  return out;
}

function child(el: XmlElement | null | undefined, name: string): XmlElement | null {
  return el ? children(el, name)[0] ?? null : null;
}

function val(el: XmlElement | null | undefined): string | null {
  if (!el) return null;
  return el.getAttributeNS(W, 'val') || el.getAttribute('w:val') || null;
}

function attr(el: XmlElement, name: string): string | null {
  return el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null;
}

/** xmldom reports, rather than throws on, most malformed input; a missing part is judged by the caller. */
const QUIET = { warning: () => undefined, error: () => undefined };

function parseXml(xml: string): XmlElement {
  return new DOMParser({ errorHandler: QUIET }).parseFromString(xml, 'text/xml').documentElement;
}

function readLevel(lvl: XmlElement, base?: LevelDef): LevelDef {
  return {
    numFmt: val(child(lvl, 'numFmt')) ?? base?.numFmt ?? 'decimal',
    lvlText: val(child(lvl, 'lvlText')) ?? base?.lvlText ?? '',
    start: Number(val(child(lvl, 'start')) ?? base?.start ?? 1),
    isLgl: child(lvl, 'isLgl') !== null,
  };
}

function readLevels(el: XmlElement): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of children(el, 'lvl')) levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl));
  return levels;
}

function readStyles(stylesXml: string | null): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  if (!stylesXml) return styles;
  for (const style of children(parseXml(stylesXml), 'style')) {
    const id = attr(style, 'styleId');
    if (!id) continue;
    const numPr = child(child(style, 'pPr'), 'numPr');
    const ilvl = val(child(numPr, 'ilvl'));
    styles.set(id, { numId: val(child(numPr, 'numId')), ilvl: ilvl === null ? null : Number(ilvl), basedOn: val(child(style, 'basedOn')) });
  }
  return styles;
}

function readNums(numberingXml: string, styles: Map<string, StyleNumbering>): Map<string, NumDef> {
  const root = parseXml(numberingXml);
  const abstracts = new Map<string, XmlElement>();
  for (const a of children(root, 'abstractNum')) abstracts.set(attr(a, 'abstractNumId') ?? '', a);
  const numAbstract = new Map<string, string>();
  for (const n of children(root, 'num')) numAbstract.set(attr(n, 'numId') ?? '', val(child(n, 'abstractNumId')) ?? '');

  // An abstract definition may only point at a numbering style (numStyleLink) whose list holds the levels.
  const levelsOf = (abstractId: string, seen = new Set<string>()): Map<number, LevelDef> => {
    const a = abstracts.get(abstractId);
    if (!a || seen.has(abstractId)) return new Map();
    seen.add(abstractId);
    const link = val(child(a, 'numStyleLink'));
    const linkedNum = link ? styles.get(link)?.numId : null;
    const linkedAbstract = linkedNum ? numAbstract.get(linkedNum) : undefined;
    return linkedAbstract !== undefined ? levelsOf(linkedAbstract, seen) : readLevels(a);
  };

  const nums = new Map<string, NumDef>();
  for (const n of children(root, 'num')) {
    const numId = attr(n, 'numId') ?? '';
    const abstractId = numAbstract.get(numId) ?? '';
    const levels = new Map(levelsOf(abstractId));
    let restarts = false;
    for (const o of children(n, 'lvlOverride')) {
      const ilvl = Number(attr(o, 'ilvl') ?? 0);
      const lvl = child(o, 'lvl');
      const base = levels.get(ilvl);
      const def = lvl ? readLevel(lvl, base) : base;
      const startOverride = val(child(o, 'startOverride'));
      if (def && startOverride !== null) {
        levels.set(ilvl, { ...def, start: Number(startOverride) });
        restarts = true;
      } else if (def) {
        levels.set(ilvl, def);
      }
    }
    nums.set(numId, { counterKey: restarts ? `num:${numId}` : `abstract:${abstractId}`, levels });
  }
  return nums;
}

function alphabetic(n: number, upper: boolean): string {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** A number in one of Word's formats (the ones Chinese drafts use, and the Latin ones). */
export function formatWordNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return toChineseNumeral(n);
    case 'chineseLegalSimplified':
      // Word writes 14 as 壹拾肆 (the leading 一 that 十四 drops is kept in legal figures).
      return [...toChineseNumeral(n).replace(/^十/, '一十')].map((c) => (c === '十' ? '拾' : c === '百' ? '佰' : LEGAL_DIGITS['零一二三四五六七八九'.indexOf(c)] ?? c)).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return toCircledNumeral(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter': return alphabetic(n, true);
    case 'lowerLetter': return alphabetic(n, false);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The numbering a paragraph takes: its own numPr, or its style's (through basedOn). */
function paragraphNumbering(p: XmlElement, styles: Map<string, StyleNumbering>): { numId: string; ilvl: number } | null {
  const pPr = child(p, 'pPr');
  const numPr = child(pPr, 'numPr');
  let numId = val(child(numPr, 'numId'));
  const ownIlvl = val(child(numPr, 'ilvl'));
  let ilvl = ownIlvl === null ? null : Number(ownIlvl);
  let styleId = val(child(pPr, 'pStyle'));
  for (let hops = 0; styleId && hops < 20 && (numId === null || ilvl === null); hops++) {
    const style = styles.get(styleId);
    if (!style) break;
    numId ??= style.numId;
    ilvl ??= style.ilvl;
    styleId = style.basedOn;
  }
  if (numId === null || numId === '0') return null;
  return { numId, ilvl: ilvl ?? 0 };
}

/**
 * document.xml with the number of every auto-numbered paragraph written in as
 * text, the way Word displays it (一、, （一）, 1.1). Bullets and unknown lists
 * are left alone. Returns the input unchanged when there is no numbering.xml.
 */
export function writeNumbersIntoDocument(documentXml: string, numberingXml: string | null, stylesXml: string | null): string {
  if (!numberingXml) return documentXml;
  const styles = readStyles(stylesXml);
  const nums = readNums(numberingXml, styles);
  const counters = new Map<string, number[]>();
  const doc = new DOMParser({ errorHandler: QUIET }).parseFromString(documentXml, 'text/xml');
  const paragraphs = doc.getElementsByTagNameNS(W, 'p');
  let changed = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i) as XmlElement;
    const numbering = paragraphNumbering(p, styles);
    const num = numbering ? nums.get(numbering.numId) : undefined;
    const level = numbering && num ? num.levels.get(numbering.ilvl) : undefined;
    if (!numbering || !num || !level) continue;
    const count = counters.get(num.counterKey) ?? [];
    const current = count[numbering.ilvl];
    count[numbering.ilvl] = current === undefined ? level.start : current + 1;
    count.length = numbering.ilvl + 1; // a deeper level starts again under each new item
    counters.set(num.counterKey, count);
    if (level.numFmt === 'bullet' || level.numFmt === 'none') continue;
    const label = level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const def = num.levels.get(k);
      const value = count[k] ?? def?.start ?? 1;
      return formatWordNumber(value, level.isLgl ? 'decimal' : (def?.numFmt ?? 'decimal'));
    });
    if (label === '') continue;
    const run = doc.createElementNS(W, 'w:r');
    const t = doc.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    // Word puts a tab after the number by default; one space keeps "1" and "加强" apart when lvlText has no punctuation.
    t.appendChild(doc.createTextNode(/[\p{L}\p{N}]$/u.test(label) ? `${label} ` : label));
    run.appendChild(t);
    const pPr = child(p, 'pPr');
    p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
    changed = true;
  }
  return changed ? new XMLSerializer().serializeToString(doc) : documentXml;
}
