import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Runs one of our script files in a tab's top frame, in the content scripts' isolated world,
 * at once: the pages we inject into have loaded (or are taking too long to), so there is no
 * need to wait for Chromium's idle point, which in a tab that is not producing frames can be
 * held back indefinitely.
 */
export async function runInTopFrame(tabId: number, file: ScriptPublicPath): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file], injectImmediately: true });
}
