// `node bench/profile.mjs`: where the extension's main-thread time goes. Builds an unminified copy
// of the extension (.output-profile), runs the bench's sign-in flow in real Chromium under the
// V8 CPU profiler (the page and the extension's isolated world share the renderer's isolate),
// and prints self time by function for the extension's scripts, plus GC. Not part of npm test;
// a tool for the work behind bench/results.md.
//
// Env: PROFILE_RUNS (default 5), PROFILE_SKIP_BUILD=1, PROFILE_PANEL=0 (dismiss the panel).
import { resolve } from 'node:path';
import { ROOT, buildExtension, launch, serviceWorker, marked } from './browser.mjs';
import { ENTRA, FLOW, openTab, waitForWorldValue } from './measure.mjs';
import { mergeProfiles } from './cpu-profile.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID } from '../utils/extension-ids.ts';

const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const PANEL = process.env.PROFILE_PANEL !== '0';
const OUT = resolve(ROOT, '.output-profile');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (process.env.PROFILE_SKIP_BUILD !== '1') {
  buildExtension('.output-profile', { SECOND_STEP_NO_MINIFY: '1' });
}

const sim = await startSimulator({ port: 0 });
const session = await launch({ sim, extension: true, extensionDir: resolve(OUT, 'chrome-mv3') });
try {
  const id = CHROMIUM_EXTENSION_ID;
  const sw = await serviceWorker(session.browser, id);
  await sw.evaluate((dismissed) => (dismissed ? chrome.storage.session.set({ panelDismissed: true }) : chrome.storage.session.remove('panelDismissed')), !PANEL);
  const tab = await openTab(session, id);
  const flow = async () => {
    await tab.page.goto(`${ENTRA}/__sim/health`, { waitUntil: 'load' });
    for (const step of FLOW) {
      if (step.nav) {
        await tab.page.goto(marked(step.nav), { waitUntil: 'load' });
        if (PANEL && step.nav.includes('scenario=push')) await waitForWorldValue(tab.watch, 'globalThis.__secondStepPanel === true', 5000);
      } else {
        await tab.page.evaluate((v) => window.__simulator.go(v), step.go);
      }
      await sleep(200);
    }
  };
  await flow(); // warm-up: caches, service worker
  // The CDP Profiler restarts with every new document; the trace's sampling profiler does not.
  await tab.page.goto(`${ENTRA}/__sim/health`, { waitUntil: 'load' });
  await tab.page.tracing.start({ categories: ['disabled-by-default-v8.cpu_profiler', 'v8.execute', 'devtools.timeline'] });
  for (let i = 0; i < RUNS; i++) await flow();
  const trace = JSON.parse(Buffer.from(await tab.page.tracing.stop()).toString('utf8')).traceEvents;
  const profile = mergeProfiles(trace);
  const prefix = `chrome-extension://${id}/`;
  const { byId, parent, self } = profile;
  const isExt = (n) => n.callFrame.url.startsWith(prefix);
  // Total = samples whose stack contains an extension frame (includes the browser APIs and style
  // recalcs it calls); self = by the innermost extension frame or the native callee under it.
  const fnSelf = new Map();
  let extTotal = 0;
  let gc = 0;
  for (const [nid, us] of self) {
    let n = byId.get(nid);
    if (n.callFrame.functionName === '(garbage collector)') gc += us;
    let label = null;
    let cur = n;
    while (cur) {
      if (isExt(cur)) {
        const f = cur.callFrame;
        const callee = cur === n ? '' : ` → ${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? '' : ' [native]'}`;
        label = `${f.url.slice(prefix.length)}:${f.lineNumber + 1} ${f.functionName || '(anonymous)'}${callee}`;
        break;
      }
      cur = byId.get(parent.get(cur.id));
    }
    if (label) {
      extTotal += us;
      fnSelf.set(label, (fnSelf.get(label) ?? 0) + us);
    }
  }
  if (process.env.PROFILE_DEBUG === '1') {
    const byUrl = new Map();
    for (const [nid, us] of self) {
      const n = byId.get(nid);
      const k = n.callFrame.url ? n.callFrame.url.replace(/\?.*$/, '') : n.callFrame.functionName;
      byUrl.set(k, (byUrl.get(k) ?? 0) + us);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`sampled ${(total / 1000).toFixed(0)} ms over ${profile.count} profiles`);
    for (const [k, us] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  }
  const rows = [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(`flow runs: ${RUNS}, panel ${PANEL ? 'on' : 'dismissed'}; extension frames on stack: ${(extTotal / 1000 / RUNS).toFixed(2)} ms per flow; GC (all): ${(gc / 1000 / RUNS).toFixed(2)} ms per flow`);
  for (const [label, us] of rows) console.log(`${(us / 1000 / RUNS).toFixed(3).padStart(8)} ms/flow  ${label}`);
} finally {
  await session.close();
  await sim.close();
}
