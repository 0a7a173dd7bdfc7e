/**
 * "Is this element shown?" without layout: works in a real page, jsdom, happy-dom and
 * DOMParser documents (defaultView null). Hidden = not connected, in <template>/<noscript>/
 * <head>, an `input type=hidden`, the `hidden` attribute, inline display:none /
 * visibility:hidden|collapse, an off-screen/hidden utility class (Knockout parks inactive
 * views' inputs with `moveOffScreen`), or computed display:none / visibility:hidden when
 * the document has a window (stylesheet rules; `checkVisibility()` where the DOM has it). Opacity is ignored on purpose: the sign-in app
 * fades views in and out (`zero-opacity`), and a transient fade must not flip the state.
 * A zero layout box is not required (no layout in jsdom).
 */
const HIDDEN_CLASS =
  /^(moveoffscreen|hidden|hide|d-none|visually-hidden|sr-only|offscreen|off-screen|screen-reader-only|invisible|no-display)$/;
const HIDDEN_TAG = /^(template|noscript|script|style|head)$/;
const INLINE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*(hidden|collapse))/i;

export type Vis = (el: Element | null | undefined) => boolean;

/**
 * Without a window (DOMParser / saved page) there is no cascade, so the page's own <style> blocks
 * are read once: top-level rules that set display:none give one selector list
 * (invalid selectors dropped). Rules inside @media/@supports are skipped (conditional), and the
 * list is never applied to <html>/<body> (the sign-in page hides and re-shows body by cascade).
 */
const sheetCache = new WeakMap<Document, string>();
function sheetHiders(doc: Document): string {
  let list = sheetCache.get(doc);
  if (list !== undefined) return list;
  const sels: string[] = [];
  const styles = doc.getElementsByTagName('style');
  for (let i = 0; i < styles.length && i < 20; i++) {
    const st = styles[i]!;
    // A browser with script ignores <noscript> content; print-only sheets do not apply on screen.
    if (st.closest('noscript') || !/^\s*(all|screen)?\s*$/i.test(st.getAttribute('media') || '')) continue;
    const css = (st.textContent || '').slice(0, 200000);
    // One linear pass with a brace depth: only depth-0 rules count (no regex backtracking).
    let depth = 0;
    let from = 0;
    let sel = '';
    for (let j = 0; j < css.length && sels.length < 300; j++) {
      const ch = css[j];
      if (ch === '{') {
        if (depth === 0) {
          sel = css.slice(from, j);
          from = j + 1;
        }
        depth++;
      } else if (ch === '}' && depth && !--depth) {
        sel = sel.slice(sel.lastIndexOf(';') + 1).trim();
        if (sel[0] !== '@' && /(^|;)\s*display\s*:\s*none/i.test(css.slice(from, j))) {
          for (const one of sel.split(',')) {
            try {
              if (one.trim()) {
                doc.documentElement!.matches(one); // throws for a selector this DOM cannot evaluate
                sels.push(one);
              }
            } catch {
              /* a selector this DOM cannot evaluate */
            }
          }
        }
        from = j + 1;
      }
    }
  }
  list = sels.join(',');
  sheetCache.set(doc, list);
  return list;
}

export function makeVisibility(doc: Document): Vis {
  const view = doc.defaultView;
  const gcs = view && typeof view.getComputedStyle === 'function' ? view : null;
  const sheet = gcs ? '' : sheetHiders(doc);
  // A rendered page answers "display:none on any ancestor, or visibility hidden" natively in one
  // call: no CSSStyleDeclaration per ancestor (garbage on every detection), one style update.
  const native =
    gcs && typeof (doc.documentElement as Element & { checkVisibility?: unknown })?.checkVisibility === 'function';
  const selfHides = new Map<Element, boolean>();
  const displayNone = new Map<Element, boolean>(); // cascade answers, for the slow path
  // <html>/<body> never hide: the server sends `<body style="display: none">` and the page's
  // script shows it once drawn, so a saved copy (or a page caught mid-start) would otherwise
  // look empty. checkVisibility() cannot skip them, so a hidden root switches to the slow path.
  const isRoot = (el: Element) => el === doc.body || el === doc.documentElement;
  let rootHidden: boolean | undefined;
  const rootIsHidden = (): boolean => {
    if (rootHidden === undefined) {
      rootHidden = false;
      try {
        for (const r of [doc.documentElement, doc.body])
          if (r && gcs!.getComputedStyle(r).display === 'none') rootHidden = true;
      } catch {
        /* ignore */
      }
    }
    return rootHidden;
  };

  const hides = (el: Element, target: boolean, slow: boolean): boolean => {
    let h = isRoot(el) ? false : selfHides.get(el);
    if (h === undefined) {
      h = false;
      const tag = (el.localName || '').toLowerCase();
      if (HIDDEN_TAG.test(tag) || el.hasAttribute('hidden')) h = true;
      else if (tag === 'input' && (el.getAttribute('type') || '').toLowerCase() === 'hidden') h = true;
      else if (INLINE.test(el.getAttribute('style') || '')) h = true;
      else {
        const cls = (el.getAttribute('class') || '').toLowerCase().split(/\s+/);
        for (const c of cls) if (HIDDEN_CLASS.test(c)) h = true;
      }
      selfHides.set(el, h);
    }
    if (!h && !isRoot(el) && slow) {
      let d = displayNone.get(el);
      if (d === undefined) {
        d = false;
        try {
          if (sheet) d = el.matches(sheet);
          else if (gcs) d = gcs.getComputedStyle(el).display === 'none';
        } catch {
          /* odd node: ignore */
        }
        displayNone.set(el, d);
      }
      h = d;
    }
    if (!h && target && gcs && slow) {
      // visibility inherits, so the target's own computed value covers its ancestors.
      try {
        const v = gcs.getComputedStyle(el).visibility;
        if (v === 'hidden' || v === 'collapse') return true;
      } catch {
        /* ignore */
      }
    }
    return h;
  };

  const walk = (el: Element, slow: boolean): boolean => {
    let n: Element | null = el;
    for (let i = 0; n && i < 5000; i++, n = n.parentElement) if (hides(n, n === el, slow)) return false;
    return true;
  };

  return (el) => {
    try {
      if (el?.nodeType !== 1 || el.isConnected === false) return false;
      if (!native) return walk(el, true);
      if (!walk(el, false)) return false;
      if (el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })) return true;
      return rootIsHidden() ? walk(el, true) : false;
    } catch {
      return false;
    }
  };
}
