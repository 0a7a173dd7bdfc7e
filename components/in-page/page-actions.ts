import { browser } from 'wxt/browser';
import { HIGHLIGHT_MESSAGE } from '@/utils/messages';
import { highlightOtherWay } from './highlight-other-way';

declare global {
  /** Set by whichever in-page script (chip or panel) answers the popup's actions in this document. */
  // eslint-disable-next-line no-var
  var __secondStepActions: boolean | undefined;
}

/**
 * Answers the popup's "show me the other way" (relayed by the background) in this document.
 * Both in-page scripts call it; only the first registers, so one request gets one answer.
 * Answered synchronously with sendResponse: the native API (no polyfill in the page) does not
 * take a returned promise as the answer in every supported browser version.
 */
export function servePageActions(): void {
  if (globalThis.__secondStepActions) return;
  globalThis.__secondStepActions = true;
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: boolean) => void) => {
    if ((message as { type?: unknown } | null)?.type === HIGHLIGHT_MESSAGE) sendResponse(highlightOtherWay(document));
    return undefined;
  });
}
