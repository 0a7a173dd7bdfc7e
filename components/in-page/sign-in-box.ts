import { placePanel, samePlacement, type Placement } from '@/utils/panel-placement';

/** The sign-in box of every known UI variant; the panel must never cover it. */
function signInBox(): DOMRect | null {
  const el =
    document.getElementById('lightbox') ??
    document.querySelector('.sign-in-box, [data-testid="lightbox"], main form, form');
  return el ? el.getBoundingClientRect() : null;
}

/**
 * Where the panel goes now. Called only at moments the page's layout is clean (the detection
 * answer arrives after a rendered frame; before our own render dirties it; resize), so the
 * rectangle read costs no forced layout. Keeps `previous` when nothing moved, so the panel does
 * not re-render for an equal placement.
 */
export function measurePlacement(previous?: Placement): Placement {
  const next = placePanel(signInBox(), { width: innerWidth, height: innerHeight });
  return previous && samePlacement(previous, next) ? previous : next;
}
