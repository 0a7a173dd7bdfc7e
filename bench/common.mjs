// Shared by the bench's measurements: the pages, the neutral pages, CDP helpers, the isolated-world probe.
import { watchWorlds } from './browser.mjs';

export const ENTRA = 'https://login.microsoftonline.com';
export const PAGES = {
  username: `${ENTRA}/?scenario=username`,
  push: `${ENTRA}/common/login?scenario=push`,
  other: 'https://other.example.org/',
};
/** A same-site page to park a tab on between loads (keeps the renderer process and CDP metrics). */
export const NEUTRAL = {
  username: `${ENTRA}/__sim/health`,
  push: `${ENTRA}/__sim/health`,
  other: 'https://other.example.org/__bench-neutral',
};


export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const NEUTRAL_SETTLE_MS = 150;

export function metricsObject(res) {
  const o = {};
  for (const m of res.metrics) o[m.name] = m.value;
  return o;
}

/** Evaluates `expression` in the extension's isolated world of the page's current document. */
export async function inWorld(watch, expression, awaitPromise = false) {
  const ctx = watch.current();
  if (!ctx) throw new Error('no extension isolated world in this page');
  const r = await watch.session.send('Runtime.evaluate', {
    contextId: ctx.id,
    expression,
    awaitPromise,
    returnByValue: true,
  });
  if (r.exceptionDetails) throw new Error(`isolated-world evaluation failed: ${r.exceptionDetails.text}`);
  return r.result.value;
}

export async function waitForWorldValue(watch, expression, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (watch.current()) {
      const v = await inWorld(watch, expression).catch(() => undefined);
      if (v) return v;
    }
    if (Date.now() > deadline) return undefined;
    await sleep(20);
  }
}

/** The in-page UI runs in the isolated world: the chip (what a two-step screen gets) or the panel. */
export const UI_LOADED = 'globalThis.__secondStepChip === true || globalThis.__secondStepPanel === true';

export const SWITCH_CYCLE = ['sms', 'picker', 'timeout', 'wrong-code', 'push'];

export async function openTab(session, extensionId) {
  const page = await session.browser.newPage();
  const cdp = await page.createCDPSession();
  const watch = await watchWorlds(page, extensionId);
  return { page, cdp, watch };
}

