import { browser } from 'wxt/browser';
import type { Detection } from '@/utils/detection-types';
import type { TabStats } from '@/utils/guidance-types';
import { isSignInHost } from '@/utils/hosts';

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

async function readRecord(tabId: number): Promise<{ detection: Detection; stats: TabStats } | undefined> {
  const key = `tab:${tabId}`;
  const all = await browser.storage.session.get(key);
  return all[key] as { detection: Detection; stats: TabStats } | undefined;
}

/** A tab on a sign-in host whose first detection has not arrived yet (the popup opened early). */
async function awaitingFirstDetection(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return Boolean(tab.url && isSignInHost(new URL(tab.url).hostname));
  } catch {
    return false;
  }
}

export async function readTabView(tabId: number | null): Promise<TabView> {
  if (tabId === null) return { tabId, detection: null, stats: null };
  let record = await readRecord(tabId);
  if (!record && (await awaitingFirstDetection(tabId))) {
    for (let i = 0; i < 30 && !record; i++) {
      await new Promise((r) => setTimeout(r, 100));
      record = await readRecord(tabId);
    }
  }
  return { tabId, detection: record?.detection ?? null, stats: record?.stats ?? null };
}

export function watchTab(tabId: number, onChange: () => void): () => void {
  const key = `tab:${tabId}`;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
