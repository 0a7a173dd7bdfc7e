// Measurements of single pages: bundle sizes, isolated worlds and scripts per page, switch ->
// published latency, page loads (short settle window). Plain JSON out; run.mjs reports it.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, constants as zc } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR, marked, watchWorlds } from './browser.mjs';
import { median, medianDiffCI, summary } from './stats.mjs';
import { NEUTRAL, NEUTRAL_SETTLE_MS, PAGES, SWITCH_CYCLE, UI_LOADED, inWorld, metricsObject, openTab, sleep, waitForWorldValue } from './common.mjs';

// ------------------------------------------------------------------ 1. bundle sizes
export function sizes() {
  // The detector and the chip are plain scripts at the root (injected by the background); the
  // full panel and any other content scripts live in content-scripts/.
  const paths = ['signin.js', 'chip.js', ...readdirSync(join(EXTENSION_DIR, 'content-scripts')).map((f) => `content-scripts/${f}`)];
  const files = {};
  for (const p of paths) {
    const f = p.split('/').pop();
    const buf = readFileSync(join(EXTENSION_DIR, p));
    files[f] = {
      bytes: buf.length,
      gzip: gzipSync(buf).length, // zlib default level 6, as `gzip` does by default
      gzip9: gzipSync(buf, { level: zc.Z_BEST_COMPRESSION }).length,
      path: p,
    };
  }
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const declared = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  return { files, declaredContentScripts: declared, manifestMatches: manifest.content_scripts?.[0]?.matches ?? [] };
}

// ------------------------------------------------------------------ 2. isolated worlds + scripts per page
/**
 * Loads each page in a fresh tab with CDP Runtime + Debugger enabled and records every
 * extension isolated world (Runtime.executionContextCreated, auxData.type 'isolated', origin
 * chrome-extension://<id>) and every extension script parsed (Debugger.scriptParsed).
 */
export async function worldsAndScripts(session, extensionId, { dwellMs = 1500 } = {}) {
  const out = {};
  for (const [name, url] of Object.entries(PAGES)) {
    const page = await session.browser.newPage();
    try {
      const watch = await watchWorlds(page, extensionId);
      const scripts = [];
      watch.session.on('Debugger.scriptParsed', (e) => {
        if (e.url && e.url.startsWith('chrome-extension://')) scripts.push({ url: e.url, contextId: e.executionContextId, length: e.length });
      });
      await watch.session.send('Debugger.enable');
      await page.goto(marked(url), { waitUntil: 'load' });
      if (name === 'push' && session.extension) {
        // The chip is injected by the background after the two-step screen is published.
        const deadline = Date.now() + 5000;
        while (!scripts.some((s) => s.url.endsWith('/chip.js')) && Date.now() < deadline) await sleep(20);
        await sleep(300);
      } else {
        await sleep(dwellMs);
      }
      // A view switch on the username page must not pull the panel in either.
      if (name === 'username') {
        await page.evaluate(() => window.__simulator.go('password'));
        await sleep(500);
      }
      const worlds = watch.worlds();
      const allIsolated = watch.all.filter((c) => !c.cleared && c.auxData?.type === 'isolated');
      out[name] = {
        url,
        extensionWorlds: worlds.length,
        extensionWorldNames: worlds.map((w) => w.name),
        otherIsolatedWorlds: allIsolated.filter((c) => !c.origin.startsWith('chrome-extension://')).map((c) => c.name),
        extensionScripts: scripts.map((s) => s.url.replace(/^chrome-extension:\/\/[^/]+/, '')),
        extensionScriptBytes: scripts.reduce((a, s) => a + (s.length ?? 0), 0),
      };
      await watch.session.detach().catch(() => {});
    } finally {
      await page.close();
    }
  }
  return out;
}

// ------------------------------------------------------------------ 3. switch -> published latency

/** Interval between animation frames as the page sees them. */
async function rafIntervals(page, n = 60) {
  return page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const ts = [];
        const step = (t) => {
          ts.push(t);
          if (ts.length <= count) requestAnimationFrame(step);
          else resolve(ts.slice(1).map((x, i) => x - ts[i]));
        };
        requestAnimationFrame(step);
      }),
    n,
  );
}

