import type { Detection, SignInState } from '@/utils/detection-types';
import type { SecondStepConfig } from '@/utils/config-types';
import {
  applyNudgeAction,
  armNudge,
  nextEvidence,
  nudgeVisible,
  outcomeAtKmsi,
  type NudgeAction,
} from '@/utils/nudge/backup-nudge';
import {
  clearNudge,
  forgetEvidence,
  readEvidence,
  readNudge,
  writeEvidence,
  writeNudge,
} from '@/utils/platform/nudge-store';

export { readNudge, forgetEvidence as forgetNudgeEvidence };

export const nudgeEnabled = (config: SecondStepConfig): boolean =>
  config.nudgeBackupMethod !== false && !(config.hiddenTopics ?? []).includes('backup-method');

/**
 * Records this detection's one-method evidence (counts and booleans); on "Stay signed in?" arms
 * or clears the reminder. Returns true when the reminder should now appear in the page (the chip).
 */
export async function nudgeAfterDetection(
  tabId: number,
  detection: Detection,
  historyBefore: readonly SignInState[],
  config: SecondStepConfig,
): Promise<boolean> {
  const prev = await readEvidence(tabId);
  if (detection.state === 'not-mfa-kmsi') {
    const outcome = outcomeAtKmsi(prev);
    if (prev) await forgetEvidence(tabId);
    if (outcome === 'clear') await clearNudge();
    let rec = await readNudge();
    if (outcome === 'arm' && nudgeEnabled(config)) {
      rec = armNudge(rec, detection.account === 'personal', Date.now());
      await writeNudge(rec);
    }
    return config.showInPagePanel && nudgeVisible(rec, nudgeEnabled(config), Date.now());
  }
  const next = nextEvidence(prev, detection, historyBefore);
  // A sign-in that shows two or more methods clears the reminder at once.
  if (next.several && !prev?.several) await clearNudge();
  if (!prev || prev.one !== next.one || prev.several !== next.several) await writeEvidence(tabId, next);
  return false;
}

export async function onNudgeAction(action: NudgeAction, config: SecondStepConfig): Promise<boolean> {
  const next = applyNudgeAction(await readNudge(), action, Date.now(), config.backupNudgeSnoozeDays);
  if (!next) return false;
  await writeNudge(next);
  return true;
}
