/** The numbering check's public surface: one function, the rules as data, plain types. */
export { checkNumbering } from './check-numbering.ts';
export { NUMBERING_RULES, getNumberingRule } from './rules.ts';
export type * from './types.ts';
