/**
 * Reads the labelled corpus format (.spk, see ../shared/corpus/README.md): the
 * text as published plus every enumerated point's depth and parent. A port of
 * shared/tools/spk.py, so the unit suite scores the engine the way
 * `score-corpus` does, including ⟦d~⟧ (a second acceptable parent).
 */

/** Marker families as the labels name them (spk.py's groups). */
export type GoldFamily = 'di' | 'hp' | 'hd' | 'ap' | 'ad' | 'ci' | 'qi' | 'ys' | 'sq' | 'dash' | 'other';

/** One labelled point. `parent` and `altParent` index into the file's point list. */
export interface GoldPoint {
  section: number;
  marker: string;
  family: GoldFamily;
  ordinal: number;
  depth: number;
  parent: number | null;
  altParent?: number;
  inline: boolean;
  title: string;
}

/** A parsed .spk file: the plain lines (a heading line starts with \0H) and the gold points. */
export interface SpkFile {
  title: string;
  kind: 'speech' | 'not-speech';
  lines: string[];
  points: GoldPoint[];
  sections: number;
}

const CN = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const SEQ: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 99 };
const END = '。;；!！?？';
const LABEL = /⟦(\d+)(~?)⟧/g;
const MARKER = new RegExp(
  '^(?:第(?<di>[一二三四五六七八九十]+)(?:条|部分|章|节)?\\s*[,，、:：]?' +
    '|[(（](?<hp>[一二三四五六七八九十]+)[)）]' +
    '|(?<hd>[一二三四五六七八九十]+)\\s*[、．.]' +
    '|[(（](?<ap>\\d{1,2})[)）]' +
    '|(?<ad>\\d{1,2})\\s*[、．.]' +
    '|(?<ci>[①-⑳])' +
    '|其(?<qi>[一二三四五六七八九十]+)\\s*[,，、:：]?' +
    '|(?<ys>[一二三四五六七八九十]+)(?:是|要|则|来)' +
    '|(?<sq>首先|其次|再次|最后)\\s*[,，、:：]?' +
    // Beyond spk.py: the dash-led parallel paragraph (ordinal = position in its run).
    '|(?<dash>——))',
);

function cnToInt(s: string): number {
  if (CIRCLED.includes(s)) return CIRCLED.indexOf(s) + 1;
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + CN.indexOf(s[1] ?? '') + 1;
  if (s.includes('十')) {
    const [a = '', b = ''] = s.split('十');
    return (CN.indexOf(a) + 1) * 10 + (b ? CN.indexOf(b) + 1 : 0);
  }
  return CN.indexOf(s) + 1;
}

/** Parses the text of a .spk file; throws on a label that has no marker after it. */
export function parseSpk(source: string, name = 'spk'): SpkFile {
  const raw = source.split('\n');
  const title = (raw[0] ?? '').split(':').slice(1).join(':').trim();
  const kind = (raw[1] ?? '').split(':').slice(1).join(':').trim() as SpkFile['kind'];
  const lines: string[] = [];
  const points: GoldPoint[] = [];
  let section = 0;
  let stack: Array<[number, number]> = [];
  const hasSections = raw.some((l) => l.startsWith('## '));
  let altRun: [number, number | null, number | null] | null = null;
  let dashRun = 0;
  for (const line of raw.slice(2)) {
    if (line.startsWith('## ')) {
      section++;
      stack = [];
      lines.push('\0H' + line.slice(3).trim());
      continue;
    }
    const labels = [...line.matchAll(LABEL)];
    lines.push(line.replace(LABEL, ''));
    let sawDash = false;
    labels.forEach((m) => {
      const depth = Number(m[1]);
      const at = (m.index ?? 0) + m[0].length;
      const after = line.slice(at);
      const mm = MARKER.exec(after);
      if (!mm?.groups) throw new Error(`${name}: no marker after label: ${after.slice(0, 20)}`);
      const g = mm.groups;
      const family = (Object.keys(g) as GoldFamily[]).find((f) => g[f] !== undefined) ?? 'other';
      let ordinal: number;
      if (family === 'sq') ordinal = SEQ[g.sq ?? ''] ?? 0;
      else if (family === 'dash') {
        sawDash = true;
        ordinal = ++dashRun;
      } else ordinal = cnToInt(g[family] ?? '');
      const rest = after.slice(mm[0].length);
      LABEL.lastIndex = 0;
      const next = /⟦(\d+)(~?)⟧/.exec(rest);
      const segment = (next ? rest.slice(0, next.index) : rest).replace(LABEL, '').replace(/^[ ,，:：、]+/, '');
      let cut = 0;
      while (cut < segment.length && !END.includes(segment[cut] ?? '')) cut++;
      const pointTitle = segment.slice(0, cut).replace(/[ ,，:：、]+$/, '');
      const block = line.slice(0, m.index).trim() === '';
      const same = [...stack].reverse().find(([d]) => d === depth)?.[1] ?? null;
      while (stack.length > 0 && (stack[stack.length - 1] as [number, number])[0] >= depth) stack.pop();
      const parent = stack.length > 0 ? (stack[stack.length - 1] as [number, number])[1] : null;
      const point: GoldPoint = { section: Math.max(section, 1), marker: mm[0].trim(), family, ordinal, depth, parent, inline: !block, title: pointTitle };
      if (m[2]) {
        if (!(altRun && altRun[0] === depth && altRun[1] === parent)) altRun = [depth, parent, same];
        if (altRun[2] !== null) point.altParent = altRun[2];
      } else {
        altRun = null;
      }
      points.push(point);
      stack.push([depth, points.length - 1]);
    });
    if (!sawDash && line.trim() !== '') dashRun = 0;
  }
  return { title, kind, lines, points, sections: hasSections ? section : 1 };
}

/** The published text of a .spk file as score-corpus feeds it to the CLI: title, blank line, paragraphs. */
export function plainTextOf(spk: SpkFile): string {
  return [spk.title, '', ...spk.lines.map((l) => (l.startsWith('\0H') ? l.slice(2) : l))].join('\n');
}
