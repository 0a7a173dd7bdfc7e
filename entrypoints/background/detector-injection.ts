import { browser } from 'wxt/browser';
import { isSignInPageUrl } from '@/utils/hosts';

/**
 * Puts the detector (signin.js) into a sign-in tab's top frame once its page has loaded.
 *
 * Why not a manifest content script: Chromium holds a page's load event until every declared
 * content script has run, and even an empty one at document_idle moves `load` by ~10 ms on the
 * sign-in page (bench: "load-event control"). Injected when the tab reports `complete`, the
 * detector runs after load by construction and the page's own start is untouched. The script
 * guards itself, so a second `complete` for the same document (same-document navigation, a
 * back/forward-cache restore) is a no-op.
 */
export function injectDetector(tabId: number): Promise<void> {
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: ['/signin.js'], injectImmediately: true })
    .then(
      () => undefined,
      () => undefined, // The page went away, an error page, or host access withheld: nothing to do.
    );
}

/**
 * Sign-in tabs that finished loading while this background could not hear about it: the first
 * start after install (a force-install at the first browser start races the user's first
 * sign-in), a browser restart, or a `complete` that Chromium fired while the worker's listeners
 * were still being registered (seen in tests: lost). Looks at every background start and twice
 * more shortly after; a tab that already published a detection (has a record) runs the
 * detector and is left alone, so a warm browser pays nothing.
 */
export function injectWhereMissing(hasRecord: (tabId: number) => Promise<boolean>, laterMs = [250, 1000, 3000]): void {
  const scan = async () => {
    const tabs = await browser.tabs.query({ status: 'complete' }).catch(() => []);
    for (const t of tabs) {
      if (t.id === undefined || !isSignInPageUrl(t.url)) continue;
      if (!(await hasRecord(t.id).catch(() => false))) void injectDetector(t.id);
    }
  };
  void scan();
  for (const ms of laterMs) setTimeout(() => void scan(), ms);
}
