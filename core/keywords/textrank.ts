/**
 * Keywords by TextRank (Mihalcea & Tarau 2004), as jieba's own `textrank`
 * does it: candidate words are nodes; two candidates within `window` tokens of
 * each other share an edge weighted by how often that happens; PageRank over
 * the undirected graph ranks them. No corpus is needed, which suits one page
 * read in a browser, where TF-IDF would need document frequencies we lack.
 */
import type { TaggedWord } from '../tokenize/types.ts';
import { isFillerWord } from './filler-words.ts';
import { SPEECH_STOP_WORDS } from './stop-words.ts';

/**
 * Nouns and verbal nouns carry a speech's topics: n (党性, 宗旨), nr/ns/nt/nz
 * (people, places, organisations, proper terms such as 八项规定), vn (服务,
 * 运作), j (abbreviations: 党委, 纪委). Plain verbs (v) are left out: in
 * speeches they are mostly exhortations (加强, 推进, 落实) that would outrank
 * every topic; jieba's default also keeps v, which suits news, not speeches.
 */
export const KEYWORD_TAGS: ReadonlySet<string> = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'vn', 'j']);

/** How TextRank runs; every field has the default in brackets. */
export interface TextRankOptions {
  /** How many keywords to return [10]. */
  topK?: number;
  /** Co-occurrence window in tokens, the word itself included [5]. */
  window?: number;
  /** PageRank damping factor [0.85]. */
  damping?: number;
  /** Iterations of the PageRank update [20]. */
  iterations?: number;
  /** Part-of-speech tags a keyword may have [KEYWORD_TAGS]. */
  tags?: ReadonlySet<string>;
  /** Words never returned [SPEECH_STOP_WORDS]. */
  stopWords?: ReadonlySet<string>;
  /** Shortest keyword in characters [2]: single characters are rarely topics. */
  minLength?: number;
  /**
   * Extra teleport weight of a word for each time it stands in a paragraph's
   * lead sentence [2]; 0 gives plain TextRank. Speeches state a point first
   * (第一，党性是根本。) and then elaborate, so the lead sentence names the topic
   * while the elaboration repeats the audience's everyday words (人民群众, 党委).
   * This is PositionRank's idea (Florescu & Caragea 2017) fitted to speeches.
   */
  leadBias?: number;
}

/** A keyword and its score, normalised so the best keyword scores 1. */
export interface RankedKeyword {
  word: string;
  weight: number;
}

/** Ranks the candidate words of a tagged token sequence by TextRank, best first. */
export function rankKeywords(tokens: readonly TaggedWord[], options: TextRankOptions = {}): RankedKeyword[] {
  const { topK = 10, window = 5, damping = 0.85, iterations = 20, tags = KEYWORD_TAGS, stopWords = SPEECH_STOP_WORDS, minLength = 2, leadBias = 2 } = options;
  const isCandidate = (t: TaggedWord): boolean =>
    tags.has(t.tag) && !stopWords.has(t.word) && !isFillerWord(t.word) && [...t.word].length >= minLength && !/^\s*$/.test(t.word);

  // Nodes get ids in order of first appearance, so ties break by position in the text.
  const ids = new Map<string, number>();
  const words: string[] = [];
  const edges: Array<Map<number, number>> = [];
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      ids.set(word, id);
      words.push(word);
      edges.push(new Map());
    }
    return id;
  };
  const addEdge = (a: number, b: number): void => {
    const ea = edges[a];
    const eb = edges[b];
    if (!ea || !eb) return;
    ea.set(b, (ea.get(b) ?? 0) + 1);
    eb.set(a, (eb.get(a) ?? 0) + 1);
  };

  // The window runs over all tokens, punctuation included (as in jieba), so
  // words in one short clause link and words across a long sentence do not.
  const candidates = tokens.map((t) => (isCandidate(t) ? idOf(t.word) : -1));
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i] ?? -1;
    if (a < 0) continue;
    for (let j = i + 1; j < Math.min(i + window, candidates.length); j++) {
      const b = candidates[j] ?? -1;
      if (b >= 0 && b !== a) addEdge(a, b);
    }
  }

  const n = words.length;
  if (n === 0) return [];
  const teleport = teleportWeights(tokens, candidates, n, leadBias);
  const outWeight = edges.map((e) => [...e.values()].reduce((s, w) => s + w, 0));
  let score: number[] = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = teleport.map((t) => (1 - damping) * t);
    for (let a = 0; a < n; a++) {
      let sum = 0;
      for (const [b, w] of edges[a] ?? []) {
        const out = outWeight[b] ?? 0;
        if (out > 0) sum += (w / out) * (score[b] ?? 0);
      }
      next[a] = (next[a] ?? 0) + damping * sum;
    }
    score = next;
  }

  const max = Math.max(...score);
  const ranked = words.map((word, i) => ({ word, weight: max > 0 ? (score[i] ?? 0) / max : 0, order: i }));
  ranked.sort((x, y) => y.weight - x.weight || x.order - y.order);
  return ranked.slice(0, Math.max(0, topK)).map(({ word, weight }) => ({ word, weight }));
}

const SENTENCE_END = /^[。！？!?；;]+$/;

/**
 * Each node's share of the random jump, scaled so the shares average 1 (plain
 * TextRank gives every node 1): 1 + leadBias × its occurrences in lead sentences.
 * A lead sentence runs from a paragraph's start (the text's start or a line
 * break) to the first sentence end.
 */
function teleportWeights(tokens: readonly TaggedWord[], candidates: readonly number[], n: number, leadBias: number): number[] {
  const weights = new Array<number>(n).fill(1);
  if (leadBias <= 0) return weights;
  let inLead = true;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    if (word.includes('\n')) inLead = true;
    else if (SENTENCE_END.test(word)) inLead = false;
    const id = candidates[i] ?? -1;
    if (inLead && id >= 0) weights[id] = (weights[id] ?? 1) + leadBias;
  }
  const mean = weights.reduce((s, w) => s + w, 0) / n;
  return weights.map((w) => w / mean);
}

/** The top-K keywords of a tagged token sequence, best first. */
export function extractKeywords(tokens: readonly TaggedWord[], options: TextRankOptions = {}): string[] {
  return rankKeywords(tokens, options).map((k) => k.word);
}
