import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

/**
 * An extension update (here: runtime.reload of the unpacked build) orphans the detector in open
 * tabs. A declared content script would stay gone until the user reloads the page; the new
 * background's start-up scan puts a live detector into a fresh isolated world instead.
 */
describe('extension update with a sign-in tab open (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the open tab gets a live detector again, without a page reload, and it follows switches', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en' }));
    await session.waitForState(page, 'approve-push');
    const cdp = await page.createCDPSession();
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith(`chrome-extension://${session.extensionId}`)) worlds.push(context.id);
    });
    await cdp.send('Runtime.enable');
    const before = worlds.length; // Runtime.enable reports the existing world
    const worker = await session.worker();
    // The worker goes away with the reload: do not wait for its answer.
    void worker.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 50)).catch(() => {});
    const inWorld = async (id: number, expression: string) =>
      (await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true })).result.value;
    const deadline = Date.now() + 10_000;
    while (worlds.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(worlds.length).toBe(before + 1);
    const fresh = worlds[worlds.length - 1]!;
    for (let i = 0; i < 50 && !(await inWorld(fresh, 'globalThis.__secondStep?.publishCount > 0')); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await inWorld(fresh, 'Boolean(chrome.runtime?.id)')).toBe(true);
    expect(await inWorld(fresh, 'globalThis.__secondStep.current.state')).toBe('approve-push');
    await page.evaluate(() => (window as any).__simulator.go('sms'));
    for (
      let i = 0;
      i < 50 && (await inWorld(fresh, 'globalThis.__secondStep.current.state')) !== 'enter-code-sms';
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await inWorld(fresh, 'globalThis.__secondStep.current.state')).toBe('enter-code-sms');
  });
});
