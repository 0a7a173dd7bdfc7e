// The bench's measurements. Each function takes the two browsers ({ext, base}: see browser.mjs)
// and returns plain JSON (raw samples + summaries); run.mjs turns them into the report.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, constants as zc } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR, marked, serviceWorker, tabIdOf, watchWorlds } from './browser.mjs';
import { median, medianDiffCI, summary } from './stats.mjs';

export const ENTRA = 'https://login.microsoftonline.com';
export const PAGES = {
  username: `${ENTRA}/?scenario=username`,
  push: `${ENTRA}/common/login?scenario=push`,
  other: 'https://other.example.org/',
};
/** A same-site page to park a tab on between loads (keeps the renderer process and CDP metrics). */
const NEUTRAL = {
  username: `${ENTRA}/__sim/health`,
  push: `${ENTRA}/__sim/health`,
  other: 'https://other.example.org/__bench-neutral',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const NEUTRAL_SETTLE_MS = 150;

function metricsObject(res) {
  const o = {};
  for (const m of res.metrics) o[m.name] = m.value;
  return o;
}

/** Evaluates `expression` in the extension's isolated world of the page's current document. */
async function inWorld(watch, expression, awaitPromise = false) {
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
const UI_LOADED = 'globalThis.__secondStepChip === true || globalThis.__secondStepPanel === true';

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
const SWITCH_CYCLE = ['sms', 'picker', 'timeout', 'wrong-code', 'push'];

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

export async function openTab(session, extensionId) {
  const page = await session.browser.newPage();
  const cdp = await page.createCDPSession();
  const watch = await watchWorlds(page, extensionId);
  return { page, cdp, watch };
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

// ------------------------------------------------------------------ 5. whole sign-in flow
export const FLOW = [
  { nav: `${ENTRA}/?scenario=username` },
  { go: 'password' },
  { nav: `${ENTRA}/common/login?scenario=push` },
  { go: 'timeout' },
  { go: 'picker' },
  { go: 'sms' },
  { go: 'wrong-code' },
  { nav: `${ENTRA}/__sim/signed-in` },
];
const PANEL_WAIT_MS = 600;
export const FLOW_DESCRIPTION =
  'username → password (in place) → push (navigation to ConvergedTFA) → timeout → picker → SMS → wrong code (in place) → signed-in page (navigation)';

function procCpuMs(rootPid) {
  // utime+stime of the browser process and all its descendants, from /proc (clock ticks = 100/s).
  const stats = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
      stats.push({ pid: Number(d), ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) });
    } catch {
      /* process ended */
    }
  }
  const kids = new Map();
  for (const p of stats) kids.set(p.ppid, [...(kids.get(p.ppid) ?? []), p]);
  let total = 0;
  const walk = (pid) => {
    for (const c of kids.get(pid) ?? []) {
      total += c.ticks;
      walk(c.pid);
    }
  };
  total += stats.find((p) => p.pid === rootPid)?.ticks ?? 0;
  walk(rootPid);
  return total * 10;
}

