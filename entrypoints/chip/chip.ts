import { browser } from 'wxt/browser';
import { needsHelp, type Detection } from '@/utils/detection-types';
import { PANEL_DISMISSED_MESSAGE, PANEL_OPEN_MESSAGE } from '@/utils/messages';
import type { Placement } from '@/utils/panel-placement';
import { CHIP_TAG } from '@/components/in-page/chip-host';
import { measurePlacement } from '@/components/in-page/sign-in-box';
import { applyPlacement } from '@/components/in-page/placement-style';
import { returnFocusToPage, trackPageFocus } from '@/components/in-page/page-focus';
import placementCss from '@/components/in-page/host-placement.css?inline';
import chipCss from './chip.css?inline';

/** The background's answer to CHIP_CONTEXT_MESSAGE: strings already translated, one language. */
export interface ChipContext {
  show: boolean;
  lang: string;
  label: string;
  product: string;
  showHelp: string;
  close: string;
  headline: string;
}

const STRING_FIELDS = ['lang', 'label', 'product', 'showHelp', 'close', 'headline'] as const;

/** Never trusted blindly: a malformed answer means no chip (the page is not touched). */
export function parseChipContext(value: unknown): ChipContext | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.show !== 'boolean') return null;
  for (const key of STRING_FIELDS) if (typeof v[key] !== 'string' || (v[key] as string).length > 300) return null;
  return v as unknown as ChipContext;
}

/** The headline the background sends with its answer to each detection (see onDetection). */
function headlineOf(answer: unknown): string | null {
  const h = (answer as { headline?: unknown } | null)?.headline;
  return typeof h === 'string' && h.length <= 300 ? h : null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Puts the chip into the page and keeps it on the detected screen: shown on two-step screens,
 * hidden on others, its headline following in-place view switches. Never clicks anything in
 * the page; "Show help" asks the background for the full panel, which then takes its place.
 */
export function mountChip(context: ChipContext): void {
  const live = globalThis.__secondStep;
  // Measured before the host goes into the page: the layout is still the page's own, clean one.
  let placement: Placement = measurePlacement();

  const host = document.createElement(CHIP_TAG);
  host.setAttribute('data-second-step', 'chip');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${chipCss}\n${placementCss}`;
  const aside = el('aside', 'ss-chip');
  aside.setAttribute('aria-label', context.label);
  aside.lang = context.lang;
  const text = el('span', 'ss-chip-text');
  const product = el('span', 'ss-chip-product', context.product);
  const headline = el('span', 'ss-chip-headline', context.headline);
  headline.setAttribute('aria-live', 'polite');
  text.append(product, headline);
  const help = el('button', 'ss-chip-help', context.showHelp);
  help.type = 'button';
  const close = el('button', 'ss-chip-close', '\u00d7');
  close.type = 'button';
  close.setAttribute('aria-label', context.close);
  aside.append(text, help, close);
  shadow.append(style, aside);

  const place = () => {
    applyPlacement(host, placement);
    aside.classList.toggle('ss-chip-collapsed', placement.mode === 'collapsed');
  };
  const show = (detection: Detection | null | undefined) => {
    const visible = needsHelp(detection);
    if (host.hidden === visible) host.hidden = !visible;
    if (detection && aside.dataset.state !== detection.state) aside.dataset.state = detection.state;
  };
  show(live?.current);
  place();
  document.body.appendChild(host);

  const pageFocus = trackPageFocus(host);
  const stopDetections = live?.subscribe(show);
  let placedFor = live?.current?.state;
  const stopAnswers = live?.onAnswer((answer) => {
    const next = headlineOf(answer);
    if (next !== null && headline.textContent !== next) headline.textContent = next;
    const state = live.current?.state;
    if (state !== placedFor) {
      placedFor = state;
      // The answer arrives after a rendered frame: the page's layout is clean here.
      const moved = measurePlacement(placement);
      if (moved !== placement) (placement = moved), place();
    }
  });
  const onResize = () => {
    const moved = measurePlacement(placement);
    if (moved !== placement) (placement = moved), place();
  };
  addEventListener('resize', onResize);

  const remove = () => {
    stopDetections?.();
    stopAnswers?.();
    pageFocus.stop();
    removeEventListener('resize', onResize);
    host.removeEventListener('keydown', onKey);
    host.remove();
    globalThis.__secondStepChipRemove = undefined;
  };
  globalThis.__secondStepChipRemove = remove;

  const dismiss = () => {
    const hadFocus = host.matches(':focus-within');
    void browser.runtime.sendMessage({ type: PANEL_DISMISSED_MESSAGE }).catch(() => {});
    remove();
    if (hadFocus) returnFocusToPage(pageFocus.last());
  };
  // Escape closes the chip only while focus is inside it: the page keeps its own keys.
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && host.matches(':focus-within')) {
      e.stopPropagation();
      dismiss();
    }
  };
  host.addEventListener('keydown', onKey);
  close.addEventListener('click', dismiss);

  let opening = false;
  help.addEventListener('click', () => {
    if (opening) return;
    opening = true;
    globalThis.__secondStepChipOpened = true;
    // The panel removes the chip once it is on screen (removeChip); if it cannot come, the chip stays.
    browser.runtime.sendMessage({ type: PANEL_OPEN_MESSAGE }).then(
      (ok: unknown) => {
        if (ok !== true) opening = globalThis.__secondStepChipOpened = false;
      },
      () => {
        opening = globalThis.__secondStepChipOpened = false;
      },
    );
  });
}
