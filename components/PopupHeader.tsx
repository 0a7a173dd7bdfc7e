import { browser } from 'wxt/browser';
import type { Detection } from '@/utils/detection-types';
import { useT } from './i18n-context';

/** Product name, what Second Step sees on the tab, and the way to settings. */
export function PopupHeader({
  detection,
  organizationName,
}: {
  detection: Detection | null;
  organizationName: string;
}) {
  const t = useT();
  return (
    <header class="ss-header">
      <div class="ss-brand">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1 class="ss-product">{t('ui:productName')}</h1>
        {organizationName && <span class="ss-org">{t('ui:forOrganization', { organization: organizationName })}</span>}
      </div>
      {detection && detection.state !== 'not-microsoft' && (
        <p class="ss-seen" data-seen-state={detection.state}>
          {t('ui:seenOnPage', { screen: t(`ui:state.${detection.state}`) })}
        </p>
      )}
      <button type="button" class="ss-settings" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('ui:settings')}
      </button>
    </header>
  );
}
