import { browser } from 'wxt/browser';
import { detectSignInState } from '@/utils/detect';
import type { Detection } from '@/utils/detection-types';
import { DETECTION_MESSAGE } from '@/utils/messages';

type Listener = (d: Detection) => void;

/** Shared with the lazily injected panel, which runs in this same isolated world. */
export interface LiveDetection {
  current: Detection | null;
  publishCount: number;
  lastPublishedAt: number;
  subscribe(fn: Listener): () => void;
}

declare global {
  // eslint-disable-next-line no-var
  var __secondStep: LiveDetection | undefined;
  /** Set by the panel script once it runs in this isolated world. */
  // eslint-disable-next-line no-var
  var __secondStepPanel: boolean | undefined;
}

// Only attributes that Knockout and the page use to show/hide views; anything else is noise.
const OBSERVED_ATTRIBUTES = ['style', 'class', 'hidden', 'lang', 'aria-hidden', 'disabled'];

export function startLiveDetection(): LiveDetection {
  const listeners = new Set<Listener>();
  const live: LiveDetection = {
    current: null,
    publishCount: 0,
    lastPublishedAt: 0,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  globalThis.__secondStep = live;

  let lastKey = '';
  let stopped = false;
  let frame = 0;

  const run = () => {
    frame = 0;
    let detection: Detection;
    try {
      detection = detectSignInState(document, location.href);
    } catch {
      return; // The detector never throws by contract; this guards the page all the same.
    }
    if (detection.state === 'not-microsoft') {
      // Matched by a pattern but not a sign-in page (e.g. the bare ciamlogin.com): stop watching.
      stopped = true;
      disconnect();
      return;
    }
    const key = JSON.stringify(detection);
    if (key === lastKey) return;
    lastKey = key;
    live.current = detection;
    live.publishCount++;
    live.lastPublishedAt = performance.now();
    browser.runtime
      .sendMessage({ type: DETECTION_MESSAGE, detection, panelLoaded: globalThis.__secondStepPanel === true })
      .catch(() => {});
    for (const fn of listeners) fn(detection);
  };

  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(run);
  };

  const observer = new MutationObserver(schedule);
  const connect = () => {
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
  };
  const disconnect = () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  document.addEventListener('visibilitychange', () => {
    if (stopped) return;
    if (document.hidden) disconnect();
    else {
      connect();
      schedule();
    }
  });

  if (!document.hidden) connect();
  // document_idle may come before the page's load event: do the first detection in the next
  // frame after load, so the extension never holds up the page's own start.
  // A tab loaded in the background gets no animation frames: detect at once there, so the
  // popup (or a test opening popup.html?tab=) has the state without waiting for a focus.
  const first = () => (document.hidden ? run() : schedule());
  if (document.readyState === 'complete') first();
  else addEventListener('load', first, { once: true });
  return live;
}
