// `node bench/heap-retainers.mjs`: what the JS heap keeps per in-place view switch, and why.
// A diagnostic for bench/results.json "memory" (not part of npm test or npm run bench).
//
// Opens the simulator's push page (ConvergedTFA) in real Chromium, waits for the extension's panel
// (or the detector alone), does W warm-up switches (one per animation frame, like measure.mjs
// memoryOne), takes a heap snapshot (after 3× HeapProfiler.collectGarbage), does M more switches,
// takes a second snapshot and prints:
//   - JSHeapUsedSize growth (after GC) per switch, with checkpoints for a least-squares slope,
//   - the class diff (type: name → count, self bytes) as measure.mjs does,
//   - the objects that are NEW in the second snapshot (heap object ids are stable within one
//     HeapProfiler session) grouped by class, with the classes of their direct retainers,
//   - for the top groups: shortest retainer paths from the GC roots (BFS over non-weak edges),
//   - the old objects that gained the most new objects (nearest pre-existing object on each new
//     object's shortest path): a leak shows up as one anchor gaining steadily,
//   - Maps/Sets whose tables grew (string slots, bytes), with their retainer path,
//   - V8 vs Blink (cppgc) self sizes: JSHeapUsedSize follows the V8 side only,
//   - for new code objects (Code / InstructionStream / deopt data): which function (or RegExp)
//     they belong to, found through their own edges and their retainers,
//   - the page's buffered layout-shift entries (what moved) and resource-timing entries.
//
// Experiments (HEAP_EXPERIMENTS, comma separated; default all):
//   panel      extension, panel shown, 50 warm-up + 1000 switches, full analysis
//   long       extension, panel shown, 1000 warm-up + 1000 switches (JIT warm-up or a leak?), full analysis
//   dismissed  extension, panel dismissed for the session (detector only), 50 + 1000
//   base       browser without the extension, 50 + 1000
// Env: HEAP_SWITCHES (1000), HEAP_WARMUP (50), HEAP_LONG_WARMUP (1000), HEAP_SKIP_BUILD=1,
//      HEAP_NO_MINIFY=1 (readable function names), HEAP_OUT (.output-heap), HEAP_PATHS (3 per group),
//      HEAP_GROUPS (8 groups with paths), HEAP_SAVE=<dir> (write the second snapshots there),
//      HEAP_DEEP_ALL=1 (snapshots for dismissed/base too), HEAP_JS_FLAGS (V8 flags, e.g. --no-opt).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, buildExtension, launch, marked, serviceWorker } from './browser.mjs';
import { PAGES, openTab, waitForWorldValue } from './measure.mjs';
import { analyse, parseSnapshot, setScriptUrls } from './heap-snapshot.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID } from '../utils/extension-ids.ts';

/** Same cycle as bench/measure.mjs (not exported there). */
const SWITCH_CYCLE = ['sms', 'picker', 'timeout', 'wrong-code', 'push'];

