import { browser } from 'wxt/browser';
import type { Detection } from '../detection-types';
import type { TabStats } from '../guidance-types';
import { nextTabStats } from '../tab-stats';

/** What the background keeps per tab in session storage (cleared when the browser closes). */
export interface TabRecord {
  detection: Detection;
  stats: TabStats;
  updatedAt: number;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function readTabRecord(tabId: number): Promise<TabRecord | undefined> {
  const key = keyOf(tabId);
  const all = await browser.storage.session.get(key);
  return all[key] as TabRecord | undefined;
}

export async function recordDetection(tabId: number, detection: Detection, now = Date.now()): Promise<TabRecord> {
  const prev = await readTabRecord(tabId);
  const record: TabRecord = { detection, stats: nextTabStats(prev?.stats, detection, now), updatedAt: now };
  await browser.storage.session.set({ [keyOf(tabId)]: record });
  return record;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
