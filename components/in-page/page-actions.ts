import { browser } from 'wxt/browser';
import { HIGHLIGHT_MESSAGE } from '@/utils/messages';
import { highlightOtherWay } from './highlight-other-way';
import { claimPageActions } from './world';

/**
 * Answers the popup's "show me the other way" (relayed by the background) in this document.
 * Both in-page scripts call it; only the first registers, so one request gets one answer.
 * Answered synchronously with sendResponse: the native API (no polyfill in the page) does not
 * take a returned promise as the answer in every supported browser version.
 */
export function servePageActions(): void {
  if (!claimPageActions()) return;
  browser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (answer: boolean) => void) => {
      if ((message as { type?: unknown } | null)?.type === HIGHLIGHT_MESSAGE) sendResponse(highlightOtherWay(document));
      return undefined;
    },
  );
}