const env = process.env;
const SWITCHES = Number(env.HEAP_SWITCHES ?? 1000);
const WARMUP = Number(env.HEAP_WARMUP ?? 50);
const LONG_WARMUP = Number(env.HEAP_LONG_WARMUP ?? 1000);
const OUT = env.HEAP_OUT ?? '.output-heap';
const EXT_DIR = resolve(ROOT, OUT, 'chrome-mv3');
const EXPERIMENTS = (env.HEAP_EXPERIMENTS ?? 'panel,long,dismissed,base').split(',').map((s) => s.trim()).filter(Boolean);
const ID = CHROMIUM_EXTENSION_ID;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const clip = (s, n = 70) => {
  const t = String(s).replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

// ------------------------------------------------------------------ page driving
async function heapAfterGC(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const r = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(r.metrics.map((x) => [x.name, x.value]));
  return { jsHeapUsed: m.JSHeapUsedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
}

/** n switches, one per animation frame (as measure.mjs memoryOne). */
function runSwitches(page, n) {
  return page.evaluate(
    (n, cycle) =>
      new Promise((done) => {
        let i = 0;
        const step = () => {
          if (i >= n) return done();
          window.__simulator.go(cycle[i % cycle.length]);
          i++;
          requestAnimationFrame(step);
        };
        step();
      }),
    n,
    SWITCH_CYCLE,
  );
}

async function takeSnapshot(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}

// ------------------------------------------------------------------ one experiment
async function experiment(name, session, { warmup, switches, dismissed, analyse: deep }) {
  const print = (s) => console.log(s);
  if (session.extension) {
    const sw = await serviceWorker(session.browser, ID);
    await sw.evaluate((v) => (v ? chrome.storage.session.set({ panelDismissed: true }) : chrome.storage.session.remove('panelDismissed')), dismissed);
  }
  const tab = await openTab(session, ID);
  const { page, cdp, watch } = tab;
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  await page.goto(marked(PAGES.push), { waitUntil: 'load' });
  let panel = false;
  if (session.extension) {
    if (dismissed) await waitForWorldValue(watch, 'globalThis.__secondStep && globalThis.__secondStep.publishCount > 0', 8000);
    else panel = (await waitForWorldValue(watch, 'globalThis.__secondStepPanel === true', 8000)) === true;
  }
  await sleep(500);
  const inWorld = async (expr) => {
    const ctx = watch.current();
    if (!ctx) return null;
    const r = await watch.session.send('Runtime.evaluate', { contextId: ctx.id, expression: expr, returnByValue: true });
    return r.result?.value ?? null;
  };
  const publishes = () => (session.extension ? inWorld('globalThis.__secondStep ? globalThis.__secondStep.publishCount : null') : null);
  const panelHost = () => page.evaluate(() => {
    const h = document.querySelector('[data-second-step="panel"]');
    return h ? (h.hidden ? 'hidden' : 'shown') : 'absent';
  });
  const points = [{ switches: 0, ...(await heapAfterGC(cdp)) }];
  await runSwitches(page, warmup);
  await sleep(300);
  const pub0 = await publishes();
  points.push({ switches: warmup, ...(await heapAfterGC(cdp)) });
  const snap1 = deep ? parseSnapshot(await takeSnapshot(cdp)) : null;
  const checkpoints = 4;
  for (let k = 1; k <= checkpoints; k++) {
    await runSwitches(page, switches / checkpoints);
    await sleep(300);
    points.push({ switches: warmup + (k * switches) / checkpoints, ...(await heapAfterGC(cdp)) });
  }
  const pub1 = await publishes();
  const snap2Text = deep ? await takeSnapshot(cdp) : null;
  if (deep && env.HEAP_SAVE) {
    mkdirSync(env.HEAP_SAVE, { recursive: true });
    writeFileSync(join(env.HEAP_SAVE, `${name}-2.heapsnapshot`), snap2Text);
  }
  const snap2 = deep ? parseSnapshot(snap2Text) : null;
  if (deep) {
    // Script URLs for closure locations: Debugger.enable replays scriptParsed for every live script
    // (enabled only now, so the debugger never changed what the switches compiled).
    const scriptUrls = new Map();
    setScriptUrls(scriptUrls);
    const onParsed = (e) => scriptUrls.set(String(e.scriptId), e.url || `(inline ${e.scriptId})`);
    cdp.on('Debugger.scriptParsed', onParsed);
    await cdp.send('Debugger.enable');
    await sleep(200);
    await cdp.send('Debugger.disable');
    cdp.off('Debugger.scriptParsed', onParsed);
  }
  const host = await panelHost();
  // The page's layout-shift entries (performance timeline buffer, 150 at most per document) and
  // what moved in the last few.
  const shifts = await page.evaluate(async () => {
    // layout-shift is not in getEntriesByType: a buffered observer replays the buffer.
    const list = await new Promise((done) => {
      const got = [];
      const po = new PerformanceObserver((l) => got.push(...l.getEntries()));
      po.observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => {
        got.push(...po.takeRecords());
        po.disconnect();
        done(got);
      }, 200);
    });
    const what = (n) => (!n ? '(gone)' : n.nodeType !== 1 ? n.nodeName : `${n.localName}${n.id ? '#' + n.id : ''}${n.getAttribute('data-second-step') ? '[data-second-step]' : ''}`);
    const bySource = {};
    for (const e of list) for (const s of e.sources ?? []) bySource[what(s.node)] = (bySource[what(s.node)] ?? 0) + 1;
    const r = (x) => `${Math.round(x.x)},${Math.round(x.y)} ${Math.round(x.width)}×${Math.round(x.height)}`;
    const samples = list.slice(-3).map((e) => `${e.value.toFixed(4)}${e.hadRecentInput ? ' (input)' : ''}: ${(e.sources ?? []).map((s) => `${r(s.previousRect)} → ${r(s.currentRect)}`).join('; ')}`);
    const res = {};
    for (const e of performance.getEntriesByType('resource')) {
      const k = e.name.replace(/\?.*$/, '').replace(/^https:\/\/[^/]+/, '');
      res[k] = (res[k] ?? 0) + 1;
    }
    return { resources: res, count: list.length, bySource, score: list.reduce((a, e) => a + (e.hadRecentInput ? 0 : e.value), 0), samples };
  });
  const w = points[1];
  const last = points[points.length - 1];
  const xs = points.slice(1).map((p) => p.switches);
  const ys = points.slice(1).map((p) => p.jsHeapUsed);
  const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
  const my = ys.reduce((a, y) => a + y, 0) / ys.length;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  print(`\n=== ${name}: ${session.label}${session.extension ? (dismissed ? ', panel dismissed' : panel ? ', panel shown' : ', PANEL NOT SEEN') : ''}; panel host ${host}; ${warmup} warm-up + ${switches} switches; publishes ${pub0 === null ? '-' : pub1 - pub0}`);
  print(`  JSHeapUsed after GC: load ${kb(points[0].jsHeapUsed)}, after warm-up ${kb(w.jsHeapUsed)}, then ${points.slice(2).map((p) => kb(p.jsHeapUsed)).join(' → ')}`);
  print(`  growth over the ${switches} switches: ${kb(last.jsHeapUsed - w.jsHeapUsed)} = ${((last.jsHeapUsed - w.jsHeapUsed) / switches).toFixed(0)} B/switch; slope ${slope.toFixed(0)} B/switch; last quarter ${((last.jsHeapUsed - points[points.length - 2].jsHeapUsed) / (switches / checkpoints)).toFixed(0)} B/switch; DOM nodes ${w.nodes} → ${last.nodes}, listeners ${w.listeners} → ${last.listeners}`);
  print(`  layout-shift entries buffered in the page: ${shifts.count}; sources: ${Object.entries(shifts.bySource).sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ') || '-'}; sum of values ${shifts.score.toFixed(3)}`);
  for (const x of shifts.samples) print(`    shift ${x}`);
  const res = Object.entries(shifts.resources).sort((x, y) => y[1] - x[1]);
  print(`  resource-timing entries: ${res.reduce((a, [, n]) => a + n, 0)}; top: ${res.slice(0, 4).map(([k, n]) => `${clip(k, 50)} ${n}`).join(', ') || '-'}`);
  const result = { name, shifts, warmup, switches, growth: last.jsHeapUsed - w.jsHeapUsed, perSwitch: (last.jsHeapUsed - w.jsHeapUsed) / switches, slope, points };
  if (deep) Object.assign(result, analyse(snap1, snap2, print));
  await cdp.send('HeapProfiler.disable').catch(() => {});
  await watch.session.detach().catch(() => {});
  await page.close();
  return result;
}

// ------------------------------------------------------------------ main
if (env.HEAP_SKIP_BUILD !== '1') {
  console.log(`building the extension into ${OUT}${env.HEAP_NO_MINIFY === '1' ? ' (unminified)' : ''}`);
  buildExtension(OUT, env.HEAP_NO_MINIFY === '1' ? { SECOND_STEP_NO_MINIFY: '1' } : {});
}
const sim = await startSimulator({ port: 0 });
const sessions = [];
const results = [];
try {
  const needExt = EXPERIMENTS.some((e) => e !== 'base');
  // HEAP_JS_FLAGS (e.g. "--no-opt --no-maglev --no-sparkplug"): V8 flags for both browsers, to
  // tell JIT tier-up from retained data.
  const extraArgs = env.HEAP_JS_FLAGS ? [`--js-flags=${env.HEAP_JS_FLAGS}`] : [];
  if (extraArgs.length) console.log(`V8 flags: ${env.HEAP_JS_FLAGS}`);
  const ext = needExt ? await launch({ sim, extension: true, extensionDir: EXT_DIR, extraArgs }) : null;
  if (ext) sessions.push(ext);
  const base = EXPERIMENTS.includes('base') ? await launch({ sim, extension: false, extraArgs }) : null;
  if (base) sessions.push(base);
  if (ext) {
    // Warm-up as run.mjs does: service worker up, the first two-step page pulls the panel once.
    await serviceWorker(ext.browser, ID);
    const p = await ext.browser.newPage();
    await p.goto(marked(PAGES.push), { waitUntil: 'load' });
    await sleep(3000);
    await p.close();
  }
  for (const name of EXPERIMENTS) {
    if (name === 'panel') results.push(await experiment(name, ext, { warmup: WARMUP, switches: SWITCHES, dismissed: false, analyse: true }));
    else if (name === 'long') results.push(await experiment(name, ext, { warmup: LONG_WARMUP, switches: SWITCHES, dismissed: false, analyse: true }));
    else if (name === 'dismissed') results.push(await experiment(name, ext, { warmup: WARMUP, switches: SWITCHES, dismissed: true, analyse: env.HEAP_DEEP_ALL === '1' }));
    else if (name === 'base') results.push(await experiment(name, base, { warmup: WARMUP, switches: SWITCHES, dismissed: false, analyse: env.HEAP_DEEP_ALL === '1' }));
    else console.log(`unknown experiment ${name}`);
  }
  if (ext) {
    const sw = await serviceWorker(ext.browser, ID);
    await sw.evaluate(() => chrome.storage.session.remove('panelDismissed'));
  }
  console.log('\n=== summary: heap growth per switch (after GC, JSHeapUsedSize of the page isolate)');
  for (const r of results) console.log(`  ${r.name.padEnd(10)} warm-up ${String(r.warmup).padStart(5)}: ${r.perSwitch.toFixed(0).padStart(5)} B/switch over ${r.switches} (slope ${r.slope.toFixed(0)})`);
} finally {
  for (const s of sessions) await s.close().catch(() => {});
  await sim.close();
}
