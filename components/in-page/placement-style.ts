import type { Placement } from '@/utils/panel-placement';

/**
 * Positions an in-page shadow host (panel or chip). WXT's shadow-root reset
 * (`:host { all: initial !important }`) beats any inline style on the host, but `all` leaves
 * custom properties alone: the numbers go into custom properties that the host's stylesheet turns
 * into `position: fixed` coordinates. Beside or below the sign-in box the host stays at the
 * viewport's top-left corner and is moved with a transform: when the screen changes and the host
 * follows the box, a moved box is a layout shift that counts against the page's own CLS; a
 * transform is not.
 */
export function applyPlacement(host: HTMLElement, placement: Placement): void {
  const s = host.style;
  const set = (name: string, px: number | undefined) =>
    px === undefined ? s.removeProperty(`--ss-place-${name}`) : s.setProperty(`--ss-place-${name}`, `${px}px`);
  if (placement.mode === 'collapsed') {
    set('top', placement.top);
    set('bottom', placement.top === undefined ? placement.bottom : undefined);
    set('right', placement.right);
    set('left', undefined);
    set('x', undefined);
    set('y', undefined);
    set('width', undefined);
    set('max-height', undefined);
  } else {
    set('top', 0);
    set('left', 0);
    set('x', placement.left);
    set('y', placement.top);
    set('width', placement.width);
    set('max-height', placement.maxHeight);
    set('bottom', undefined);
    set('right', undefined);
  }
}