export async function flowOnce(session, tab, extensionId, settleMs) {
  const { page, cdp, watch } = tab;
  await cdp.send('Performance.disable');
  // Parked on about:blank (not a sign-in host, so no content script runs before the flow).
  await page.goto('about:blank', { waitUntil: 'load' });
  const cpu0 = procCpuMs(session.browser.process().pid);
  await cdp.send('Performance.enable');
  // CDP Performance counters restart with every new document, so they are read before each
  // navigation and at the end, and the per-document values are summed.
  const acc = { ScriptDuration: 0, TaskDuration: 0, ThreadTime: 0, DevToolsCommandDuration: 0, LayoutDuration: 0, RecalcStyleDuration: 0 };
  const collect = async () => {
    const m = metricsObject(await cdp.send('Performance.getMetrics'));
    for (const k of Object.keys(acc)) acc[k] += m[k] ?? 0;
  };
  let panelLoaded = null;
  for (const step of FLOW) {
    if (step.nav) {
      await collect();
      if (session.extension && panelLoaded === false) {
        // Checked only after the push document's counters were read: polling the isolated world
        // over CDP runs tasks in the renderer, which would be counted as the extension's cost.
        panelLoaded = (await inWorld(watch, UI_LOADED).catch(() => false)) === true;
      }
      await page.goto(marked(step.nav), { waitUntil: 'load' });
      // Every browser waits the same on the two-step page: time for the lazily injected panel
      // (part of what the extension costs) to arrive before the in-place switches.
      if (step.nav.includes('scenario=push')) {
        await sleep(PANEL_WAIT_MS);
        panelLoaded = false;
      }
    } else {
      await page.evaluate((v) => window.__simulator.go(v), step.go);
    }
    await sleep(settleMs);
  }
  await collect();
  const m = acc;
  const cpu1 = procCpuMs(session.browser.process().pid);
  let published = null;
  if (session.extension) published = await inWorld(watch, 'globalThis.__secondStep && globalThis.__secondStep.publishCount').catch(() => null);
  return {
    scriptMs: m.ScriptDuration * 1000,
    taskMs: m.TaskDuration * 1000,
    threadMs: m.ThreadTime * 1000,
    devtoolsMs: m.DevToolsCommandDuration * 1000,
    layoutMs: m.LayoutDuration * 1000,
    styleMs: m.RecalcStyleDuration * 1000,
    cpuAllProcessesMs: cpu1 - cpu0,
    publishCountOnLastPage: published,
    panelLoaded,
  };
}

export async function signInFlow({ ext, base, control, detectorOnly }, extensionId, { runs = 10, settleMs = 200 } = {}) {
  // control (optional): the extension with an empty content script, a third browser in the same
  // rotation, to split what any content script costs from what our code costs.
  // detectorOnly (optional): the real extension with the panel dismissed for the session.
  const who = {
    ext,
    base,
    ...(control ? { control: { ...control, extension: false } } : {}),
    ...(detectorOnly ? { detectorOnly: { ...detectorOnly, extension: false } } : {}),
  };
  const tabs = {};
  for (const [k, s] of Object.entries(who)) tabs[k] = await openTab(s, extensionId);
  for (const [k, s] of Object.entries(who)) await flowOnce(s, tabs[k], extensionId, settleMs); // warm-up, unmeasured
  const res = Object.fromEntries(Object.keys(who).map((k) => [k, []]));
  const keys = Object.keys(who);
  for (let i = 0; i < runs; i++) {
    const order = keys.map((_, j) => keys[(i + j) % keys.length]); // rotate who goes first
    for (const k of order) res[k].push(await flowOnce(who[k], tabs[k], extensionId, settleMs));
  }
  for (const t of Object.values(tabs)) await t.page.close();
  const sum = {};
  const controlSum = control ? { emptyVsNone: {}, realVsEmpty: {}, ...(detectorOnly ? { detectorVsEmpty: {}, panelOnTop: {} } : {}) } : null;
  for (const f of ['scriptMs', 'taskMs', 'threadMs', 'devtoolsMs', 'layoutMs', 'styleMs', 'cpuAllProcessesMs']) {
    const a = res.ext.map((r) => r[f]);
    const b = res.base.map((r) => r[f]);
    sum[f] = { ext: summary(a), base: summary(b), diff: medianDiffCI(a, b) };
    if (controlSum) {
      const c = res.control.map((r) => r[f]);
      controlSum.emptyVsNone[f] = { ext: summary(c), base: summary(b), diff: medianDiffCI(c, b) };
      controlSum.realVsEmpty[f] = { ext: summary(a), base: summary(c), diff: medianDiffCI(a, c) };
      if (detectorOnly) {
        const d = res.detectorOnly.map((r) => r[f]);
        controlSum.detectorVsEmpty[f] = { ext: summary(d), base: summary(c), diff: medianDiffCI(d, c) };
        controlSum.panelOnTop[f] = { ext: summary(a), base: summary(d), diff: medianDiffCI(a, d) };
      }
    }
  }
  return { flow: FLOW_DESCRIPTION, runs, settleMs, panelWaitMs: PANEL_WAIT_MS, summary: sum, control: controlSum, raw: res };
}

