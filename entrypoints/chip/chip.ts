import { browser } from 'wxt/browser';
import { needsHelp, type Detection } from '@/utils/detection-types';
import {
  type ChipContext,
  PANEL_DISMISSED_MESSAGE,
  PANEL_OPEN_MESSAGE,
  parseDetectionAnswer,
  request,
} from '@/utils/messages';
import type { Placement } from '@/utils/panel-placement';
import { CHIP_TAG } from '@/components/in-page/chip-host';
import { liveDetection, setChipOpened, setChipRemover } from '@/components/in-page/world';
import { measurePlacement } from '@/components/in-page/sign-in-box';
import { applyPlacement } from '@/components/in-page/placement-style';
import { returnFocusToPage, trackPageFocus } from '@/components/in-page/page-focus';
import placementCss from '@/components/in-page/host-placement.css?inline';
import chipCss from './chip.css?inline';

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
  const live = liveDetection();
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
  // The sign-in box is measured after the next rendered frame, never right after a write: the
  // detection (show) and the answer (headline) dirty the chip's style, and reading the box's
  // rectangle then would force the page's style and layout (the bench's traced push→SMS load saw
  // 0.5 ms of it). After the frame both are clean, so the read costs nothing; the chip moves one
  // frame later.
  let measureQueued = false;
  const remeasure = () => {
    measureQueued = false;
    if (!host.isConnected) return;
    const moved = measurePlacement(placement);
    if (moved !== placement) {
      placement = moved;
      place();
    }
  };
  const remeasureAfterFrame = () => {
    if (measureQueued) return;
    measureQueued = true;
    requestAnimationFrame(() => setTimeout(remeasure, 0));
  };
  const stopAnswers = live?.onAnswer((answer) => {
    const next = parseDetectionAnswer(answer)?.headline;
    if (next !== undefined && headline.textContent !== next) headline.textContent = next;
    const state = live.current?.state;
    if (state !== placedFor) {
      placedFor = state;
      remeasureAfterFrame();
    }
  });
  const onResize = remeasureAfterFrame;
  addEventListener('resize', onResize);

  const remove = () => {
    stopDetections?.();
    stopAnswers?.();
    pageFocus.stop();
    removeEventListener('resize', onResize);
    host.removeEventListener('keydown', onKey);
    host.remove();
    setChipRemover(undefined);
  };
  setChipRemover(remove);

  const dismiss = () => {
    const hadFocus = host.matches(':focus-within');
    void browser.runtime.sendMessage(request(PANEL_DISMISSED_MESSAGE)).catch(() => {});
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
    setChipOpened(true);
    // The panel removes the chip once it is on screen (removeChip); if it cannot come, the chip stays.
    const notOpened = () => {
      opening = false;
      setChipOpened(false);
    };
    browser.runtime.sendMessage(request(PANEL_OPEN_MESSAGE)).then((ok: unknown) => {
      if (ok !== true) notOpened();
    }, notOpened);
  });
}
