import { browser } from 'wxt/browser';
import { isSignInPageUrl } from '@/utils/hosts';
import { forgetTab, readTabRecord } from '@/utils/platform/tab-records';
import { clearBadge } from './badge';
import { injectWhereMissing, onTabUpdate } from './detector-injection';
import { HANDLERS } from './handlers';
import { routeMessage } from './router';
import { inTabOrder } from './tab-queue';
import { forgetNudgeEvidence } from './nudge';

export default defineBackground(() => {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw: unknown, sender) => routeMessage(raw, sender, own, HANDLERS));

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetNudgeEvidence(tabId);
  });

  // A tab that leaves the sign-in hosts (signed in, or went elsewhere) must not keep the last
  // screen's record or badge. Its new URL is visible to us only on our own hosts, so a missing
  // URL means "elsewhere". Navigations between sign-in pages keep the record (codes count on).
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    onTabUpdate(tabId, changeInfo.status, tab.url);
    if (changeInfo.status !== 'loading' && changeInfo.url === undefined) return;
    if (isSignInPageUrl(tab.url)) return;
    void inTabOrder(tabId, async () => {
      if (!(await readTabRecord(tabId))) return;
      await forgetTab(tabId);
      await clearBadge(tabId).catch(() => {});
    });
  });

  // After the listeners above exist, so a page that completes meanwhile is heard either way.
  injectWhereMissing(async (tabId) => (await readTabRecord(tabId)) !== undefined);
});
