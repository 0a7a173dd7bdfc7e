import type { Rule } from './context';

/**
 * "Enter Temporary Access Pass" (first factor): found by the input's name only. The pass is a
 * secret: this rule looks at whether the box is shown, never at its value.
 */
export const accessPass: Rule = (c) =>
  c.vis(c.named('accesspass') || c.doc.getElementById('accesspass')) ? { state: 'enter-temporary-access-pass' } : null;
