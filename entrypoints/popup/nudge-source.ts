import type { SecondStepConfig } from '@/utils/config-types';
import type { GuidanceItem } from '@/utils/guidance-types';
import { nudgeVisible } from '@/utils/nudge/backup-nudge';
import { backupMethodNudge } from '@/utils/guidance/recovery';
import { readNudge } from '@/utils/platform/nudge-store';

export { watchNudge } from '@/utils/platform/nudge-store';

/** The backup-method reminder to show in the popup now, or null (off, hidden, snoozed, answered, never armed). */
export async function readNudgeItem(config: SecondStepConfig): Promise<GuidanceItem | null> {
  const enabled = config.nudgeBackupMethod !== false && !(config.hiddenTopics ?? []).includes('backup-method');
  if (!enabled) return null;
  const rec = await readNudge();
  return rec && nudgeVisible(rec, enabled, Date.now()) ? backupMethodNudge(rec.personal, config.securityInfoUrl) : null;
}
