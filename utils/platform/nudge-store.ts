import { browser } from 'wxt/browser';
import { BACKUP_NUDGE_KEY, nudgeEvidenceKey } from '../storage';
import { parseNudgeRecord, type MethodEvidence, type NudgeRecord } from '../nudge/backup-nudge';

/**
 * The backup-method reminder's storage: the reminder in storage.local (a flag and dates, so it
 * survives a restart), each tab's evidence in storage.session (counts and booleans, gone with
 * the browser session). Nothing from the page but what the detection counted.
 */
export async function readNudge(): Promise<NudgeRecord | null> {
  return parseNudgeRecord((await browser.storage.local.get(BACKUP_NUDGE_KEY))[BACKUP_NUDGE_KEY]);
}

export async function writeNudge(rec: NudgeRecord): Promise<void> {
  const { due, personal, since, snoozedUntil, quietUntil } = rec; // exactly these fields
  await browser.storage.local.set({ [BACKUP_NUDGE_KEY]: { due, personal, since, snoozedUntil, quietUntil } });
}

export async function clearNudge(): Promise<void> {
  await browser.storage.local.remove(BACKUP_NUDGE_KEY);
}

export function watchNudge(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && BACKUP_NUDGE_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function readEvidence(tabId: number): Promise<MethodEvidence | undefined> {
  const key = nudgeEvidenceKey(tabId);
  return (await browser.storage.session.get(key))[key] as MethodEvidence | undefined;
}

export async function writeEvidence(tabId: number, e: MethodEvidence): Promise<void> {
  await browser.storage.session.set({ [nudgeEvidenceKey(tabId)]: { one: e.one, several: e.several } });
}

export async function forgetEvidence(tabId: number): Promise<void> {
  await browser.storage.session.remove(nudgeEvidenceKey(tabId));
}
