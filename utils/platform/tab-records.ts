import { browser } from 'wxt/browser';
import type { Detection } from '../detection-types';
import { type TabRecord, tabRecordKey } from '../storage';
import { nextTabStats } from '../tab-stats';

export type { TabRecord };

/** Written by the background only; the popup reads and watches it. */
export async function readTabRecord(tabId: number): Promise<TabRecord | undefined> {
  const key = tabRecordKey(tabId);
  const all = await browser.storage.session.get(key);
  return all[key] as TabRecord | undefined;
}

export async function recordDetection(tabId: number, detection: Detection, now = Date.now()): Promise<TabRecord> {
  const prev = await readTabRecord(tabId);
  const record: TabRecord = { detection, stats: nextTabStats(prev?.stats, detection, now), updatedAt: now };
  await browser.storage.session.set({ [tabRecordKey(tabId)]: record });
  return record;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabRecordKey(tabId));
}

/** Calls onChange whenever the background rewrites (or forgets) the tab's record. */
export function watchTabRecord(tabId: number, onChange: () => void): () => void {
  const key = tabRecordKey(tabId);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
