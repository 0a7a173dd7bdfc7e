import { browser } from 'wxt/browser';
import type { SecondStepConfig } from '@/utils/config-types';
import type { GuidanceItem } from '@/utils/guidance-types';
import { NUDGE_STORAGE_KEY, nudgeVisible, parseNudgeRecord } from '@/utils/nudge/backup-nudge';
import { backupMethodNudge } from '@/utils/guidance/recovery';

/** The backup-method reminder to show in the popup now, or null (off, hidden, snoozed, answered, never armed). */
export async function readNudgeItem(config: SecondStepConfig): Promise<GuidanceItem | null> {
  const enabled = config.nudgeBackupMethod !== false && !(config.hiddenTopics ?? []).includes('backup-method');
  if (!enabled) return null;
  const rec = parseNudgeRecord((await browser.storage.local.get(NUDGE_STORAGE_KEY))[NUDGE_STORAGE_KEY]);
  return rec && nudgeVisible(rec, enabled, Date.now()) ? backupMethodNudge(rec.personal, config.securityInfoUrl) : null;
}

export function watchNudge(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && NUDGE_STORAGE_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
