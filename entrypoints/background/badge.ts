import { browser } from 'wxt/browser';
import { needsHelp, type Detection } from '@/utils/detection-types';
import type { Translate } from '@/utils/i18n';

/** A badge on the toolbar icon while the tab shows a two-step screen where help exists. */
export async function updateBadge(tabId: number, detection: Detection, t: Translate): Promise<void> {
  const help = needsHelp(detection);
  const noOtherWay = help && !detection.signInAnotherWay && detection.state !== 'verify-identity-method-picker';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: help ? (noOtherWay ? '!' : '?') : '' }),
    help
      ? browser.action.setBadgeBackgroundColor({ tabId, color: noOtherWay ? '#a4262c' : '#0f6cbd' })
      : Promise.resolve(),
    browser.action.setTitle({
      tabId,
      title: help ? t('ui:badgeTitleHelp') : t('ui:badgeTitleIdle'),
    }),
  ]);
}

/** Back to the toolbar's default look for this tab. */
export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage('extName') || 'Second Step' }),
  ]);
}
