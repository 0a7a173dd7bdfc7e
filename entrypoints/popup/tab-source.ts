import { browser } from 'wxt/browser';
import type { Detection } from '@/utils/detection-types';
import type { TabStats } from '@/utils/guidance-types';
import { isSignInPageUrl } from '@/utils/hosts';
import { readTabRecord as readRecord } from '@/utils/platform/tab-records';

export interface TabView {
  tabId: number | null;
  detection: Detection | null;
  stats: TabStats | null;
}

/** `popup.html?tab=<id>` shows that tab (tests, and "open in a tab"); else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Where the tab is now: 'sign-in' (an https page on an allowlisted host), 'elsewhere', or
 * 'unknown' (the tab is gone). The extension sees a tab's URL only on its own hosts, so a tab
 * whose URL is hidden is, by construction, not on a sign-in page (http://, lookalikes, any site).
 */
async function tabPlace(tabId: number): Promise<'sign-in' | 'elsewhere' | 'unknown'> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return 'unknown';
  }
  return isSignInPageUrl(url) ? 'sign-in' : 'elsewhere';
}

export async function readTabView(tabId: number | null): Promise<TabView> {
  if (tabId === null) return { tabId, detection: null, stats: null };
  const place = await tabPlace(tabId);
  // The background keeps a tab's record until the tab closes: after the tab has left the
  // sign-in pages, that record describes an earlier page, not this one.
  if (place === 'elsewhere') return { tabId, detection: null, stats: null };
  let record = await readRecord(tabId);
  if (!record && place === 'sign-in') {
    for (let i = 0; i < 30 && !record; i++) {
      await new Promise((r) => setTimeout(r, 100));
      record = await readRecord(tabId);
    }
  }
  return { tabId, detection: record?.detection ?? null, stats: record?.stats ?? null };
}
