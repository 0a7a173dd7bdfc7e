/**
 * Where the in-page panel goes: beside the sign-in box when there is room, never over it.
 * Pure: rectangles in, a placement out.
 */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement =
  | { mode: 'right' | 'left'; top: number; left: number; width: number; maxHeight: number }
  | { mode: 'below'; top: number; left: number; width: number; maxHeight: number }
  /** A small "Help" bar: `top` when it goes above the sign-in box, else `bottom`, from the viewport edges. */
  | { mode: 'collapsed'; bottom: number; right: number; top?: number };

export const PANEL_WIDTH = 320;
const GAP = 16;
const MARGIN = 8;
const MIN_BELOW_HEIGHT = 160;
/** Height of the collapsed bar (one 32 px button row, border included). */
export const COLLAPSED_HEIGHT = 36;

/**
 * The collapsed bar goes into a free strip below or above the sign-in box when one is tall
 * enough, so it covers nothing; only when the box fills the whole window does it sit in the
 * bottom-right corner.
 */
function collapsed(signInBox: Rect | null, viewport: { width: number; height: number }): Placement {
  if (signInBox && signInBox.width > 0 && signInBox.height > 0) {
    const below = viewport.height - (signInBox.top + signInBox.height);
    if (below >= COLLAPSED_HEIGHT + 4) {
      return { mode: 'collapsed', bottom: Math.max(2, Math.min(MARGIN, below - COLLAPSED_HEIGHT - 2)), right: MARGIN };
    }
    if (signInBox.top >= COLLAPSED_HEIGHT + 4) {
      return {
        mode: 'collapsed',
        top: Math.max(2, Math.min(MARGIN, signInBox.top - COLLAPSED_HEIGHT - 2)),
        bottom: 0,
        right: MARGIN,
      };
    }
  }
  return { mode: 'collapsed', bottom: MARGIN, right: MARGIN };
}

export function placePanel(signInBox: Rect | null, viewport: { width: number; height: number }): Placement {
  const maxHeight = Math.max(120, viewport.height - 2 * MARGIN);
  if (!signInBox || signInBox.width <= 0 || signInBox.height <= 0) {
    return collapsed(null, viewport);
  }
  const top = Math.min(Math.max(MARGIN, signInBox.top), Math.max(MARGIN, viewport.height - 200));
  const rightSpace = viewport.width - (signInBox.left + signInBox.width) - GAP - MARGIN;
  if (rightSpace >= PANEL_WIDTH) {
    return {
      mode: 'right',
      top,
      left: signInBox.left + signInBox.width + GAP,
      width: PANEL_WIDTH,
      maxHeight: maxHeight - (top - MARGIN),
    };
  }
  const leftSpace = signInBox.left - GAP - MARGIN;
  if (leftSpace >= PANEL_WIDTH) {
    return {
      mode: 'left',
      top,
      left: signInBox.left - GAP - PANEL_WIDTH,
      width: PANEL_WIDTH,
      maxHeight: maxHeight - (top - MARGIN),
    };
  }
  const belowTop = signInBox.top + signInBox.height + GAP;
  const belowSpace = viewport.height - belowTop - MARGIN;
  if (belowSpace >= MIN_BELOW_HEIGHT) {
    const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
    const left = Math.max(MARGIN, Math.min(signInBox.left, viewport.width - width - MARGIN));
    return { mode: 'below', top: belowTop, left, width, maxHeight: belowSpace };
  }
  // No room for the whole panel: a small bar in free space, opened on demand.
  return collapsed(signInBox, viewport);
}

/** True when two rectangles overlap (used by tests and as a last check before showing). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Same mode and numbers: keeping the old object spares the panel a render and the page a style change. */
export function samePlacement(a: Placement, b: Placement): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (x[k] !== y[k]) return false;
  return true;
}
