import { browser } from 'wxt/browser';
import type { Detection, SignInState } from '@/utils/detection-types';
import type { SecondStepConfig } from '@/utils/config-types';
import {
  NUDGE_STORAGE_KEY,
  applyNudgeAction,
  armNudge,
  nextEvidence,
  nudgeVisible,
  outcomeAtKmsi,
  parseNudgeRecord,
  type MethodEvidence,
  type NudgeAction,
  type NudgeRecord,
} from '@/utils/nudge/backup-nudge';

/**
 * The backup-method reminder's storage: per-tab evidence in storage.session (counts and
 * booleans, gone with the tab or the browser session), the reminder itself in storage.local
 * (flags and dates only, so it survives a restart). Nothing from the page but the detection.
 */
const evidenceKey = (tabId: number) => `nudgeEvidence:${tabId}`;

export async function readNudge(): Promise<NudgeRecord | null> {
  const all = await browser.storage.local.get(NUDGE_STORAGE_KEY);
  return parseNudgeRecord(all[NUDGE_STORAGE_KEY]);
}

export const nudgeEnabled = (config: SecondStepConfig): boolean =>
  config.nudgeBackupMethod !== false && !(config.hiddenTopics ?? []).includes('backup-method');

/**
 * Records this detection's evidence; on "Stay signed in?" arms or clears the reminder. Returns
 * true when the reminder should now appear in the page (the chip on KMSI).
 */
export async function nudgeAfterDetection(
  tabId: number,
  detection: Detection,
  historyBefore: readonly SignInState[],
  config: SecondStepConfig,
): Promise<boolean> {
  const key = evidenceKey(tabId);
  const prev = (await browser.storage.session.get(key))[key] as MethodEvidence | undefined;
  if (detection.state === 'not-mfa-kmsi') {
    const outcome = outcomeAtKmsi(prev);
    if (prev) await browser.storage.session.remove(key);
    if (outcome === 'clear') await browser.storage.local.remove(NUDGE_STORAGE_KEY);
    let rec = await readNudge();
    if (outcome === 'arm' && nudgeEnabled(config)) {
      rec = armNudge(rec, detection.account === 'personal', Date.now());
      await browser.storage.local.set({ [NUDGE_STORAGE_KEY]: rec });
    }
    return config.showInPagePanel && nudgeVisible(rec, nudgeEnabled(config), Date.now());
  }
  const next = nextEvidence(prev, detection, historyBefore);
  if (next.several && !prev?.several) await browser.storage.local.remove(NUDGE_STORAGE_KEY);
  if (!prev || prev.one !== next.one || prev.several !== next.several) await browser.storage.session.set({ [key]: next });
  return false;
}

export async function onNudgeAction(action: NudgeAction, config: SecondStepConfig): Promise<boolean> {
  const next = applyNudgeAction(await readNudge(), action, Date.now(), config.backupNudgeSnoozeDays);
  if (!next) return false;
  await browser.storage.local.set({ [NUDGE_STORAGE_KEY]: next });
  return true;
}

export async function forgetNudgeEvidence(tabId: number): Promise<void> {
  await browser.storage.session.remove(evidenceKey(tabId));
}
