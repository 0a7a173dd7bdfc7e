import { browser } from 'wxt/browser';
import { detectSignInState } from '@/utils/detect';
import type { Detection } from '@/utils/detection-types';
import { DETECTION_MESSAGE, request } from '@/utils/messages';
import { inPageUi, type LiveDetection, setLiveDetection } from '@/components/in-page/world';

type Listener = (d: Detection) => void;
type AnswerListener = (answer: unknown) => void;

// Only attributes that Knockout and the page use to show/hide views; anything else is noise.
const OBSERVED_ATTRIBUTES = ['style', 'class', 'hidden', 'lang', 'aria-hidden', 'disabled'];

const isOwnNode = (n: Node): boolean => n.nodeType === 1 && (n as Element).hasAttribute('data-second-step');

/** A mutation of Second Step's own in-page element (the panel's shadow host), not the page's. */
export function isOwnMutation(r: MutationRecord): boolean {
  if (isOwnNode(r.target)) return true;
  if (r.type !== 'childList') return false;
  for (const n of r.addedNodes) if (!isOwnNode(n)) return false;
  for (const n of r.removedNodes) if (!isOwnNode(n)) return false;
  return r.addedNodes.length + r.removedNodes.length > 0;
}

export function startLiveDetection(): LiveDetection {
  const listeners = new Set<Listener>();
  const answerListeners = new Set<AnswerListener>();
  const live: LiveDetection = {
    current: null,
    publishCount: 0,
    lastPublishedAt: 0,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    onAnswer(fn) {
      answerListeners.add(fn);
      return () => answerListeners.delete(fn);
    },
  };
  setLiveDetection(live);

  let lastKey = '';
  let stopped = false;
  let pending = false;
  let frame = 0;

  const run = () => {
    pending = false;
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
    const seq = ++live.publishCount;
    live.lastPublishedAt = performance.now();
    // The chip or the panel, when one runs here, renders from the answer.
    const listening = inPageUi();
    browser.runtime.sendMessage(request(DETECTION_MESSAGE, { detection, inPageUi: listening })).then(
      (answer: unknown) => {
        if (listening === null || seq !== live.publishCount || answer == null) return;
        for (const fn of answerListeners) fn(answer);
      },
      () => {},
    );
    for (const fn of listeners) fn(detection);
  };

  // Detect once per frame, right AFTER the frame's style and layout: a mutation asks for the
  // next animation frame, whose callback posts a task, which runs once the frame is rendered.
  // Reading visibility then costs no style recalculation (in the rAF callback itself it would
  // force the frame's whole recalc early), and the result is still out within that frame.
  // The task is a zero timer, not a MessageChannel: a channel's two ports cost the isolated
  // world ~1 ms to set up before the first detection (bench/README.md, "where the time goes").
  const afterFrame = () => {
    if (pending) run();
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    frame = requestAnimationFrame(() => {
      frame = 0;
      setTimeout(afterFrame, 0);
    });
  };

  const observer = new MutationObserver((records) => {
    // The panel's own host (placement, hidden) changes nothing the detector reads: skip it, or
    // every panel render would cost a detection.
    for (const r of records) if (!isOwnMutation(r)) return schedule();
  });
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
    pending = false;
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
  // Normally injected after load. When the page's load is held back (a slow image, a CDN), the
  // background injects it anyway once the page has been loading for a while: then the document
  // is parsed and the detection need not wait for load either.
  // A tab loaded in the background gets no animation frames: detect at once there, so the
  // popup (or a test opening popup.html?tab=) has the state without waiting for a focus.
  const first = () => (document.hidden ? run() : schedule());
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', first, { once: true });
  else first();
  return live;
}