export async function switchLatency({ ext, base }, extensionId, { switches = 200, warmup = 10 } = {}) {
  // With the extension: switch in the page world, read publishCount / lastPublishedAt in the isolated world.
  const page = await ext.browser.newPage();
  const watch = await watchWorlds(page, extensionId);
  await page.goto(marked(PAGES.push), { waitUntil: 'load' });
  await waitForWorldValue(watch, UI_LOADED, 8000);
  await sleep(200);
  let count = await inWorld(watch, 'globalThis.__secondStep.publishCount');
  const lat = [];
  const frameIdx = [];
  const states = [];
  let missed = 0;
  for (let i = 0; i < switches + warmup; i++) {
    const view = SWITCH_CYCLE[i % SWITCH_CYCLE.length];
    // Page world: time just before the switch, and the times of the first two animation frames
    // after it (the page's rAF is queued before the content script's, in the same frame).
    const t0 = await page.evaluate((v) => {
      const t = performance.now();
      window.__simulator.go(v);
      const frames = (window.__benchFrames = []);
      requestAnimationFrame(() => {
        frames.push(performance.now());
        requestAnimationFrame(() => frames.push(performance.now()));
      });
      return t;
    }, view);
    const want = count + 1;
    const r = await inWorld(
      watch,
      `new Promise((resolve) => {
        const s = globalThis.__secondStep;
        const done = () => resolve({ n: s.publishCount, at: s.lastPublishedAt, state: s.current && s.current.state });
        if (s.publishCount >= ${want}) return done();
        const off = s.subscribe(() => { off(); done(); });
        setTimeout(done, 500);
      })`,
      true,
    );
    if (r.n < want) {
      missed++;
      continue;
    }
    count = r.n;
    const frames = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const check = () => (window.__benchFrames.length >= 2 ? resolve(window.__benchFrames) : setTimeout(check, 5));
          check();
        }),
    );
    if (i >= warmup) {
      lat.push(r.at - t0);
      // 1 = published during the first frame after the switch (before the second frame began).
      frameIdx.push(r.at < frames[0] ? 0 : r.at < frames[1] ? 1 : 2);
      states.push(`${view}:${r.state}`);
    }
  }
  const extRaf = await rafIntervals(page);
  await watch.session.detach().catch(() => {});
  await page.close();

  // Baseline: the same switch in the browser without the extension; time to the page's next frame.
  const bpage = await base.browser.newPage();
  await bpage.goto(marked(PAGES.push), { waitUntil: 'load' });
  const nextFrame = [];
  for (let i = 0; i < switches + warmup; i++) {
    const view = SWITCH_CYCLE[i % SWITCH_CYCLE.length];
    const d = await bpage.evaluate(
      (v) =>
        new Promise((resolve) => {
          const t = performance.now();
          window.__simulator.go(v);
          requestAnimationFrame(() => resolve(performance.now() - t));
        }),
      view,
    );
    if (i >= warmup) nextFrame.push(d);
  }
  const baseRaf = await rafIntervals(bpage);
  await bpage.close();

  const frame = median(extRaf);
  const s = summary(lat);
  const distinctStates = [...new Set(states)];
  return {
    switches: lat.length,
    missedPublishes: missed,
    viewsCycled: SWITCH_CYCLE,
    publishedStates: distinctStates,
    latencyMs: s,
    latencyFrames: { p50: s.median / frame, p95: s.p95 / frame, frameMs: frame },
    latencyFrames16_7: { p50: s.median / 16.7, p95: s.p95 / 16.7 },
    publishedInFrame: {
      first: frameIdx.filter((x) => x <= 1).length,
      later: frameIdx.filter((x) => x > 1).length,
      p95: summary(frameIdx).p95,
    },
    rafIntervalMs: { ext: summary(extRaf), base: summary(baseRaf) },
    baselineSwitchToNextFrameMs: summary(nextFrame),
    raw: { latencyMs: lat, frameOfPublish: frameIdx, baselineNextFrameMs: nextFrame },
  };
}

// ------------------------------------------------------------------ 4. page loads
async function loadOnce(tab, kind, settleMs) {
  const { page, cdp, watch } = tab;
  await cdp.send('Performance.disable');
  await page.goto(NEUTRAL[kind], { waitUntil: 'load' });
  // The neutral page is on the sign-in host too: let whatever the extension does for it (the
  // detector is injected after its load) finish, so it is not counted against the next page.
  await sleep(NEUTRAL_SETTLE_MS);
  const worldsBefore = watch ? watch.worlds().length : 0;
  await cdp.send('Performance.enable');
  await page.goto(marked(PAGES[kind]), { waitUntil: 'load' });
  await sleep(settleMs);
  const m = metricsObject(await cdp.send('Performance.getMetrics'));
  const nav = await page.evaluate(() => {
    const e = performance.getEntriesByType('navigation')[0];
    return { dcl: e.domContentLoadedEventEnd - e.startTime, load: e.loadEventEnd - e.startTime };
  });
  return {
    dcl: nav.dcl,
    load: nav.load,
    scriptMs: m.ScriptDuration * 1000,
    taskMs: m.TaskDuration * 1000,
    // CPU time of the renderer's main thread (not wall): insensitive to being descheduled.
    threadMs: (m.ThreadTime ?? NaN) * 1000,
    layoutMs: m.LayoutDuration * 1000,
    styleMs: m.RecalcStyleDuration * 1000,
    compileMs: (m.V8CompileDuration ?? 0) * 1000,
    heapUsed: m.JSHeapUsedSize,
    extensionWorlds: watch ? watch.worlds().length - worldsBefore : 0,
  };
}

export async function pageLoads({ ext, base }, extensionId, { loads = 20, settleMs = 400, kinds = ['username', 'push', 'other'] } = {}) {
  const out = {};
  for (const kind of kinds) {
    const tabs = { ext: await openTab(ext, extensionId), base: await openTab(base, extensionId) };
    // One unmeasured load each: the first load of a browser pays for cold caches and (with the
    // extension) the service worker's start.
    await loadOnce(tabs.ext, kind, settleMs);
    await loadOnce(tabs.base, kind, settleMs);
    const runs = { ext: [], base: [] };
    for (let i = 0; i < loads; i++) {
      const order = i % 2 ? ['ext', 'base'] : ['base', 'ext']; // ABBA... interleaving
      for (const who of order) runs[who].push(await loadOnce(tabs[who], kind, settleMs));
    }
    for (const t of Object.values(tabs)) await t.page.close();
    const fields = ['dcl', 'load', 'scriptMs', 'taskMs', 'threadMs', 'layoutMs', 'styleMs', 'compileMs', 'heapUsed'];
    const sum = {};
    for (const f of fields) {
      const a = runs.ext.map((r) => r[f]);
      const b = runs.base.map((r) => r[f]);
      sum[f] = { ext: summary(a), base: summary(b), diff: medianDiffCI(a, b) };
    }
    out[kind] = {
      url: PAGES[kind],
      loads,
      settleMs,
      summary: sum,
      extensionWorldsPerLoad: summary(runs.ext.map((r) => r.extensionWorlds)),
      extensionWorldsTotal: runs.ext.reduce((a, r) => a + r.extensionWorlds, 0),
      raw: runs,
    };
  }
  return out;
}

