import type { TFunction } from 'i18next';
import type { Detection } from '@/utils/detection-types';
import type { SecondStepConfig } from '@/utils/config-types';
import { nudgeVisible } from '@/utils/nudge/backup-nudge';
import { backupMethodNudge } from '@/utils/guidance/recovery';
import { nudgeEnabled, readNudge } from './nudge';

/** The in-page reminder's strings (translated here, like the chip's), only on "Stay signed in?" when it is due. */
export async function nudgeChipStrings(detection: Detection, config: SecondStepConfig, t: TFunction) {
  if (detection.state !== 'not-mfa-kmsi' || !config.showInPagePanel) return undefined;
  const rec = await readNudge();
  if (!rec || !nudgeVisible(rec, nudgeEnabled(config), Date.now())) return undefined;
  const it = backupMethodNudge(rec.personal, config.securityInfoUrl);
  const link = it.actions[0];
  const g = (k: string) => String(t(k, { ns: 'guidance' }));
  return {
    title: g(it.titleKey),
    body: it.bodyKeys.map(g).join(' '),
    add: g('backup-method-nudge.add'),
    later: g('backup-method-nudge.later'),
    dismiss: g('backup-method-nudge.dismiss'),
    url: link && link.kind === 'open-link' ? link.url : '',
  };
}
