/** Small DOM helpers that never throw on odd nodes and never read form-field contents. */

const SKIP_TEXT = /^(script|style|template|noscript|input|textarea|select)$/;

/**
 * Bounded text of a subtree: at most `max` characters and 4000 nodes, so the cost never grows
 * with the page. Text nodes are joined with `sep`. Form controls are skipped (never their content).
 */
export function textOf(root: Node | null | undefined, max = 2000, sep = ' '): string {
  let out = '';
  let budget = 4000;
  let n: Node | null | undefined = root;
  while (n && budget-- > 0 && out.length < max) {
    const name = n.nodeType === 1 ? (n as Element).localName : '';
    if (n.nodeType === 3) out += (n.nodeValue || '') + sep;
    let next: Node | null = n.nodeType === 1 && !SKIP_TEXT.test(name) ? n.firstChild : null;
    if (!next) {
      // Climb until a sibling exists, never leaving the root.
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      next = n && n !== root ? n.nextSibling : null;
    }
    n = next;
  }
  return out.slice(0, max);
}

export function attr(el: Element | null | undefined, name: string): string {
  try {
    return el?.getAttribute?.(name) || '';
  } catch {
    return '';
  }
}
