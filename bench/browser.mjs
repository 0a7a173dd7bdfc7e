// Bench launcher: the same Debian Chromium, the same flags as tests/e2e/harness.ts, with or
// without the built extension, against one shared simulator. Both browsers are started once and
// used side by side (ABAB) so machine drift hits both equally.
import puppeteer from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// Same flags as the e2e harness (Node runs the .ts import with type stripping).
import { CHROMIUM_QUIET_ARGS } from '../tests/e2e/harness.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const CHROMIUM_BINARY = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium';
export const EXTENSION_DIR = resolve(ROOT, process.env.SECOND_STEP_EXT ?? '.output-bench/chrome-mv3');

/**
 * `wxt build` into a folder of the bench's own (`outDir`, relative to the project), so no other
 * build can swap files under a running measurement. `env` adds build switches (wxt.config.ts).
 */
export function buildExtension(outDir, env = {}) {
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, SECOND_STEP_OUT_DIR: outDir },
  });
  if (r.status !== 0) throw new Error(`wxt build failed\n${r.stdout}${r.stderr}`);
}

/**
 * @param {{ sim: { chromiumArgs: string[] }, extension: boolean, extraArgs?: string[], extensionDir?: string }} opts
 */
export async function launch({ sim, extension, extraArgs = [], extensionDir = EXTENSION_DIR }) {
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), `second-step-bench-${extension ? 'ext' : 'base'}-`));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_BINARY,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    userDataDir,
    // Same default-arg handling for both browsers: only --load-extension differs.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_QUIET_ARGS,
      ...sim.chromiumArgs,
      ...(extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...extraArgs,
    ],
  });
  let closed = false;
  return {
    browser,
    extension,
    label: extension ? 'with extension' : 'baseline',
    async close() {
      if (closed) return;
      closed = true;
      try {
        await browser.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The extension's service worker (only in the browser launched with it). */
export async function serviceWorker(browser, extensionId) {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 15_000 },
  );
  const w = await target.worker();
  if (!w) throw new Error('extension service worker not available');
  return w;
}

/** Browser tab id of a page, found through the service worker by a unique query marker. */
export async function tabIdOf(browser, extensionId, page) {
  const marker = new URL(page.url()).searchParams.get('bench');
  if (!marker) throw new Error('page has no bench marker');
  const w = await serviceWorker(browser, extensionId);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const id = await w.evaluate(async (m) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url && new URL(t.url).searchParams.get('bench') === m);
      return tab?.id ?? -1;
    }, marker);
    if (id >= 0) return id;
    if (Date.now() > deadline) throw new Error(`no tab for ${page.url()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let markerSeq = 0;
/** Adds a unique `bench` query marker to a URL. */
export function marked(url) {
  const u = new URL(url);
  u.searchParams.set('bench', `${process.pid}-${++markerSeq}`);
  return u.href;
}

/**
 * Watches a page's CDP session for extension isolated worlds. Call before navigating.
 * Returns { session, worlds() -> contexts created so far for the extension origin, latest(frameId?) }.
 */
export async function watchWorlds(page, extensionId) {
  const session = await page.createCDPSession();
  const created = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    created.push(context);
  });
  session.on('Runtime.executionContextsCleared', () => {
    created.push({ cleared: true });
  });
  await session.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  const isExt = (c) => c && !c.cleared && c.auxData?.type === 'isolated' && c.origin === origin;
  return {
    session,
    all: created,
    /** Extension isolated worlds created (over all navigations). */
    worlds: () => created.filter(isExt),
    /** Extension isolated world of the current document (after the last clear), if any. */
    current() {
      let last = -1;
      created.forEach((c, i) => {
        if (c.cleared) last = i;
      });
      const after = created.slice(last + 1).filter(isExt);
      return after[after.length - 1] ?? null;
    },
  };
}
