import { OTHER_WAY_SELECTORS } from '@/utils/detect/other-way-link';
import { liveDetection } from './world';

/**
 * The first rendered "Sign in another way" control. Only when the live detector (same isolated
 * world) reports a visible one on this screen: the in-page scripts do not carry a second copy of
 * the detector, and the popup's action must agree with what the popup shows.
 */
function findOtherWayControl(doc: Document): Element | null {
  if (liveDetection()?.current?.signInAnotherWay !== true) return null;
  for (const selector of OTHER_WAY_SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) {
      if ((el as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true }) ?? true) return el;
    }
  }
  return null;
}

const HIGHLIGHT_MS = 6000;

/**
 * Scrolls to, outlines and focuses the page's own "Sign in another way" control.
 * It never clicks: the user decides. Returns false when no visible control exists.
 */
export function highlightOtherWay(doc: Document): boolean {
  const el = findOtherWayControl(doc);
  if (!(el instanceof HTMLElement)) return false;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  const previous = { outline: el.style.outline, outlineOffset: el.style.outlineOffset };
  el.style.outline = '3px solid #ffb900';
  el.style.outlineOffset = '3px';
  if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  setTimeout(() => {
    el.style.outline = previous.outline;
    el.style.outlineOffset = previous.outlineOffset;
  }, HIGHLIGHT_MS);
  return true;
}
