import type { Page } from 'puppeteer-core';

/** Every element of the popup lies inside its width; the document does not scroll sideways. */
export async function popupOverflow(popup: Page) {
  return popup.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clipped = [...document.querySelectorAll('.ss-popup *')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.ss-sr'))
      .map((el) => ({ el, r: el.getBoundingClientRect(), own: el as HTMLElement }))
      .filter(
        ({ r, own }) =>
          r.left < -0.5 ||
          r.right > width + 0.5 ||
          // Content wider than its own box: cut off (overflow hidden) or running out of it.
          (own.clientWidth > 0 && own.scrollWidth > own.clientWidth + 1 && own.tagName !== 'TEXTAREA'),
      )
      .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, clipped };
  });
}
