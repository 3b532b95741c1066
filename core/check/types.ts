/**
 * Types of the numbering check (序号检查): plain data, so findings travel from
 * the engine to the CLI, the panel and storage unchanged.
 */

/**
 * How strict the check is. `page`: the draft's own scheme, kept consistent
 * (whatever bracket or dot style it chose, used the same way throughout).
 * `gbt`: the GB/T 9704 层次序数 一、 （一） 1. （1） on top of that.
 */
export type NumberingScheme = 'page' | 'gbt';

/** The rules the check applies; `NUMBERING_RULES` explains each in one line. */
export type NumberingRuleId =
  | 'skipped-number'
  | 'repeated-number'
  | 'out-of-order'
  | 'cn-punct'
  | 'stray-punct'
  | 'bracket-mismatch'
  | 'single-item'
  | 'level-order'
  | 'form-inconsistent'
  | 'half-width-bracket'
  | 'ar-punct'
  | 'paren-form';

/** A sentence in the two languages the product speaks, Chinese first. */
export interface BilingualText {
  zh: string;
  en: string;
}

/** One problem with the numbering, placed on the marker it is about. */
export interface NumberingFinding {
  rule: NumberingRuleId;
  /** Index into the TextBlock[] that was checked. */
  block: number;
  /** 1-based paragraph number (the block's position among the non-empty paragraphs). */
  paragraph: number;
  /** The marker's offsets within the block's text (end exclusive). */
  markerStart: number;
  markerEnd: number;
  /** The marker exactly as written. */
  marker: string;
  /** The usual form at this place (三、, （一）, 1.), or null when the fix is to remove the numbering. */
  expected: string | null;
  message: BilingualText;
}

/** Options of `checkNumbering`. */
export interface CheckNumberingOptions {
  scheme: NumberingScheme;
}

/** A rule as the UI lists it: what it checks, in one line, with an example. */
export interface NumberingRule {
  id: NumberingRuleId;
  /** The schemes that apply the rule. */
  schemes: readonly NumberingScheme[];
  title: BilingualText;
  /** One line: what is wrong and what the convention is. */
  explanation: BilingualText;
  example: { wrong: string; right: string };
}
