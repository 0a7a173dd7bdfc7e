import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { signInMatchPatterns } from '@/utils/hosts';
import { useT } from './i18n-context';

/**
 * Firefox (and Chromium's "on click" site access) let the user withdraw the extension's access
 * to the sign-in hosts; then nothing is detected. Say so, and offer to grant it again.
 */
export function HostAccessNotice() {
  const t = useT();
  const [granted, setGranted] = useState(true);
  const origins = signInMatchPatterns();
  useEffect(() => {
    browser.permissions
      .contains({ origins })
      .then(setGranted)
      .catch(() => setGranted(true));
  }, []);
  if (granted) return null;
  return (
    <section class="ss-top ss-access" data-host-access="missing">
      <h2>{t('ui:hostAccessTitle')}</h2>
      <p class="ss-body">{t('ui:hostAccessBody')}</p>
      <button
        type="button"
        class="ss-button ss-primary"
        onClick={() =>
          void browser.permissions
            .request({ origins })
            .then(setGranted)
            .catch(() => {})
        }
      >
        {t('ui:hostAccessGrant')}
      </button>
    </section>
  );
}
