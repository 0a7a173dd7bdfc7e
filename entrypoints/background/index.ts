import { browser } from 'wxt/browser';
import { DETECTION_MESSAGE } from '@/utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: any, sender) => {
    if (message?.type !== DETECTION_MESSAGE || !sender.tab?.id) return;
    const tabId = sender.tab.id;
    browser.storage.session.set({ [`tab:${tabId}`]: { detection: message.detection } });
  });
});
