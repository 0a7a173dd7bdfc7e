// The whole sign-in flow: CDP counters summed over its documents, /proc CPU, and one traced run
// attributed to the extension's files.
import { readFileSync, readdirSync } from 'node:fs';
import { marked, serviceWorker } from './browser.mjs';
import { medianDiffCI, summary } from './stats.mjs';
import { ENTRA, UI_LOADED, inWorld, metricsObject, openTab, sleep } from './common.mjs';

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

export function attribute(events, extensionId) {
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

