import { browser } from 'wxt/browser';
import type { GuidanceItem } from '@/utils/guidance-types';
import { NUDGE_ACTION_MESSAGE, request } from '@/utils/messages';
import { useT } from './i18n-context';

/**
 * The backup-method reminder in the popup (data-item="backup-method-nudge"): a strong hint, not
 * a verdict. "Add a method now" opens Security info in a new tab; every answer goes to the
 * background, which keeps the reminder's flag and dates.
 */
export function BackupNudge({ item, onDone }: { item: GuidanceItem; onDone(): void }) {
  const t = useT();
  const link = item.actions.find((a) => a.kind === 'open-link');
  const send = (action: 'add' | 'snooze' | 'dismiss') => {
    void browser.runtime.sendMessage(request(NUDGE_ACTION_MESSAGE, { action })).catch(() => {});
    onDone();
  };
  return (
    <section class="ss-top ss-nudge" aria-labelledby="ss-item-backup-method-nudge" data-item="backup-method-nudge">
      <h2 id="ss-item-backup-method-nudge" class="ss-top-title">
        {t(item.titleKey, { ns: 'guidance' })}
      </h2>
      {item.bodyKeys.map((key) => (
        <p key={key} class="ss-body">
          {t(key, { ns: 'guidance' })}
        </p>
      ))}
      <div class="ss-actions">
        {link && link.kind === 'open-link' && (
          <a
            class="ss-button ss-primary ss-link"
            href={link.url}
            target="_blank"
            rel="noopener noreferrer"
            data-action="nudge-add"
            onClick={() => send('add')}
          >
            {t(link.labelKey, { ns: 'guidance' })}
          </a>
        )}
        <button type="button" class="ss-button" data-action="nudge-snooze" onClick={() => send('snooze')}>
          {t('backup-method-nudge.later', { ns: 'guidance' })}
        </button>
        <button type="button" class="ss-button" data-action="nudge-dismiss" onClick={() => send('dismiss')}>
          {t('backup-method-nudge.dismiss', { ns: 'guidance' })}
        </button>
      </div>
    </section>
  );
}