/**
 * One traced flow per browser: main-thread time attributed to the extension's scripts
 * (trace events whose script URL is chrome-extension://<id>/..., outermost only), and the
 * renderer main thread's total task time for the sign-in pages.
 */
export async function tracedFlow({ ext, base }, extensionId, { settleMs = 200 } = {}) {
  const out = {};
  for (const [key, session, noPanel] of [['base', base, false], ['ext', ext, false], ['extNoPanel', ext, true]]) {
    // extNoPanel: the same flow after "dismiss panel" (session flag read by the background), so
    // only the detector runs: separates the detector's cost from the panel's.
    if (session.extension) {
      const sw = await serviceWorker(session.browser, extensionId);
      await sw.evaluate((v) => (v ? chrome.storage.session.set({ panelDismissed: true }) : chrome.storage.session.remove('panelDismissed')), noPanel);
    }
    const tab = await openTab(session, extensionId);
    await tab.page.goto('about:blank', { waitUntil: 'load' });
    await tab.page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'],
    });
    await flowOnce(noPanel ? { ...session, extension: false } : session, tab, extensionId, settleMs);
    const buf = await tab.page.tracing.stop();
    await tab.page.close();
    out[key] = attribute(JSON.parse(Buffer.from(buf).toString('utf8')).traceEvents, extensionId);
  }
  if (ext) {
    const sw = await serviceWorker(ext.browser, extensionId);
    await sw.evaluate(() => chrome.storage.session.remove('panelDismissed'));
  }
  return out;
}

