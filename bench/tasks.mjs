// `node bench/tasks.mjs`: what the renderer's main thread does over the bench's sign-in flow, with
// and without the extension, by kind of work (one traced flow each after a warm-up). A tool for
// finding where TaskDuration goes; not part of npm test. Env: TASKS_SKIP_BUILD=1 reuses .output-bench.
import { buildExtension, launch, serviceWorker } from './browser.mjs';
import { ENTRA, flowOnce, openTab } from './measure.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID } from '../utils/extension-ids.ts';

if (process.env.TASKS_SKIP_BUILD !== '1') {
  buildExtension('.output-bench');
}
const RUNS = Number(process.env.TASKS_RUNS ?? 3);
// TASKS_COMPARE=panel: "without" is the extension with its in-page panel dismissed (detector only).
const PANEL_ONLY = process.env.TASKS_COMPARE === 'panel';
const sim = await startSimulator({ port: 0 });
const out = {};
try {
  for (const withExt of [true, false]) {
    const s = await launch({ sim, extension: withExt || PANEL_ONLY });
    try {
      if (withExt || PANEL_ONLY) {
        const sw = await serviceWorker(s.browser, CHROMIUM_EXTENSION_ID);
        if (!withExt) await sw.evaluate(() => chrome.storage.session.set({ panelDismissed: true }));
      }
      const tab = await openTab(s, CHROMIUM_EXTENSION_ID);
      const flowSession = withExt ? s : { ...s, extension: false };
      await flowOnce(flowSession, tab, CHROMIUM_EXTENSION_ID, 200);
      await tab.page.goto('about:blank');
      await tab.page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'ipc', 'mojom', 'extensions'] });
      const flows = [];
      for (let i = 0; i < RUNS; i++) flows.push(await flowOnce(flowSession, tab, CHROMIUM_EXTENSION_ID, 200));
      console.log(`${withExt ? 'with' : 'without'}: panel loaded ${flows.map((f) => f.panelLoaded).join(',')}; ThreadTime ${flows.map((f) => f.threadMs.toFixed(1)).join(', ')} ms`);
      const ev = JSON.parse(Buffer.from(await tab.page.tracing.stop()).toString('utf8')).traceEvents;
      out[withExt ? 'ext' : 'base'] = breakdown(ev);
    } finally {
      await s.close();
    }
  }
} finally {
  await sim.close();
}
const names = new Set([...Object.keys(out.ext), ...Object.keys(out.base)]);
const rows = [...names].map((n) => [n, (out.ext[n] ?? 0) / RUNS, (out.base[n] ?? 0) / RUNS]).sort((a, b) => Math.abs(b[1] - b[2]) - Math.abs(a[1] - a[2]));
console.log('per flow, ms (thread time) | with | without | Δ');
for (const [n, a, b] of rows.slice(0, 30)) console.log(`${n.padEnd(70)} ${a.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(8)} ${(a - b).toFixed(2).padStart(8)}`);

/** Renderer main threads of sign-in pages: each top-level task's time split by its direct children's names (rest = "(task self)"). */
function breakdown(events) {
  const threadNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const pids = new Set(events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(ENTRA)).map((e) => e.pid));
  const main = events.filter((e) => e.ph === 'X' && pids.has(e.pid) && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const acc = {};
  const add = (k, v) => (acc[k] = (acc[k] ?? 0) + v);
  const isTask = (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
  for (let i = 0; i < main.length; i++) {
    const t = main[i];
    if (!isTask(t)) continue;
    const end = t.ts + t.dur;
    const tt = (t.tdur ?? t.dur) / 1000;
    let kids = 0;
    let lastEnd = t.ts;
    const src = t.args?.src_func ?? t.args?.task?.posted_from?.function_name ?? '';
    for (let j = i + 1; j < main.length && main[j].ts < end; j++) {
      const c = main[j];
      if (c.ts < lastEnd || isTask(c)) continue;
      const ct = (c.tdur ?? c.dur) / 1000;
      let label = c.name;
      if (c.name === 'FunctionCall' || c.name === 'EvaluateScript' || c.name === 'v8.callFunction') {
        const url = c.args?.data?.url ?? c.args?.data?.scriptName ?? '';
        label += url.startsWith('chrome-extension://') ? ' [ext]' : url ? ' [page]' : '';
      }
      add(label, ct);
      if (c.name === 'WebFrameWidgetImpl::BeginMainFrame' || c.name === 'Receive mojo message' || c.name === 'WebFrameWidgetImpl::UpdateLifecycle' || c.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') {
        // One level further: rAF callbacks, lifecycle phases, message handlers.
        const cend = c.ts + c.dur;
        let gEnd = c.ts;
        let gk = 0;
        for (let k = j + 1; k < main.length && main[k].ts < cend; k++) {
          const g = main[k];
          if (g.ts < gEnd) continue;
          const gt = (g.tdur ?? g.dur) / 1000;
          const url = g.args?.data?.url ?? '';
          add(`  ${c.name.slice(0, 14)} > ${g.name}${url.startsWith('chrome-extension://') ? ' [ext]' : url ? ' [page]' : ''}`, gt);
          gk += gt;
          gEnd = g.ts + g.dur;
        }
        add(`  ${c.name.slice(0, 14)} > (self)`, Math.max(0, ct - gk));
      }
      kids += ct;
      lastEnd = c.ts + c.dur;
    }
    add(`(task self) ${src}`.trim(), Math.max(0, tt - kids));
    add('= all tasks', tt);
  }
  return acc;
}
