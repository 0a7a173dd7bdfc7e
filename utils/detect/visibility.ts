/**
 * "Is this element shown?" without layout: works in a real page, jsdom, happy-dom and
 * DOMParser documents (defaultView null). Hidden = not connected, in <template>/<noscript>/
 * <head>, an `input type=hidden`, the `hidden` attribute, inline display:none /
 * visibility:hidden|collapse, an off-screen/hidden utility class (Knockout parks inactive
 * views' inputs with `moveOffScreen`), or computed display:none / visibility:hidden when
 * getComputedStyle exists (stylesheet rules). Opacity is ignored on purpose: the sign-in app
 * fades views in and out (`zero-opacity`), and a transient fade must not flip the state.
 * A zero layout box is not required (no layout in jsdom).
 */
const HIDDEN_CLASS = /^(moveoffscreen|hidden|hide|d-none|visually-hidden|sr-only|offscreen|off-screen|screen-reader-only|invisible|no-display)$/;
const HIDDEN_TAG = /^(template|noscript|script|style|head)$/;
const INLINE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*(hidden|collapse))/i;

export type Vis = (el: Element | null | undefined) => boolean;

export function makeVisibility(doc: Document): Vis {
  const view = doc.defaultView;
  const gcs = view && typeof view.getComputedStyle === 'function' ? view : null;
  const selfHides = new Map<Element, boolean>();

  const hides = (el: Element, target: boolean): boolean => {
    let h = selfHides.get(el);
    if (h === undefined) {
      h = false;
      const tag = (el.localName || '').toLowerCase();
      if (HIDDEN_TAG.test(tag) || el.hasAttribute('hidden')) h = true;
      else if (tag === 'input' && (el.getAttribute('type') || '').toLowerCase() === 'hidden') h = true;
      else if (INLINE.test(el.getAttribute('style') || '')) h = true;
      else {
        const cls = (el.getAttribute('class') || '').toLowerCase().split(/\s+/);
        for (const c of cls) if (HIDDEN_CLASS.test(c)) h = true;
        if (!h && gcs) {
          try {
            const cs = gcs.getComputedStyle(el);
            if (cs && cs.display === 'none') h = true;
          } catch {
            /* odd node: ignore */
          }
        }
      }
      selfHides.set(el, h);
    }
    if (!h && target && gcs) {
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

  return (el) => {
    try {
      if (!el || el.nodeType !== 1 || el.isConnected === false) return false;
      let n: Element | null = el;
      for (let i = 0; n && i < 5000; i++, n = n.parentElement) if (hides(n, n === el)) return false;
      return true;
    } catch {
      return false;
    }
  };
}