function attribute(events, extensionId) {
  const prefix = `chrome-extension://${extensionId}/`;
  const threadNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  // Renderer processes that parsed a sign-in page.
  const pids = new Set(
    events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(ENTRA)).map((e) => e.pid),
  );
  const main = (e) => pids.has(e.pid) && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const urlOf = (e) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.scriptName ?? '';
  const extEvents = events
    .filter((e) => e.ph === 'X' && main(e) && String(urlOf(e)).startsWith(prefix))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Keep outermost events only (nested ones are already inside their parent's duration).
  const outer = [];
  for (const e of extEvents) {
    const p = outer[outer.length - 1];
    if (p && p.pid === e.pid && p.tid === e.tid && e.ts >= p.ts && e.ts + e.dur <= p.ts + p.dur) continue;
    outer.push(e);
  }
  const fileOf = (e) => String(urlOf(e)).slice(prefix.length);
  // Self time per file: work of one extension file nested inside another's event (e.g. the
  // panel's listener running inside the detector's publish) is moved to the inner file.
  const selfByFile = {};
  for (const e of outer) {
    const fe = fileOf(e);
    let moved = 0;
    let lastEnd = -1;
    for (const c of extEvents) {
      if (c === e || c.pid !== e.pid || c.tid !== e.tid || c.ts < e.ts || c.ts + c.dur > e.ts + e.dur) continue;
      if (fileOf(c) === fe || c.ts < lastEnd) continue;
      const t = (c.tdur ?? c.dur) / 1000;
      selfByFile[fileOf(c)] = (selfByFile[fileOf(c)] ?? 0) + t;
      moved += t;
      lastEnd = c.ts + c.dur;
    }
    selfByFile[fe] = (selfByFile[fe] ?? 0) + (e.tdur ?? e.dur) / 1000 - moved;
  }
  const byKind = {};
  const byFile = {};
  let wall = 0;
  let thread = 0;
  let forcedStyleLayout = 0;
  for (const e of outer) {
    wall += e.dur / 1000;
    thread += (e.tdur ?? e.dur) / 1000;
    byKind[e.name] = (byKind[e.name] ?? 0) + (e.tdur ?? e.dur) / 1000;
    const f = String(urlOf(e)).slice(prefix.length);
    byFile[f] = (byFile[f] ?? 0) + (e.tdur ?? e.dur) / 1000;
    for (const c of events) {
      if (c.ph === 'X' && c.pid === e.pid && c.tid === e.tid && (c.name === 'UpdateLayoutTree' || c.name === 'Layout') && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur) {
        forcedStyleLayout += (c.tdur ?? c.dur) / 1000;
      }
    }
  }
  const tasks = events.filter((e) => e.ph === 'X' && main(e) && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
  // Top-level tasks only (RunTask may nest inside ThreadControllerImpl::RunTask).
  tasks.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let taskThread = 0;
  let last = null;
  for (const t of tasks) {
    if (last && t.tid === last.tid && t.pid === last.pid && t.ts + t.dur <= last.ts + last.dur) continue;
    taskThread += (t.tdur ?? t.dur) / 1000;
    last = t;
  }
  const top = [...outer]
    .sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))
    .slice(0, 12)
    .map((e) => ({
      event: e.name,
      file: String(urlOf(e)).slice(prefix.length),
      fn: e.args?.data?.functionName ?? '',
      threadMs: (e.tdur ?? e.dur) / 1000,
      wallMs: e.dur / 1000,
    }));
  const counts = {};
  for (const e of outer) {
    const k = `${e.name} ${String(urlOf(e)).slice(prefix.length)}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return {
    rendererProcesses: pids.size,
    topEvents: top,
    eventCounts: counts,
    extensionEvents: outer.length,
    extensionWallMs: wall,
    extensionThreadMs: thread,
    extensionThreadMsByEvent: byKind,
    extensionThreadMsByFile: byFile,
    extensionSelfThreadMsByFile: selfByFile,
    ofWhichForcedStyleLayoutMs: forcedStyleLayout,
    mainThreadTaskThreadMs: taskThread,
  };
}

// ------------------------------------------------------------------ 6. memory over 1000 switches
async function heapAfterGC(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const m = metricsObject(await cdp.send('Performance.getMetrics'));
  return { jsHeapUsed: m.JSHeapUsedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
}

/** Heap snapshot aggregated by node type + name: Map(key -> [count, selfBytes]). */
async function heapSnapshotByClass(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const nf = fields.length;
  const [iT, iN, iS] = ['type', 'name', 'self_size'].map((x) => fields.indexOf(x));
  const agg = new Map();
  for (let i = 0; i < snap.nodes.length; i += nf) {
    const key = `${types[snap.nodes[i + iT]]}: ${String(snap.strings[snap.nodes[i + iN]]).slice(0, 60)}`;
    const a = agg.get(key) ?? [0, 0];
    a[0]++;
    a[1] += snap.nodes[i + iS];
    agg.set(key, a);
  }
  return agg;
}

function snapshotDiff(a, b, top = 10) {
  const rows = [];
  for (const [k, v] of b) {
    const o = a.get(k) ?? [0, 0];
    if (v[1] !== o[1]) rows.push({ what: k, count: v[0] - o[0], bytes: v[1] - o[1] });
  }
  for (const [k, o] of a) if (!b.has(k)) rows.push({ what: k, count: -o[0], bytes: -o[1] });
  rows.sort((x, y) => y.bytes - x.bytes);
  return { totalBytes: rows.reduce((s, r) => s + r.bytes, 0), top: rows.slice(0, top) };
}

async function memoryOne(session, extensionId, switches, warmupSwitches, checkpoints) {
  const tab = await openTab(session, extensionId);
  const { page, cdp, watch } = tab;
  await cdp.send('Performance.enable');
  await page.goto(marked(PAGES.push), { waitUntil: 'load' });
  if (session.extension) await waitForWorldValue(watch, UI_LOADED, 8000);
  await sleep(500);
  const publishCount = () => (session.extension ? inWorld(watch, 'globalThis.__secondStep.publishCount') : null);
  // One switch per animation frame: the content script (rAF-batched) detects and publishes each one.
  const run = (n) =>
    page.evaluate(
      (n, cycle) =>
        new Promise((resolve) => {
          let i = 0;
          const step = () => {
            if (i >= n) return resolve();
            window.__simulator.go(cycle[i % cycle.length]);
            i++;
            requestAnimationFrame(step);
          };
          step();
        }),
      n,
      SWITCH_CYCLE,
    );
  const points = [{ switches: 0, label: 'after load', ...(await heapAfterGC(cdp)) }];
  await run(warmupSwitches);
  await sleep(300);
  const pc0 = await publishCount();
  points.push({ switches: warmupSwitches, label: 'after warm-up', ...(await heapAfterGC(cdp)) });
  const snapBefore = session.extension ? await heapSnapshotByClass(cdp) : null;
  const step = switches / checkpoints;
  for (let k = 1; k <= checkpoints; k++) {
    await run(step);
    await sleep(300);
    points.push({ switches: warmupSwitches + k * step, label: `after ${k * step} measured`, ...(await heapAfterGC(cdp)) });
  }
  const pc1 = await publishCount();
  const snapDiff = snapBefore ? snapshotDiff(snapBefore, await heapSnapshotByClass(cdp)) : null;
  await page.close();
  const warm = points[1];
  const last = points[points.length - 1];
  // Least-squares slope over the measured checkpoints (bytes per switch).
  const xs = points.slice(1).map((p) => p.switches);
  const ys = points.slice(1).map((p) => p.jsHeapUsed);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return {
    points,
    coldGrowth: last.jsHeapUsed - points[0].jsHeapUsed,
    warmupGrowth: warm.jsHeapUsed - points[0].jsHeapUsed,
    growth: last.jsHeapUsed - warm.jsHeapUsed,
    slopeBytesPerSwitch: slope,
    lastIntervalGrowth: last.jsHeapUsed - points[points.length - 2].jsHeapUsed,
    snapshotDiff: snapDiff,
    publishes: pc1 === null ? null : pc1 - pc0,
    before: warm,
    after: last,
  };
}

export async function memory({ ext, base }, extensionId, { switches = 1000, warmupSwitches = 50, checkpoints = 4 } = {}) {
  // Both browsers at once (heap is not a timing figure; halves the wall time).
  const [e, b] = await Promise.all([
    memoryOne(ext, extensionId, switches, warmupSwitches, checkpoints),
    memoryOne(base, extensionId, switches, warmupSwitches, checkpoints),
  ]);
  return {
    switches,
    warmupSwitches,
    ext: e,
    base: b,
    heapAddedAtStartBytes: e.points[0].jsHeapUsed - b.points[0].jsHeapUsed,
    growthDifferenceBytes: e.growth - b.growth,
    coldGrowthDifferenceBytes: e.coldGrowth - b.coldGrowth,
    slopeDifferenceBytesPerSwitch: e.slopeBytesPerSwitch - b.slopeBytesPerSwitch,
  };
}

// ------------------------------------------------------------------ 7. popup first render
const POPUP_RECORDER = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const rec = (window.__benchPopup = {});
  const check = () => {
    const h = document.documentElement;
    if (rec.htmlState === undefined && h && h.dataset && h.dataset.state) { rec.htmlState = performance.now(); rec.state = h.dataset.state; }
    if (rec.content === undefined && document.querySelector('main[data-state]')) {
      rec.content = performance.now();
      requestAnimationFrame(() => { rec.frame = performance.now(); });
    }
    if (rec.htmlState !== undefined && rec.content !== undefined) mo.disconnect();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

export async function popup({ ext }, extensionId, { opens = 20, warmup = 3 } = {}) {
  const tab = await ext.browser.newPage();
  await tab.goto(marked(PAGES.push), { waitUntil: 'load' });
  const tabId = await tabIdOf(ext.browser, extensionId, tab);
  const rows = [];
  for (let i = 0; i < opens + warmup; i++) {
    const p = await ext.browser.newPage();
    await p.evaluateOnNewDocument(POPUP_RECORDER);
    await p.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__benchPopup && window.__benchPopup.frame !== undefined, { timeout: 10_000 });
    const r = await p.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0];
      return { ...window.__benchPopup, dcl: e.domContentLoadedEventEnd - e.startTime };
    });
    await p.close();
    if (i >= warmup) rows.push(r);
  }
  await tab.close();
  return {
    opens,
    tabId,
    statesSeen: [...new Set(rows.map((r) => r.state))],
    htmlStateMs: summary(rows.map((r) => r.htmlState)),
    contentMs: summary(rows.map((r) => r.content)),
    nextFrameMs: summary(rows.map((r) => r.frame)),
    dclMs: summary(rows.map((r) => r.dcl)),
    raw: rows,
  };
}

// ------------------------------------------------------------------ 8. detector cost vs DOM size
/**
 * Injects the bundled pure detector into a simulator page (main world, browser without the
 * extension), pads the page with unrelated elements to 10× and 100× its element count, and
 * times detectSignInState: on a settled DOM ("clean") and right after an in-place switch
 * ("after switch": go + detect + forced layout, minus go + forced layout alone).
 */
export async function scaling({ base }, detectorCode, { factors = [1, 10, 100] } = {}) {
  const cases = [
    { url: PAGES.push, views: ['push', 'sms', 'picker', 'wrong-code'] },
    { url: PAGES.username, views: ['username', 'password'] },
  ];
  const out = [];
  for (const c of cases) {
    const page = await base.browser.newPage();
    await page.goto(marked(c.url), { waitUntil: 'load' });
    await page.addScriptTag({ content: detectorCode });
    const normal = await page.evaluate(() => document.getElementsByTagName('*').length);
    for (const factor of factors) {
      const r = await page.evaluate(
        (factor, normal, views) => {
          const detect = () => window.SecondStepDetect.detectSignInState(document, location.href);
          document.querySelectorAll('[data-bench-pad]').forEach((n) => n.remove());
          const want = normal * factor - document.getElementsByTagName('*').length;
          // Unrelated DOM: nested blocks of text, links, list items, images, form-less inputs,
          // split before and after the sign-in markup.
          const tags = ['div', 'span', 'p', 'a', 'li', 'span', 'div', 'img', 'input', 'span'];
          const mk = (count) => {
            const root = document.createElement('div');
            root.setAttribute('data-bench-pad', '');
            let made = 1;
            let parent = root;
            while (made < count) {
              const tag = tags[made % tags.length];
              const el = document.createElement(tag);
              if (tag === 'a') el.setAttribute('href', '#x' + made);
              else if (tag === 'img') el.setAttribute('alt', '');
              else if (tag === 'input') el.setAttribute('type', 'checkbox');
              else el.textContent = 'unrelated ' + made;
              el.className = 'pad pad-' + (made % 7);
              parent.appendChild(el);
              made++;
              if (made % 25 === 0) {
                const box = document.createElement('section');
                root.appendChild(box);
                parent = box;
                made++;
              }
            }
            return root;
          };
          if (want > 0) {
            document.body.insertBefore(mk(Math.floor(want / 2)), document.body.firstChild);
            document.body.appendChild(mk(want - Math.floor(want / 2)));
          }
          const elements = document.getElementsByTagName('*').length;
          const rows = [];
          for (const v of views) {
            window.__simulator.go(v);
            void document.body.offsetHeight;
            const result = detect();
            const t0 = performance.now();
            let k = 0;
            // Clean: as many calls as fit in ~40 ms, at least 5.
            while (k < 5 || performance.now() - t0 < 40) {
              detect();
              k++;
            }
            const clean = (performance.now() - t0) / k;
            const reps = 15;
            let goOnly = 0;
            let goDetect = 0;
            for (let i = 0; i < reps; i++) {
              const other = views[(views.indexOf(v) + 1) % views.length];
              window.__simulator.go(other);
              void document.body.offsetHeight;
              let t = performance.now();
              window.__simulator.go(v);
              void document.body.offsetHeight;
              goOnly += performance.now() - t;
              window.__simulator.go(other);
              void document.body.offsetHeight;
              t = performance.now();
              window.__simulator.go(v);
              detect();
              void document.body.offsetHeight;
              goDetect += performance.now() - t;
            }
            rows.push({ view: v, state: result.state, cleanMs: clean, calls: k, goOnlyMs: goOnly / reps, goDetectMs: goDetect / reps });
          }
          return { elements, rows };
        },
        factor,
        normal,
        c.views,
      );
      out.push({ url: c.url, factor, normalElements: normal, ...r });
    }
    await page.close();
  }
  return out;
}
