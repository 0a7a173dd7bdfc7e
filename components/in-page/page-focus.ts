/**
 * Focus back to where the user was in the page, else the sign-in box's first control. Used when
 * an in-page surface closes while it had focus, so focus does not fall to <body>. Never clicks.
 */
export function returnFocusToPage(previous: HTMLElement | null): void {
  if (previous?.isConnected && previous.getClientRects().length > 0) {
    previous.focus();
    return;
  }
  const box = document.getElementById('lightbox') ?? document.querySelector('main form, form');
  const candidates = box?.querySelectorAll<HTMLElement>(
    'input:not([type="hidden"]):not(:disabled), button:not(:disabled), a[href], [role="button"][tabindex]',
  );
  const onScreen = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  };
  [...(candidates ?? [])].find(onScreen)?.focus();
}

/**
 * Remembers the last element of the page that had focus before the user moved into `host`, so
 * closing from the keyboard puts focus back there (e.g. the code field). Returns the reader and
 * a stop function.
 */
export function trackPageFocus(host: HTMLElement): { last(): HTMLElement | null; stop(): void } {
  let cameFrom: HTMLElement | null = null;
  const onFocusIn = (e: FocusEvent) => {
    const target = e.target;
    if (target instanceof HTMLElement && target !== host && target !== document.body) cameFrom = target;
  };
  document.addEventListener('focusin', onFocusIn, true);
  return { last: () => cameFrom, stop: () => document.removeEventListener('focusin', onFocusIn, true) };
}
