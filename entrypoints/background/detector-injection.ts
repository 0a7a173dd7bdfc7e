import { browser } from 'wxt/browser';
import { isSignInPageUrl } from '@/utils/hosts';
import { runInTopFrame } from './top-frame-script';

/**
 * Puts the detector (signin.js) into a sign-in tab's top frame once its page has loaded.
 *
 * Why not a manifest content script: Chromium holds a page's load event until every declared
 * content script has run, and even an empty one moves `load` by 6–9 ms on the sign-in page
 * (`node bench/injection-modes.mjs`, bench/injection-modes.txt). Injected when the tab reports `complete`, the
 * detector runs after load by construction and the page's own start is untouched. The script
 * guards itself, so a second `complete` for the same document (same-document navigation, a
 * back/forward-cache restore) is a no-op.
 */
export function injectDetector(tabId: number): Promise<void> {
  // A rejection means the page went away, is an error page, or host access is withheld: nothing to do.
  return runInTopFrame(tabId, '/signin.js').catch(() => undefined);
}

/** How long a sign-in page may take to load before the detector goes in without waiting for it. */
export const SLOW_LOAD_MS = 2000;
const slowLoadTimers = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * Called for every tab update. At `complete`, the detector goes in. A sign-in page still loading
 * after SLOW_LOAD_MS (an image or a CDN that does not answer) gets it then: the guidance must not
 * wait for a load event that may never come. The detector itself waits for the document to be
 * parsed; a later `complete` finds it running.
 */
export function onTabUpdate(tabId: number, status: string | undefined, url: string | undefined): void {
  if (status === 'loading' || status === 'complete') {
    clearTimeout(slowLoadTimers.get(tabId));
    slowLoadTimers.delete(tabId);
  }
  if (!isSignInPageUrl(url)) return;
  if (status === 'complete') void injectDetector(tabId);
  else if (status === 'loading') {
    slowLoadTimers.set(
      tabId,
      setTimeout(() => {
        slowLoadTimers.delete(tabId);
        void browser.tabs.get(tabId).then(
          (tab) => {
            if (tab.status === 'loading' && isSignInPageUrl(tab.url)) void injectDetector(tabId);
          },
          () => {},
        );
      }, SLOW_LOAD_MS),
    );
  }
}

interface TabLike {
  id?: number;
  url?: string;
}

/**
 * Which of these (loaded) tabs need the detector: on a sign-in page (by URL: visible to us only
 * on our hosts), without a record (a tab that published a detection runs the detector), and not
 * already given one by this background since it started.
 */
export async function tabsMissingDetector(
  tabs: readonly TabLike[],
  hasRecord: (tabId: number) => Promise<boolean>,
  alreadyInjected: ReadonlySet<number>,
): Promise<number[]> {
  const out: number[] = [];
  for (const t of tabs) {
    if (t.id === undefined || alreadyInjected.has(t.id) || !isSignInPageUrl(t.url)) continue;
    if (!(await hasRecord(t.id).catch(() => false))) out.push(t.id);
  }
  return out;
}

/**
 * Sign-in tabs that finished loading while this background could not hear about it: the first
 * start after install (a force-install at the first browser start races the user's first
 * sign-in), a browser restart, or a `complete` that Chromium fired while the worker's listeners
 * were still being registered (seen in tests: lost). Looks at every background start and three
 * times more shortly after; each tab gets at most one such injection per background start, and
 * a tab that already published a detection is left alone, so a warm browser pays nothing.
 */
export function injectWhereMissing(hasRecord: (tabId: number) => Promise<boolean>, laterMs = [250, 1000, 3000]): void {
  const injected = new Set<number>();
  const scan = async () => {
    const tabs = await browser.tabs.query({ status: 'complete' }).catch(() => []);
    for (const id of await tabsMissingDetector(tabs, hasRecord, injected)) {
      injected.add(id);
      void injectDetector(id);
    }
  };
  void scan();
  for (const ms of laterMs) setTimeout(() => void scan(), ms);
}
